"""The check-up with the keyboard alone: the skip link, Tab between questions, Space and the
arrow keys to choose, Enter to save. No mouse anywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nearer.accounts.models import User
from nearer.checkups import services as checkups
from nearer.checkups.models import Checkup
from nearer.web.catalog import site_catalog
from tests.conftest import PASSWORD
from tests.e2e.helpers import Visitor, signed_in_visitor

pytestmark = pytest.mark.e2e

FOCUSED = """() => {
    const el = document.activeElement;
    return {tag: el.tagName.toLowerCase(), type: el.type || '', name: el.name || '',
            value: el.value || '', id: el.id, text: (el.innerText || '').trim(),
            outline: getComputedStyle(el).outlineStyle};
}"""


def focused(person: Visitor) -> dict[str, str]:
    result: dict[str, str] = person.page.evaluate(FOCUSED)
    return result


def skip_to_content(person: Visitor) -> None:
    keyboard = person.page.keyboard
    keyboard.press("Tab")
    assert focused(person)["id"] == "quick-exit"
    keyboard.press("Tab")
    assert focused(person)["text"] == "Skip to content"
    keyboard.press("Enter")
    assert focused(person)["id"] == "main"


def test_a_checkup_page_can_be_answered_and_saved_with_the_keyboard_alone(
    visitor: Callable[[], Visitor], live_server: Any, transactional_db: None
) -> None:
    user = User.objects.create_user(email="kai@example.org", password=PASSWORD)
    person = signed_in_visitor(visitor, live_server.url, user)
    keyboard = person.page.keyboard
    person.goto("/checkup/")

    # From the top of the page to the start button.
    skip_to_content(person)
    for _ in range(10):
        keyboard.press("Tab")
        if focused(person)["text"] == "Start the check-up":
            break
    else:
        pytest.fail("Tab never reached the start button")
    keyboard.press("Enter")
    person.page.wait_for_url("**/page/1/")

    # Each question is one Tab stop; Space picks the first answer, each ArrowDown the next.
    skip_to_content(person)
    names = person.page.eval_on_selector_all(
        "main form input[type=radio]", "inputs => [...new Set(inputs.map(i => i.name))]"
    )
    assert len(names) >= 2
    wanted: dict[str, int] = {}
    for index, name in enumerate(names):
        keyboard.press("Tab")
        now = focused(person)
        assert (now["type"], now["name"]) == ("radio", name)
        assert now["outline"] != "none"  # the focus can be seen
        keyboard.press("Space")
        for _ in range(index % 5):
            keyboard.press("ArrowDown")
        wanted[name] = 1 + index % 5
        assert focused(person)["value"] == str(wanted[name])
    keyboard.press("Tab")
    assert focused(person)["text"] == "Save and continue"
    keyboard.press("Enter")
    person.page.wait_for_url("**/page/2/")

    checkup = Checkup.objects.get(user=user)
    assert checkups.checkup_answers(checkup=checkup) == wanted
    assert len(checkups.checkup_pages(site_catalog())[0].items) == len(wanted)
    assert person.problems == []
