"""Journal text at rest: encrypted from the first entry, and unreadable with the wrong key."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from pytest_django.fixtures import Settings

from nearer.accounts.models import User
from nearer.core.crypto import DecryptionError, new_key
from nearer.insight.models import JournalEntry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_ciphers")]

SECRET_BODY = "the thing I have never told anyone about my partner"
SECRET_TITLE = "a title nobody else may read"


def _raw(entry: JournalEntry) -> tuple[str, str, str]:
    table = connection.ops.quote_name(JournalEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT title, body, prompt FROM {table} WHERE id = %s",  # noqa: S608
            [JournalEntry._meta.pk.get_db_prep_value(entry.pk, connection)],
        )
        row = cursor.fetchone()
    assert row is not None
    return row[0], row[1], row[2]


def test_the_database_row_holds_no_plaintext(owner_client: Client, owner: User) -> None:
    owner_client.post("/journal/new/", {"title": SECRET_TITLE, "body": SECRET_BODY})
    entry = JournalEntry.objects.get(user=owner)
    title, body, prompt = _raw(entry)
    for value in (title, body, prompt):
        assert value.startswith("fernet:")
    assert SECRET_BODY not in body
    assert "never told" not in body
    assert SECRET_TITLE not in title
    assert entry.body == SECRET_BODY


def test_no_table_anywhere_holds_the_plaintext(owner_client: Client, owner: User) -> None:
    owner_client.post("/journal/new/", {"title": SECRET_TITLE, "body": SECRET_BODY})
    owner_client.get("/journal/")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                assert "never told anyone" not in repr(row), table


def test_the_same_text_encrypts_differently_each_time(
    owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    first = make_entry(owner, body=SECRET_BODY)
    second = make_entry(owner, body=SECRET_BODY)
    assert _raw(first)[1] != _raw(second)[1]


def test_a_wrong_key_fails_closed(
    owner: User, make_entry: Callable[..., JournalEntry], settings: Settings
) -> None:
    entry = make_entry(owner, body=SECRET_BODY)
    settings.NEARER_FIELD_KEYS = [new_key()]
    from nearer.web.fields import _cipher

    _cipher.cache_clear()
    with pytest.raises(DecryptionError):
        JournalEntry.objects.get(pk=entry.pk)


def test_a_tampered_value_fails_closed(
    owner: User, make_entry: Callable[..., JournalEntry]
) -> None:
    entry = make_entry(owner, body=SECRET_BODY)
    body = _raw(entry)[1]
    flipped = body[:-5] + ("A" if body[-5] != "A" else "B") + body[-4:]
    table = connection.ops.quote_name(JournalEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET body = %s WHERE body = %s",  # noqa: S608
            [flipped, body],
        )
    with pytest.raises(DecryptionError):
        JournalEntry.objects.get(pk=entry.pk)
