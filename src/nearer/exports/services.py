"""Everything a person owns, out (JSON, PDF) — and gone, on request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone

from nearer.accounts.models import User
from nearer.api.services import api_tokens_export
from nearer.checkins.services import checkins_export
from nearer.checkups.services import checkups_export
from nearer.couples.services import couple_leave, couples_export
from nearer.insight.services import insight_export
from nearer.plans.services import plans_export

EXPORT_FORMAT = "nearer-export"
EXPORT_VERSION = 1

#: Each feature contributes what the person owns in it — never anything of a partner's.
SECTIONS: tuple[tuple[str, Callable[..., Any]], ...] = (
    ("checkups", checkups_export),
    ("together", couples_export),
    ("plans", plans_export),
    ("checkins", checkins_export),
    ("journal", insight_export),
    ("api_tokens", api_tokens_export),
)


def user_export(*, user: User) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "account": {"email": user.email, "date_joined": user.date_joined.isoformat()},
    }
    for name, section in SECTIONS:
        data[name] = section(user=user)
    return data


def user_by_email(email: str) -> User | None:
    return User.objects.filter(email__iexact=email.strip()).first()


def account_delete(*, user: User) -> None:
    """Delete the person and everything they own. A partner is unlinked first and keeps
    everything of their own."""
    with transaction.atomic():
        couple_leave(user=user)
        user.delete()
