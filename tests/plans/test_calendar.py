"""The plan in a calendar: the .ics download, the private feed and `nearer calendar`."""

from __future__ import annotations

import io
import re
from datetime import datetime, time

import pytest
from django.core.management import call_command
from django.test import Client
from icalendar import Calendar

from nearer.accounts.models import User
from nearer.plans import services
from nearer.plans.models import Plan, PlanPreferences, SessionStatus
from nearer.web.catalog import site_catalog

from .conftest import FOCUS, sign_in

REQUIRED = ("UID", "DTSTAMP", "DTSTART", "SUMMARY")


def _parse(data: bytes) -> Calendar:
    calendar = Calendar.from_ical(data)
    assert isinstance(calendar, Calendar)
    return calendar


def _check_format(data: bytes) -> None:
    """RFC 5545: CRLF line ends, lines folded at 75 octets, the calendar's required parts."""
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    calendar = _parse(data)
    assert calendar["VERSION"] == "2.0"
    assert "PRODID" in calendar


def _private_words(plan: Plan) -> list[str]:
    """Practice titles, barrier names and ids: nothing of these belongs in neutral events."""
    catalog = site_catalog()
    words = [catalog.barrier(slug).title for slug in plan.focus] + list(plan.focus)
    for session in plan.sessions.all():
        practice = catalog.practice(session.practice_id)
        words += [practice.title, practice.id]
    return words


def _text(data: bytes) -> str:
    # Unfold lines and undo text escaping before searching.
    return data.replace(b"\r\n ", b"").decode().replace("\\,", ",").replace("\\;", ";")


