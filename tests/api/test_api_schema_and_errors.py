"""The OpenAPI schema documents every answer an operation gives, errors are always JSON with a
reason, and nothing is loaded from outside (no docs page pulling Swagger from a CDN)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.test import RequestFactory
from tests.api.conftest import Api

from nearer.api.endpoints import api

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(anonymous: Api) -> dict[str, Any]:
    response = anonymous.get("/openapi.json")
    assert response.status_code == 200
    result: dict[str, Any] = response.json()
    return result


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]


def test_the_schema_covers_every_endpoint(schema: dict[str, Any]) -> None:
    assert {(m, p) for m, p, _ in operations(schema)} == {
        ("GET", "/api/v1/me"),
        ("GET", "/api/v1/checkups"),
        ("POST", "/api/v1/checkups"),
        ("GET", "/api/v1/checkups/{id}"),
        ("GET", "/api/v1/plan"),
        ("POST", "/api/v1/plan/sessions/{id}/done"),
        ("POST", "/api/v1/plan/sessions/{id}/undo"),
        ("GET", "/api/v1/checkins"),
        ("POST", "/api/v1/checkins"),
        ("POST", "/api/v1/analyze"),
    }


def test_every_error_an_operation_can_give_is_documented_as_json(schema: dict[str, Any]) -> None:
    for method, path, operation in operations(schema):
        codes = set(operation["responses"])
        assert "401" in codes, (method, path)
        if "requestBody" in operation:
            assert {"400", "422"} <= codes, (method, path)
        if "{id}" in path:
            assert {"404", "422"} <= codes, (method, path)
        for code, response in operation["responses"].items():
            if code.startswith(("4", "5")):
                ref = response["content"]["application/json"]["schema"]["$ref"]
                name = ref.rsplit("/", 1)[1]
                assert "detail" in schema["components"]["schemas"][name]["required"]


def test_every_operation_has_a_stable_id_and_a_summary(schema: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(schema)]
    assert len(ids) == len(set(ids))
    assert all(op["summary"] for _, _, op in operations(schema))


def test_there_is_no_docs_page_that_would_load_outside_assets(anonymous: Api) -> None:
    response = anonymous.get("/docs")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_the_schema_links_nowhere_outside(anonymous: Api) -> None:
    text = anonymous.get("/openapi.json").content.decode()
    assert "cdn" not in text.lower()
    assert "https://" not in text and "http://" not in text


@pytest.mark.parametrize("path", ["/", "/nope", "/checkups/1/extra", "/me/"])
def test_an_unknown_address_is_a_json_404(anonymous: Api, path: str) -> None:
    response = anonymous.get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("delete", "/me", "GET"),
        ("put", "/checkups", "GET, POST"),
        ("get", "/analyze", "POST"),
        ("get", "/plan/sessions/1/done", "POST"),
        ("patch", "/checkins", "GET, POST"),
    ],
)
def test_a_wrong_method_is_a_json_405_naming_the_right_ones(
    as_owner: Api, method: str, path: str, allowed: str
) -> None:
    response = getattr(as_owner.client, method)("/api/v1" + path, headers=as_owner.headers)
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == set(allowed.split(", "))
    assert response["Allow"] in response.json()["detail"]


def test_an_unexpected_failure_is_a_json_500_that_repeats_nothing_private(
    caplog: pytest.LogCaptureFixture,
) -> None:
    request = RequestFactory().post("/api/v1/analyze")
    with caplog.at_level(logging.ERROR):
        response = api.on_exception(request, RuntimeError("my partner said something awful"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
    assert b"awful" not in response.content
    assert "RuntimeError" in caplog.text and "awful" not in caplog.text


def test_the_api_never_sets_a_session_or_csrf_cookie(as_owner: Api) -> None:
    response = as_owner.post("/checkins", {"answers": {"satisfaction.1": 3}})
    assert response.status_code == 201
    assert not response.cookies
