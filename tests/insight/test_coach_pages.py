"""The message coach, with and without JavaScript, and the promise that nothing is stored."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from tests.insight.texts import CRITICISM, GENTLE

from nearer.insight.coach import coach_content

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def test_the_coach_page_says_nothing_is_stored_and_wires_live_feedback(
    owner_client: Client,
) -> None:
    response = owner_client.get("/coach/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "not stored" in page
    assert 'data-hx-post="/coach/"' in page
    assert 'data-hx-trigger="keyup changed delay:500ms' in page
    assert 'data-hx-target="#coach-feedback"' in page
    # Works without JavaScript: a real form posting to the same page, with a submit button.
    assert '<form method="post" action="/coach/"' in page
    assert 'type="submit"' in page


def test_without_javascript_a_post_re_renders_the_whole_page_with_feedback(
    owner_client: Client,
) -> None:
    response = owner_client.post("/coach/", {"message": CRITICISM, "action": "check"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" in page
    assert "May land as criticism" in page
    assert "<mark>You never</mark>" in page
    assert coach_content().why("criticism", "You never").replace('"', "&quot;") in page
    # The message comes back in the text area so the person can keep working on it.
    assert "You never help with the dishes" in page


def test_with_htmx_a_post_returns_only_the_feedback_partial(owner_client: Client) -> None:
    response = owner_client.post("/coach/", {"message": CRITICISM}, headers=HX)
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page
    assert "<textarea" not in page
    assert "May land as criticism" in page
    assert "<mark>You never</mark>" in page


def test_without_javascript_the_start_up_is_prefilled_from_the_persons_words(
    owner_client: Client,
) -> None:
    message = (
        "I feel so lonely when you are on your phone all evening. Could we eat without phones?"
    )
    page = owner_client.post("/coach/", {"message": message, "action": "check"}).content.decode()
    assert 'name="feeling" maxlength="200" value="lonely"' in page
    assert 'value="when you are on your phone all evening"' in page
    assert 'value="us to eat without phones"' in page
    assert coach_content().startup.prefilled.replace("'", "&#x27;") in page
    assert 'id="coach-prefilled" hidden' not in page


def test_live_feedback_carries_the_suggestions_and_leaves_the_steps_alone(
    owner_client: Client,
) -> None:
    message = (
        "I feel so lonely when you are on your phone all evening. Could we eat without phones?"
    )
    page = owner_client.post("/coach/", {"message": message}, headers=HX).content.decode()
    assert 'data-feeling="lonely"' in page
    assert 'data-situation="when you are on your phone all evening"' in page
    assert 'data-need="us to eat without phones"' in page
    # The steps are outside the swapped region: a live update never replaces what is typed.
    assert 'name="feeling"' not in page


def test_the_coach_script_is_a_static_file(owner_client: Client) -> None:
    page = owner_client.get("/coach/").content.decode()
    assert '<script src="/static/insight/coach.js" defer></script>' in page
    assert "<script>" not in page


def test_what_the_person_typed_in_a_step_is_kept_over_a_new_suggestion(
    owner_client: Client,
) -> None:
    message = "I feel so lonely when you are on your phone all evening."
    page = owner_client.post(
        "/coach/",
        {
            "message": message,
            "feeling": "a bit left out",
            "suggested_feeling": "lonely",
            "action": "check",
        },
    ).content.decode()
    assert 'value="a bit left out"' in page


def test_a_step_still_holding_the_old_suggestion_takes_the_new_one(owner_client: Client) -> None:
    page = owner_client.post(
        "/coach/",
        {
            "message": "I feel worried about money.",
            "feeling": "lonely",
            "suggested_feeling": "lonely",
            "action": "check",
        },
    ).content.decode()
    assert 'name="feeling" maxlength="200" value="worried"' in page


def test_putting_it_together_makes_an_i_statement(owner_client: Client) -> None:
    response = owner_client.post(
        "/coach/",
        {
            "message": CRITICISM,
            "feeling": "worn out",
            "situation": "the dishes after dinner",
            "need": "us to take turns",
            "action": "compose",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "I feel worn out about the dishes after dinner, and I need us to take turns." in page


def test_putting_it_together_with_a_missing_part_says_which(owner_client: Client) -> None:
    response = owner_client.post(
        "/coach/",
        {"message": "", "feeling": "sad", "situation": "", "need": "", "action": "compose"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Add the situation to put it together." in page
    assert "Add what you need to put it together." in page
    assert 'value="sad"' in page


def test_checking_an_empty_message_asks_for_one(owner_client: Client) -> None:
    response = owner_client.post("/coach/", {"message": "  ", "action": "check"})
    assert response.status_code == 400
    assert "Type the message you have in mind" in response.content.decode()


def test_a_message_that_is_too_long_is_refused_kindly(owner_client: Client) -> None:
    response = owner_client.post("/coach/", {"message": "a" * 4001, "action": "check"})
    assert response.status_code == 400
    assert "at most 4000 characters" in response.content.decode()
    live = owner_client.post("/coach/", {"message": "a" * 4001}, headers=HX)
    # htmx does not swap error responses, so the live partial says it with a 200.
    assert live.status_code == 200
    assert "at most 4000 characters" in live.content.decode()


def test_a_gentle_message_is_recognised(owner_client: Client) -> None:
    page = owner_client.post("/coach/", {"message": GENTLE}, headers=HX).content.decode()
    assert "<mark>" not in page
    assert "Gentle." in page


def test_coach_messages_are_not_stored_anywhere(owner_client: Client) -> None:
    marker = "zebra-umbrella-paperclip"
    message = f"You never listen to me about the {marker}. Whatever."
    owner_client.post("/coach/", {"message": message, "action": "check"})
    owner_client.post("/coach/", {"message": message}, headers=HX)
    owner_client.post(
        "/coach/",
        {"message": message, "feeling": marker, "situation": "x", "need": "y", "action": "compose"},
    )
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                assert marker not in repr(row), table
