"""`nearer score [--json] < answers.json`: the profile for a set of answers, or exit 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.cli.helpers import NEARER, SLUGS, Run, call, nearer

from nearer.core.catalog import Catalog
from nearer.core.scoring import profile_json, score_profile


def score(answers: object) -> Run:
    return call("score", "--json", stdin=json.dumps(answers))


def strongest(catalog: Catalog) -> dict[str, int]:
    """Agree with every sign of a barrier, disagree with every sign of its absence."""
    return {item.id: 5 if item.keyed == 1 else 1 for item in catalog.checkup_items}


def weakest(catalog: Catalog) -> dict[str, int]:
    return {item.id: 1 if item.keyed == 1 else 5 for item in catalog.checkup_items}


def barrier(run: Run, slug: str) -> dict[str, Any]:
    found: dict[str, Any] = next(b for b in run.json["barriers"] if b["slug"] == slug)
    return found


# --- the JSON contract -------------------------------------------------------------------------


def test_the_output_has_exactly_barriers_priorities_and_satisfaction(catalog: Catalog) -> None:
    run = score(strongest(catalog))
    assert run.code == 0
    assert list(run.json) == ["barriers", "priorities", "satisfaction"]
    assert [b["slug"] for b in run.json["barriers"]] == SLUGS
    for entry in run.json["barriers"]:
        assert list(entry) == ["slug", "score", "band", "answered"]
    assert list(run.json["satisfaction"]) == ["score", "answered"]


def test_the_output_is_exactly_the_cores_profile_json(catalog: Catalog) -> None:
    answers = {item.id: 1 + index % 5 for index, item in enumerate(catalog.checkup_items)}
    assert score(answers).json == profile_json(score_profile(catalog, answers))


def test_the_real_command_prints_the_same_json_and_nothing_on_stderr(catalog: Catalog) -> None:
    answers = {item.id: 1 + index % 5 for index, item in enumerate(catalog.checkup_items)}
    run = nearer("score", "--json", stdin=json.dumps(answers))
    assert (run.code, run.err) == (0, "")
    assert run.json == score(answers).json


# --- scoring full, partial and empty answers ---------------------------------------------------


def test_full_answers_showing_every_sign_score_100_in_the_high_band(catalog: Catalog) -> None:
    run = score(strongest(catalog))
    for entry in run.json["barriers"]:
        assert (entry["score"], entry["band"], entry["answered"]) == (100, "high", 3)
    assert run.json["satisfaction"] == {"score": 100, "answered": 4}


def test_full_answers_showing_no_sign_score_0_in_the_low_band(catalog: Catalog) -> None:
    run = score(weakest(catalog))
    for entry in run.json["barriers"]:
        assert (entry["score"], entry["band"], entry["answered"]) == (0, "low", 3)
    assert run.json["satisfaction"] == {"score": 0, "answered": 4}


def test_agreeing_with_a_reverse_keyed_item_counts_against_the_barrier(catalog: Catalog) -> None:
    items = catalog.barrier("fear-of-conflict").items
    sign = next(i for i in items if i.keyed == 1)
    absence = next(i for i in items if i.keyed == -1)
    # 4 points for the sign, 0 for agreeing that the barrier is absent: 4 / 8 = 50.
    run = score({sign.id: 5, absence.id: 5})
    assert barrier(run, "fear-of-conflict") == {
        "slug": "fear-of-conflict",
        "score": 50,
        "band": "some",
        "answered": 2,
    }


def test_two_of_three_answers_are_enough_for_a_score(catalog: Catalog) -> None:
    first, second, _ = catalog.barrier("emotional-burnout").items
    run = score({first.id: 3, second.id: 3})
    assert barrier(run, "emotional-burnout") == {
        "slug": "emotional-burnout",
        "score": 50,
        "band": "some",
        "answered": 2,
    }


def test_a_barrier_with_fewer_than_two_answers_has_a_null_score(catalog: Catalog) -> None:
    first = catalog.barrier("lack-of-communication").items[0]
    run = score({first.id: 5})
    assert barrier(run, "lack-of-communication") == {
        "slug": "lack-of-communication",
        "score": None,
        "band": None,
        "answered": 1,
    }
    assert barrier(run, "fear-of-conflict")["answered"] == 0
    assert barrier(run, "fear-of-conflict")["score"] is None


def test_an_empty_object_scores_nothing_and_names_no_priorities() -> None:
    run = score({})
    assert run.code == 0
    assert all(entry["score"] is None for entry in run.json["barriers"])
    assert run.json["priorities"] == []
    assert run.json["satisfaction"] == {"score": None, "answered": 0}


def test_satisfaction_needs_three_of_its_four_answers(catalog: Catalog) -> None:
    ids = [item.id for item in catalog.satisfaction_items]
    positive = [i.id for i in catalog.satisfaction_items if i.keyed == 1]
    assert score({ids[0]: 3, ids[1]: 3}).json["satisfaction"] == {"score": None, "answered": 2}
    run = score(dict.fromkeys(positive[:3], 5))
    assert run.json["satisfaction"] == {"score": 100, "answered": 3}


def test_priorities_are_the_three_highest_scores_ties_in_catalog_order(catalog: Catalog) -> None:
    chosen = {"emotional-burnout", "lack-of-communication", "fear-of-conflict", "fear-of-rejection"}
    answers = weakest(catalog)
    for slug in chosen:
        for item in catalog.barrier(slug).items:
            answers[item.id] = 5 if item.keyed == 1 else 1
    # Four barriers tie at 100 with three answers each: catalog order decides.
    assert score(answers).json["priorities"] == [
        "lack-of-communication",
        "fear-of-rejection",
        "fear-of-conflict",
    ]


# --- bad input: exit 2, one line on stderr, nothing on stdout ----------------------------------

BAD_INPUTS = {
    "an unknown item id": '{"x.9": 3}',
    "a safety-screen item": '{"safety.1": 1}',
    "a weekly check-in item": '{"fear-of-conflict.checkin": 3}',
    "a value below the scale": '{"fear-of-conflict.1": 0}',
    "a value above the scale": '{"fear-of-conflict.1": 6}',
    "a fraction": '{"fear-of-conflict.1": 4.5}',
    "a whole number written as a float": '{"fear-of-conflict.1": 4.0}',
    "a number in a string": '{"fear-of-conflict.1": "4"}',
    "true": '{"fear-of-conflict.1": true}',
    "null": '{"fear-of-conflict.1": null}',
    "a list value": '{"fear-of-conflict.1": [4]}',
    "an item given twice": '{"fear-of-conflict.1": 4, "fear-of-conflict.1": 2}',
    "a list": "[4, 4, 4]",
    "a string": '"fear-of-conflict.1"',
    "a number": "4",
    "null document": "null",
    "invalid JSON": '{"fear-of-conflict.1": 4,',
    "not JSON at all": "fear-of-conflict.1=4",
    "empty input": "",
    "only whitespace": "  \n\t\n",
    "very deep nesting": "[" * 100_000 + "]" * 100_000,
}


def assert_refused(run: Run) -> None:
    assert run.code == 2
    assert run.out == ""
    assert len(run.err_lines) == 1, run.err
    assert run.err.startswith("nearer score: ")
    assert "Traceback" not in run.err


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_exits_2_with_one_line(text: str) -> None:
    assert_refused(call("score", "--json", stdin=text))


@pytest.mark.parametrize("text", ['{"x.9": 3}', "[]", ""], ids=["unknown id", "list", "empty"])
def test_bad_input_is_refused_without_json_too(text: str) -> None:
    assert_refused(call("score", stdin=text))


def test_an_unknown_item_id_is_named_in_the_message() -> None:
    run = call("score", "--json", stdin='{"fear-of-conflict.1": 2, "x.9": 3}')
    assert run.err == "nearer score: unknown item id: 'x.9'\n"


def test_a_value_off_the_scale_is_named_with_its_item() -> None:
    run = call("score", "--json", stdin='{"fear-of-conflict.2": 7}')
    assert "'fear-of-conflict.2'" in run.err
    assert "7" in run.err


@pytest.mark.parametrize(
    "text",
    ['{"x.9": 3}', '{"fear-of-conflict.1": 9}', "{oops", ""],
    ids=["unknown id", "out of range", "invalid JSON", "empty stdin"],
)
def test_the_real_command_exits_2_with_one_line_and_no_traceback(text: str) -> None:
    assert_refused(nearer("score", "--json", stdin=text))


def test_input_that_is_not_utf8_is_refused_with_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(NEARER), "score", "--json"],
        input=b'{"fear-of-conflict.1": \xff}',
        capture_output=True,
        check=False,
        cwd=tmp_path,
    )
    assert_refused(Run(done.returncode, done.stdout.decode(), done.stderr.decode()))


# --- any input at all: a profile or a clean refusal, never a traceback ----------------------------

ITEM_IDS = st.sampled_from(
    ["fear-of-conflict.1", "emotional-burnout.3", "satisfaction.2", "safety.1", "x.9", ""]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 9) | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(ITEM_IDS | st.text(), children, max_size=3)
    ),
    max_leaves=8,
)


def check_profile_or_refusal(run: Run) -> None:
    assert run.code in (0, 2), run.err
    if run.code == 2:
        assert_refused(run)
    else:
        assert run.err == ""
        assert list(run.json) == ["barriers", "priorities", "satisfaction"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(ITEM_IDS, JSON_VALUES | st.integers(1, 5), max_size=5) | JSON_VALUES)
def test_any_json_gives_a_profile_or_exit_2_never_a_traceback(document: object) -> None:
    check_profile_or_refusal(call("score", "--json", stdin=json.dumps(document)))


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_gives_a_profile_or_exit_2_never_a_traceback(text: str) -> None:
    check_profile_or_refusal(call("score", "--json", stdin=text))


# --- the readable table ------------------------------------------------------------------------


def test_without_json_it_prints_a_readable_profile(catalog: Catalog) -> None:
    answers = weakest(catalog)
    for item in catalog.barrier("fear-of-conflict").items:
        answers[item.id] = 5 if item.keyed == 1 else 1
    del answers[catalog.barrier("emotional-burnout").items[0].id]
    del answers[catalog.barrier("emotional-burnout").items[1].id]
    run = nearer("score", stdin=json.dumps(answers))
    assert run.code == 0
    assert not run.out.lstrip().startswith("{")
    for entry in catalog.barriers:
        assert entry.title in run.out
    assert "not enough answers" in run.out
    high = next(band.label for band in catalog.bands if band.name == "high")
    assert high in run.out
    for practice in catalog.barrier("fear-of-conflict").practices[:2]:
        assert practice.title in run.out
