"""`nearer serve` for real: gunicorn workers, static files from the app, /healthz, headers."""

from __future__ import annotations

import gzip
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.ops.helpers import NEARER, ROOT, die_with_parent, production_env

Answer = tuple[int, dict[str, str], bytes]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(port: int, path: str, **headers: str) -> Answer:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        # As behind a TLS-terminating proxy, which says the original request was https.
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https", **headers})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(production_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """One production server for this module."""
    migrated_var = tmp_path_factory.mktemp("serve") / "var"
    shutil.copytree(production_template, migrated_var)
    port = _free_port()
    log = migrated_var / "serve.log"
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [NEARER, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            env=production_env(migrated_var),
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if _get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.slow
def test_serve_runs_gunicorn_with_health_static_files_and_headers(server: int) -> None:
    status, headers, body = _get(server, "/healthz")
    assert (status, body) == (200, b'{"status": "ok"}')
    assert headers["content-type"] == "application/json"

    status, headers, body = _get(server, "/")
    assert status == 200
    assert headers["server"] == "gunicorn"
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert "'unsafe-inline'" not in headers["content-security-policy"]

    # Static files: hashed names from the manifest, served by the app, compressed, cached long.
    css = re.search(rb'href="(/static/nearer/site\.[0-9a-f]{12}\.css)"', body)
    assert css is not None, body[:500]
    status, headers, plain = _get(server, css.group(1).decode())
    assert status == 200
    assert "immutable" in headers["cache-control"]
    status, headers, packed = _get(server, css.group(1).decode(), **{"Accept-Encoding": "gzip"})
    assert headers.get("content-encoding") == "gzip"
    assert gzip.decompress(packed) == plain


@pytest.mark.slow
def test_a_killed_worker_is_replaced_and_the_server_keeps_answering(server: int) -> None:
    master = next(
        pid
        for pid in map(int, filter(str.isdigit, os.listdir("/proc")))
        if _listening_master(pid, server)
    )
    workers = _children(master)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    deadline = time.monotonic() + 30
    while workers[0] in _children(master) or len(_children(master)) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert all(_get(server, "/healthz")[0] == 200 for _ in range(5))


def _listening_master(pid: int, port: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"gunicorn" in b" ".join(cmdline) and f"127.0.0.1:{port}".encode() in cmdline
