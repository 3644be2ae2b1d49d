"""Fixtures for API tests: people, their tokens, and a small client that speaks JSON."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.api.services import token_create
from nearer.plans import services as plans
from nearer.plans.models import Plan
from nearer.web.catalog import site_catalog

FOCUS = ["lack-of-communication", "neglecting-quality-time", "emotional-burnout"]


class Api:
    """The API as a client program sees it: JSON in, JSON out, an optional bearer token."""

    def __init__(self, token: str | None = None, *, header: str | None = None) -> None:
        self.client = Client()
        self.headers: dict[str, str] = {}
        if header is not None:
            self.headers["Authorization"] = header
        elif token is not None:
            self.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str) -> Any:
        return self.client.get("/api/v1" + path, headers=self.headers)

    def post(self, path: str, body: object = None, *, raw: str | bytes | None = None) -> Any:
        data = raw if raw is not None else ("" if body is None else json.dumps(body))
        return self.client.post(
            "/api/v1" + path, data, content_type="application/json", headers=self.headers
        )

    def call(self, method: str, path: str, body: object = None) -> Any:
        return self.get(path) if method == "GET" else self.post(path, body)


def complete_answers(value: int = 3) -> dict[str, int]:
    return {item.id: value for item in site_catalog().checkup_items}


def sign_in(client: Client, user: User, *, confirmed: bool = False) -> Client:
    """Sign in; ``confirmed`` also counts as having just re-entered the password."""
    client.force_login(user)
    if confirmed:
        session = client.session
        session[CONFIRMED_AT] = int(time.time())
        session.save()
    return client


@pytest.fixture
def owner(make_user: Callable[[str], User]) -> User:
    return make_user("owner@example.org")


@pytest.fixture
def other(make_user: Callable[[str], User]) -> User:
    return make_user("other@example.org")


@pytest.fixture
def owner_token(owner: User) -> str:
    return token_create(user=owner, name="my script")[1]


@pytest.fixture
def other_token(other: User) -> str:
    return token_create(user=other, name="their script")[1]


@pytest.fixture
def as_owner(owner_token: str) -> Api:
    return Api(owner_token)


@pytest.fixture
def as_other(other_token: str) -> Api:
    return Api(other_token)


@pytest.fixture
def anonymous(db: None) -> Api:
    return Api()


@pytest.fixture
def owner_plan(owner: User) -> Plan:
    return plans.plan_create(user=owner, focus=FOCUS, together=False)
