"""The progress page and its charts: both kinds of point, tables of the same numbers."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkins import services
from nearer.checkins.models import Checkin
from nearer.checkups.models import Checkup
from nearer.core.catalog import Catalog

from .conftest import AddCheckins, AddCheckup

CHART_URLS = ["/progress/barriers.svg", "/progress/satisfaction.svg"]


def body(client: Client, url: str = "/progress/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_with_nothing_yet_the_page_says_kindly_that_charts_fill_in(
    client: Client, owner: User
) -> None:
    client.force_login(owner)
    html = body(client)
    assert "Your charts fill in as you go" in html
    assert "Nothing to show yet" in html
    assert "<img" not in html.split('id="main"')[1]
    assert 'href="/progress/checkin/"' in html
    assert "Time for a weekly check-in" in html


@pytest.mark.django_db
def test_with_one_point_the_page_says_the_chart_fills_in_and_shows_the_numbers(
    client: Client, owner: User, add_checkins: AddCheckins
) -> None:
    add_checkins(owner, 1)
    client.force_login(owner)
    html = body(client)
    assert "One point so far." in html
    assert "fill in as you go" in html
    assert "/progress/barriers.svg" in html
    assert "Weekly check-in</td>" in html


@pytest.mark.django_db
def test_history_shows_checkups_and_checkins_with_numbers_from_the_stored_profile(
    client: Client,
    owner: User,
    catalog: Catalog,
    add_checkins: AddCheckins,
    add_checkup: AddCheckup,
) -> None:
    # The stored profile says 37 and 81: numbers no answers could produce on a check-in. The
    # page must show them as stored, never re-scored from answers (this check-up has none).
    checkup = add_checkup(
        owner, barrier_score=37, satisfaction=81, completed_at=timezone.now() - timedelta(days=20)
    )
    add_checkins(owner, 2, value=4)
    client.force_login(owner)
    html = body(client)
    assert html.count("Full check-up</td>") == 2  # once in each table
    assert html.count("Weekly check-in</td>") == 4
    assert html.count("<td>37</td>") == len(catalog.barriers)
    assert "<td>81</td>" in html
    assert f'href="/checkup/{checkup.pk}/results/"' in html
    for checkin in Checkin.objects.filter(user=owner):
        assert f'href="/progress/checkins/{checkin.pk}/remove/"' in html
    # Tables have captions and header cells with scope, for screen readers.
    assert html.count("<caption") == 2
    assert html.count('<th scope="col"') >= len(catalog.barriers) + 6
    assert 'alt="Twelve small line charts' in html
    assert "No grades" not in html and "grade" not in html.lower()


@pytest.mark.django_db
def test_an_unfinished_checkup_is_not_part_of_the_history(
    client: Client, owner: User, catalog: Catalog
) -> None:
    Checkup.objects.create(user=owner)
    assert services.progress_history(catalog=catalog, user=owner) == ()


@pytest.mark.django_db
def test_history_is_oldest_first_with_checkups_and_checkins_interleaved(
    owner: User, catalog: Catalog, add_checkins: AddCheckins, add_checkup: AddCheckup
) -> None:
    add_checkins(owner, 3)  # today, 7 and 14 days ago
    add_checkup(owner, completed_at=timezone.now() - timedelta(days=10))
    kinds = [e.point.kind for e in services.progress_history(catalog=catalog, user=owner)]
    assert kinds == ["checkin", "checkup", "checkin", "checkin"]


@pytest.mark.django_db
def test_a_checkin_is_suggested_again_after_six_days(
    client: Client, owner: User, add_checkins: AddCheckins
) -> None:
    today = timezone.localdate()
    add_checkins(owner, 1, ending=today - timedelta(days=5))
    client.force_login(owner)
    assert "Time for a weekly check-in" not in body(client)
    Checkin.objects.filter(user=owner).update(day=today - timedelta(days=6))
    assert "Time for a weekly check-in" in body(client)


@pytest.mark.django_db
def test_a_recent_full_checkup_also_counts_as_checking_in(
    client: Client, owner: User, add_checkup: AddCheckup
) -> None:
    add_checkup(owner)
    client.force_login(owner)
    assert "Time for a weekly check-in" not in body(client)


@pytest.mark.django_db
@pytest.mark.parametrize("url", CHART_URLS)
@pytest.mark.parametrize("points", [0, 1, 5])
def test_charts_are_svg_images_without_scripts(
    client: Client,
    owner: User,
    add_checkins: AddCheckins,
    add_checkup: AddCheckup,
    url: str,
    points: int,
) -> None:
    if points:
        add_checkup(owner, completed_at=timezone.now() - timedelta(days=40))
        add_checkins(owner, points - 1)
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "no-store" in response["Cache-Control"]
    svg = response.content.decode()
    assert svg.startswith("<svg")
    assert not re.search(r"<script|javascript:|\son\w+=", svg, flags=re.IGNORECASE)
    assert "<style" not in svg and not re.search(r"\sstyle=", svg)  # renders under the strict CSP
    if points < 2:
        assert "fills in as you go" in svg.lower()


@pytest.mark.django_db
def test_the_barrier_chart_shows_both_kinds_of_point_in_its_legend(
    client: Client, owner: User, add_checkins: AddCheckins, add_checkup: AddCheckup
) -> None:
    add_checkup(owner, completed_at=timezone.now() - timedelta(days=30))
    add_checkins(owner, 3)
    client.force_login(owner)
    svg = body(client, "/progress/barriers.svg")
    assert "Full check-up" in svg and "Weekly check-in" in svg
    for barrier in ("Fear of vulnerability", "Lack of physical affection"):
        assert barrier in svg


@pytest.mark.django_db
def test_the_nav_links_to_progress_when_signed_in(client: Client, owner: User) -> None:
    assert 'href="/progress/"' not in client.get("/").content.decode()
    client.force_login(owner)
    assert '<a href="/progress/">Progress</a>' in client.get("/").content.decode()


@pytest.mark.django_db
def test_removing_a_checkin_asks_first_then_removes_only_that_one(
    client: Client, owner: User, add_checkins: AddCheckins
) -> None:
    first, second = add_checkins(owner, 2)
    client.force_login(owner)
    url = f"/progress/checkins/{first.pk}/remove/"
    assert "cannot be undone" in body(client, url)
    assert Checkin.objects.filter(pk=first.pk).exists()
    response = client.post(url)
    assert response.status_code == 302
    assert list(Checkin.objects.values_list("pk", flat=True)) == [second.pk]
    assert client.post(url).status_code == 404


@pytest.mark.django_db
def test_checkin_due_agrees_with_the_progress_page(
    owner: User, add_checkins: AddCheckins, add_checkup: AddCheckup
) -> None:
    today = timezone.localdate()
    assert services.checkin_due(user=owner)
    add_checkup(owner, completed_at=timezone.now() - timedelta(days=8))
    assert services.checkin_due(user=owner)
    add_checkins(owner, 1, ending=today - timedelta(days=5))
    assert not services.checkin_due(user=owner)
    assert services.checkin_due(user=owner, today=today + timedelta(days=1))
