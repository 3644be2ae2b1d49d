"""``nearer make-field-key``: print a new key for NEARER_FIELD_KEYS.

The ``nearer`` command answers this one before loading settings (production refuses to load
them without a key); this module makes it show up in ``nearer help`` and ``call_command``.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from nearer.core.crypto import new_key


class Command(BaseCommand):
    help = (
        "Print a new field-encryption key. Put it first in NEARER_FIELD_KEYS (comma-separated,"
        " newest first), keep it apart from the database and its backups, then run"
        " `nearer rotate-keys`."
    )
    requires_system_checks: list[str] = []

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(new_key())
