"""The journal and coach in a real browser (Debian's Chromium), under the real CSP.

Run with `pytest -m e2e tests/insight`; `make test` leaves browser tests out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tests.conftest import PASSWORD

from nearer.accounts.models import User

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(autouse=True, scope="session")
def allow_sync_database_access() -> Iterator[None]:
    # Playwright's sync API runs an event loop in the test thread; Django would refuse
    # database access from it (even creating the test database, hence session scope). Only
    # set when a browser test actually runs: `make test` deselects them.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture
def signed_in(page: Any, live_server: Any, make_user: Callable[[str], User]) -> Any:
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed")
    user = make_user("browser@example.org")
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.problems = problems
    page.base = live_server.url
    return page


def test_the_coach_gives_live_feedback_and_builds_a_gentle_start_up(signed_in: Any) -> None:
    page = signed_in
    page.goto(f"{page.base}/coach/")
    page.click("#id_message")
    page.keyboard.type("You never help with the dishes. I feel so tired.", delay=5)
    page.wait_for_selector("#coach-feedback mark", timeout=10_000)
    assert "May land as criticism" in page.inner_text("#coach-feedback")
    assert page.input_value("#id_feeling") == "worn out"
    page.fill("#id_need", "us to take turns after dinner")
    page.click("button[value=compose]")
    page.wait_for_selector("#composed-heading")
    assert (
        "I feel worn out about when you don't help with the dishes, and I need us to take turns"
        in page.inner_text("main")
    )
    assert page.problems == []


def test_a_journal_entry_is_written_highlighted_and_deleted(signed_in: Any) -> None:
    page = signed_in
    page.goto(f"{page.base}/journal/")
    page.select_option("#prompt-barrier", "neglecting-quality-time")
    page.click("text=Give me a prompt")
    page.fill("#id_title", "<script>alert(1)</script>")
    page.fill("#id_body", "We never spend time together anymore. We sit on our phones.")
    page.click("main button[type=submit]")
    page.wait_for_selector("text=What this entry may touch on")
    assert page.inner_text("h1") == "<script>alert(1)</script>"
    assert page.locator(".entry-body mark").count() >= 1
    page.click("text=Delete")
    page.click("text=Yes, delete it")
    page.wait_for_selector("text=The entry is deleted")
    assert page.problems == []
