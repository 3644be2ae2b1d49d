"""The check-in part of a person's JSON export: everything of theirs, nothing of anyone else."""

from __future__ import annotations

import json

import pytest

from nearer.accounts.models import User
from nearer.checkins.services import checkins_export
from nearer.core.catalog import Catalog

from .conftest import AddCheckins, all_answers


@pytest.mark.django_db
def test_the_export_holds_every_checkin_with_answers_and_scores_oldest_first(
    owner: User, catalog: Catalog, add_checkins: AddCheckins
) -> None:
    made = add_checkins(owner, 3, value=2)
    data = checkins_export(user=owner)
    json.dumps(data)  # plain JSON, ready for the export file
    rows = data["checkins"]
    assert [row["day"] for row in rows] == [c.day.isoformat() for c in made]
    assert rows[0]["answers"] == all_answers(catalog, 2)
    assert {r["slug"] for r in rows[0]["scores"]["barriers"]} == {b.slug for b in catalog.barriers}
    assert set(rows[0]) == {"day", "created_at", "updated_at", "answers", "scores"}


@pytest.mark.django_db
def test_the_export_contains_nothing_of_another_person(
    owner: User, stranger: User, add_checkins: AddCheckins
) -> None:
    add_checkins(owner, 2, value=1)
    add_checkins(stranger, 4, value=5)
    mine = checkins_export(user=owner)["checkins"]
    assert len(mine) == 2
    assert all(set(row["answers"].values()) == {1} for row in mine)
    assert checkins_export(user=stranger)["checkins"] != mine


@pytest.mark.django_db
def test_someone_without_checkins_exports_an_empty_list(owner: User) -> None:
    assert checkins_export(user=owner) == {"checkins": []}
