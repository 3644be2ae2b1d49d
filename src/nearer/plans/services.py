"""Plan business logic: make a plan, work through it, reach it from a calendar or email.

Views and commands stay thin and call these. Every function takes the person (or something
already checked to be theirs); none of them ever reads another person's plan.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.core.catalog import Catalog, Practice
from nearer.core.planning import (
    PLAN_DAYS,
    PLAN_WEEKS,
    Session,
    plan_schedule,
    snooze_day,
    swap_options,
    validate_focus,
    week_index,
)
from nearer.plans.models import (
    DEFAULT_CALENDAR_WORDING,
    OPEN_STATUSES,
    Plan,
    PlanPreferences,
    PlanSession,
    SessionStatus,
)
from nearer.web.catalog import site_catalog


class PlanError(ValueError):
    """A change the plan cannot take; the message is fit to show the person."""


# --- Making a plan ------------------------------------------------------------------------------


def plan_create(
    *,
    user: User,
    focus: Sequence[str],
    together: bool,
    with_together_practices: bool = False,
    start: date | None = None,
) -> Plan:
    """Make a six-week plan from 1 to 3 focus barrier slugs, starting ``start`` (today).

    ``together``: the person has a partner following the same plan, so together-practices are
    included. In solo use they are included only if ``with_together_practices`` (someone who
    practises with a partner who does not use Nearer). Any active plan of the person is
    replaced: it stays in their history with the practices they did; what was still open in it
    is removed. Raises ValueError (FocusError) with a readable message for bad focus.
    """
    catalog = site_catalog()
    validate_focus(catalog, focus)
    chosen = [str(slug) for slug in focus]
    include_together = together or with_together_practices
    first_day = start or timezone.localdate()
    schedule = plan_schedule(catalog, chosen, first_day, include_together=include_together)
    with transaction.atomic():
        # Serialise plan changes for one person (two tabs, or a partner's invitation flow).
        User.objects.select_for_update().filter(pk=user.pk).first()
        for old in Plan.objects.select_for_update().filter(user=user, active=True):
            old.sessions.exclude(status=SessionStatus.DONE).delete()
            old.active = False
            old.save(update_fields=["active"])
        plan = Plan.objects.create(
            user=user,
            focus=chosen,
            together=together,
            with_together_practices=include_together,
            start=first_day,
        )
        PlanSession.objects.bulk_create(
            PlanSession(
                plan=plan,
                date=session.day,
                practice_id=session.practice_id,
                together_slot=session.together_slot,
            )
            for session in schedule.sessions
        )
    return plan


def plan_active(*, user: User) -> Plan | None:
    return Plan.objects.filter(user=user, active=True).first()


def plan_end(plan: Plan) -> date:
    return plan.start + timedelta(days=PLAN_DAYS - 1)


def plan_sessions(*, plan: Plan) -> list[PlanSession]:
    return list(plan.sessions.order_by("date", "together_slot", "id"))


def plan_week_number(plan: Plan, today: date) -> int:
    """The plan week (0..5) to show for ``today``: the first before the start, the last after."""
    return min(max(week_index(plan.start, today), 0), PLAN_WEEKS - 1)


def focus_suggestion(*, user: User) -> list[str]:
    """The priorities of the person's latest completed check-up (to prefill the focus form)."""
    latest = (
        Checkup.objects.filter(user=user, completed_at__isnull=False)
        .order_by("-completed_at", "-id")
        .only("profile")
        .first()
    )
    if latest is None or not isinstance(latest.profile, dict):
        return []
    priorities = latest.profile.get("priorities") or []
    known = {b.slug for b in site_catalog().barriers}
    return [slug for slug in priorities if isinstance(slug, str) and slug in known][:3]


# --- Working through it ---------------------------------------------------------------------------


def practice_or_none(catalog: Catalog, practice_id: str) -> Practice | None:
    try:
        return catalog.practice(practice_id)
    except KeyError:
        return None


