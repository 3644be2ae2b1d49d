"""Text that signals danger shows resources to the writer: urgent at once and prominently,
concern gently. Ordinary text shows none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from tests.insight.texts import CONCERN, CRITICISM, GENTLE, ORDINARY, QUALITY_TIME, URGENT

from nearer.accounts.models import User
from nearer.core.language import analyze
from nearer.insight.models import JournalEntry
from nearer.web.catalog import site_catalog

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def test_the_texts_mean_what_these_tests_assume() -> None:
    assert analyze(URGENT).safety == "urgent"
    assert analyze(CONCERN).safety == "concern"
    for text in (ORDINARY, CRITICISM, GENTLE, QUALITY_TIME):
        assert analyze(text).safety == "none", text
    assert analyze(CRITICISM).pattern == "criticism"
    assert analyze(GENTLE).pattern == "gentle"


def _emergency() -> str:
    return site_catalog().resources.emergency


def test_an_urgent_journal_entry_shows_resources_before_the_entry(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body=URGENT)
    page = owner_client.get(f"/journal/{entry.pk}/").content.decode()
    assert '<section class="resources"' in page
    assert _emergency() in page
    for resource in site_catalog().resources.resources:
        assert resource.name in page
    assert page.index('class="resources"') < page.index("want to kill myself")


def test_saving_an_urgent_entry_lands_on_the_resources(owner_client: Client) -> None:
    response = owner_client.post("/journal/new/", {"body": URGENT}, follow=True)
    assert '<section class="resources"' in response.content.decode()


def test_a_concerning_journal_entry_shows_resources_gently(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body=CONCERN)
    page = owner_client.get(f"/journal/{entry.pk}/").content.decode()
    assert '<section class="resources"' not in page
    assert "Support, if you would like it" in page
    assert _emergency() in page
    assert page.index("Support, if you would like it") > page.index("bank card")


def test_an_ordinary_entry_shows_no_resources(
    owner_client: Client, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body=ORDINARY)
    page = owner_client.get(f"/journal/{entry.pk}/").content.decode()
    assert _emergency() not in page
    assert "Support, if you would like it" not in page


@pytest.mark.parametrize("live", [False, True])
def test_an_urgent_coach_message_shows_resources_first_and_no_critique(
    owner_client: Client, live: bool
) -> None:
    data = {"message": URGENT} if live else {"message": URGENT, "action": "check"}
    page = owner_client.post("/coach/", data, headers=HX if live else None).content.decode()
    assert '<section class="resources"' in page
    assert _emergency() in page
    assert "How it may land" not in page
    # Never pre-fill the start-up from words about self-harm.
    assert 'value="to kill myself"' not in page
    assert 'data-need="to kill myself"' not in page
    assert 'data-need=""' in page
    if not live:
        assert page.index('class="resources"') < page.index("Start gently")


def test_a_concerning_coach_message_shows_resources_gently(owner_client: Client) -> None:
    page = owner_client.post("/coach/", {"message": CONCERN}, headers=HX).content.decode()
    assert '<section class="resources"' not in page
    assert "Support, if you would like it" in page


def test_an_urgent_start_up_also_shows_resources(owner_client: Client) -> None:
    page = owner_client.post(
        "/coach/",
        {
            "feeling": "hopeless",
            "situation": "everything",
            "need": "to kill myself",
            "action": "compose",
        },
    ).content.decode()
    assert '<section class="resources"' in page
