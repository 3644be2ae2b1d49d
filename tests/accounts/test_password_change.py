"""Changing the password: current password first, this device stays, others go by default."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client
from tests.accounts.helpers import SAFARI_IPHONE, SignIn, is_signed_in
from tests.conftest import PASSWORD

from nearer.accounts.models import User

NEW = "a-brand-new-phrase-77"


@pytest.mark.django_db
def test_the_form_asks_for_the_current_password_and_offers_signing_out_others_checked(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    here = sign_in(make_user("me@example.org"))
    html = here.get("/accounts/password/").content.decode()
    assert "Current password" in html
    assert "Also sign out my other sessions" in html
    checkbox = re.search(r'<input type="checkbox" name="sign_out_others"[^>]*>', html)
    assert checkbox is not None
    assert " checked" in checkbox.group(0)


@pytest.mark.django_db
def test_changing_the_password_signs_out_the_other_sessions_by_default(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    phone = sign_in(me, SAFARI_IPHONE)
    response = here.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": NEW,
            "new_password2": NEW,
            "sign_out_others": "on",
        },
        follow=True,
    )
    assert b"Your password is changed. Your other sessions are signed out." in response.content
    assert is_signed_in(here)
    assert not is_signed_in(phone)
    me.refresh_from_db()
    assert me.check_password(NEW)


@pytest.mark.django_db
def test_other_sessions_can_be_kept_when_the_person_unticks_the_box(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    phone = sign_in(me, SAFARI_IPHONE)
    response = here.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 302
    assert is_signed_in(here)
    assert is_signed_in(phone)


@pytest.mark.django_db
def test_the_new_password_works_and_the_old_one_does_not(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    sign_in(me).post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
    )
    old = Client().post("/accounts/login/", {"username": me.email, "password": PASSWORD})
    assert old.status_code == 200
    new = Client().post("/accounts/login/", {"username": me.email, "password": NEW})
    assert new.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"old_password": "wrong", "new_password1": NEW, "new_password2": NEW},
            "That is not your current password",
        ),
        (
            {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW + "x"},
            "didn’t match",
        ),
        (
            {"old_password": PASSWORD, "new_password1": "short1", "new_password2": "short1"},
            "too short",
        ),
        (
            {"old_password": PASSWORD, "new_password1": "password123", "new_password2": ""},
            "This field is required",
        ),
        ({}, "This field is required"),
    ],
)
def test_bad_input_re_renders_the_form_with_a_message_and_changes_nothing(
    sign_in: SignIn, make_user: Callable[[str], User], data: dict[str, str], message: str
) -> None:
    me = make_user("me@example.org")
    phone = sign_in(me, SAFARI_IPHONE)
    here = sign_in(me)
    response = here.post("/accounts/password/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    me.refresh_from_db()
    assert me.check_password(PASSWORD)
    assert is_signed_in(here)
    assert is_signed_in(phone)
