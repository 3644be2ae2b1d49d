"""Public pages: the twelve barriers and their practices, readable without an account."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from nearer.web.catalog import site_catalog

FREQUENCY_LABELS = {
    "daily": "every day",
    "few-times-a-week": "a few times a week",
    "weekly": "once a week",
    "once": "once",
}


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "library/index.html", {"barriers": site_catalog().barriers})


@require_GET
def barrier(request: HttpRequest, slug: str) -> HttpResponse:
    catalog = site_catalog()
    try:
        found = catalog.barrier(slug)
    except KeyError:
        raise Http404("No such barrier") from None
    return render(
        request,
        "library/barrier.html",
        {"barrier": found, "frequency_labels": FREQUENCY_LABELS},
    )
