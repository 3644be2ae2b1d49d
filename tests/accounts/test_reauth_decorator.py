"""nearer.accounts.reauth.require_recent_password, through the email-change page it guards."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import quote

import pytest
from django.core import mail
from django.test import Client
from tests.accounts.helpers import SignIn
from tests.conftest import PASSWORD

from nearer.accounts.models import User
from nearer.accounts.reauth import CONFIRMATION_SECONDS, CONFIRMED_AT

GUARDED = "/accounts/email/"


def _confirmed_seconds_ago(browser: Client, seconds: int) -> None:
    session = browser.session
    session[CONFIRMED_AT] = int(time.time()) - seconds
    session.save()


@pytest.mark.django_db
def test_it_sends_the_person_to_confirm_with_the_page_to_come_back_to(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    here = sign_in(make_user("me@example.org"))
    response = here.get(GUARDED + "?from=account")
    assert response.status_code == 302
    assert response["Location"] == (
        "/accounts/confirm-password/?next=" + quote(GUARDED + "?from=account", safe="")
    )


@pytest.mark.django_db
def test_the_page_opens_after_confirming_the_password(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    here = sign_in(make_user("me@example.org"))
    login_page = here.get(GUARDED, follow=True)
    assert b"Confirm it is you" in login_page.content
    confirmed = here.post(
        "/accounts/confirm-password/", {"password": PASSWORD, "next": GUARDED}, follow=True
    )
    assert confirmed.redirect_chain == [(GUARDED, 302)]
    assert b"Change your email address" in confirmed.content


@pytest.mark.django_db
def test_a_wrong_password_does_not_open_the_page(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    here = sign_in(make_user("me@example.org"))
    wrong = here.post("/accounts/confirm-password/", {"password": "nope", "next": GUARDED})
    assert wrong.status_code == 400
    assert here.get(GUARDED).status_code == 302


@pytest.mark.django_db
def test_a_confirmation_holds_for_five_minutes_and_then_expires(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    assert CONFIRMATION_SECONDS == 5 * 60
    here = sign_in(make_user("me@example.org"))
    _confirmed_seconds_ago(here, 4 * 60 + 50)
    assert here.get(GUARDED).status_code == 200
    _confirmed_seconds_ago(here, 5 * 60 + 1)
    response = here.get(GUARDED)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-password/")


@pytest.mark.django_db
def test_a_confirmation_belongs_to_one_session_only(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    elsewhere = sign_in(me)
    _confirmed_seconds_ago(here, 0)
    assert here.get(GUARDED).status_code == 200
    assert elsewhere.get(GUARDED).status_code == 302


@pytest.mark.django_db
def test_a_post_is_not_replayed_after_confirming(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    held = here.post(GUARDED, {"email": "new@example.org"})
    assert held.status_code == 302
    after = here.post(
        "/accounts/confirm-password/", {"password": PASSWORD, "next": GUARDED}, follow=True
    )
    assert after.request["REQUEST_METHOD"] == "GET"
    me.refresh_from_db()
    assert me.email == "me@example.org"
    assert not mail.outbox
    # Submitting again, now confirmed, does it.
    here.post(GUARDED, {"email": "new@example.org"})
    me.refresh_from_db()
    assert me.email == "new@example.org"
