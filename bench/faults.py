"""Fault benchmark: kill -9 in the middle of a burst of check-up submissions.

Production settings, SQLite, gunicorn. People submit their check-up pages from 16 threads
(every page is a POST that saves its answers; a redirect is the acknowledgement). Phase 1
kills one worker with SIGKILL twice during the burst (gunicorn replaces it); phase 2 kills the
whole server (master and workers) with SIGKILL. Then the database file is opened directly:

* every acknowledged submission is there, exactly as sent;
* no submission is half-written (a page's answers are all there or none);
* ``PRAGMA integrity_check`` says ok and ``PRAGMA foreign_key_check`` finds nothing.

    python -m bench.faults [--people 40] [--threads 16]

Exits 1 if an acknowledged save is missing, a page is half-written, or the check fails.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from bench._support import (
    Server,
    Session,
    busy_worker,
    csrf_token,
    database_path,
    exit_cleanly_on_sigterm,
    production_env,
    run_nearer,
    seed,
    serve,
    sockets,
)


@dataclass
class Submission:
    person: int
    checkup: int
    page: int
    safety: bool
    answers: dict[str, int]
    last: bool
    outcome: str = "not sent"  # acknowledged | connection lost | status NNN | not sent


def plan_submissions(
    people: list[dict[str, Any]], pages: list[dict[str, Any]]
) -> list[list[Submission]]:
    """Each person's pages in order, with answers that differ by person and page."""
    plans = []
    for n, person in enumerate(people):
        plan = []
        for page in pages:
            scale = page["scale"]
            answers = {
                item: scale[(n + 3 * page["number"] + i) % len(scale)]
                for i, item in enumerate(page["items"])
            }
            plan.append(
                Submission(
                    n,
                    person["checkup"],
                    page["number"],
                    page["safety"],
                    answers,
                    page is pages[-1],
                )
            )
        plans.append(plan)
    return plans


class Burst:
    def __init__(self, server: Server, people: list[dict[str, Any]], plans: list[list[Submission]]):
        self.server = server
        self.people = people
        self.plans = plans
        self.total = sum(len(plan) for plan in plans)
        self.acknowledged = 0
        self.lock = threading.Lock()

    def prepare(self) -> list[tuple[Session, str]]:
        """Each person opens their first page: a CSRF cookie and token, as a browser gets."""
        ready = []
        for person in self.people:
            session = Session(self.server.port, {"sessionid": person["session"]})
            page = session.get(f"/checkup/{person['checkup']}/page/1/")
            if page.status != 200:
                raise RuntimeError(f"page 1 answered {page.status}\n{self.server.log_tail()}")
            ready.append((session, csrf_token(page.body)))
        return ready

    def submit_all(self, session: Session, token: str, plan: list[Submission]) -> None:
        for sub in plan:
            form = {"csrfmiddlewaretoken": token, "action": "next"}
            form.update({item: str(value) for item, value in sub.answers.items()})
            expected = (
                f"/checkup/{sub.checkup}/results/"
                if sub.last
                else f"/checkup/{sub.checkup}/page/{sub.page + 1}/"
            )
            try:
                response = session.post(
                    f"/checkup/{sub.checkup}/page/{sub.page}/", form, timeout=20
                )
            except (OSError, ValueError) as error:  # reset, refused, or a torn response
                sub.outcome = f"connection lost ({type(error).__name__})"
                continue
            if response.status == 302 and response.header("Location") == expected:
                sub.outcome = "acknowledged"
                with self.lock:
                    self.acknowledged += 1
            else:
                sub.outcome = f"status {response.status}"


def run_burst(
    server: Server,
    people: list[dict[str, Any]],
    plans: list[list[Submission]],
    threads: int,
    kill_at: list[float],
    whole_server: bool,
) -> list[str]:
    burst = Burst(server, people, plans)
    ready = burst.prepare()
    idle_sockets = min(sockets(pid) for pid in server.workers())  # all idle now
    events: list[str] = []
    done = threading.Event()

    def killer() -> None:
        for fraction in kill_at:
            while burst.acknowledged < fraction * burst.total and not done.is_set():
                time.sleep(0.001)
            if done.is_set():
                events.append(f"burst ended before {fraction:.0%}; no kill")
                return
            if whole_server:
                os.killpg(server.process.pid, signal.SIGKILL)
                events.append(
                    f"SIGKILL to the master and all workers after {burst.acknowledged}"
                    f"/{burst.total} acknowledged"
                )
                return
            victim, busy = busy_worker(server, idle_sockets)
            os.kill(victim, signal.SIGKILL)
            events.append(
                f"SIGKILL to worker {victim} ({'mid-request' if busy else 'between requests'})"
                f" after {burst.acknowledged}/{burst.total} acknowledged"
            )

    kill_thread = threading.Thread(target=killer)
    kill_thread.start()
    try:
        with ThreadPoolExecutor(threads) as pool:
            for future in [
                pool.submit(burst.submit_all, session, token, plan)
                for (session, token), plan in zip(ready, plans, strict=True)
            ]:
                future.result()
    finally:
        done.set()
        kill_thread.join()
    return events


