"""Check-up URLs × (anonymous, owner, another person) × method."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.checkups.models import Answer, Checkup

PRIVATE_URLS = [
    "/checkup/",
    "/checkup/start/",
    "/checkup/{done}/page/1/",
    "/checkup/{open}/page/1/",
    "/checkup/{open}/page/8/",
    "/checkup/{done}/results/",
    "/checkup/{done}/chart.svg",
]
OWNED_URLS = [u for u in PRIVATE_URLS if "{" in u]


@pytest.fixture
def owner_checkups(
    make_user: Callable[[str], User], finished_checkup: Callable[..., Checkup]
) -> dict[str, int]:
    owner = make_user("owner@example.org")
    done = finished_checkup(owner)
    open_ = Checkup.objects.create(user=owner)
    return {"done": done.pk, "open": open_.pk}


@pytest.mark.django_db
@pytest.mark.parametrize("url", PRIVATE_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(
    client: Client, owner_checkups: dict[str, int], url: str, method: str
) -> None:
    response = getattr(client, method)(url.format(**owner_checkups))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize("url", OWNED_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_person_gets_not_found_and_changes_nothing(
    client: Client,
    make_user: Callable[[str], User],
    owner_checkups: dict[str, int],
    url: str,
    method: str,
) -> None:
    client.force_login(make_user("stranger@example.org"))
    before = list(Answer.objects.order_by("id").values_list("id", "item_id", "value"))
    response = getattr(client, method)(url.format(**owner_checkups), {"action": "next"})
    # 405 for a method the page never accepts; 404 otherwise (never confirm it exists).
    assert response.status_code in (404, 405)
    assert list(Answer.objects.order_by("id").values_list("id", "item_id", "value")) == before


@pytest.mark.django_db
@pytest.mark.parametrize("url", OWNED_URLS)
def test_the_owner_can_open_their_own_pages(
    client: Client, owner_checkups: dict[str, int], url: str
) -> None:
    client.force_login(User.objects.get(email="owner@example.org"))
    response = client.get(url.format(**owner_checkups), follow=True)
    assert response.status_code == 200


@pytest.mark.django_db
def test_history_lists_only_your_own_checkups(
    client: Client, make_user: Callable[[str], User], finished_checkup: Callable[..., Checkup]
) -> None:
    other = make_user("other@example.org")
    finished_checkup(other)
    me = make_user("me@example.org")
    client.force_login(me)
    html = client.get("/checkup/").content.decode()
    assert "See the profile" not in html
