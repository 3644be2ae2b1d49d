from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.test import Client
from tests.insight.texts import ORDINARY

from nearer.accounts.models import User
from nearer.insight import services
from nearer.insight.models import JournalEntry
from nearer.web.fields import _cipher


@pytest.fixture
def owner(make_user: Callable[[str], User]) -> User:
    return make_user("owner@example.org")


@pytest.fixture
def other(make_user: Callable[[str], User]) -> User:
    return make_user("other@example.org")


@pytest.fixture
def owner_client(client: Client, owner: User) -> Client:
    client.force_login(owner)
    return client


@pytest.fixture
def make_entry(db: None) -> Callable[..., JournalEntry]:
    def make(user: User, body: str = ORDINARY, title: str = "", prompt: str = "") -> JournalEntry:
        return services.journal_entry_create(user=user, title=title, body=body, prompt=prompt)

    return make


@pytest.fixture
def fresh_ciphers() -> Iterator[None]:
    """Forget cached ciphers before and after, so a changed key list takes effect."""
    _cipher.cache_clear()
    yield
    _cipher.cache_clear()
