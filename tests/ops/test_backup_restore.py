"""`nearer backup` and `nearer restore`: a backup restores into a fresh database with every
table identical, free text stays encrypted in it, and restore never silently replaces data.

Runs on whichever database the suite runs on: SQLite (online backup API) or PostgreSQL
(pg_dump / pg_restore); the fresh database is a new var/ folder or a new PostgreSQL database."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from tests.ops.helpers import base_env, nearer

from nearer.accounts.models import User
from nearer.checkups import services
from nearer.core.crypto import new_key
from nearer.insight.services import journal_entry_create
from nearer.web.catalog import site_catalog
from nearer.web.management.dbcopy import pg_program

Rows = dict[str, list[tuple[Any, ...]]]
SECRETS = ("I am afraid to tell them about the debt", "Lighthouse at Dunmore, our first trip")


def _checkup(user: User, value: int, safety: int, *, finish: bool = True) -> None:
    catalog = site_catalog()
    checkup = services.checkup_start(user=user)
    for page in services.checkup_pages(catalog):
        if page.is_safety:
            answers: dict[str, object] = {i.id: safety for i in catalog.safety.items}
        else:
            answers = {i.id: 1 + (value + n) % 5 for n, i in enumerate(page.items)}
        services.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
        if not finish:
            return
    services.checkup_complete(catalog=catalog, checkup=checkup)


def _people(make_user: Callable[[str], User]) -> None:
    for n in range(3):
        user = make_user(f"backup{n}@example.org")
        _checkup(user, n, 1)
        _checkup(user, n + 2, 3 if n == 1 else 1)  # one positive safety screen
        _checkup(user, n, 1, finish=False)  # one open, first page answered
        for secret in SECRETS:
            journal_entry_create(user=user, title=f"{secret} ({n})", body=f"{secret}, body {n}")
        Client().force_login(user)  # a session row (and whatever tracks sessions)


# --- Reading every table with the plain driver, the same way on both sides ------------------


def _tables(raw: Any) -> list[str]:
    cursor = raw.cursor()
    if isinstance(raw, sqlite3.Connection):
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    else:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return sorted(row[0] for row in cursor.fetchall())


def _dump(raw: Any) -> Rows:
    cursor = raw.cursor()
    rows: Rows = {}
    for table in _tables(raw):
        cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the catalog
        rows[table] = sorted((tuple(row) for row in cursor.fetchall()), key=repr)
    return rows


def _pg_url(name: str) -> str:
    s = connection.settings_dict
    auth = quote(s["USER"] or "")
    if s["PASSWORD"]:
        auth += ":" + quote(s["PASSWORD"])
    return f"postgres://{auth}@{s['HOST'] or 'localhost'}:{s['PORT'] or 5432}/{name}"


@contextmanager
def _raw_source() -> Iterator[Any]:
    """A plain-driver connection to the test database (its data is committed)."""
    if connection.vendor == "sqlite":
        name = connection.settings_dict["NAME"]
        raw: Any = sqlite3.connect(name, uri=str(name).startswith("file:"))
    else:
        import psycopg

        raw = psycopg.connect(_pg_url(connection.settings_dict["NAME"]))
    try:
        yield raw
    finally:
        raw.close()


@contextmanager
def _fresh_database(tmp_path: Path, keys: list[str]) -> Iterator[tuple[dict[str, str], Any]]:
    """Settings for a new, empty database, and a way to open it with the plain driver."""
    env_keys = {"NEARER_FIELD_KEYS": ",".join(keys)}
    if connection.vendor == "sqlite":
        var_dir = tmp_path / f"fresh-{uuid.uuid4().hex[:8]}"
        var_dir.mkdir()
        yield (
            base_env(var_dir, **env_keys),
            lambda: sqlite3.connect(var_dir / "nearer.sqlite3"),
        )
        return
    import psycopg

    name = f"nearer_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_url("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield (
            base_env(tmp_path, DATABASE_URL=_pg_url(name), **env_keys),
            lambda: psycopg.connect(_pg_url(name)),
        )
    finally:
        with psycopg.connect(_pg_url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _readable_text(backup: Path) -> bytes:
    """What someone holding the backup file could read: the raw bytes for SQLite; for
    pg_dump's compressed archive, the SQL it expands to."""
    if connection.vendor == "sqlite":
        return backup.read_bytes()
    return subprocess.run(
        [pg_program("pg_restore"), "--file=-", str(backup)], capture_output=True, check=True
    ).stdout


