"""Strict inputs: answers are whole numbers on the scale — never booleans, strings or floats —
every check-up statement is answered, unknown fields are refused, and every refusal is a JSON
422 (or 400 for a body that is not JSON) with a reason. Never a 500."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.api.conftest import Api, complete_answers

from nearer.checkins.models import Checkin
from nearer.checkups.models import Checkup
from nearer.web.catalog import site_catalog

pytestmark = pytest.mark.django_db

ITEM = "fear-of-vulnerability.1"
NOT_ANSWERS = [True, False, "3", 2.5, 0, 6, 6.0, -1, None, [3], {"value": 3}, 10**30, 1e300]


def assert_422(response: Any, *fragments: str) -> None:
    assert response.status_code == 422, response.content
    body = response.json()
    assert set(body) == {"detail", "errors"}
    assert body["errors"] and all({"loc", "msg"} == set(e) for e in body["errors"])
    for fragment in fragments:
        assert fragment in body["detail"], body["detail"]


@pytest.mark.parametrize("value", NOT_ANSWERS, ids=repr)
def test_a_check_up_answer_must_be_a_whole_number_from_1_to_5(as_owner: Api, value: object) -> None:
    response = as_owner.post("/checkups", {"answers": {**complete_answers(), ITEM: value}})
    assert_422(response, ITEM)
    assert response.json()["errors"][0]["loc"][:2] == ["body", "answers"]
    assert not Checkup.objects.exists()


@pytest.mark.parametrize("value", NOT_ANSWERS, ids=repr)
def test_a_check_in_answer_must_be_a_whole_number_from_1_to_5(as_owner: Api, value: object) -> None:
    assert_422(as_owner.post("/checkins", {"answers": {"satisfaction.1": value}}))
    assert not Checkin.objects.exists()


@pytest.mark.parametrize("value", [True, "2", 2.5, 0, 5, 5.0, None], ids=repr)
def test_a_safety_answer_must_be_a_whole_number_from_1_to_4(as_owner: Api, value: object) -> None:
    response = as_owner.post(
        "/checkups", {"answers": complete_answers(), "safety": {"safety.1": value}}
    )
    assert_422(response, "safety")


def test_a_whole_number_written_with_a_decimal_point_is_that_number(as_owner: Api) -> None:
    # JSON has one number type; JSON Schema counts 4.0 as the integer 4.
    response = as_owner.post("/checkins", {"answers": {"satisfaction.1": 4.0}})
    assert response.status_code == 201
    saved = response.json()["answers"]["satisfaction.1"]
    assert saved == 4 and type(saved) is int


def test_every_check_up_statement_needs_an_answer(as_owner: Api) -> None:
    answers = complete_answers()
    del answers[ITEM]
    assert_422(as_owner.post("/checkups", {"answers": answers}), "missing", ITEM)


@pytest.mark.parametrize(
    "body",
    [
        {"answers": {**complete_answers(), "made-up.1": 3}},
        {"answers": complete_answers(), "safety": {"safety.9": 1}},
        {"answers": complete_answers(), "extra": 1},
        {"answers": complete_answers(), "safety": None},
        {"answers": {}},
        {},
        [],
        "answers",
        3,
        None,
    ],
    ids=repr,
)
def test_a_check_up_with_unknown_or_missing_fields_is_refused(as_owner: Api, body: object) -> None:
    assert_422(as_owner.post("/checkups", raw=json.dumps(body)))
    assert not Checkup.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {"answers": {}},
        {"answers": {"fear-of-vulnerability.1": 3}},
        {"answers": {"satisfaction.1": 3}, "day": "2020-01-01"},
        {"answers": []},
        {},
    ],
    ids=repr,
)
def test_a_check_in_needs_known_statements_and_nothing_else(as_owner: Api, body: object) -> None:
    assert_422(as_owner.post("/checkins", body))


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": 42},
        {"text": True},
        {"text": ["a"]},
        {"text": None},
        {"text": "x" * 4001},
        {"text": "fine", "store": True},
    ],
    ids=lambda b: repr(b)[:40],
)
def test_analyze_needs_one_text_of_sensible_length(as_owner: Api, body: object) -> None:
    assert_422(as_owner.post("/analyze", body))


@pytest.mark.parametrize("path", ["/checkups", "/checkins", "/analyze"])
@pytest.mark.parametrize("raw", ["{", "not json", '{"answers": }', b"\xff\xfe{}"], ids=repr)
def test_a_body_that_is_not_json_is_a_400_with_a_reason(
    as_owner: Api, path: str, raw: str | bytes
) -> None:
    response = as_owner.post(path, raw=raw)
    assert response.status_code == 400
    assert response.json() == {"detail": "The request body is not valid JSON."}


@pytest.mark.parametrize("path", ["/checkups", "/checkins", "/analyze"])
def test_an_empty_body_is_a_422_with_a_reason(as_owner: Api, path: str) -> None:
    assert_422(as_owner.post(path, raw=""))


def test_a_lone_surrogate_in_a_text_is_refused(as_owner: Api) -> None:
    assert_422(as_owner.post("/analyze", raw='{"text": "hi \\ud800"}'), "text")


@pytest.mark.parametrize("path", ["/checkups/0", "/checkups/-1", "/checkups/abc", "/checkups/1.5"])
def test_a_bad_id_is_a_422_with_a_reason(as_owner: Api, path: str) -> None:
    assert_422(as_owner.get(path), "id")


def test_an_id_beyond_any_row_is_refused_not_crashed(as_owner: Api) -> None:
    assert_422(as_owner.get(f"/checkups/{2**63}"))
    assert as_owner.get(f"/checkups/{2**63 - 1}").status_code == 404
    assert as_owner.post(f"/plan/sessions/{2**63 - 1}/done").status_code == 404


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=JSON)
def test_anything_but_a_scale_number_as_an_answer_is_refused(as_owner: Api, value: Any) -> None:
    whole = (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, float) and value.is_integer()
    )
    valid = whole and 1 <= value <= 5
    answers = {"satisfaction.1": value}
    response = as_owner.post("/checkins", {"answers": answers})
    if valid:
        assert response.status_code in (200, 201)
    else:
        assert_422(response)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=JSON)
def test_no_body_at_all_makes_the_api_fail(as_owner: Api, body: Any) -> None:
    for path in ("/checkups", "/checkins", "/analyze"):
        response = as_owner.post(path, body)
        assert response.status_code in (200, 201, 400, 422), (path, body, response.content)
        assert response.json()["detail"] if response.status_code >= 400 else True


def test_the_answer_schema_names_every_statement_of_the_catalog(anonymous: Api) -> None:
    schema = anonymous.get("/openapi.json").json()["components"]["schemas"]
    answers = schema["CheckupIn"]["properties"]["answers"]
    ids = [item.id for item in site_catalog().checkup_items]
    assert answers["required"] == ids
    assert answers["additionalProperties"] is False
    assert answers["properties"][ITEM] | {"description": ""} == {
        "type": "integer",
        "minimum": 1,
        "maximum": 5,
        "description": "",
    }
    for name in ("CheckupIn", "CheckinIn", "AnalyzeIn"):
        assert schema[name]["additionalProperties"] is False
