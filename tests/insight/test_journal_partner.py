"""The partner may be the adversary: nothing of a journal reaches them, on any page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from tests.test_permissions import ROUTES, _concrete

from nearer.accounts.models import User
from nearer.couples import services as couples
from nearer.insight.models import JournalEntry

pytestmark = pytest.mark.django_db

SECRET = "lighthouse-marmalade-secret"


@pytest.fixture
def partners(owner: User, other: User) -> tuple[User, User]:
    created = couples.invitation_create(user=owner)
    couples.invitation_accept(invitation=created.invitation, user=other)
    assert couples.partner_of(user=other) == owner
    return owner, other


def test_the_partner_finds_no_trace_of_the_journal_on_any_page(
    client: Client,
    partners: tuple[User, User],
    make_entry: Callable[..., JournalEntry],
) -> None:
    owner, partner = partners
    entry = make_entry(owner, title=SECRET, body=f"{SECRET}: what I think of us")
    client.force_login(partner)
    urls = [_concrete(route) for name, route in ROUTES if name != "accounts:logout"]
    urls += [f"/journal/{entry.pk}/", f"/journal/{entry.pk}/edit/", f"/journal/{entry.pk}/delete/"]
    for url in urls:
        response = client.get(url)
        content = b"".join(response) if response.streaming else response.content
        assert SECRET.encode() not in content, url
        assert str(entry.pk).encode() not in content, url
    for suffix in ("", "edit/", "delete/"):
        assert client.get(f"/journal/{entry.pk}/{suffix}").status_code == 404
