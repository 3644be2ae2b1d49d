"""``nearer calendar EMAIL``: that person's current plan as iCalendar on stdout."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.accounts.models import User
from nearer.checkups.management.commands._terminal import fail
from nearer.plans.services import plan_calendar


class Command(BaseCommand):
    help = (
        "Print a person's current plan as iCalendar (the same as the calendar download)."
        " An unknown email exits with status 2 and one line on stderr."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email", help="the email address the person signs in with")

    def handle(self, *args: Any, **options: Any) -> None:
        email = str(options["email"]).strip()
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            fail(self, "calendar", f"no account with the email address {email!r}")
        # iCalendar lines end in CRLF already; add nothing.
        self.stdout.write(plan_calendar(user=user).decode("utf-8"), ending="")
