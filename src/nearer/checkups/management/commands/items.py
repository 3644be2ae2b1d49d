"""``nearer items [--json]``: every scored check-up item (never the private safety screen)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.checkups.management.commands._terminal import console_for, print_rows, write_json
from nearer.web.catalog import site_catalog


class Command(BaseCommand):
    help = (
        "List the check-up items: barrier items in catalog order, then the satisfaction items."
        " keyed is 1 when agreeing signals the barrier, -1 when it signals its absence."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json",
            action="store_true",
            help='print [{"id", "barrier", "text", "keyed"}] as JSON',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # checkup_items holds barrier and satisfaction items only: the safety screen is kept
        # apart in the catalog and must never be listed here.
        items = site_catalog().checkup_items
        if options["json"]:
            write_json(
                self,
                [
                    {"id": i.id, "barrier": i.barrier, "text": i.text, "keyed": i.keyed}
                    for i in items
                ],
            )
            return
        print_rows(
            console_for(self.stdout),
            ("Item", "Keyed", "Statement"),
            [(i.id, f"{i.keyed:+d}", i.text) for i in items],
            keep_whole=2,
            caption=(
                "Keyed +1: agreeing signals the barrier. -1: agreeing signals its absence."
                " satisfaction.* items are about the relationship as a whole."
            ),
        )
