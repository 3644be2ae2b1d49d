"""``nearer analyze``: the language analyzer on the command line. Never touches the database.

    nearer analyze "some text"          a readable summary
    nearer analyze --jsonl < in.jsonl   one JSON result per input line, streamed

Input lines are ``{"id": ..., "text": ...}``. A malformed line (bad JSON, not an object, text
missing or not a string) gets ``{"id": <id or null>, "error": "<reason>"}`` and the rest go on.
Blank lines are skipped. The exit status is 0 unless standard input itself cannot be read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

BATCH = 64


class Command(BaseCommand):
    help = "Read barriers, message pattern and danger signals in text (offline)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", nargs="?", help="the text to analyse")
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help='read {"id": ..., "text": ...} lines on stdin, write one JSON result per line',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["jsonl"]:
            if options["text"] is not None:
                raise CommandError("give either --jsonl or a text, not both")
            stdin: IO[Any] = getattr(self, "stdin", sys.stdin)
            run_jsonl(stdin, self.stdout)
            return
        if options["text"] is None:
            raise CommandError("give a text to analyse, or --jsonl to read JSON lines on stdin")
        print_summary(options["text"], self.stdout)

    def execute(self, *args: Any, **options: Any) -> str | None:
        # call_command(stdin=...) support, as Django's own commands do.
        if "stdin" in options:
            self.stdin = options.pop("stdin")
        return super().execute(*args, **options)


def parse_line(line: str | bytes) -> tuple[Any, str | None, str | None]:
    """(id, text, error) for one input line; exactly one of text and error is set."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            return None, None, "line is not valid UTF-8"
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, None, f"invalid JSON: {exc}"
    if not isinstance(row, dict):
        return None, None, "each line must be a JSON object"
    ident = row.get("id")
    if "text" not in row:
        return ident, None, 'missing "text"'
    text = row["text"]
    if not isinstance(text, str):
        return ident, None, '"text" must be a string'
    return ident, text, None


def _lines(stream: IO[Any]) -> Iterator[str | bytes]:
    try:
        yield from stream
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot read standard input: {exc}", returncode=2) from exc


def run_jsonl(stream: IO[Any], out: Any) -> None:
    """Stream results: each batch is written (and flushed) as soon as it is analysed.

    A batch is at most ``BATCH`` lines, and is cut early whenever the input has nothing
    more ready, so an interactive producer gets each answer without waiting for more lines.
    Reads bytes when it can, so one line of broken UTF-8 is one error, not the end.
    """
    from nearer.core.language import analyze_many

    source: IO[Any] = getattr(stream, "buffer", stream)
    pending: list[tuple[Any, str | None, str | None]] = []

    def flush() -> None:
        texts = [t for _, t, _ in pending if t is not None]
        results = iter(analyze_many(texts))
        for ident, text, error in pending:
            if text is None:
                row: dict[str, Any] = {"id": ident, "error": error}
            else:
                row = {"id": ident, **next(results).to_json()}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
        pending.clear()

    for raw in _lines(source):
        if not raw.strip():
            continue
        pending.append(parse_line(raw.strip()))
        if len(pending) >= BATCH or not _more_ready(source):
            flush()
    if pending:
        flush()


def _more_ready(stream: IO[Any]) -> bool:
    """Whether more input is waiting at the OS level (never blocks)."""
    try:
        import select

        ready, _, _ = select.select([stream.fileno()], [], [], 0)
        return bool(ready)
    except (OSError, ValueError, AttributeError):
        return True  # no file descriptor (e.g. a StringIO in tests): everything is there


def print_summary(text: str, out: Any) -> None:
    from rich.console import Console
    from rich.text import Text

    from nearer.core.language import analyze

    result = analyze(text)
    console = Console(file=out, highlight=False, soft_wrap=True)
    safety_style = {"urgent": "bold white on red", "concern": "bold yellow", "none": "green"}
    console.print(
        Text.assemble(("Safety   ", "bold"), (result.safety, safety_style[result.safety]))
    )
    if result.safety == "urgent":
        console.print(
            "         This reads like someone may be in danger. If that is you, please contact "
            "local emergency services or a crisis line now."
        )
    console.print(Text.assemble(("Pattern  ", "bold"), result.pattern))
    if result.barriers:
        listed = ", ".join(f"{b.slug} ({b.score:.2f})" for b in result.barriers)
        console.print(Text.assemble(("Barriers ", "bold"), listed))
    else:
        console.print(Text.assemble(("Barriers ", "bold"), "none that stand out"))
    ev = result.evidence
    highlighted = Text(text)
    for span in ev.safety:
        highlighted.stylize("bold red", span.start, span.end)
    for span in ev.pattern:
        highlighted.stylize("underline", span.start, span.end)
    for spans in ev.barriers.values():
        for span in spans:
            highlighted.stylize("cyan", span.start, span.end)
    console.print(Text.assemble(("Evidence ", "bold"), highlighted))
