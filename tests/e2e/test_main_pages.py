"""Every main page in a real browser: no serious or critical WCAG 2 A/AA violations (axe-core),
no label or description pointing at nothing, nothing in the console (a CSP violation shows up
there), and a full-page screenshot under var/screenshots/ for people to look at."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nearer.accounts.models import User
from nearer.checkups import services as checkups
from nearer.insight import services as insight
from nearer.web.catalog import site_catalog
from tests.conftest import PASSWORD
from tests.e2e.helpers import Visitor, World, describe, signed_in_visitor

pytestmark = pytest.mark.e2e

Where = str | Callable[[World], str]


def _last_page(world: World) -> str:
    count = len(checkups.checkup_pages(site_catalog()))
    return f"/checkup/{world.open_checkup.pk}/page/{count}/"


def _journal_entry(world: World) -> str:
    entry = insight.journal_entries(user=world.ana).get()
    return f"/journal/{entry.pk}/"


#: name (the screenshot's file name) → who looks (None: signed out, "ana": in a couple with a
#: plan, "new": just signed up), and the page.
PAGES: dict[str, tuple[str | None, Where]] = {
    "home": (None, "/"),
    "privacy": (None, "/privacy/"),
    "barriers": (None, "/barriers/"),
    "barrier": (None, "/barriers/fear-of-conflict/"),
    "sign-in": (None, "/accounts/login/"),
    "sign-up": (None, "/accounts/signup/"),
    "password-reset": (None, "/accounts/password-reset/"),
    "checkups-first": ("new", "/checkup/"),
    "checkups": ("ana", "/checkup/"),
    "checkup-page": ("ana", lambda w: f"/checkup/{w.open_checkup.pk}/page/1/"),
    "checkup-safety-page": ("ana", _last_page),
    "results": ("ana", lambda w: f"/checkup/{w.finished.pk}/results/"),
    "progress-first": ("new", "/progress/"),
    "progress": ("ana", "/progress/"),
    "checkin": ("ana", "/progress/checkin/"),
    "together-first": ("new", "/together/"),
    "together-invite": ("new", "/together/invite/"),
    "together-join": ("new", "/together/join/"),
    "together": ("ana", "/together/"),
    "couple": ("ana", "/together/couple/"),
    "focus-alone": ("ana", "/together/focus/alone/"),
    "plan-first": ("new", "/plan/"),
    "plan": ("ana", "/plan/"),
    "plan-weeks": ("ana", "/plan/weeks/"),
    "plan-calendar": ("ana", "/plan/calendar/"),
    "plan-reminders": ("ana", "/plan/reminders/"),
    "journal": ("ana", "/journal/"),
    "journal-new": ("ana", "/journal/new/"),
    "journal-entry": ("ana", _journal_entry),
    "coach": ("ana", "/coach/"),
    "account": ("ana", "/accounts/"),
    "account-sessions": ("ana", "/accounts/sessions/"),
    "account-password": ("ana", "/accounts/password/"),
    "account-email": ("ana", "/accounts/email/"),
    "account-access-log": ("ana", "/accounts/access-log/"),
    "account-confirm-password": ("ana", "/accounts/confirm-password/?next=/my-data/"),
    "api-tokens": ("ana", "/api-tokens/"),
    "api-tokens-new": ("ana", "/api-tokens/new/"),
    "my-data": ("ana", "/my-data/"),
    "my-data-delete": ("ana", "/my-data/delete/"),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_page_is_accessible_quiet_and_photographed(
    name: str,
    request: pytest.FixtureRequest,
    visitor: Callable[[], Visitor],
    live_server: Any,
    axe_source: str,
) -> None:
    who, where = PAGES[name]
    if who == "ana":
        world: World = request.getfixturevalue("world")
        person = signed_in_visitor(visitor, live_server.url, world.ana)
        path = where if isinstance(where, str) else where(world)
    else:
        assert isinstance(where, str)
        path = where
        if who == "new":
            newcomer = User.objects.create_user(email="new@example.org", password=PASSWORD)
            person = signed_in_visitor(visitor, live_server.url, newcomer)
        else:
            person = visitor()
    person.goto(path)
    person.page.wait_for_load_state("load")
    assert person.page.url == live_server.url + path, f"{path} went to {person.page.url}"
    person.screenshot(name)
    violations = person.axe_violations(axe_source)
    dangling = person.dangling_references()
    problems = list(person.problems)
    assert not violations, f"{path} ({person.page.url}):\n{describe(violations)}"
    assert not dangling, f"{path}: references to nothing: {dangling}"
    assert not problems, f"{path}: " + "\n".join(problems)


def test_the_accessibility_check_itself_finds_a_known_problem(
    visitor: Callable[[], Visitor], axe_source: str
) -> None:
    # So that "no violations" above means the pages are fine, not that axe never ran.
    person = visitor()
    person.page.set_content("<html><body><img src='x.png'><input type='text'></body></html>")
    found = {violation["id"] for violation in person.axe_violations(axe_source)}
    assert {"image-alt", "label", "html-has-lang"} <= found


#: Forms sent empty (or wrong), to check the pages that say what needs fixing.
FORMS: dict[str, tuple[str | None, str]] = {
    "sign-up-errors": (None, "/accounts/signup/"),
    "sign-in-errors": (None, "/accounts/login/"),
    "checkin-errors": ("new", "/progress/checkin/"),
    "journal-new-errors": ("new", "/journal/new/"),
    "together-join-errors": ("new", "/together/join/"),
    "plan-start-errors": ("new", "/plan/start/"),
    "account-password-errors": ("new", "/accounts/password/"),
}


@pytest.mark.parametrize("name", list(FORMS))
def test_a_form_with_mistakes_is_accessible_too(
    name: str,
    visitor: Callable[[], Visitor],
    live_server: Any,
    axe_source: str,
    transactional_db: None,
) -> None:
    who, path = FORMS[name]
    if who is None:
        person = visitor()
    else:
        newcomer = User.objects.create_user(email="new@example.org", password=PASSWORD)
        person = signed_in_visitor(visitor, live_server.url, newcomer)
    person.goto(path)
    if name == "sign-in-errors":
        person.page.fill("#id_username", "nobody@example.org")
        person.page.fill("#id_password", "not the password")
    if name == "together-join-errors":
        person.page.fill("#id_code", "WRONG-CODE")
    with person.page.expect_navigation():
        person.page.click("main form button[type=submit] >> nth=-1")
    assert person.page.locator("[role=alert]").count() >= 1, "no message about the mistake"
    person.screenshot(name)
    violations = person.axe_violations(axe_source)
    dangling = person.dangling_references()
    assert not violations, f"{path} after sending:\n{describe(violations)}"
    assert not dangling, f"{path}: references to nothing: {dangling}"
    # An invalid form answers 400 or 200, which Chromium may note; nothing else may appear.
    assert [p for p in person.problems if "status of 400" not in p] == []


def test_the_console_watch_itself_catches_a_csp_violation(
    visitor: Callable[[], Visitor], transactional_db: None
) -> None:
    # So that "no console problems" above means the CSP held, not that nothing was listening.
    person = visitor()
    person.goto("/")
    person.page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.ran = true'; document.body.appendChild(s); }"
    )
    person.page.wait_for_timeout(200)
    assert person.page.evaluate("() => window.ran === undefined")
    assert any("Content Security Policy" in problem for problem in person.problems)
