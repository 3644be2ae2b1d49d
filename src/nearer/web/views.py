from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_safe

from nearer.web.catalog import site_catalog


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"barriers": site_catalog().barriers})


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "web/privacy.html", {"resources": site_catalog().resources})


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers and the database does too. HEAD as well as GET, because
    load balancers often probe with HEAD."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return JsonResponse({"status": "ok"})


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(static("nearer/favicon.svg"))


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {
            "title": "Page not found",
            "message": "There is nothing here. It may have moved, or the link may be old.",
        },
        status=404,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {
            "title": "Something went wrong",
            "message": "Nothing you entered before this page was lost. Please try again.",
        },
        status=500,
    )
