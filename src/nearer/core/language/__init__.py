"""Language insight, offline: barriers, message patterns and danger signals in a text.

    >>> from nearer.core.language import analyze
    >>> analyze("This commute is killing me").safety
    'none'

No Django here. The model (a small artifact in ``model/``) and the wordllama token embeddings
load lazily, once per process, on the first call. See ``docs/language.md``.
"""

from .analyzer import analyze, analyze_many, get_model
from .types import (
    BARRIER_SLUGS,
    PATTERNS,
    SAFETY_LEVELS,
    Analysis,
    BarrierScore,
    Evidence,
    Pattern,
    Safety,
    Span,
)

__all__ = [
    "BARRIER_SLUGS",
    "PATTERNS",
    "SAFETY_LEVELS",
    "Analysis",
    "BarrierScore",
    "Evidence",
    "Pattern",
    "Safety",
    "Span",
    "analyze",
    "analyze_many",
    "get_model",
]
