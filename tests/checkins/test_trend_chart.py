"""The trend charts themselves (core, no Django): safe SVG, cached by input, checked input."""

from __future__ import annotations

import re

import pytest

from nearer.core.catalog import default_catalog
from nearer.core.trend_chart import barrier_trends_svg, satisfaction_trend_svg

TITLES = tuple(b.title for b in default_catalog().barriers)
DAYS = ("2025-01-06", "2025-01-13", "2025-01-20")
KINDS = ("checkup", "checkin", "checkin")
SERIES = tuple((40, 50, None) for _ in TITLES)


def test_the_same_history_gives_the_same_cached_picture() -> None:
    first = barrier_trends_svg(TITLES, DAYS, KINDS, SERIES)
    assert barrier_trends_svg(TITLES, DAYS, KINDS, SERIES) is first
    assert barrier_trends_svg.cache_info().hits >= 1
    other = barrier_trends_svg(TITLES, DAYS, KINDS, tuple((40, 75, 0) for _ in TITLES))
    assert other != first


def test_charts_are_plain_svg_without_script_or_css() -> None:
    for svg in (
        barrier_trends_svg(TITLES, DAYS, KINDS, SERIES),
        satisfaction_trend_svg(DAYS, KINDS, (55, None, 70)),
    ):
        assert svg.startswith("<svg")
        assert not re.search(r"<script|<style|\sstyle=|\son\w+=", svg, flags=re.IGNORECASE)


def test_the_satisfaction_chart_names_both_kinds_and_what_high_means() -> None:
    svg = satisfaction_trend_svg(DAYS, KINDS, (55, 60, 70))
    assert "Full check-up" in svg and "Weekly check-in" in svg
    assert "100 = most content" in svg
    assert "fills in" not in svg


def test_with_one_point_the_chart_says_it_fills_in() -> None:
    assert "fills in as you go" in satisfaction_trend_svg(DAYS[:1], KINDS[:1], (55,))
    assert "fills in as you go" in satisfaction_trend_svg((), (), ())


@pytest.mark.parametrize(
    ("days", "kinds", "series"),
    [
        (DAYS, KINDS[:2], SERIES),
        (DAYS, KINDS, SERIES[:3]),
        (DAYS, KINDS, tuple((1,) for _ in TITLES)),
        (DAYS, ("checkup", "checkin", "diary"), SERIES),
    ],
    ids=["kinds", "series", "values", "unknown-kind"],
)
def test_mismatched_input_is_refused(
    days: tuple[str, ...], kinds: tuple[str, ...], series: tuple[tuple[int | None, ...], ...]
) -> None:
    with pytest.raises(ValueError):
        barrier_trends_svg(TITLES, days, kinds, series)
