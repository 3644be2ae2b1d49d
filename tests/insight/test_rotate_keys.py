"""`nearer rotate-keys`: everything re-encrypted under the newest key, so old keys can go."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from pytest_django.fixtures import Settings

from nearer.accounts.models import User
from nearer.core.crypto import DecryptionError, TextCipher, new_key
from nearer.insight.models import JournalEntry
from nearer.web.fields import _cipher

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_ciphers")]


def _use_keys(settings: Settings, keys: list[str]) -> None:
    settings.NEARER_FIELD_KEYS = keys
    _cipher.cache_clear()


def _raw_bodies() -> list[str]:
    table = connection.ops.quote_name(JournalEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT body FROM {table}")  # noqa: S608
        return [row[0] for row in cursor.fetchall()]


def _rotate(*args: str) -> str:
    out = StringIO()
    call_command("rotate_keys", *args, stdout=out)
    return out.getvalue()


def test_after_rotation_the_new_key_alone_reads_everything(
    settings: Settings, owner: User, other: User, make_entry: Callable[..., JournalEntry]
) -> None:
    key_a, key_b = new_key(), new_key()
    _use_keys(settings, [key_a])
    texts = [f"entry number {i}" for i in range(7)]
    for i, text in enumerate(texts):
        make_entry(owner if i % 2 else other, body=text, title=f"title {i}")

    _use_keys(settings, [key_b, key_a])
    output = _rotate("--batch-size", "3")
    assert "insight.JournalEntry.body: 7 checked, 7 re-encrypted, 0 already current" in output
    assert "insight.JournalEntry.title: 7 checked, 7 re-encrypted" in output
    assert all(TextCipher([key_b]).is_current(value) for value in _raw_bodies())

    _use_keys(settings, [key_b])
    assert sorted(e.body for e in JournalEntry.objects.all()) == sorted(texts)
    assert {e.title for e in JournalEntry.objects.all()} == {f"title {i}" for i in range(7)}


def test_a_second_run_finds_nothing_to_do(
    settings: Settings, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    key_a, key_b = new_key(), new_key()
    _use_keys(settings, [key_a])
    make_entry(owner, body="hello")
    _use_keys(settings, [key_b, key_a])
    _rotate()
    assert "body: 1 checked, 0 re-encrypted, 1 already current" in _rotate()


def test_a_dry_run_writes_nothing(
    settings: Settings, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    key_a, key_b = new_key(), new_key()
    _use_keys(settings, [key_a])
    make_entry(owner, body="hello")
    before = _raw_bodies()
    _use_keys(settings, [key_b, key_a])
    assert "1 would re-encrypt" in _rotate("--dry-run")
    assert _raw_bodies() == before


def test_without_rotation_dropping_the_old_key_fails_closed(
    settings: Settings, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    key_a, key_b = new_key(), new_key()
    _use_keys(settings, [key_a])
    entry = make_entry(owner, body="hello")
    _use_keys(settings, [key_b])
    with pytest.raises(DecryptionError):
        JournalEntry.objects.get(pk=entry.pk)


def test_a_value_no_key_opens_stops_the_command(
    settings: Settings, owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    _use_keys(settings, [new_key()])
    make_entry(owner, body="hello")
    _use_keys(settings, [new_key()])
    with pytest.raises(CommandError, match="could not be opened"):
        _rotate()


def test_a_batch_size_below_one_is_refused() -> None:
    with pytest.raises(CommandError):
        _rotate("--batch-size", "0")
