from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from nearer.web import frame


def nearer(request: HttpRequest) -> dict[str, object]:
    nav, assets = frame.links()
    return {
        "site_title": settings.NEARER_SITE_TITLE,
        "quick_exit_url": settings.NEARER_QUICK_EXIT_URL,
        "nav": nav,
        "assets": assets,
    }
