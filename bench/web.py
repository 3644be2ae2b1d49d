"""Load benchmark: production settings, gunicorn, load from a second process on 127.0.0.1.

Measures /healthz (the framework's floor on this machine), a signed-in person's check-up
results page and check-up page, each at the same concurrency, and prints each page's
throughput as a share of /healthz's. Targets (issue 5): share >= 0.35, p99 <= 150 ms, 0 errors.

    python -m bench.web [--seconds 30] [--rounds 5] [--connections 16] [--workers N]

Uses Debian's wrk when it is installed (`make bench` installs it when run as root), otherwise
a small Python client (which flatters the ratios: it cannot drive /healthz as hard).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench._support import (
    HOST,
    Session,
    exit_cleanly_on_sigterm,
    log_in,
    production_env,
    proxy_headers,
    request,
    run_nearer,
    seed,
    serve,
)

LUA = Path(__file__).with_name("wrk_report.lua")
SHARE_FLOOR = 0.35
P99_CEILING_MS = 150.0


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _wrk(port: int, path: str, cookie: str, seconds: float, connections: int) -> dict[str, float]:
    headers = {**proxy_headers(port), **({"Cookie": cookie} if cookie else {})}
    argv = [
        "wrk",
        f"--threads={min(2, connections)}",
        f"--connections={connections}",
        f"--duration={seconds:g}s",
        "--timeout=5s",
        f"--script={LUA}",
    ]
    for name, value in headers.items():
        if name != "Origin":
            argv += ["--header", f"{name}: {value}"]
    argv.append(f"http://{HOST}:{port}{path}")
    result = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=seconds + 60)
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(data, dict)
    return data


def _python_client(
    port: int, path: str, cookie: str, seconds: float, connections: int
) -> dict[str, float]:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def work() -> None:
        mine: list[float] = []
        bad = 0
        while time.monotonic() < deadline:
            began = time.perf_counter()
            try:
                headers = {"Cookie": cookie} if cookie else {}
                ok = request(port, "GET", path, headers=headers).status == 200
            except OSError:
                ok = False
            mine.append(time.perf_counter() - began)
            bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=work) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "not_ok": errors[0],
        "socket_errors": 0,
        "p50_ms": cuts[49] * 1000,
        "p99_ms": cuts[98] * 1000,
    }


def measure(
    port: int, name: str, path: str, cookie: str, seconds: float, connections: int
) -> Result:
    run = _wrk if shutil.which("wrk") else _python_client
    data = run(port, path, cookie, seconds, connections)
    return Result(
        name,
        int(data["requests"]),
        float(data["seconds"]),
        int(data["not_ok"] + data["socket_errors"]),
        float(data["p50_ms"]),
        float(data["p99_ms"]),
    )


def combine(name: str, runs: list[Result]) -> Result:
    """All rounds of one page: total requests over total time; the middle round's median
    latency and the worst round's p99 (conservative)."""
    return Result(
        name,
        sum(r.requests for r in runs),
        sum(r.seconds for r in runs),
        sum(r.errors for r in runs),
        statistics.median(r.p50_ms for r in runs),
        max(r.p99_ms for r in runs),
    )


def _check_page(session: Session, path: str, marker: bytes) -> None:
    response = session.get(path)
    if response.status != 200 or marker not in response.body:
        raise RuntimeError(f"{path} answered {response.status} without the expected content")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="per page, all rounds")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    exit_cleanly_on_sigterm()
    client = "wrk" if shutil.which("wrk") else "python threads (wrk not installed)"
    print(
        f"Web load: production settings, SQLite, gunicorn {args.workers} sync workers,"
        f" {os.cpu_count()} cores, {args.connections} connections,"
        f" {args.seconds:g} s per page in {args.rounds} rounds,"
        f" client {client}"
    )
    with production_env() as env:
        run_nearer(env, "migrate", "--noinput", "-v0")
        data = seed(env, "load")
        with serve(env, workers=args.workers) as server:
            session = log_in(server.port, str(data["email"]), str(data["password"]))
            cookie = session.headers()["Cookie"]
            # /healthz as a load balancer calls it (no cookie): the framework's floor. Then
            # signed in, to show what the session and account lookups alone cost.
            pages = [
                ("/healthz", "/healthz", b'"ok"', ""),
                ("/healthz signed", "/healthz", b'"ok"', cookie),
                ("results page", str(data["results"]), b"Your profile", cookie),
                ("check-up page", str(data["page"]), b"Page 2 of", cookie),
            ]
            for _, path, marker, with_cookie in pages:
                _check_page(session, path, marker)
                if args.warmup:
                    measure(
                        server.port, "warm-up", path, with_cookie, args.warmup, args.connections
                    )
            # Rounds interleave the pages, so a busy neighbour on the machine slows all of
            # them alike instead of skewing one page's figures.
            rounds: dict[str, list[Result]] = {name: [] for name, *_ in pages}
            for _ in range(args.rounds):
                for name, path, _, with_cookie in pages:
                    rounds[name].append(
                        measure(
                            server.port,
                            name,
                            path,
                            with_cookie,
                            args.seconds / args.rounds,
                            args.connections,
                        )
                    )
            results = [combine(name, runs) for name, runs in rounds.items()]
            # Still signed in afterwards: the load really was on the private pages.
            _check_page(session, pages[1][1], pages[1][2])
    floor = results[0].rate
    signed = results[1].rate
    print(
        f"{'page':<16} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'share':>6}"
        f" {'share of signed /healthz':>25}"
    )
    missed = []
    for result in results:
        share = result.rate / floor if floor else 0.0
        print(
            f"{result.name:<16} {result.rate:8.0f} {result.p50_ms:8.1f} {result.p99_ms:8.1f}"
            f" {result.errors:7d} {share:6.2f} {result.rate / signed if signed else 0:25.2f}"
        )
        if not result.name.startswith("/healthz") and share < SHARE_FLOOR:
            missed.append(f"{result.name}: share {share:.2f} < {SHARE_FLOOR}")
        if result.p99_ms > P99_CEILING_MS:
            missed.append(f"{result.name}: p99 {result.p99_ms:.0f} ms > {P99_CEILING_MS:.0f} ms")
        if result.errors:
            missed.append(f"{result.name}: {result.errors} errors")
    print("targets met" if not missed else "targets missed: " + "; ".join(missed))


if __name__ == "__main__":
    main()
