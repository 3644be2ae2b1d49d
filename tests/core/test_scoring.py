"""Scoring a check-up: examples first, then properties that hold for any set of answers."""

from __future__ import annotations

import json
import math
from fractions import Fraction
from itertools import pairwise
from pathlib import Path
from random import Random

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from nearer.core.catalog import CONTENT_DIR, Item, default_catalog
from nearer.core.scoring import (
    AnswerError,
    Profile,
    profile_changes,
    profile_json,
    score_profile,
    validate_answers,
)

CATALOG = default_catalog()
SLUGS = tuple(barrier.slug for barrier in CATALOG.barriers)
ITEMS = {item.id: item for item in CATALOG.checkup_items}
MINIMUM = CATALOG.minimum_answered


def strongest(item: Item) -> int:
    """The answer that points most toward the barrier (or most satisfied)."""
    return 5 if item.keyed == 1 else 1


def weakest(item: Item) -> int:
    return 1 if item.keyed == 1 else 5


def points(item: Item, answer: int) -> int:
    """Worked out here, not borrowed from the module under test."""
    return answer - 1 if item.keyed == 1 else 5 - answer


def half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def expected_score(items: list[tuple[Item, int]]) -> int:
    total = sum(points(item, answer) for item, answer in items)
    return half_up(Fraction(100 * total, 4 * len(items)))


def answers_for(slug: str, *values: int) -> dict[str, int]:
    """Answers to the first len(values) items of one barrier, in catalog order."""
    items = CATALOG.barrier(slug).items
    return {item.id: value for item, value in zip(items, values, strict=False)}


def max_for(slug: str, count: int = 3) -> dict[str, int]:
    items = CATALOG.barrier(slug).items[:count]
    return {item.id: strongest(item) for item in items}


answer_values = st.integers(min_value=1, max_value=5)
any_answers = st.fixed_dictionaries({}, optional=dict.fromkeys(ITEMS, answer_values))
complete_answers = st.fixed_dictionaries(dict.fromkeys(ITEMS, answer_values))


# --- examples ------------------------------------------------------------------------------


def test_all_neutral_answers_score_fifty_everywhere() -> None:
    profile = score_profile(CATALOG, dict.fromkeys(ITEMS, 3))

    assert [b.score for b in profile.barriers] == [50] * 12
    assert [b.band for b in profile.barriers] == ["some"] * 12
    assert [b.answered for b in profile.barriers] == [3] * 12
    assert profile.satisfaction.score == 50


def test_agreeing_with_keyed_items_and_disagreeing_with_reverse_keyed_scores_one_hundred() -> None:
    profile = score_profile(CATALOG, {item_id: strongest(i) for item_id, i in ITEMS.items()})

    assert [b.score for b in profile.barriers] == [100] * 12
    assert [b.band for b in profile.barriers] == ["high"] * 12
    assert profile.satisfaction.score == 100


def test_the_opposite_answers_score_zero() -> None:
    profile = score_profile(CATALOG, {item_id: weakest(i) for item_id, i in ITEMS.items()})

    assert [b.score for b in profile.barriers] == [0] * 12
    assert [b.band for b in profile.barriers] == ["low"] * 12
    assert profile.satisfaction.score == 0


def test_reverse_keyed_items_count_against_the_barrier_when_agreed_with() -> None:
    barrier = CATALOG.barrier("fear-of-vulnerability")
    assert [item.keyed for item in barrier.items] == [1, -1, 1]

    profile = score_profile(CATALOG, answers_for("fear-of-vulnerability", 5, 5, 5))

    # 4 + 0 + 4 points out of 12
    assert profile.barrier("fear-of-vulnerability").score == 67


def test_one_answer_is_not_enough_for_a_score() -> None:
    profile = score_profile(CATALOG, answers_for("fear-of-conflict", 5))
    barrier = profile.barrier("fear-of-conflict")

    assert barrier.score is None
    assert barrier.band is None
    assert barrier.answered == 1
    assert not barrier.scored


def test_two_answers_are_enough_for_a_score() -> None:
    profile = score_profile(CATALOG, answers_for("fear-of-conflict", 5, 4))
    barrier = profile.barrier("fear-of-conflict")

    # fear-of-conflict.1 and .2 are keyed 1: 4 + 3 points out of 8 is 87.5, rounded half up
    assert barrier.score == 88
    assert barrier.band == "high"
    assert barrier.answered == 2


