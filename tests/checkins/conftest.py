"""Fixtures for check-ins and progress: people, a check-in history, finished check-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkins import services
from nearer.checkins.models import Checkin
from nearer.checkups.models import Checkup
from nearer.core.catalog import Catalog
from nearer.core.checkin_scoring import checkin_questions
from nearer.web.catalog import site_catalog

AddCheckins = Callable[..., list[Checkin]]
AddCheckup = Callable[..., Checkup]


@pytest.fixture
def catalog() -> Catalog:
    return site_catalog()


@pytest.fixture
def owner(make_user: Callable[[str], User]) -> User:
    return make_user("owner@example.org")


@pytest.fixture
def stranger(make_user: Callable[[str], User]) -> User:
    return make_user("stranger@example.org")


def all_answers(catalog: Catalog, value: int) -> dict[str, object]:
    return {item.id: value for item in checkin_questions(catalog)}


@pytest.fixture
def add_checkins(catalog: Catalog) -> AddCheckins:
    """``n`` weekly check-ins for ``user``, the newest ``ending`` (today by default)."""

    def add(user: User, n: int, *, value: int = 4, ending: date | None = None) -> list[Checkin]:
        last = ending or timezone.localdate()
        made = []
        for week in range(n - 1, -1, -1):
            checkin, _ = services.checkin_save(
                catalog=catalog,
                user=user,
                answers=all_answers(catalog, value),
                day=last - timedelta(days=7 * week),
            )
            made.append(checkin)
        return made

    return add


def profile(
    catalog: Catalog, barrier_score: int | None, satisfaction: int | None
) -> dict[str, Any]:
    """A stored check-up profile (the ``profile_json`` shape) with the same score everywhere."""
    return {
        "barriers": [
            {"slug": b.slug, "score": barrier_score, "band": None, "answered": 3}
            for b in catalog.barriers
        ],
        "priorities": [],
        "satisfaction": {"score": satisfaction, "answered": 4},
    }


@pytest.fixture
def add_checkup(catalog: Catalog) -> AddCheckup:
    """A finished check-up whose stored profile says ``barrier_score`` for every barrier."""

    def add(
        user: User,
        *,
        barrier_score: int | None = 40,
        satisfaction: int | None = 60,
        completed_at: datetime | None = None,
    ) -> Checkup:
        return Checkup.objects.create(
            user=user,
            completed_at=completed_at or timezone.now(),
            profile=profile(catalog, barrier_score, satisfaction),
        )

    return add
