"""Check-in scoring: the check-up's arithmetic on one item per barrier, plus satisfaction."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nearer.core.catalog import Item, default_catalog
from nearer.core.checkin_scoring import (
    SUGGEST_AFTER_DAYS,
    checkin_questions,
    checkin_scores_json,
    checkin_suggested,
    score_checkin,
    trend_point,
    validate_checkin_answers,
)
from nearer.core.scoring import AnswerError, item_points, satisfaction_score, scaled_score

CATALOG = default_catalog()
QUESTION_IDS = [item.id for item in checkin_questions(CATALOG)]
CATALOG_SLUGS = [barrier.slug for barrier in CATALOG.barriers]

answer_sets = st.dictionaries(st.sampled_from(QUESTION_IDS), st.integers(min_value=1, max_value=5))


def test_a_checkin_asks_one_statement_per_barrier_and_every_satisfaction_statement() -> None:
    assert [i.barrier for i in CATALOG.checkin_items] == [b.slug for b in CATALOG.barriers]
    assert checkin_questions(CATALOG)[-len(CATALOG.satisfaction_items) :] == (
        CATALOG.satisfaction_items
    )
    assert {item.keyed for item in CATALOG.checkin_items} == {1, -1}


@given(answer_sets)
def test_barrier_scores_are_quarters_from_0_to_100_or_none_when_skipped(
    answers: dict[str, int],
) -> None:
    scores = score_checkin(CATALOG, answers)
    for barrier in CATALOG.barriers:
        score = scores.barrier(barrier.slug)
        if barrier.checkin.id in answers:
            assert score in (0, 25, 50, 75, 100)
        else:
            assert score is None


@given(answer_sets)
def test_satisfaction_is_0_to_100_and_needs_the_same_minimum_as_the_checkup(
    answers: dict[str, int],
) -> None:
    scores = score_checkin(CATALOG, answers)
    answered = sum(1 for item in CATALOG.satisfaction_items if item.id in answers)
    assert scores.satisfaction_answered == answered
    if answered < CATALOG.satisfaction_minimum:
        assert scores.satisfaction is None
    else:
        assert scores.satisfaction is not None and 0 <= scores.satisfaction <= 100


@given(answer_sets)
def test_scores_use_the_checkup_arithmetic_exactly(answers: dict[str, int]) -> None:
    scores = score_checkin(CATALOG, answers)
    for barrier in CATALOG.barriers:
        if barrier.checkin.id in answers:
            expected = scaled_score([item_points(barrier.checkin, answers[barrier.checkin.id])])
            assert scores.barrier(barrier.slug) == expected
    assert scores.satisfaction == satisfaction_score(CATALOG, answers).score


@given(st.sampled_from(list(CATALOG.checkin_items)), st.integers(min_value=1, max_value=5))
def test_reverse_keyed_statements_count_agreement_as_fewer_signs(item: Item, answer: int) -> None:
    assert item.barrier is not None
    score = score_checkin(CATALOG, {item.id: answer}).barrier(item.barrier)
    if item.keyed == 1:
        assert score == 25 * (answer - 1)
    else:
        assert score == 25 * (5 - answer)
    # Mirroring the answer on the scale mirrors the score.
    assert score_checkin(CATALOG, {item.id: 6 - answer}).barrier(item.barrier) == 100 - score


def test_agreeing_strongly_with_a_reverse_keyed_statement_means_no_sign() -> None:
    slug = "neglecting-quality-time"
    item = CATALOG.barrier(slug).checkin
    assert item.keyed == -1
    assert score_checkin(CATALOG, {item.id: 5}).barrier(slug) == 0
    assert score_checkin(CATALOG, {item.id: 1}).barrier(slug) == 100


@given(answer_sets, st.randoms())
def test_scoring_is_deterministic_whatever_the_answer_order(
    answers: dict[str, int], rng: Any
) -> None:
    shuffled = list(answers.items())
    rng.shuffle(shuffled)
    assert score_checkin(CATALOG, answers) == score_checkin(CATALOG, dict(shuffled))
    assert checkin_scores_json(score_checkin(CATALOG, answers)) == checkin_scores_json(
        score_checkin(CATALOG, dict(answers))
    )


@pytest.mark.parametrize("value", [0, 6, -1, True, False, "3", 3.0, None, [3]], ids=repr)
def test_values_off_the_scale_are_refused(value: object) -> None:
    with pytest.raises(AnswerError):
        validate_checkin_answers(CATALOG, {QUESTION_IDS[0]: value})


@pytest.mark.parametrize(
    "item_id",
    ["nope", "fear-of-vulnerability.1", "safety.1", ""],
)
def test_items_that_are_not_checkin_statements_are_refused(item_id: str) -> None:
    # Check-up items and safety items are not part of a check-in.
    with pytest.raises(AnswerError):
        validate_checkin_answers(CATALOG, {item_id: 3})


def test_the_stored_shape_lists_every_barrier_in_catalog_order() -> None:
    data = checkin_scores_json(score_checkin(CATALOG, {}))
    assert [row["slug"] for row in data["barriers"]] == [b.slug for b in CATALOG.barriers]
    assert data["satisfaction"] == {"score": None, "answered": 0}


@given(st.integers(min_value=0, max_value=400))
def test_a_checkin_is_suggested_once_the_latest_is_six_days_old(age: int) -> None:
    today = date(2025, 6, 30)
    assert checkin_suggested(today - timedelta(days=age), today) == (age >= SUGGEST_AFTER_DAYS)


def test_a_checkin_is_suggested_when_there_is_none_yet() -> None:
    assert checkin_suggested(None, date(2025, 6, 30))


SCALAR = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4)
)
ROW = st.dictionaries(
    st.sampled_from(["slug", "score", "band"]), SCALAR | st.sampled_from(list(CATALOG_SLUGS))
)
STORED = st.dictionaries(
    st.sampled_from(["barriers", "satisfaction"]),
    SCALAR | st.lists(ROW | SCALAR, max_size=5) | st.dictionaries(st.just("score"), SCALAR),
)


@given(st.none() | STORED)
def test_reading_stored_scores_never_fails_and_never_invents_a_number(data: Any) -> None:
    point = trend_point(CATALOG, day=date(2025, 1, 1), kind="checkup", scores=data)
    assert len(point.barriers) == len(CATALOG.barriers)
    assert all(score is None or isinstance(score, int) for score in point.barriers)
    assert point.satisfaction is None or isinstance(point.satisfaction, int)


def test_stored_scores_are_read_as_they_are_not_rescored() -> None:
    stored = {
        "barriers": [{"slug": "fear-of-conflict", "score": 37}],
        "satisfaction": {"score": 81, "answered": 4},
    }
    point = trend_point(CATALOG, day=date(2025, 1, 1), kind="checkup", scores=stored)
    index = [b.slug for b in CATALOG.barriers].index("fear-of-conflict")
    assert point.barriers[index] == 37
    assert point.barriers.count(None) == len(CATALOG.barriers) - 1
    assert point.satisfaction == 81
