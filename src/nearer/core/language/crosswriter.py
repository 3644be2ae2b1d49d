"""Leave-one-writer-out estimate of the safety judgement, for choosing between variants.

    python -m nearer.core.language.crosswriter [--writers ABCDEFGHIJKL] [--C 10] [--budget 0.07]

Eighteen blind writers wrote training texts, one writer per ``safety/<label>-extraNN.jsonl``
number (``data.BLIND_WRITERS``). For each writer asked for, the safety pipeline is trained
exactly as ``train.py`` trains it (model, out-of-fold threshold search) on the training split
without any of that writer's texts, and judged (rules + model, as ``analyzer.model_safety``)
on all of that writer's texts. Pooled over writers this estimates what a new writer gets,
without looking at any holdout. The writers' texts were written to be hard, so the figures sit
well below the blind test sets'; compare variants with each other, not with the floors.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import numpy.typing as npt

from . import data
from . import train as training
from .analyzer import model_safety
from .cues import CUE_NAMES, cue_counts, cue_spans
from .embed import get_embedder
from .features import CHAR_NGRAMS, WORD_NGRAMS, Tfidf, clean
from .model import Features, Linear
from .rules import has_danger_word, safety_level, safety_scan
from .types import Safety

F32 = npt.NDArray[np.float32]
LABELS: Final = ("urgent", "concern", "none")
_RANK: Final = {"none": 0, "concern": 1, "urgent": 2}


@dataclass(frozen=True, slots=True)
class WriterScore:
    writer: str
    urgent: int
    urgent_caught: int
    urgent_or_concern: int
    urgent_or_concern_caught: int
    none: int
    none_flagged: int
    thresholds: dict[str, float] = field(default_factory=dict)

    @staticmethod
    def rate(part: int, whole: int) -> float:
        return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class _TextFacts:
    embedding: F32
    cues: list[float]
    rule_level: str
    danger: bool
    idiom: bool
    words: int


class _Cache:
    """Per-text facts that do not depend on the training set, computed once per run."""

    def __init__(self) -> None:
        self._facts: dict[str, _TextFacts] = {}

    def facts(self, texts: Sequence[str]) -> list[_TextFacts]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._facts]
        if missing:
            vectors = get_embedder().embed([clean(t) for t in missing])
            for text, vector in zip(missing, vectors, strict=True):
                hits, idiom = safety_scan(text)
                self._facts[text] = _TextFacts(
                    embedding=vector,
                    cues=cue_counts(cue_spans(text)),
                    rule_level=safety_level(hits),
                    danger=has_danger_word(text),
                    idiom=idiom,
                    words=len(text.split()),
                )
        return [self._facts[t] for t in texts]

    def features(self, texts: Sequence[str], word: Tfidf, char: Tfidf) -> Features:
        facts = self.facts(texts)
        cleaned = [clean(t) for t in texts]
        return Features(
            n=len(texts),
            w_dim=len(word.index),
            c_dim=len(char.index),
            E=np.stack([f.embedding for f in facts]).astype(np.float32),
            W=word.transform(cleaned),
            C=char.transform(cleaned),
            L=np.asarray([f.cues for f in facts], dtype=np.float32).reshape(
                len(texts), len(CUE_NAMES)
            ),
        )


def _train(
    cache: _Cache,
    safety: Sequence[data.Example],
    ordinary: Sequence[data.Example],
    cfg: training.TaskConfig,
    budget: float,
) -> tuple[Tfidf, Tfidf, Linear, dict[str, float]]:
    texts = [e.text for e in safety] + [e.text for e in ordinary]
    word = Tfidf.fit(texts, WORD_NGRAMS, min_df=2)
    char = Tfidf.fit(texts, CHAR_NGRAMS, min_df=2)
    y = [e.label for e in safety] + ["none"] * len(ordinary)
    is_ordinary = np.array([False] * len(safety) + [True] * len(ordinary))
    weights = np.where(is_ordinary, training.ORDINARY_WEIGHT, 1.0).astype(np.float32)
    f = cache.features(texts, word, char)
    proba = training.oof_proba(f, y, LABELS, cfg, weights)
    facts = cache.facts(texts)
    thresholds = training.choose_safety_thresholds(
        proba,
        LABELS,
        y,
        [x.rule_level for x in facts],
        is_ordinary,
        np.array([x.danger for x in facts]),
        np.array([x.words for x in facts], dtype=np.int64),
        np.array([x.idiom for x in facts]),
        false_alarm_budget=budget,
    )
    return word, char, training.fit(f, y, LABELS, cfg, weights), thresholds


def judge(
    cache: _Cache,
    texts: Sequence[str],
    word: Tfidf,
    char: Tfidf,
    model: Linear,
    thresholds: dict[str, float],
) -> list[Safety]:
    """The safety level of each text: the stronger of the rules and the classifier."""
    proba = model.proba(cache.features(texts, word, char))
    iu, ic = model.labels.index("urgent"), model.labels.index("concern")
    out: list[Safety] = []
    for facts, row in zip(cache.facts(texts), proba, strict=True):
        by_model = model_safety(
            float(row[iu]),
            float(row[ic]),
            thresholds,
            danger=facts.danger,
            words=facts.words,
            idiom=facts.idiom,
        )
        by_rules: Safety = "urgent" if facts.rule_level == "urgent" else "none"
        if facts.rule_level == "concern":
            by_rules = "concern"
        out.append(max(by_rules, by_model, key=_RANK.__getitem__))
    return out


def cross_writer(
    writers: Sequence[str],
    cfg: training.TaskConfig | None = None,
    *,
    budget: float = training.FALSE_ALARM_BUDGET,
    verbose: bool = False,
) -> list[WriterScore]:
    """One ``WriterScore`` per writer, each from a model that never saw that writer's texts."""
    cfg = cfg or training.CONFIG["safety"]
    unknown = [w for w in writers if w not in data.BLIND_WRITERS.values()]
    if unknown:
        known = "".join(data.BLIND_WRITERS.values())
        raise ValueError(f"unknown writers {''.join(unknown)}; known: {known}")
    sets = {task: data.split(data.load(task))[0] for task in data.TASKS}
    ordinary = [e for task in ("barriers", "patterns") for e in sets[task]]
    every_safety_text = data.load("safety")
    cache = _Cache()
    scores: list[WriterScore] = []
    for writer in writers:
        train_safety = [e for e in sets["safety"] if data.writer_of(e) != writer]
        test = [e for e in every_safety_text if data.writer_of(e) == writer]
        word, char, model, thresholds = _train(cache, train_safety, ordinary, cfg, budget)
        predicted = judge(cache, [e.text for e in test], word, char, model, thresholds)
        gold = [e.label for e in test]
        score = WriterScore(
            writer=writer,
            urgent=gold.count("urgent"),
            urgent_caught=sum(g == p == "urgent" for g, p in zip(gold, predicted, strict=True)),
            urgent_or_concern=sum(g != "none" for g in gold),
            urgent_or_concern_caught=sum(
                g != "none" and p != "none" for g, p in zip(gold, predicted, strict=True)
            ),
            none=gold.count("none"),
            none_flagged=sum(
                g == "none" and p != "none" for g, p in zip(gold, predicted, strict=True)
            ),
            thresholds=thresholds,
        )
        scores.append(score)
        if verbose:
            print(_line(score), flush=True)
    return scores


