from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from tests.conftest import PASSWORD

from nearer.accounts.models import User


def test_passwords_are_hashed_with_argon2_first() -> None:
    import nearer.web.settings as real_settings

    assert real_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


@pytest.mark.django_db
def test_signup_page_speaks_about_privacy_before_asking_anything(client: Client) -> None:
    html = client.get("/accounts/signup/").content.decode()
    note = html.index("device you trust")
    assert note < html.index("<form")


@pytest.mark.django_db
def test_signup_creates_an_account_and_signs_in(client: Client) -> None:
    response = client.post(
        "/accounts/signup/",
        {"email": "New.Person@Example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "new.person@example.org"
    assert client.get("/checkup/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("weak", ["short1", "password123", "1234567890123", "qwertyuiop"])
def test_weak_passwords_are_refused_with_a_message(client: Client, weak: str) -> None:
    response = client.post(
        "/accounts/signup/", {"email": "a@example.org", "password1": weak, "password2": weak}
    )
    assert response.status_code == 200
    assert b"errorlist" in response.content
    assert not User.objects.exists()


@pytest.mark.django_db
def test_an_address_can_only_have_one_account(
    client: Client, make_user: Callable[[str], User]
) -> None:
    make_user("taken@example.org")
    response = client.post(
        "/accounts/signup/",
        {"email": "TAKEN@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert b"already has an account" in response.content
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_sign_in_and_sign_out_end_the_session(
    client: Client, make_user: Callable[[str], User]
) -> None:
    make_user("me@example.org")
    response = client.post("/accounts/login/", {"username": "me@example.org", "password": PASSWORD})
    assert response.status_code == 302
    old_session = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.get("/checkup/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/checkup/").status_code == 302
    # The old session key is dead too, even if someone kept the cookie.
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = old_session
    assert thief.get("/checkup/").status_code == 302


@pytest.mark.django_db
def test_wrong_password_gives_a_clear_message(
    client: Client, make_user: Callable[[str], User]
) -> None:
    make_user("me@example.org")
    response = client.post("/accounts/login/", {"username": "me@example.org", "password": "nope"})
    assert response.status_code == 200
    assert b"form-errors" in response.content


@pytest.mark.django_db
def test_lockout_is_by_username_and_address_together(
    make_user: Callable[[str], User],
) -> None:
    make_user("victim@example.org")
    attacker = Client(REMOTE_ADDR="10.0.0.66")
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        attacker.post("/accounts/login/", {"username": "victim@example.org", "password": "x"})
    locked = attacker.post(
        "/accounts/login/", {"username": "victim@example.org", "password": PASSWORD}
    )
    assert locked.status_code in (403, 429)
    # The person themselves, from their own address, can still sign in.
    owner = Client(REMOTE_ADDR="10.0.0.7")
    response = owner.post(
        "/accounts/login/", {"username": "victim@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_password_reset_email_is_neutral_and_works(
    client: Client, make_user: Callable[[str], User]
) -> None:
    make_user("me@example.org")
    client.post("/accounts/password-reset/", {"email": "me@example.org"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Account notice"
    for word in ("relationship", "partner", "intimacy", "Nearer", "barrier"):
        assert word.lower() not in (message.subject + message.body + message.from_email).lower()
    link = re.search(r"https?://[^/]+(/accounts/password-reset/\S+/)", str(message.body))
    assert link is not None
    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.group(1)
    new = "another-long-phrase-42"
    done = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    assert User.objects.get().check_password(new)


@pytest.mark.django_db
def test_password_reset_does_not_reveal_whether_an_account_exists(client: Client) -> None:
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 0
