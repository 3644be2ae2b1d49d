"""The per-request lookups (session, signed-in person) read with plain queries behave like
Django's own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

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
def test_looking_a_person_up_by_number_gives_the_same_row_as_the_orm() -> None:
    user = User.objects.create_user(email="a@example.org", password="a long pass phrase 1")
    fast = User.objects.get(pk=user.pk)
    slow = User.objects.filter(pk=user.pk).get()
    assert [getattr(fast, f.attname) for f in User._meta.concrete_fields] == [
        getattr(slow, f.attname) for f in User._meta.concrete_fields
    ]
    assert fast.get_session_auth_hash() == user.get_session_auth_hash()
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=user.pk + 1000)
    assert User.objects.get(pk=str(user.pk)) == user
