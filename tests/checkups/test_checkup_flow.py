from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.checkups import services
from nearer.checkups.models import Answer, Checkup, SafetyAnswer
from nearer.web.catalog import site_catalog


def _radio_names(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'type="radio" name="([^"]+)"', html)))


@pytest.fixture
def me(client: Client, make_user: Callable[[str], User]) -> User:
    user = make_user("me@example.org")
    client.force_login(user)
    return user


def _start(client: Client) -> str:
    response = client.post("/checkup/start/")
    assert response.status_code == 302
    return str(response["Location"])


@pytest.mark.django_db
def test_the_checkup_home_explains_privacy_before_the_first_question(
    client: Client, me: User
) -> None:
    html = client.get("/checkup/").content.decode()
    assert "your answers are private" in html.lower()
    assert "Start the check-up" in html


@pytest.mark.django_db
def test_a_whole_checkup_leads_to_a_profile(client: Client, me: User) -> None:
    url = _start(client)
    pages = len(services.checkup_pages(site_catalog()))
    for number in range(1, pages + 1):
        assert url.endswith(f"/page/{number}/")
        html = client.get(url).content.decode()
        assert f"Page {number} of {pages}" in html
        data = {name: "1" if name.startswith("safety") else "4" for name in _radio_names(html)}
        response = client.post(url, {**data, "action": "next"})
        assert response.status_code == 302
        url = response["Location"]
    assert url.endswith("/results/")
    html = client.get(url).content.decode()
    assert "Three to start with" in html
    assert html.count('class="card priority"') == 3
    assert "chart.svg" in html
    checkup = Checkup.objects.get()
    assert checkup.is_complete
    assert Answer.objects.filter(checkup=checkup).count() == 40


@pytest.mark.django_db
def test_answers_are_saved_as_you_go_and_you_can_resume(client: Client, me: User) -> None:
    url = _start(client)
    html = client.get(url).content.decode()
    first_page = {name: "5" for name in _radio_names(html)}
    client.post(url, {**first_page, "action": "leave"})
    assert Answer.objects.count() == len(first_page)
    # Coming back lands on the first page that still has unanswered items.
    resumed = client.post("/checkup/start/")
    assert resumed["Location"].endswith("/page/2/")
    assert Checkup.objects.count() == 1


@pytest.mark.django_db
def test_going_back_shows_and_changes_earlier_answers(client: Client, me: User) -> None:
    url = _start(client)
    names = _radio_names(client.get(url).content.decode())
    client.post(url, {names[0]: "2", "action": "next"})
    page_two = url.replace("/page/1/", "/page/2/")
    back = client.post(page_two, {"action": "back"})
    assert back["Location"].endswith("/page/1/")
    html = client.get(url).content.decode()
    assert re.search(rf'name="{re.escape(names[0])}" value="2"\s+checked', html)
    client.post(url, {names[0]: "5", "action": "next"})
    assert Answer.objects.get(item_id=names[0]).value == 5


@pytest.mark.django_db
def test_clearing_a_choice_removes_the_saved_answer(client: Client, me: User) -> None:
    url = _start(client)
    names = _radio_names(client.get(url).content.decode())
    client.post(url, {names[0]: "2", "action": "next"})
    client.post(url, {"action": "next"})
    assert not Answer.objects.filter(item_id=names[0]).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["0", "6", "3.5", "abc", "-1"])
def test_tampered_answers_re_render_with_a_message_and_save_nothing(
    client: Client, me: User, bad: str
) -> None:
    url = _start(client)
    names = _radio_names(client.get(url).content.decode())
    response = client.post(url, {names[0]: "3", names[1]: bad, "action": "next"})
    assert response.status_code == 400
    assert b"Nothing on this page was saved" in response.content
    assert Answer.objects.count() == 0


@pytest.mark.django_db
def test_pages_outside_the_checkup_are_not_found(client: Client, me: User) -> None:
    url = _start(client)
    assert client.get(url.replace("/page/1/", "/page/99/")).status_code == 404
    assert client.get(url.replace("/page/1/", "/page/0/")).status_code == 404


@pytest.mark.django_db
def test_results_of_an_unfinished_checkup_send_you_back_to_it(client: Client, me: User) -> None:
    url = _start(client)
    results = url.replace("/page/1/", "/results/")
    response = client.get(results)
    assert response.status_code == 302
    assert response["Location"].endswith("/page/1/")


@pytest.mark.django_db
def test_a_finished_checkup_cannot_be_changed(
    client: Client, me: User, finished_checkup: Callable[..., Checkup]
) -> None:
    checkup = finished_checkup(me)
    response = client.post(f"/checkup/{checkup.pk}/page/1/", {"action": "next"})
    assert response["Location"].endswith("/results/")


@pytest.mark.django_db
def test_a_second_checkup_shows_the_change_since_the_first(
    client: Client, me: User, finished_checkup: Callable[..., Checkup]
) -> None:
    finished_checkup(me, value=5)
    second = finished_checkup(me, value=3)
    html = client.get(f"/checkup/{second.pk}/results/").content.decode()
    assert "Change since last time" in html
    assert "fewer signs" in html
    home = client.get("/checkup/").content.decode()
    assert home.count("See the profile") == 2


@pytest.mark.django_db
def test_results_explain_which_answers_drove_a_priority(
    client: Client, me: User, finished_checkup: Callable[..., Checkup]
) -> None:
    checkup = finished_checkup(me, value=5)
    html = client.get(f"/checkup/{checkup.pk}/results/").content.decode()
    assert "Your answers behind this" in html
    assert "strongly agree" in html


@pytest.mark.django_db
def test_the_chart_is_an_svg_of_the_twelve_barriers(
    client: Client, me: User, finished_checkup: Callable[..., Checkup]
) -> None:
    checkup = finished_checkup(me)
    response = client.get(f"/checkup/{checkup.pk}/chart.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = response.content.decode()
    assert svg.startswith("<svg")
    assert "<script" not in svg
    for barrier in site_catalog().barriers:
        assert barrier.title in svg or barrier.title.replace("'", "&#39;") in svg


@pytest.mark.django_db
def test_a_positive_safety_screen_shows_resources_only_to_that_person(
    client: Client, me: User, finished_checkup: Callable[..., Checkup]
) -> None:
    checkup = finished_checkup(me, safety=3)
    html = client.get(f"/checkup/{checkup.pk}/results/").content.decode()
    assert "You deserve to be safe" in html
    assert site_catalog().resources.emergency[:40] in html


@pytest.mark.django_db
def test_safety_answers_never_enter_the_profile(
    client: Client, me: User, finished_checkup: Callable[..., Checkup]
) -> None:
    calm = finished_checkup(me, safety=1)
    afraid = finished_checkup(me, safety=4)
    assert SafetyAnswer.objects.filter(checkup=afraid).count() == 4
    assert calm.profile == afraid.profile
    assert "safety" not in str(afraid.profile)
