"""Login throttling by username and address together (promise 7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from tests.conftest import PASSWORD

from nearer.accounts.models import User

EMAIL = "victim@example.org"


def _attempt(browser: Client, password: str) -> int:
    response = browser.post("/accounts/login/", {"username": EMAIL, "password": password})
    return response.status_code


@pytest.mark.django_db
def test_the_promised_setting_is_username_and_address_together() -> None:
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


@pytest.mark.django_db
def test_a_locked_out_address_does_not_lock_the_same_username_elsewhere(
    make_user: Callable[[str], User],
) -> None:
    make_user(EMAIL)
    attacker = Client(REMOTE_ADDR="10.0.0.66")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _attempt(attacker, "wrong")
    assert _attempt(attacker, PASSWORD) in (403, 429)
    # From another address the count starts afresh: a few typos there still leave room.
    owner = Client(REMOTE_ADDR="10.0.0.7")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _attempt(owner, "typo") == 200
    assert _attempt(owner, PASSWORD) == 302
    # And the attacker's address stays locked, even with the right password.
    assert _attempt(Client(REMOTE_ADDR="10.0.0.66"), PASSWORD) in (403, 429)


@pytest.mark.django_db
def test_a_successful_sign_in_resets_the_count(make_user: Callable[[str], User]) -> None:
    make_user(EMAIL)
    for _ in range(3):
        browser = Client(REMOTE_ADDR="10.0.0.9")
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert _attempt(browser, "typo") == 200
        # Without the reset, the failures would add up to a lockout on the second round.
        assert _attempt(browser, PASSWORD) == 302
