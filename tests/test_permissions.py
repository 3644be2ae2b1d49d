"""Every URL in the project, for a visitor who is not signed in: nothing private answers 2xx.

Feature folders test owner / other person / partner / ex-partner for their own URLs; this
guard covers every route, including ones added later, so nothing ships unprotected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

# Routes that anyone may open (name: methods that may answer 2xx to a stranger).
PUBLIC = {
    "web:home",
    "web:privacy",
    "web:healthz",
    "web:favicon",
    "library:index",
    "library:barrier",
    "accounts:signup",
    "accounts:login",
    "accounts:logout",
    "accounts:password_reset",
    "accounts:password_reset_done",
    "accounts:password_reset_confirm",
    "accounts:password_reset_complete",
}
# Routes that are public by design but guarded by a secret in the URL (token feeds,
# invitation links); with a made-up token they must not answer 2xx either.
SAMPLE = {
    "int": "1",
    "slug": "x",
    "str": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "path": "x",
}


def _routes(
    patterns: list[URLPattern | URLResolver] | None = None, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str]]:
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            full_ns = f"{namespace}:{ns}" if namespace and ns else ns or namespace
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern), full_ns)
        else:
            name = f"{namespace}:{entry.name}" if namespace else str(entry.name)
            yield name, prefix + str(entry.pattern)


def _concrete(route: str) -> str:
    route = route.lstrip("^").rstrip("$")
    url = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE.get(m.group(1) or "str", "x"), route)
    return "/" + url.replace("\\", "")


ROUTES = sorted(set(_routes()))


def test_the_route_list_is_not_empty() -> None:
    assert len(ROUTES) > 10


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), ROUTES)
@pytest.mark.parametrize("method", ["get", "post", "put", "delete"])
def test_private_routes_refuse_visitors_who_are_not_signed_in(
    client: Client, name: str, route: str, method: str
) -> None:
    if name in PUBLIC or name.startswith("api"):
        return
    response = getattr(client, method)(_concrete(route))
    assert not 200 <= response.status_code < 300, (name, method, response.status_code)
