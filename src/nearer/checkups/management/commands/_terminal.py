"""Shared pieces of Nearer's terminal commands: output, clean failures, reading answers, and
the profile as a table, a bar chart and where to start.

The leading underscore keeps Django from listing this module as a command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any, NoReturn, cast

from django.core.management.base import BaseCommand, OutputWrapper
from rich import box
from rich.bar import Bar
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from nearer.core.catalog import Catalog
from nearer.core.scoring import Profile

#: The same colours as the web chart (nearer.core.charts), so a band looks alike everywhere.
BAND_STYLES = {"low": "#4e7d5b", "some": "#946200", "high": "#a33b2b"}
NOT_ENOUGH = "not enough answers"
MESSAGE_LIMIT = 300  # a bad value is echoed back; keep the line readable however large it was


class _Passthrough:
    """A text stream over Django's OutputWrapper that adds no line endings and no styling.

    Rich writes partial lines; OutputWrapper would end each one with a newline (and colour
    stderr red). Writing through the wrapper keeps call_command(stdout=..., stderr=...) working.
    """

    def __init__(self, wrapper: OutputWrapper) -> None:
        self._wrapper = wrapper

    def write(self, text: str) -> int:
        self._wrapper.write(text, style_func=lambda s: s, ending="")
        return len(text)

    def flush(self) -> None:
        self._wrapper.flush()

    def isatty(self) -> bool:
        return self._wrapper.isatty()


def console_for(wrapper: OutputWrapper) -> Console:
    # Rich needs only write, flush and isatty of the IO protocol.
    return Console(file=cast(IO[str], _Passthrough(wrapper)), highlight=False, soft_wrap=False)


def fail(command: BaseCommand, name: str, message: str, code: int = 2) -> NoReturn:
    """One readable line on stderr, nothing on stdout, then exit with ``code``."""
    line = " ".join(message.split())
    if len(line) > MESSAGE_LIMIT:
        line = line[: MESSAGE_LIMIT - 1] + "…"
    command.stderr.write(f"nearer {name}: {line}", style_func=lambda s: s)
    command.stderr.flush()
    raise SystemExit(code)


def write_json(command: BaseCommand, data: object) -> None:
    command.stdout.write(json.dumps(data, indent=2))


def stdin_from(options: Mapping[str, Any]) -> IO[str]:
    """The command's input: ``stdin=`` from call_command (a stealth option), else sys.stdin."""
    stream: IO[str] = options.get("stdin") or sys.stdin
    return stream


class AnswerInputError(ValueError):
    """Input that is not a JSON object of answers."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise AnswerInputError(f"item id given more than once: {key!r}")
        result[key] = value
    return result


def read_answers(stream: IO[str]) -> dict[str, object]:
    """Read ``{"<item id>": 1..5, ...}`` from a stream. Raises :class:`AnswerInputError`.

    Only the shape is checked here; item ids and values are the core's to judge.
    """
    try:
        text = stream.read()
    except UnicodeDecodeError as error:
        raise AnswerInputError(f"input is not UTF-8 text ({error.reason})") from error
    if not text.strip():
        raise AnswerInputError(
            'no answers on stdin: expected a JSON object such as {"fear-of-vulnerability.1": 4}'
        )
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        raise AnswerInputError(
            f"input is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from error
    except RecursionError as error:
        raise AnswerInputError("input is not a JSON object of answers (nested too deeply)") from (
            error
        )
    if not isinstance(data, dict):
        raise AnswerInputError(
            f"expected a JSON object of item ids and answers, got {_json_kind(data)}"
        )
    return data


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "null"


# --- The profile ------------------------------------------------------------------------------


def profile_table(catalog: Catalog, profile: Profile) -> Table:
    table = Table(title="Your profile", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    table.add_column("Barrier", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("What it suggests")
    for barrier in profile.barriers:
        title = catalog.barrier(barrier.slug).title
        if barrier.score is None:
            table.add_row(title, Text("–", style="dim"), Text(NOT_ENOUGH, style="dim"))
            continue
        style = BAND_STYLES.get(barrier.band or "", "")
        band = Text(catalog.band_for(barrier.score).label, style=style)
        table.add_row(title, str(barrier.score), band)
    return table


def profile_chart(catalog: Catalog, profile: Profile, width: int) -> Table:
    """One bar per barrier on a 0..100 scale, in the band's colour, fitted to ``width``."""
    titles = [catalog.barrier(b.slug).title for b in profile.barriers]
    bar_width = max(10, min(50, width - max(len(t) for t in titles) - 6))
    chart = Table.grid(padding=(0, 1))
    chart.add_column(no_wrap=True)
    chart.add_column(width=bar_width, no_wrap=True)
    chart.add_column(justify="right", no_wrap=True)
    for title, barrier in zip(titles, profile.barriers, strict=True):
        if barrier.score is None:
            chart.add_row(title, Text(NOT_ENOUGH, style="dim"), "")
            continue
        colour = BAND_STYLES.get(barrier.band or "", "default")
        # A sliver for 0 keeps the row visibly a bar rather than a gap.
        bar = Bar(100, 0, max(barrier.score, 1), width=bar_width, color=colour)
        chart.add_row(title, bar, str(barrier.score))
    return chart


