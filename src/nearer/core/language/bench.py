"""Throughput, cold start and peak memory of the analyzer, each measured in a fresh process.

    python -m nearer.core.language.bench [--texts N] [--json]

- cold start: import + model load + first analysis, timed inside a new interpreter (and the
  whole interpreter's wall time, for reference);
- throughput: ``analyze_many`` over N texts (the dev texts, repeated), one process, after load;
- peak RSS: the maximum resident set size of that process.

Wall-clock numbers suffer when other work shares the cores; the CPU-time figures beside them
show what the analyzer itself costs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

FLOORS = {"texts_per_s": 500.0, "cold_start_s": 2.0, "peak_rss_mb": 400.0}


_CHILD = """
import time
t0, c0 = time.perf_counter(), time.process_time()
from nearer.core.language import analyze
analyze("We barely talk anymore and I miss you.")
cold, cold_cpu = time.perf_counter() - t0, time.process_time() - c0
import json, sys
from nearer.core.language.bench import _child
print(json.dumps(_child(int(sys.argv[1]), cold, cold_cpu)))
"""


def _child(n: int, cold: float, cold_cpu: float) -> dict[str, Any]:
    from nearer.core.language import analyze_many, data

    texts = [e.text for task in data.TASKS for e in data.load(task)] or [
        "I feel alone when you are on your phone all evening. Could we have dinner together?"
    ]
    batch = (texts * (n // len(texts) + 1))[:n]
    t1, c1 = time.perf_counter(), time.process_time()
    analyze_many(batch)
    elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
    import resource

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "cold_start_s": round(cold, 3),
        "cold_start_cpu_s": round(cold_cpu, 3),
        "texts": n,
        "mean_chars": round(sum(map(len, batch)) / n, 1),
        "texts_per_s": round(n / elapsed, 1),
        "texts_per_cpu_s": round(n / cpu, 1),
        "peak_rss_mb": round(rss_kb / 1024, 1),
    }


def run(n: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - t0
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    # A second fresh process that only loads: the cold start including the interpreter itself.
    t1 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "from nearer.core.language import analyze; analyze('hello')"],
        check=True,
    )
    result["cold_start_process_s"] = round(time.perf_counter() - t1, 3)
    result["bench_wall_s"] = round(wall, 1)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    r = run(args.texts)
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    print(
        f"throughput   {r['texts_per_s']:.0f} texts/s wall, "
        f"{r['texts_per_cpu_s']:.0f} per CPU-second ({r['texts']} texts, "
        f"mean {r['mean_chars']:.0f} chars, one process, after load; "
        f"floor {FLOORS['texts_per_s']:.0f})"
    )
    print(
        f"cold start   {r['cold_start_s']:.2f} s wall ({r['cold_start_cpu_s']:.2f} s CPU) for "
        f"import + load + first analysis; {r['cold_start_process_s']:.2f} s for a whole new "
        f"interpreter (ceiling {FLOORS['cold_start_s']:.0f} s)"
    )
    print(f"peak RSS     {r['peak_rss_mb']:.0f} MB  (ceiling {FLOORS['peak_rss_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
