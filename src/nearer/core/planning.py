"""Six-week practice plans: pure, deterministic, framework-free.

From up to three focus barriers, the catalog, a start date and whether together-practices are
included, :func:`plan_schedule` lays out 42 days of short practice sessions.

Rules (each one is checked by a property test in ``tests/plans/test_planning.py``):

* **A few minutes a day.** Ordinary sessions on one day add up to at most
  ``Limits.weekday_minutes`` (Monday to Friday) or ``Limits.weekend_minutes``. On Saturday and
  Sunday there is also one longer *together slot* (at most ``Limits.together_slot_minutes``)
  for a weekly or one-off together practice, such as a date or a longer talk.
* **Frequencies.** A ``daily`` practice, in a week where it is chosen, is on every day of that
  week. A ``few-times-a-week`` practice is on two or three days of the week, never two days in
  a row. A ``weekly`` practice is on one day of the week. A ``once`` practice happens once in
  the whole plan. No practice is on the same day twice.
* **Balance.** Every focus barrier has at least one practice every week. The barriers take
  turns choosing (round robin) and share the week's ordinary minutes equally; each session
  goes on the least busy day that fits, so the week stays even.
* **Progression.** Practices are ranked from short to long. Week 1 uses the shortest ones of
  each barrier; the others come in over weeks 2 to 5, and week 6 revisits what was introduced.
* **Together.** With together-practices, each barrier mixes solo and together practices in a
  week where it can; without them, only solo practices are planned.
* **Deterministic.** The same focus (in any order), start date and mode always give the same
  schedule, so two partners with the same focus and start date do their together-practices on
  the same days.

Snoozing and swapping a session later keep to the same rules (:func:`snooze_day`,
:func:`swap_options`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations, pairwise

from nearer.core.catalog import Barrier, Catalog, Mode, Practice

PLAN_WEEKS = 6
PLAN_DAYS = PLAN_WEEKS * 7
MAX_FOCUS = 3
FREQUENCIES = ("daily", "few-times-a-week", "weekly", "once")
#: Weeks over which the practices beyond the first week's are introduced (weeks 2 to 5).
_INTRODUCTION_WEEKS = 4


class FocusError(ValueError):
    """Focus barriers that cannot make a plan (none, too many, unknown or repeated)."""


@dataclass(frozen=True, slots=True)
class Limits:
    weekday_minutes: int = 20
    weekend_minutes: int = 30
    together_slot_minutes: int = 90
    few_times_per_week: int = 3

    def day_minutes(self, day: date) -> int:
        """The cap on ordinary (non-slot) minutes that day."""
        return self.weekend_minutes if is_weekend(day) else self.weekday_minutes


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Session:
    """One practice on one day. ``together_slot`` marks the longer weekend together time."""

    day: date
    practice_id: str
    barrier: str
    mode: Mode
    minutes: int
    frequency: str
    together_slot: bool = False


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    sessions: tuple[Session, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)

    @property
    def ordinary_minutes(self) -> int:
        return sum(s.minutes for s in self.sessions if not s.together_slot)


@dataclass(frozen=True, slots=True)
class Schedule:
    start: date
    focus: tuple[str, ...]  # catalog order
    include_together: bool
    days: tuple[Day, ...]

    @property
    def sessions(self) -> tuple[Session, ...]:
        return tuple(s for d in self.days for s in d.sessions)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=PLAN_DAYS - 1)

    def week(self, index: int) -> tuple[Day, ...]:
        return self.days[index * 7 : index * 7 + 7]


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def week_index(start: date, day: date) -> int:
    """The plan week (0..5) that ``day`` falls in, counting from the plan's start date."""
    return (day - start).days // 7


def validate_focus(catalog: Catalog, focus: Sequence[str]) -> tuple[str, ...]:
    """Check 1 to 3 distinct, known barrier slugs; return them in catalog order.

    Raises :class:`FocusError` with a message fit to show a person.
    """
    if isinstance(focus, str):
        raise FocusError("Focus barriers must be a list of barrier names, not one string.")
    chosen = [str(slug) for slug in focus]
    if not chosen:
        raise FocusError("Choose at least one barrier to focus on.")
    if len(chosen) > MAX_FOCUS:
        raise FocusError(f"Choose at most {MAX_FOCUS} barriers to focus on; {len(chosen)} given.")
    known = [b.slug for b in catalog.barriers]
    unknown = [slug for slug in chosen if slug not in known]
    if unknown:
        raise FocusError(f"Unknown barrier: {', '.join(repr(s[:60]) for s in unknown)}.")
    if len(set(chosen)) != len(chosen):
        raise FocusError("Each barrier can be chosen only once.")
    return tuple(slug for slug in known if slug in chosen)


