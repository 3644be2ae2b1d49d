"""Where partners agree and where they see things differently (pure logic, no database)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from nearer.core.catalog import BARRIER_SLUGS, CatalogError, default_catalog
from nearer.couples.compare import (
    DIFFERENCE_POINTS,
    SharedBarrier,
    SharedProfile,
    compare_profiles,
    shared_profile,
)
from nearer.couples.guides import default_guides, load_guides

BANDS = ("low", "some", "high")
CATALOG = default_catalog()


def band(score: int) -> str:
    return CATALOG.band_for(score).name


def profile(scores: dict[str, int | None], priorities: tuple[str, ...] = ()) -> SharedProfile:
    return SharedProfile(
        tuple(
            SharedBarrier(
                slug, scores.get(slug), band(s) if (s := scores.get(slug)) is not None else None
            )
            for slug in BARRIER_SLUGS
        ),
        priorities,
    )


def compare(mine: SharedProfile, theirs: SharedProfile) -> tuple[tuple[str, ...], tuple[str, ...]]:
    result = compare_profiles(mine, theirs, slugs=BARRIER_SLUGS, band_names=BANDS)
    return result.agree, result.differ


scores = st.one_of(st.none(), st.integers(min_value=0, max_value=100))
profiles = st.builds(
    lambda values, picks: profile(dict(zip(BARRIER_SLUGS, values, strict=True)), tuple(picks)),
    st.lists(scores, min_size=12, max_size=12),
    st.lists(st.sampled_from(BARRIER_SLUGS), max_size=3, unique=True),
)


@given(profiles, profiles)
def test_the_comparison_is_the_same_from_either_side(a: SharedProfile, b: SharedProfile) -> None:
    assert compare(a, b) == compare(b, a)


@given(profiles, profiles)
def test_a_barrier_is_in_one_list_at_most(a: SharedProfile, b: SharedProfile) -> None:
    agree, differ = compare(a, b)
    assert not set(agree) & set(differ)
    assert len(set(agree)) == len(agree) and len(set(differ)) == len(differ)


@given(profiles, profiles)
def test_every_listed_barrier_meets_its_rule(a: SharedProfile, b: SharedProfile) -> None:
    agree, differ = compare(a, b)
    for slug in differ:
        x, y = a.barrier(slug), b.barrier(slug)
        assert x.score is not None and y.score is not None
        steps = abs(BANDS.index(band(x.score)) - BANDS.index(band(y.score)))
        assert abs(x.score - y.score) >= DIFFERENCE_POINTS or steps >= 2
    for slug in agree:
        x, y = a.barrier(slug), b.barrier(slug)
        both_priorities = slug in a.priorities and slug in b.priorities
        both_above_low = x.band in ("some", "high") and y.band in ("some", "high")
        assert both_priorities or both_above_low


@given(profiles)
def test_someone_compared_with_themselves_has_no_differences(a: SharedProfile) -> None:
    agree, differ = compare(a, a)
    assert differ == ()
    for slug in agree:
        assert slug in a.priorities or a.barrier(slug).band in ("some", "high")


@given(profiles, profiles)
def test_differences_come_widest_first(a: SharedProfile, b: SharedProfile) -> None:
    _, differ = compare(a, b)
    gaps = [abs((a.barrier(s).score or 0) - (b.barrier(s).score or 0)) for s in differ]
    assert gaps == sorted(gaps, reverse=True)


def test_shared_priorities_agree_even_when_the_scores_are_apart() -> None:
    a = profile({"fear-of-conflict": 40}, ("fear-of-conflict",))
    b = profile({"fear-of-conflict": 95}, ("fear-of-conflict",))
    assert compare(a, b) == (("fear-of-conflict",), ())


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        (30, 60, ((), ("emotional-burnout",))),  # 30 points apart
        (40, 69, (("emotional-burnout",), ())),  # 29 apart, one band step: both see signs
        (20, 70, ((), ("emotional-burnout",))),  # low and high: two band steps
        (50, 60, (("emotional-burnout",), ())),  # both "some"
        (10, 20, ((), ())),  # both low: nothing to flag
        (None, 90, ((), ())),  # unscored: never guessed
    ],
)
def test_examples(mine: int | None, theirs: int | None, expected: object) -> None:
    a = profile({"emotional-burnout": mine})
    b = profile({"emotional-burnout": theirs})
    assert compare(a, b) == expected


def test_a_stored_profile_is_stripped_to_scores_bands_and_priorities() -> None:
    stored = {
        "barriers": [
            {
                "slug": "fear-of-conflict",
                "score": 80,
                "band": "high",
                "answered": 3,
                "drivers": [{"item_id": "fear-of-conflict.1", "answer": 5}],
            },
            {"slug": "emotional-burnout", "score": True, "band": 7},
        ],
        "priorities": ["fear-of-conflict", "not-a-barrier"],
        "satisfaction": {"score": 12, "answered": 4},
    }
    shared = shared_profile(stored, BARRIER_SLUGS)
    assert shared.barrier("fear-of-conflict") == SharedBarrier("fear-of-conflict", 80, "high")
    assert shared.barrier("emotional-burnout") == SharedBarrier("emotional-burnout", None, None)
    assert shared.priorities == ("fear-of-conflict",)
    assert len(shared.barriers) == 12
    assert "12" not in repr(shared) and "drivers" not in repr(shared)


# --- Conversation guides ----------------------------------------------------------------------


def test_every_barrier_has_an_i_statement_for_agreeing_and_for_differing() -> None:
    guides = default_guides()
    for slug in BARRIER_SLUGS:
        for kind in ("agree", "differ"):
            assert guides.statement(slug, kind).startswith("I")
    for guide in (guides.agree, guides.differ):
        assert guide.raise_gently and guide.listen and guide.pause


def test_the_guides_never_use_verdict_words() -> None:
    guides = default_guides()
    texts = [
        getattr(guide, field)
        for guide in (guides.agree, guides.differ)
        for field in ("title", "intro", "raise_gently", "listen", "pause")
    ]
    texts += [text for by_kind in guides.statements.values() for text in by_kind.values()]
    raw = " ".join(texts).lower()
    for word in ("distressed", "dysfunctional", "toxic", "grade", "fault", "failing"):
        assert word not in raw


def test_a_broken_guides_file_is_refused_with_the_field_named(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "src/nearer/content/en/conversation_guides.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    del data["barriers"]["fear-of-conflict"]["differ"]
    data["agree"]["pause"] = "short"
    broken = tmp_path / "conversation_guides.yaml"
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CatalogError, match="field 'agree/pause'"):
        load_guides(broken)
    data["agree"]["pause"] = "Take a break whenever either of you needs one, and come back."
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CatalogError, match="barriers/fear-of-conflict"):
        load_guides(broken)


def test_an_unreadable_guides_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        load_guides(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("agree: [", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid YAML"):
        load_guides(bad)
