"""The access log: who read which kind of someone's private data, and when. Never the content.

Call :func:`record_access` wherever a sensitive read happens (an export, a PDF report, the
couple view, an API read, a calendar feed). It costs one insert. The owner sees their events
at /accounts/access-log/ in the plain words of ``KIND_WORDS``; add a line there for a new kind
(a kind without one is still shown, in general words).

Entries are kept for ``NEARER_ACCESS_LOG_DAYS`` days: the page shows only those, and
:func:`access_log_prune` (run by ``nearer prune``) deletes the older ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from nearer.accounts.models import AccessEvent, User

KIND_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$")
KIND_MAX_LENGTH = 40

# kind -> what happened, after "You" / "Your partner" / a person's address.
KIND_WORDS: dict[str, str] = {
    "export.json": "downloaded a copy of your data",
    "export.pdf": "downloaded a report (PDF)",
    "report.pdf": "downloaded a report (PDF)",
    "couple.view": "opened the couple view",
    "couple.export": "downloaded the couple summary",
    "checkup.results": "opened your check-up results",
    "plan.view": "opened your plan",
    "calendar.feed": "fetched your calendar feed",
    "api.read": "read your data through the API",
}
# Kinds only a partner can open besides the owner, so another person there is "Your partner".
PARTNER_PREFIXES = ("couple.",)


def record_access(*, owner: User, actor: User | None, kind: str) -> None:
    """Note that ``actor`` (None: a private link or token without a signed-in person) read
    ``owner``'s data of ``kind``, a short code such as "export.json" or "couple.view"."""
    if len(kind) > KIND_MAX_LENGTH or not KIND_PATTERN.match(kind):
        raise ValueError(f"access kind must be a short dotted code, not {kind!r}")
    if actor is None:
        role = AccessEvent.Role.LINK
    elif actor.pk == owner.pk:
        role = AccessEvent.Role.SELF
    else:
        role = AccessEvent.Role.PERSON
    AccessEvent.objects.create(owner=owner, actor=actor, role=role, kind=kind)


def access_log_days() -> int:
    days: int = settings.NEARER_ACCESS_LOG_DAYS
    return days


def access_log_cutoff(*, now: datetime | None = None) -> datetime:
    """Entries from before this moment are past the retention period."""
    return (now or timezone.now()) - timedelta(days=access_log_days())


def access_log_events(*, owner: User) -> QuerySet[AccessEvent]:
    """The owner's entries still within the retention period, newest first. Older ones are
    left out even before ``nearer prune`` has deleted them, so the page keeps its word."""
    return (
        AccessEvent.objects.filter(owner=owner, at__gte=access_log_cutoff())
        .select_related("actor")
        .order_by("-at", "-id")
    )


def access_log_prune(*, now: datetime | None = None) -> int:
    """Delete every entry older than the retention period; return how many went."""
    deleted, _ = AccessEvent.objects.filter(at__lt=access_log_cutoff(now=now)).delete()
    return deleted


@dataclass(frozen=True)
class AccessLine:
    event: AccessEvent
    sentence: str


def _who(event: AccessEvent) -> str:
    if event.role == AccessEvent.Role.SELF:
        return "You"
    if event.role == AccessEvent.Role.LINK:
        return "A private link (such as a calendar feed or access token)"
    if event.actor is None:
        return "A person whose account has since closed"
    if event.kind.startswith(PARTNER_PREFIXES):
        return "Your partner"
    return event.actor.email


def access_sentence(event: AccessEvent) -> str:
    what = KIND_WORDS.get(event.kind, f"opened some of your private data ({event.kind})")
    return f"{_who(event)} {what}"


def access_lines(events: list[AccessEvent]) -> list[AccessLine]:
    return [AccessLine(event=event, sentence=access_sentence(event)) for event in events]
