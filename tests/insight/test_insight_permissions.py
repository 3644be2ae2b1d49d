"""Every insight URL × (anonymous, author, another person) × (GET, POST): 0 unexpected 2xx.

The journal is the author's alone: anyone else gets 404 (never a hint that an entry exists),
and nothing changes. The coach stores nothing, so any signed-in person may use it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.insight.models import JournalEntry

URLS = [
    "/journal/",
    "/journal/new/",
    "/journal/{entry}/",
    "/journal/{entry}/edit/",
    "/journal/{entry}/delete/",
    "/coach/",
]
OWNED = [u for u in URLS if "{entry}" in u]
ROLES = ["anonymous", "owner", "other"]
METHODS = ["get", "post"]

# The only (url, role, method) combinations that may answer 2xx.
ALLOWED_2XX = {
    ("/journal/", "owner", "get"),
    ("/journal/", "other", "get"),  # their own (empty) journal
    ("/journal/new/", "owner", "get"),
    ("/journal/new/", "other", "get"),
    ("/journal/{entry}/", "owner", "get"),
    ("/journal/{entry}/edit/", "owner", "get"),
    ("/journal/{entry}/delete/", "owner", "get"),
    ("/coach/", "owner", "get"),
    ("/coach/", "owner", "post"),
    ("/coach/", "other", "get"),
    ("/coach/", "other", "post"),
}
SECRET = "owner-only secret words"


@pytest.fixture
def entry(owner: User, make_entry: Callable[..., JournalEntry]) -> JournalEntry:
    return make_entry(owner, title=SECRET, body=f"{SECRET} in the body")


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method", METHODS)
def test_no_unexpected_success(
    client: Client, owner: User, other: User, entry: JournalEntry, url: str, role: str, method: str
) -> None:
    if role != "anonymous":
        client.force_login(owner if role == "owner" else other)
    response = getattr(client, method)(url.format(entry=entry.pk), {})
    if 200 <= response.status_code < 300:
        assert (url, role, method) in ALLOWED_2XX, (url, role, method, response.status_code)
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    if role == "other":
        assert SECRET not in response.content.decode()
        if url in OWNED:
            # 405 for a method the page never accepts (the same for any id); 404 otherwise.
            assert response.status_code in (404, 405)


@pytest.mark.django_db
@pytest.mark.parametrize("url", OWNED)
def test_another_person_can_change_nothing(
    client: Client, other: User, entry: JournalEntry, url: str
) -> None:
    client.force_login(other)
    client.post(url.format(entry=entry.pk), {"title": "taken", "body": "over"})
    entry.refresh_from_db()
    assert (entry.title, entry.body) == (SECRET, f"{SECRET} in the body")


@pytest.mark.django_db
def test_a_made_up_entry_id_is_not_found(owner_client: Client) -> None:
    response = owner_client.get("/journal/00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404


@pytest.mark.django_db
def test_entry_ids_do_not_reveal_how_many_entries_exist(
    owner: User, other: User, make_entry: Callable[..., JournalEntry]
) -> None:
    first = make_entry(other)
    make_entry(owner)
    second = make_entry(other)
    # Random ids: no counter another person could watch to learn how often someone writes.
    assert not str(first.pk).isdigit()
    assert str(second.pk) != str(first.pk)
