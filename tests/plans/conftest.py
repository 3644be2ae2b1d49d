"""Fixtures for plan tests: people, plans, and a client that has just re-entered the password."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.plans import services
from nearer.plans.models import Plan, PlanSession
from nearer.web.catalog import site_catalog

FOCUS = ["lack-of-communication", "neglecting-quality-time", "emotional-burnout"]
#: Words a gentle plan never uses about what someone did or did not do.
SHAMING_WORDS = ("missed", "failed", "streak", "overdue", "behind", "fell off", "broke")


@pytest.fixture
def owner(make_user: Callable[[str], User]) -> User:
    return make_user("owner@example.org")


@pytest.fixture
def stranger(make_user: Callable[[str], User]) -> User:
    return make_user("stranger@example.org")


@pytest.fixture
def owner_plan(owner: User) -> Plan:
    return services.plan_create(user=owner, focus=FOCUS, together=False)


def sign_in(client: Client, user: User, *, confirmed: bool = False) -> Client:
    client.force_login(user)
    if confirmed:
        session = client.session
        session[CONFIRMED_AT] = int(time.time())
        session.save()
    return client


def session_on(plan: Plan, day: date, *, frequency: str | None = None) -> PlanSession:
    """A session of ``plan`` on ``day`` (optionally of a practice with that frequency)."""
    catalog = site_catalog()
    for session in plan.sessions.filter(date=day).order_by("id"):
        practice = catalog.practice(session.practice_id)
        if frequency is None or practice.frequency == frequency:
            return session
    raise LookupError(f"no {frequency or ''} session on {day}")


def first_session(plan: Plan, *, frequency: str) -> PlanSession:
    catalog = site_catalog()
    for session in plan.sessions.order_by("date", "id"):
        if catalog.practice(session.practice_id).frequency == frequency:
            return session
    raise LookupError(frequency)
