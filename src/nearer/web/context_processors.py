from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

# The links and files every page's frame shows (web/base.html).
_NAV = {
    "home": "web:home",
    "privacy": "web:privacy",
    "library": "library:index",
    "checkups": "checkups:home",
    "plan": "plans:home",
    "together": "couples:hub",
    "journal": "insight:journal",
    "coach": "insight:coach",
    "progress": "checkins:progress",
    "account": "accounts:home",
    "login": "accounts:login",
    "logout": "accounts:logout",
    "signup": "accounts:signup",
}
_ASSETS = {
    "favicon": "nearer/favicon.svg",
    "css": "nearer/site.css",
    "quick_exit": "nearer/quick-exit.js",
}


@lru_cache(maxsize=8)
def _frame(
    script_prefix: str, urlconf: object, root_urlconf: str, static_url: str
) -> tuple[dict[str, str], dict[str, str]]:
    """Reversing a dozen URLs and looking up hashed static names cost more than the rest of a
    small page; their answers depend only on what the key holds, so each process works them
    out once."""
    return (
        {key: reverse(name) for key, name in _NAV.items()},
        {key: static(path) for key, path in _ASSETS.items()},
    )


def nearer(request: HttpRequest) -> dict[str, object]:
    nav, assets = _frame(
        get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF, settings.STATIC_URL
    )
    return {
        # django-htmx's {% htmx_script %} reads `csp_nonce`; django-csp puts it on the request.
        "csp_nonce": getattr(request, "csp_nonce", None),
        "site_title": settings.NEARER_SITE_TITLE,
        "quick_exit_url": settings.NEARER_QUICK_EXIT_URL,
        "nav": nav,
        "assets": assets,
    }
