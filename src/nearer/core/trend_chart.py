"""Progress over time as server-rendered SVG: every barrier, and overall satisfaction.

Two kinds of points share one time line: full check-ups (filled squares) and weekly check-ins
(open circles). Inputs are plain tuples so that rendered charts can be cached by their inputs
(:func:`functools.lru_cache`): the same history always gives the same picture, and a page
reload costs no rendering. matplotlib is imported on first use (see :mod:`nearer.core.charts`).
"""

from __future__ import annotations

import importlib
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from nearer.core.charts import INK, pyplot, svg_text

LINE = "#8a969c"
CHECKUP_COLOUR = "#1f4354"
CHECKIN_COLOUR = "#2f5d73"
GRID = "#dde3e6"
FILLS_IN = "Your chart fills in as you go."


@dataclass(frozen=True, slots=True)
class Marker:
    shape: str
    label: str
    colour: str
    filled: bool
    size: int


#: How each kind of point is drawn, and what the legend calls it.
MARKERS = {
    "checkup": Marker("s", "Full check-up", CHECKUP_COLOUR, filled=True, size=26),
    "checkin": Marker("o", "Weekly check-in", CHECKIN_COLOUR, filled=False, size=22),
}

Series = tuple[int | None, ...]


def _check_kinds(kinds: Sequence[str]) -> None:
    unknown = sorted(set(kinds) - set(MARKERS))
    if unknown:
        raise ValueError(f"unknown kind of point: {', '.join(unknown)}")


def _days(days: Sequence[str]) -> list[date]:
    return [date.fromisoformat(day) for day in days]


def _x_limits(days: Sequence[date]) -> tuple[date, date]:
    """A little room either side; a single day still gets a readable week-wide axis."""
    first, last = min(days), max(days)
    pad = max(timedelta(days=2), (last - first) / 20)
    return first - pad, last + pad


def _plot_series(axes: Any, days: Sequence[date], kinds: Sequence[str], values: Series) -> int:
    """Draw one series; return how many points it has. Gaps (no score) are skipped."""
    known = [(d, k, v) for d, k, v in zip(days, kinds, values, strict=True) if v is not None]
    if len(known) >= 2:
        axes.plot(
            [d for d, _, _ in known], [v for _, _, v in known], color=LINE, linewidth=1.2, zorder=1
        )
    for kind, style in MARKERS.items():
        points = [(d, v) for d, k, v in known if k == kind]
        if not points:
            continue
        axes.scatter(
            [d for d, _ in points],
            [v for _, v in points],
            marker=style.shape,
            s=style.size,
            facecolors=style.colour if style.filled else "white",
            edgecolors=style.colour,
            linewidths=1.3,
            zorder=2,
        )
    return len(known)


def _fills_in(axes: Any, values: Series, message: str, *, fontsize: float) -> None:
    """A kind note in a panel with fewer than two points, clear of the one point if any."""
    known = [v for v in values if v is not None]
    y = 0.5 if not known else (0.22 if known[0] >= 50 else 0.8)
    axes.text(
        0.5, y, message, transform=axes.transAxes, ha="center", va="center", color=INK,
        fontsize=fontsize, style="italic",
    )  # fmt: skip


def _style_axes(axes: Any, days: Sequence[date], *, ticks: tuple[int, ...]) -> None:
    dates: Any = importlib.import_module("matplotlib.dates")
    axes.set_ylim(-6, 106)
    axes.set_yticks(list(ticks))
    axes.set_xlim(*_x_limits(days))
    unique = sorted(set(days))
    if (unique[-1] - unique[0]).days < 21:
        # A short history: tick the days that have points (at most four, spread out).
        step = -(-len(unique) // 4)
        axes.set_xticks(unique[::step])
    else:
        axes.xaxis.set_major_locator(dates.AutoDateLocator(minticks=2, maxticks=4))
    axes.xaxis.set_major_formatter(dates.DateFormatter("%d %b"))
    axes.tick_params(colors=INK, labelsize=8)
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    axes.grid(axis="y", color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)


def _legend(figure: Any, kinds: Sequence[str], *, y: float) -> None:
    lines: Any = importlib.import_module("matplotlib.lines")
    handles = [
        lines.Line2D(
            [],
            [],
            linestyle="none",
            marker=style.shape,
            markersize=6,
            markerfacecolor=style.colour if style.filled else "white",
            markeredgecolor=style.colour,
            label=style.label,
        )
        for kind, style in MARKERS.items()
        if kind in kinds
    ]
    if handles:
        figure.legend(
            handles=handles, loc="upper center", bbox_to_anchor=(0.5, y), ncol=2, frameon=False
        )


def _empty(message: str, *, height: float) -> str:
    plt = pyplot()
    figure = plt.figure(figsize=(7.5, height))
    figure.text(0.5, 0.5, message, ha="center", va="center", color=INK, fontsize=11)
    svg = svg_text(figure)
    plt.close(figure)
    return svg


@lru_cache(maxsize=256)
def barrier_trends_svg(
    titles: tuple[str, ...],
    days: tuple[str, ...],
    kinds: tuple[str, ...],
    series: tuple[Series, ...],
) -> str:
    """Small multiples: one panel per barrier (``series[i]`` has one value per day), 0..100.

    ``days`` are ISO dates, oldest first; ``kinds`` are ``"checkup"`` or ``"checkin"``.
    """
    if len(series) != len(titles) or any(len(values) != len(days) for values in series):
        raise ValueError("one series per title, one value per day")
    if len(kinds) != len(days):
        raise ValueError("one kind per day")
    _check_kinds(kinds)
    if not days:
        return _empty(FILLS_IN, height=1.2)
    plt = pyplot()
    columns = 3
    rows = -(-len(titles) // columns)
    figure, grid = plt.subplots(
        rows, columns, figsize=(7.5, 1.75 * rows + 0.7), sharex=True, sharey=True, squeeze=False
    )
    parsed = _days(days)
    for index, axes in enumerate(grid.flat):
        if index >= len(titles):
            axes.set_visible(False)
            continue
        _style_axes(axes, parsed, ticks=(0, 50, 100))
        axes.set_title(textwrap.fill(titles[index], 28), fontsize=8.5, color=INK, loc="left")
        if _plot_series(axes, parsed, kinds, series[index]) < 2:
            _fills_in(axes, series[index], "fills in as you go", fontsize=8)
    figure.supylabel("0 = no sign · 100 = strongest sign", color=INK, fontsize=9)
    _legend(figure, kinds, y=1.03)
    figure.tight_layout()
    svg = svg_text(figure)
    plt.close(figure)
    return svg


@lru_cache(maxsize=256)
def satisfaction_trend_svg(days: tuple[str, ...], kinds: tuple[str, ...], scores: Series) -> str:
    """One line: overall satisfaction, 0..100 (100 = most content)."""
    if not len(days) == len(kinds) == len(scores):
        raise ValueError("one kind and one score per day")
    _check_kinds(kinds)
    if not days:
        return _empty(FILLS_IN, height=1.2)
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(7.5, 3.0))
    parsed = _days(days)
    _style_axes(axes, parsed, ticks=(0, 25, 50, 75, 100))
    axes.set_ylabel("100 = most content", color=INK, fontsize=9)
    if _plot_series(axes, parsed, kinds, scores) < 2:
        _fills_in(axes, scores, FILLS_IN, fontsize=10)
    _legend(figure, kinds, y=1.08)
    figure.tight_layout()
    svg = svg_text(figure)
    plt.close(figure)
    return svg