@dataclass
class Verdict:
    sent: int
    acknowledged: int
    lost_connections: int
    other_statuses: dict[str, int]
    missing_acknowledged: int
    half_written: int
    unacknowledged_but_saved: int
    integrity: str
    foreign_key_problems: int
    incomplete_finish: int

    @property
    def ok(self) -> bool:
        return (
            self.missing_acknowledged == 0
            and self.half_written == 0
            and self.integrity == "ok"
            and self.foreign_key_problems == 0
            and self.incomplete_finish == 0
        )


def verify(db: str, plans: list[list[Submission]]) -> Verdict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        subs = [sub for plan in plans for sub in plan]
        missing = half = extra = unfinished = lost = 0
        statuses: dict[str, int] = {}
        for sub in subs:
            table = "checkups_safetyanswer" if sub.safety else "checkups_answer"
            marks = ",".join("?" * len(sub.answers))
            stored = dict(
                conn.execute(
                    f"SELECT item_id, value FROM {table}"  # noqa: S608 - fixed table names
                    f" WHERE checkup_id = ? AND item_id IN ({marks})",
                    [sub.checkup, *sub.answers],
                ).fetchall()
            )
            whole = stored == sub.answers
            if stored and not whole:
                half += 1
            if sub.outcome == "acknowledged":
                if not whole:
                    missing += 1
                if sub.last:
                    row = conn.execute(
                        "SELECT completed_at IS NOT NULL AND profile IS NOT NULL"
                        " FROM checkups_checkup WHERE id = ?",
                        [sub.checkup],
                    ).fetchone()
                    unfinished += not (row and row[0])
            else:
                extra += whole
                if sub.outcome.startswith("connection lost"):
                    lost += 1
                else:
                    statuses[sub.outcome] = statuses.get(sub.outcome, 0) + 1
    finally:
        conn.close()
    return Verdict(
        sent=sum(sub.outcome != "not sent" for sub in subs),
        acknowledged=sum(sub.outcome == "acknowledged" for sub in subs),
        lost_connections=lost,
        other_statuses=statuses,
        missing_acknowledged=missing,
        half_written=half,
        unacknowledged_but_saved=extra,
        integrity=integrity,
        foreign_key_problems=fk_problems,
        incomplete_finish=unfinished,
    )


def report(title: str, events: list[str], verdict: Verdict, seconds: float) -> None:
    print(f"\n{title}")
    for event in events:
        print(f"  {event}")
    print(
        f"  submissions sent {verdict.sent}, acknowledged {verdict.acknowledged},"
        f" connection lost {verdict.lost_connections},"
        f" other answers {verdict.other_statuses or 0}, in {seconds:.1f} s"
    )
    print(
        f"  acknowledged but missing: {verdict.missing_acknowledged};"
        f" half-written pages: {verdict.half_written};"
        f" finished check-ups without scores: {verdict.incomplete_finish}"
    )
    print(
        f"  not acknowledged but saved whole (the crash hit after the commit):"
        f" {verdict.unacknowledged_but_saved}"
    )
    print(
        f"  integrity_check: {verdict.integrity}; foreign_key_check problems:"
        f" {verdict.foreign_key_problems}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    exit_cleanly_on_sigterm()
    print(
        f"Faults: production settings, SQLite, gunicorn {args.workers} workers, {args.people}"
        f" people submitting check-up pages from {args.threads} threads"
    )
    all_ok = True
    with production_env() as env:
        run_nearer(env, "migrate", "--noinput", "-v0")
        db = str(database_path(env))
        for phase, title, kill_at, whole in (
            (1, "Phase 1: kill -9 a worker, twice, mid-burst", [0.3, 0.6], False),
            (2, "Phase 2: kill -9 the whole server mid-burst", [0.5], True),
        ):
            data = seed(env, "faults", str(args.people), f"phase{phase}-")
            people = data["people"]
            assert isinstance(people, list)
            pages = data["pages"]
            assert isinstance(pages, list)
            plans = plan_submissions(people, pages)
            with serve(env, workers=args.workers) as server:
                started = time.monotonic()
                events = run_burst(server, people, plans, args.threads, kill_at, whole)
                seconds = time.monotonic() - started
                if not whole:
                    time.sleep(1)
                    events.append(
                        f"afterwards: {len(server.workers())} workers alive, /healthz"
                        f" {Session(server.port).get('/healthz').status}"
                    )
            verdict = verify(db, plans)
            report(title, events, verdict, seconds)
            all_ok = all_ok and verdict.ok
        # The crashed server's database opens and serves again.
        with serve(env, workers=2) as server:
            status = Session(server.port).get("/healthz").status
            print(f"\nRestarted after the crash: /healthz {status}")
            all_ok = all_ok and status == 200
    print("\nno acknowledged save lost, no half-written page" if all_ok else "\nFAILED")
    raise SystemExit(0 if all_ok else 1)


if __name__ == "__main__":
    main()
