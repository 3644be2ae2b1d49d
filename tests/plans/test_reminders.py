"""Reminder emails: opt-in, at the person's time, neutral, at most one a day."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from nearer.accounts.models import User
from nearer.plans import services
from nearer.plans.models import Plan, PlanPreferences, SessionStatus
from nearer.web.catalog import site_catalog

from .conftest import FOCUS, sign_in

START = date(2026, 3, 2)


@pytest.fixture
def plan(owner: User) -> Plan:
    return services.plan_create(user=owner, focus=FOCUS, together=False, start=START)


def _busy_day(plan: Plan) -> date:
    day = plan.sessions.order_by("date").values_list("date", flat=True).first()
    assert day is not None
    return day


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _send(now: datetime) -> int:
    return services.reminders_send(now=now, base_url="https://notes.example")


@pytest.mark.django_db
def test_nothing_is_sent_to_someone_who_has_not_opted_in(plan: Plan) -> None:
    assert _send(_at(_busy_day(plan), 23)) == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_reminder_goes_out_once_its_time_has_come_and_only_once_that_day(
    owner: User, plan: Plan
) -> None:
    services.reminders_update(user=owner, enabled=True, at=time(8, 0))
    day = _busy_day(plan)
    assert _send(_at(day, 7, 59)) == 0
    assert _send(_at(day, 8, 0)) == 1
    assert _send(_at(day, 8, 5)) == 0
    assert _send(_at(day, 21, 0)) == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [owner.email]
    assert PlanPreferences.objects.get(user=owner).reminder_last_sent == day


@pytest.mark.django_db
def test_the_next_day_brings_the_next_reminder(owner: User, plan: Plan) -> None:
    services.reminders_update(user=owner, enabled=True, at=time(8, 0))
    busy = sorted(set(plan.sessions.values_list("date", flat=True)))
    first, second = busy[0], busy[1]
    assert _send(_at(first, 9)) == 1
    assert _send(_at(second, 9)) == 1
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_no_reminder_on_a_day_with_nothing_left_to_do(owner: User, plan: Plan) -> None:
    services.reminders_update(user=owner, enabled=True, at=time(8, 0))
    day = _busy_day(plan)
    plan.sessions.filter(date=day).update(status=SessionStatus.DONE)
    assert _send(_at(day, 9)) == 0
    assert _send(_at(START - timedelta(days=1), 9)) == 0  # before the plan starts


@pytest.mark.django_db
def test_turning_reminders_off_stops_them(owner: User, plan: Plan) -> None:
    services.reminders_update(user=owner, enabled=True, at=time(8, 0))
    services.reminders_update(user=owner, enabled=False, at=None)
    assert _send(_at(_busy_day(plan), 9)) == 0


@pytest.mark.django_db
def test_the_email_is_neutral_a_subject_and_a_link(owner: User, plan: Plan) -> None:
    services.reminders_update(user=owner, enabled=True, at=time(8, 0))
    _send(_at(_busy_day(plan), 9))
    message = mail.outbox[0]
    assert message.subject == "A note from your planner"
    assert "https://notes.example/plan/" in message.body
    catalog = site_catalog()
    private = [catalog.barrier(s).title for s in FOCUS] + FOCUS
    private += [
        catalog.practice(p).title for p in plan.sessions.values_list("practice_id", flat=True)
    ]
    private += ["Nearer", "partner", "barrier", "relationship", "intimacy"]
    for word in private:
        assert word.lower() not in message.subject.lower(), word
        assert word.lower() not in message.body.lower(), word
    assert message.from_email == settings.DEFAULT_FROM_EMAIL


@pytest.mark.django_db
def test_the_command_sends_due_reminders_and_is_idempotent(owner: User, plan: Plan) -> None:
    services.reminders_update(user=owner, enabled=True, at=time(8, 0))
    moment = datetime.combine(_busy_day(plan), time(8, 30)).isoformat()
    out = io.StringIO()
    call_command("send_reminders", "--now", moment, stdout=out)
    call_command("send_reminders", "--now", moment, stdout=out)
    assert out.getvalue().splitlines() == ["Sent 1 reminder.", "Sent 0 reminders."]
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_command_refuses_a_time_it_cannot_read(db: None) -> None:
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("send_reminders", "--now", "tomorrow-ish", stderr=err)
    assert exit_info.value.code == 2
    assert "tomorrow-ish" in err.getvalue()


@pytest.mark.django_db
def test_the_reminder_page_needs_a_time_to_turn_them_on(client: Client, owner: User) -> None:
    sign_in(client, owner)
    response = client.post("/plan/reminders/", {"enabled": "on", "at": ""})
    assert response.status_code == 400
    assert "Pick a time of day" in response.content.decode()
    assert not services.preferences_for(user=owner).reminders_enabled
    response = client.post("/plan/reminders/", {"enabled": "on", "at": "07:45"})
    assert response.status_code == 302
    prefs = services.preferences_for(user=owner)
    assert prefs.reminders_enabled and prefs.reminder_time == time(7, 45)
