"""``nearer send-reminders [--now ISO]``: send today's reminder emails that are due.

Run it every few minutes (cron, a systemd timer). Each person gets at most one reminder a day
however often it runs, and only on a day with something still to do in their plan.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from nearer.checkups.management.commands._terminal import fail
from nearer.plans.services import reminders_send


class Command(BaseCommand):
    help = "Send the reminder emails that are due now (at most one per person a day)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now",
            help="act as if it were this moment (ISO 8601, e.g. 2026-03-02T08:30; local time"
            " if no offset is given)",
        )
        parser.add_argument(
            "--base-url",
            default=None,
            help="the address people open Nearer at (default: the NEARER_BASE_URL setting)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        if options["now"]:
            try:
                now = datetime.fromisoformat(options["now"])
            except ValueError:
                fail(
                    self,
                    "send-reminders",
                    f"--now is not an ISO 8601 date and time: {options['now']!r}",
                )
            if timezone.is_naive(now):
                now = timezone.make_aware(now)
        base_url = options["base_url"] or settings.NEARER_BASE_URL
        sent = reminders_send(now=now, base_url=base_url)
        self.stdout.write(f"Sent {sent} reminder{'' if sent == 1 else 's'}.")