def test_no_answers_give_no_scores_and_no_priorities() -> None:
    profile = score_profile(CATALOG, {})

    assert all(b.score is None and b.answered == 0 for b in profile.barriers)
    assert profile.priorities == ()
    assert profile.satisfaction.score is None
    assert profile.satisfaction.answered == 0


def test_rounding_is_half_up() -> None:
    # fear-of-conflict.1 and .2 are keyed 1; 1 + 2 points of 8 is 37.5
    profile = score_profile(CATALOG, answers_for("fear-of-conflict", 2, 3))

    assert profile.barrier("fear-of-conflict").score == 38


def test_a_score_exactly_half_way_rounds_up_both_before_and_after_flipping() -> None:
    # 1 + 2 points of 8 is 37.5 -> 38; flipped, 3 + 2 points of 8 is 62.5 -> 63: 38 + 63 = 101
    before = score_profile(CATALOG, answers_for("fear-of-conflict", 2, 3))
    after = score_profile(CATALOG, answers_for("fear-of-conflict", 4, 3))

    assert before.barrier("fear-of-conflict").score == 38
    assert after.barrier("fear-of-conflict").score == 63


def shipped_cutoffs() -> list[tuple[str, int]]:
    path: Path = CONTENT_DIR / "en" / "checkup.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(band["name"], band["upto"]) for band in data["bands"]]


def test_the_shipped_band_cut_offs_are_thirty_three_and_sixty_six() -> None:
    assert shipped_cutoffs() == [("low", 33), ("some", 66), ("high", 100)]


@pytest.mark.parametrize(
    ("score", "band"),
    [(0, "low"), (33, "low"), (34, "some"), (66, "some"), (67, "high"), (100, "high")],
)
def test_a_score_falls_in_the_band_given_by_the_cut_offs(score: int, band: str) -> None:
    assert CATALOG.band_for(score).name == band


def test_every_band_is_reached_at_its_upper_bound_and_left_just_after() -> None:
    cutoffs = shipped_cutoffs()
    for (name, upto), (next_name, _) in pairwise(cutoffs):
        assert CATALOG.band_for(upto).name == name
        assert CATALOG.band_for(upto + 1).name == next_name


def test_priorities_are_the_three_highest_scores() -> None:
    answers = {
        **answers_for("fear-of-vulnerability", 3, 3, 3),  # 50
        **max_for("emotional-burnout"),  # 100
        **answers_for("fear-of-conflict", 4, 4, 2),  # 75
        **answers_for("lack-of-communication", 1, 5, 1),  # 0
        **answers_for("comparing-to-others", 4, 5, 2),  # 83
    }

    profile = score_profile(CATALOG, answers)

    assert [b.score for b in profile.barriers if b.scored] == [50, 0, 75, 100, 83]
    assert profile.priorities == ("emotional-burnout", "comparing-to-others", "fear-of-conflict")


def test_equal_scores_are_ranked_by_catalog_order() -> None:
    profile = score_profile(CATALOG, {item_id: strongest(i) for item_id, i in ITEMS.items()})

    assert profile.priorities == SLUGS[:3]


def test_equal_scores_rank_the_barrier_with_more_answers_first() -> None:
    answers = {
        **max_for("fear-of-vulnerability", 2),
        **max_for("unresolved-past-trauma", 2),
        **max_for("lack-of-communication", 2),
        **max_for("lack-of-physical-affection", 3),
    }

    profile = score_profile(CATALOG, answers)

    assert profile.priorities == (
        "lack-of-physical-affection",
        "fear-of-vulnerability",
        "unresolved-past-trauma",
    )


def test_fewer_than_three_scored_barriers_give_fewer_priorities() -> None:
    answers = {**max_for("fear-of-rejection"), **answers_for("emotional-burnout", 5)}

    assert score_profile(CATALOG, answers).priorities == ("fear-of-rejection",)


def test_a_low_score_is_still_a_priority_when_little_else_is_scored() -> None:
    answers = {item.id: weakest(item) for item in CATALOG.barrier("fear-of-conflict").items}

    assert score_profile(CATALOG, answers).priorities == ("fear-of-conflict",)


def test_drivers_list_each_answer_strongest_first() -> None:
    # lack-of-communication items are keyed 1, -1, 1
    profile = score_profile(CATALOG, answers_for("lack-of-communication", 1, 3, 5))
    drivers = profile.barrier("lack-of-communication").drivers

    assert [(d.item_id, d.answer, d.points) for d in drivers] == [
        ("lack-of-communication.3", 5, 4),
        ("lack-of-communication.2", 3, 2),
        ("lack-of-communication.1", 1, 0),
    ]
    assert [d.keyed for d in drivers] == [1, -1, 1]
    assert drivers[0].text == ITEMS["lack-of-communication.3"].text


