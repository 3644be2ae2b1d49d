"""The journal as its author uses it: write, read, edit, delete, prompts and suggestions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from tests.insight.texts import ORDINARY, QUALITY_TIME

from nearer.accounts.models import User
from nearer.insight.models import JournalEntry
from nearer.web.catalog import site_catalog

pytestmark = pytest.mark.django_db


def test_an_empty_journal_invites_a_first_entry(owner_client: Client) -> None:
    response = owner_client.get("/journal/")
    assert response.status_code == 200
    assert "No entries yet" in response.content.decode()
    assert 'value="surprise"' in response.content.decode()


def test_writing_an_entry_saves_it_and_shows_it_to_the_author(
    owner_client: Client, owner: User
) -> None:
    response = owner_client.post(
        "/journal/new/", {"title": "Sunday", "body": "A quiet day.\n\nWe talked a little."}
    )
    entry = JournalEntry.objects.get(user=owner)
    assert response.status_code == 302
    assert response["Location"] == f"/journal/{entry.pk}/"
    assert (entry.title, entry.body) == ("Sunday", "A quiet day.\n\nWe talked a little.")
    page = owner_client.get(response["Location"]).content.decode()
    assert "Sunday" in page
    assert "<p>A quiet day.</p>" in page
    assert "<p>We talked a little.</p>" in page
    listing = owner_client.get("/journal/").content.decode()
    assert "Sunday" in listing


def test_an_entry_without_a_title_is_listed_by_its_first_words(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    make_entry(owner, body="Tired today but hopeful about the weekend")
    assert "Tired today but hopeful" in owner_client.get("/journal/").content.decode()


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_entry_is_refused_with_a_message(
    owner_client: Client, owner: User, body: str
) -> None:
    response = owner_client.post("/journal/new/", {"title": "x", "body": body})
    assert response.status_code == 400
    assert "Write something before saving" in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_an_entry_that_is_too_long_is_refused(owner_client: Client) -> None:
    response = owner_client.post("/journal/new/", {"body": "a" * 20_001})
    assert response.status_code == 400
    assert not JournalEntry.objects.exists()


def test_choosing_a_barrier_prefills_one_of_its_prompts(owner_client: Client) -> None:
    barrier = site_catalog().barrier("fear-of-conflict")
    response = owner_client.get("/journal/new/", {"barrier": "fear-of-conflict"})
    page = response.content.decode()
    assert response.status_code == 200
    shown = [p for p in barrier.prompts if p.replace("'", "&#x27;") in page]
    assert len(shown) == 1
    assert "Fear of conflict" in page


def test_surprise_me_prefills_some_catalog_prompt(owner_client: Client) -> None:
    prompts = [p for b in site_catalog().barriers for p in b.prompts]
    page = owner_client.get("/journal/new/", {"barrier": "surprise"}).content.decode()
    assert any(p.replace("'", "&#x27;") in page for p in prompts)


def test_an_unknown_barrier_is_not_found(owner_client: Client) -> None:
    assert owner_client.get("/journal/new/", {"barrier": "no-such"}).status_code == 404


def test_the_prompt_is_kept_with_the_entry(owner_client: Client, owner: User) -> None:
    prompt = site_catalog().barrier("fear-of-conflict").prompts[0]
    owner_client.post("/journal/new/", {"body": "Thinking.", "prompt": prompt})
    entry = JournalEntry.objects.get(user=owner)
    assert entry.prompt == prompt
    assert (
        prompt.replace("'", "&#x27;") in owner_client.get(f"/journal/{entry.pk}/").content.decode()
    )


def test_a_prompt_that_is_not_in_the_catalog_is_refused(owner_client: Client) -> None:
    response = owner_client.post("/journal/new/", {"body": "x", "prompt": "<b>made up</b>"})
    assert response.status_code == 400
    assert not JournalEntry.objects.exists()


def test_editing_changes_title_and_body_and_keeps_the_prompt(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    prompt = site_catalog().barriers[0].prompts[0]
    entry = make_entry(owner, body="First draft", prompt=prompt)
    form = owner_client.get(f"/journal/{entry.pk}/edit/").content.decode()
    assert "First draft" in form
    response = owner_client.post(
        f"/journal/{entry.pk}/edit/", {"title": "Later", "body": "Second draft", "prompt": ""}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.title, entry.body, entry.prompt) == ("Later", "Second draft", prompt)


def test_an_invalid_edit_changes_nothing(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body="Keep me")
    response = owner_client.post(f"/journal/{entry.pk}/edit/", {"title": "t", "body": ""})
    assert response.status_code == 400
    entry.refresh_from_db()
    assert entry.body == "Keep me"


def test_deleting_asks_first_then_deletes(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, title="To go")
    confirm = owner_client.get(f"/journal/{entry.pk}/delete/")
    assert confirm.status_code == 200
    assert "Delete this entry?" in confirm.content.decode()
    assert JournalEntry.objects.filter(pk=entry.pk).exists()
    response = owner_client.post(f"/journal/{entry.pk}/delete/")
    assert response.status_code == 302
    assert response["Location"] == "/journal/"
    assert not JournalEntry.objects.filter(pk=entry.pk).exists()


def test_an_entry_that_touches_a_barrier_suggests_it_with_two_practices(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body=QUALITY_TIME)
    page = owner_client.get(f"/journal/{entry.pk}/").content.decode()
    barrier = site_catalog().barrier("neglecting-quality-time")
    assert f"This entry may touch on {barrier.title.lower()}" in page
    assert "not a diagnosis" in page
    assert "<mark>" in page
    for practice in barrier.practices[:2]:
        assert f"/barriers/{barrier.slug}/#practice-{practice.id}" in page


def test_an_ordinary_entry_gets_no_barrier_label(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body=ORDINARY)
    page = owner_client.get(f"/journal/{entry.pk}/").content.decode()
    assert "This entry may touch on" not in page
    assert "Nothing in this entry clearly points" in page
    assert "<mark>" not in page


def test_the_list_holds_only_the_authors_entries(
    client: Client,
    owner: User,
    other: User,
    make_entry: Callable[..., JournalEntry],
) -> None:
    make_entry(owner, title="Owner's secret")
    client.force_login(other)
    assert "secret" not in client.get("/journal/").content.decode()


def test_journal_pages_are_not_cached(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner)
    response = owner_client.get(f"/journal/{entry.pk}/")
    assert "no-store" in response["Cache-Control"]
