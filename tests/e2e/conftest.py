"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Run with `make e2e` (it installs axe-core with `npm ci` first); `make test` leaves them out
(`-m "not e2e"`). Every test here uses the live server, so it gets a transactional database:
what a test writes through the services is visible to the server's threads and the other way
round, and the database is emptied after each test. Static files are served unhashed
(StaticFilesStorage, the non-production default) and the CSP is the real one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import BrowserContext

from tests.e2e.helpers import AXE_PATH, CHROMIUM, WIDTH, Visitor, World, make_world


@pytest.fixture(autouse=True, scope="session")
def allow_sync_database_access() -> Iterator[None]:
    # Playwright's sync API runs an event loop in the test thread, and Django refuses database
    # access from a thread with a running loop (even to create the test database, hence the
    # session scope). Set only while browser tests run: `make test` deselects them all.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium is not at {CHROMIUM}: install Debian's `chromium` package"
            " (or point NEARER_CHROMIUM at it). `playwright install` cannot work here."
        )
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


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any], live_server: Any) -> dict[str, Any]:
    return {
        **browser_context_args,
        "base_url": live_server.url,
        "viewport": {"width": WIDTH, "height": 900},
        "locale": "en-GB",
        "timezone_id": "UTC",
    }


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_PATH.exists():
        pytest.fail(f"{AXE_PATH} is missing: run `npm ci` at the repository root (make e2e does)")
    return AXE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def visitor(new_context: Callable[..., BrowserContext]) -> Callable[[], Visitor]:
    """Open a fresh browser context (a separate person, with their own cookies) per call.
    pytest-playwright closes them, and keeps screenshots of failures with --screenshot."""

    def make() -> Visitor:
        context = new_context()
        context.set_default_timeout(15_000)
        person = Visitor(context.new_page())
        person.watch()
        return person

    return make


@pytest.fixture
def world(transactional_db: None) -> World:
    return make_world()
