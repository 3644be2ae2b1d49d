"""What every page's frame shows (web/base.html): the main links, the asset files and the
site header.

Reversing a dozen URLs, looking up hashed static names and rendering the header's two dozen
template nodes cost more than the rest of a small page, and their results depend only on the
URL configuration and on whether someone is signed in. So each process works them out once;
only the sign-out form's CSRF token goes in per request.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

NAV = {
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
ASSETS = {
    "favicon": "nearer/favicon.svg",
    "css": "nearer/site.css",
    "quick_exit": "nearer/quick-exit.js",
    # The file django-htmx's {% htmx_script %} links to (htmx 2, minified).
    "htmx": "django_htmx/htmx-2.min.js",
}
# Stands in for the CSRF token in a kept header; never a valid token (tokens are alphanumeric).
_TOKEN_SLOT = "{{csrf-token}}"  # noqa: S105 - a placeholder, not a secret


@lru_cache(maxsize=8)
def _links(
    script_prefix: str, urlconf: object, root_urlconf: str, static_url: str
) -> tuple[dict[str, str], dict[str, str]]:
    return (
        {key: reverse(name) for key, name in NAV.items()},
        {key: static(path) for key, path in ASSETS.items()},
    )


def links() -> tuple[dict[str, str], dict[str, str]]:
    """``(nav, assets)``: the main links and the asset URLs, by key."""
    return _links(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF, settings.STATIC_URL)


@lru_cache(maxsize=16)
def _header(signed_in: bool, nav_items: tuple[tuple[str, str], ...]) -> str:
    return render_to_string(
        "web/_site_header.html",
        {"signed_in": signed_in, "nav": dict(nav_items), "csrf_token": _TOKEN_SLOT},
    )


def site_header(*, signed_in: bool, csrf_token: str) -> SafeString:
    """The header with the main navigation; signed in, it ends in a sign-out form."""
    nav, _ = links()
    if settings.DEBUG:  # templates may be edited while the development server runs
        _header.cache_clear()
    html = _header(signed_in, tuple(nav.items()))
    return mark_safe(html.replace(_TOKEN_SLOT, escape(csrf_token)))  # noqa: S308 - escaped
