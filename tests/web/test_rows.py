"""A RowReader gives the same instance the ORM gives: every field, converted the same way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import models
from django.utils import timezone

from nearer.accounts.models import ActiveSession, User
from nearer.checkups.models import Checkup
from nearer.web.rows import RowReader, datetime_param


def _values(instance: models.Model, names: list[str]) -> list[object]:
    return [getattr(instance, name) for name in names]


def _all(model: type[models.Model]) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


@pytest.mark.django_db
def test_a_person_read_by_a_reader_equals_the_orms(make_user: Callable[[str], User]) -> None:
    user = make_user("a@example.org")
    User.objects.filter(pk=user.pk).update(last_login=timezone.now())
    read = RowReader(User).first("id = %s", [user.pk])
    assert read is not None
    assert _values(read, _all(User)) == _values(User.objects.get(pk=user.pk), _all(User))
    assert read.last_login is not None and read.last_login.tzinfo is not None
    assert read._state.adding is False and read._state.db == "default"


@pytest.mark.django_db
def test_json_and_datetimes_come_back_as_python_values(
    make_user: Callable[[str], User], finished_checkup: Callable[..., Checkup]
) -> None:
    checkup = finished_checkup(make_user("a@example.org"))
    read = RowReader(Checkup).first("id = %s", [checkup.pk])
    assert read is not None
    assert isinstance(read.profile, dict) and read.profile == checkup.profile
    assert read.completed_at == checkup.completed_at
    assert _values(read, _all(Checkup)) == _values(
        Checkup.objects.get(pk=checkup.pk), _all(Checkup)
    )


@pytest.mark.django_db
def test_encrypted_text_is_decrypted_like_the_orm_does(make_user: Callable[[str], User]) -> None:
    user = make_user("a@example.org")
    ActiveSession.objects.create(user=user, key_hash="h" * 64, session_key="secret-key", device="x")
    read = RowReader(ActiveSession).first("key_hash = %s", ["h" * 64])
    assert read is not None and read.session_key == "secret-key"


@pytest.mark.django_db
def test_reading_some_fields_defers_the_rest_like_only(
    make_user: Callable[[str], User], finished_checkup: Callable[..., Checkup]
) -> None:
    checkup = finished_checkup(make_user("a@example.org"))
    read = RowReader(Checkup, ["id", "completed_at"]).first("id = %s", [checkup.pk])
    assert read is not None
    assert read.get_deferred_fields() == {"user_id", "started_at", "profile"}
    assert read.profile == checkup.profile  # loads on access, as .only() does


@pytest.mark.django_db
def test_no_match_is_none_and_order_by_picks_the_first(make_user: Callable[[str], User]) -> None:
    user = make_user("a@example.org")
    now = timezone.now()
    older = Checkup.objects.create(user=user, completed_at=now - timedelta(days=2))
    cutoff = now - timedelta(days=1)
    newer = Checkup.objects.create(user=user, completed_at=cutoff)
    reader = RowReader(Checkup)
    assert reader.first("user_id = %s", [user.pk + 1]) is None
    latest = reader.first("user_id = %s", [user.pk], order_by="completed_at DESC")
    earliest = reader.first("user_id = %s", [user.pk], order_by="completed_at ASC")
    assert (latest and latest.pk, earliest and earliest.pk) == (newer.pk, older.pk)
    before = reader.first("user_id = %s AND completed_at < %s", [user.pk, datetime_param(cutoff)])
    assert before is not None and before.pk == older.pk


def test_a_reader_must_name_real_fields_and_the_primary_key() -> None:
    with pytest.raises(ValueError, match="no concrete field colour"):
        RowReader(User, ["id", "colour"])
    with pytest.raises(ValueError, match="primary key"):
        RowReader(User, ["email"])
