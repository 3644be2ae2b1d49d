"""Shared pieces for the web benchmarks: production settings in a throwaway folder, a gunicorn
server whose every process is cleaned up, and a tiny HTTP client for 127.0.0.1 only."""

from __future__ import annotations

import ctypes
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
NEARER = str(Path(PYTHON).with_name("nearer"))
HOST = "127.0.0.1"


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def exit_cleanly_on_sigterm() -> None:
    """SIGTERM/SIGHUP run the `finally` blocks that stop our servers, like Ctrl+C does."""
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextmanager
def production_env() -> Iterator[dict[str, str]]:
    """Production settings (DEBUG off, https behind a proxy) with SQLite in a temp folder."""
    var_dir = Path(tempfile.mkdtemp(prefix="nearer-bench-"))
    key = subprocess.run(
        [NEARER, "make-field-key"], check=True, capture_output=True, text=True
    ).stdout.strip()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEARER_", "DJANGO_")) and k != "DATABASE_URL"
    }
    env.update(
        NEARER_ENV="production",
        NEARER_SECRET_KEY=secrets.token_urlsafe(64),
        NEARER_ALLOWED_HOSTS=HOST,
        NEARER_FIELD_KEYS=key,
        NEARER_HTTPS="1",
        NEARER_VAR_DIR=str(var_dir),
        DJANGO_SETTINGS_MODULE="nearer.web.settings",
        PYTHONPATH=str(ROOT),
    )
    try:
        yield env
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


def run_nearer(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [NEARER, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"nearer {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def seed(env: dict[str, str], *args: str) -> dict[str, object]:
    result = subprocess.run(
        [PYTHON, "-m", "bench.seed", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"seeding failed:\n{result.stderr}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(data, dict)
    return data


def database_path(env: dict[str, str]) -> Path:
    return Path(env["NEARER_VAR_DIR"]) / "nearer.sqlite3"


# --- The server -----------------------------------------------------------------------------


@dataclass
class Server:
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def workers(self) -> list[int]:
        """Live worker pids (children of the gunicorn master)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return sorted(int(pid) for pid in children.read_text().split())
        except OSError:
            pass
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # "pid (name) state ppid ..." - the name may hold spaces, so split after ")".
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[1]) == self.process.pid:
                found.append(int(entry.name))
        return sorted(found)


def sockets(pid: int) -> int:
    """How many sockets a process holds open."""
    count = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            count += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except OSError:
            continue
    return count


def busy_worker(server: Server, idle_sockets: int, wait: float = 2.0) -> tuple[int, bool]:
    """A worker in the middle of a request, if one shows up within ``wait`` seconds: a sync
    worker holds one socket more than when idle (its client's) while it answers. Else any."""
    deadline = time.monotonic() + wait
    while True:
        workers = server.workers()
        for pid in workers:
            try:
                if sockets(pid) > idle_sockets:
                    return pid, True
            except OSError:
                continue
        if time.monotonic() > deadline and workers:
            return workers[0], False
        time.sleep(0.0002)


def _wait_healthy(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server stopped:\n{server.log.read_text()}")
        try:
            if request(server.port, "GET", "/healthz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer in {timeout} s:\n{server.log.read_text()}")


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL it if this benchmark dies without cleaning up
    (gunicorn's workers then see their master gone and stop too)."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


@contextmanager
def serve(env: dict[str, str], *, workers: int) -> Iterator[Server]:
    """`nearer serve` in its own process group; the group is killed on the way out."""
    port = free_port()
    log = Path(env["NEARER_VAR_DIR"]) / f"server-{port}.log"
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [
                NEARER,
                "serve",
                "--no-migrate",
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                str(workers),
            ],
            env=env,
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    server = Server(port, process, log)
    try:
        _wait_healthy(server, 60)
        while len(server.workers()) < workers:
            time.sleep(0.05)
        yield server
    finally:
        stop_group(process)


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """TERM the process group, then KILL whatever is left of it."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with suppress(subprocess.TimeoutExpired):
        process.wait(timeout=15)
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


# --- A small HTTP client (loopback only) ----------------------------------------------------


@dataclass
class Response:
    status: int
    headers: dict[str, list[str]]
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), [""])[0]

    def cookies(self) -> dict[str, str]:
        found = {}
        for line in self.headers.get("set-cookie", []):
            name, _, rest = line.partition("=")
            found[name.strip()] = rest.split(";", 1)[0]
        return found


@dataclass
class Session:
    """Cookies kept by hand: the production cookies are Secure, and we speak plain http to
    127.0.0.1 while claiming https the way a TLS-terminating proxy would."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)

    def headers(self) -> dict[str, str]:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {"Cookie": cookie} if cookie else {}

    def get(self, path: str) -> Response:
        response = request(self.port, "GET", path, headers=self.headers())
        self.cookies.update(response.cookies())
        return response

    def post(self, path: str, form: dict[str, str], *, timeout: float = 30) -> Response:
        response = request(
            self.port, "POST", path, headers=self.headers(), form=form, timeout=timeout
        )
        self.cookies.update(response.cookies())
        return response


def proxy_headers(port: int) -> dict[str, str]:
    return {
        "Host": f"{HOST}:{port}",
        "X-Forwarded-Proto": "https",
        "Origin": f"https://{HOST}:{port}",
    }


def request(
    port: int,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    timeout: float = 30,
) -> Response:
    body = urllib.parse.urlencode(form).encode() if form is not None else None
    all_headers = {**proxy_headers(port), **(headers or {})}
    if body is not None:
        all_headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=all_headers)
        raw = connection.getresponse()
        collected: dict[str, list[str]] = {}
        for name, value in raw.getheaders():
            collected.setdefault(name.lower(), []).append(value)
        return Response(raw.status, collected, raw.read())
    finally:
        connection.close()


def csrf_token(html: bytes) -> str:
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if match is None:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1).decode()


def log_in(port: int, email: str, password: str) -> Session:
    session = Session(port)
    page = session.get("/accounts/login/")
    token = csrf_token(page.body)
    response = session.post(
        "/accounts/login/",
        {"csrfmiddlewaretoken": token, "username": email, "password": password},
    )
    if response.status != 302 or "sessionid" not in session.cookies:
        raise RuntimeError(f"could not sign in (status {response.status})")
    return session
