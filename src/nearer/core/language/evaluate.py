"""Dev-split metrics of the analyzer, end to end (rules + model), retraining first if stale.

    python -m nearer.core.language.evaluate [--json] [--no-train]

The artifact is stale when the hash of ``data/language`` differs from the one stored in it.
When ``data/language/holdout/{barriers,patterns,safety}.jsonl`` exist (a set written
independently of the training data, never trained on), a second table reports the same
metrics on it, and so for every later set in ``data.HOLDOUTS`` (written blind by other
engineers; the heading of each says how it has been used). None is ever trained on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from . import data
from .model import ARTIFACT, read_meta


def artifact_is_current() -> bool:
    if not ARTIFACT.exists():
        return False
    try:
        return read_meta(ARTIFACT).get("data_hash") == data.data_hash()
    except (OSError, ValueError, KeyError):
        return False


def metrics(dev: dict[data.Task, list[data.Example]] | None = None) -> dict[str, Any]:
    from .analyzer import analyze_many

    if dev is None:
        dev = {task: data.split(data.load(task))[1] for task in data.TASKS}
    out: dict[str, Any] = {}

    # Barriers.
    ex = dev["barriers"]
    res = analyze_many([e.text for e in ex])
    hit1 = hit3 = n = none_ok = n_none = 0
    per: Counter[str] = Counter()
    per_n: Counter[str] = Counter()
    for e, r in zip(ex, res, strict=True):
        slugs = [b.slug for b in r.barriers]
        if e.label == data.NONE_LABEL:
            n_none += 1
            none_ok += not slugs
            continue
        n += 1
        per_n[e.label] += 1
        if slugs[:1] == [e.label]:
            hit1 += 1
            per[e.label] += 1
        hit3 += e.label in slugs[:3]
    out["barriers"] = {
        "n": n,
        "top1": _r(hit1 / max(1, n)),
        "top3": _r(hit3 / max(1, n)),
        "none_n": n_none,
        "none_empty": _r(none_ok / max(1, n_none)),
        "per_class_top1": {k: _r(per[k] / per_n[k]) for k in sorted(per_n)},
    }

    # Patterns.
    ex = dev["patterns"]
    res = analyze_many([e.text for e in ex])
    ok: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for e, r in zip(ex, res, strict=True):
        tot[e.label] += 1
        ok[e.label] += r.pattern == e.label
        confusion[(e.label, r.pattern)] += 1
    out["patterns"] = {
        "n": sum(tot.values()),
        "accuracy": _r(sum(ok.values()) / max(1, sum(tot.values()))),
        "per_class": {k: _r(ok[k] / tot[k]) for k in sorted(tot)},
        "confusion": {f"{a}->{b}": c for (a, b), c in sorted(confusion.items()) if a != b},
    }

    # Safety.
    ex = dev["safety"]
    res = analyze_many([e.text for e in ex])
    by: dict[str, Counter[str]] = {"urgent": Counter(), "concern": Counter(), "none": Counter()}
    for e, r in zip(ex, res, strict=True):
        by[e.label][r.safety] += 1
    n_u, n_c, n_n = (sum(by[k].values()) for k in ("urgent", "concern", "none"))
    flagged_uc = by["urgent"]["urgent"] + by["urgent"]["concern"] + by["concern"]["urgent"]
    flagged_uc += by["concern"]["concern"]
    ordinary = [e.text for t in ("barriers", "patterns") for e in dev[t]]
    ordinary_flags = sum(r.safety != "none" for r in analyze_many(ordinary))
    out["safety"] = {
        "n": n_u + n_c + n_n,
        "recall_urgent": _r(by["urgent"]["urgent"] / max(1, n_u)),
        "recall_urgent_or_concern": _r(flagged_uc / max(1, n_u + n_c)),
        "false_alarm_none": _r((by["none"]["urgent"] + by["none"]["concern"]) / max(1, n_n)),
        "flag_rate_barrier_and_pattern_texts": _r(ordinary_flags / max(1, len(ordinary))),
        "by_gold": {k: dict(v) for k, v in by.items()},
        "none_no_barrier": _r(
            sum(not r.barriers for e, r in zip(ex, res, strict=True) if e.label == "none")
            / max(1, n_n)
        ),
    }
    return out


def _r(x: float) -> float:
    return round(x, 3)


def report(m: dict[str, Any], title: str = "dev split") -> str:
    b, p, s = m["barriers"], m["patterns"], m["safety"]
    lines = [
        f"== {title} ==",
        f"barriers  top-1 {b['top1']:.3f}  top-3 {b['top3']:.3f}  (n={b['n']}; floors 0.65/0.85)"
        f"   none -> [] {b['none_empty']:.3f} (n={b['none_n']})",
        "          per class top-1: "
        + ", ".join(f"{k} {v:.2f}" for k, v in b["per_class_top1"].items()),
        f"patterns  accuracy {p['accuracy']:.3f}  (n={p['n']}; floor 0.80)",
        "          per class: " + ", ".join(f"{k} {v:.2f}" for k, v in p["per_class"].items()),
        f"safety    recall urgent {s['recall_urgent']:.3f} (floor 0.95)   recall urgent-or-concern "
        f"{s['recall_urgent_or_concern']:.3f} (floor 0.90)   false alarms on none "
        f"{s['false_alarm_none']:.3f} (ceiling 0.10)   (n={s['n']})",
        f"          flagged among barrier/pattern texts: "
        f"{s['flag_rate_barrier_and_pattern_texts']:.3f}",
        f"          by gold label: {s['by_gold']}",
        f"          everyday ('none') safety texts with no barrier: {s['none_no_barrier']:.3f}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--no-train", action="store_true", help="never retrain")
    args = parser.parse_args(argv)
    if not args.no_train and not artifact_is_current():
        from .train import train

        print("artifact missing or stale: training", file=sys.stderr)
        train(verbose=False)
    m = metrics()
    held = {
        name: metrics(rows)
        for name in data.HOLDOUTS
        if (rows := data.load_holdout(data.holdout_dir(name))) is not None
    }
    if args.json:
        print(json.dumps({"dev": m, **{n: held.get(n) for n in data.HOLDOUTS}}, indent=2))
    else:
        print(report(m))
        for name, hm in held.items():
            print()
            print(report(hm, data.HOLDOUTS[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
