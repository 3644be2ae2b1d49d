"""Account services: signed-in sessions, password and email changes.

Sessions are tracked in :class:`ActiveSession` rows so a person can see where they are signed in
and end any of those sessions from here. Signing out "everywhere else" both deletes the tracked
sessions and raises the person's session epoch, which Django checks on every request: a session
that was somehow never tracked is ended too.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from datetime import datetime, timedelta
from importlib import import_module
from smtplib import SMTPException
from typing import Protocol

from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY, update_session_auth_hash
from django.contrib.sessions.backends.base import SessionBase
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.http import Http404, HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from nearer.accounts.devices import device_summary
from nearer.accounts.models import ActiveSession, User

logger = logging.getLogger(__name__)


class _SessionStoreClass(Protocol):
    def __call__(self, session_key: str | None = None) -> SessionBase: ...


def _session_store() -> _SessionStoreClass:
    store: _SessionStoreClass = import_module(settings.SESSION_ENGINE).SessionStore
    return store


def session_key_hash(session_key: str) -> str:
    return hashlib.sha256(session_key.encode("utf-8")).hexdigest()


def _live_window() -> tuple[datetime, datetime]:
    """Rows older than these bounds belong to sessions the lifetime middleware has ended."""
    now = timezone.now()
    return (
        now - timedelta(seconds=settings.SESSION_IDLE_SECONDS),
        now - timedelta(seconds=settings.SESSION_MAX_SECONDS),
    )


def session_track(*, user: User, session_key: str, user_agent: str | None) -> ActiveSession:
    """Record a freshly signed-in session (called on every login)."""
    seen_after, started_after = _live_window()
    now = timezone.now()
    with transaction.atomic():
        # Housekeeping: rows for sessions that have ended on their own.
        ActiveSession.objects.filter(user=user, last_seen_at__lt=seen_after).delete()
        ActiveSession.objects.filter(user=user, created_at__lt=started_after).delete()
        record, _ = ActiveSession.objects.update_or_create(
            key_hash=session_key_hash(session_key),
            defaults={
                "user": user,
                "session_key": session_key,
                "device": device_summary(user_agent),
                "created_at": now,
                "last_seen_at": now,
            },
        )
    return record


def session_touch(*, user: User, session_key: str, user_agent: str | None) -> None:
    """Mark a session as active now. Called at most once a minute per session; adopts a
    session that has no row yet (one signed in before tracking existed, say)."""
    updated = ActiveSession.objects.filter(
        key_hash=session_key_hash(session_key), user=user
    ).update(last_seen_at=timezone.now())
    if not updated:
        session_track(user=user, session_key=session_key, user_agent=user_agent)


def session_rekey(*, user: User, old_key: str, new_key: str) -> None:
    """The session's key changed while it stayed signed in (Django cycles it on password
    changes): move the row over, keeping when it started."""
    old_hash, new_hash = session_key_hash(old_key), session_key_hash(new_key)
    with transaction.atomic():
        if ActiveSession.objects.filter(key_hash=new_hash).exists():
            ActiveSession.objects.filter(key_hash=old_hash).delete()
        else:
            ActiveSession.objects.filter(key_hash=old_hash, user=user).update(
                key_hash=new_hash, session_key=new_key, last_seen_at=timezone.now()
            )


def session_forget(*, session_key: str) -> None:
    """The session signed out (or was ended by the lifetime middleware)."""
    ActiveSession.objects.filter(key_hash=session_key_hash(session_key)).delete()


def sessions_prune() -> int:
    """Housekeeping for ``nearer prune``: what Django's ``clearsessions`` does (expired
    sessions out of the session store), then the tracking rows of sessions that have ended
    (idle too long or past the longest lifetime). Returns how many tracking rows went."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()
    seen_after, started_after = _live_window()
    deleted, _ = ActiveSession.objects.filter(
        Q(last_seen_at__lt=seen_after) | Q(created_at__lt=started_after)
    ).delete()
    return deleted


