"""Measure the alternatives behind the chosen approach, on the same train/dev split.

    python -m nearer.core.language.compare

For barriers and patterns: logistic regression over each feature block alone and combined
(wordllama embedding E, word n-grams W, char n-grams C, cue lexicons L), and the cue lexicon
alone as a keyword matcher (most matched group wins). For safety: the rules alone, the
classifier alone, and both. Prints dev scores; numbers for docs/language.md come from here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np

from . import data
from .cues import cue_spans
from .embed import get_embedder
from .features import CHAR_NGRAMS, WORD_NGRAMS, Tfidf
from .model import Featurizer
from .rules import safety_level, safety_scan
from .train import CONFIG, TaskConfig, _labels, featurize, fit

BLOCKS = {
    "E (wordllama)": {"E": 1.0, "W": 0.0, "C": 0.0, "L": 0.0},
    "W (word 1-2-grams)": {"E": 0.0, "W": 1.0, "C": 0.0, "L": 0.0},
    "C (char 2-5-grams)": {"E": 0.0, "W": 0.0, "C": 1.0, "L": 0.0},
    "W+C (TF-IDF)": {"E": 0.0, "W": 1.0, "C": 1.0, "L": 0.0},
    "E+W+C": {"E": 1.0, "W": 1.0, "C": 1.0, "L": 0.0},
    "E+W+C+L (chosen)": {"E": 1.0, "W": 1.0, "C": 1.0, "L": 0.5},
}


def _keyword(task: str, texts: Sequence[str], labels: Sequence[str]) -> list[list[str]]:
    """Rank labels by how many cue phrases of each matched (ties: label order)."""
    prefix = "barrier" if task == "barriers" else "pattern"
    out = []
    for t in texts:
        spans = cue_spans(t)
        counts = [len(spans.get(f"{prefix}:{lab}", ())) for lab in labels]
        order = sorted(range(len(labels)), key=lambda j: -counts[j])
        fallback = "none" if task == "barriers" else "neutral"
        out.append([labels[j] for j in order] if max(counts) > 0 else [fallback])
    return out


def _score(task: str, ranked: list[list[str]], gold: list[str]) -> str:
    if task == "barriers":
        pairs = [(r, g) for r, g in zip(ranked, gold, strict=True) if g != "none"]
        top1 = np.mean([r[:1] == [g] for r, g in pairs])
        top3 = np.mean([g in r[:3] for r, g in pairs])
        return f"top-1 {top1:.3f}  top-3 {top3:.3f}"
    return f"accuracy {np.mean([r[0] == g for r, g in zip(ranked, gold, strict=True)]):.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    sets = {t: data.split(data.load(t)) for t in data.TASKS}
    all_train = [e.text for t in data.TASKS for e in sets[t][0]]
    fz = Featurizer(
        get_embedder(), Tfidf.fit(all_train, WORD_NGRAMS), Tfidf.fit(all_train, CHAR_NGRAMS)
    )
    for task in ("barriers", "patterns"):
        train, dev = sets[task]
        y = [e.label for e in train]
        gold = [e.label for e in dev]
        labels = _labels(task, y)
        ftr = featurize(fz, [e.text for e in train])
        fdv = featurize(fz, [e.text for e in dev])
        print(f"\n{task} (train {len(train)}, dev {len(dev)})")
        ranked = _keyword(task, [e.text for e in dev], [lab for lab in labels if lab != "none"])
        print(f"  {'cue lexicon as keyword matcher':32s} {_score(task, ranked, gold)}")
        for name, scales in BLOCKS.items():
            cfg = TaskConfig(C=CONFIG[task].C, scales=scales)
            proba = fit(ftr, y, labels, cfg).proba(fdv)
            ranked = [[labels[j] for j in np.argsort(-p, kind="stable")] for p in proba]
            if task == "barriers":  # the analyzer drops "none" from the ranking
                ranked = [[lab for lab in r if lab != "none"] for r in ranked]
            print(f"  {name:32s} {_score(task, ranked, gold)}")

    from .analyzer import get_model

    train, dev = sets["safety"]
    model = get_model()
    lin = model.tasks["safety"]
    th = model.meta["safety_thresholds"]
    texts = [e.text for e in dev]
    truth = np.array([e.label for e in dev])
    proba = lin.proba(featurize(model.featurizer, texts))
    scans = [safety_scan(t) for t in texts]
    rules = np.array([safety_level(h) for h, _ in scans])
    iu, ic = lin.labels.index("urgent"), lin.labels.index("concern")
    muted = np.array([idiom and not hits for hits, idiom in scans])
    clf = np.where(
        muted,
        "none",
        np.where(
            proba[:, iu] >= th["urgent"],
            "urgent",
            np.where(proba[:, iu] + proba[:, ic] >= th["concern"], "concern", "none"),
        ),
    )
    rank = {"none": 0, "concern": 1, "urgent": 2}
    both = np.array([max(a, b, key=rank.__getitem__) for a, b in zip(rules, clf, strict=True)])
    print(f"\nsafety (dev {len(dev)})")
    for name, pred in (("rules alone", rules), ("classifier alone", clf), ("both (chosen)", both)):
        rec_u = np.mean(pred[truth == "urgent"] == "urgent")
        rec_uc = np.mean(pred[truth != "none"] != "none")
        fa = np.mean(pred[truth == "none"] != "none")
        print(f"  {name:32s} urgent {rec_u:.3f}  urgent-or-concern {rec_uc:.3f}  FA {fa:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
