"""Scoring a check-up: barrier scores, bands, priorities and the answers behind each score.

Rules (all data-driven through the catalog):

* An answer is 1..5 on the agreement scale. Each item has ``keyed`` 1 (agreeing signals the
  barrier) or -1 (agreeing signals its absence). An answer's *points* toward its barrier are
  ``answer - 1`` for keyed 1 and ``5 - answer`` for keyed -1, so 0..4.
* A barrier's score is the mean of its answered items' points, scaled to 0..100 and rounded
  half up: ``floor(100 * sum / (4 * n) + 0.5)``. 0 means no sign of the barrier, 100 the strongest.
* A barrier with fewer than ``catalog.minimum_answered`` answers has no score ("not enough
  answers"): it is never guessed.
* A score's band is the first band in the catalog whose upper bound it does not exceed.
* Priorities: the three scored barriers with the highest scores. Ties are broken by the number
  of answered items (more evidence first), then by catalog order.
* Satisfaction uses the same arithmetic on its own items, where 100 is the most satisfied.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nearer.core.catalog import Catalog, Item

PRIORITY_COUNT = 3


class AnswerError(ValueError):
    """Answers that name an unknown item or hold a value off the scale."""


@dataclass(frozen=True, slots=True)
class Driver:
    """One answer and how much it pointed toward the barrier (0..4 points)."""

    item_id: str
    text: str
    answer: int
    keyed: int
    points: int


@dataclass(frozen=True, slots=True)
class BarrierScore:
    slug: str
    score: int | None
    band: str | None
    answered: int
    drivers: tuple[Driver, ...]  # strongest first

    @property
    def scored(self) -> bool:
        return self.score is not None


@dataclass(frozen=True, slots=True)
class SatisfactionScore:
    score: int | None
    answered: int


@dataclass(frozen=True, slots=True)
class Profile:
    barriers: tuple[BarrierScore, ...]
    priorities: tuple[str, ...]
    satisfaction: SatisfactionScore

    def barrier(self, slug: str) -> BarrierScore:
        for barrier in self.barriers:
            if barrier.slug == slug:
                return barrier
        raise KeyError(slug)


def validate_answers(catalog: Catalog, answers: Mapping[str, object]) -> dict[str, int]:
    """Check ids and values; return a clean ``{item id: 1..5}``. Raises :class:`AnswerError`."""
    known = {item.id for item in catalog.checkup_items}
    values = catalog.scale_values
    clean: dict[str, int] = {}
    for item_id, value in answers.items():
        if item_id not in known:
            raise AnswerError(f"unknown item id: {item_id!r}")
        # bool is an int in Python; true/false are not answers.
        if isinstance(value, bool) or not isinstance(value, int) or value not in values:
            raise AnswerError(
                f"answer for {item_id!r} must be a whole number from {values[0]} to {values[-1]},"
                f" got {value!r}"
            )
        clean[item_id] = value
    return clean


def item_points(item: Item, answer: int) -> int:
    return answer - 1 if item.keyed == 1 else 5 - answer


def scaled_score(points: Sequence[int]) -> int:
    """Mean points (0..4 each) on a 0..100 scale, rounded half up, in exact integer arithmetic."""
    n = len(points)
    return (200 * sum(points) + 4 * n) // (8 * n)


def _barrier_score(catalog: Catalog, slug: str, answers: Mapping[str, int]) -> BarrierScore:
    barrier = catalog.barrier(slug)
    drivers = [
        Driver(
            item.id, item.text, answers[item.id], item.keyed, item_points(item, answers[item.id])
        )
        for item in barrier.items
        if item.id in answers
    ]
    drivers.sort(key=lambda d: -d.points)  # stable: catalog order within equal points
    if len(drivers) < catalog.minimum_answered:
        return BarrierScore(slug, None, None, len(drivers), tuple(drivers))
    score = scaled_score([d.points for d in drivers])
    return BarrierScore(slug, score, catalog.band_for(score).name, len(drivers), tuple(drivers))


def priorities(scores: Sequence[BarrierScore]) -> tuple[str, ...]:
    ranked = sorted(
        ((index, s) for index, s in enumerate(scores) if s.score is not None),
        key=lambda pair: (-(pair[1].score or 0), -pair[1].answered, pair[0]),
    )
    return tuple(s.slug for _, s in ranked[:PRIORITY_COUNT])


def satisfaction_score(catalog: Catalog, answers: Mapping[str, int]) -> SatisfactionScore:
    points = [
        item_points(item, answers[item.id])
        for item in catalog.satisfaction_items
        if item.id in answers
    ]
    if len(points) < catalog.satisfaction_minimum:
        return SatisfactionScore(None, len(points))
    return SatisfactionScore(scaled_score(points), len(points))


def score_profile(catalog: Catalog, answers: Mapping[str, object]) -> Profile:
    """Score a whole check-up. Validates first; raises :class:`AnswerError` on bad answers."""
    clean = validate_answers(catalog, answers)
    barriers = tuple(_barrier_score(catalog, b.slug, clean) for b in catalog.barriers)
    return Profile(barriers, priorities(barriers), satisfaction_score(catalog, clean))


def profile_json(profile: Profile) -> dict[str, object]:
    """The JSON shape printed by ``nearer score --json`` (a fixed contract)."""
    return {
        "barriers": [
            {"slug": b.slug, "score": b.score, "band": b.band, "answered": b.answered}
            for b in profile.barriers
        ],
        "priorities": list(profile.priorities),
        "satisfaction": {
            "score": profile.satisfaction.score,
            "answered": profile.satisfaction.answered,
        },
    }


@dataclass(frozen=True, slots=True)
class Change:
    slug: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def profile_changes(before: Profile, after: Profile) -> tuple[Change, ...]:
    """Per-barrier change between two check-ups (negative = fewer signs of the barrier)."""
    return tuple(
        Change(b.slug, b.score, a.score)
        for b, a in zip(before.barriers, after.barriers, strict=True)
    )
