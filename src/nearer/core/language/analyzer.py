"""``analyze`` and ``analyze_many``: rules, cues and the trained model, put together."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from .cues import cue_spans
from .embed import get_embedder
from .features import clean
from .model import ARTIFACT, Features, Model, cue_rows, load
from .rules import Hit, has_danger_word, safety_scan
from .types import (
    PATTERNS,
    SAFETY_LEVELS,
    Analysis,
    BarrierScore,
    Evidence,
    Pattern,
    Safety,
    Span,
)

F32 = npt.NDArray[np.float32]
Spans = dict[str, list[tuple[int, int]]]

TOP_BARRIERS: Final = 3
BATCH: Final = 256
MAX_CLAUSES: Final = 64
_WORDY = re.compile(r"[^\W_]")
_CLAUSE_BREAK = re.compile(
    r"(?:[.!?\u2026]+[\"')\]]*\s+|\n+|;\s*|\s[-\u2013\u2014]\s|,?\s+(?=(?:but|although|though|because|"
    r"and\s+then|so\s+now|yet)\b))",
    re.IGNORECASE,
)

_lock = threading.Lock()
_model: Model | None = None


def get_model() -> Model:
    """The process-wide model, loaded on first use (about 0.1 s after the embedder)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = load(get_embedder(), ARTIFACT)
    return _model


def analyze(text: str) -> Analysis:
    """Barriers, message pattern and safety level of one text, with their evidence."""
    return analyze_many([text])[0]


def analyze_many(texts: Iterable[str], *, batch_size: int = BATCH) -> list[Analysis]:
    """``analyze`` over many texts, batched for throughput; results in input order."""
    items = list(texts)
    for t in items:
        if not isinstance(t, str):
            raise TypeError(f"analyze expects str, got {type(t).__name__}")
    model = get_model()
    out: list[Analysis] = []
    for i in range(0, len(items), batch_size):
        out.extend(_batch(model, items[i : i + batch_size]))
    return out


@dataclass(slots=True)
class _Prepared:
    text: str
    hits: list[Hit]
    danger: bool
    idiom: bool
    words: int
    cues: Spans
    clauses: list[tuple[int, int]]


def _prepare(text: str) -> _Prepared:
    hits, idiom = safety_scan(text)
    return _Prepared(
        text,
        hits,
        has_danger_word(text),
        idiom,
        len(text.split()),
        cue_spans(text),
        _clauses(text),
    )


