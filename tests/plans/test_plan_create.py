"""plan_create: the function the couple view and the solo form both call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.utils import timezone

from nearer.accounts.models import User
from nearer.core.planning import plan_schedule
from nearer.plans import services
from nearer.plans.models import Plan, PlanSession, SessionStatus
from nearer.web.catalog import site_catalog

from .conftest import FOCUS


def _modes(plan: Plan) -> set[str]:
    catalog = site_catalog()
    return {catalog.practice(s.practice_id).mode for s in plan.sessions.all()}


@pytest.mark.django_db
def test_it_makes_a_six_week_plan_from_the_focus_starting_today(owner: User) -> None:
    plan = services.plan_create(user=owner, focus=FOCUS, together=False)
    assert plan.active
    assert plan.focus == FOCUS
    assert plan.start == timezone.localdate()
    assert services.plan_end(plan) == plan.start + timedelta(days=41)
    rows = list(plan.sessions.values_list("date", "practice_id", "together_slot"))
    expected = plan_schedule(site_catalog(), FOCUS, plan.start, include_together=False)
    assert sorted(rows) == sorted(
        (s.day, s.practice_id, s.together_slot) for s in expected.sessions
    )
    assert all(
        status == SessionStatus.TODO for status in plan.sessions.values_list("status", flat=True)
    )


@pytest.mark.django_db
def test_solo_plans_hold_only_solo_practices_unless_the_person_opts_in(owner: User) -> None:
    solo = services.plan_create(user=owner, focus=FOCUS, together=False)
    assert _modes(solo) == {"solo"}
    assert not solo.with_together_practices
    opted = services.plan_create(
        user=owner, focus=FOCUS, together=False, with_together_practices=True
    )
    assert _modes(opted) == {"solo", "together"}
    assert not opted.together


@pytest.mark.django_db
def test_partners_get_together_practices_on_the_same_days(
    make_user: Callable[[str], User],
) -> None:
    one, two = make_user("one@example.org"), make_user("two@example.org")
    start = date(2026, 3, 2)
    mine = services.plan_create(user=one, focus=FOCUS, together=True, start=start)
    theirs = services.plan_create(user=two, focus=list(reversed(FOCUS)), together=True, start=start)
    assert mine.together and theirs.together
    assert _modes(mine) == {"solo", "together"}

    def schedule(plan: Plan) -> list[tuple[date, str]]:
        return sorted(plan.sessions.values_list("date", "practice_id"))

    assert schedule(mine) == schedule(theirs)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("focus", "message"),
    [
        ([], "Choose at least one barrier"),
        ([*FOCUS, "fear-of-conflict"], "at most 3"),
        (["no-such-barrier"], "Unknown barrier"),
        (["fear-of-conflict", "fear-of-conflict"], "only once"),
    ],
)
def test_bad_focus_raises_a_clear_value_error_and_changes_nothing(
    owner: User, owner_plan: Plan, focus: list[str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        services.plan_create(user=owner, focus=focus, together=False)
    assert list(Plan.objects.filter(user=owner)) == [owner_plan]
    owner_plan.refresh_from_db()
    assert owner_plan.active


@pytest.mark.django_db
def test_a_new_plan_replaces_the_active_one_and_keeps_what_was_done(
    owner: User, owner_plan: Plan
) -> None:
    done = owner_plan.sessions.order_by("date", "id").first()
    assert done is not None
    services.session_mark_done(session=done)
    new = services.plan_create(user=owner, focus=["fear-of-conflict"], together=False)

    owner_plan.refresh_from_db()
    assert not owner_plan.active
    assert new.active
    assert services.plan_active(user=owner) == new
    assert Plan.objects.filter(user=owner, active=True).count() == 1
    # History keeps the practices done; what was still open in the old plan is gone.
    kept = list(owner_plan.sessions.all())
    assert [s.pk for s in kept] == [done.pk]
    assert kept[0].status == SessionStatus.DONE


@pytest.mark.django_db
def test_one_persons_plan_never_touches_anothers(owner: User, stranger: User) -> None:
    theirs = services.plan_create(user=stranger, focus=FOCUS, together=False)
    count = theirs.sessions.count()
    services.plan_create(user=owner, focus=FOCUS, together=False)
    services.plan_create(user=owner, focus=["fear-of-conflict"], together=False)
    theirs.refresh_from_db()
    assert theirs.active
    assert theirs.sessions.count() == count
    assert PlanSession.objects.filter(plan__user=stranger).count() == count
