"""SQLite as the zero-config default: two people saving at the same moment both succeed.

WAL lets readers and a writer work together; IMMEDIATE transactions take the write lock at
BEGIN, so a transaction that reads and then writes waits for its turn instead of failing with
"database is locked" (which the busy timeout cannot help once a read snapshot is stale)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.ops.helpers import ROOT, base_env

WRITER = """
import sys, time
import django
django.setup()
from django.db import connection
from nearer.accounts.models import User
from nearer.checkups import services
from nearer.web.catalog import site_catalog

name, rounds, start = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
catalog = site_catalog()
pages = services.checkup_pages(catalog)
user = User.objects.create_user(email=f"{name}@example.org", password=None)
assert connection.settings_dict["OPTIONS"]["transaction_mode"]
while time.time() < start:
    time.sleep(0.001)
for n in range(rounds):
    checkup = services.checkup_start(user=user)  # reads, then writes
    for page in pages:
        items = catalog.safety.items if page.is_safety else page.items
        answers = {item.id: 1 + (n + i) % 4 for i, item in enumerate(items)}
        services.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
    services.checkup_complete(catalog=catalog, checkup=checkup)  # reads, then writes
print("done", name)
"""


@pytest.mark.slow
def test_people_saving_at_the_same_moment_never_see_database_is_locked(
    migrated_var: Path,
) -> None:
    env = base_env(migrated_var, DJANGO_SETTINGS_MODULE="nearer.web.settings")
    rounds, writers = 6, 4
    start = time.time() + 4  # every writer has imported Django and is waiting by then
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, f"partner{n}", str(rounds), str(start)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert "locked" not in err, err
        assert process.returncode == 0, err
        assert out.startswith("done")

    import sqlite3

    database = sqlite3.connect(migrated_var / "nearer.sqlite3")
    try:
        finished = database.execute(
            "SELECT COUNT(*) FROM checkups_checkup WHERE completed_at IS NOT NULL"
        ).fetchone()[0]
        assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()
    assert finished == rounds * writers
