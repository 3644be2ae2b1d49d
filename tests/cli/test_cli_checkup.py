"""`nearer checkup [--json]`: the check-up in the terminal, driven through stdin."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.cli.helpers import NEARER, WIDE, Run, call, lines, nearer, page_order

from nearer.core.catalog import Catalog


def agree_with_everything(catalog: Catalog, safety: str = "1") -> str:
    return lines(*["4"] * len(catalog.checkup_items), *[safety] * len(catalog.safety.items))


def all_fours(catalog: Catalog) -> dict[str, int]:
    return {item.id: 4 for item in catalog.checkup_items}


def score_json(answers: dict[str, int]) -> object:
    run = call("score", "--json", stdin=json.dumps(answers))
    assert run.code == 0
    return run.json


def flat(text: str) -> str:
    return " ".join(text.split())


# --- a whole check-up --------------------------------------------------------------------------


def test_a_whole_checkup_ends_with_the_profile_a_chart_and_where_to_start(
    catalog: Catalog,
) -> None:
    run = nearer("checkup", stdin=agree_with_everything(catalog))
    assert (run.code, run.err) == (0, "")
    profile = run.out[run.out.index("Your profile") :]
    for barrier in catalog.barriers:
        assert barrier.title in profile
    assert "Some signs of this" in profile  # every barrier scores 58 with all answers "4"
    assert "█" in profile  # the bar chart
    assert "How things feel overall" in profile
    priorities = score_json(all_fours(catalog))["priorities"]  # type: ignore[index]
    assert len(priorities) == 3
    start = profile[profile.index("Where to start") :]
    for slug in priorities:
        assert catalog.barrier(slug).title in start
        for practice in catalog.barrier(slug).practices[:2]:
            assert practice.title in start


def test_a_kind_privacy_note_comes_before_the_first_statement(catalog: Catalog) -> None:
    out = call("checkup", stdin=agree_with_everything(catalog)).out
    first_statement = catalog.item(page_order(catalog)[0]).text
    note = out[: out.index(first_statement)]
    assert "does not save" in note
    assert "device you trust" in note


def test_pages_show_progress_and_the_labelled_scale(catalog: Catalog) -> None:
    out = call("checkup", stdin=agree_with_everything(catalog)).out
    pages = len(catalog.checkup_pages()) + 1  # the safety screen is the last page
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in out
    for point in catalog.agreement_scale + catalog.safety.scale:
        assert f"{point.value} {point.label}" in out
    assert catalog.satisfaction_title in out
    assert f"1 of {len(catalog.checkup_items)}" in out
    assert f"{len(catalog.checkup_items)} of {len(catalog.checkup_items)}" in out


def test_every_statement_and_safety_question_is_asked_once(catalog: Catalog) -> None:
    out = call("checkup", stdin=agree_with_everything(catalog)).out
    for item in catalog.checkup_items:
        assert out.count(item.text) == 1, item.id
    for question in catalog.safety.items:
        assert out.count(question.text) == 1, question.id


# --- --json ------------------------------------------------------------------------------------


def test_json_prints_the_same_json_as_score_for_the_same_answers(catalog: Catalog) -> None:
    run = nearer("checkup", "--json", stdin=agree_with_everything(catalog))
    assert run.code == 0
    assert run.json == score_json(all_fours(catalog))


def test_with_json_the_prompts_go_to_stderr_and_stdout_is_only_json(catalog: Catalog) -> None:
    run = call("checkup", "--json", stdin=agree_with_everything(catalog))
    assert run.out.lstrip().startswith("{")
    assert "Before you begin" not in run.out
    assert "Before you begin" in run.err
    assert catalog.item(page_order(catalog)[0]).text in run.err


# --- skipping, going back, answers off the scale -----------------------------------------------


def test_skipping_and_going_back_change_exactly_the_answers_they_should(
    catalog: Catalog,
) -> None:
    order = page_order(catalog)
    per_page = len(catalog.checkup_pages()[0])
    replies = [
        "5",  # 1st: 5
        "",  # 2nd: skipped
        "b",  # back to the 2nd
        "b",  # back to the 1st
        "2",  # 1st changed to 2
        "",  # 2nd skipped again
        "4",  # 3rd
        *["1"] * (per_page - 3),  # the rest of page 1
        "b",  # from the first statement of page 2 back to the last of page 1
        "3",  # last of page 1 changed to 3
        *["4"] * (len(order) - per_page),
        *["1"] * len(catalog.safety.items),
    ]
    expected = {item_id: 4 for item_id in order}
    expected |= {order[0]: 2, order[2]: 4}
    expected |= {item_id: 1 for item_id in order[3:per_page]}
    expected[order[per_page - 1]] = 3
    del expected[order[1]]

    run = call("checkup", "--json", stdin=lines(*replies))
    assert run.code == 0, run.err
    assert run.json == score_json(expected)
    skipped = catalog.item(order[1]).barrier
    assert next(b for b in run.json["barriers"] if b["slug"] == skipped)["answered"] == 2


def test_going_back_from_the_first_statement_stays_there(catalog: Catalog) -> None:
    run = call("checkup", "--json", stdin="b\n" + agree_with_everything(catalog))
    assert run.code == 0
    assert "This is the first statement." in run.err
    assert run.json == score_json(all_fours(catalog))


def test_a_reply_off_the_scale_is_asked_again(catalog: Catalog) -> None:
    run = call("checkup", "--json", stdin="7\nyes\n0\n" + agree_with_everything(catalog))
    assert run.code == 0
    assert run.err.count("Please type a number from 1 to 5") == 3
    assert run.json == score_json(all_fours(catalog))


def test_skipping_everything_gives_a_profile_with_no_scores(catalog: Catalog) -> None:
    count = len(catalog.checkup_items) + len(catalog.safety.items)
    run = nearer("checkup", stdin=lines(*[""] * count))
    assert run.code == 0
    assert "not enough answers" in run.out
    assert "There are not enough answers yet to suggest where to start" in flat(run.out)


# --- input that ends early ---------------------------------------------------------------------


def assert_stopped(run: Run) -> None:
    assert run.code == 1
    assert "Traceback" not in run.err
    assert run.err_lines[-1] == (
        "nearer checkup: input ended before the check-up was finished; nothing was saved"
    )


def test_input_ending_midway_exits_1_with_one_readable_line(catalog: Catalog) -> None:
    run = nearer("checkup", stdin=lines(*["4"] * 10))
    assert_stopped(run)
    assert len(run.err_lines) == 1
    assert "Your profile" not in run.out


def test_input_ending_midway_with_json_leaves_stdout_empty(catalog: Catalog) -> None:
    run = nearer("checkup", "--json", stdin=lines(*["4"] * 10))
    assert_stopped(run)
    assert run.out == ""


def test_input_ending_in_the_safety_screen_also_exits_1(catalog: Catalog) -> None:
    run = call("checkup", "--json", stdin=lines(*["4"] * len(catalog.checkup_items)))
    assert_stopped(run)
    assert run.out == ""


def test_no_input_at_all_exits_1() -> None:
    assert_stopped(call("checkup", stdin=""))


def test_ctrl_c_stops_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [str(NEARER), "checkup"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": WIDE},
    )
    assert process.stdout is not None
    seen = b""
    while b"Your answer" not in seen:  # wait for the first prompt
        chunk = os.read(process.stdout.fileno(), 65536)
        assert chunk, "the check-up ended before asking anything"
        seen += chunk
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err.decode().splitlines() == ["nearer checkup: stopped; nothing was saved"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "3", "4", "5", "", "b", "x", "9"]), max_size=120))
def test_any_replies_end_in_a_profile_or_exit_1_never_a_traceback(replies: list[str]) -> None:
    run = call("checkup", "--json", stdin=lines(*replies))
    assert run.code in (0, 1)
    if run.code == 1:
        assert_stopped(run)
        assert run.out == ""
    else:
        assert list(run.json) == ["barriers", "priorities", "satisfaction"]


# --- the safety screen -------------------------------------------------------------------------


def test_a_positive_safety_answer_shows_the_resources_at_once(catalog: Catalog) -> None:
    _, second, *rest = catalog.safety.items
    replies = ["4"] * len(catalog.checkup_items) + ["1", str(catalog.safety.positive_from)]
    out = flat(call("checkup", stdin=lines(*replies, *["1"] * len(rest))).out)
    shown = out.index(flat(catalog.resources.emergency))
    assert out.index(second.text) < shown < out.index("Your profile")
    for resource in catalog.resources.resources:
        assert flat(resource.name) in out
        assert flat(resource.detail) in out
    for later in rest:  # nothing else is asked before the resources
        assert later.text not in out or out.index(later.text) > shown


def test_answering_never_to_every_safety_question_shows_no_resources(catalog: Catalog) -> None:
    out = flat(call("checkup", stdin=agree_with_everything(catalog, safety="1")).out)
    assert flat(catalog.resources.emergency) not in out
    for resource in catalog.resources.resources:
        assert flat(resource.detail) not in out


def test_a_skipped_safety_screen_shows_no_resources(catalog: Catalog) -> None:
    out = flat(call("checkup", stdin=agree_with_everything(catalog, safety="")).out)
    assert flat(catalog.resources.emergency) not in out


def test_safety_answers_never_reach_the_scores(catalog: Catalog) -> None:
    for safety in ("1", "4"):
        run = call("checkup", "--json", stdin=agree_with_everything(catalog, safety=safety))
        assert run.json == score_json(all_fours(catalog))
        assert "safety" not in run.out


def test_the_checkup_stores_nothing_in_a_database(catalog: Catalog, tmp_path: Path) -> None:
    run = nearer("checkup", stdin=agree_with_everything(catalog, safety="3"), cwd=tmp_path)
    assert run.code == 0
    assert (tmp_path / "var").is_dir()  # the settings did point here
    assert not (tmp_path / "var" / "nearer.sqlite3").exists()
