"""Weekly check-ins and the progress history. Views stay thin; scoring lives in core.

Every function here reads or writes one person's own data only, and the history is read in a
fixed number of queries whatever its length (one for check-ups, one for check-ins).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkins.models import Checkin
from nearer.checkups.models import Checkup
from nearer.core.catalog import Catalog
from nearer.core.checkin_scoring import (
    TrendPoint,
    checkin_scores_json,
    checkin_suggested,
    score_checkin,
    trend_point,
    validate_checkin_answers,
)
from nearer.core.scoring import AnswerError
from nearer.core.trend_chart import barrier_trends_svg, satisfaction_trend_svg


class EmptyCheckinError(AnswerError):
    """A check-in with no answers at all: there is nothing to save."""


def _today(today: date | None) -> date:
    return today if today is not None else timezone.localdate()


def checkin_for_day(*, user: User, day: date | None = None) -> Checkin | None:
    """The person's check-in for ``day`` (today by default), if there is one."""
    return Checkin.objects.filter(user=user, day=_today(day)).first()


def checkin_save(
    *, catalog: Catalog, user: User, answers: Mapping[str, object], day: date | None = None
) -> tuple[Checkin, bool]:
    """Save today's check-in in one transaction; a second one on the same day replaces the
    first one's answers. Returns ``(check-in, created)``.

    Raises :class:`AnswerError` for unknown items or values off the scale, and
    :class:`EmptyCheckinError` when nothing was answered. Nothing is saved in either case.
    """
    clean = validate_checkin_answers(catalog, answers)
    if not clean:
        raise EmptyCheckinError("a check-in needs at least one answer")
    scores = checkin_scores_json(score_checkin(catalog, clean))
    with transaction.atomic():
        checkin, created = Checkin.objects.update_or_create(
            user=user,
            day=_today(day),
            defaults={"answers": dict(sorted(clean.items())), "scores": scores},
        )
    return checkin, created


def checkin_delete(*, user: User, checkin: Checkin) -> None:
    """Remove one of the person's own check-ins."""
    if checkin.user_id != user.pk:
        raise PermissionError("not this person's check-in")
    with transaction.atomic():
        Checkin.objects.filter(pk=checkin.pk, user=user).delete()


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    """A point on the progress charts, with the record it came from (for links)."""

    point: TrendPoint
    pk: int

    @property
    def is_checkup(self) -> bool:
        return self.point.kind == "checkup"


def progress_history(*, catalog: Catalog, user: User) -> tuple[ProgressEntry, ...]:
    """Finished check-ups and check-ins, oldest first, in two queries.

    Check-ups are read from their stored ``profile`` (never re-scored); check-ins from the
    scores fixed when they were saved.
    """
    keyed: list[tuple[datetime, ProgressEntry]] = []
    checkups = (
        Checkup.objects.filter(user=user, completed_at__isnull=False)
        .only("id", "completed_at", "profile")
        .order_by("completed_at", "id")
    )
    for checkup in checkups:
        assert checkup.completed_at is not None
        point = trend_point(
            catalog,
            day=timezone.localdate(checkup.completed_at),
            kind="checkup",
            scores=checkup.profile,
        )
        keyed.append((checkup.completed_at, ProgressEntry(point, checkup.pk)))
    checkins = (
        Checkin.objects.filter(user=user).only("id", "day", "updated_at", "scores").order_by("day")
    )
    for checkin in checkins:
        point = trend_point(catalog, day=checkin.day, kind="checkin", scores=checkin.scores)
        keyed.append((checkin.updated_at, ProgressEntry(point, checkin.pk)))
    # By day, then by time within a day (a check-up and a check-in may share a day).
    keyed.sort(key=lambda pair: (pair[1].point.day, pair[0]))
    return tuple(entry for _, entry in keyed)


def progress_suggests_checkin(
    *, entries: tuple[ProgressEntry, ...], today: date | None = None
) -> bool:
    """Suggest a check-in when the latest check-in or check-up is six or more days old."""
    latest = max((entry.point.day for entry in entries), default=None)
    return checkin_suggested(latest, _today(today))


def checkin_due(*, user: User, today: date | None = None) -> bool:
    """Whether to suggest a weekly check-in (for pages other than progress): two queries."""
    latest_checkin = (
        Checkin.objects.filter(user=user).order_by("-day").values_list("day", flat=True).first()
    )
    latest_checkup = (
        Checkup.objects.filter(user=user, completed_at__isnull=False)
        .order_by("-completed_at")
        .values_list("completed_at", flat=True)
        .first()
    )
    days = [latest_checkin] if latest_checkin else []
    if latest_checkup is not None:
        days.append(timezone.localdate(latest_checkup))
    return checkin_suggested(max(days, default=None), _today(today))


def checkins_export(*, user: User) -> dict[str, Any]:
    """Everything the person's check-ins hold, for their own JSON export (theirs only)."""
    rows = Checkin.objects.filter(user=user).order_by("day", "id")
    return {
        "checkins": [
            {
                "day": checkin.day.isoformat(),
                "created_at": checkin.created_at.isoformat(),
                "updated_at": checkin.updated_at.isoformat(),
                "answers": dict(checkin.answers),
                "scores": checkin.scores,
            }
            for checkin in rows
        ]
    }


# --- Charts (shared by the progress page and the PDF report) ------------------------------


def _chart_inputs(entries: tuple[ProgressEntry, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (
        tuple(entry.point.day.isoformat() for entry in entries),
        tuple(entry.point.kind for entry in entries),
    )


def progress_barriers_svg(*, catalog: Catalog, entries: tuple[ProgressEntry, ...]) -> str:
    days, kinds = _chart_inputs(entries)
    series = tuple(
        tuple(entry.point.barriers[index] for entry in entries)
        for index in range(len(catalog.barriers))
    )
    return barrier_trends_svg(tuple(b.title for b in catalog.barriers), days, kinds, series)


def progress_satisfaction_svg(*, entries: tuple[ProgressEntry, ...]) -> str:
    days, kinds = _chart_inputs(entries)
    return satisfaction_trend_svg(days, kinds, tuple(entry.point.satisfaction for entry in entries))
