from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.exports.report import report_pdf
from nearer.exports.services import user_by_email


class Command(BaseCommand):
    help = "Write a person's PDF report (profile, plan, progress, couple view if both shared)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--pdf", required=True, type=Path, help="where to write the PDF")

    def handle(self, *args: Any, **options: Any) -> None:
        user = user_by_email(options["email"])
        if user is None:
            sys.stderr.write(f"nearer report: no account with the address {options['email']!r}\n")
            raise SystemExit(2)
        path: Path = options["pdf"]
        try:
            path.write_bytes(report_pdf(user=user))
        except OSError as error:
            sys.stderr.write(f"nearer report: cannot write {path}: {error.strerror}\n")
            raise SystemExit(2) from None
        self.stderr.write(f"Wrote {path}")
