"""Shared fixtures. Feature folders keep their own fixtures beside their tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nearer.accounts.models import User
from nearer.checkups import services as checkup_services
from nearer.checkups.models import Checkup
from nearer.web.catalog import site_catalog

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


@pytest.fixture
def finished_checkup(db: None) -> Callable[..., Checkup]:
    """A completed check-up for `user`, every item answered `value`, every safety item
    answered `safety` (1 = never)."""

    def make(user: User, value: int = 4, safety: int = 1) -> Checkup:
        catalog = site_catalog()
        checkup = checkup_services.checkup_start(user=user)
        for page in checkup_services.checkup_pages(catalog):
            if page.is_safety:
                answers: dict[str, object] = {i.id: safety for i in catalog.safety.items}
            else:
                answers = {i.id: value for i in page.items}
            checkup_services.checkup_save_page(
                catalog=catalog, checkup=checkup, page=page, answers=answers
            )
        checkup_services.checkup_complete(catalog=catalog, checkup=checkup)
        return checkup

    return make
