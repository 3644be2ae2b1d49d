"""Sessions end after a stretch of idleness and after a fixed maximum, whatever happens."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

STARTED = "_nearer_started"
SEEN = "_nearer_seen"
# Refresh the "last seen" mark at most this often, so most requests write nothing.
SEEN_RESOLUTION_SECONDS = 60


class SessionLifetimeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.get(STARTED)
            seen = session.get(SEEN)
            if not isinstance(started, int) or not isinstance(seen, int):
                session[STARTED] = session[SEEN] = now
            elif (
                now - seen > settings.SESSION_IDLE_SECONDS
                or now - started > settings.SESSION_MAX_SECONDS
            ):
                logout(request)
            elif now - seen >= SEEN_RESOLUTION_SECONDS:
                session[SEEN] = now
        return self.get_response(request)
