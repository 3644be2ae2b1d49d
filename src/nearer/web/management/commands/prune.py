"""``nearer prune``: delete what Nearer no longer needs to keep. Schedule it daily.

Access-log entries past ``NEARER_ACCESS_LOG_DAYS``, expired sessions (Django's
``clearsessions``) with their tracking rows, and partner invitations that expired unused.
Each step is one bulk delete, so it is cheap to run while Nearer serves people.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from nearer.accounts.audit import access_log_days, access_log_prune
from nearer.accounts.services import sessions_prune
from nearer.couples.services import invitations_prune


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


class Command(BaseCommand):
    help = (
        "Delete access-log entries older than NEARER_ACCESS_LOG_DAYS, expired sessions and"
        " partner invitations that expired unused. Run it once a day (cron, a systemd timer)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        days = access_log_days()
        events = access_log_prune()
        sessions = sessions_prune()
        invitations = invitations_prune()
        self.stdout.write(
            f"Deleted {_count(events, 'access-log entry', 'access-log entries')} older than"
            f" {_count(days, 'day', 'days')}, {_count(sessions, 'ended session', 'ended sessions')}"
            f" and {_count(invitations, 'expired invitation', 'expired invitations')}."
        )
