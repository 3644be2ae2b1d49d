"""No page here runs more queries for a longer history: 1 and 50 check-ins cost the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from nearer.accounts.models import User
from nearer.checkins import services
from nearer.checkins.models import Checkin
from nearer.web.catalog import site_catalog

from .conftest import AddCheckins, AddCheckup

URLS = [
    "/progress/",
    "/progress/barriers.svg",
    "/progress/satisfaction.svg",
    "/progress/checkin/",
]


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_one_and_fifty_checkins_cost_the_same_number_of_queries(
    client: Client,
    make_user: Callable[[str], User],
    add_checkins: AddCheckins,
    add_checkup: AddCheckup,
    url: str,
) -> None:
    short = make_user("short@example.org")
    long = make_user("long@example.org")
    add_checkins(short, 1)
    add_checkup(short, completed_at=timezone.now() - timedelta(days=3))
    add_checkins(long, 50)
    for days in range(1, 400, 40):
        add_checkup(long, completed_at=timezone.now() - timedelta(days=days))
    assert Checkin.objects.filter(user=long).count() == 50

    client.force_login(short)
    queries(client, url)  # warm up: sessions, caches
    few = queries(client, url)
    client.force_login(long)
    queries(client, url)
    many = queries(client, url)
    assert few == many


@pytest.mark.django_db
def test_the_progress_page_reads_the_history_in_two_queries(
    django_assert_num_queries: DjangoAssertNumQueries,
    client: Client,
    owner: User,
    add_checkins: AddCheckins,
) -> None:
    add_checkins(owner, 50)
    with django_assert_num_queries(2):
        entries = services.progress_history(catalog=site_catalog(), user=owner)
    assert len(entries) == 50
