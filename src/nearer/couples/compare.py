"""Comparing two shared profiles: where partners agree and where they see things differently.

Framework-free. The input is only what a person shares: per barrier a score (0..100 or None)
and a band, plus their priorities. Never item answers, drivers, timestamps or safety answers:
:func:`shared_profile` strips a stored check-up profile down to exactly that.

Rules, each barrier appearing in at most one list:

1. Both partners have the barrier among their priorities: **agree**.
2. Otherwise, both scored it and their bands are two or more steps apart (e.g. "little sign"
   and "clear signs") or their scores are ``DIFFERENCE_POINTS`` or more apart: **differently**.
3. Otherwise, both put it in a band above the lowest ("some" or "clear" signs): **agree**.

Agreements are ordered by the pair's combined score (highest first), differences by the gap
(widest first); catalog order breaks ties. The result is the same whichever partner is "mine".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DIFFERENCE_POINTS = 30
DIFFERENCE_BAND_STEPS = 2


@dataclass(frozen=True, slots=True)
class SharedBarrier:
    slug: str
    score: int | None
    band: str | None


@dataclass(frozen=True, slots=True)
class SharedProfile:
    """The part of a profile a person can share: scores, bands and priorities."""

    barriers: tuple[SharedBarrier, ...]
    priorities: tuple[str, ...]

    def barrier(self, slug: str) -> SharedBarrier:
        for barrier in self.barriers:
            if barrier.slug == slug:
                return barrier
        return SharedBarrier(slug, None, None)


def shared_profile(profile: Mapping[str, Any], slugs: Sequence[str]) -> SharedProfile:
    """Keep only slug, score and band per barrier (in ``slugs`` order) and the priorities."""
    rows = {row.get("slug"): row for row in profile.get("barriers") or [] if isinstance(row, dict)}
    barriers = []
    for slug in slugs:
        row = rows.get(slug) or {}
        score = row.get("score")
        band = row.get("band")
        barriers.append(
            SharedBarrier(
                slug,
                score if isinstance(score, int) and not isinstance(score, bool) else None,
                band if isinstance(band, str) else None,
            )
        )
    priorities = tuple(s for s in profile.get("priorities") or [] if s in slugs)
    return SharedProfile(tuple(barriers), priorities)


@dataclass(frozen=True, slots=True)
class Comparison:
    agree: tuple[str, ...]
    differ: tuple[str, ...]


def _band_index(band_names: Sequence[str], band: str | None) -> int | None:
    if band is None or band not in band_names:
        return None
    return list(band_names).index(band)


def compare_profiles(
    mine: SharedProfile, theirs: SharedProfile, *, slugs: Sequence[str], band_names: Sequence[str]
) -> Comparison:
    """Apply the rules above. ``band_names`` lists the bands from lowest to highest."""
    agree: list[tuple[int, int, str]] = []
    differ: list[tuple[int, int, str]] = []
    for order, slug in enumerate(slugs):
        a, b = mine.barrier(slug), theirs.barrier(slug)
        if slug in mine.priorities and slug in theirs.priorities:
            agree.append((-((a.score or 0) + (b.score or 0)), order, slug))
            continue
        if a.score is None or b.score is None:
            continue
        band_a, band_b = _band_index(band_names, a.band), _band_index(band_names, b.band)
        gap = abs(a.score - b.score)
        band_gap = abs(band_a - band_b) if band_a is not None and band_b is not None else 0
        if gap >= DIFFERENCE_POINTS or band_gap >= DIFFERENCE_BAND_STEPS:
            differ.append((-gap, order, slug))
        elif band_a is not None and band_b is not None and band_a >= 1 and band_b >= 1:
            agree.append((-(a.score + b.score), order, slug))
    return Comparison(
        agree=tuple(slug for *_, slug in sorted(agree)),
        differ=tuple(slug for *_, slug in sorted(differ)),
    )