def _indented(renderable: RenderableType, left: int) -> Padding:
    return Padding(renderable, (0, 0, 0, left), expand=False)


def where_to_start(catalog: Catalog, profile: Profile) -> Group:
    parts: list[RenderableType] = [Text("Where to start", style="bold")]
    if not profile.priorities:
        parts.append(
            Text(
                "There are not enough answers yet to suggest where to start. Answering at least"
                f" {catalog.minimum_answered} statements for a barrier gives it a score."
            )
        )
        return Group(*parts)
    for rank, slug in enumerate(profile.priorities, start=1):
        barrier = catalog.barrier(slug)
        parts.append(Text(""))
        parts.append(Text(f"{rank}. {barrier.title}", style="bold"))
        parts.append(_indented(Text(barrier.summary), 3))
        for practice in barrier.practices[:2]:
            how = f"{practice.mode}, {practice.minutes} minutes, {practice.frequency}"
            parts.append(_indented(Text.assemble("• ", (practice.title, "bold"), f" ({how})"), 3))
            parts.append(_indented(Text(practice.why, style="dim"), 5))
    return Group(*parts)


def satisfaction_line(profile: Profile) -> Text:
    score = profile.satisfaction.score
    if score is None:
        return Text(f"How things feel overall: {NOT_ENOUGH}.")
    return Text(f"How things feel overall: {score} out of 100 (100 is the most content).")


def print_profile(console: Console, catalog: Catalog, profile: Profile) -> None:
    console.print(profile_table(catalog, profile))
    console.print()
    console.print(
        Text("At a glance (0 = no sign of the barrier, 100 = the strongest)", style="bold")
    )
    console.print(profile_chart(catalog, profile, console.width))
    console.print()
    console.print(satisfaction_line(profile))
    console.print()
    console.print(where_to_start(catalog, profile))
    console.print()
    console.print(
        Text(
            "These scores describe how things feel to you right now. They are not a verdict on"
            " you, your partner or your relationship.",
            style="italic",
        )
    )


def barriers_table(catalog: Catalog) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    table.add_column("Barrier", no_wrap=True)
    table.add_column("In a line")
    for barrier in catalog.barriers:
        name = Text.assemble((barrier.title, "bold"), "\n", (barrier.slug, "dim"))
        table.add_row(name, Text(barrier.summary))
        table.add_section()
    return table


def print_rows(
    console: Console,
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    keep_whole: int = 1,
    caption: str | None = None,
) -> None:
    """A plain table; the first ``keep_whole`` columns (ids, names) are never wrapped."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, caption=caption, caption_justify="left")
    for index, column in enumerate(columns):
        table.add_column(column, no_wrap=index < keep_whole)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)
