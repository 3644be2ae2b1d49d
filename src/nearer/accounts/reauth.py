"""Re-enter the password before sensitive actions (export, deletion, sharing with someone new,
changing email or password). A confirmation holds for a few minutes, in this session only."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import TypeVar
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

CONFIRMED_AT = "_nearer_password_confirmed"
CONFIRMATION_SECONDS = 5 * 60

View = TypeVar("View", bound=Callable[..., HttpResponse])


def mark_password_confirmed(request: HttpRequest) -> None:
    request.session[CONFIRMED_AT] = int(time.time())


def password_recently_confirmed(request: HttpRequest) -> bool:
    confirmed = request.session.get(CONFIRMED_AT)
    return isinstance(confirmed, int) and time.time() - confirmed <= CONFIRMATION_SECONDS


def safe_next(request: HttpRequest, candidate: str | None, fallback: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def require_recent_password(view: View) -> View:
    """Send the person to confirm their password first (GET and POST alike). Use after
    ``login_required``. A POST is not replayed: after confirming, they submit again."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if password_recently_confirmed(request):
            return view(request, *args, **kwargs)
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('accounts:confirm_password')}?{query}")

    return wrapper  # type: ignore[return-value]
