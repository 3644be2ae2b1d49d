"""Choosing up to three focus barriers: together (one suggests, the other agrees) or alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.couples import services
from nearer.couples.models import FocusProposal
from nearer.plans.models import Plan
from tests.couples.conftest import A_POINTS, B_POINTS

pytestmark = pytest.mark.django_db

FOCUS = ["fear-of-conflict", "emotional-burnout"]


@pytest.fixture
def open_view(
    make_user: Callable[[str], User],
    link: Callable[[User, User], object],
    finished_checkup: Callable[..., Checkup],
) -> tuple[User, User]:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    link(alex, sam)
    services.share_create(user=alex, checkup=finished_checkup(alex, A_POINTS))
    services.share_create(user=sam, checkup=finished_checkup(sam, B_POINTS))
    return alex, sam


def test_one_suggests_the_other_agrees_and_both_get_a_plan_together(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    response = alex_client.post("/together/focus/suggest/", {"barrier": FOCUS})
    assert response.status_code == 302
    proposal = FocusProposal.objects.get()
    assert proposal.proposed_by == alex and proposal.barriers == FOCUS
    assert not Plan.objects.exists()

    page = sam_client.get("/together/couple/").content.decode()
    assert "Your partner suggested: <strong>Fear of conflict, Emotional burnout</strong>" in page
    assert "You suggested" in alex_client.get("/together/couple/").content.decode()

    response = sam_client.post(f"/together/focus/{proposal.pk}/agree/")
    assert response.status_code == 302 and response["Location"] == "/plan/"
    plans = {plan.user: plan for plan in Plan.objects.filter(active=True)}
    assert set(plans) == {alex, sam}
    for plan in plans.values():
        assert plan.focus == FOCUS and plan.together is True
    assert plans[alex].start == plans[sam].start
    proposal.refresh_from_db()
    assert proposal.agreed_at is not None
    assert "Your current focus: <strong>Fear of conflict, Emotional burnout</strong>" in (
        alex_client.get("/together/couple/").content.decode()
    )


def test_either_can_change_the_focus_later(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    first = services.focus_propose(user=alex, barriers=FOCUS)
    services.focus_accept(user=sam, proposal=first)
    second = services.focus_propose(user=sam, barriers=["lack-of-physical-affection"])
    assert signed_in(alex).post(f"/together/focus/{second.pk}/agree/").status_code == 302
    assert {p.focus[0] for p in Plan.objects.filter(active=True)} == {"lack-of-physical-affection"}
    assert Plan.objects.filter(active=False).count() == 2


def test_you_cannot_agree_to_your_own_suggestion(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, _ = open_view
    proposal = services.focus_propose(user=alex, barriers=FOCUS)
    response = signed_in(alex).post(f"/together/focus/{proposal.pk}/agree/")
    assert response.status_code == 400
    assert "Your partner needs to agree" in response.content.decode()
    assert not Plan.objects.exists()


def test_a_new_suggestion_replaces_the_open_one(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    old = services.focus_propose(user=alex, barriers=FOCUS)
    new = services.focus_propose(user=sam, barriers=["fear-of-conflict"])
    assert list(FocusProposal.objects.all()) == [new]
    assert signed_in(sam).post(f"/together/focus/{old.pk}/agree/").status_code == 404


def test_a_suggestion_can_be_withdrawn_or_declined(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    proposal = services.focus_propose(user=alex, barriers=FOCUS)
    assert signed_in(alex).post(f"/together/focus/{proposal.pk}/withdraw/").status_code == 302
    assert not FocusProposal.objects.exists()
    proposal = services.focus_propose(user=alex, barriers=FOCUS)
    assert signed_in(sam).post(f"/together/focus/{proposal.pk}/withdraw/").status_code == 302
    assert not FocusProposal.objects.exists()
    assert not Plan.objects.exists()


@pytest.mark.parametrize(
    "chosen",
    [
        [],
        ["fear-of-conflict", "emotional-burnout", "fear-of-rejection", "lack-of-communication"],
        ["not-a-barrier"],
    ],
)
def test_a_suggestion_needs_one_to_three_known_barriers(
    open_view: tuple[User, User], signed_in: Callable[..., Client], chosen: list[str]
) -> None:
    alex, _ = open_view
    response = signed_in(alex).post("/together/focus/suggest/", {"barrier": chosen})
    assert response.status_code == 400
    assert "Please choose" in response.content.decode()
    assert not FocusProposal.objects.exists()


def test_choosing_together_needs_the_couple_view_to_be_open(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    proposal = services.focus_propose(user=alex, barriers=FOCUS)
    services.share_withdraw(user=alex, checkup_id=Checkup.objects.get(user=alex).pk)
    sam_client = signed_in(sam)
    assert sam_client.post(f"/together/focus/{proposal.pk}/agree/").status_code == 404
    assert sam_client.post("/together/focus/suggest/", {"barrier": FOCUS}).status_code == 404
    assert "suggested" not in sam_client.get("/together/couple/").content.decode()
    assert not Plan.objects.exists()
    with pytest.raises(services.FocusError):
        services.focus_propose(user=sam, barriers=FOCUS)
    with pytest.raises(services.FocusError):
        services.focus_accept(user=sam, proposal=proposal)


def test_a_safety_pause_hides_open_suggestions_from_the_partner(
    open_view: tuple[User, User],
    signed_in: Callable[..., Client],
    finished_checkup: Callable[..., Checkup],
) -> None:
    alex, sam = open_view
    proposal = services.focus_propose(user=alex, barriers=FOCUS)
    finished_checkup(alex, A_POINTS, safety=3)
    sam_client = signed_in(sam)
    assert "suggested" not in sam_client.get("/together/couple/").content.decode()
    assert sam_client.post(f"/together/focus/{proposal.pk}/agree/").status_code == 404
    assert not Plan.objects.exists()


def test_leaving_ends_open_suggestions(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    proposal = services.focus_propose(user=alex, barriers=FOCUS)
    services.couple_leave(user=alex)
    assert signed_in(sam).post(f"/together/focus/{proposal.pk}/agree/").status_code == 404
    assert not FocusProposal.objects.exists()


def test_choosing_alone_makes_a_personal_plan(
    make_user: Callable[[str], User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    kim = make_user("kim@example.org")
    finished_checkup(kim, A_POINTS)
    client = signed_in(kim)
    page = client.get("/together/focus/alone/")
    assert page.status_code == 200
    ticked = [o["slug"] for o in page.context["focus_options"] if o["checked"]]
    assert ticked == ["neglecting-quality-time", "fear-of-conflict", "emotional-burnout"]
    response = client.post("/together/focus/alone/", {"barrier": ["fear-of-conflict"]})
    assert response.status_code == 302 and response["Location"] == "/plan/"
    plan = Plan.objects.get(user=kim, active=True)
    assert plan.focus == ["fear-of-conflict"]
    assert plan.together is False and plan.with_together_practices is False


def test_choosing_alone_can_include_practices_for_two(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    kim = make_user("kim@example.org")
    signed_in(kim).post(
        "/together/focus/alone/", {"barrier": ["fear-of-conflict"], "with_together": "yes"}
    )
    plan = Plan.objects.get(user=kim, active=True)
    assert plan.together is False and plan.with_together_practices is True


def test_a_linked_person_may_also_choose_alone(
    open_view: tuple[User, User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = open_view
    assert signed_in(alex).post("/together/focus/alone/", {"barrier": FOCUS}).status_code == 302
    assert Plan.objects.get(user=alex).together is False
    assert not Plan.objects.filter(user=sam).exists()


def test_choosing_alone_with_too_many_barriers_is_refused_kindly(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    four = ["fear-of-conflict", "emotional-burnout", "fear-of-rejection", "lack-of-communication"]
    response = signed_in(make_user("kim@example.org")).post(
        "/together/focus/alone/", {"barrier": four}
    )
    assert response.status_code == 400
    assert "at most 3" in response.content.decode()
    assert {o["slug"] for o in response.context["focus_options"] if o["checked"]} == set(four)
    assert not Plan.objects.exists()
