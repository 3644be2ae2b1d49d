"""``nearer prune``: old access-log entries, expired sessions and unused invitations go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from tests.ops.helpers import base_env, nearer

from nearer.accounts.audit import record_access
from nearer.accounts.models import AccessEvent, ActiveSession, User
from nearer.couples import services as couples
from nearer.couples.models import Invitation


def _prune() -> str:
    out = StringIO()
    call_command("prune", stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db
def test_it_deletes_what_is_past_its_time_and_says_how_much(
    make_user: Callable[[str], User], settings: Any
) -> None:
    settings.NEARER_ACCESS_LOG_DAYS = 30
    owner = make_user("owner@example.org")
    now = timezone.now()
    record_access(owner=owner, actor=owner, kind="export.json")
    record_access(owner=owner, actor=owner, kind="report.pdf")
    AccessEvent.objects.filter(kind="export.json").update(at=now - timedelta(days=31))
    Session.objects.create(session_key="a" * 32, session_data="", expire_date=now)
    Session.objects.create(
        session_key="b" * 32, session_data="", expire_date=now + timedelta(hours=1)
    )
    ActiveSession.objects.create(
        user=owner,
        key_hash="c" * 64,
        session_key="c" * 32,
        device="Firefox on Windows",
        last_seen_at=now - timedelta(hours=1),
    )
    unused = couples.invitation_create(user=owner).invitation
    Invitation.objects.filter(pk=unused.pk).update(expires_at=now - timedelta(seconds=1))

    assert _prune() == (
        "Deleted 1 access-log entry older than 30 days, 1 ended session and 1 expired invitation."
    )
    assert list(AccessEvent.objects.values_list("kind", flat=True)) == ["report.pdf"]
    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]
    assert not ActiveSession.objects.exists()
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_it_keeps_everything_still_within_its_time(
    make_user: Callable[[str], User], settings: Any
) -> None:
    settings.NEARER_ACCESS_LOG_DAYS = 1
    owner = make_user("owner@example.org")
    record_access(owner=owner, actor=owner, kind="export.json")
    AccessEvent.objects.update(at=timezone.now() - timedelta(hours=23))
    couples.invitation_create(user=owner)

    assert _prune() == (
        "Deleted 0 access-log entries older than 1 day, 0 ended sessions and 0 expired invitations."
    )
    assert AccessEvent.objects.count() == 1
    assert Invitation.objects.count() == 1


def test_an_administrator_can_run_it_from_the_terminal(migrated_var: Path) -> None:
    result = nearer("prune", env=base_env(migrated_var, NEARER_ACCESS_LOG_DAYS="14"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Deleted 0 access-log entries older than 14 days")
