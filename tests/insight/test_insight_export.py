from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from nearer.accounts.models import User
from nearer.insight.models import JournalEntry
from nearer.insight.services import insight_export

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_persons_entries_decrypted_and_nobody_elses(
    owner: User, other: User, make_entry: Callable[..., JournalEntry]
) -> None:
    make_entry(owner, title="One", body="first words")
    make_entry(owner, body="second words", prompt="A prompt?")
    make_entry(other, body="not yours")
    exported = insight_export(user=owner)
    json.dumps(exported)  # ready for the JSON export as it is
    assert [(e["title"], e["body"], e["prompt"]) for e in exported["journal"]] == [
        ("One", "first words", ""),
        ("", "second words", "A prompt?"),
    ]
    assert set(exported["journal"][0]) == {
        "id",
        "title",
        "body",
        "prompt",
        "created_at",
        "updated_at",
    }


def test_an_empty_journal_exports_an_empty_list(other: User) -> None:
    assert insight_export(user=other) == {"journal": []}
