"""The account page and who may open the account pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User

PRIVATE_PAGES = [
    ("get", "/accounts/"),
    ("get", "/accounts/sessions/"),
    ("post", "/accounts/sessions/sign-out-others/"),
    ("post", "/accounts/sessions/00000000-0000-0000-0000-000000000000/sign-out/"),
    ("get", "/accounts/password/"),
    ("post", "/accounts/password/"),
    ("get", "/accounts/email/"),
    ("post", "/accounts/email/"),
    ("get", "/accounts/access-log/"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "url"), PRIVATE_PAGES)
def test_people_who_are_not_signed_in_are_sent_to_sign_in(
    client: Client, method: str, url: str
) -> None:
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.django_db
def test_the_account_page_shows_the_persons_address_and_the_ways_to_manage_it(
    client: Client, make_user: Callable[[str], User]
) -> None:
    make_user("someone@example.org")
    client.force_login(make_user("me@example.org"))
    html = client.get("/accounts/").content.decode()
    assert "me@example.org" in html
    assert "someone@example.org" not in html
    for link in ("/accounts/password/", "/accounts/email/", "/accounts/sessions/"):
        assert f'href="{link}"' in html
    assert 'href="/accounts/access-log/"' in html


@pytest.mark.django_db
def test_the_main_navigation_links_to_the_account_page_when_signed_in(
    client: Client, make_user: Callable[[str], User]
) -> None:
    assert b'href="/accounts/">Account<' not in client.get("/").content
    client.force_login(make_user("me@example.org"))
    assert b'href="/accounts/">Account<' in client.get("/").content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/accounts/", "/accounts/sessions/", "/accounts/password/", "/accounts/access-log/"]
)
def test_account_pages_are_never_cached(
    client: Client, make_user: Callable[[str], User], url: str
) -> None:
    client.force_login(make_user("me@example.org"))
    assert "no-store" in client.get(url)["Cache-Control"]
