"""The analyzer's result types: plain frozen dataclasses, safe to share between threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, Literal

from nearer.core.catalog import BARRIER_SLUGS as BARRIER_SLUGS  # the one list of slugs

Pattern = Literal["criticism", "contempt", "defensiveness", "stonewalling", "gentle", "neutral"]
Safety = Literal["urgent", "concern", "none"]

PATTERNS: Final[tuple[Pattern, ...]] = (
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "gentle",
    "neutral",
)
SAFETY_LEVELS: Final[tuple[Safety, ...]] = ("urgent", "concern", "none")


@dataclass(frozen=True, slots=True)
class Span:
    """A phrase of the analysed text: ``text[start:end] == phrase``."""

    start: int
    end: int
    phrase: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.phrase}


@dataclass(frozen=True, slots=True)
class BarrierScore:
    slug: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"slug": self.slug, "score": self.score}


@dataclass(frozen=True, slots=True)
class Evidence:
    """The phrases that drove each judgement, for highlighting."""

    barriers: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    pattern: tuple[Span, ...] = ()
    safety: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "barriers": {
                slug: [s.to_json() for s in spans] for slug, spans in self.barriers.items()
            },
            "pattern": [s.to_json() for s in self.pattern],
            "safety": [s.to_json() for s in self.safety],
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analyzer reads in one text.

    ``barriers`` is ranked, best first, and empty when the text reflects none of them.
    ``pattern_scores`` and ``safety_scores`` hold the model's probabilities per label, for
    callers that want to show how sure the judgement is.
    """

    barriers: tuple[BarrierScore, ...]
    pattern: Pattern
    safety: Safety
    evidence: Evidence
    pattern_scores: dict[str, float] = field(default_factory=dict)
    safety_scores: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of the ``nearer analyze --jsonl`` contract (without ``id``)."""
        return {
            "barriers": [b.to_json() for b in self.barriers],
            "pattern": self.pattern,
            "safety": self.safety,
            "evidence": self.evidence.to_json(),
        }
