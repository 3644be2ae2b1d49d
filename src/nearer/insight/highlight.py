"""Split a person's text into paragraphs of plain and highlighted segments. No Django here.

Templates render the segments with autoescaping on (``<mark>{{ segment.text }}</mark>``), so
the person's own words are never marked safe: the markup is ours, the text is always escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text; ``mark`` when it should be highlighted, ``labels`` saying why."""

    text: str
    mark: bool = False
    labels: tuple[str, ...] = ()
    line_break: bool = False


Paragraph = list[Segment]


def _merge(length: int, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, set[str]]]:
    """Clip spans to the text and merge the ones that overlap or touch."""
    clipped = sorted(
        (max(0, start), min(length, end), label)
        for start, end, label in spans
        if min(length, end) > max(0, start)
    )
    merged: list[tuple[int, int, set[str]]] = []
    for start, end, label in clipped:
        if merged and start <= merged[-1][1]:
            last_start, last_end, labels = merged[-1]
            labels.add(label)
            merged[-1] = (last_start, max(last_end, end), labels)
        else:
            merged.append((start, end, {label}))
    return merged


def _runs(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Segment]:
    runs: list[Segment] = []
    position = 0
    for start, end, labels in _merge(len(text), spans):
        if start > position:
            runs.append(Segment(text[position:start]))
        runs.append(
            Segment(text[start:end], True, tuple(sorted(label for label in labels if label)))
        )
        position = end
    if position < len(text):
        runs.append(Segment(text[position:]))
    return runs


def highlight(text: str, spans: Iterable[tuple[int, int, str]] = ()) -> list[Paragraph]:
    """Paragraphs (split at blank lines) of segments, with ``spans`` (start, end, label)
    highlighted; single line breaks become ``line_break`` segments. Concatenating the segments
    gives back the text, apart from line endings and blank lines between paragraphs."""
    paragraphs: list[Paragraph] = [[]]
    pending_breaks = 0
    for run in _runs(text, spans):
        pieces = _NEWLINE.split(run.text)
        for index, piece in enumerate(pieces):
            if index > 0:
                pending_breaks += 1
            if not piece:
                continue
            if not run.mark and not piece.strip() and pending_breaks:
                # Spaces on an otherwise empty line: part of the paragraph break.
                continue
            if pending_breaks:
                if pending_breaks >= 2 and paragraphs[-1]:
                    paragraphs.append([])
                elif paragraphs[-1]:
                    paragraphs[-1].append(Segment("", line_break=True))
                pending_breaks = 0
            paragraphs[-1].append(Segment(piece, run.mark, run.labels))
    return [paragraph for paragraph in paragraphs if paragraph]
