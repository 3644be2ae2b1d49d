"""Quick exit, in a real browser: it replaces the private page with the configured neutral site,
and the back button does not bring the private page back (location.replace). The neutral site
here is a page of the live server, so nothing leaves the machine."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nearer.accounts.models import User
from tests.conftest import PASSWORD
from tests.e2e.helpers import Visitor, signed_in_visitor

pytestmark = pytest.mark.e2e

NEUTRAL = "/barriers/"


@pytest.fixture
def person(
    settings: Any, live_server: Any, visitor: Callable[[], Visitor], transactional_db: None
) -> Visitor:
    settings.NEARER_QUICK_EXIT_URL = live_server.url + NEUTRAL
    user = User.objects.create_user(email="dana@example.org", password=PASSWORD)
    person = signed_in_visitor(visitor, live_server.url, user)
    # A public page first, then a private one: the history the back button works with.
    person.goto("/")
    person.goto("/journal/")
    assert person.page.inner_text("h1") == "Journal"
    return person


def _path(person: Visitor, live_server: Any) -> str:
    url = person.page.url
    assert url.startswith(live_server.url), url
    return url[len(live_server.url) :]


def test_clicking_quick_exit_leaves_and_back_does_not_return(
    person: Visitor, live_server: Any
) -> None:
    person.page.click("#quick-exit")
    person.page.wait_for_url(f"**{NEUTRAL}")
    person.page.go_back()
    person.page.wait_for_load_state()
    assert _path(person, live_server) == "/"
    assert person.problems == []


def test_pressing_escape_twice_leaves_and_back_does_not_return(
    person: Visitor, live_server: Any
) -> None:
    person.page.keyboard.press("Escape")
    person.page.keyboard.press("Escape")
    person.page.wait_for_url(f"**{NEUTRAL}")
    person.page.go_back()
    person.page.wait_for_load_state()
    assert _path(person, live_server) == "/"


def test_a_single_escape_stays_on_the_page(person: Visitor, live_server: Any) -> None:
    person.page.keyboard.press("Escape")
    person.page.wait_for_timeout(1000)  # longer than the double-press window
    person.page.keyboard.press("Escape")
    person.page.wait_for_timeout(300)
    assert _path(person, live_server) == "/journal/"


def test_quick_exit_is_the_first_thing_tab_reaches_and_enter_leaves(
    person: Visitor, live_server: Any
) -> None:
    person.page.keyboard.press("Tab")
    focused = person.page.evaluate(
        "() => ({id: document.activeElement.id, outline: getComputedStyle(document.activeElement)"
        ".outlineStyle})"
    )
    assert focused["id"] == "quick-exit"
    assert focused["outline"] != "none"  # a visible focus ring
    person.page.keyboard.press("Enter")
    person.page.wait_for_url(f"**{NEUTRAL}")
    person.page.go_back()
    person.page.wait_for_load_state()
    assert _path(person, live_server) == "/"
