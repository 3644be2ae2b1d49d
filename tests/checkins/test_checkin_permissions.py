"""Every check-in URL × (anonymous, owner, another person) × (GET, POST): 0 unexpected 2xx.

Progress pages have no id in their URL: everyone signed in sees their own. So "another
person" may open them, and must find none of the owner's data there; a URL that names the
owner's check-in answers 404 to anyone else (never confirming that it exists).
"""

from __future__ import annotations

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.checkins import urls
from nearer.checkins.models import Checkin
from nearer.core.catalog import Catalog

from .conftest import AddCheckins

ROLES = ["anonymous", "owner", "stranger"]
METHODS = ["get", "post"]
URLS = [
    "/progress/",
    "/progress/checkin/",
    "/progress/barriers.svg",
    "/progress/satisfaction.svg",
    "/progress/checkins/{pk}/remove/",
]

# The expected answer for each (url, role, method); anonymous visitors always go to sign in.
EXPECTED: dict[tuple[str, str, str], int] = {}
for _url in URLS:
    for _method in METHODS:
        EXPECTED[(_url, "anonymous", _method)] = 302
EXPECTED.update(
    {
        ("/progress/", "owner", "get"): 200,
        ("/progress/", "owner", "post"): 405,
        ("/progress/", "stranger", "get"): 200,  # their own, empty progress page
        ("/progress/", "stranger", "post"): 405,
        ("/progress/checkin/", "owner", "get"): 200,
        ("/progress/checkin/", "owner", "post"): 302,
        ("/progress/checkin/", "stranger", "get"): 200,  # their own check-in form
        ("/progress/checkin/", "stranger", "post"): 302,  # saves their own check-in
        ("/progress/barriers.svg", "owner", "get"): 200,
        ("/progress/barriers.svg", "owner", "post"): 405,
        ("/progress/barriers.svg", "stranger", "get"): 200,  # their own, empty chart
        ("/progress/barriers.svg", "stranger", "post"): 405,
        ("/progress/satisfaction.svg", "owner", "get"): 200,
        ("/progress/satisfaction.svg", "owner", "post"): 405,
        ("/progress/satisfaction.svg", "stranger", "get"): 200,
        ("/progress/satisfaction.svg", "stranger", "post"): 405,
        ("/progress/checkins/{pk}/remove/", "owner", "get"): 200,
        ("/progress/checkins/{pk}/remove/", "owner", "post"): 302,
        ("/progress/checkins/{pk}/remove/", "stranger", "get"): 404,
        ("/progress/checkins/{pk}/remove/", "stranger", "post"): 404,
    }
)
CASES = [(url, role, method) for url in URLS for role in ROLES for method in METHODS]


def test_the_matrix_covers_every_checkins_url() -> None:
    routes = {str(pattern.pattern) for pattern in urls.urlpatterns}
    assert {f"/progress/{r}".replace("<int:pk>", "{pk}") for r in routes} == set(URLS)
    assert set(EXPECTED) == set(CASES)


@pytest.fixture
def owners_data(owner: User, add_checkins: AddCheckins) -> list[Checkin]:
    # Value 5 on every statement: the owner's tables would show 100 and 0.
    return add_checkins(owner, 3, value=5)


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "role", "method"), CASES)
def test_each_url_answers_each_person_as_expected(
    client: Client,
    catalog: Catalog,
    owner: User,
    stranger: User,
    owners_data: list[Checkin],
    url: str,
    role: str,
    method: str,
) -> None:
    if role != "anonymous":
        client.force_login(owner if role == "owner" else stranger)
    owners_before = list(
        Checkin.objects.filter(user=owner).order_by("pk").values("pk", "day", "answers", "scores")
    )
    concrete = url.format(pk=owners_data[0].pk)
    data = {catalog.satisfaction_items[0].id: "2"} if method == "post" else None
    response = getattr(client, method)(concrete, data)

    assert response.status_code == EXPECTED[(url, role, method)], response.status_code
    if role == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    if role != "owner":
        # Nothing of the owner's changed, and nothing of theirs is shown.
        after = (
            Checkin.objects.filter(user=owner)
            .order_by("pk")
            .values("pk", "day", "answers", "scores")
        )
        assert list(after) == owners_before
        if 200 <= response.status_code < 300:
            content = response.content.decode()
            assert "<td>100</td>" not in content
            assert "Weekly check-in</td>" not in content
            assert f"/progress/checkins/{owners_data[0].pk}/" not in content


@pytest.mark.django_db
def test_there_are_no_unexpected_successes_anywhere_in_the_matrix(
    catalog: Catalog,
    owner: User,
    stranger: User,
    owners_data: list[Checkin],
) -> None:
    unexpected = []
    for url, role, method in CASES:
        client = Client()
        if role != "anonymous":
            client.force_login(owner if role == "owner" else stranger)
        # The owner's remove POST would delete the sample; each case gets a fresh one.
        sample = Checkin.objects.filter(user=owner).order_by("pk").first()
        assert sample is not None
        data = {catalog.satisfaction_items[0].id: "2"} if method == "post" else None
        status = getattr(client, method)(url.format(pk=sample.pk), data).status_code
        ok = 200 <= status < 300
        if ok and EXPECTED[(url, role, method)] != status:
            unexpected.append((url, role, method, status))
        if not Checkin.objects.filter(user=owner).exists():
            Checkin.objects.create(user=owner, day=sample.day, answers={}, scores={})
    assert unexpected == []
