"""Shared fixtures. Feature folders keep their own fixtures beside their tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nearer.accounts.models import User

PASSWORD = "a-long-pass-phrase-9"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    # Argon2 is the real hasher (tests/accounts checks the settings); a fast one keeps the
    # suite quick where hashing is not what a test is about.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_user(db: None) -> Callable[[str], User]:
    def make(email: str) -> User:
        return User.objects.create_user(email=email, password=PASSWORD)

    return make