def _core(catalog: Catalog, session: PlanSession) -> Session | None:
    practice = practice_or_none(catalog, session.practice_id)
    if practice is None:
        return None
    return Session(
        day=session.date,
        practice_id=practice.id,
        barrier=practice.barrier,
        mode=practice.mode,
        minutes=practice.minutes,
        frequency=practice.frequency,
        together_slot=session.together_slot,
    )


def _counting(catalog: Catalog, plan: Plan) -> list[tuple[PlanSession, Session]]:
    """The plan's sessions that take up time (everything but what was set aside)."""
    rows = plan.sessions.exclude(status=SessionStatus.SKIPPED).order_by("date", "id")
    found = []
    for row in rows:
        core = _core(catalog, row)
        if core is not None:
            found.append((row, core))
    return found


def session_for(*, user: User, pk: int) -> PlanSession | None:
    """A session of the person's active plan, or None (the caller answers 404)."""
    return (
        PlanSession.objects.select_related("plan")
        .filter(pk=pk, plan__user=user, plan__active=True)
        .first()
    )


def _locked(session: PlanSession) -> PlanSession:
    return PlanSession.objects.select_for_update().select_related("plan").get(pk=session.pk)


def session_mark_done(*, session: PlanSession, now: datetime | None = None) -> PlanSession:
    moment = now or timezone.now()
    today = timezone.localdate(moment)
    with transaction.atomic():
        locked = _locked(session)
        if locked.status == SessionStatus.DONE:
            return locked
        if today < locked.plan.start:
            raise PlanError("Your plan has not started yet; this can be marked done from then.")
        week_end = locked.plan.start + timedelta(
            days=7 * (plan_week_number(locked.plan, today) + 1) - 1
        )
        if locked.date > max(today, week_end):
            raise PlanError("This one is for a later week; it can be marked done then.")
        locked.status = SessionStatus.DONE
        locked.done_at = moment
        locked.save(update_fields=["status", "done_at"])
    return locked


def session_undo(*, session: PlanSession) -> PlanSession:
    with transaction.atomic():
        locked = _locked(session)
        if locked.status != SessionStatus.DONE:
            return locked
        locked.status = SessionStatus.TODO
        locked.done_at = None
        locked.save(update_fields=["status", "done_at"])
    return locked


@dataclass(frozen=True, slots=True)
class SnoozeResult:
    session: PlanSession
    moved_to: date | None  # None: set aside (a daily practice is on the next day already)


def session_snooze(*, session: PlanSession, today: date | None = None) -> SnoozeResult:
    """Move an open session to the next day with room for it (keeping every day within its
    minutes and the practice's frequency); set it aside if no day before the end has room."""
    catalog = site_catalog()
    day = today or timezone.localdate()
    with transaction.atomic():
        locked = _locked(session)
        if not locked.is_open:
            raise PlanError("Only something still to do can be moved.")
        counting = _counting(catalog, locked.plan)
        core = _core(catalog, locked)
        move = None
        if core is not None:
            move = snooze_day(
                [c for _, c in counting],
                core,
                start=locked.plan.start,
                earliest=day,
            )
        if move is None:
            locked.status = SessionStatus.SKIPPED
            locked.save(update_fields=["status"])
            return SnoozeResult(locked, None)
        locked.date = move.day
        locked.together_slot = move.together_slot
        locked.status = SessionStatus.SNOOZED
        locked.save(update_fields=["date", "together_slot", "status"])
    return SnoozeResult(locked, move.day)


def session_swap_options(*, session: PlanSession) -> tuple[Practice, ...]:
    catalog = site_catalog()
    core = _core(catalog, session)
    if core is None or not session.is_open:
        return ()
    # Same barrier and same mode: a solo plan is only ever offered solo practices.
    return swap_options(
        catalog,
        [c for _, c in _counting(catalog, session.plan)],
        core,
        start=session.plan.start,
    )