# --- The tests ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_a_fresh_database_with_every_table_identical(
    tmp_path: Path, make_user: Callable[[str], User]
) -> None:
    _people(make_user)
    backup = tmp_path / "nearer.backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    assert backup.stat().st_mode & 0o777 == 0o600
    with _raw_source() as raw:
        before = _dump(raw)
    assert len(before["checkups_answer"]) > 100
    assert len(before["insight_journalentry"]) == 6

    with _fresh_database(tmp_path, settings.NEARER_FIELD_KEYS) as (env, open_target):
        result = nearer("restore", str(backup), env=env)
        assert result.returncode == 0, result.stderr
        target = open_target()
        try:
            after = _dump(target)
        finally:
            target.close()
        assert list(after) == list(before)
        for table in before:
            assert after[table] == before[table], table

        # Counters came back too: the restored database takes new rows without clashes.
        made = nearer(
            "shell",
            "-c",
            "from nearer.accounts.models import User; from nearer.checkups import services;"
            " u = User.objects.create_user(email='after@example.org', password=None);"
            " services.checkup_start(user=u); print('ok')",
            env=env,
        )
        assert made.returncode == 0, made.stderr
        assert made.stdout.strip().endswith("ok")


@pytest.mark.django_db(transaction=True)
def test_free_text_stays_encrypted_in_the_backup(
    tmp_path: Path, make_user: Callable[[str], User]
) -> None:
    _people(make_user)
    backup = tmp_path / "nearer.backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    readable = _readable_text(backup)
    assert b"fernet:" in readable  # the entries are in there, encrypted
    for secret in SECRETS:
        assert secret.encode() not in readable
        assert secret.split()[-1].encode() not in readable


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_holds_data_unless_forced(
    tmp_path: Path, make_user: Callable[[str], User]
) -> None:
    make_user("first@example.org")
    backup = tmp_path / "nearer.backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    make_user("second@example.org")
    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(backup), stdout=io.StringIO())
    assert User.objects.count() == 2
    call_command("restore", str(backup), "--force", stdout=io.StringIO())
    assert list(User.objects.values_list("email", flat=True)) == ["first@example.org"]


@pytest.mark.django_db(transaction=True)
def test_backup_never_overwrites_a_file_unless_forced(
    tmp_path: Path, make_user: Callable[[str], User]
) -> None:
    make_user("first@example.org")
    backup = tmp_path / "nearer.backup"
    backup.write_text("keep me")
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", str(backup), stdout=io.StringIO())
    assert backup.read_text() == "keep me"
    call_command("backup", str(backup), "--force", stdout=io.StringIO())
    assert backup.read_bytes() != b"keep me"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_restoring_with_other_field_keys_says_the_text_cannot_be_opened(
    tmp_path: Path, make_user: Callable[[str], User]
) -> None:
    journal_entry_create(user=make_user("keys@example.org"), title="t", body="private words")
    backup = tmp_path / "nearer.backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    with _fresh_database(tmp_path, [new_key()]) as (env, _):
        result = nearer("restore", str(backup), env=env)
    assert result.returncode != 0
    assert "NEARER_FIELD_KEYS" in result.stderr
    assert "Traceback" not in result.stderr


def test_restore_rejects_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a database at all" * 100)
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    result = nearer("restore", str(junk), env=base_env(var_dir))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert str(junk) in result.stderr or "pg_restore" in result.stderr
