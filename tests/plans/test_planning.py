"""The core planner's promises, as properties over every focus, start date and mode."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.catalog import BARRIER_SLUGS, default_catalog
from nearer.core.planning import (
    DEFAULT_LIMITS,
    PLAN_DAYS,
    PLAN_WEEKS,
    FocusError,
    Limits,
    Schedule,
    eligible_practices,
    introduction_weeks,
    is_weekend,
    plan_schedule,
    practices_per_week,
    snooze_day,
    swap_options,
    validate_focus,
    week_index,
)

CATALOG = default_catalog()

focus_lists = st.lists(st.sampled_from(BARRIER_SLUGS), min_size=1, max_size=3, unique=True)
starts = st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 12, 31))
limits = st.builds(
    Limits,
    weekday_minutes=st.integers(min_value=20, max_value=40),
    weekend_minutes=st.integers(min_value=20, max_value=60),
    together_slot_minutes=st.integers(min_value=30, max_value=120),
)


def _check_caps(schedule: Schedule, rules: Limits = DEFAULT_LIMITS) -> None:
    for day in schedule.days:
        assert day.ordinary_minutes <= rules.day_minutes(day.day), day
        slots = [s for s in day.sessions if s.together_slot]
        assert len(slots) <= 1
        for slot in slots:
            assert is_weekend(day.day)
            assert slot.mode == "together"
            assert slot.frequency in ("weekly", "once")
            assert slot.minutes <= rules.together_slot_minutes
        ids = [s.practice_id for s in day.sessions]
        assert len(ids) == len(set(ids)), "a practice twice on one day"


@settings(max_examples=150, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans())
def test_a_plan_always_has_forty_two_consecutive_days(
    focus: list[str], start: date, together: bool
) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=together)
    assert len(schedule.days) == PLAN_DAYS == 42
    assert [d.day for d in schedule.days] == [start + timedelta(days=i) for i in range(42)]
    assert schedule.end == start + timedelta(days=41)
    assert all(start <= s.day <= schedule.end for s in schedule.sessions)


@settings(max_examples=150, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans())
def test_no_day_goes_over_its_minutes(focus: list[str], start: date, together: bool) -> None:
    _check_caps(plan_schedule(CATALOG, focus, start, include_together=together))


@settings(max_examples=60, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans(), rules=limits)
def test_no_day_goes_over_its_minutes_whatever_the_limits(
    focus: list[str], start: date, together: bool, rules: Limits
) -> None:
    _check_caps(
        plan_schedule(CATALOG, focus, start, include_together=together, limits=rules), rules
    )


def test_weekdays_stay_at_twenty_minutes_or_less_by_default() -> None:
    assert DEFAULT_LIMITS.weekday_minutes <= 20
    assert DEFAULT_LIMITS.together_slot_minutes > DEFAULT_LIMITS.weekend_minutes


@settings(max_examples=150, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans())
def test_every_focus_barrier_is_in_every_week(
    focus: list[str], start: date, together: bool
) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=together)
    for week in range(PLAN_WEEKS):
        present = {s.barrier for d in schedule.week(week) for s in d.sessions}
        assert present == set(focus), (week, present)


@settings(max_examples=150, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans())
def test_each_practice_keeps_to_its_frequency(
    focus: list[str], start: date, together: bool
) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=together)
    whole_plan = Counter(s.practice_id for s in schedule.sessions)
    days_of = {
        pid: {s.day for s in schedule.sessions if s.practice_id == pid} for pid in whole_plan
    }
    for week in range(PLAN_WEEKS):
        in_week = Counter(s.practice_id for d in schedule.week(week) for s in d.sessions)
        for session in (s for d in schedule.week(week) for s in d.sessions):
            count = in_week[session.practice_id]
            if session.frequency == "daily":
                assert count == 7
            elif session.frequency == "few-times-a-week":
                assert 2 <= count <= DEFAULT_LIMITS.few_times_per_week
                assert session.day + timedelta(days=1) not in days_of[session.practice_id]
            elif session.frequency == "weekly":
                assert count == 1
            else:
                assert session.frequency == "once"
                assert whole_plan[session.practice_id] == 1


@settings(max_examples=100, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans())
def test_the_same_inputs_give_the_same_plan(focus: list[str], start: date, together: bool) -> None:
    first = plan_schedule(CATALOG, focus, start, include_together=together)
    again = plan_schedule(CATALOG, list(focus), start, include_together=together)
    assert first == again


@settings(max_examples=100, deadline=None)
@given(focus=focus_lists, start=starts, data=st.data())
def test_two_partners_with_the_same_focus_get_together_practices_on_the_same_days(
    focus: list[str], start: date, data: st.DataObject
) -> None:
    # The partners may have ticked the barriers in a different order.
    other_order = data.draw(st.permutations(focus))
    mine = plan_schedule(CATALOG, focus, start, include_together=True)
    theirs = plan_schedule(CATALOG, other_order, start, include_together=True)
    assert mine == theirs

    def together_days(schedule: Schedule) -> list[tuple[date, str]]:
        return [(s.day, s.practice_id) for s in schedule.sessions if s.mode == "together"]

    assert together_days(mine) == together_days(theirs)


@settings(max_examples=100, deadline=None)
@given(focus=focus_lists, start=starts)
def test_solo_plans_have_only_solo_practices(focus: list[str], start: date) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=False)
    assert schedule.sessions
    assert {s.mode for s in schedule.sessions} == {"solo"}


@settings(max_examples=100, deadline=None)
@given(focus=focus_lists, start=starts)
def test_plans_with_a_partner_mix_solo_and_together(focus: list[str], start: date) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=True)
    assert {s.mode for s in schedule.sessions} == {"solo", "together"}


@settings(max_examples=100, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans())
def test_the_first_week_starts_with_the_easiest_practices_and_the_rest_come_later(
    focus: list[str], start: date, together: bool
) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=together)
    introduced: dict[str, int] = {}
    for slug in focus:
        pool = eligible_practices(CATALOG.barrier(slug), include_together=together)
        introduced |= introduction_weeks(pool, practices_per_week(len(focus)))
    first_seen: dict[str, int] = {}
    for session in schedule.sessions:
        first_seen.setdefault(session.practice_id, week_index(start, session.day))
    for practice_id, week in first_seen.items():
        assert week >= introduced[practice_id], practice_id
    for slug in focus:
        pool = eligible_practices(CATALOG.barrier(slug), include_together=together)
        week_one = {s.practice_id for d in schedule.week(0) for s in d.sessions}
        # The shortest practice of each focus barrier is part of week 1.
        assert pool[0].id in week_one


def test_the_easiest_come_first_and_the_rest_are_introduced_over_weeks_two_to_five() -> None:
    pool = eligible_practices(CATALOG.barrier("lack-of-communication"), include_together=True)
    weeks = introduction_weeks(pool, 2)
    assert [weeks[p.id] for p in pool] == sorted(weeks[p.id] for p in pool)
    assert min(weeks.values()) == 0
    assert max(weeks.values()) <= 4
    solo_minutes = [p.minutes for p in pool if p.mode == "solo"]
    assert solo_minutes == sorted(solo_minutes)


@pytest.mark.parametrize(
    ("focus", "message"),
    [
        ([], "at least one"),
        (
            ["fear-of-conflict", "emotional-burnout", "fear-of-rejection", "comparing-to-others"],
            "at most 3",
        ),
        (["not-a-barrier"], "Unknown barrier"),
        (["fear-of-conflict", "fear-of-conflict"], "only once"),
        ("fear-of-conflict", "not one string"),
    ],
)
def test_bad_focus_is_refused_with_a_clear_message(focus: list[str], message: str) -> None:
    with pytest.raises(FocusError, match=message):
        validate_focus(CATALOG, focus)
    with pytest.raises(ValueError, match=message):
        plan_schedule(CATALOG, focus, date(2026, 1, 5), include_together=False)


def test_focus_comes_back_in_catalog_order() -> None:
    assert validate_focus(CATALOG, ["emotional-burnout", "fear-of-vulnerability"]) == (
        "fear-of-vulnerability",
        "emotional-burnout",
    )


# --- Changing a plan --------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans(), data=st.data())
def test_snoozing_keeps_every_day_within_its_minutes_and_frequencies(
    focus: list[str], start: date, together: bool, data: st.DataObject
) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=together)
    session = data.draw(st.sampled_from(schedule.sessions))
    sessions = list(schedule.sessions)
    move = snooze_day(sessions, session, start=start, earliest=session.day)
    if session.frequency == "daily":
        assert move is None
        return
    if move is None:
        return
    assert move.day > session.day
    moved = replace(session, day=move.day, together_slot=move.together_slot)
    sessions[sessions.index(session)] = moved
    by_day = {d.day: [s for s in sessions if s.day == d.day] for d in schedule.days}
    for day, on_day in by_day.items():
        assert sum(s.minutes for s in on_day if not s.together_slot) <= (
            DEFAULT_LIMITS.day_minutes(day)
        )
        assert sum(1 for s in on_day if s.together_slot) <= 1
        assert len({s.practice_id for s in on_day}) == len(on_day)
    week = week_index(start, move.day)
    same_week = [
        s
        for s in sessions
        if s.practice_id == session.practice_id and week_index(start, s.day) == week
    ]
    if session.frequency == "weekly":
        assert len(same_week) == 1
    if session.frequency == "few-times-a-week":
        assert len(same_week) <= DEFAULT_LIMITS.few_times_per_week


@settings(max_examples=80, deadline=None)
@given(focus=focus_lists, start=starts, together=st.booleans(), data=st.data())
def test_swap_options_share_barrier_and_mode_and_fit_the_day(
    focus: list[str], start: date, together: bool, data: st.DataObject
) -> None:
    schedule = plan_schedule(CATALOG, focus, start, include_together=together)
    session = data.draw(st.sampled_from(schedule.sessions))
    options = swap_options(CATALOG, schedule.sessions, session, start=start)
    day = next(d for d in schedule.days if d.day == session.day)
    for practice in options:
        assert practice.barrier == session.barrier
        assert practice.mode == session.mode
        assert practice.id != session.practice_id
        assert practice.id not in {s.practice_id for s in day.sessions}
        if not session.together_slot:
            room = DEFAULT_LIMITS.day_minutes(day.day) - day.ordinary_minutes + session.minutes
            assert practice.minutes <= room
        if practice.frequency == "once":
            assert all(s.practice_id != practice.id for s in schedule.sessions)