def session_swap(*, session: PlanSession, practice_id: str) -> PlanSession:
    with transaction.atomic():
        locked = _locked(session)
        allowed = {p.id for p in session_swap_options(session=locked)}
        if practice_id not in allowed:
            raise PlanError("That practice cannot take this one's place on this day.")
        if not locked.swapped_from:
            locked.swapped_from = locked.practice_id
        locked.practice_id = practice_id
        locked.save(update_fields=["practice_id", "swapped_from"])
    return locked


# --- Progress -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekProgress:
    done: int
    minutes: int
    planned: int


def week_progress(*, plan: Plan, week: int) -> WeekProgress:
    catalog = site_catalog()
    first = plan.start + timedelta(days=7 * week)
    rows = plan.sessions.filter(date__gte=first, date__lt=first + timedelta(days=7)).exclude(
        status=SessionStatus.SKIPPED
    )
    done = [r for r in rows if r.status == SessionStatus.DONE]
    minutes = 0
    for row in done:
        practice = practice_or_none(catalog, row.practice_id)
        minutes += practice.minutes if practice else 0
    return WeekProgress(done=len(done), minutes=minutes, planned=len(rows))


# --- Calendar -------------------------------------------------------------------------------------


def preferences_for(*, user: User) -> PlanPreferences:
    prefs, _ = PlanPreferences.objects.get_or_create(user=user)
    return prefs


def calendar_update(
    *, user: User, wording: str, show_names: bool, at: time | None
) -> PlanPreferences:
    clean = " ".join(wording.split())
    if not clean:
        clean = DEFAULT_CALENDAR_WORDING
    if len(clean) > 60:
        raise PlanError("Keep the event wording to 60 characters or fewer.")
    with transaction.atomic():
        prefs = preferences_for(user=user)
        prefs.calendar_wording = clean
        prefs.calendar_show_names = show_names
        prefs.calendar_time = at
        prefs.save(update_fields=["calendar_wording", "calendar_show_names", "calendar_time"])
    return prefs


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def feed_create(*, user: User) -> str:
    """Make a new private feed token (any earlier one stops working) and return it. Only its
    hash is stored, so this is the one moment the token can be shown."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        prefs = preferences_for(user=user)
        prefs.feed_token_hash = _token_hash(token)
        prefs.feed_created_at = timezone.now()
        prefs.save(update_fields=["feed_token_hash", "feed_created_at"])
    return token


def feed_revoke(*, user: User) -> None:
    PlanPreferences.objects.filter(user=user).update(feed_token_hash=None, feed_created_at=None)


def feed_user(*, token: str) -> User | None:
    """The person a feed token belongs to, or None (unknown, revoked or malformed token)."""
    if not 20 <= len(token) <= 100:
        return None
    prefs = (
        PlanPreferences.objects.select_related("user")
        .filter(feed_token_hash=_token_hash(token), user__is_active=True)
        .first()
    )
    return prefs.user if prefs else None


def plan_calendar(*, user: User, now: datetime | None = None) -> bytes:
    """The person's active plan as iCalendar (an empty calendar if there is no plan)."""
    from nearer.plans.calendar import plan_ical

    plan = plan_active(user=user)
    prefs = preferences_for(user=user)
    sessions = plan_sessions(plan=plan) if plan else []
    return plan_ical(
        plan=plan,
        sessions=sessions,
        prefs=prefs,
        catalog=site_catalog(),
        now=now or timezone.now(),
    )


# --- Reminders ------------------------------------------------------------------------------------


def reminders_update(*, user: User, enabled: bool, at: time | None) -> PlanPreferences:
    if enabled and at is None:
        raise PlanError("Pick a time of day for the reminder.")
    with transaction.atomic():
        prefs = preferences_for(user=user)
        prefs.reminders_enabled = enabled
        if at is not None:
            prefs.reminder_time = at
        prefs.save(update_fields=["reminders_enabled", "reminder_time"])
    return prefs