def test_drivers_with_equal_points_keep_catalog_order() -> None:
    profile = score_profile(CATALOG, answers_for("lack-of-communication", 4, 2, 4))

    assert [d.item_id for d in profile.barrier("lack-of-communication").drivers] == [
        "lack-of-communication.1",
        "lack-of-communication.2",
        "lack-of-communication.3",
    ]


def test_drivers_are_kept_even_when_there_are_not_enough_answers() -> None:
    profile = score_profile(CATALOG, answers_for("fear-of-rejection", 4))

    assert [d.item_id for d in profile.barrier("fear-of-rejection").drivers] == [
        "fear-of-rejection.1"
    ]


def test_satisfaction_is_scored_on_its_own_items_with_reverse_keys() -> None:
    # satisfaction.3 is reverse-keyed: disagreeing with it is satisfied.
    answers = {"satisfaction.1": 4, "satisfaction.2": 4, "satisfaction.3": 2}

    profile = score_profile(CATALOG, answers)

    assert profile.satisfaction.score == 75
    assert profile.satisfaction.answered == 3
    assert all(b.answered == 0 for b in profile.barriers)


def test_satisfaction_needs_its_own_minimum_of_answers() -> None:
    answers = {"satisfaction.1": 5, "satisfaction.2": 5}
    assert CATALOG.satisfaction_minimum == 3

    profile = score_profile(CATALOG, answers)

    assert profile.satisfaction.score is None
    assert profile.satisfaction.answered == 2


def test_profile_json_has_exactly_the_contract_shape() -> None:
    answers = {**max_for("fear-of-vulnerability"), **answers_for("fear-of-conflict", 5)}
    answers["satisfaction.1"] = 4

    document = profile_json(score_profile(CATALOG, answers))

    assert set(document) == {"barriers", "priorities", "satisfaction"}
    barriers = document["barriers"]
    assert isinstance(barriers, list)
    assert [b["slug"] for b in barriers] == list(SLUGS)
    assert all(set(b) == {"slug", "score", "band", "answered"} for b in barriers)
    assert barriers[0] == {
        "slug": "fear-of-vulnerability",
        "score": 100,
        "band": "high",
        "answered": 3,
    }
    assert barriers[8] == {"slug": "fear-of-conflict", "score": None, "band": None, "answered": 1}
    assert document["priorities"] == ["fear-of-vulnerability"]
    assert document["satisfaction"] == {"score": None, "answered": 1}
    assert json.loads(json.dumps(document)) == document


@pytest.mark.parametrize("item_id", ["nope", "safety.1", "fear-of-vulnerability.checkin", ""])
def test_validate_answers_rejects_unknown_ids(item_id: str) -> None:
    with pytest.raises(AnswerError, match="unknown item id"):
        validate_answers(CATALOG, {item_id: 3})


@pytest.mark.parametrize("value", [0, 6, -1, 3.0, "3", True, False, None, [3]])
def test_validate_answers_rejects_values_off_the_scale(value: object) -> None:
    with pytest.raises(AnswerError, match=r"'fear-of-vulnerability\.1'"):
        validate_answers(CATALOG, {"fear-of-vulnerability.1": value})


@pytest.mark.parametrize("value", [0, 6, "3", True, None])
def test_scoring_refuses_bad_answers_instead_of_guessing(value: object) -> None:
    with pytest.raises(AnswerError):
        score_profile(CATALOG, {"satisfaction.2": value})


def test_validate_answers_returns_every_good_answer_unchanged() -> None:
    answers = {item_id: 1 + n % 5 for n, item_id in enumerate(ITEMS)}

    assert validate_answers(CATALOG, answers) == answers


def test_profile_changes_pair_scores_by_barrier() -> None:
    before = score_profile(
        CATALOG, {**max_for("fear-of-vulnerability"), **max_for("fear-of-rejection")}
    )
    after = score_profile(
        CATALOG,
        {**answers_for("fear-of-vulnerability", 3, 3, 3), **answers_for("fear-of-rejection", 5)},
    )

    changes = {change.slug: change for change in profile_changes(before, after)}

    assert (changes["fear-of-vulnerability"].before, changes["fear-of-vulnerability"].after) == (
        100,
        50,
    )
    assert changes["fear-of-vulnerability"].delta == -50
    assert changes["fear-of-rejection"].delta is None
    assert changes["emotional-burnout"].delta is None


