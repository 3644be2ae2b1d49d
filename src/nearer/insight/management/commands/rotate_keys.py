"""``nearer rotate-keys``: re-encrypt every encrypted text value under the newest field key.

Rotation: put a new key first in NEARER_FIELD_KEYS (keep the old ones after it), run this
command, then drop the old keys. Every model field that is an EncryptedTextField is covered,
whichever app it belongs to. Rows are read and written with raw SQL, in primary-key order,
one transaction per batch; each update only applies if the value is still the one read
(so a concurrent edit is never overwritten, just counted and left for the next run).
A value that no configured key can open stops the command with an error: it fails closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, models, transaction

from nearer.core.crypto import DecryptionError, TextCipher
from nearer.web.fields import EncryptedTextField, field_cipher


@dataclass
class Counts:
    checked: int = 0
    rotated: int = 0
    current: int = 0
    changed_meanwhile: int = 0


def encrypted_fields() -> list[tuple[type[models.Model], EncryptedTextField]]:
    found: list[tuple[type[models.Model], EncryptedTextField]] = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                found.append((model, field))
    return found


def rotate_field(
    model: type[models.Model],
    field: EncryptedTextField,
    *,
    cipher: TextCipher,
    batch_size: int,
    dry_run: bool,
) -> Counts:
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    assert model._meta.pk is not None and model._meta.pk.column and field.column
    pk = quote(model._meta.pk.column)
    column = quote(field.column)
    select_first = (
        f"SELECT {pk}, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY {pk}"  # noqa: S608
        " LIMIT %s"
    )
    select_next = (
        f"SELECT {pk}, {column} FROM {table} WHERE {column} IS NOT NULL AND {pk} > %s"  # noqa: S608
        f" ORDER BY {pk} LIMIT %s"
    )
    update = f"UPDATE {table} SET {column} = %s WHERE {pk} = %s AND {column} = %s"  # noqa: S608
    counts = Counts()
    last: Any = None
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            if last is None:
                cursor.execute(select_first, [batch_size])
            else:
                cursor.execute(select_next, [last, batch_size])
            rows = cursor.fetchall()
            for key, value in rows:
                counts.checked += 1
                if cipher.is_current(value):
                    counts.current += 1
                    continue
                try:
                    new_value = cipher.rotate(value)
                except DecryptionError as error:
                    label = f"{model._meta.label}.{field.name}"
                    raise CommandError(
                        f"{label}: a value could not be opened with any configured key;"
                        " nothing in this batch was changed. Add the missing key and run again."
                    ) from error
                if dry_run:
                    counts.rotated += 1
                    continue
                cursor.execute(update, [new_value, key, value])
                if cursor.rowcount == 1:
                    counts.rotated += 1
                else:
                    counts.changed_meanwhile += 1
        if len(rows) < batch_size:
            return counts
        last = rows[-1][0]


class Command(BaseCommand):
    help = "Re-encrypt every encrypted text value under the newest key in NEARER_FIELD_KEYS."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch-size", type=int, default=500, help="rows per transaction (default 500)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would change, write nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        batch_size: int = options["batch_size"]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        dry_run: bool = options["dry_run"]
        cipher = field_cipher()
        total = Counts()
        for model, field in encrypted_fields():
            counts = rotate_field(
                model, field, cipher=cipher, batch_size=batch_size, dry_run=dry_run
            )
            total.checked += counts.checked
            total.rotated += counts.rotated
            total.current += counts.current
            total.changed_meanwhile += counts.changed_meanwhile
            verb = "would re-encrypt" if dry_run else "re-encrypted"
            line = (
                f"{model._meta.label}.{field.name}: {counts.checked} checked,"
                f" {counts.rotated} {verb}, {counts.current} already current"
            )
            if counts.changed_meanwhile:
                line += f", {counts.changed_meanwhile} changed meanwhile (run again)"
            self.stdout.write(line)
        verb = "would re-encrypt" if dry_run else "re-encrypted"
        self.stdout.write(
            self.style.SUCCESS(
                f"Total: {total.checked} checked, {total.rotated} {verb},"
                f" {total.current} already current."
            )
        )
