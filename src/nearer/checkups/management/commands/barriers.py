"""``nearer barriers [--json]``: the twelve barriers in catalog order."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.checkups.management.commands._terminal import (
    barriers_table,
    console_for,
    write_json,
)
from nearer.web.catalog import site_catalog


class Command(BaseCommand):
    help = "List the barriers in the catalog."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json", action="store_true", help='print [{"slug", "title", "summary"}] as JSON'
        )

    def handle(self, *args: Any, **options: Any) -> None:
        catalog = site_catalog()
        if options["json"]:
            write_json(
                self,
                [
                    {"slug": b.slug, "title": b.title, "summary": b.summary}
                    for b in catalog.barriers
                ],
            )
            return
        console_for(self.stdout).print(barriers_table(catalog))
