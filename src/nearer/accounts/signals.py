"""Keep the list of signed-in sessions in step with logins and logouts."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.http import HttpRequest

from nearer.accounts.models import User
from nearer.accounts.services import session_forget, session_track


@receiver(user_logged_in, dispatch_uid="nearer.accounts.track_session")
def track_session(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is None or not isinstance(user, User):
        return
    session_key = request.session.session_key
    if session_key:
        session_track(
            user=user, session_key=session_key, user_agent=request.META.get("HTTP_USER_AGENT")
        )


@receiver(user_logged_out, dispatch_uid="nearer.accounts.forget_session")
def forget_session(sender: Any, request: HttpRequest | None, **kwargs: Any) -> None:
    if request is None:
        return
    session_key = request.session.session_key
    if session_key:
        session_forget(session_key=session_key)
