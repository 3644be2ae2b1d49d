"""Back up and restore the whole database, for ``nearer backup`` and ``nearer restore``.

SQLite: SQLite's online backup API (a consistent copy while Nearer keeps serving), checked with
``PRAGMA integrity_check``. PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore``.

Free text stays encrypted in the copy (it is encrypted before it reaches the database), so a
backup is only useful together with the NEARER_FIELD_KEYS that were in use; keep the keys
somewhere else than the backups.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.apps import apps
from django.db.backends.base.base import BaseDatabaseWrapper

from nearer.core.crypto import DecryptionError
from nearer.web.fields import EncryptedTextField, field_cipher


class CopyError(RuntimeError):
    """The copy could not be made, checked or restored; the message says why."""


# Rows here come from `migrate` itself, so a freshly migrated database still counts as empty.
BOOKKEEPING_TABLES = frozenset({"django_migrations", "django_content_type", "auth_permission"})


@dataclass(frozen=True, slots=True)
class CopyReport:
    path: Path
    size: int
    tables: int
    rows: int


def table_rows(connection: BaseDatabaseWrapper) -> dict[str, int]:
    """Row count per table."""
    counts: dict[str, int] = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT COUNT(*) FROM {quoted}")  # noqa: S608 - a quoted table name
            counts[table] = int(cursor.fetchone()[0])
    return counts


def is_empty(connection: BaseDatabaseWrapper) -> bool:
    """No rows anywhere except migrate's own bookkeeping."""
    return not any(
        count for table, count in table_rows(connection).items() if table not in BOOKKEEPING_TABLES
    )


def unreadable_encrypted_values(connection: BaseDatabaseWrapper) -> int:
    """How many encrypted values the configured NEARER_FIELD_KEYS cannot open."""
    cipher = field_cipher()
    tables = set(connection.introspection.table_names())
    unreadable = 0
    with connection.cursor() as cursor:
        for model in apps.get_models():
            if model._meta.db_table not in tables:
                continue
            for field in model._meta.concrete_fields:
                if not isinstance(field, EncryptedTextField) or field.column is None:
                    continue
                table = connection.ops.quote_name(model._meta.db_table)
                column = connection.ops.quote_name(field.column)
                cursor.execute(
                    f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"  # noqa: S608
                )
                for (token,) in cursor.fetchall():
                    try:
                        cipher.decrypt(token)
                    except DecryptionError:
                        unreadable += 1
    return unreadable


@contextmanager
def _private_partial(path: Path) -> Iterator[Path]:
    """A private (0600) temporary file beside ``path``; moved into place only on success."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield partial
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def _integrity(conn: sqlite3.Connection, what: str) -> None:
    result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        raise CopyError(f"{what} failed its integrity check: {'; '.join(result[:5])}")


def _sqlite_raw(connection: BaseDatabaseWrapper) -> sqlite3.Connection:
    connection.ensure_connection()
    raw = connection.connection
    assert isinstance(raw, sqlite3.Connection)
    if connection.in_atomic_block:
        raise CopyError("cannot copy the database from inside a transaction")
    return raw


def _sqlite_backup(connection: BaseDatabaseWrapper, path: Path) -> None:
    source = _sqlite_raw(connection)
    with _private_partial(path) as partial:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            # One self-contained file: no -wal/-shm companions to forget.
            copy.execute("PRAGMA journal_mode=DELETE")
            _integrity(copy, "the copy")
        finally:
            copy.close()


def _open_sqlite_backup(path: Path) -> sqlite3.Connection:
    try:
        backup = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        _integrity(backup, str(path))
    except sqlite3.DatabaseError as error:
        raise CopyError(f"{path} is not a readable SQLite backup ({error})") from None
    return backup


def _sqlite_restore(connection: BaseDatabaseWrapper, path: Path) -> None:
    backup = _open_sqlite_backup(path)
    try:
        target = _sqlite_raw(connection)
        backup.backup(target)
        _integrity(target, "the restored database")
    finally:
        backup.close()


def pg_program(name: str) -> str:
    """``pg_dump``/``pg_restore``: NEARER_PG_BIN, else Debian's newest, else the PATH."""
    folders = [os.environ.get("NEARER_PG_BIN", "")]
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.isdigit()]
        folders += [str(p / "bin") for p in sorted(versions, key=lambda p: -int(p.name))]
    for folder in folders:
        if folder and (Path(folder) / name).is_file():
            return str(Path(folder) / name)
    found = shutil.which(name)
    if found is None:
        raise CopyError(
            f"{name} was not found; install the PostgreSQL client (Debian: postgresql-client)"
            " or set NEARER_PG_BIN to the folder that holds it"
        )
    return found


def _pg_env(settings_dict: dict[str, Any]) -> dict[str, str]:
    env = dict(os.environ)
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    sslmode = (settings_dict.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = str(sslmode)
    return env


def _run(argv: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise CopyError(
            f"{Path(argv[0]).name} failed: {detail[-1] if detail else result.returncode}"
        )


def _pg_backup(connection: BaseDatabaseWrapper, path: Path) -> None:
    env = _pg_env(connection.settings_dict)
    with _private_partial(path) as partial:
        _run(
            [
                pg_program("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={partial}",
            ],
            env,
        )
        # Reading the table of contents back proves the archive is complete and readable.
        _run([pg_program("pg_restore"), "--list", str(partial)], env)


def _pg_restore(connection: BaseDatabaseWrapper, path: Path) -> None:
    env = _pg_env(connection.settings_dict)
    _run([pg_program("pg_restore"), "--list", str(path)], env)
    connection.close()
    _run(
        [
            pg_program("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={env['PGDATABASE']}",
            str(path),
        ],
        env,
    )


def _report(connection: BaseDatabaseWrapper, path: Path) -> CopyReport:
    counts = table_rows(connection)
    return CopyReport(path, path.stat().st_size, len(counts), sum(counts.values()))


def database_backup(*, connection: BaseDatabaseWrapper, path: Path) -> CopyReport:
    """Copy the whole database to ``path`` (replacing it), checked before it is moved there."""
    if connection.vendor == "sqlite":
        _sqlite_backup(connection, path)
    elif connection.vendor == "postgresql":
        _pg_backup(connection, path)
    else:
        raise CopyError(f"backups of {connection.vendor} databases are not supported")
    return _report(connection, path)


def database_restore(*, connection: BaseDatabaseWrapper, path: Path, force: bool) -> CopyReport:
    """Replace the database's contents with the backup at ``path``.

    Refuses a database that holds data unless ``force``: restoring discards it."""
    if not path.is_file():
        raise CopyError(f"{path} does not exist")
    if not force and not is_empty(connection):
        raise CopyError(
            "this database already holds data; restoring would replace all of it."
            " Restore into a new, empty database, or pass --force to replace it"
        )
    if connection.vendor == "sqlite":
        _sqlite_restore(connection, path)
    elif connection.vendor == "postgresql":
        _pg_restore(connection, path)
    else:
        raise CopyError(f"restoring {connection.vendor} databases is not supported")
    return _report(connection, path)
