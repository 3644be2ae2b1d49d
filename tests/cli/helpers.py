"""Running Nearer's terminal commands for real: as a subprocess of `.venv/bin/nearer`, or in
process through call_command where many runs are needed (the property-based tests)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.management import call_command

from nearer.core.catalog import Catalog

NEARER = Path(sys.executable).with_name("nearer")
#: The twelve barrier slugs, written out here so a change to the contract fails a test.
SLUGS = [
    "fear-of-vulnerability",
    "unresolved-past-trauma",
    "lack-of-communication",
    "holding-onto-resentment",
    "fear-of-rejection",
    "emotional-unavailability",
    "unrealistic-expectations",
    "neglecting-quality-time",
    "fear-of-conflict",
    "emotional-burnout",
    "comparing-to-others",
    "lack-of-physical-affection",
]
WIDE = "200"  # rich wraps at 80 columns when not on a terminal; wide output keeps lines whole


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def nearer(*args: str, stdin: str = "", cwd: Path | None = None) -> Run:
    """Run the installed `nearer` command; `cwd` holds its var/ (secret key, any database)."""
    env = {**os.environ, "COLUMNS": WIDE}
    env.pop("DATABASE_URL", None)  # the SQLite file under cwd/var is what tests look at
    done = subprocess.run(
        [str(NEARER), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def call(name: str, *args: str, stdin: str | None = None) -> Run:
    """Run a command in process; SystemExit becomes the exit code, as in the shell."""
    out, err = io.StringIO(), io.StringIO()
    options: dict[str, Any] = {"stdout": out, "stderr": err}
    if stdin is not None:
        options["stdin"] = io.StringIO(stdin)
    try:
        call_command(name, *args, **options)
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    return Run(code, out.getvalue(), err.getvalue())


def page_order(catalog: Catalog) -> list[str]:
    """Item ids in the order the check-up asks them."""
    return [item.id for page in catalog.checkup_pages() for item in page]


def lines(*answers: str) -> str:
    return "".join(answer + "\n" for answer in answers)