# --- properties ----------------------------------------------------------------------------


@given(any_answers)
def test_every_score_is_none_or_a_whole_number_from_0_to_100(answers: dict[str, int]) -> None:
    profile = score_profile(CATALOG, answers)

    for score in [b.score for b in profile.barriers] + [profile.satisfaction.score]:
        assert score is None or (type(score) is int and 0 <= score <= 100)


@given(any_answers)
def test_answered_counts_match_the_answers_given(answers: dict[str, int]) -> None:
    profile = score_profile(CATALOG, answers)

    for barrier in profile.barriers:
        assert barrier.answered == sum(ITEMS[i].barrier == barrier.slug for i in answers)
        assert len(barrier.drivers) == barrier.answered
    assert profile.satisfaction.answered == sum(ITEMS[i].barrier is None for i in answers)


@given(any_answers)
def test_a_score_exists_exactly_when_enough_items_are_answered(answers: dict[str, int]) -> None:
    profile = score_profile(CATALOG, answers)

    for barrier in profile.barriers:
        assert (barrier.score is None) == (barrier.answered < MINIMUM)
        assert (barrier.band is None) == (barrier.score is None)
    satisfaction = profile.satisfaction
    assert (satisfaction.score is None) == (satisfaction.answered < CATALOG.satisfaction_minimum)


@given(any_answers)
def test_a_score_is_the_mean_of_its_points_on_0_to_100_rounded_half_up(
    answers: dict[str, int],
) -> None:
    profile = score_profile(CATALOG, answers)

    for barrier in profile.barriers:
        given_items = [
            (ITEMS[i], v) for i, v in answers.items() if ITEMS[i].barrier == barrier.slug
        ]
        if barrier.score is not None:
            assert barrier.score == expected_score(given_items)
    satisfaction_items = [(ITEMS[i], v) for i, v in answers.items() if ITEMS[i].barrier is None]
    if profile.satisfaction.score is not None:
        assert profile.satisfaction.score == expected_score(satisfaction_items)


@given(any_answers)
def test_bands_agree_with_scores(answers: dict[str, int]) -> None:
    profile = score_profile(CATALOG, answers)

    for barrier in profile.barriers:
        if barrier.score is not None:
            lower = max((b.upto for b in CATALOG.bands if b.upto < barrier.score), default=-1)
            band = next(b for b in CATALOG.bands if b.name == barrier.band)
            assert lower < barrier.score <= band.upto


@given(any_answers)
def test_priorities_are_the_highest_scored_barriers(answers: dict[str, int]) -> None:
    profile = score_profile(CATALOG, answers)
    scores = {b.slug: b.score for b in profile.barriers}
    scored = [slug for slug, score in scores.items() if score is not None]
    chosen = profile.priorities

    assert set(chosen) <= set(scored)
    assert len(chosen) == len(set(chosen)) == min(3, len(scored))
    chosen_scores = [scores[slug] or 0 for slug in chosen]
    assert chosen_scores == sorted(chosen_scores, reverse=True)
    for slug in set(scored) - set(chosen):
        assert (scores[slug] or 0) <= chosen_scores[-1]


@given(any_answers)
def test_priority_ties_go_to_more_answers_then_catalog_order(answers: dict[str, int]) -> None:
    profile = score_profile(CATALOG, answers)
    rank = {b.slug: (-(b.score or 0), -b.answered, SLUGS.index(b.slug)) for b in profile.barriers}

    keys = [rank[slug] for slug in profile.priorities]
    assert keys == sorted(keys)
    outside = [
        rank[b.slug] for b in profile.barriers if b.scored and b.slug not in profile.priorities
    ]
    if keys:
        assert all(key > keys[-1] for key in outside)


@given(any_answers)
def test_drivers_are_sorted_strongest_first(answers: dict[str, int]) -> None:
    for barrier in score_profile(CATALOG, answers).barriers:
        driver_points = [d.points for d in barrier.drivers]
        assert driver_points == sorted(driver_points, reverse=True)
        for driver in barrier.drivers:
            assert driver.answer == answers[driver.item_id]
            assert driver.points == points(ITEMS[driver.item_id], driver.answer)


barrier_item_ids = st.sampled_from([item.id for item in CATALOG.barrier_items])


