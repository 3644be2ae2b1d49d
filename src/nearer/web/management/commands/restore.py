"""``nearer restore PATH``: put a backup made by ``nearer backup`` back in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from nearer.web.management.dbcopy import CopyError, database_restore, unreadable_encrypted_values


class Command(BaseCommand):
    help = (
        "Restore a backup made by `nearer backup` into the configured database. Stop the"
        " server first. Refuses a database that already holds data unless --force (which"
        " replaces all of it). Needs the NEARER_FIELD_KEYS in use when the backup was made."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="backup file to read")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that already holds data",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="database alias (default: default)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"]).expanduser().resolve()
        connection = connections[options["database"]]
        try:
            report = database_restore(connection=connection, path=path, force=options["force"])
        except CopyError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {report.rows} rows in {report.tables} tables from {report.path}."
        )
        unreadable = unreadable_encrypted_values(connection)
        if unreadable:
            raise CommandError(
                f"restored, but {unreadable} encrypted values cannot be opened with the"
                " configured NEARER_FIELD_KEYS; set the keys that were in use when the backup"
                " was made"
            )