def _line(s: WriterScore) -> str:
    r = WriterScore.rate
    return (
        f"writer {s.writer:>6}  urgent {r(s.urgent_caught, s.urgent):.3f} "
        f"({s.urgent_caught}/{s.urgent})  urgent-or-concern "
        f"{r(s.urgent_or_concern_caught, s.urgent_or_concern):.3f}  false alarms "
        f"{r(s.none_flagged, s.none):.3f} ({s.none_flagged}/{s.none})"
    )


def pooled(scores: Sequence[WriterScore]) -> WriterScore:
    return WriterScore(
        writer="pooled",
        urgent=sum(s.urgent for s in scores),
        urgent_caught=sum(s.urgent_caught for s in scores),
        urgent_or_concern=sum(s.urgent_or_concern for s in scores),
        urgent_or_concern_caught=sum(s.urgent_or_concern_caught for s in scores),
        none=sum(s.none for s in scores),
        none_flagged=sum(s.none_flagged for s in scores),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--writers", default="ABCDEFGHIJKL", help="letters, e.g. ABC")
    parser.add_argument("--C", type=float, default=training.CONFIG["safety"].C)
    parser.add_argument("--budget", type=float, default=training.FALSE_ALARM_BUDGET)
    args = parser.parse_args(argv)
    cfg = training.TaskConfig(C=args.C, scales=dict(training.CONFIG["safety"].scales))
    started = time.perf_counter()
    try:
        scores = cross_writer(list(args.writers), cfg, budget=args.budget, verbose=True)
    except ValueError as error:
        print(f"crosswriter: {error}", file=sys.stderr)
        return 2
    print(_line(pooled(scores)), f"  [{time.perf_counter() - started:.0f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