@given(any_answers, barrier_item_ids, answer_values, answer_values)
def test_agreeing_more_with_an_item_moves_its_barrier_the_way_the_item_is_keyed(
    answers: dict[str, int], item_id: str, first: int, second: int
) -> None:
    lower, higher = sorted((first, second))
    item = ITEMS[item_id]
    before = score_profile(CATALOG, {**answers, item_id: lower}).barrier(item.barrier or "")
    after = score_profile(CATALOG, {**answers, item_id: higher}).barrier(item.barrier or "")

    assert (before.score is None) == (after.score is None)
    if before.score is not None and after.score is not None:
        if item.keyed == 1:
            assert after.score >= before.score
        else:
            assert after.score <= before.score


@given(any_answers, barrier_item_ids, answer_values)
def test_answering_one_more_item_never_takes_a_score_away(
    answers: dict[str, int], item_id: str, value: int
) -> None:
    item = ITEMS[item_id]
    without = {key: v for key, v in answers.items() if key != item_id}

    before = score_profile(CATALOG, without).barrier(item.barrier or "")
    after = score_profile(CATALOG, {**without, item_id: value}).barrier(item.barrier or "")

    assert after.answered == before.answered + 1
    assert not (before.scored and not after.scored)


def flipped(answers: dict[str, int]) -> dict[str, int]:
    return {item_id: 6 - value for item_id, value in answers.items()}


@given(complete_answers)
def test_flipping_every_answer_mirrors_each_fully_answered_score(
    answers: dict[str, int],
) -> None:
    """With three items the mean is a multiple of 100/12, never exactly half-way between two
    whole numbers, so half-up rounding is symmetric and a score s becomes exactly 100 - s."""
    profile = score_profile(CATALOG, answers)
    mirror = score_profile(CATALOG, flipped(answers))

    for barrier, mirrored in zip(profile.barriers, mirror.barriers, strict=True):
        assert barrier.answered == mirrored.answered == 3
        assert mirrored.score == 100 - (barrier.score or 0)


@given(any_answers)
def test_flipping_every_answer_mirrors_a_score_except_at_exact_halves(
    answers: dict[str, int],
) -> None:
    """For any number of answers n, flipping v to 6 - v turns p points into 4 - p, so the
    unrounded score x becomes 100 - x. Half-up rounding then gives s + s' = 100, except when x
    is exactly half-way (two barrier answers with an odd point total, or four satisfaction
    answers with a total of 2 mod 4): both round up, and s + s' = 101."""
    profile = score_profile(CATALOG, answers)
    mirror = score_profile(CATALOG, flipped(answers))
    pairs: list[tuple[int | None, int | None, str | None]] = [
        (b.score, m.score, b.slug) for b, m in zip(profile.barriers, mirror.barriers, strict=True)
    ]
    pairs.append((profile.satisfaction.score, mirror.satisfaction.score, None))

    for score, mirrored, slug in pairs:
        assert (score is None) == (mirrored is None)
        if score is None or mirrored is None:
            continue
        given_items = [(ITEMS[i], v) for i, v in answers.items() if ITEMS[i].barrier == slug]
        total = sum(points(item, value) for item, value in given_items)
        exact = Fraction(100 * total, 4 * len(given_items))
        at_half = exact.denominator == 2
        assert score + mirrored == (101 if at_half else 100)


@given(any_answers, st.randoms(use_true_random=False))
def test_the_same_answers_in_any_order_give_the_same_profile(
    answers: dict[str, int], random: Random
) -> None:
    keys = list(answers)
    random.shuffle(keys)
    shuffled = {key: answers[key] for key in keys}

    first: Profile = score_profile(CATALOG, answers)
    second: Profile = score_profile(CATALOG, shuffled)

    assert first == second
    assert json.dumps(profile_json(first)) == json.dumps(profile_json(second))


@given(any_answers, any_answers)
def test_profile_changes_are_after_minus_before(
    first: dict[str, int], second: dict[str, int]
) -> None:
    before = score_profile(CATALOG, first)
    after = score_profile(CATALOG, second)

    changes = profile_changes(before, after)

    assert [change.slug for change in changes] == list(SLUGS)
    for change, old, new in zip(changes, before.barriers, after.barriers, strict=True):
        assert (change.before, change.after) == (old.score, new.score)
        if old.score is None or new.score is None:
            assert change.delta is None
        else:
            assert change.delta == new.score - old.score
