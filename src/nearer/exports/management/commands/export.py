from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.exports.services import user_by_email, user_export


class Command(BaseCommand):
    help = "Print everything a person owns, as JSON (the same as their download)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: Any, **options: Any) -> None:
        user = user_by_email(options["email"])
        if user is None:
            sys.stderr.write(f"nearer export: no account with the address {options['email']!r}\n")
            raise SystemExit(2)
        self.stdout.write(json.dumps(user_export(user=user), indent=2, ensure_ascii=False))
