"""The plain-words device summary on the sessions page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nearer.accounts.devices import UNKNOWN, device_summary

BROWSERS = {"Edge", "Opera", "Samsung Internet", "Vivaldi", "Firefox", "Chrome", "Chromium"}
BROWSERS |= {"Safari", "A browser"}
SYSTEMS = {"iPhone", "iPad", "Android", "Windows", "ChromeOS", "Mac", "Linux"}


@pytest.mark.parametrize(
    ("user_agent", "summary"),
    [
        (
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36",
            "Chrome on Linux",
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Edge on Windows",
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like "
            "Gecko) Version/17.5 Safari/605.1.15",
            "Safari on Mac",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1",
            "Chrome on iPhone",
        ),
        (
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            "Samsung Internet on Android",
        ),
        (
            "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0",
            "Firefox on Android",
        ),
        (
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36",
            "Chrome on ChromeOS",
        ),
        ("curl/8.5.0", "A program (not a browser)"),
        ("python-requests/2.32", "A program (not a browser)"),
        ("Mozilla/5.0 (Windows NT 10.0)", "A browser on Windows"),
        ("", UNKNOWN),
        (None, UNKNOWN),
        ("???", UNKNOWN),
    ],
)
def test_common_browsers_are_named_in_plain_words(user_agent: str | None, summary: str) -> None:
    assert device_summary(user_agent) == summary


@given(st.text(max_size=2000))
def test_the_summary_is_always_short_and_made_only_of_known_words(user_agent: str) -> None:
    summary = device_summary(user_agent)
    assert len(summary) <= 60
    if summary in (UNKNOWN, "A program (not a browser)"):
        return
    browser, _, system = summary.partition(" on ")
    assert browser in BROWSERS
    assert system == "" or system in SYSTEMS
