"""The couple view's chart: two shared profiles side by side, one pair of bars per barrier.

Framework-free, like the rest of ``nearer.core``. It draws only what both partners shared —
barrier titles and scores — so nothing else can leak through the picture. Rendered SVG is
cached by its inputs.
"""

from __future__ import annotations

from functools import lru_cache

from nearer.core.charts import INK, MISSING_COLOUR, pyplot, svg_text

# Two colours that stay apart for common colour-vision differences, plus a hatch on the second
# series so the pair can be told apart in greyscale print too.
MINE_COLOUR = "#2f5d73"
THEIRS_COLOUR = "#c77c2e"
BAR_HEIGHT = 0.38


@lru_cache(maxsize=256)
def couple_chart_svg(
    labels: tuple[str, ...],
    mine: tuple[int | None, ...],
    theirs: tuple[int | None, ...],
    names: tuple[str, str] = ("You", "Your partner"),
) -> str:
    """Grouped horizontal bars (0..100), the viewer's bar above their partner's."""
    if not len(labels) == len(mine) == len(theirs):
        raise ValueError("labels and both score lists must have the same length")
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(7.5, 0.62 * len(labels) + 1.3))
    positions = list(range(len(labels)))[::-1]
    series = (
        (mine, +BAR_HEIGHT / 2, MINE_COLOUR, "", names[0]),
        (theirs, -BAR_HEIGHT / 2, THEIRS_COLOUR, "///", names[1]),
    )
    for scores, offset, colour, hatch, name in series:
        for index, (y, score) in enumerate(zip(positions, scores, strict=True)):
            at = y + offset
            if score is None:
                axes.text(1, at, f"{name}: not enough answers", va="center", color=INK, fontsize=8)
                continue
            axes.barh(
                at,
                max(score, 1),
                height=BAR_HEIGHT,
                color=colour,
                hatch=hatch,
                edgecolor="white" if hatch else colour,
                linewidth=0,
                label=name if index == 0 else None,
            )
            axes.text(score + 1.5, at, str(score), va="center", color=INK, fontsize=8)
    # A legend entry for each series even when its first barrier has no score.
    handles = [
        plt.Rectangle((0, 0), 1, 1, color=MINE_COLOUR),
        plt.Rectangle((0, 0), 1, 1, facecolor=THEIRS_COLOUR, hatch="///", edgecolor="white"),
    ]
    axes.legend(
        handles,
        list(names),
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncol=2,
        frameon=False,
    )
    axes.set_yticks(positions, labels=list(labels), color=INK)
    axes.set_xlim(0, 108)
    axes.set_xticks([0, 25, 50, 75, 100])
    axes.set_xlabel("0 = no sign of this barrier · 100 = strongest sign", color=INK)
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    axes.spines["left"].set_color(MISSING_COLOUR)
    axes.grid(axis="x", color="#dde3e6", linewidth=0.8)
    axes.set_axisbelow(True)
    figure.tight_layout()
    svg = svg_text(figure)
    plt.close(figure)
    return svg
