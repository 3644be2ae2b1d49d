"""The site header, kept per process, still shows the right links and a working sign-out."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User


def _header(html: str) -> str:
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def _sign_out_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', _header(html))
    assert match is not None, "no CSRF token in the sign-out form"
    return match.group(1)


@pytest.mark.django_db
def test_signed_out_the_header_offers_sign_in_and_nothing_private(client: Client) -> None:
    header = _header(client.get("/privacy/").content.decode())
    assert 'href="/accounts/login/"' in header and 'href="/accounts/signup/"' in header
    assert "Journal" not in header and "Sign out" not in header
    assert "csrfmiddlewaretoken" not in header


@pytest.mark.django_db
def test_signed_in_the_sign_out_form_carries_a_token_that_works(
    make_user: Callable[[str], User],
) -> None:
    user = make_user("me@example.org")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    first = browser.get("/privacy/").content.decode()
    second = browser.get("/privacy/").content.decode()
    header = _header(first)
    assert 'href="/journal/"' in header and 'href="/accounts/"' in header
    assert "Sign in" not in header
    # Each page gets its own masked token, never the placeholder the kept copy holds.
    assert _sign_out_token(first) != _sign_out_token(second)
    assert "{" not in _sign_out_token(first)
    refused = Client(enforce_csrf_checks=True)
    refused.force_login(user)
    assert refused.post("/accounts/logout/").status_code == 403
    response = browser.post("/accounts/logout/", {"csrfmiddlewaretoken": _sign_out_token(first)})
    assert response.status_code == 302
    assert browser.get("/checkup/").status_code == 302


@pytest.mark.django_db
def test_a_page_with_its_own_form_shares_one_token_with_the_header(
    make_user: Callable[[str], User],
) -> None:
    user = make_user("me@example.org")
    client = Client()
    client.force_login(user)
    html = client.get("/accounts/password/").content.decode()
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
    assert len(tokens) == 1
