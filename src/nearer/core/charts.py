"""Server-rendered SVG charts (matplotlib), shared by the web pages and the PDF report.

matplotlib is imported on first use, not at start-up (it costs about a second), and rendered
charts are cached by their inputs: the same profile always gives the same picture.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

BAND_COLOURS = {"low": "#4e7d5b", "some": "#946200", "high": "#a33b2b"}
MISSING_COLOUR = "#8a969c"
INK = "#1d2a33"


def pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",  # real text in the SVG: selectable, readable by assistive tech
            "svg.hashsalt": "nearer",  # deterministic ids
            "font.family": "DejaVu Sans",
            "font.size": 10,
        }
    )
    return plt


_STYLE_ATTRIBUTE = re.compile(r'style="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"<style[^>]*>.*?</style>", flags=re.DOTALL)
_PROPERTY = re.compile(r"^[a-z-]+$")


def _presentation_attributes(match: re.Match[str]) -> str:
    """``style="fill: #fff; stroke-width: 0.8"`` → ``fill="#fff" stroke-width="0.8"``."""
    attributes = []
    for declaration in match.group(1).split(";"):
        name, _, value = declaration.partition(":")
        name, value = name.strip(), value.strip()
        if _PROPERTY.match(name) and value and '"' not in value:
            attributes.append(f'{name}="{value}"')
    return " ".join(attributes)


def svg_text(figure: Any) -> str:
    """The figure as standalone SVG without any CSS (no style attributes or elements), so it
    renders under a strict Content-Security-Policy: as an image, inline, or in a PDF."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    # Drop the XML prolog and DOCTYPE so the SVG can also sit inline in HTML or the PDF.
    svg = re.sub(r"^.*?(<svg\b)", r"\1", svg, flags=re.DOTALL)
    svg = _STYLE_ELEMENT.sub("", svg)
    svg = svg.replace("<svg ", '<svg stroke-linejoin="round" stroke-linecap="butt" ', 1)
    svg = _STYLE_ATTRIBUTE.sub(_presentation_attributes, svg)
    # Ids unique to this picture, so several charts can share one HTML page or PDF.
    prefix = "c" + hashlib.sha1(svg.encode(), usedforsecurity=False).hexdigest()[:8] + "-"
    svg = svg.replace(' id="', f' id="{prefix}').replace('href="#', f'href="#{prefix}')
    return svg.replace("url(#", f"url(#{prefix}")


@lru_cache(maxsize=512)
def profile_chart_svg(
    labels: tuple[str, ...], scores: tuple[int | None, ...], bands: tuple[str | None, ...]
) -> str:
    """Horizontal bars, one per barrier, 0..100; unscored barriers are shown as such."""
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(7.5, 0.42 * len(labels) + 0.9))
    positions = list(range(len(labels)))[::-1]
    for y, score, band in zip(positions, scores, bands, strict=True):
        if score is None:
            axes.text(1, y, "not enough answers", va="center", color=INK, fontsize=9)
            continue
        axes.barh(y, max(score, 1), color=BAND_COLOURS.get(band or "", MISSING_COLOUR), height=0.62)
        axes.text(score + 1.5, y, str(score), va="center", color=INK, fontsize=9)
    axes.set_yticks(positions, labels=list(labels), color=INK)
    axes.set_xlim(0, 108)
    axes.set_xticks([0, 25, 50, 75, 100])
    axes.set_xlabel("0 = no sign of this barrier · 100 = strongest sign", color=INK)
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    axes.grid(axis="x", color="#dde3e6", linewidth=0.8)
    axes.set_axisbelow(True)
    figure.tight_layout()
    svg = svg_text(figure)
    plt.close(figure)
    return svg


def chart_inputs(
    titles: Sequence[str], scores: Sequence[int | None], bands: Sequence[str | None]
) -> tuple[tuple[str, ...], tuple[int | None, ...], tuple[str | None, ...]]:
    return tuple(titles), tuple(scores), tuple(bands)
