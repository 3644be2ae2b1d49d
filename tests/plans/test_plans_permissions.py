"""Every plan URL × (anonymous, owner, partner, stranger, ex-partner) × (GET, POST).

Each case has one expected status; a 2xx anywhere it is not expected fails. People other
than the owner must also leave the owner's plan and settings exactly as they were, and see
nothing of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.couples import services as couples
from nearer.plans import services, urls
from nearer.plans.models import Plan, PlanPreferences, PlanSession

from .conftest import FOCUS, sign_in

ROLES = ("anonymous", "owner", "partner", "stranger", "ex-partner")
OTHERS = ("partner", "stranger", "ex-partner")
LOGIN = "login"  # a redirect to the sign-in page

# url: {method: {role: expected status}}; "others" stands for partner, stranger and ex-partner
# unless one of them is named.
MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "/plan/": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200},
        "post": {"anonymous": LOGIN, "owner": 405, "others": 405},
    },
    "/plan/start/": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200},
        "post": {"anonymous": LOGIN, "owner": 400, "others": 400},
    },
    "/plan/weeks/": {
        # The stranger has no plan yet: back to the page where one is made.
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200, "stranger": 302},
        "post": {"anonymous": LOGIN, "owner": 405, "others": 405},
    },
    "/plan/sessions/{session}/done/": {
        "get": {"anonymous": LOGIN, "owner": 405, "others": 405},
        "post": {"anonymous": LOGIN, "owner": 302, "others": 404},
    },
    "/plan/sessions/{session}/undo/": {
        "get": {"anonymous": LOGIN, "owner": 405, "others": 405},
        "post": {"anonymous": LOGIN, "owner": 302, "others": 404},
    },
    "/plan/sessions/{session}/snooze/": {
        "get": {"anonymous": LOGIN, "owner": 405, "others": 405},
        "post": {"anonymous": LOGIN, "owner": 302, "others": 404},
    },
    "/plan/sessions/{session}/swap/": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 404},
        "post": {"anonymous": LOGIN, "owner": 400, "others": 404},
    },
    "/plan/calendar/": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200},
        "post": {"anonymous": LOGIN, "owner": 302, "others": 302},
    },
    "/plan/calendar/feed/": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200},
        "post": {"anonymous": LOGIN, "owner": 200, "others": 200},
    },
    "/plan/calendar/feed/revoke/": {
        "get": {"anonymous": LOGIN, "owner": 405, "others": 405},
        "post": {"anonymous": LOGIN, "owner": 302, "others": 302},
    },
    "/plan/calendar/planner.ics": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200},
        "post": {"anonymous": LOGIN, "owner": 405, "others": 405},
    },
    "/plan/reminders/": {
        "get": {"anonymous": LOGIN, "owner": 200, "others": 200},
        "post": {"anonymous": LOGIN, "owner": 302, "others": 302},
    },
    # The feed answers to its secret token, whoever holds it; never to a made-up one.
    "/plan/feed/{token}.ics": {
        "get": {"anonymous": 200, "owner": 200, "others": 200},
        "post": {"anonymous": 405, "owner": 405, "others": 405},
    },
    "/plan/feed/{wrong_token}.ics": {
        "get": {"anonymous": 404, "owner": 404, "others": 404},
        "post": {"anonymous": 405, "owner": 405, "others": 405},
    },
}
CASES = [(url, method) for url, methods in MATRIX.items() for method in methods]


@dataclass
class World:
    people: dict[str, User]
    plan: Plan
    session: PlanSession
    token: str


@pytest.fixture
def world(make_user: Callable[[str], User]) -> World:
    owner = make_user("owner@example.org")
    partner = make_user("partner@example.org")
    ex = make_user("ex@example.org")
    stranger = make_user("stranger@example.org")
    # The ex-partner was linked to the owner and left; the partner is linked now.
    first = couples.invitation_create(user=owner)
    couples.invitation_accept(invitation=first.invitation, user=ex)
    couples.couple_leave(user=ex)
    second = couples.invitation_create(user=owner)
    couples.invitation_accept(invitation=second.invitation, user=partner)
    assert couples.partner_of(user=owner) == partner

    start = date.today()
    plan = services.plan_create(user=owner, focus=FOCUS, together=True, start=start)
    # The partner and the ex have plans of their own (the same practices, for the partner).
    services.plan_create(user=partner, focus=FOCUS, together=True, start=start)
    services.plan_create(user=ex, focus=["fear-of-conflict"], together=False)
    session = plan.sessions.order_by("date", "id").first()
    assert session is not None
    token = services.feed_create(user=owner)
    return World(
        {"owner": owner, "partner": partner, "ex-partner": ex, "stranger": stranger},
        plan,
        session,
        token,
    )


def _snapshot(world: World) -> object:
    owner = world.people["owner"]
    return (
        list(Plan.objects.filter(user=owner).order_by("id").values()),
        list(PlanSession.objects.filter(plan__user=owner).order_by("id").values()),
        list(PlanPreferences.objects.filter(user=owner).values()),
    )


def _expected(url: str, method: str, role: str) -> int | str:
    table = MATRIX[url][method]
    return table.get(role, table["others"])


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("url", "method"), CASES)
def test_every_plan_url_answers_each_person_as_expected(
    world: World, url: str, method: str, role: str
) -> None:
    client = Client()
    if role != "anonymous":
        sign_in(client, world.people[role], confirmed=True)
    concrete = url.format(session=world.session.pk, token=world.token, wrong_token="A" * 43)
    before = _snapshot(world)
    response = getattr(client, method)(concrete)

    expected = _expected(url, method, role)
    if expected == LOGIN:
        assert response.status_code == 302, (role, method, concrete)
        assert response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == expected, (role, method, concrete, response.status_code)

    if role in OTHERS or role == "anonymous":
        if "{token}" not in url:
            assert _snapshot(world) == before, "someone else changed the owner's plan"
        if 200 <= response.status_code < 300 and "{token}" not in url:
            body = response.content.decode()
            assert world.plan.uid.hex not in body
            assert f"/plan/sessions/{world.session.pk}/" not in body
            assert world.people["owner"].email not in body


def test_the_matrix_covers_every_plan_url() -> None:
    routes = {str(p.pattern) for p in urls.urlpatterns}
    covered = {
        url.removeprefix("/plan/")
        .replace("{session}", "<int:pk>")
        .replace("{token}", "<str:token>")
        .replace("{wrong_token}", "<str:token>")
        for url in MATRIX
    }
    assert routes == covered
