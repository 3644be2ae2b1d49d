"""The JSON export holds only what this person owns; the couple chart holds only shared data."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.core.catalog import default_catalog
from nearer.core.couple_chart import couple_chart_svg
from nearer.couples import services
from tests.couples.conftest import A_POINTS, B_POINTS


@pytest.mark.django_db
def test_the_export_holds_my_choices_and_nothing_of_my_partners(
    make_user: Callable[[str], User],
    link: Callable[[User, User], object],
    finished_checkup: Callable[..., Checkup],
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    services.invitation_create(user=alex)  # withdrawn by the next one
    link(alex, sam)
    alex_checkup = finished_checkup(alex, A_POINTS)
    sam_checkup = finished_checkup(sam, B_POINTS)
    services.share_create(user=alex, checkup=alex_checkup)
    services.share_create(user=sam, checkup=sam_checkup)
    services.focus_propose(user=sam, barriers=["fear-of-conflict"])
    services.focus_propose(user=alex, barriers=["emotional-burnout"])

    exported = services.couples_export(user=alex)
    assert json.loads(json.dumps(exported)) == exported  # plain JSON
    assert exported["linked"] is True
    assert [i["status"] for i in exported["invitations"]] == ["withdrawn", "accepted"]
    assert [s["checkup_id"] for s in exported["shared_checkups"]] == [alex_checkup.pk]
    assert [p["barriers"] for p in exported["focus_suggestions"]] == [["emotional-burnout"]]
    text = json.dumps(exported)
    assert "sam" not in text and "fear-of-conflict" not in text
    assert str(sam_checkup.pk) not in re.findall(r"\d+", json.dumps(exported["shared_checkups"]))
    # No secrets either.
    assert "hash" not in text

    sam_export = services.couples_export(user=sam)
    assert sam_export["invitations"] == []
    assert "alex" not in json.dumps(sam_export)


@pytest.mark.django_db
def test_the_export_of_someone_never_linked_is_empty_but_complete(
    make_user: Callable[[str], User],
) -> None:
    assert services.couples_export(user=make_user("kim@example.org")) == {
        "linked": False,
        "linked_at": None,
        "invitations": [],
        "shared_checkups": [],
        "focus_suggestions": [],
        "wrong_code_attempts": [],
    }


def test_the_couple_chart_draws_both_profiles_without_any_css() -> None:
    catalog = default_catalog()
    titles = tuple(b.title for b in catalog.barriers)
    mine = tuple([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 0, 33])
    theirs = tuple([None, 91, 27, 40, 50, 60, 70, 80, 90, 100, 0, 66])
    svg = couple_chart_svg(titles, mine, theirs)
    assert svg.startswith("<svg")
    assert "style=" not in svg and "<style" not in svg
    for title in titles:
        assert title in svg
    for label in ("You", "Your partner", "91", "27", "not enough answers"):
        assert label in svg
    assert couple_chart_svg(titles, mine, theirs) is svg  # cached


def test_the_couple_chart_refuses_mismatched_inputs() -> None:
    with pytest.raises(ValueError, match="same length"):
        couple_chart_svg(("One", "Two"), (1, 2), (3,))
