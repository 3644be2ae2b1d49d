"""A demo couple for trying Nearer out: `nearer demo`.

Two people who each did two check-ups, shared them, chose focus barriers together, have a
plan with some practices done, four weekly check-ins and one private journal note each.
Creating it is idempotent: a second run changes nothing and prints the same sign-in details.
Passwords are derived from the deployment's SECRET_KEY, so they are stable for one
deployment and unguessable elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkins.services import checkin_save
from nearer.checkups import services as checkups
from nearer.checkups.models import Checkup
from nearer.couples import services as couples
from nearer.insight.services import journal_entry_create
from nearer.plans.models import PlanSession
from nearer.plans.services import plan_create, plan_sessions
from nearer.web.catalog import site_catalog

DEMO_PEOPLE = ("demo-alex@example.org", "demo-sam@example.org")
FOCUS = ("lack-of-communication", "neglecting-quality-time", "emotional-burnout")
NOTES = {
    DEMO_PEOPLE[0]: (
        "After the walk",
        "We walked without phones for twenty minutes. I noticed how rarely we talk about "
        "anything but the week's logistics, and it felt good to just listen for a change.",
    ),
    DEMO_PEOPLE[1]: (
        "A tired Thursday",
        "Work drained me again and I had nothing left by the evening. I want to tell my "
        "partner earlier in the day when I'm running on empty, instead of going quiet.",
    ),
}


@dataclass(frozen=True, slots=True)
class DemoLogin:
    email: str
    password: str


def demo_password(email: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"demo:{email}".encode(), hashlib.sha256)
    return "demo-" + base64.urlsafe_b64encode(digest.digest()).decode()[:18]


def _answers(person: int, round_: int) -> dict[str, int]:
    """Deterministic, varied answers: each person leans on different barriers, and the
    second round is a little easier than the first."""
    catalog = site_catalog()
    answers: dict[str, int] = {}
    for index, item in enumerate(catalog.checkup_items):
        lean = (index * (3 + person) + person * 5) % 5 + 1
        lean = max(1, min(5, lean - round_)) if item.keyed == 1 else min(5, lean + round_)
        answers[item.id] = lean
    return answers


def _checkup(user: User, answers: dict[str, int], finished_days_ago: int) -> Checkup:
    catalog = site_catalog()
    checkup = checkups.checkup_start(user=user)
    for page in checkups.checkup_pages(catalog):
        if page.is_safety:
            page_answers: dict[str, object] = {item.id: 1 for item in catalog.safety.items}
        else:
            page_answers = {item.id: answers[item.id] for item in page.items}
        checkups.checkup_save_page(
            catalog=catalog, checkup=checkup, page=page, answers=page_answers
        )
    checkups.checkup_complete(catalog=catalog, checkup=checkup)
    moment = timezone.now() - timedelta(days=finished_days_ago)
    Checkup.objects.filter(pk=checkup.pk).update(started_at=moment, completed_at=moment)
    checkup.refresh_from_db()
    return checkup


def demo_create() -> tuple[DemoLogin, DemoLogin]:
    logins = tuple(DemoLogin(email, demo_password(email)) for email in DEMO_PEOPLE)
    if User.objects.filter(email__in=DEMO_PEOPLE).count() == len(DEMO_PEOPLE):
        return logins[0], logins[1]
    catalog = site_catalog()
    today = timezone.localdate()
    with transaction.atomic():
        User.objects.filter(email__in=DEMO_PEOPLE).delete()  # a half-made demo starts over
        people = [User.objects.create_user(email=x.email, password=x.password) for x in logins]
        alex, sam = people
        created = couples.invitation_create(user=alex)
        invitation = couples.invitation_by_token(token=created.token)
        assert invitation is not None
        couples.invitation_accept(invitation=invitation, user=sam)
        for number, person in enumerate(people):
            _checkup(person, _answers(number, 0), finished_days_ago=35)
            latest = _checkup(person, _answers(number, 1), finished_days_ago=1)
            couples.share_create(user=person, checkup=latest)
        proposal = couples.focus_propose(user=alex, barriers=FOCUS)
        couples.focus_accept(user=sam, proposal=proposal)
        start = today - timedelta(days=13)
        for number, person in enumerate(people):
            plan = plan_create(user=person, focus=FOCUS, together=True, start=start)
            past = [s for s in plan_sessions(plan=plan) if s.date < today]
            done = [s.pk for i, s in enumerate(past) if (i + number) % 3 != 0]
            PlanSession.objects.filter(pk__in=done).update(
                status="done", done_at=timezone.now() - timedelta(days=1)
            )
            for week in range(4):
                checkin_answers: dict[str, object] = {
                    item.id: (week + index + number) % 5 + 1
                    for index, item in enumerate(catalog.checkin_items + catalog.satisfaction_items)
                }
                checkin_save(
                    catalog=catalog,
                    user=person,
                    answers=checkin_answers,
                    day=today - timedelta(days=7 * (3 - week) + 2),
                )
            title, body = NOTES[person.email]
            journal_entry_create(user=person, title=title, body=body)
    return logins[0], logins[1]
