"""The per-request lookups (session, signed-in person) read with plain queries behave like
Django's own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.sessions.models import Session
from django.utils import timezone

from nearer.accounts.backends import AccountBackend
from nearer.accounts.models import User
from nearer.accounts.sessions import SessionStore


@pytest.mark.django_db
def test_a_saved_session_loads_back_with_its_data() -> None:
    store = SessionStore()
    store["colour"] = "teal"
    store.create()
    again = SessionStore(store.session_key)
    assert again["colour"] == "teal"
    assert again.session_key == store.session_key


@pytest.mark.django_db
def test_an_expired_or_deleted_session_loads_empty_and_loses_its_key() -> None:
    store = SessionStore()
    store["colour"] = "teal"
    store.create()
    key = store.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(1))
    expired = SessionStore(key)
    assert dict(expired.items()) == {}
    assert expired.session_key is None
    SessionStore(key).delete(key)
    assert dict(SessionStore(key).items()) == {}


@pytest.mark.django_db
def test_the_backend_finds_the_same_person_as_djangos() -> None:
    user = User.objects.create_user(email="a@example.org", password="a long pass phrase 1")
    ours, django = AccountBackend().get_user(user.pk), ModelBackend().get_user(user.pk)
    assert ours is not None and django is not None
    fields = [f.attname for f in User._meta.concrete_fields]
    assert [getattr(ours, f) for f in fields] == [getattr(django, f) for f in fields]
    assert ours.get_session_auth_hash() == user.get_session_auth_hash()
    assert AccountBackend().get_user(str(user.pk)) == user


@pytest.mark.django_db
def test_the_backend_signs_nobody_in_for_a_missing_inactive_or_malformed_id() -> None:
    user = User.objects.create_user(email="a@example.org", password="a long pass phrase 1")
    assert AccountBackend().get_user(user.pk + 1000) is None
    assert AccountBackend().get_user("not a number") is None
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert AccountBackend().get_user(user.pk) is None
