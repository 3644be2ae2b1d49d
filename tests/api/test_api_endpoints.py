"""Every endpoint × (the owner's token, another person's, their partner's, an ex-partner's, no
token): the owner gets their data, everyone else gets none of it — 404 for the owner's ids,
their own (empty) data for lists, 401 without a token — and nothing of the owner's changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from tests.api.conftest import Api, complete_answers

from nearer.accounts.models import User
from nearer.api.services import checkup_submit, token_create
from nearer.checkins.models import Checkin
from nearer.checkins.services import checkin_save
from nearer.checkups.models import Checkup
from nearer.couples import services as couples
from nearer.plans.models import Plan, PlanSession, SessionStatus
from nearer.web.catalog import site_catalog

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class World:
    owner: User
    checkup: Checkup
    plan: Plan
    session: PlanSession


@pytest.fixture
def world(owner: User, owner_plan: Plan) -> World:
    checkup = checkup_submit(user=owner, answers=complete_answers(4), safety={"safety.1": 1})
    checkin_save(catalog=site_catalog(), user=owner, answers={"satisfaction.1": 4})
    session = owner_plan.sessions.order_by("date", "id").first()
    assert session is not None
    return World(owner, checkup, owner_plan, session)


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: Callable[[World], str]
    body: Any = None
    # The owner's expected status.
    owner_status: int = 200
    # True: the path names one of the owner's things, so anyone else gets 404.
    owned: bool = False


ENDPOINTS = {
    "me": Endpoint("GET", lambda w: "/me"),
    "checkups list": Endpoint("GET", lambda w: "/checkups"),
    "checkups submit": Endpoint(
        "POST", lambda w: "/checkups", {"answers": complete_answers(2)}, owner_status=201
    ),
    "checkup read": Endpoint("GET", lambda w: f"/checkups/{w.checkup.pk}", owned=True),
    "plan": Endpoint("GET", lambda w: "/plan"),
    "session done": Endpoint("POST", lambda w: f"/plan/sessions/{w.session.pk}/done", owned=True),
    "session undo": Endpoint("POST", lambda w: f"/plan/sessions/{w.session.pk}/undo", owned=True),
    "checkins list": Endpoint("GET", lambda w: "/checkins"),
    "checkin save": Endpoint("POST", lambda w: "/checkins", {"answers": {"satisfaction.2": 5}}),
    "analyze": Endpoint("POST", lambda w: "/analyze", {"text": "We never talk any more."}),
}


def snapshot(world: World) -> tuple[object, ...]:
    """Everything of the owner's an endpoint could change."""
    return (
        sorted(Checkup.objects.filter(user=world.owner).values_list("id", "completed_at")),
        sorted(
            PlanSession.objects.filter(plan__user=world.owner).values_list("id", "status", "date")
        ),
        sorted(Checkin.objects.filter(user=world.owner).values_list("day", "answers")),
    )


def assert_has_none_of_the_owners_data(world: World, body: str) -> None:
    assert world.owner.email not in body
    assert f'"id": {world.checkup.pk}' not in body
    assert f'"id": {world.session.pk}' not in body
    assert '"satisfaction.1"' not in body


@pytest.mark.parametrize("name", ENDPOINTS)
def test_the_owner_reaches_their_own_data(world: World, as_owner: Api, name: str) -> None:
    endpoint = ENDPOINTS[name]
    response = as_owner.call(endpoint.method, endpoint.path(world), endpoint.body)
    assert response.status_code == endpoint.owner_status, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"


def _person(kind: str, world: World, make_user: Callable[[str], User]) -> User:
    person = make_user(f"{kind}@example.org")
    if kind in ("partner", "ex-partner"):
        invitation = couples.invitation_create(user=world.owner).invitation
        couples.invitation_accept(invitation=invitation, user=person)
        # Both share their profiles: the couple view is open, the API still shows nothing.
        couples.share_create(user=world.owner, checkup=world.checkup)
        theirs = checkup_submit(user=person, answers=complete_answers(3), safety={})
        couples.share_create(user=person, checkup=theirs)
        assert couples.couple_view(user=person) is not None
    if kind == "ex-partner":
        couples.couple_leave(user=person)
    return person


