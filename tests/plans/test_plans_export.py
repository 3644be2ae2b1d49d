"""plans_export: everything of this person's plans, nothing of anyone else's."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from nearer.accounts.models import User
from nearer.plans import services

from .conftest import FOCUS


@pytest.mark.django_db
def test_the_export_holds_this_persons_plans_sessions_and_settings(owner: User) -> None:
    old = services.plan_create(user=owner, focus=["fear-of-conflict"], together=False)
    first = old.sessions.order_by("date", "id").first()
    assert first is not None
    services.session_mark_done(session=first)
    current = services.plan_create(user=owner, focus=FOCUS, together=False)
    token = services.feed_create(user=owner)

    data = services.plans_export(user=owner)
    json.dumps(data)  # plain JSON all the way down
    plans = data["plans"]
    assert isinstance(plans, list)
    assert [p["focus"] for p in plans] == [["fear-of-conflict"], FOCUS]
    assert [p["active"] for p in plans] == [False, True]
    assert len(plans[0]["sessions"]) == 1
    assert plans[0]["sessions"][0]["status"] == "done"
    assert plans[0]["sessions"][0]["done_at"] is not None
    assert len(plans[1]["sessions"]) == current.sessions.count()
    settings = data["plan_settings"]
    assert isinstance(settings, dict)
    assert settings["calendar_feed_active"] is True
    text = json.dumps(data)
    assert token not in text
    prefs = services.preferences_for(user=owner)
    assert prefs.feed_token_hash and prefs.feed_token_hash not in text


@pytest.mark.django_db
def test_the_export_has_nothing_of_a_partner_doing_the_same_plan(
    make_user: Callable[[str], User],
) -> None:
    me, partner = make_user("me@example.org"), make_user("partner@example.org")
    start = date(2026, 3, 2)
    services.plan_create(user=me, focus=FOCUS, together=True, start=start)
    theirs = services.plan_create(user=partner, focus=FOCUS, together=True, start=start)
    done = theirs.sessions.order_by("date", "id").first()
    assert done is not None
    services.session_mark_done(session=done)

    data = services.plans_export(user=me)
    text = json.dumps(data)
    assert partner.email not in text
    assert '"status": "done"' not in text
    assert len(data["plans"]) == 1  # type: ignore[arg-type]
    assert services.plans_export(user=make_user("new@example.org")) == {
        "plans": [],
        "plan_settings": None,
    }
