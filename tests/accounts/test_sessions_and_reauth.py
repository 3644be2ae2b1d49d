from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from tests.conftest import PASSWORD

from nearer.accounts.middleware import SEEN, STARTED
from nearer.accounts.models import User


def _age_session(client: Client, *, started: int, seen: int) -> None:
    session = client.session
    session[STARTED] = int(time.time()) - started
    session[SEEN] = int(time.time()) - seen
    session.save()


@pytest.mark.django_db
def test_a_session_ends_after_thirty_idle_minutes(
    client: Client, make_user: Callable[[str], User]
) -> None:
    client.force_login(make_user("me@example.org"))
    assert client.get("/checkup/").status_code == 200
    _age_session(client, started=31 * 60, seen=31 * 60)
    assert client.get("/checkup/").status_code == 302


@pytest.mark.django_db
def test_an_active_session_ends_after_twelve_hours(
    client: Client, make_user: Callable[[str], User]
) -> None:
    client.force_login(make_user("me@example.org"))
    client.get("/checkup/")
    _age_session(client, started=12 * 3600 + 5, seen=10)
    assert client.get("/checkup/").status_code == 302


@pytest.mark.django_db
def test_an_active_session_within_limits_stays(
    client: Client, make_user: Callable[[str], User]
) -> None:
    client.force_login(make_user("me@example.org"))
    client.get("/checkup/")
    _age_session(client, started=11 * 3600, seen=29 * 60)
    assert client.get("/checkup/").status_code == 200


def test_session_limits_are_the_promised_ones() -> None:
    assert settings.SESSION_IDLE_SECONDS == 30 * 60
    assert settings.SESSION_MAX_SECONDS == 12 * 60 * 60


@pytest.mark.django_db
def test_private_pages_are_never_cached(client: Client, make_user: Callable[[str], User]) -> None:
    client.force_login(make_user("me@example.org"))
    response = client.get("/checkup/")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_confirm_password_rejects_a_wrong_password_and_accepts_the_right_one(
    client: Client, make_user: Callable[[str], User]
) -> None:
    client.force_login(make_user("me@example.org"))
    wrong = client.post("/accounts/confirm-password/", {"password": "nope", "next": "/checkup/"})
    assert wrong.status_code == 400
    right = client.post("/accounts/confirm-password/", {"password": PASSWORD, "next": "/checkup/"})
    assert right.status_code == 302
    assert right["Location"] == "/checkup/"


@pytest.mark.django_db
def test_confirm_password_never_redirects_off_site(
    client: Client, make_user: Callable[[str], User]
) -> None:
    client.force_login(make_user("me@example.org"))
    response = client.post(
        "/accounts/confirm-password/", {"password": PASSWORD, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_signing_out_everywhere_else_also_revokes_api_tokens(
    client: Client, make_user: Callable[[str], User]
) -> None:
    from nearer.api.services import token_create

    me = make_user("me@example.org")
    _, secret = token_create(user=me, name="script")
    api = Client()
    assert api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 200
    client.force_login(me)
    client.post("/accounts/sessions/sign-out-others/")
    assert api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401