@pytest.mark.parametrize("kind", ["stranger", "partner", "ex-partner"])
@pytest.mark.parametrize("name", ENDPOINTS)
def test_someone_else_never_reaches_the_owners_data(
    world: World, make_user: Callable[[str], User], kind: str, name: str
) -> None:
    person = _person(kind, world, make_user)
    api = Api(token_create(user=person, name="theirs")[1])
    endpoint = ENDPOINTS[name]
    before = snapshot(world)
    response = api.call(endpoint.method, endpoint.path(world), endpoint.body)
    if endpoint.owned:
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found."}
    else:
        assert response.status_code in (200, 201)
        assert_has_none_of_the_owners_data(world, response.content.decode())
    assert snapshot(world) == before


@pytest.mark.parametrize("name", ENDPOINTS)
def test_without_a_token_every_endpoint_answers_401_and_changes_nothing(
    world: World, anonymous: Api, name: str
) -> None:
    endpoint = ENDPOINTS[name]
    before = snapshot(world)
    response = anonymous.call(endpoint.method, endpoint.path(world), endpoint.body)
    assert response.status_code == 401
    assert response.json()["detail"]
    assert snapshot(world) == before


# --- What each endpoint says ------------------------------------------------------------------


def test_me_shows_the_account_and_nothing_about_a_partner(
    world: World, as_owner: Api, make_user: Callable[[str], User]
) -> None:
    _person("partner", world, make_user)
    body = as_owner.get("/me").json()
    assert set(body) == {"email", "date_joined"}
    assert body["email"] == "owner@example.org"


def test_a_submitted_check_up_is_scored_and_listed(owner: User, as_owner: Api) -> None:
    response = as_owner.post("/checkups", {"answers": complete_answers(5)})
    assert response.status_code == 201
    created = response.json()
    checkup = Checkup.objects.get(user=owner)
    assert created["id"] == checkup.pk and checkup.is_complete
    assert created["scores"]["priorities"] == checkup.profile["priorities"]
    assert created["scores"]["satisfaction"] == checkup.profile["satisfaction"]
    assert [b["slug"] for b in created["scores"]["barriers"]] == [
        b.slug for b in site_catalog().barriers
    ]
    assert created["support"] is None
    listed = as_owner.get("/checkups").json()
    assert listed == [
        {
            "id": checkup.pk,
            "started_at": created["started_at"],
            "completed_at": created["completed_at"],
            "priorities": created["scores"]["priorities"],
        }
    ]
    assert as_owner.get(f"/checkups/{checkup.pk}").json() == created


def test_check_up_scores_have_the_score_command_shape(world: World, as_owner: Api) -> None:
    scores = as_owner.get(f"/checkups/{world.checkup.pk}").json()["scores"]
    assert set(scores) == {"barriers", "priorities", "satisfaction"}
    assert set(scores["barriers"][0]) == {"slug", "score", "band", "answered"}
    assert set(scores["satisfaction"]) == {"score", "answered"}


def test_a_positive_safety_screen_brings_help_to_the_person_only(
    owner: User, as_owner: Api
) -> None:
    response = as_owner.post(
        "/checkups", {"answers": complete_answers(3), "safety": {"safety.2": 3}}
    )
    assert response.status_code == 201
    support = response.json()["support"]
    assert support["resources"] and support["emergency"]
    assert "safety.2" not in response.content.decode()


def test_a_check_up_open_on_the_web_is_left_alone(owner: User, as_owner: Api) -> None:
    from nearer.checkups.services import checkup_start

    draft = checkup_start(user=owner)
    assert as_owner.post("/checkups", {"answers": complete_answers()}).status_code == 201
    draft.refresh_from_db()
    assert not draft.is_complete


def test_an_unfinished_check_up_is_not_found(owner: User, as_owner: Api) -> None:
    from nearer.checkups.services import checkup_start

    draft = checkup_start(user=owner)
    assert as_owner.get(f"/checkups/{draft.pk}").status_code == 404


def test_the_plan_lists_its_sessions(world: World, as_owner: Api) -> None:
    plan = as_owner.get("/plan").json()["plan"]
    assert plan["id"] == world.plan.pk
    assert plan["focus"] == list(world.plan.focus)
    assert len(plan["sessions"]) == world.plan.sessions.count()
    first = plan["sessions"][0]
    assert first["title"] and first["barrier"] in world.plan.focus


def test_no_plan_reads_as_null(as_owner: Api) -> None:
    assert as_owner.get("/plan").json() == {"plan": None}


