"""Changing the sign-in address: password again first, a neutral notice to the old address."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail import EmailMessage
from django.db import IntegrityError
from django.test import Client
from tests.accounts.helpers import SignIn
from tests.conftest import PASSWORD

from nearer.accounts.models import User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.accounts.services import email_change


def _confirmed(browser: Client) -> Client:
    session = browser.session
    session[CONFIRMED_AT] = int(time.time())
    session.save()
    return browser


@pytest.mark.django_db
def test_changing_the_address_asks_for_the_password_first(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    here = sign_in(make_user("me@example.org"))
    response = here.post("/accounts/email/", {"email": "new@example.org"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-password/")
    assert User.objects.get().email == "me@example.org"
    assert not mail.outbox


@pytest.mark.django_db
def test_the_address_changes_and_only_the_old_address_gets_a_neutral_notice(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = _confirmed(sign_in(me))
    response = here.post("/accounts/email/", {"email": "  New.Address@Example.ORG "}, follow=True)
    assert b"Your sign-in address is changed" in response.content
    me.refresh_from_db()
    assert me.email == "new.address@example.org"
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == ["me@example.org"]
    assert notice.subject == "Account notice"
    text = (notice.subject + str(notice.body) + notice.from_email).lower()
    assert "new.address" not in text
    for word in ("relationship", "partner", "intimacy", "nearer", "barrier", "couple", "journal"):
        assert word not in text


@pytest.mark.django_db
def test_the_new_address_signs_in_and_the_old_one_does_not(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    _confirmed(sign_in(me)).post("/accounts/email/", {"email": "new@example.org"})
    old = Client().post("/accounts/login/", {"username": "me@example.org", "password": PASSWORD})
    assert old.status_code == 200
    new = Client().post("/accounts/login/", {"username": "new@example.org", "password": PASSWORD})
    assert new.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("Taken@EXAMPLE.org", "already belongs to another account"),
        ("ME@example.org", "already your sign-in address"),
        ("not-an-address", "Enter a valid email address"),
        ("", "This field is required"),
    ],
)
def test_bad_addresses_re_render_the_form_with_a_message(
    sign_in: SignIn, make_user: Callable[[str], User], email: str, message: str
) -> None:
    me = make_user("me@example.org")
    make_user("taken@example.org")
    here = _confirmed(sign_in(me))
    response = here.post("/accounts/email/", {"email": email})
    assert response.status_code == 400
    assert message in response.content.decode()
    me.refresh_from_db()
    assert me.email == "me@example.org"
    assert not mail.outbox


@pytest.mark.django_db
def test_the_form_shows_only_the_signed_in_persons_address(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    make_user("someone@example.org")
    html = _confirmed(sign_in(make_user("me@example.org"))).get("/accounts/email/")
    assert b"me@example.org" in html.content
    assert b"someone@example.org" not in html.content


@pytest.mark.django_db
def test_the_notice_says_what_to_do_if_it_was_not_them_and_nothing_more(
    sign_in: SignIn, make_user: Callable[[str], User], mailoutbox: list[EmailMessage]
) -> None:
    me = make_user("me@example.org")
    _confirmed(sign_in(me)).post("/accounts/email/", {"email": "somewhere.else@example.net"})
    (notice,) = mailoutbox
    assert notice.to == ["me@example.org"]
    assert (notice.cc, notice.bcc, notice.attachments) == ([], [], [])
    assert notice.from_email == settings.DEFAULT_FROM_EMAIL
    body = " ".join(str(notice.body).split())
    assert "The sign-in email address of your account was just changed." in body
    assert "change your password there and choose to sign out your other sessions" in body
    assert "contact the people who run this service for you" in body
    # Neither the new address nor a link: whoever reads the old mailbox may not be the owner.
    everything = str(notice.message()).lower()
    assert "somewhere.else" not in everything
    assert "example.net" not in everything
    assert "http" not in body


@pytest.mark.django_db
def test_nothing_is_sent_when_the_address_is_taken_at_the_last_moment(
    make_user: Callable[[str], User], mailoutbox: list[EmailMessage]
) -> None:
    me = make_user("me@example.org")
    make_user("taken@example.org")
    with pytest.raises(IntegrityError):
        email_change(user=me, new_email="taken@example.org")
    assert User.objects.filter(email="me@example.org").exists()
    assert mailoutbox == []
