from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from nearer.core.catalog import BARRIER_SLUGS

PUBLIC_PAGES = [
    "/",
    "/privacy/",
    "/barriers/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password-reset/",
] + [f"/barriers/{slug}/" for slug in BARRIER_SLUGS]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_open_without_an_account(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_page_offers_quick_exit_before_anything_else(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    body = html.split("<body>", 1)[1]
    first_link = re.search(r"<a\b[^>]*>", body)
    assert first_link is not None
    assert "data-quick-exit" in first_link.group(0)


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_page_titles_are_neutral(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    titles = re.findall(r"<title>(.*?)</title>", html, flags=re.S)
    assert titles == ["Notes"]


@pytest.mark.django_db
def test_barrier_page_shows_practices_with_numbered_steps(client: Client) -> None:
    html = client.get("/barriers/fear-of-conflict/").content.decode()
    assert html.count('class="steps"') >= 4
    assert "When to look for professional help" in html


@pytest.mark.django_db
def test_unknown_barrier_is_a_friendly_404(client: Client) -> None:
    response = client.get("/barriers/not-a-barrier/")
    assert response.status_code == 404
    assert b"Traceback" not in response.content


@pytest.mark.django_db
def test_health_endpoint_touches_the_database(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "head"])
def test_health_endpoint_answers_get_and_head_after_asking_the_database(
    client: Client, method: str
) -> None:
    # Load balancers often probe with HEAD; both must still reach the database.
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)("/healthz")
    assert response.status_code == 200
    assert [q["sql"] for q in queries.captured_queries] == ["SELECT 1"]


@pytest.mark.django_db
def test_health_endpoint_refuses_changes(client: Client) -> None:
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_favicon_is_served_by_the_app(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(".svg")


@pytest.mark.django_db
def test_pages_load_nothing_from_outside(client: Client) -> None:
    for url in PUBLIC_PAGES:
        html = client.get(url).content.decode()
        for attribute in re.findall(r'(?:src|href)="([^"]+)"', html):
            if attribute.startswith(("http://", "https://", "//")):
                # Only the quick-exit destination may point elsewhere; it is a navigation.
                assert "wikipedia.org" in attribute, (url, attribute)