def session_list(*, user: User) -> list[ActiveSession]:
    seen_after, started_after = _live_window()
    return list(
        ActiveSession.objects.filter(
            user=user, last_seen_at__gte=seen_after, created_at__gte=started_after
        ).order_by("-last_seen_at", "-id")
    )


def _end_sessions(records: list[ActiveSession]) -> None:
    store = _session_store()()
    for record in records:
        store.delete(record.session_key)
    ActiveSession.objects.filter(pk__in=[record.pk for record in records]).delete()


def session_sign_out(*, user: User, public_id: uuid.UUID, current_key: str) -> bool:
    """End one of ``user``'s sessions. Another person's session is a 404, never a hint that it
    exists. Returns True when it was the session making the request (now signed out)."""
    record = ActiveSession.objects.filter(user=user, public_id=public_id).first()
    if record is None:
        raise Http404
    with transaction.atomic():
        _end_sessions([record])
    return record.key_hash == session_key_hash(current_key)


def session_sign_out_others(*, request: HttpRequest, user: User) -> int:
    """End every session of ``user`` except the one making ``request``, and revoke their API
    tokens (a token made by someone who once knew the password must not outlive this);
    return how many tracked sessions ended. The current session is kept and given a new key."""
    from nearer.api.services import tokens_revoke_all

    current_key = request.session.session_key or ""
    with transaction.atomic():
        tokens_revoke_all(user=user)
        others = list(
            ActiveSession.objects.filter(user=user).exclude(key_hash=session_key_hash(current_key))
        )
        _end_sessions(others)
        User.objects.filter(pk=user.pk).update(session_epoch=F("session_epoch") + 1)
        user.refresh_from_db(fields=["session_epoch"])
        update_session_auth_hash(request, user)
        if request.session.session_key and current_key:
            session_rekey(user=user, old_key=current_key, new_key=request.session.session_key)
    live_after, _ = _live_window()
    return sum(1 for record in others if record.last_seen_at >= live_after)


def _keep_other_sessions_signed_in(*, user: User, current_key: str) -> None:
    """After a password change Django would end every other session (their stored hash no
    longer matches); re-stamp the tracked ones the person chose to keep."""
    store_class = _session_store()
    new_hash = user.get_session_auth_hash()
    others = ActiveSession.objects.filter(user=user).exclude(key_hash=session_key_hash(current_key))
    for record in others:
        store = store_class(session_key=record.session_key)
        if store.get(SESSION_KEY) != str(user.pk):
            continue  # ended already; saving would create an empty session
        store[HASH_SESSION_KEY] = new_hash
        store.save()


def password_change(*, request: HttpRequest, user: User, sign_out_others: bool) -> None:
    """Call after the new password is set and saved. The current session always stays."""
    current_key = request.session.session_key or ""
    if sign_out_others:
        session_sign_out_others(request=request, user=user)
        return
    with transaction.atomic():
        update_session_auth_hash(request, user)
        if request.session.session_key and current_key:
            session_rekey(user=user, old_key=current_key, new_key=request.session.session_key)
        _keep_other_sessions_signed_in(user=user, current_key=request.session.session_key or "")


def email_change(*, user: User, new_email: str) -> None:
    """Change the sign-in address, then tell the previous one, in neutral words, what to do
    if this was not them. The notice holds nothing else: not the new address, not when, and
    no link (whoever reads the old mailbox may not be the account's owner). Nothing is sent
    if the save fails (the address was taken a moment ago), and nothing to anyone else."""
    old_email = user.email
    with transaction.atomic():
        user.email = new_email
        user.save(update_fields=["email"])
    subject = render_to_string("accounts/email/notice_subject.txt").strip()
    body = render_to_string("accounts/email/email_changed.txt")
    try:
        send_mail(subject, body, None, [old_email])
    except (SMTPException, OSError):
        # The change itself is saved; a mail server being down must not turn it into an error.
        logger.warning("could not send the address-change notice")
