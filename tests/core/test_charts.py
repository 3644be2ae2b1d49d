"""The profile chart: a standalone, script-free SVG that always looks the same for one profile."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html import unescape

from nearer.core.catalog import default_catalog
from nearer.core.charts import chart_inputs, profile_chart_svg

CATALOG = default_catalog()
TITLES = tuple(barrier.title for barrier in CATALOG.barriers)
SCORES: tuple[int | None, ...] = (10, None, 50, 90, 0, 100, 33, 34, 66, 67, None, 5)
BANDS = tuple(None if score is None else CATALOG.band_for(score).name for score in SCORES)


def chart(
    titles: tuple[str, ...] = TITLES,
    scores: tuple[int | None, ...] = SCORES,
    bands: tuple[str | None, ...] = BANDS,
) -> str:
    return profile_chart_svg(*chart_inputs(titles, scores, bands))


def text_elements(svg: str) -> list[str]:
    return [unescape(text) for text in re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)]


def test_the_chart_is_a_standalone_svg_element() -> None:
    svg = chart()

    assert svg.startswith("<svg ")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg.split(">", 1)[0]
    assert svg.rstrip().endswith("</svg>")
    assert "<?xml" not in svg
    assert "<!DOCTYPE" not in svg


def test_the_chart_shows_the_twelve_titles_as_real_text() -> None:
    texts = text_elements(chart())

    for title in TITLES:
        assert texts.count(title) == 1, title


def test_the_chart_shows_each_score_as_a_number() -> None:
    texts = text_elements(chart())

    for score in SCORES:
        if score is not None:
            assert str(score) in texts


def test_an_unscored_barrier_is_shown_as_not_enough_answers() -> None:
    assert text_elements(chart()).count("not enough answers") == SCORES.count(None)


def test_a_fully_scored_profile_never_says_not_enough_answers() -> None:
    scores = (50,) * 12
    svg = chart(scores=scores, bands=("some",) * 12)

    assert "not enough answers" not in svg


def test_the_chart_carries_no_script() -> None:
    assert "<script" not in chart().lower()


def test_a_label_that_looks_like_markup_is_escaped_not_executed() -> None:
    titles = ("<script>alert(1)</script>", *TITLES[1:])

    svg = chart(titles=titles)

    assert "<script" not in svg.lower()
    assert titles[0] in text_elements(svg)


def test_the_same_input_gives_the_same_svg_even_after_the_cache_is_cleared() -> None:
    first = chart()
    profile_chart_svg.cache_clear()

    assert chart() == first


def test_the_same_input_gives_the_same_svg_in_another_process() -> None:
    program = (
        "import sys\n"
        "from nearer.core.charts import profile_chart_svg\n"
        f"sys.stdout.write(profile_chart_svg({TITLES!r}, {SCORES!r}, {BANDS!r}))\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout

    assert other == chart()


def test_different_scores_give_a_different_chart() -> None:
    scores = (*SCORES[:-1], 95)
    bands = (*BANDS[:-1], "high")

    assert chart(scores=scores, bands=bands) != chart()
