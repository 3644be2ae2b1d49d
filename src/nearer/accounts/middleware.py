"""Sessions end after a stretch of idleness and after a fixed maximum, whatever happens.

The same once-a-minute "seen" refresh keeps the person's list of signed-in sessions current,
and a session whose key changes during a request (Django cycles it when a password changes)
keeps its place in that list.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

from nearer.accounts.models import User
from nearer.accounts.services import session_rekey, session_touch

STARTED = "_nearer_started"
SEEN = "_nearer_seen"
# Refresh the "last seen" mark at most this often, so most requests write nothing.
SEEN_RESOLUTION_SECONDS = 60


class SessionLifetimeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key_before: str | None = None
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.get(STARTED)
            seen = session.get(SEEN)
            touch = False
            if not isinstance(started, int) or not isinstance(seen, int):
                session[STARTED] = session[SEEN] = now
                touch = True
            elif (
                now - seen > settings.SESSION_IDLE_SECONDS
                or now - started > settings.SESSION_MAX_SECONDS
            ):
                logout(request)
            elif now - seen >= SEEN_RESOLUTION_SECONDS:
                session[SEEN] = now
                touch = True
            user = request.user
            if isinstance(user, User) and session.session_key:
                key_before = session.session_key
                if touch:
                    session_touch(
                        user=user,
                        session_key=key_before,
                        user_agent=request.META.get("HTTP_USER_AGENT"),
                    )
        response = self.get_response(request)
        if key_before is not None:
            key_after = request.session.session_key
            still_signed_in = request.user
            if key_after and key_after != key_before and isinstance(still_signed_in, User):
                session_rekey(user=still_signed_in, old_key=key_before, new_key=key_after)
        return response
