"""The results page keeps its rendered body per process (checkups.views.results, for the load
targets in issue 5). What it shows must stay exactly what rendering afresh would show."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.middleware.csrf import _unmask_cipher_token  # type: ignore[attr-defined]
from django.test import Client

from nearer.accounts.models import User
from nearer.checkups import services
from nearer.checkups.models import Checkup
from nearer.web.catalog import site_catalog


def _finish(user: User, value: int) -> Checkup:
    catalog = site_catalog()
    checkup = services.checkup_start(user=user)
    for page in services.checkup_pages(catalog):
        items = catalog.safety.items if page.is_safety else page.items
        answers: dict[str, object] = {i.id: 1 if page.is_safety else value for i in items}
        services.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
    services.checkup_complete(catalog=catalog, checkup=checkup)
    return checkup


def _main(html: str) -> str:
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


@pytest.mark.django_db
def test_a_second_visit_shows_the_same_results(
    client: Client, make_user: Callable[[str], User]
) -> None:
    user = make_user("again@example.org")
    _finish(user, 2)
    checkup = _finish(user, 4)
    client.force_login(user)
    first = client.get(f"/checkup/{checkup.pk}/results/").content.decode()
    second = client.get(f"/checkup/{checkup.pk}/results/").content.decode()
    assert "Compared with" in first
    assert _main(first) == _main(second)


@pytest.mark.django_db
def test_every_form_on_the_results_page_carries_the_current_csrf_secret(
    make_user: Callable[[str], User],
) -> None:
    user = make_user("csrf@example.org")
    checkup = _finish(user, 3)
    for _ in range(2):  # the second sign-in gets a new secret; the kept body must not matter
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        html = client.get(f"/checkup/{checkup.pk}/results/").content.decode()
        secret = client.cookies["csrftoken"].value
        tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert tokens
        assert all(_unmask_cipher_token(token) == secret for token in tokens)


@pytest.mark.django_db
def test_the_results_follow_a_change_to_the_earlier_checkup(
    client: Client, make_user: Callable[[str], User]
) -> None:
    user = make_user("earlier@example.org")
    earlier = _finish(user, 2)
    checkup = _finish(user, 4)
    client.force_login(user)
    assert "Compared with" in client.get(f"/checkup/{checkup.pk}/results/").content.decode()
    earlier.delete()
    assert "Compared with" not in client.get(f"/checkup/{checkup.pk}/results/").content.decode()


@pytest.mark.django_db
def test_people_with_the_same_answers_each_see_only_their_own_results(
    make_user: Callable[[str], User],
) -> None:
    pages = {}
    for email in ("a@example.org", "b@example.org"):
        user = make_user(email)
        checkup = _finish(user, 4)
        client = Client()
        client.force_login(user)
        pages[email] = (checkup.pk, client.get(f"/checkup/{checkup.pk}/results/").content)
        other = Client()
        other.force_login(make_user(f"other-{email}"))
        assert other.get(f"/checkup/{checkup.pk}/results/").status_code == 404
    (pk_a, html_a), (pk_b, html_b) = pages.values()
    assert f"/checkup/{pk_a}/chart.svg".encode() in html_a
    assert f"/checkup/{pk_b}/chart.svg".encode() in html_b
    assert f"/checkup/{pk_a}/".encode() not in html_b


@pytest.mark.django_db
def test_answer_sets_keep_scored_and_safety_answers_apart(
    make_user: Callable[[str], User],
) -> None:
    checkup = _finish(make_user("sets@example.org"), 3)
    answers, safety = services.checkup_answer_sets(checkup=checkup)
    assert answers == services.checkup_answers(checkup=checkup)
    assert safety == services.checkup_safety_answers(checkup=checkup)
    assert answers and safety and not set(answers) & set(safety)


def _checked(html: str) -> dict[str, str]:
    return dict(re.findall(r'name="([^"]+)" value="(\d)"\s+checked', html))


@pytest.mark.django_db
def test_a_checkup_page_shows_each_persons_own_choices(
    make_user: Callable[[str], User],
) -> None:
    catalog = site_catalog()
    first = services.checkup_pages(catalog)[0]
    seen = []
    for email, value in (("one@example.org", 2), ("two@example.org", 5), ("three@example.org", 0)):
        user = make_user(email)
        checkup = services.checkup_start(user=user)
        if value:
            services.checkup_save_page(
                catalog=catalog,
                checkup=checkup,
                page=first,
                answers={item.id: value for item in first.items},
            )
        client = Client()
        client.force_login(user)
        seen.append(_checked(client.get(f"/checkup/{checkup.pk}/page/1/").content.decode()))
    assert seen[0] == {item.id: "2" for item in first.items}
    assert seen[1] == {item.id: "5" for item in first.items}
    assert seen[2] == {}


@pytest.mark.django_db
def test_a_checkup_page_with_a_bad_choice_marks_that_question(
    client: Client, make_user: Callable[[str], User]
) -> None:
    user = make_user("bad@example.org")
    checkup = services.checkup_start(user=user)
    client.force_login(user)
    first = services.checkup_pages(site_catalog())[0]
    data = {item.id: "3" for item in first.items} | {first.items[0].id: "9"}
    response = client.post(f"/checkup/{checkup.pk}/page/1/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert html.count('class="errorlist"') == 1
    assert 'aria-describedby="error-1"' in html
    assert _checked(html) == {item.id: "3" for item in first.items[1:]}
