"""The analyzer's contract: valid, bounded, deterministic results for any text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nearer.core.language import (
    BARRIER_SLUGS,
    PATTERNS,
    SAFETY_LEVELS,
    Analysis,
    analyze,
    analyze_many,
)

ANY_TEXT = st.text(alphabet=st.characters(codec=None), max_size=400)
_WORDS = (
    "I you we never always feel hurt love whatever can talk later he she hit kill "
    "myself phone money time hug work tired ? ! . , 🙄 lol"
)
WORDY = st.lists(st.sampled_from(_WORDS.split(" ")), max_size=40).map(" ".join)


def assert_valid(text: str, result: Analysis) -> None:
    assert result.pattern in PATTERNS
    assert result.safety in SAFETY_LEVELS
    slugs = [b.slug for b in result.barriers]
    assert len(slugs) == len(set(slugs))
    assert set(slugs) <= set(BARRIER_SLUGS)
    scores = [b.score for b in result.barriers]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    for value in (*result.pattern_scores.values(), *result.safety_scores.values()):
        assert 0.0 <= value <= 1.0
    ev = result.evidence
    assert set(ev.barriers) <= set(slugs)
    for span in (*ev.pattern, *ev.safety, *(s for v in ev.barriers.values() for s in v)):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.phrase
    payload = result.to_json()
    assert set(payload) == {"barriers", "pattern", "safety", "evidence"}
    assert set(payload["evidence"]) == {"barriers", "pattern", "safety"}
    json.dumps(payload)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_unicode_string_gives_a_valid_result(text: str) -> None:
    assert_valid(text, analyze(text))


@settings(max_examples=150, deadline=None)
@given(WORDY)
def test_wordy_texts_give_valid_results_with_evidence_inside_the_text(text: str) -> None:
    assert_valid(text, analyze(text))


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDY, max_size=12))
def test_analyze_many_matches_analyze_one_by_one(texts: list[str]) -> None:
    batch = analyze_many(texts)
    assert len(batch) == len(texts)
    for text, got in zip(texts, batch, strict=True):
        alone = analyze(text)
        assert (got.pattern, got.safety) == (alone.pattern, alone.safety)
        assert [b.slug for b in got.barriers] == [b.slug for b in alone.barriers]
        assert [b.score for b in got.barriers] == [
            __import__("pytest").approx(b.score, abs=1e-3) for b in alone.barriers
        ]


def test_it_is_deterministic() -> None:
    text = "You never listen to me. I feel invisible when you scroll your phone at dinner."
    first = analyze(text).to_json()
    for _ in range(3):
        assert analyze(text).to_json() == first


def test_empty_and_blank_texts_read_as_nothing() -> None:
    for text in ("", "   ", "\n\t", "...", "🙂"):
        result = analyze(text)
        assert result.barriers == ()
        assert (result.pattern, result.safety) == ("neutral", "none")


def test_ordinary_happy_text_reflects_no_barrier() -> None:
    result = analyze("Picked up fresh bread and the good cheese, see you at seven!")
    assert result.barriers == ()
    assert result.safety == "none"


def test_barrier_text_is_ranked_with_evidence() -> None:
    text = (
        "We used to hold hands everywhere. Now we sleep on opposite edges of the bed and "
        "I can't remember our last proper kiss."
    )
    result = analyze(text)
    assert result.barriers[0].slug == "lack-of-physical-affection"
    assert len(result.barriers) == 3
    assert result.evidence.barriers["lack-of-physical-affection"]


def test_patterns_read_plain_examples() -> None:
    assert analyze("You ALWAYS forget. Every single time. What is wrong with you?").pattern == (
        "criticism"
    )
    assert analyze(
        "I feel anxious when plans change last minute. Could we agree on a time by Friday?"
    ).pattern == ("gentle")
    assert analyze("Running ten minutes late, order me the usual please").pattern == "neutral"


def test_non_strings_are_refused() -> None:
    import pytest

    with pytest.raises(TypeError):
        analyze_many([b"bytes"])  # type: ignore[list-item]
