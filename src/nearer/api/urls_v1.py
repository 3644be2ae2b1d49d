"""``/api/v1/``: the ninja API, with JSON answers for the few responses ninja leaves to Django
(a wrong method, an unknown path), so a client never gets an HTML page from the API."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponseBase, JsonResponse
from django.urls import URLPattern, URLResolver, re_path
from django.views.decorators.csrf import csrf_exempt

from nearer.api.endpoints import NOT_FOUND, api

app_name = "api"

View = Callable[..., HttpResponseBase]


def _json(request: HttpRequest, status: int, detail: str) -> JsonResponse:
    request.private = True  # type: ignore[attr-defined]
    return JsonResponse({"detail": detail}, status=status)


def _json_errors(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            return _json(request, 404, NOT_FOUND)
        if response.status_code == 405 and "json" not in response.get("Content-Type", ""):
            allowed = response.get("Allow", "")
            answer = _json(request, 405, f"This address answers only: {allowed}.")
            answer["Allow"] = allowed
            return answer
        return response

    return wrapper


@csrf_exempt
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    return _json(request, 404, NOT_FOUND)


def _wrapped(entries: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    out: list[URLPattern | URLResolver] = []
    for entry in entries:
        if isinstance(entry, URLPattern):
            entry = URLPattern(
                entry.pattern, _json_errors(entry.callback), entry.default_args, entry.name
            )
        out.append(entry)
    return out


_patterns, _, _ = api.urls

urlpatterns = [*_wrapped(_patterns), re_path(r"^(?P<rest>.*)$", not_found, name="api_not_found")]
