"""Scoring the weekly check-in, and lining check-ins up with full check-ups over time.

Framework-free (no Django), like the rest of ``nearer.core``.

What a check-in asks (all optional):

* one statement per barrier, ``catalog.checkin_items`` (``keyed`` 1 or -1, answered on the
  1..5 agreement scale);
* all of the catalog's satisfaction statements (``catalog.satisfaction_items``, four in the
  shipped catalog). We use every one of them, not a subset, so a check-in's satisfaction is
  measured exactly as a full check-up's is and both sit on one line in the trend chart.

How it is scored — the check-up's arithmetic (:mod:`nearer.core.scoring`), nothing new:

* a barrier's score is ``scaled_score([item_points(item, answer)])``: one item, so n = 1 and
  the score is 0, 25, 50, 75 or 100 (0 = no sign of the barrier this week, 100 the strongest);
  a skipped statement leaves that barrier without a score for this check-in;
* satisfaction is :func:`nearer.core.scoring.satisfaction_score`: the mean of the answered
  satisfaction items' points on 0..100 (100 = most content), and no score when fewer than
  ``catalog.satisfaction_minimum`` of them were answered — the same rule as the check-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from nearer.core.catalog import Catalog, Item
from nearer.core.scoring import AnswerError, item_points, satisfaction_score, scaled_score

#: Suggest a new check-in once the latest one is at least this many days old.
SUGGEST_AFTER_DAYS = 6

Kind = Literal["checkup", "checkin"]


def checkin_questions(catalog: Catalog) -> tuple[Item, ...]:
    """Every statement of a check-in, in the order shown: barriers, then satisfaction."""
    return catalog.checkin_items + catalog.satisfaction_items


def validate_checkin_answers(catalog: Catalog, answers: Mapping[str, object]) -> dict[str, int]:
    """Check ids and values; return a clean ``{item id: 1..5}``. Raises :class:`AnswerError`."""
    known = {item.id for item in checkin_questions(catalog)}
    values = catalog.scale_values
    clean: dict[str, int] = {}
    for item_id, value in answers.items():
        if item_id not in known:
            raise AnswerError(f"unknown check-in item id: {item_id!r}")
        # bool is an int in Python; true/false are not answers.
        if isinstance(value, bool) or not isinstance(value, int) or value not in values:
            raise AnswerError(
                f"answer for {item_id!r} must be a whole number from {values[0]} to {values[-1]},"
                f" got {value!r}"
            )
        clean[item_id] = value
    return clean


@dataclass(frozen=True, slots=True)
class CheckinScores:
    barriers: tuple[tuple[str, int | None], ...]  # (slug, score) in catalog order
    satisfaction: int | None
    satisfaction_answered: int

    def barrier(self, slug: str) -> int | None:
        for key, score in self.barriers:
            if key == slug:
                return score
        raise KeyError(slug)


def score_checkin(catalog: Catalog, answers: Mapping[str, object]) -> CheckinScores:
    """Score one check-in. Validates first; raises :class:`AnswerError` on bad answers."""
    clean = validate_checkin_answers(catalog, answers)
    barriers = tuple(
        (
            barrier.slug,
            scaled_score([item_points(barrier.checkin, clean[barrier.checkin.id])])
            if barrier.checkin.id in clean
            else None,
        )
        for barrier in catalog.barriers
    )
    satisfaction = satisfaction_score(catalog, clean)
    return CheckinScores(barriers, satisfaction.score, satisfaction.answered)


def checkin_scores_json(scores: CheckinScores) -> dict[str, Any]:
    """The stored shape, deliberately close to ``profile_json`` so trends read both alike."""
    return {
        "barriers": [{"slug": slug, "score": score} for slug, score in scores.barriers],
        "satisfaction": {"score": scores.satisfaction, "answered": scores.satisfaction_answered},
    }


def checkin_suggested(latest: date | None, today: date) -> bool:
    """A check-in is worth suggesting when there is none yet or the latest is >= 6 days old."""
    return latest is None or (today - latest).days >= SUGGEST_AFTER_DAYS


# --- Trends: check-ups and check-ins on one time line ----------------------------------------


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One moment on the progress charts: a finished check-up or a weekly check-in."""

    day: date
    kind: Kind
    barriers: tuple[int | None, ...]  # catalog order
    satisfaction: int | None


def _score(value: object) -> int | None:
    """A stored score, or None for anything that is not a whole number (true/false included)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _scores_by_slug(data: Mapping[str, Any] | None) -> dict[str, int | None]:
    rows = data.get("barriers") if isinstance(data, Mapping) else None
    scores: dict[str, int | None] = {}
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, Mapping) and isinstance(row.get("slug"), str):
            scores[row["slug"]] = _score(row.get("score"))
    return scores


def _satisfaction(data: Mapping[str, Any] | None) -> int | None:
    block = data.get("satisfaction") if isinstance(data, Mapping) else None
    return _score(block.get("score")) if isinstance(block, Mapping) else None


def trend_point(
    catalog: Catalog, *, day: date, kind: Kind, scores: Mapping[str, Any] | None
) -> TrendPoint:
    """Read stored scores (a check-up's ``profile`` or a check-in's ``scores``) as they are.

    Nothing is re-scored: a barrier missing from the stored data has no score at that point.
    """
    by_slug = _scores_by_slug(scores)
    return TrendPoint(
        day=day,
        kind=kind,
        barriers=tuple(by_slug.get(b.slug) for b in catalog.barriers),
        satisfaction=_satisfaction(scores),
    )
