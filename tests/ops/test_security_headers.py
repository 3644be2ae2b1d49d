"""Security headers on every response (promises in safety-and-privacy.md): a strict CSP with
nonces, HSTS over https, nosniff, frame-deny, a strict referrer policy, a permissions policy,
and no-store on private pages."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.http import HttpResponse, HttpResponseBase
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from tests.ops.helpers import nearer, production_env

from nearer.accounts.models import User

STRICT_REFERRER = {"no-referrer", "same-origin", "strict-origin"}


def _csp(response: HttpResponseBase) -> dict[str, list[str]]:
    policy: dict[str, list[str]] = {}
    for directive in response["Content-Security-Policy"].split(";"):
        name, *values = directive.split()
        policy[name] = values
    return policy


def assert_secure_headers(response: HttpResponseBase) -> None:
    policy = _csp(response)
    for values in policy.values():
        assert "'unsafe-inline'" not in values
        assert "'unsafe-eval'" not in values
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["style-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] in STRICT_REFERRER
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    if isinstance(response, HttpResponse) and response["Content-Type"].startswith("text/html"):
        _assert_scripts_allowed_only_by_source_or_nonce(response, policy)


def _assert_scripts_allowed_only_by_source_or_nonce(
    response: HttpResponse, policy: dict[str, list[str]]
) -> None:
    html = response.content.decode()
    nonces = {v[len("'nonce-") : -1] for v in policy["script-src"] if v.startswith("'nonce-")}
    assert len(nonces) <= 1
    for tag in re.findall(r"<script\b[^>]*>", html):
        src = re.search(r'\bsrc="([^"]+)"', tag)
        nonce = re.search(r'\bnonce="([^"]+)"', tag)
        if src is not None:
            assert src.group(1).startswith("/"), tag  # our own origin only
        else:
            assert nonce is not None and nonce.group(1) in nonces, tag
    for nonce_value in re.findall(r'\bnonce="([^"]+)"', html):
        assert nonce_value in nonces
    assert not re.search(r"<[^>]+\sstyle=", html), "inline style attributes are blocked by CSP"
    assert not re.search(r"<[^>]+\son[a-z]+=", html), "inline event handlers are blocked by CSP"


@pytest.fixture
def person(client: Client, make_user: Callable[[str], User]) -> User:
    user = make_user("headers@example.org")
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_a_public_page_sends_the_security_headers(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert_secure_headers(response)
    assert "Strict-Transport-Security" not in response  # plain http in development


@pytest.mark.django_db
def test_a_private_page_sends_the_security_headers_and_is_never_stored(
    client: Client, person: User
) -> None:
    response = client.get("/checkup/")
    assert response.status_code == 200
    assert_secure_headers(response)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_each_response_gets_its_own_nonce(client: Client) -> None:
    first = _csp(client.get("/"))["script-src"]
    second = _csp(client.get("/"))["script-src"]
    assert first != second


@pytest.mark.django_db
@override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=31536000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
)
def test_over_https_pages_add_hsts_and_plain_http_is_sent_to_https(
    client: Client, person: User
) -> None:
    for url in ("/", "/checkup/"):
        response = client.get(url, headers={"X-Forwarded-Proto": "https"})
        assert response.status_code == 200
        assert_secure_headers(response)
        hsts = response["Strict-Transport-Security"]
        assert "max-age=31536000" in hsts and "includeSubDomains" in hsts
    assert "no-store" in response["Cache-Control"]
    plain = client.get("/checkup/")
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")


def _argument_free_paths(
    patterns: list[URLPattern | URLResolver], prefix: str = ""
) -> Iterator[str]:
    for pattern in patterns:
        route = str(pattern.pattern)
        if "<" in route or route.startswith("^"):
            continue
        if isinstance(pattern, URLResolver):
            yield from _argument_free_paths(pattern.url_patterns, prefix + route)
        else:
            yield "/" + prefix + route


@pytest.mark.django_db
def test_every_page_without_arguments_sends_the_headers_signed_in_or_not(
    client: Client, make_user: Callable[[str], User]
) -> None:
    paths = sorted(set(_argument_free_paths(get_resolver().url_patterns)))
    assert len(paths) > 10
    anonymous = Client()
    client.force_login(make_user("everywhere@example.org"))
    for path in paths:
        for who, visitor in (("anonymous", anonymous), ("signed in", client)):
            response = visitor.get(path)
            assert response.status_code < 500, (who, path)
            assert_secure_headers(response)
            if who == "signed in":
                assert "no-store" in response["Cache-Control"], path


SCRIPT = """
import json
from django.test import Client
from nearer.accounts.models import User
client = Client()
client.force_login(User.objects.create_user(email="prod@example.org", password=None))
out = {}
for url in ("/", "/checkup/"):
    response = client.get(url, headers={"X-Forwarded-Proto": "https", "Host": "127.0.0.1"})
    out[url] = {"status": response.status_code, "headers": dict(response.headers),
                "html": response.content.decode()}
plain = client.get("/", headers={"Host": "127.0.0.1"})
out["plain"] = {"status": plain.status_code, "location": plain.get("Location", "")}
print("RESULT " + json.dumps(out))
"""


@pytest.mark.slow
def test_production_settings_send_every_header(production_var: Path) -> None:
    result = nearer("shell", "-c", SCRIPT, env=production_env(production_var))
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    out = json.loads(line[len("RESULT ") :])
    for url in ("/", "/checkup/"):
        response = HttpResponse(out[url]["html"], status=out[url]["status"])
        for name, value in out[url]["headers"].items():
            response[name] = value
        assert response.status_code == 200, url
        assert_secure_headers(response)
        assert "preload" in response["Strict-Transport-Security"]
    assert "no-store" in out["/checkup/"]["headers"]["Cache-Control"]
    assert out["plain"]["status"] == 301
    assert out["plain"]["location"].startswith("https://")
