"""The private safety screen: when it is positive, and which answers it accepts."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nearer.core.catalog import Catalog, default_catalog
from nearer.core.safety import SafetyAnswerError, screen_positive, validate_safety_answers

CATALOG = default_catalog()
SAFETY_IDS = [item.id for item in CATALOG.safety.items]
SCALE = sorted(point.value for point in CATALOG.safety.scale)
THRESHOLD = CATALOG.safety.positive_from

safety_answers = st.fixed_dictionaries(
    {}, optional=dict.fromkeys(SAFETY_IDS, st.sampled_from(SCALE))
)


def with_threshold(positive_from: int) -> Catalog:
    safety = dataclasses.replace(CATALOG.safety, positive_from=positive_from)
    return dataclasses.replace(CATALOG, safety=safety)


def test_the_shipped_screen_is_positive_from_the_first_yes() -> None:
    # "Never" is 1; "Once" (2) is already enough to show resources.
    assert SCALE == [1, 2, 3, 4]
    assert THRESHOLD == 2


def test_all_never_is_negative() -> None:
    assert not screen_positive(CATALOG, dict.fromkeys(SAFETY_IDS, 1))


def test_no_answers_are_negative() -> None:
    assert not screen_positive(CATALOG, {})


@pytest.mark.parametrize("item_id", SAFETY_IDS)
def test_one_answer_at_the_threshold_is_positive(item_id: str) -> None:
    answers = dict.fromkeys(SAFETY_IDS, 1)
    answers[item_id] = THRESHOLD

    assert screen_positive(CATALOG, answers)


def test_one_answer_above_the_threshold_is_positive_on_its_own() -> None:
    assert screen_positive(CATALOG, {SAFETY_IDS[-1]: SCALE[-1]})


def test_the_threshold_comes_from_the_catalog() -> None:
    answers = {SAFETY_IDS[0]: 2}

    assert screen_positive(with_threshold(2), answers)
    assert not screen_positive(with_threshold(3), answers)
    assert screen_positive(with_threshold(3), {SAFETY_IDS[0]: 3})


@given(safety_answers)
def test_the_screen_is_positive_exactly_when_some_answer_reaches_the_threshold(
    answers: dict[str, int],
) -> None:
    expected = any(value >= THRESHOLD for value in answers.values())

    assert screen_positive(CATALOG, answers) is expected


@given(safety_answers)
def test_validation_keeps_every_answer_on_the_scale(answers: dict[str, int]) -> None:
    assert validate_safety_answers(CATALOG, answers) == answers


@pytest.mark.parametrize(
    "item_id", ["safety.9", "fear-of-vulnerability.1", "satisfaction.1", "nope", ""]
)
def test_validation_rejects_ids_that_are_not_safety_items(item_id: str) -> None:
    with pytest.raises(SafetyAnswerError, match="unknown safety item id"):
        validate_safety_answers(CATALOG, {item_id: 1})


@pytest.mark.parametrize("value", [0, 5, -1, 2.0, "2", True, False, None])
def test_validation_rejects_values_off_the_safety_scale(value: object) -> None:
    with pytest.raises(SafetyAnswerError, match=r"'safety\.1'"):
        validate_safety_answers(CATALOG, {"safety.1": value})
