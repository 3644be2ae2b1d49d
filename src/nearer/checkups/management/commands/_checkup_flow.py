"""The check-up as a conversation in the terminal: pages of statements, then the safety screen.

Answers live in memory only. Safety-screen answers are kept just long enough to know whether
the screen is positive, are never printed, and are not returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Final

from rich.columns import Columns
from rich.console import Console
from rich.padding import Padding
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from nearer.core.catalog import Catalog, ScalePoint
from nearer.core.safety import screen_positive

BACK: Final = "b"


class InputEnded(Exception):
    """Input ended (Ctrl-D, or the end of piped input) before the check-up was finished."""


@dataclass(frozen=True, slots=True)
class Step:
    item_id: str
    text: str
    page: int  # 1-based; the safety screen is the last page
    safety: bool


class TerminalCheckup:
    def __init__(self, catalog: Catalog, console: Console, stdin: IO[str]) -> None:
        self.catalog = catalog
        self.console = console
        self.stdin = stdin
        item_pages = catalog.checkup_pages()
        self.steps: tuple[Step, ...] = tuple(
            Step(item.id, item.text, number, safety=False)
            for number, page in enumerate(item_pages, start=1)
            for item in page
        ) + tuple(
            Step(item.id, item.text, len(item_pages) + 1, safety=True)
            for item in catalog.safety.items
        )
        self.page_count = len(item_pages) + 1
        self.satisfaction_page = len(item_pages)
        self.statement_count = len(catalog.checkup_items)
        self._echo_newline = not _isatty(stdin)

    def run(self) -> dict[str, int]:
        """Ask everything; return the check-up answers (never the safety answers)."""
        answers: dict[str, int] = {}
        safety: dict[str, int] = {}
        self._privacy_note()
        index = 0
        shown_page = 0
        while index < len(self.steps):
            step = self.steps[index]
            if step.page != shown_page:
                self._page_header(step, index)
                shown_page = step.page
            store = safety if step.safety else answers
            reply = self._ask(step, index, store.get(step.item_id))
            if reply == BACK:
                if index == 0:
                    self.console.print(Text("This is the first statement.", style="dim"))
                else:
                    index -= 1
                continue
            if isinstance(reply, int):
                store[step.item_id] = reply
            index += 1
            if step.safety and screen_positive(self.catalog, safety):
                self._show_resources()
                break
        safety.clear()
        return answers

    # --- reading ------------------------------------------------------------------------

    def _read_line(self) -> str:
        line = self.stdin.readline()
        if line == "":
            raise InputEnded
        if self._echo_newline:
            # Piped input is not echoed; end the prompt line so the next one starts fresh.
            self.console.print()
        return line.strip().lower()

    def _ask(self, step: Step, index: int, current: int | None) -> int | str | None:
        """Ask until the reply is an answer, a skip (None) or BACK."""
        scale = self.catalog.safety.scale if step.safety else self.catalog.agreement_scale
        low, high = scale[0].value, scale[-1].value
        if step.safety:
            number = index - self.statement_count + 1
            position = f"{number} of {len(self.catalog.safety.items)}"
        else:
            position = f"{index + 1} of {self.statement_count}"
        self.console.print()
        self.console.print(Text.assemble((f"{position}  ", "dim"), (step.text, "bold")))
        hint = f"Your answer ({low}–{high}, Enter to skip, b to go back)"
        if current is not None and not step.safety:
            hint += f" [now {current}]"
        while True:
            self.console.print(Text(hint + ": "), end="")
            reply = self._read_line()
            if reply == "":
                return None
            if reply in (BACK, "back"):
                return BACK
            if reply.isdigit() and low <= int(reply) <= high:
                return int(reply)
            self.console.print(
                Text(
                    f"Please type a number from {low} to {high}, press Enter to skip,"
                    " or type b to go back.",
                    style="yellow",
                )
            )

    # --- showing ------------------------------------------------------------------------

    def _privacy_note(self) -> None:
        self.console.print(Text("Before you begin", style="bold"))
        self.console.print(
            Text(
                "This check-up stays in this terminal. Nearer does not save or send your"
                " answers, and they are gone when it ends. If someone else might see this"
                " screen or look through this device, you may prefer a private moment on a"
                " device you trust."
            )
        )
        self.console.print(
            Text(
                f"There are {self.statement_count} short statements, then a few private"
                " questions about safety. It takes about five minutes. Answer for how things"
                " are for you lately; there are no right answers. Press Enter to skip any"
                " statement, or type b to go back."
            )
        )

    def _page_header(self, step: Step, index: int) -> None:
        self.console.print()
        progress = Table.grid(padding=(0, 1))
        progress.add_row(
            Text(f"Page {step.page} of {self.page_count}", style="bold"),
            ProgressBar(total=len(self.steps), completed=index, width=30),
            Text(f"{100 * index // len(self.steps)}%", style="dim"),
        )
        self.console.print(progress)
        if step.safety:
            self.console.print(Text(self.catalog.safety.title, style="bold"))
            self.console.print(Text(self.catalog.safety.intro))
            self.console.print(_scale_line(self.catalog.safety.scale))
            return
        if step.page == self.satisfaction_page:
            self.console.print(Text(self.catalog.satisfaction_title, style="bold"))
            self.console.print(Text(self.catalog.satisfaction_intro))
        self.console.print(_scale_line(self.catalog.agreement_scale))

    def _show_resources(self) -> None:
        resources = self.catalog.resources
        self.console.print()
        self.console.print(
            Text(
                "Thank you for answering. You deserve to be safe, and you do not have to deal"
                " with this alone. These people can help:",
                style="bold",
            )
        )
        self.console.print(
            Padding(Text(resources.emergency, style="bold"), (1, 0, 0, 2), expand=False)
        )
        for resource in resources.resources:
            self.console.print()
            self.console.print(
                Padding(Text(resource.name, style="bold"), (0, 0, 0, 2), expand=False)
            )
            self.console.print(Padding(Text(resource.detail), (0, 0, 0, 2), expand=False))
        self.console.print()
        self.console.print(
            Text(
                "Your answers to these questions are not saved and are not part of your"
                " profile. Working on closeness together is not the first step while you do"
                " not feel safe.",
                style="italic",
            )
        )


def _scale_line(scale: tuple[ScalePoint, ...]) -> Columns:
    """The labelled scale on one line, or over several without splitting a label."""
    points = [Text.assemble((str(p.value), "bold"), f" {p.label}") for p in scale]
    return Columns(points, padding=(0, 3))


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
