"""``nearer analyze``: the JSON-lines contract and the readable summary."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

NEARER = Path(sys.executable).with_name("nearer")


def run_jsonl(stdin: str) -> list[dict[str, object]]:
    out = io.StringIO()
    call_command("analyze", "--jsonl", stdin=io.StringIO(stdin), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_a_result_with_its_id() -> None:
    rows = run_jsonl(
        '{"id": 7, "text": "You never help. Whatever."}\n'
        '{"id": "b", "text": "He choked me last night"}\n'
    )
    assert [r["id"] for r in rows] == [7, "b"]
    first = rows[0]
    assert set(first) == {"id", "barriers", "pattern", "safety", "evidence"}
    evidence = first["evidence"]
    barriers = first["barriers"]
    assert isinstance(evidence, dict) and isinstance(barriers, list)
    assert set(evidence) == {"barriers", "pattern", "safety"}
    for b in barriers:
        assert isinstance(b, dict) and set(b) == {"slug", "score"}
    assert rows[1]["safety"] == "urgent"


def test_malformed_lines_get_errors_and_the_rest_go_on() -> None:
    rows = run_jsonl(
        "not json\n"
        "\n"
        "[1, 2]\n"
        '{"id": 1}\n'
        '{"id": 2, "text": 42}\n'
        '"just a string"\n'
        '{"id": 3, "text": "Can we talk tonight?"}\n'
    )
    assert rows[0] == {"id": None, "error": rows[0]["error"]}
    assert "JSON" in str(rows[0]["error"])
    assert rows[1]["id"] is None and "object" in str(rows[1]["error"])
    assert rows[2]["id"] == 1 and "text" in str(rows[2]["error"])
    assert rows[3]["id"] == 2 and "string" in str(rows[3]["error"])
    assert rows[4]["id"] is None and "error" in rows[4]
    assert rows[5]["id"] == 3 and rows[5]["pattern"] in {"gentle", "neutral"}
    assert len(rows) == 6  # the blank line is skipped


def test_a_missing_id_is_null() -> None:
    (row,) = run_jsonl('{"text": "hello"}\n')
    assert row["id"] is None and "pattern" in row


def test_the_installed_command_streams_and_exits_zero_on_bad_bytes() -> None:
    stdin = (
        b'{"id": 1, "text": "I feel lonely when you work late"}\n'
        b"\xff\xfe not utf-8\n"
        b'{"id": 2, "text": "See you at 6"}\n'
    )
    proc = subprocess.run(
        [str(NEARER), "analyze", "--jsonl"], input=stdin, capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == [1, None, 2]
    assert "UTF-8" in rows[1]["error"]


def test_each_result_is_written_before_the_next_line_arrives() -> None:
    proc = subprocess.Popen(
        [str(NEARER), "analyze", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b'{"id": "first", "text": "Can we talk later?"}\n')
        proc.stdin.flush()
        line = proc.stdout.readline()  # would hang if output waited for more input
        assert json.loads(line)["id"] == "first"
        proc.stdin.write(b'{"id": "second", "text": "ok"}\n')
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["id"] == "second"
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()


def test_plain_text_prints_a_readable_summary() -> None:
    out = io.StringIO()
    call_command("analyze", "You never listen to me", stdout=out)
    text = out.getvalue()
    assert "Safety" in text and "Pattern" in text and "Barriers" in text
    assert "criticism" in text
