"""The leave-one-writer-out estimate, on a small data folder of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nearer.core.language import crosswriter, data

URGENT = [
    "he said he will kill me tonight when he gets home",
    "i have the pills counted out and i am doing it tonight",
    "he had his hands around my throat until i blacked out",
    "she locked me in the bedroom and took my phone so i cant leave",
    "i wrote the goodbye letters and i am going to end it",
    "he pointed the gun at me and said nobody would find me",
]
CONCERN = [
    "he checks my phone every night and reads all my messages",
    "she takes my whole salary and gives me an allowance",
    "he says my friends are bad for me and i have stopped seeing them",
    "i feel hopeless most days but i would not hurt myself",
    "he tracks where i am and gets angry if i am late",
    "she calls me stupid in front of everyone at dinner",
]
NONE = [
    "we went for a walk by the river and got ice cream",
    "my boss will kill me if i am late again lol",
    "we argued about the dishes but sorted it out",
    "i am so tired after the night shift",
    "the new sofa arrives on tuesday morning",
    "we are planning a trip to the coast in june",
]


def _write(path: Path, texts: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")


@pytest.fixture
def writers_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    safety = tmp_path / "safety"
    for label, texts in (("urgent", URGENT), ("concern", CONCERN), ("none", NONE)):
        # Our own texts: many variants, so every fold keeps every label.
        _write(safety / f"{label}.jsonl", [f"{t} ({n})" for t in texts for n in range(5)])
        _write(safety / f"{label}-extra21.jsonl", [f"writer a: {t}" for t in texts])
        _write(safety / f"{label}-extra22.jsonl", [f"writer b says {t}" for t in texts[:4]])
    # Everyday relationship texts join the safety model as "none", as in training.
    _write(
        tmp_path / "patterns" / "neutral.jsonl",
        [f"{t} again ({n})" for t in NONE for n in range(3)],
    )
    monkeypatch.setenv("NEARER_LANGUAGE_DATA", str(tmp_path))
    return tmp_path


def test_blind_writers_are_known_by_their_file_number() -> None:
    assert data.writer_of(data.Example("x", "urgent", "urgent-extra21.jsonl")) == "A"
    assert data.writer_of(data.Example("x", "none", "none-extra38.jsonl")) == "R"
    assert data.writer_of(data.Example("x", "urgent", "urgent-extra2.jsonl")) is None
    assert data.writer_of(data.Example("x", "urgent", "urgent.jsonl")) is None


def test_every_text_of_the_left_out_writer_is_judged(writers_data: Path) -> None:
    scores = crosswriter.cross_writer(["A", "B"])
    a, b = scores
    assert (a.writer, a.urgent, a.urgent_or_concern, a.none) == ("A", 6, 12, 6)
    assert (b.writer, b.urgent, b.urgent_or_concern, b.none) == ("B", 4, 8, 4)
    for s in scores:
        assert 0 <= s.urgent_caught <= s.urgent
        assert 0 <= s.none_flagged <= s.none
        assert "urgent" in s.thresholds
    total = crosswriter.pooled(scores)
    assert (total.urgent, total.none) == (10, 10)


def test_the_estimate_is_deterministic(writers_data: Path) -> None:
    first = crosswriter.cross_writer(["A"])
    second = crosswriter.cross_writer(["A"])
    assert first == second


def test_an_unknown_writer_is_one_readable_line_and_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nearer.core.language.crosswriter", "--writers", "AZ"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "crosswriter: unknown writers Z; known: ABCDEFGHIJKLMNOPQR"
    assert result.stdout == ""
