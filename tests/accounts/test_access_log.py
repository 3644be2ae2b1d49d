"""The access log: who read which kind of the owner's data and when, never the content."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nearer.accounts.audit import access_log_prune, record_access
from nearer.accounts.models import AccessEvent, User


def _page(client: Client, user: User, query: str = "") -> str:
    client.force_login(user)
    response = client.get("/accounts/access-log/" + query)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


@pytest.mark.django_db
def test_recording_an_access_keeps_who_what_kind_and_when_and_nothing_else(
    make_user: Callable[[str], User],
) -> None:
    owner, partner = make_user("owner@example.org"), make_user("partner@example.org")
    record_access(owner=owner, actor=partner, kind="couple.view")
    event = AccessEvent.objects.get()
    assert (event.owner, event.actor, event.kind) == (owner, partner, "couple.view")
    assert abs(event.at - timezone.now()) < timedelta(seconds=5)
    stored = {field.name for field in AccessEvent._meta.concrete_fields}
    assert stored == {"id", "owner", "actor", "role", "kind", "at"}


@pytest.mark.django_db
def test_recording_an_access_is_one_insert(make_user: Callable[[str], User]) -> None:
    owner = make_user("owner@example.org")
    with CaptureQueriesContext(connection) as queries:
        record_access(owner=owner, actor=owner, kind="export.json")
    assert [q["sql"].split()[0] for q in queries.captured_queries] == ["INSERT"]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["", "Export.JSON", "export json", "x" * 41, "export.", ".json"])
def test_a_kind_must_be_a_short_dotted_code(make_user: Callable[[str], User], kind: str) -> None:
    owner = make_user("owner@example.org")
    with pytest.raises(ValueError, match="short dotted code"):
        record_access(owner=owner, actor=owner, kind=kind)
    assert not AccessEvent.objects.exists()


@pytest.mark.django_db
def test_the_owner_sees_their_events_in_plain_words(
    client: Client, make_user: Callable[[str], User]
) -> None:
    owner = make_user("owner@example.org")
    partner = make_user("partner@example.org")
    counsellor = make_user("counsellor@example.org")
    record_access(owner=owner, actor=owner, kind="export.json")
    record_access(owner=owner, actor=partner, kind="couple.view")
    record_access(owner=owner, actor=None, kind="calendar.feed")
    record_access(owner=owner, actor=counsellor, kind="report.pdf")
    record_access(owner=owner, actor=owner, kind="something.new")
    html = _page(client, owner)
    assert "You downloaded a copy of your data" in html
    assert "Your partner opened the couple view" in html
    assert "A private link (such as a calendar feed or access token) fetched your calendar" in html
    assert "counsellor@example.org downloaded a report (PDF)" in html
    assert "You opened some of your private data (something.new)" in html


@pytest.mark.django_db
def test_an_actor_whose_account_closed_is_described_without_a_name(
    client: Client, make_user: Callable[[str], User]
) -> None:
    owner, gone = make_user("owner@example.org"), make_user("gone@example.org")
    record_access(owner=owner, actor=gone, kind="couple.view")
    gone.delete()
    html = _page(client, owner)
    assert "A person whose account has since closed opened the couple view" in html


@pytest.mark.django_db
def test_people_see_only_their_own_log(client: Client, make_user: Callable[[str], User]) -> None:
    owner, partner = make_user("owner@example.org"), make_user("partner@example.org")
    record_access(owner=owner, actor=partner, kind="couple.view")
    record_access(owner=partner, actor=partner, kind="export.json")
    assert "a copy of your data" not in _page(client, owner)
    partners_view = _page(Client(), partner)
    assert "You downloaded a copy of your data" in partners_view
    assert "couple view" not in partners_view


@pytest.mark.django_db
def test_events_are_newest_first_and_paginated(
    client: Client, make_user: Callable[[str], User]
) -> None:
    owner = make_user("owner@example.org")
    record_access(owner=owner, actor=owner, kind="report.pdf")
    AccessEvent.objects.update(at=timezone.now() - timedelta(days=3))
    for _ in range(25):
        record_access(owner=owner, actor=owner, kind="export.json")
    first = _page(client, owner)
    assert first.count("You downloaded a copy of your data") == 25
    assert "report (PDF)" not in first
    assert "page 1 of 2" in first
    assert 'href="?page=2"' in first
    second = _page(client, owner, "?page=2")
    assert second.count("You downloaded a report (PDF)") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?page=abc", "?page=999", "?page=-1", "?page="])
def test_odd_page_numbers_still_show_a_page(
    client: Client, make_user: Callable[[str], User], query: str
) -> None:
    owner = make_user("owner@example.org")
    record_access(owner=owner, actor=owner, kind="export.json")
    assert "You downloaded a copy of your data" in _page(client, owner, query)


@pytest.mark.django_db
def test_the_page_with_nothing_recorded_says_so(
    client: Client, make_user: Callable[[str], User]
) -> None:
    assert "Nothing yet" in _page(client, make_user("owner@example.org"))


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_number_of_events(
    client: Client, make_user: Callable[[str], User]
) -> None:
    owner = make_user("owner@example.org")
    others = [make_user(f"person{i}@example.org") for i in range(3)]
    client.force_login(owner)
    client.get("/accounts/access-log/")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/accounts/access-log/").status_code == 200
        return len(queries.captured_queries)

    record_access(owner=owner, actor=others[0], kind="couple.view")
    with_one = count()
    for i in range(49):
        actor = [owner, None, *others][i % 5]
        record_access(owner=owner, actor=actor, kind="report.pdf")
    assert count() == with_one


# --- Retention ------------------------------------------------------------------------------


def _aged(owner: User, kind: str, days: float) -> AccessEvent:
    record_access(owner=owner, actor=owner, kind=kind)
    event = AccessEvent.objects.filter(owner=owner, kind=kind).latest("id")
    AccessEvent.objects.filter(pk=event.pk).update(at=timezone.now() - timedelta(days=days))
    return event


@pytest.mark.django_db
def test_pruning_deletes_only_entries_older_than_the_retention_period(
    make_user: Callable[[str], User], settings: Any
) -> None:
    settings.NEARER_ACCESS_LOG_DAYS = 30
    owner, other = make_user("owner@example.org"), make_user("other@example.org")
    _aged(owner, "export.json", 31)
    _aged(other, "report.pdf", 45)
    kept = [_aged(owner, "couple.view", 29), _aged(other, "plan.view", 0)]
    assert access_log_prune() == 2
    assert set(AccessEvent.objects.all()) == set(kept)
    assert access_log_prune() == 0


@pytest.mark.django_db
def test_the_retention_period_comes_from_the_setting(
    make_user: Callable[[str], User], settings: Any
) -> None:
    owner = make_user("owner@example.org")
    _aged(owner, "export.json", 5)
    settings.NEARER_ACCESS_LOG_DAYS = 7
    assert access_log_prune() == 0
    settings.NEARER_ACCESS_LOG_DAYS = 4
    assert access_log_prune() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(("days", "sentence"), [(90, "kept for 90 days"), (1, "kept for 1 day,")])
def test_the_page_says_how_long_entries_are_kept(
    client: Client, make_user: Callable[[str], User], settings: Any, days: int, sentence: str
) -> None:
    settings.NEARER_ACCESS_LOG_DAYS = days
    assert f"Entries are {sentence}" in _page(client, make_user("owner@example.org"))


@pytest.mark.django_db
def test_the_page_leaves_out_entries_past_the_retention_period_even_before_pruning(
    client: Client, make_user: Callable[[str], User], settings: Any
) -> None:
    settings.NEARER_ACCESS_LOG_DAYS = 10
    owner = make_user("owner@example.org")
    _aged(owner, "report.pdf", 11)
    _aged(owner, "export.json", 9)
    html = _page(client, owner)
    assert "You downloaded a copy of your data" in html
    assert "report (PDF)" not in html