def practices_per_week(focus_count: int) -> int:
    """How many different practices each focus barrier gets in a week (fewer with more focus)."""
    return max(2, 5 - focus_count)


def eligible_practices(
    barrier: Barrier, *, include_together: bool, limits: Limits = DEFAULT_LIMITS
) -> tuple[Practice, ...]:
    """The barrier's practices that can be planned, easiest (shortest) first."""
    ordinary = min(limits.weekday_minutes, limits.weekend_minutes)
    found = []
    for index, practice in enumerate(barrier.practices):
        if practice.mode == "together" and not include_together:
            continue
        fits = practice.minutes <= ordinary or (
            practice.mode == "together"
            and practice.frequency in ("weekly", "once")
            and practice.minutes <= limits.together_slot_minutes
        )
        if fits:
            found.append((practice.minutes, index, practice))
    ranked = [practice for _, _, practice in sorted(found, key=lambda t: (t[0], t[1]))]
    # Alternate solo and together (shortest first within each), so that every stage of the
    # plan, the first week included, mixes the two.
    by_mode = [[p for p in ranked if p.mode == mode] for mode in ("solo", "together")]
    mixed: list[Practice] = []
    while any(by_mode):
        heads = sorted((m[0].minutes, ranked.index(m[0]), n) for n, m in enumerate(by_mode) if m)
        for _, _, n in heads:
            mixed.append(by_mode[n].pop(0))
    return tuple(mixed)


def introduction_weeks(pool: Sequence[Practice], per_week: int) -> dict[str, int]:
    """The week each practice first comes in: the easiest ``per_week`` in week 0, the rest
    spread over weeks 1 to 4 in order of length."""
    later = max(1, len(pool) - per_week)
    return {
        practice.id: 0 if rank < per_week else 1 + (rank - per_week) * _INTRODUCTION_WEEKS // later
        for rank, practice in enumerate(pool)
    }


class _Board:
    """Day loads while a schedule is being built or changed."""

    def __init__(self, start: date, days: int, limits: Limits) -> None:
        self.start = start
        self.limits = limits
        self.days = [start + timedelta(days=i) for i in range(days)]
        self.ordinary = [0] * days
        self.slot_taken = [False] * days
        self.by_day: list[list[Session]] = [[] for _ in range(days)]
        self.practice_days: defaultdict[str, set[int]] = defaultdict(set)

    def add(self, session: Session) -> None:
        index = (session.day - self.start).days
        self.by_day[index].append(session)
        self.practice_days[session.practice_id].add(index)
        if session.together_slot:
            self.slot_taken[index] = True
        else:
            self.ordinary[index] += session.minutes

    def room(self, index: int) -> int:
        return self.limits.day_minutes(self.days[index]) - self.ordinary[index]

    def slot_free(self, index: int, practice: Practice) -> bool:
        return (
            is_weekend(self.days[index])
            and not self.slot_taken[index]
            and practice.mode == "together"
            and practice.frequency in ("weekly", "once")
            and practice.minutes <= self.limits.together_slot_minutes
        )

    def has(self, practice_id: str, index: int) -> bool:
        return index in self.practice_days[practice_id]

    def fits_ordinary(self, practice: Practice, index: int) -> bool:
        return practice.minutes <= self.room(index) and not self.has(practice.id, index)

    def session(self, practice: Practice, index: int, *, slot: bool = False) -> Session:
        return Session(
            day=self.days[index],
            practice_id=practice.id,
            barrier=practice.barrier,
            mode=practice.mode,
            minutes=practice.minutes,
            frequency=practice.frequency,
            together_slot=slot,
        )


def _spread_patterns(days: Sequence[int], size: int) -> list[tuple[int, ...]]:
    return [
        combo for combo in combinations(days, size) if all(b - a >= 2 for a, b in pairwise(combo))
    ]


