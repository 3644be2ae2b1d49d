from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def nearer(request: HttpRequest) -> dict[str, object]:
    return {
        # django-htmx's {% htmx_script %} reads `csp_nonce`; django-csp puts it on the request.
        "csp_nonce": getattr(request, "csp_nonce", None),
        "site_title": settings.NEARER_SITE_TITLE,
        "quick_exit_url": settings.NEARER_QUICK_EXIT_URL,
    }
