"""The coach's words (data checked by a schema) and its pre-fill rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.catalog import CONTENT_DIR, CatalogError, _validate
from nearer.core.language import PATTERNS
from nearer.insight.coach import (
    HARD_PATTERNS,
    MAX_FIELD,
    coach_content,
    soften,
    startup_draft,
    startup_sentence,
)

CONTENT = coach_content("en")


def test_every_pattern_has_a_name_a_reason_and_a_suggestion() -> None:
    assert set(CONTENT.patterns) == set(PATTERNS)
    for text in CONTENT.patterns.values():
        assert text.name and text.why and text.instead


def test_every_explanation_is_one_line() -> None:
    lines = [p.why for p in CONTENT.patterns.values()] + [h.why for h in CONTENT.hints]
    for line in lines:
        assert "\n" not in line
        assert len(line) <= 200


def test_hints_only_explain_patterns_that_are_highlighted() -> None:
    assert {h.pattern for h in CONTENT.hints} <= set(HARD_PATTERNS)


def test_a_broken_coach_file_is_refused_with_the_field_named(tmp_path: Path) -> None:
    data = yaml.safe_load((CONTENT_DIR / "en" / "coach.yaml").read_text(encoding="utf-8"))
    del data["patterns"]["contempt"]["why"]
    with pytest.raises(CatalogError, match="patterns/contempt"):
        _validate(data, "coach.schema.json", tmp_path / "coach.yaml")


@pytest.mark.parametrize(
    ("phrase", "pattern", "expected_word"),
    [
        ("You always", "criticism", "always"),
        ("Why can't you", "criticism", "Why can't you"),
        ("Whatever", "contempt", "Name-calling"),
        ("Oh great", "contempt", "Sarcasm"),
        ("It's not my fault", "defensiveness", "Denying"),
        ("Leave me alone", "stonewalling", "break"),
    ],
)
def test_a_highlighted_phrase_gets_its_own_line(
    phrase: str, pattern: str, expected_word: str
) -> None:
    assert expected_word in CONTENT.why(pattern, phrase)


def test_a_phrase_no_hint_knows_gets_the_patterns_general_line() -> None:
    assert CONTENT.why("criticism", "zzz") == CONTENT.patterns["criticism"].why


@pytest.mark.parametrize(
    ("message", "feeling", "situation", "need"),
    [
        (
            "I feel really lonely when you are on your phone all evening.",
            "lonely",
            "when you are on your phone all evening",
            "",
        ),
        (
            "I'm hurt because you never listen to me. I need you to put the phone down.",
            "hurt",
            "when you don't listen to me",
            "you to put the phone down",
        ),
        (
            "You always leave your socks on the floor!",
            "",
            "when you leave your socks on the floor",
            "",
        ),
        (
            "It makes me feel so ignored. Can you look at me when I talk?",
            "unheard",
            "",
            "you to look at me when I talk",
        ),
        ("I wish we could go away for a weekend", "", "", "us to go away for a weekend"),
        ("Had a nice day.", "", "", ""),
    ],
)
def test_the_start_up_is_prefilled_from_the_persons_own_words(
    message: str, feeling: str, situation: str, need: str
) -> None:
    draft = startup_draft(message, CONTENT)
    assert (draft.feeling, draft.situation, draft.need) == (feeling, situation, need)


def test_a_label_is_not_taken_as_the_situation() -> None:
    assert startup_draft("You are so lazy.", CONTENT).situation == ""


def test_softening_drops_always_and_never() -> None:
    assert soften("you never call and you always forget") == "you don't call and you forget"


def test_the_sentence_joins_the_three_parts() -> None:
    sentence = startup_sentence(feeling="sad ", situation=" last night.", need="a hug!")
    assert sentence == "I feel sad about last night, and I need a hug."


@given(st.text(max_size=600))
@settings(max_examples=300)
def test_prefill_never_fails_and_stays_short(message: str) -> None:
    draft = startup_draft(message, CONTENT)
    for value in (draft.feeling, draft.situation, draft.need):
        assert len(value) <= MAX_FIELD
        assert value == value.strip()
    assert draft.feeling in {"", *(f.say for f in CONTENT.feelings)}
