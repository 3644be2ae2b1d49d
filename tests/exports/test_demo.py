from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.test import Client

from nearer.accounts.models import User
from nearer.checkins.models import Checkin
from nearer.checkups.models import Checkup
from nearer.couples.services import couple_view, partner_of
from nearer.insight.models import JournalEntry
from nearer.plans.models import PlanSession
from nearer.plans.services import plan_active


def _demo(capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    call_command("demo", "--json")
    users: list[dict[str, str]] = json.loads(capsys.readouterr().out)["users"]
    return users


@pytest.mark.django_db
def test_demo_creates_a_couple_with_a_shared_plan_and_history(
    capsys: pytest.CaptureFixture[str],
) -> None:
    users = _demo(capsys)
    assert [sorted(u) for u in users] == [["email", "password"], ["email", "password"]]
    alex, sam = (User.objects.get(email=u["email"]) for u in users)
    assert partner_of(user=alex) == sam
    assert couple_view(user=alex) is not None
    for person in (alex, sam):
        assert Checkup.objects.filter(user=person, completed_at__isnull=False).count() == 2
        assert Checkin.objects.filter(user=person).count() == 4
        assert JournalEntry.objects.filter(user=person).count() == 1
        plan = plan_active(user=person)
        assert plan is not None and plan.together
        assert PlanSession.objects.filter(plan=plan, status="done").exists()


@pytest.mark.django_db
def test_demo_is_idempotent_and_its_logins_work(capsys: pytest.CaptureFixture[str]) -> None:
    first = _demo(capsys)
    second = _demo(capsys)
    assert first == second
    assert User.objects.count() == 2
    assert Checkup.objects.count() == 4
    for login in second:
        client = Client()
        response = client.post(
            "/accounts/login/", {"username": login["email"], "password": login["password"]}
        )
        assert response.status_code == 302
        assert client.get("/together/couple/").status_code == 200


@pytest.mark.django_db
def test_demo_without_json_prints_readable_logins(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("demo")
    out = capsys.readouterr().out
    assert "demo-alex@example.org" in out
    assert "password:" in out