@pytest.mark.django_db
def test_the_download_is_a_valid_calendar_with_one_event_per_practice_day(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    response = client.get("/plan/calendar/planner.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="planner.ics"' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = response.content
    _check_format(data)
    events = _parse(data).walk("VEVENT")
    days = set(
        owner_plan.sessions.exclude(status=SessionStatus.SKIPPED).values_list("date", flat=True)
    )
    assert len(events) == len(days)
    assert {e.decoded("DTSTART") for e in events} == days
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    for event in events:
        for name in REQUIRED:
            assert name in event, name


@pytest.mark.django_db
def test_events_are_neutral_by_default(client: Client, owner: User, owner_plan: Plan) -> None:
    sign_in(client, owner)
    data = client.get("/plan/calendar/planner.ics").content
    text = _text(data)
    for event in _parse(data).walk("VEVENT"):
        assert str(event["SUMMARY"]) == "Personal time"
        assert "DESCRIPTION" not in event
    for word in [*_private_words(owner_plan), owner.email, "Nearer", "partner", "barrier"]:
        assert word not in text, word


@pytest.mark.django_db
def test_practice_names_appear_only_when_the_person_opts_in(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    response = client.post(
        "/plan/calendar/", {"wording": "Me time", "show_names": "on", "at": "07:30"}
    )
    assert response.status_code == 302
    data = client.get("/plan/calendar/planner.ics").content
    _check_format(data)
    first = _parse(data).walk("VEVENT")[0]
    day = first.decoded("DTSTART")
    assert isinstance(day, datetime) and day.time() == time(7, 30)
    assert "DURATION" in first
    catalog = site_catalog()
    titles = [
        catalog.practice(s.practice_id).title for s in owner_plan.sessions.filter(date=day.date())
    ]
    assert str(first["SUMMARY"]).startswith("Me time: ")
    for title in titles:
        assert title in str(first["DESCRIPTION"])


@pytest.mark.django_db
def test_event_uids_stay_the_same_from_one_download_to_the_next(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)

    def uids() -> list[str]:
        data = client.get("/plan/calendar/planner.ics").content
        return sorted(str(e["UID"]) for e in _parse(data).walk("VEVENT"))

    assert uids() == uids()


@pytest.mark.django_db
def test_a_blank_wording_falls_back_to_the_neutral_default(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    client.post("/plan/calendar/", {"wording": "   ", "at": ""})
    prefs = PlanPreferences.objects.get(user=owner)
    assert prefs.calendar_wording == "Personal time"
    response = client.post("/plan/calendar/", {"wording": "x" * 61})
    assert response.status_code == 400


# --- The private feed ---------------------------------------------------------------------------


def _make_feed(client: Client) -> str:
    response = client.post("/plan/calendar/feed/")
    assert response.status_code == 200
    match = re.search(
        r'value="(http://testserver/plan/feed/[A-Za-z0-9_-]+\.ics)"', response.content.decode()
    )
    assert match, "the new feed address is shown once"
    return match.group(1).removeprefix("http://testserver")


@pytest.mark.django_db
def test_making_a_feed_asks_for_the_password_first(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner)
    response = client.post("/plan/calendar/feed/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-password/")
    assert PlanPreferences.objects.filter(user=owner, feed_token_hash__isnull=False).count() == 0


@pytest.mark.django_db
def test_the_feed_works_without_signing_in_but_only_with_its_token(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner, confirmed=True)
    url = _make_feed(client)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")

    visitor = Client()
    response = visitor.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    _check_format(response.content)
    assert len(_parse(response.content).walk("VEVENT")) > 0
    assert visitor.post(url).status_code == 405

    # Only a hash is kept: the token is nowhere in the database row.
    row = PlanPreferences.objects.get(user=owner)
    assert token not in str(row.__dict__)
    for wrong in (token[:-1] + ("A" if token[-1] != "A" else "B"), "x" * 43, "short"):
        assert visitor.get(f"/plan/feed/{wrong}.ics").status_code == 404


@pytest.mark.django_db
def test_a_new_feed_address_replaces_the_old_one_and_turning_it_off_ends_it(
    client: Client, owner: User, owner_plan: Plan
) -> None:
    sign_in(client, owner, confirmed=True)
    old = _make_feed(client)
    new = _make_feed(client)
    visitor = Client()
    assert visitor.get(old).status_code == 404
    assert visitor.get(new).status_code == 200
    assert client.post("/plan/calendar/feed/revoke/").status_code == 302
    assert visitor.get(new).status_code == 404


@pytest.mark.django_db
def test_the_feed_is_neutral_and_holds_only_its_owners_plan(
    client: Client, owner: User, owner_plan: Plan, stranger: User
) -> None:
    other_plan = services.plan_create(user=stranger, focus=["fear-of-conflict"], together=False)
    sign_in(client, owner, confirmed=True)
    url = _make_feed(client)
    data = Client().get(url).content
    text = _text(data)
    for word in [*_private_words(owner_plan), owner.email, "Nearer"]:
        assert word not in text, word
    assert other_plan.uid.hex not in text
    assert owner_plan.uid.hex in text


@pytest.mark.django_db
def test_a_deactivated_account_has_no_feed(client: Client, owner: User, owner_plan: Plan) -> None:
    sign_in(client, owner, confirmed=True)
    url = _make_feed(client)
    User.objects.filter(pk=owner.pk).update(is_active=False)
    assert Client().get(url).status_code == 404


# --- `nearer calendar EMAIL` ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_calendar_command_prints_the_plan(owner: User, owner_plan: Plan) -> None:
    out = io.StringIO()
    call_command("calendar", "Owner@Example.org", stdout=out)
    data = out.getvalue().encode()
    _check_format(data)
    assert len(_parse(data).walk("VEVENT")) == len(
        set(owner_plan.sessions.values_list("date", flat=True))
    )


@pytest.mark.django_db
def test_the_calendar_command_refuses_an_unknown_email_in_one_line(db: None) -> None:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("calendar", "nobody@example.org", stdout=out, stderr=err)
    assert exit_info.value.code == 2
    assert out.getvalue() == ""
    assert err.getvalue().strip().count("\n") == 0
    assert "nobody@example.org" in err.getvalue()


@pytest.mark.django_db
def test_someone_without_a_plan_gets_an_empty_calendar(owner: User) -> None:
    out = io.StringIO()
    call_command("calendar", owner.email, stdout=out)
    assert _parse(out.getvalue().encode()).walk("VEVENT") == []


@pytest.mark.django_db
def test_the_ics_has_the_focus_nowhere_even_in_uids(owner: User) -> None:
    plan = services.plan_create(user=owner, focus=FOCUS, together=True)
    data = services.plan_calendar(user=owner)
    text = _text(data)
    for word in _private_words(plan):
        assert word not in text, word
