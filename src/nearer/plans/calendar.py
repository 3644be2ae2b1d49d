"""A plan as iCalendar: one event per day that has practices.

The text stays neutral by default, because a calendar is often seen on a shared screen or a
lock screen: every event is called the person's chosen wording ("Personal time") and says
nothing more, unless they asked to see practice names. The calendar's own name is the same
wording, and nothing in the file names Nearer, a barrier or a partner.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event, vDuration

from nearer.core.catalog import Catalog
from nearer.plans.models import Plan, PlanPreferences, PlanSession, SessionStatus

PRODID = "-//Planner//Calendar 1.0//EN"
UID_DOMAIN = "planner.invalid"
REFRESH = timedelta(hours=6)


def event_uid(plan: Plan, day: date) -> str:
    """Stable for a plan and a day, so a calendar app updates the event instead of adding one."""
    return f"{plan.uid.hex}-{day:%Y%m%d}@{UID_DOMAIN}"


def plan_ical(
    *,
    plan: Plan | None,
    sessions: Sequence[PlanSession],
    prefs: PlanPreferences,
    catalog: Catalog,
    now: datetime,
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", prefs.calendar_wording)
    calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))

    by_day: defaultdict[date, list[PlanSession]] = defaultdict(list)
    for session in sessions:
        if session.status != SessionStatus.SKIPPED:
            by_day[session.date].append(session)

    stamp = now.replace(microsecond=0)
    if plan is not None:
        for day in sorted(by_day):
            calendar.add_component(_event(plan, day, by_day[day], prefs, catalog, stamp))
    return bytes(calendar.to_ical())


def _event(
    plan: Plan,
    day: date,
    sessions: Sequence[PlanSession],
    prefs: PlanPreferences,
    catalog: Catalog,
    stamp: datetime,
) -> Event:
    event = Event()
    event.add("uid", event_uid(plan, day))
    event.add("dtstamp", stamp)
    minutes = 0
    titles, lines = [], []
    for session in sessions:
        try:
            practice = catalog.practice(session.practice_id)
        except KeyError:
            continue
        minutes += practice.minutes
        titles.append(practice.title)
        lines.append(f"{practice.title} ({practice.minutes} min)")
    if prefs.calendar_show_names and titles:
        event.add("summary", f"{prefs.calendar_wording}: {', '.join(titles)}")
    else:
        event.add("summary", prefs.calendar_wording)
    if prefs.calendar_time is None:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    else:
        # Floating local time: the event is at the picked time wherever the calendar is.
        start = datetime.combine(day, prefs.calendar_time)
        event.add("dtstart", start)
        event.add("duration", timedelta(minutes=max(minutes, 5)))
        event.add("transp", "OPAQUE")
    if prefs.calendar_show_names and lines:
        event.add("description", "\n".join(lines))
    event.add("class", "PRIVATE")
    return event