def _placement(board: _Board, practice: Practice, week: range) -> list[Session]:
    """Where ``practice`` would go in ``week`` (day indexes), or [] if it does not fit."""
    if practice.frequency == "daily":
        if all(board.fits_ordinary(practice, i) for i in week):
            return [board.session(practice, i) for i in week]
        return []
    if practice.frequency == "few-times-a-week":
        for size in range(board.limits.few_times_per_week, 1, -1):
            options = []
            for pattern in _spread_patterns(list(week), size):
                ok = all(
                    board.fits_ordinary(practice, i)
                    and not board.has(practice.id, i - 1)
                    and not board.has(practice.id, i + 1)
                    for i in pattern
                )
                if ok:
                    load = sorted((board.ordinary[i] for i in pattern), reverse=True)
                    options.append((load, pattern))
            if options:
                _, best = min(options)
                return [board.session(practice, i) for i in best]
        return []
    # weekly and once: the weekend together slot for together-practices, else the least busy day.
    for i in week:
        if board.slot_free(i, practice) and not board.has(practice.id, i):
            return [board.session(practice, i, slot=True)]
    fitting = [(board.ordinary[i], i) for i in week if board.fits_ordinary(practice, i)]
    if fitting:
        return [board.session(practice, min(fitting)[1])]
    return []


def _ordinary_minutes(sessions: Iterable[Session]) -> int:
    return sum(s.minutes for s in sessions if not s.together_slot)


