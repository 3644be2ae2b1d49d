"""Leave-one-writer-out estimate of the safety judgement, for choosing between variants.

    python -m nearer.core.language.crosswriter [--writers ABCDEFGHIJKL] [--C 10] [--budget 0.07]

Eighteen blind writers wrote training texts, one writer per ``safety/<label>-extraNN.jsonl``
number (``data.BLIND_WRITERS``). For each writer asked for, the safety pipeline is trained
exactly as ``train.py`` trains it (model, out-of-fold threshold search) on the training split
without any of that writer's texts, and judged (rules + model, by ``analyzer.text_safety``)
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

from . import data
from . import train as training
from .analyzer import text_safety
from .model import Featurizer, Linear
from .rules import has_danger_word, safety_scan
from .types import Safety


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


def judge(
    featurizer: Featurizer, model: Linear, thresholds: dict[str, float], texts: Sequence[str]
) -> list[Safety]:
    """The safety level of each text, decided as the analyzer decides it."""
    proba = model.proba(training.featurize(featurizer, texts))
    iu, ic = model.labels.index("urgent"), model.labels.index("concern")
    out: list[Safety] = []
    for text, row in zip(texts, proba, strict=True):
        hits, idiom = safety_scan(text)
        out.append(
            text_safety(
                hits,
                float(row[iu]),
                float(row[ic]),
                thresholds,
                danger=has_danger_word(text),
                words=len(text.split()),
                idiom=idiom,
            )
        )
    return out


def cross_writer(
    writers: Sequence[str],
    cfg: training.TaskConfig | None = None,
    *,
    budget: float = training.FALSE_ALARM_BUDGET,
    verbose: bool = False,
) -> list[WriterScore]:
    """One ``WriterScore`` per writer, each from a model that never saw that writer's texts."""
    unknown = [w for w in writers if w not in data.BLIND_WRITERS.values()]
    if unknown:
        known = "".join(data.BLIND_WRITERS.values())
        raise ValueError(f"unknown writers {''.join(unknown)}; known: {known}")
    sets = {task: data.split(data.load(task))[0] for task in data.TASKS}
    every_safety_text = data.load("safety")
    scores: list[WriterScore] = []
    for writer in writers:
        without = {**sets, "safety": [e for e in sets["safety"] if data.writer_of(e) != writer]}
        featurizer = training.featurizer_for(without)
        model, thresholds = training.train_safety(
            featurizer, without, cfg=cfg, false_alarm_budget=budget
        )
        test = [e for e in every_safety_text if data.writer_of(e) == writer]
        predicted = judge(featurizer, model, thresholds, [e.text for e in test])
        pairs = list(zip((e.label for e in test), predicted, strict=True))
        score = WriterScore(
            writer=writer,
            urgent=sum(g == "urgent" for g, _ in pairs),
            urgent_caught=sum(g == p == "urgent" for g, p in pairs),
            urgent_or_concern=sum(g != "none" for g, _ in pairs),
            urgent_or_concern_caught=sum(g != "none" and p != "none" for g, p in pairs),
            none=sum(g == "none" for g, _ in pairs),
            none_flagged=sum(g == "none" and p != "none" for g, p in pairs),
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
