"""Every "Together" URL × (anonymous, self, partner, stranger, ex-partner) × (GET, POST).

Each case states the exact status expected, so an unexpected success (2xx, or a redirect that
did something) fails. Refusals (4xx) must also leave every partner-related row untouched.

The world: Alex (self) and Sam (partner) are linked, have both shared a check-up and Alex has
suggested a focus. Kim (stranger) is not linked and has an open invitation, whose link and
code the join URLs use. Dana (ex-partner) was linked with Alex, shared, suggested a focus, and
left. Everyone signed in has just re-entered their password, so the views' own rules decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, reverse

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.couples import services
from nearer.couples import urls as couple_urls
from nearer.couples.models import CoupleMember, FocusProposal, Invitation, ProfileShare
from nearer.plans.models import Plan
from tests.couples.conftest import A_POINTS, B_POINTS, sign_in

ROLES = ("anonymous", "self", "partner", "stranger", "ex-partner")
FOCUS = {"barrier": ["fear-of-conflict"]}

# name: (path, POST data, {role: (GET status, POST status)}) for every signed-in role.
MATRIX: dict[str, tuple[str, dict[str, Any], dict[str, tuple[int, int]]]] = {
    "hub": (
        "/together/",
        {},
        {
            "self": (200, 405),
            "partner": (200, 405),
            "stranger": (200, 405),
            "ex-partner": (200, 405),
        },
    ),
    "invite": (
        "/together/invite/",
        {},
        {
            "self": (302, 302),
            "partner": (302, 302),
            "stranger": (200, 200),
            "ex-partner": (200, 200),
        },
    ),
    "invite_revoke": (
        "/together/invite/withdraw/",
        {},
        {
            "self": (405, 302),
            "partner": (405, 302),
            "stranger": (405, 302),
            "ex-partner": (405, 302),
        },
    ),
    "join": (
        "/together/join/",
        {"code": "{code}"},
        {
            "self": (200, 400),
            "partner": (200, 400),
            "stranger": (200, 400),
            "ex-partner": (200, 302),
        },
    ),
    "join_link": (
        "/together/join/{token}/",
        {},
        {
            "self": (200, 400),
            "partner": (200, 400),
            "stranger": (200, 400),
            "ex-partner": (200, 302),
        },
    ),
    "leave": (
        "/together/leave/",
        {},
        {
            "self": (200, 302),
            "partner": (200, 302),
            "stranger": (302, 302),
            "ex-partner": (302, 302),
        },
    ),
    "share": (
        "/together/share/",
        {"checkup": "{checkup}"},
        {
            "self": (405, 302),
            "partner": (405, 404),
            "stranger": (405, 404),
            "ex-partner": (405, 404),
        },
    ),
    "share_withdraw": (
        "/together/share/withdraw/",
        {"checkup": "{checkup}"},
        {
            "self": (405, 302),
            "partner": (405, 404),
            "stranger": (405, 404),
            "ex-partner": (405, 404),
        },
    ),
    "couple": (
        "/together/couple/",
        {},
        {
            "self": (200, 405),
            "partner": (200, 405),
            "stranger": (302, 405),
            "ex-partner": (302, 405),
        },
    ),
    "couple_chart": (
        "/together/couple/chart.svg",
        {},
        {
            "self": (200, 405),
            "partner": (200, 405),
            "stranger": (404, 405),
            "ex-partner": (404, 405),
        },
    ),
    "focus_propose": (
        "/together/focus/suggest/",
        FOCUS,
        {
            "self": (405, 302),
            "partner": (405, 302),
            "stranger": (405, 404),
            "ex-partner": (405, 404),
        },
    ),
    "focus_accept": (
        "/together/focus/{proposal}/agree/",
        {},
        {
            "self": (405, 400),
            "partner": (405, 302),
            "stranger": (405, 404),
            "ex-partner": (405, 404),
        },
    ),
    "focus_withdraw": (
        "/together/focus/{proposal}/withdraw/",
        {},
        {
            "self": (405, 302),
            "partner": (405, 302),
            "stranger": (405, 404),
            "ex-partner": (405, 404),
        },
    ),
    "focus_solo": (
        "/together/focus/alone/",
        FOCUS,
        {
            "self": (200, 302),
            "partner": (200, 302),
            "stranger": (200, 302),
            "ex-partner": (200, 302),
        },
    ),
}


@dataclass
class World:
    people: dict[str, User]
    values: dict[str, str]


@pytest.fixture
def world(
    make_user: Callable[[str], User],
    link: Callable[[User, User], object],
    finished_checkup: Callable[..., Checkup],
) -> World:
    alex, sam, kim, dana = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim", "dana"))
    alex_checkup = finished_checkup(alex, A_POINTS)
    dana_checkup = finished_checkup(dana, B_POINTS)
    # Dana and Alex were a couple once.
    link(dana, alex)
    services.share_create(user=alex, checkup=alex_checkup)
    services.share_create(user=dana, checkup=dana_checkup)
    old = services.focus_propose(user=dana, barriers=["emotional-burnout"])
    services.couple_leave(user=dana)
    # Now Alex and Sam.
    link(alex, sam)
    services.share_create(user=alex, checkup=alex_checkup)
    services.share_create(user=sam, checkup=finished_checkup(sam, B_POINTS))
    proposal = services.focus_propose(user=alex, barriers=["fear-of-conflict"])
    finished_checkup(kim)
    kims = services.invitation_create(user=kim)
    return World(
        people={"self": alex, "partner": sam, "stranger": kim, "ex-partner": dana},
        values={
            "token": kims.token,
            "code": kims.code,
            "proposal": str(proposal.pk),
            "old_proposal": str(old.pk),
            "checkup": str(alex_checkup.pk),
        },
    )


def _fill(value: Any, values: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**values)
    if isinstance(value, list):
        return [_fill(v, values) for v in value]
    return value


def _state() -> list[object]:
    """Every partner-related row that a refused request must not change."""
    return [
        sorted(CoupleMember.objects.values_list("couple_id", "user_id")),
        sorted(ProfileShare.objects.values_list("couple_id", "user_id", "checkup_id")),
        sorted(FocusProposal.objects.values_list("id", "proposed_by_id", "agreed_at")),
        sorted(Invitation.objects.values_list("id", "accepted_at", "revoked_at")),
        sorted(Plan.objects.values_list("id", "user_id", "active")),
    ]


CASES = [(name, role, method) for name in MATRIX for role in ROLES for method in ("get", "post")]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role", "method"), CASES)
def test_permission_matrix(world: World, name: str, role: str, method: str) -> None:
    path, data, expected = MATRIX[name]
    url = _fill(path, world.values)
    client = Client()
    if role != "anonymous":
        sign_in(client, world.people[role])
    before = _state()
    body = {key: _fill(value, world.values) for key, value in data.items()}
    response = client.get(url) if method == "get" else client.post(url, body)
    status = response.status_code
    if role == "anonymous":
        assert status == 302, (name, method, status)
        assert response["Location"].startswith("/accounts/login/")
        assert _state() == before
        return
    want = expected[role][0 if method == "get" else 1]
    assert status == want, (name, role, method, status, response.get("Location"))
    if 400 <= status < 500:
        assert _state() == before


@pytest.mark.django_db
def test_the_ex_partners_old_suggestion_is_gone_for_everyone(world: World) -> None:
    for role in ("self", "ex-partner"):
        client = sign_in(Client(), world.people[role])
        old = world.values["old_proposal"]
        assert client.post(f"/together/focus/{old}/agree/").status_code == 404
        assert client.post(f"/together/focus/{old}/withdraw/").status_code == 404


def test_every_together_url_is_in_the_matrix() -> None:
    names = {p.name for p in couple_urls.urlpatterns if isinstance(p, URLPattern)}
    assert names == set(MATRIX)
    for name, (path, _, _) in MATRIX.items():
        assert reverse(f"couples:{name}", kwargs=_sample_kwargs(path)) == path.format(
            token="x", proposal="1", code="", checkup=""
        )


def _sample_kwargs(path: str) -> dict[str, str]:
    return {"token": "x"} if "{token}" in path else {"pk": "1"} if "{proposal}" in path else {}


def test_the_matrix_expects_no_success_for_strangers_or_ex_partners_on_couple_things() -> None:
    """Summary of the matrix: outsiders succeed only at their own, personal pages."""
    personal = {"hub", "invite", "invite_revoke", "join", "join_link", "focus_solo", "leave"}
    for name, (_, _, expected) in MATRIX.items():
        for role in ("stranger", "ex-partner"):
            if name in personal:
                continue
            assert not any(200 <= s < 300 for s in expected[role]), (name, role)
