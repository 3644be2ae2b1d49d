"""The weekly check-in page: save, update the same day, refuse tampered values kindly."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkins import services
from nearer.checkins.models import Checkin
from nearer.core.catalog import Catalog
from nearer.core.checkin_scoring import checkin_questions
from nearer.core.scoring import AnswerError

from .conftest import all_answers

URL = "/progress/checkin/"


def form(catalog: Catalog, value: int) -> dict[str, str]:
    return {key: str(v) for key, v in all_answers(catalog, value).items()}


@pytest.mark.django_db
def test_the_checkin_page_shows_every_statement_once_with_the_agreement_scale(
    client: Client, owner: User, catalog: Catalog
) -> None:
    client.force_login(owner)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for item in checkin_questions(catalog):
        assert html.count(f'name="{item.id}"') == len(catalog.agreement_scale)
        assert item.text.replace("'", "&#x27;") in html
    assert "<script>" not in html


@pytest.mark.django_db
def test_a_checkin_is_saved_with_its_answers_and_scores(
    client: Client, owner: User, catalog: Catalog
) -> None:
    client.force_login(owner)
    response = client.post(URL, form(catalog, 4))
    assert response.status_code == 302
    assert response["Location"] == "/progress/"
    checkin = Checkin.objects.get(user=owner)
    assert checkin.day == timezone.localdate()
    assert checkin.answers == all_answers(catalog, 4)
    by_slug = {row["slug"]: row["score"] for row in checkin.scores["barriers"]}
    for barrier in catalog.barriers:
        # Agree (4): 75 for a statement that signals the barrier, 25 for a reverse-keyed one.
        assert by_slug[barrier.slug] == (75 if barrier.checkin.keyed == 1 else 25)
    assert "Your check-in is saved" in client.get("/progress/").content.decode()


@pytest.mark.django_db
def test_every_statement_is_optional(client: Client, owner: User, catalog: Catalog) -> None:
    client.force_login(owner)
    one = catalog.checkin_items[0]
    response = client.post(URL, {one.id: "2"})
    assert response.status_code == 302
    checkin = Checkin.objects.get(user=owner)
    assert checkin.answers == {one.id: 2}
    scores = [row["score"] for row in checkin.scores["barriers"]]
    assert scores.count(None) == len(catalog.barriers) - 1
    assert checkin.scores["satisfaction"] == {"score": None, "answered": 0}


@pytest.mark.django_db
def test_a_second_checkin_on_the_same_day_updates_the_first(
    client: Client, owner: User, catalog: Catalog
) -> None:
    client.force_login(owner)
    client.post(URL, form(catalog, 5))
    first = Checkin.objects.get(user=owner)
    response = client.get(URL)
    html = response.content.decode()
    assert "already checked in today" in html
    assert html.count("checked>") == len(checkin_questions(catalog))  # prefilled
    response = client.post(URL, {catalog.checkin_items[0].id: "1"}, follow=True)
    assert "check-in is updated" in response.content.decode()
    assert Checkin.objects.filter(user=owner).count() == 1
    second = Checkin.objects.get(user=owner)
    assert second.pk == first.pk
    assert second.answers == {catalog.checkin_items[0].id: 1}  # replaced, not merged


@pytest.mark.django_db
def test_a_checkin_on_another_day_is_a_new_one(owner: User, catalog: Catalog) -> None:
    today = timezone.localdate()
    services.checkin_save(catalog=catalog, user=owner, answers={"satisfaction.1": 3})
    services.checkin_save(
        catalog=catalog, user=owner, answers={"satisfaction.1": 4}, day=today - timedelta(days=7)
    )
    assert Checkin.objects.filter(user=owner).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad",
    [{"value": "6"}, {"value": "0"}, {"value": "abc"}, {"value": "3.0"}, {"twice": ["2", "4"]}],
    ids=["six", "zero", "letters", "decimal", "sent-twice"],
)
def test_tampered_values_rerender_with_a_message_and_save_nothing(
    client: Client, owner: User, catalog: Catalog, bad: dict[str, object]
) -> None:
    client.force_login(owner)
    data: dict[str, object] = dict(form(catalog, 3))
    target = catalog.checkin_items[2].id
    data[target] = bad.get("value", bad.get("twice"))
    response = client.post(URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was saved yet." in html
    assert "Please choose one of the options shown." in html
    assert f'aria-describedby="error-{target}"' in html
    assert not Checkin.objects.exists()
    # The person's other choices are kept on the page, so nothing needs re-entering.
    assert html.count("checked>") == len(checkin_questions(catalog)) - 1


@pytest.mark.django_db
def test_a_tampered_update_leaves_todays_checkin_as_it_was(
    client: Client, owner: User, catalog: Catalog
) -> None:
    client.force_login(owner)
    client.post(URL, form(catalog, 2))
    before = Checkin.objects.values("answers", "scores", "updated_at").get()
    data = form(catalog, 5)
    data[catalog.satisfaction_items[0].id] = "99"
    assert client.post(URL, data).status_code == 400
    assert Checkin.objects.values("answers", "scores", "updated_at").get() == before


@pytest.mark.django_db
def test_an_empty_checkin_asks_for_at_least_one_answer(client: Client, owner: User) -> None:
    client.force_login(owner)
    response = client.post(URL, {"unknown.item": "3"})
    assert response.status_code == 400
    assert "at least one statement" in response.content.decode()
    assert not Checkin.objects.exists()


@pytest.mark.django_db
def test_the_service_refuses_bad_answers_and_saves_nothing(owner: User, catalog: Catalog) -> None:
    for answers in ({"fear-of-conflict.checkin": 9}, {"safety.1": 2}, {}):
        with pytest.raises(AnswerError):
            services.checkin_save(catalog=catalog, user=owner, answers=answers)
    assert not Checkin.objects.exists()