def test_marking_a_session_done_and_undoing_it(world: World, as_owner: Api) -> None:
    done = as_owner.post(f"/plan/sessions/{world.session.pk}/done").json()
    assert done["status"] == "done" and done["done_at"]
    world.session.refresh_from_db()
    assert world.session.status == SessionStatus.DONE
    undone = as_owner.post(f"/plan/sessions/{world.session.pk}/undo").json()
    assert undone["status"] == "todo" and undone["done_at"] is None


def test_a_session_of_a_later_week_cannot_be_done_yet(world: World, as_owner: Api) -> None:
    last = world.plan.sessions.order_by("-date").first()
    assert last is not None
    response = as_owner.post(f"/plan/sessions/{last.pk}/done")
    assert response.status_code == 409
    assert "later week" in response.json()["detail"]


def test_a_session_of_an_old_plan_is_not_found(world: World, as_owner: Api) -> None:
    from nearer.plans.services import plan_create

    plan_create(user=world.owner, focus=["fear-of-conflict"], together=False)
    assert as_owner.post(f"/plan/sessions/{world.session.pk}/done").status_code == 404


def test_a_check_in_is_saved_then_replaced_the_same_day(owner: User, as_owner: Api) -> None:
    first = as_owner.post("/checkins", {"answers": {"fear-of-conflict.checkin": 2}})
    assert first.status_code == 201
    assert first.json()["answers"] == {"fear-of-conflict.checkin": 2}
    second = as_owner.post("/checkins", {"answers": {"satisfaction.3": 4}})
    assert second.status_code == 200
    assert Checkin.objects.filter(user=owner).count() == 1
    listed = as_owner.get("/checkins").json()
    assert [c["answers"] for c in listed] == [{"satisfaction.3": 4}]


def test_analyze_reads_a_text_and_stores_nothing(owner: User, as_owner: Api) -> None:
    from django.apps import apps

    text = "You always ignore me and I am done talking about it."
    counts = {m: m._default_manager.count() for m in apps.get_models()}
    response = as_owner.post("/analyze", {"text": text})
    assert response.status_code == 200
    body = response.json()
    assert body["pattern"] in {"criticism", "contempt", "defensiveness", "stonewalling"}
    assert body["safety"] == "none" and body["support"] is None
    for spans in body["evidence"]["barriers"].values():
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]
    changed = {m for m in counts if m._default_manager.count() != counts[m]}
    assert {m.__name__ for m in changed} <= {"ApiToken"}  # last_used only


def test_analyze_shows_crisis_resources_for_urgent_danger(as_owner: Api) -> None:
    response = as_owner.post("/analyze", {"text": "I want to kill myself tonight."})
    body = response.json()
    assert body["safety"] == "urgent"
    assert body["support"]["emergency"]


def test_reads_of_private_data_appear_in_the_owners_access_log(world: World, as_owner: Api) -> None:
    from nearer.accounts.models import AccessEvent

    for path in ("/checkups", f"/checkups/{world.checkup.pk}", "/plan", "/checkins"):
        assert as_owner.get(path).status_code == 200
    events = AccessEvent.objects.filter(owner=world.owner, kind="api.read")
    assert events.count() == 4
    assert {e.role for e in events} == {AccessEvent.Role.LINK}


def test_someone_elses_requests_leave_nothing_in_the_owners_access_log(
    world: World, as_other: Api
) -> None:
    from nearer.accounts.models import AccessEvent

    as_other.get(f"/checkups/{world.checkup.pk}")
    as_other.get("/plan")
    assert not AccessEvent.objects.filter(owner=world.owner).exists()


@pytest.mark.parametrize("path", ["/checkups", "/checkins", "/plan"])
def test_reads_take_the_same_number_of_queries_however_long_the_history(
    owner: User, owner_plan: Plan, as_owner: Api, path: str
) -> None:
    from datetime import timedelta

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    def queries() -> int:
        as_owner.get(path)  # the token's last_used write happens once, here
        with CaptureQueriesContext(connection) as captured:
            assert as_owner.get(path).status_code == 200
        return len(captured)

    checkup_submit(user=owner, answers=complete_answers(), safety={})
    checkin_save(catalog=site_catalog(), user=owner, answers={"satisfaction.1": 3})
    few = queries()
    today = timezone.localdate()
    for days in range(1, 40):
        checkup_submit(user=owner, answers=complete_answers(), safety={})
        checkin_save(
            catalog=site_catalog(),
            user=owner,
            answers={"satisfaction.1": 3},
            day=today - timedelta(days=days),
        )
    assert queries() == few
