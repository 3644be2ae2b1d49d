"""Token authentication: only a live token of an active person opens the API, and every refusal
is a 401 that says why, as JSON."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from tests.api.conftest import Api, sign_in

from nearer.accounts.models import User
from nearer.api.models import ApiToken
from nearer.api.services import token_authenticate, token_create, token_get, token_revoke

pytestmark = pytest.mark.django_db


def assert_refused(response: object, reason: str) -> None:
    assert response.status_code == 401  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/json; charset=utf-8"  # type: ignore[index]
    assert response["WWW-Authenticate"].startswith("Bearer")  # type: ignore[index]
    assert reason in response.json()["detail"]  # type: ignore[attr-defined]


def test_a_request_without_a_token_is_refused_with_how_to_send_one(anonymous: Api) -> None:
    assert_refused(anonymous.get("/me"), "Authorization: Bearer <token>")


@pytest.mark.parametrize(
    "header", ["", "   ", "Bearer", "Bearer    ", "Basic dXNlcjpwYXNz", "Token abc", "bearer"]
)
def test_a_malformed_authorization_header_is_refused(db: None, header: str) -> None:
    response = Api(header=header).get("/me")
    assert response.status_code == 401
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "token", ["nearer_made-up-token-that-is-long-enough", "x", "nearer_", "n" * 5000]
)
def test_an_unknown_token_is_refused(db: None, token: str) -> None:
    assert_refused(Api(token).get("/me"), "unknown, or it has been revoked")


def test_a_revoked_token_stops_working_at_once(owner: User, owner_token: str) -> None:
    api = Api(owner_token)
    assert api.get("/me").status_code == 200
    token = ApiToken.objects.get(user=owner)
    token_revoke(token=token)
    assert_refused(api.get("/me"), "revoked")
    assert_refused(api.post("/checkins", {"answers": {"satisfaction.1": 3}}), "revoked")


def test_a_token_of_a_deactivated_account_is_refused(owner: User, owner_token: str) -> None:
    owner.is_active = False
    owner.save(update_fields=["is_active"])
    assert_refused(Api(owner_token).get("/me"), "not valid")


def test_a_token_of_a_deleted_account_is_gone_with_it(owner: User, owner_token: str) -> None:
    owner.delete()
    assert not ApiToken.objects.exists()
    assert_refused(Api(owner_token).get("/me"), "not valid")


def test_a_signed_in_browser_session_does_not_open_the_api(owner: User) -> None:
    client = sign_in(Client(), owner, confirmed=True)
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    response = client.post("/api/v1/checkins", "{}", content_type="application/json")
    assert response.status_code == 401


def test_only_a_hash_of_the_token_is_stored(owner: User) -> None:
    token, secret = token_create(user=owner, name="script")
    row = ApiToken.objects.values().get(pk=token.pk)
    assert secret not in str(row)
    assert secret.startswith(token.prefix) and len(token.prefix) < 20
    assert len(row["token_hash"]) == 64


def test_tokens_are_unique_and_unguessable(owner: User) -> None:
    secrets = {token_create(user=owner, name=f"t{i}")[1] for i in range(10)}
    assert len(secrets) == 10
    assert all(len(s) >= 40 for s in secrets)


def test_last_used_is_written_at_most_once_a_minute(owner: User, owner_token: str) -> None:
    start = timezone.now()
    first = token_authenticate(secret=owner_token, now=start)
    assert first is not None and first.last_used == start
    token_authenticate(secret=owner_token, now=start + timedelta(seconds=30))
    assert ApiToken.objects.get(pk=first.pk).last_used == start
    later = start + timedelta(seconds=61)
    token_authenticate(secret=owner_token, now=later)
    assert ApiToken.objects.get(pk=first.pk).last_used == later


def test_using_the_api_marks_the_token_used(owner: User, as_owner: Api) -> None:
    assert ApiToken.objects.get(user=owner).last_used is None
    as_owner.get("/me")
    assert ApiToken.objects.get(user=owner).last_used is not None


def test_one_person_cannot_fetch_or_revoke_another_persons_token(
    owner: User, other: User, owner_token: str
) -> None:
    token = ApiToken.objects.get(user=owner)
    assert token_get(user=other, pk=token.pk) is None


def test_api_answers_are_never_cached(as_owner: Api, anonymous: Api) -> None:
    for response in (as_owner.get("/me"), anonymous.get("/me")):
        assert "no-store" in response["Cache-Control"]


def test_the_schema_declares_bearer_authentication_on_every_operation(anonymous: Api) -> None:
    schema = anonymous.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"] == {
        "TokenAuth": {"type": "http", "scheme": "bearer"}
    }
    for path in schema["paths"].values():
        for operation in path.values():
            assert operation["security"] == [{"TokenAuth": []}]
