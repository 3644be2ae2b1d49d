"""The labelled texts under ``data/language``: loading, the train/dev split and the data hash.

Layout: ``data/language/<task>/<label>.jsonl``, one ``{"text": ...}`` per line; the label is the
file name. For barriers, every ``none-*.jsonl`` file is the "none" class (ordinary text that
reflects no barrier). Files named ``<label>-extra.jsonl`` (or ``-extra2``, ...) add texts to
``<label>``.

Split: a text goes to dev when the first byte of the SHA-256 of its whitespace-normalised,
case-folded form is below 52 (52/256, about 20%); train otherwise. The split depends only on the
text, so it is stable as files grow and a duplicate can never straddle train and dev.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

Task = Literal["barriers", "patterns", "safety"]
TASKS: Final[tuple[Task, ...]] = ("barriers", "patterns", "safety")
NONE_LABEL: Final = "none"
DEV_CUTOFF: Final = 52
_EXTRA: Final = re.compile(r"-extra\d*$")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    source: str


def data_dir() -> Path:
    """``$NEARER_LANGUAGE_DATA`` or the repository's ``data/language``."""
    env = os.environ.get("NEARER_LANGUAGE_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[4] / "data" / "language"


def label_of(task: Task, stem: str) -> str:
    stem = _EXTRA.sub("", stem)
    if task == "barriers" and (stem == NONE_LABEL or stem.startswith(NONE_LABEL + "-")):
        return NONE_LABEL
    return stem


def load(task: Task, root: Path | None = None) -> list[Example]:
    """Every example of ``task``, in a stable order; blank or broken lines are skipped."""
    folder = (root or data_dir()) / task
    out: list[Example] = []
    seen: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*.jsonl")):
        label = label_of(task, path.stem)
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str) or not text.strip():
                continue
            key = (_norm(text), label)
            if key in seen:
                continue
            seen.add(key)
            out.append(Example(text, label, path.name))
    return out


# Every holdout set: data/language/<name>/{barriers,patterns,safety}.jsonl, never trained on,
# with the heading `make eval` gives it (how it was written and how it has been used; see
# docs/language.md).
HOLDOUTS: Final = {
    "holdout": "holdout, written independently, never trained on",
    "holdout2": "holdout2, written blind, never trained on; used for diagnosis after its"
    " first look (first look: urgent 0.950, urgent-or-concern 0.858)",
    "holdout3": "holdout3, written blind, never trained on; used for diagnosis after its"
    " first look (first look: urgent 0.910, urgent-or-concern 0.875, false alarms 0.030)",
    "holdout4": "holdout4, written blind, never trained on or read; tables printed 14 times"
    " (first look: urgent 0.908, urgent-or-concern 0.845, false alarms 0.100)",
    "holdout5": "holdout5, written blind, never trained on or read; tables printed 13 times"
    " (first look: urgent 0.927, urgent-or-concern 0.915, false alarms 0.100)",
    "holdout6": "holdout6, written blind, never trained on or read; tables printed 11 times"
    " (first look: urgent 0.936, urgent-or-concern 0.905, false alarms 0.030)",
    "holdout7": "holdout7, written blind, never trained on or read; tables printed 6 times"
    " (first look: urgent 0.958, urgent-or-concern 0.940, false alarms 0.040)",
    "holdout8": "holdout8, written blind, never trained on or read; kept back until round 10's"
    " artifact was chosen (first look: urgent 0.983, urgent-or-concern 0.980, false alarms 0.030)",
    "holdout9": "holdout9, written blind, never trained on or read; kept back until round 10's"
    " artifact was chosen (first look: urgent 0.983, urgent-or-concern 0.970, false alarms 0.040)",
}
HOLDOUT_DIRS: Final = tuple(HOLDOUTS)


# The blind training writers (docs/language.md, rounds 8 to 10): writer letter by the number NN
# of their files, safety/<label>-extraNN.jsonl. ``crosswriter`` leaves one out at a time.
BLIND_WRITERS: Final = {21 + i: letter for i, letter in enumerate("ABCDEFGHIJKLMNOPQR")}
_WRITER_FILE: Final = re.compile(r"-extra(\d+)\.jsonl$")


def writer_of(example: Example) -> str | None:
    """The blind writer of a safety example, or ``None`` for texts we wrote ourselves."""
    m = _WRITER_FILE.search(example.source)
    return BLIND_WRITERS.get(int(m.group(1))) if m else None


def holdout_dir(name: str = "holdout") -> Path:
    """``$NEARER_LANGUAGE_<NAME>`` (``NEARER_LANGUAGE_HOLDOUT``, ``..._HOLDOUT2``, ...) or
    ``data/language/<name>``."""
    env = os.environ.get(f"NEARER_LANGUAGE_{name.upper()}")
    if env:
        return Path(env)
    return data_dir() / name


def load_holdout(root: Path | None = None) -> dict[Task, list[Example]] | None:
    """The independently written holdout set, ``<root>/<task>.jsonl`` with ``{"text", "label"}``
    lines; ``None`` unless all three files exist. Never used for training: ``load`` reads
    ``data/language/<task>/`` only, and no holdout folder is a task.
    ``load_holdout(holdout_dir("holdout2"))`` and so on read the later sets."""
    folder = root or holdout_dir()
    paths = {task: folder / f"{task}.jsonl" for task in TASKS}
    if not all(p.is_file() for p in paths.values()):
        return None
    out: dict[Task, list[Example]] = {}
    for task, path in paths.items():
        rows: list[Example] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(row, dict):
                continue
            text, label = row.get("text"), row.get("label")
            if isinstance(text, str) and text.strip() and isinstance(label, str):
                rows.append(Example(text, label, path.name))
        out[task] = rows
    return out


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def is_dev(text: str) -> bool:
    return hashlib.sha256(_norm(text).encode("utf-8", "surrogatepass")).digest()[0] < DEV_CUTOFF


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if not is_dev(e.text)]
    dev = [e for e in examples if is_dev(e.text)]
    return train, dev


def data_hash(root: Path | None = None) -> str:
    """SHA-256 over every task's (label, text) pairs, order-independent within a task."""
    h = hashlib.sha256()
    for task in TASKS:
        rows = sorted(f"{e.label}\t{e.text}" for e in load(task, root))
        h.update(task.encode())
        for row in rows:
            h.update(b"\0" + row.encode("utf-8", "surrogatepass"))
    return h.hexdigest()
