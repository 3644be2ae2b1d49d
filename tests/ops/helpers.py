"""Running Nearer as an administrator would: the `nearer` command in subprocesses, each with
its own settings from the environment and its own var/ folder."""

from __future__ import annotations

import ctypes
import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

from nearer.core.crypto import new_key

NEARER = str(Path(sys.executable).with_name("nearer"))
ROOT = Path(__file__).resolve().parents[2]


def base_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """A clean environment: none of the caller's NEARER_*, DJANGO_* or DATABASE_URL."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEARER_", "DJANGO_")) and k != "DATABASE_URL"
    }
    env["NEARER_VAR_DIR"] = str(var_dir)
    env.update(extra)
    return env


def production_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """Production settings as the README lists them; ``extra`` overrides any of them."""
    settings = {
        "NEARER_ENV": "production",
        "NEARER_SECRET_KEY": secrets.token_urlsafe(64),
        "NEARER_ALLOWED_HOSTS": "nearer.example.org,127.0.0.1",
        "NEARER_FIELD_KEYS": new_key(),
        "NEARER_HTTPS": "1",
    }
    return base_env(var_dir, **{**settings, **extra})


def nearer(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [NEARER, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def die_with_parent() -> None:
    """For ``preexec_fn``: the child gets SIGKILL if the test process dies without cleaning up
    (gunicorn's workers then see their master gone and stop too)."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
