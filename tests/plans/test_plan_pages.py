"""The plan pages as a person uses them: choose a focus, do, move and swap practices."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.core.planning import DEFAULT_LIMITS
from nearer.plans import services
from nearer.plans.models import Plan, PlanSession, SessionStatus
from nearer.web.catalog import site_catalog

from .conftest import FOCUS, SHAMING_WORDS, first_session, sign_in


def _minutes_on(plan: Plan, session: PlanSession) -> int:
    catalog = site_catalog()
    return sum(
        catalog.practice(s.practice_id).minutes
        for s in plan.sessions.filter(date=session.date, together_slot=False).exclude(
            status=SessionStatus.SKIPPED
        )
    )


@pytest.mark.django_db
def test_without_a_plan_the_page_offers_the_focus_form_prefilled_from_the_latest_checkup(
    client: Client, owner: User
) -> None:
    Checkup.objects.create(
        user=owner,
        completed_at=timezone.now(),
        profile={"priorities": ["fear-of-conflict", "emotional-burnout", "fear-of-rejection"]},
    )
    sign_in(client, owner)
    html = client.get("/plan/").content.decode()
    assert "Up to 3 barriers to focus on" in html
    for slug in ("fear-of-conflict", "emotional-burnout", "fear-of-rejection"):
        assert f'value="{slug}"' in html
    assert html.count("checked") == 3


@pytest.mark.django_db
def test_choosing_a_focus_makes_a_solo_plan(client: Client, owner: User) -> None:
    sign_in(client, owner)
    today = timezone.localdate().isoformat()
    response = client.post(
        "/plan/start/", {"focus": ["fear-of-conflict", "emotional-burnout"], "start": today}
    )
    assert response.status_code == 302
    plan = services.plan_active(user=owner)
    assert plan is not None
    assert plan.focus == ["fear-of-conflict", "emotional-burnout"]
    assert not plan.together
    assert not plan.with_together_practices
    page = client.get("/plan/").content.decode()
    assert "My plan" in page
    assert "Fear of conflict" in page


@pytest.mark.django_db
def test_opting_in_adds_practices_for_two_to_a_solo_plan(client: Client, owner: User) -> None:
    sign_in(client, owner)
    client.post(
        "/plan/start/",
        {
            "focus": ["fear-of-conflict"],
            "with_partner_practices": "on",
            "start": timezone.localdate().isoformat(),
        },
    )
    plan = services.plan_active(user=owner)
    assert plan is not None and plan.with_together_practices and not plan.together


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose at least one barrier"),
        ({"focus": [*FOCUS, "fear-of-conflict"]}, "at most 3"),
        ({"focus": ["nope"]}, "Select a valid choice"),
        ({"focus": ["fear-of-conflict"], "start": "2001-01-01"}, "today or a day after"),
        ({"focus": ["fear-of-conflict"], "start": "not a date"}, "Enter a valid date"),
    ],
)
def test_a_bad_focus_form_is_shown_again_with_a_message(
    client: Client, owner: User, data: dict[str, object], message: str
) -> None:
    sign_in(client, owner)
    data.setdefault("start", timezone.localdate().isoformat())
    response = client.post("/plan/start/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert services.plan_active(user=owner) is None


@pytest.mark.django_db
def test_marking_done_and_undoing_it(client: Client, owner: User, owner_plan: Plan) -> None:
    sign_in(client, owner)
    session = owner_plan.sessions.filter(date=owner_plan.start).first()
    assert session is not None
    response = client.post(f"/plan/sessions/{session.pk}/done/", {"next": "/plan/"})
    assert response.status_code == 302 and response["Location"] == "/plan/"
    session.refresh_from_db()
    assert session.status == SessionStatus.DONE and session.done_at is not None

    page = client.get("/plan/").content.decode()
    minutes = site_catalog().practice(session.practice_id).minutes
    assert f"1 practice, {minutes} minute" in page

    client.post(f"/plan/sessions/{session.pk}/undo/")
    session.refresh_from_db()
    assert session.status == SessionStatus.TODO and session.done_at is None


@pytest.mark.django_db
def test_a_later_weeks_practice_waits_for_its_week(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    later = owner_plan.sessions.filter(date__gte=owner_plan.start + timedelta(days=7)).first()
    assert later is not None
    client.post(f"/plan/sessions/{later.pk}/done/")
    later.refresh_from_db()
    assert later.status == SessionStatus.TODO


@pytest.mark.django_db
def test_the_redirect_after_an_action_stays_on_this_site(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    session = owner_plan.sessions.first()
    assert session is not None
    response = client.post(
        f"/plan/sessions/{session.pk}/snooze/", {"next": "https://elsewhere.example/"}
    )
    assert response["Location"] == "/plan/"


@pytest.mark.django_db
def test_snoozing_moves_a_practice_to_a_later_day_that_has_room(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    session = first_session(owner_plan, frequency="weekly")
    before = session.date
    client.post(f"/plan/sessions/{session.pk}/snooze/")
    session.refresh_from_db()
    assert session.status == SessionStatus.SNOOZED
    assert session.date > before
    assert _minutes_on(owner_plan, session) <= DEFAULT_LIMITS.day_minutes(session.date)
    assert session.is_open  # still to do where it landed


@pytest.mark.django_db
def test_snoozing_a_daily_practice_sets_todays_aside(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    session = first_session(owner_plan, frequency="daily")
    response = client.post(f"/plan/sessions/{session.pk}/snooze/", follow=True)
    session.refresh_from_db()
    assert session.status == SessionStatus.SKIPPED
    assert "comes round again tomorrow" in response.content.decode()


@pytest.mark.django_db
def test_something_already_done_cannot_be_snoozed(owner: User, owner_plan: Plan) -> None:
    session = owner_plan.sessions.filter(date=owner_plan.start).first()
    assert session is not None
    services.session_mark_done(session=session)
    with pytest.raises(services.PlanError):
        services.session_snooze(session=session)


@pytest.mark.django_db
def test_swapping_offers_practices_of_the_same_barrier_and_mode(
    client: Client, owner: User
) -> None:
    plan = services.plan_create(user=owner, focus=FOCUS, together=True)
    sign_in(client, owner)
    catalog = site_catalog()
    for session in plan.sessions.order_by("date", "id"):
        if services.session_swap_options(session=session):
            break
    else:
        pytest.fail("no session could be swapped")
    current = catalog.practice(session.practice_id)
    options = services.session_swap_options(session=session)
    assert all(p.barrier == current.barrier and p.mode == current.mode for p in options)
    page = client.get(f"/plan/sessions/{session.pk}/swap/").content.decode()
    assert options[0].title in page

    response = client.post(f"/plan/sessions/{session.pk}/swap/", {"practice": options[0].id})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.practice_id == options[0].id
    assert session.swapped_from == current.id


@pytest.mark.django_db
def test_a_swap_for_something_that_does_not_fit_is_refused(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    session = owner_plan.sessions.first()
    assert session is not None
    before = session.practice_id
    # A together-practice never replaces a solo one, and an unknown id never fits.
    for practice_id in ("communication-high-and-low", "no-such-practice"):
        response = client.post(f"/plan/sessions/{session.pk}/swap/", {"practice": practice_id})
        assert response.status_code == 400
    session.refresh_from_db()
    assert session.practice_id == before


@pytest.mark.django_db
def test_pages_use_gentle_words(client: Client, owner: User, owner_plan: Plan) -> None:
    sign_in(client, owner)
    # Leave the first day's practices undone and set one aside: still no shaming words.
    session = first_session(owner_plan, frequency="daily")
    services.session_snooze(session=session)
    for url in ("/plan/", "/plan/weeks/", "/plan/start/", "/plan/calendar/", "/plan/reminders/"):
        html = client.get(url).content.decode().lower()
        for word in SHAMING_WORDS:
            assert word not in html, (url, word)


@pytest.mark.django_db
def test_this_week_links_each_practice_to_its_steps_in_the_library(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    session = owner_plan.sessions.filter(date=owner_plan.start).first()
    assert session is not None
    practice = site_catalog().practice(session.practice_id)
    html = client.get("/plan/").content.decode()
    assert f"/barriers/{practice.barrier}/#practice-{practice.id}" in html
    assert practice.steps[0].replace('"', "&quot;").replace("'", "&#x27;") in html


@pytest.mark.django_db
def test_the_six_week_overview_lists_every_week(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    html = client.get("/plan/weeks/").content.decode()
    for week in range(1, 7):
        assert f"Week {week}</h2>" in html


@pytest.mark.django_db
def test_a_plan_that_starts_later_shows_its_first_week_and_waits_to_be_done(
    client: Client, owner: User
) -> None:
    start = timezone.localdate() + timedelta(days=3)
    plan = services.plan_create(user=owner, focus=FOCUS, together=False, start=start)
    sign_in(client, owner)
    html = client.get("/plan/").content.decode()
    assert "Your plan starts on" in html
    session = plan.sessions.filter(date=start).first()
    assert session is not None
    with pytest.raises(services.PlanError, match="not started yet"):
        services.session_mark_done(session=session)