class _Planner:
    """Builds one schedule week by week (see the module's rules)."""

    def __init__(
        self,
        catalog: Catalog,
        slugs: tuple[str, ...],
        start: date,
        include_together: bool,
        limits: Limits,
    ) -> None:
        self.slugs = slugs
        self.include_together = include_together
        self.per_week = practices_per_week(len(slugs))
        self.pools = {
            slug: eligible_practices(
                catalog.barrier(slug), include_together=include_together, limits=limits
            )
            for slug in slugs
        }
        self.rank = {p.id: r for pool in self.pools.values() for r, p in enumerate(pool)}
        self.intro = {
            p_id: week
            for pool in self.pools.values()
            for p_id, week in introduction_weeks(pool, self.per_week).items()
        }
        self.board = _Board(start, PLAN_DAYS, limits)
        self.weeks_used: Counter[str] = Counter()
        self.once_done: set[str] = set()
        # Per week:
        self.week_number = 0
        self.week = range(0)
        self.budget: dict[str, int] = {}
        self.picked: dict[str, list[Practice]] = {}

    def candidates(self, slug: str, *, any_week: bool = False) -> list[Practice]:
        modes = {p.mode for p in self.picked[slug]}
        chosen = {p.id for p in self.picked[slug]}
        found = [
            p
            for p in self.pools[slug]
            if p.id not in chosen
            and p.id not in self.once_done
            and (any_week or self.intro[p.id] <= self.week_number)
        ]
        return sorted(
            found,
            key=lambda p: (
                1 if self.include_together and p.mode in modes else 0,
                0 if self.intro[p.id] == self.week_number else 1,
                self.weeks_used[p.id],
                self.rank[p.id],
            ),
        )

    def try_place(self, slug: str, options: Sequence[Practice], *, over_budget: bool) -> bool:
        for practice in options:
            sessions = _placement(self.board, practice, self.week)
            cost = _ordinary_minutes(sessions)
            if sessions and (over_budget or cost <= self.budget[slug]):
                for session in sessions:
                    self.board.add(session)
                self.budget[slug] -= cost
                self.picked[slug].append(practice)
                self.weeks_used[practice.id] += 1
                if practice.frequency == "once":
                    self.once_done.add(practice.id)
                return True
        return False

    def plan_week(self, week_number: int) -> None:
        board = self.board
        self.week_number = week_number
        self.week = range(week_number * 7, week_number * 7 + 7)
        capacity = sum(board.limits.day_minutes(board.days[i]) for i in self.week)
        self.budget = {slug: capacity // len(self.slugs) for slug in self.slugs}
        self.picked = {slug: [] for slug in self.slugs}
        stuck: set[str] = set()
        for turn in range(self.per_week):
            # Whoever comes next with a daily practice goes first: a daily practice needs room
            # on all seven days, a weekly one only on one.
            turn_order = sorted(
                self.slugs,
                key=lambda slug: next(
                    (FREQUENCIES.index(p.frequency) for p in self.candidates(slug)), 0
                ),
            )
            for slug in turn_order:
                if slug in stuck:
                    continue
                placed = self.try_place(slug, self.candidates(slug), over_budget=False)
                if not placed and turn == 0:
                    # Every focus barrier is present every week, even if that means bringing
                    # in a practice before its turn or going over the barrier's share.
                    placed = any(
                        self.try_place(
                            slug, self.candidates(slug, any_week=any_week), over_budget=over
                        )
                        for over, any_week in ((False, True), (True, False), (True, True))
                    )
                if not placed:
                    stuck.add(slug)

    def schedule(self) -> tuple[Day, ...]:
        for week_number in range(PLAN_WEEKS):
            self.plan_week(week_number)
        order = {slug: n for n, slug in enumerate(self.slugs)}
        board = self.board
        return tuple(
            Day(
                board.days[i],
                tuple(
                    sorted(
                        board.by_day[i],
                        key=lambda s: (s.together_slot, order[s.barrier], s.minutes, s.practice_id),
                    )
                ),
            )
            for i in range(PLAN_DAYS)
        )


def plan_schedule(
    catalog: Catalog,
    focus: Sequence[str],
    start: date,
    *,
    include_together: bool,
    limits: Limits = DEFAULT_LIMITS,
) -> Schedule:
    """Lay out a six-week schedule. Raises :class:`FocusError` for bad focus barriers."""
    slugs = validate_focus(catalog, focus)
    days = _Planner(catalog, slugs, start, include_together, limits).schedule()
    return Schedule(start=start, focus=slugs, include_together=include_together, days=days)


# --- Changing a plan after it is made ------------------------------------------------------------


def _board_for(sessions: Iterable[Session], start: date, limits: Limits) -> _Board:
    board = _Board(start, PLAN_DAYS, limits)
    for session in sessions:
        if 0 <= (session.day - start).days < PLAN_DAYS:
            board.add(session)
    return board


def _week_count(board: _Board, practice_id: str, week: int) -> int:
    return sum(1 for i in board.practice_days[practice_id] if i // 7 == week)


@dataclass(frozen=True, slots=True)
class Move:
    day: date
    together_slot: bool


def snooze_day(
    sessions: Sequence[Session],
    session: Session,
    *,
    start: date,
    earliest: date,
    limits: Limits = DEFAULT_LIMITS,
) -> Move | None:
    """The first day from ``earliest`` (and after the session's own day) where the session can
    move without going over a day's minutes or the practice's frequency; None if there is none
    before the plan ends. A daily practice never moves: it is on the next day already.

    ``sessions`` are the plan's sessions that still count (not set aside), including
    ``session`` itself.
    """
    if session.frequency == "daily":
        return None
    others = list(sessions)
    if session in others:
        others.remove(session)
    board = _board_for(others, start, limits)
    practice_like = Practice(
        id=session.practice_id,
        barrier=session.barrier,
        title="",
        why="",
        steps=(),
        mode=session.mode,
        minutes=session.minutes,
        frequency=session.frequency,
    )
    first = max((earliest - start).days, (session.day - start).days + 1, 0)
    for index in range(first, PLAN_DAYS):
        if board.has(session.practice_id, index):
            continue
        week = index // 7
        used = _week_count(board, session.practice_id, week)
        if session.frequency == "weekly" and used >= 1:
            continue
        if session.frequency == "few-times-a-week" and used >= limits.few_times_per_week:
            continue
        if session.together_slot and board.slot_free(index, practice_like):
            return Move(board.days[index], together_slot=True)
        if practice_like.minutes <= board.room(index):
            return Move(board.days[index], together_slot=False)
    return None


def swap_options(
    catalog: Catalog,
    sessions: Sequence[Session],
    session: Session,
    *,
    start: date,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Practice, ...]:
    """Practices of the same barrier and mode that can take this session's place on its day,
    keeping the day's minutes and each practice's frequency; easiest first."""
    others = list(sessions)
    if session in others:
        others.remove(session)
    board = _board_for(others, start, limits)
    index = (session.day - start).days
    if not 0 <= index < PLAN_DAYS:
        return ()
    week = index // 7
    barrier = catalog.barrier(session.barrier)
    options = []
    for practice in eligible_practices(barrier, include_together=True, limits=limits):
        if practice.id == session.practice_id or practice.mode != session.mode:
            continue
        if board.has(practice.id, index):
            continue
        used = _week_count(board, practice.id, week)
        if practice.frequency == "once" and board.practice_days[practice.id]:
            continue
        if practice.frequency == "weekly" and used >= 1:
            continue
        if practice.frequency == "few-times-a-week" and used >= limits.few_times_per_week:
            continue
        if session.together_slot:
            fits = practice.minutes <= limits.together_slot_minutes
        else:
            fits = practice.minutes <= board.room(index)
        if fits:
            options.append(practice)
    return tuple(options)
