"""``nearer backup PATH``: a checked copy of the whole database, taken while Nearer runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from nearer.web.management.dbcopy import CopyError, database_backup


class Command(BaseCommand):
    help = (
        "Copy the whole database to PATH while Nearer keeps running: SQLite's online backup"
        " (checked with PRAGMA integrity_check), or pg_dump's custom format for PostgreSQL."
        " The file is private (mode 600). Free text stays encrypted in it: keep"
        " NEARER_FIELD_KEYS somewhere else, you need them to read a restored copy."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="file to write")
        parser.add_argument("--force", action="store_true", help="replace PATH if it exists")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help=HELP_DATABASE)

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"]).expanduser().resolve()
        if path.exists() and not options["force"]:
            raise CommandError(f"{path} already exists; choose another name or pass --force")
        if not path.parent.is_dir():
            raise CommandError(f"{path.parent} is not a folder")
        try:
            report = database_backup(connection=connections[options["database"]], path=path)
        except CopyError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up {report.rows} rows in {report.tables} tables to {report.path}"
            f" ({report.size} bytes); the copy checks out."
        )


HELP_DATABASE = "database alias (default: default)"