def _clauses(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    trimmed = [_trim(text, a, b) for a, b in out]
    return [s for s in trimmed if s[1] > s[0] and _WORDY.search(text, s[0], s[1])][:MAX_CLAUSES]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:-"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _empty() -> Analysis:
    return Analysis(
        barriers=(),
        pattern="neutral",
        safety="none",
        evidence=Evidence(),
        pattern_scores={p: (1.0 if p == "neutral" else 0.0) for p in PATTERNS},
        safety_scores={s: (1.0 if s == "none" else 0.0) for s in SAFETY_LEVELS},
    )


def _batch(model: Model, texts: Sequence[str]) -> list[Analysis]:
    results: list[Analysis | None] = [None] * len(texts)
    live = [i for i, t in enumerate(texts) if _WORDY.search(clean(t))]
    for i in set(range(len(texts))) - set(live):
        results[i] = _empty()
    if not live:
        return [r for r in results if r is not None]
    prepared = [_prepare(texts[i]) for i in live]
    feats = model.featurizer.features(
        [p.text for p in prepared], cue_rows([p.cues for p in prepared])
    )
    probs = {name: lin.proba(feats) for name, lin in model.tasks.items()}
    thresholds = model.meta.get("safety_thresholds", {"urgent": 0.5, "concern": 0.5})
    decisions = [_decide(model, p, row, probs, thresholds) for row, p in enumerate(prepared)]
    # Clause-level scores only for texts whose evidence has no lexicon phrase to show.
    needy = [
        row
        for row, (prep, d) in enumerate(zip(prepared, decisions, strict=True))
        if len(prep.clauses) > 1 and _needs_clauses(prep, d)
    ]
    clause_probs = _clause_probs(model, prepared, needy)
    for row, (i, prep) in enumerate(zip(live, prepared, strict=True)):
        results[i] = _assemble(model, prep, decisions[row], clause_probs.get(row))
    return [r for r in results if r is not None]


@dataclass(slots=True)
class _Decision:
    barriers: list[BarrierScore]
    pattern: Pattern
    safety: Safety
    pattern_scores: dict[str, float]
    safety_scores: dict[str, float]


_RANK: Final = {"none": 0, "concern": 1, "urgent": 2}


def _decide(
    model: Model,
    prep: _Prepared,
    row: int,
    probs: dict[str, F32],
    thresholds: dict[str, float],
) -> _Decision:
    # Barriers: ranked, or none at all when the "none" reading is likely enough (the gate is
    # tuned at training time, out of fold).
    b_labels = model.tasks["barriers"].labels
    pb = probs["barriers"][row]
    barriers: list[BarrierScore] = []
    gate = float(model.meta.get("barrier_none_threshold", 0.5))
    none_p = float(pb[b_labels.index("none")]) if "none" in b_labels else 0.0
    order = [j for j in np.argsort(-pb, kind="stable") if b_labels[j] != "none"]
    # A second gate: not even the most likely barrier is likely enough (tuned at training time
    # to cost at most 1% of top-3 hits out of fold).
    floor = float(model.meta.get("barrier_min_score", {}).get("min", 0.0))
    if none_p < gate and order and float(pb[order[0]]) >= floor:
        barriers = [BarrierScore(b_labels[j], _score(pb[j])) for j in order[:TOP_BARRIERS]]

    p_labels = model.tasks["patterns"].labels
    pp = probs["patterns"][row]
    pattern = _as_pattern(p_labels[int(np.argmax(pp))])

    # Safety: the stronger of the rules and the classifier (see ``model_safety``).
    s_labels = model.tasks["safety"].labels
    ps = probs["safety"][row]
    p_urgent = float(ps[s_labels.index("urgent")]) if "urgent" in s_labels else 0.0
    p_concern = float(ps[s_labels.index("concern")]) if "concern" in s_labels else 0.0
    safety = text_safety(
        prep.hits,
        p_urgent,
        p_concern,
        thresholds,
        danger=prep.danger,
        words=prep.words,
        idiom=prep.idiom,
    )
    return _Decision(
        barriers=barriers,
        pattern=pattern,
        safety=safety,
        pattern_scores={lab: _score(pp[j]) for j, lab in enumerate(p_labels)},
        safety_scores={lab: _score(ps[j]) for j, lab in enumerate(s_labels)},
    )


def text_safety(
    hits: Sequence[Hit],
    p_urgent: float,
    p_concern: float,
    thresholds: dict[str, float],
    *,
    danger: bool,
    words: int,
    idiom: bool,
) -> Safety:
    """The stronger of the rules' level (any urgent hit, else any hit) and ``model_safety``."""
    rule_level: Safety = "none"
    if any(h.level == "urgent" for h in hits):
        rule_level = "urgent"
    elif hits:
        rule_level = "concern"
    model_level = model_safety(
        p_urgent, p_concern, thresholds, danger=danger, words=words, idiom=idiom
    )
    return max(rule_level, model_level, key=_RANK.__getitem__)


def model_safety(
    p_urgent: float,
    p_concern: float,
    thresholds: dict[str, float],
    *,
    danger: bool,
    words: int,
    idiom: bool = False,
) -> Safety:
    """What the classifier alone may say about safety; the rules are OR'ed in by the caller.

    The classifier learned its danger from our own texts, so on short everyday sentences it
    leans on their shape ("he said he would ...", "leave the keys") rather than on danger. It
    therefore needs more than a probability:
    - ``urgent`` only when P(urgent) reaches the urgent threshold and the text holds a danger
      word outside any idiom (``rules.has_danger_word``: "this commute is killing me" has none);
    - ``concern`` when P(urgent)+P(concern) reaches the concern threshold and the text holds a
      danger word, or is long (``long_words`` words or more) and so less at the mercy of a few
      everyday words;
    - without a danger word, ``concern`` when P(urgent) reaches the (higher)
      ``urgent_no_danger`` threshold, and ``urgent`` only from the (very high, possibly never)
      ``urgent_no_danger_urgent`` one: danger can be written in words no lexicon lists;
    - without a danger word, ``concern`` when P(urgent)+P(concern) reaches the (higher)
      ``concern_no_danger`` threshold: control, put-downs and hopelessness are often written in
      plain words;
    - none of the no-danger-word routes when the text holds an idiom that looks like danger
      ("that ending choked me up"): there the classifier's P(urgent) comes from the idiom.
    The thresholds are chosen out of fold at training time with these same gates.
    """
    long_words = int(thresholds.get("long_words", 10**9))
    if danger and p_urgent >= thresholds["urgent"]:
        return "urgent"
    plain = not idiom
    if plain and p_urgent >= thresholds.get("urgent_no_danger_urgent", 2.0):
        return "urgent"
    if (danger or words >= long_words) and p_urgent + p_concern >= thresholds["concern"]:
        return "concern"
    if plain and p_urgent >= thresholds.get("urgent_no_danger", 2.0):
        return "concern"
    if plain and p_urgent + p_concern >= thresholds.get("concern_no_danger", 2.0):
        return "concern"
    return "none"


def _needs_clauses(prep: _Prepared, d: _Decision) -> bool:
    if any(f"barrier:{b.slug}" not in prep.cues for b in d.barriers):
        return True
    if d.pattern != "neutral" and f"pattern:{d.pattern}" not in prep.cues:
        return True
    return d.safety != "none" and not prep.hits


def _clause_probs(
    model: Model, prepared: Sequence[_Prepared], rows_wanted: Sequence[int]
) -> dict[int, dict[str, F32]]:
    """Per-clause probabilities for the wanted texts, in one featurisation."""
    owners: list[int] = []
    pieces: list[str] = []
    rows: list[list[float]] = []
    for k in rows_wanted:
        prep = prepared[k]
        for a, b in prep.clauses:
            owners.append(k)
            pieces.append(prep.text[a:b])
            inside = {
                name: [(s, e) for s, e in spans if s >= a and e <= b]
                for name, spans in prep.cues.items()
            }
            rows.extend(cue_rows([inside]))
    if not pieces:
        return {}
    feats: Features = model.featurizer.features(pieces, rows)
    probs = {name: lin.proba(feats) for name, lin in model.tasks.items()}
    out: dict[int, dict[str, F32]] = {}
    owner_arr = np.asarray(owners)
    for k in rows_wanted:
        sel = np.flatnonzero(owner_arr == k)
        out[k] = {name: p[sel] for name, p in probs.items()}
    return out


def _assemble(
    model: Model, prep: _Prepared, d: _Decision, clause_probs: dict[str, F32] | None
) -> Analysis:
    text = prep.text

    def spans_of(pairs: Iterable[tuple[int, int]]) -> tuple[Span, ...]:
        return tuple(Span(a, b, text[a:b]) for a, b in _merge(pairs))

    def best_clause(task: str, label: str) -> tuple[Span, ...]:
        labels = model.tasks[task].labels
        if clause_probs is None or label not in labels:
            a, b = prep.clauses[0] if prep.clauses else _trim(text, 0, len(text))
            return spans_of([(a, b)])
        col = clause_probs[task][:, labels.index(label)]
        a, b = prep.clauses[int(np.argmax(col))]
        return spans_of([(a, b)])

    barrier_ev: dict[str, tuple[Span, ...]] = {}
    for b in d.barriers:
        cue = prep.cues.get(f"barrier:{b.slug}")
        barrier_ev[b.slug] = spans_of(cue) if cue else best_clause("barriers", b.slug)
    pattern_ev: tuple[Span, ...] = ()
    if d.pattern != "neutral":
        cue = prep.cues.get(f"pattern:{d.pattern}")
        pattern_ev = spans_of(cue) if cue else best_clause("patterns", d.pattern)
    safety_ev: tuple[Span, ...] = ()
    if d.safety != "none":
        driving = [(h.start, h.end) for h in prep.hits if _RANK[h.level] >= _RANK[d.safety]]
        if not driving:
            driving = [(h.start, h.end) for h in prep.hits]
        safety_ev = spans_of(driving) if driving else best_clause("safety", d.safety)
    return Analysis(
        barriers=tuple(d.barriers),
        pattern=d.pattern,
        safety=d.safety,
        evidence=Evidence(barriers=barrier_ev, pattern=pattern_ev, safety=safety_ev),
        pattern_scores=d.pattern_scores,
        safety_scores=d.safety_scores,
    )


def _score(x: float | np.floating[npt.NBitBase]) -> float:
    return min(1.0, max(0.0, round(float(x), 4)))


def _as_pattern(label: str) -> Pattern:
    for p in PATTERNS:
        if p == label:
            return p
    return "neutral"


def _merge(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(pairs):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