def reminders_due(*, now: datetime) -> list[PlanPreferences]:
    """People whose reminder time has come today (local time), who have not had today's note,
    and who have something still to do today in their active plan."""
    local = timezone.localtime(now)
    today = local.date()
    candidates = (
        PlanPreferences.objects.select_related("user")
        .filter(
            reminders_enabled=True,
            reminder_time__isnull=False,
            reminder_time__lte=local.time(),
            user__is_active=True,
        )
        .exclude(reminder_last_sent=today)
        .order_by("id")
    )
    busy = set(
        PlanSession.objects.filter(
            plan__active=True,
            plan__user__in=[p.user_id for p in candidates],
            date=today,
            status__in=OPEN_STATUSES,
        ).values_list("plan__user_id", flat=True)
    )
    return [p for p in candidates if p.user_id in busy]


def reminders_send(*, now: datetime | None = None, base_url: str) -> int:
    """Send due reminders; each person gets at most one a day, however often this runs."""
    from django.core.mail import send_mail
    from django.template.loader import render_to_string

    moment = now or timezone.now()
    today = timezone.localtime(moment).date()
    sent = 0
    for prefs in reminders_due(now=moment):
        # Claim today's reminder first, so that two runs at once send it only once.
        claimed = (
            PlanPreferences.objects.filter(pk=prefs.pk)
            .exclude(reminder_last_sent=today)
            .update(reminder_last_sent=today)
        )
        if not claimed:
            continue
        context = {"url": base_url.rstrip("/") + "/plan/"}
        subject = render_to_string("plans/email/reminder_subject.txt", context).strip()
        body = render_to_string("plans/email/reminder.txt", context)
        try:
            send_mail(subject, body, None, [prefs.user.email])
        except Exception:
            # Give the next run a chance to send it.
            PlanPreferences.objects.filter(pk=prefs.pk).update(
                reminder_last_sent=prefs.reminder_last_sent
            )
            raise
        sent += 1
    return sent


# --- Export -------------------------------------------------------------------------------------


def plans_export(*, user: User) -> dict[str, object]:
    """This person's plans, sessions and settings (never a partner's; never the feed token)."""
    plans = []
    # Every plan's sessions in one more query, however many plans the person has had.
    ordered = PlanSession.objects.order_by("date", "together_slot", "id")
    rows = (
        Plan.objects.filter(user=user)
        .order_by("created", "id")
        .prefetch_related(Prefetch("sessions", queryset=ordered))
    )
    for plan in rows:
        plans.append(
            {
                "focus": list(plan.focus),
                "together": plan.together,
                "with_together_practices": plan.with_together_practices,
                "start": plan.start.isoformat(),
                "end": plan_end(plan).isoformat(),
                "created": plan.created.isoformat(),
                "active": plan.active,
                "sessions": [
                    {
                        "date": s.date.isoformat(),
                        "practice_id": s.practice_id,
                        "status": s.status,
                        "done_at": s.done_at.isoformat() if s.done_at else None,
                        "swapped_from": s.swapped_from or None,
                        "together_slot": s.together_slot,
                    }
                    for s in plan.sessions.all()
                ],
            }
        )
    prefs = PlanPreferences.objects.filter(user=user).first()
    settings_out: dict[str, object] | None = None
    if prefs is not None:
        settings_out = {
            "calendar_wording": prefs.calendar_wording,
            "calendar_show_names": prefs.calendar_show_names,
            "calendar_time": prefs.calendar_time.isoformat() if prefs.calendar_time else None,
            "calendar_feed_active": prefs.feed_token_hash is not None,
            "calendar_feed_created": (
                prefs.feed_created_at.isoformat() if prefs.feed_created_at else None
            ),
            "reminders_enabled": prefs.reminders_enabled,
            "reminder_time": prefs.reminder_time.isoformat() if prefs.reminder_time else None,
        }
    return {"plans": plans, "plan_settings": settings_out}
