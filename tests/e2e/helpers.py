"""Helpers for the browser tests: a person in a browser, the accessibility check, and data made
through the services for pages whose set-up is not what a test is about."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.test import Client
from playwright.sync_api import ConsoleMessage, Page

from nearer.accounts.models import User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.checkins import services as checkins
from nearer.checkups import services as checkups
from nearer.checkups.models import Checkup
from nearer.core.catalog import BARRIER_SLUGS
from nearer.couples import services as couples
from nearer.insight import services as insight
from nearer.web.catalog import site_catalog
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("NEARER_CHROMIUM", "/usr/bin/chromium")
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
WIDTH = 1100


# Runs inside the page: serious and critical WCAG 2 A/AA violations, in a compact form.
AXE_RUN = """async () => {
    const result = await axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']},
        resultTypes: ['violations'],
    });
    return result.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
        }));
}"""

DANGLING = """() => {
    const missing = [];
    for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
        for (const el of document.querySelectorAll(`[${attr}]`)) {
            for (const id of el.getAttribute(attr).split(/\\s+/).filter(Boolean)) {
                if (!document.getElementById(id)) {
                    missing.push(`${el.tagName.toLowerCase()}#${el.id} ${attr}="${id}"`);
                }
            }
        }
    }
    return missing;
}"""


@dataclass
class Visitor:
    """One browser context (one person's browser), noting anything the console reports:
    errors and warnings, CSP violations among them, uncaught script errors and dialogs."""

    page: Page
    email: str = ""
    problems: list[str] = field(default_factory=list)

    def watch(self) -> None:
        def on_console(message: ConsoleMessage) -> None:
            if message.type in ("error", "warning"):
                self.problems.append(f"console {message.type} on {self.page.url}: {message.text}")

        self.page.on("console", on_console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("dialog", lambda dialog: self.problems.append(f"dialog: {dialog.message}"))

    def goto(self, path: str) -> None:
        response = self.page.goto(path)
        assert response is not None, path
        assert response.status == 200, f"{path}: HTTP {response.status} at {self.page.url}"

    def status_of(self, path: str) -> int:
        """The status of a GET with this person's cookies, without following redirects."""
        return self.page.request.get(path, max_redirects=0).status

    def sign_up(self, email: str) -> None:
        self.goto("/accounts/signup/")
        self.page.fill("#id_email", email)
        self.page.fill("#id_password1", PASSWORD)
        self.page.fill("#id_password2", PASSWORD)
        self.page.click("main button[type=submit]")
        self.page.wait_for_url("**/checkup/")
        self.email = email

    def confirm_password_if_asked(self) -> None:
        """Re-enter the password when a sensitive step asks for it."""
        if "/accounts/confirm-password/" in self.page.url:
            self.page.fill("#id_password", PASSWORD)
            self.page.click("main button[type=submit]")
            self.page.wait_for_load_state()

    def main_text(self) -> str:
        return self.page.inner_text("main")

    def axe_violations(self, axe_source: str) -> list[dict[str, Any]]:
        """Serious and critical WCAG 2 A/AA violations on the current page."""
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            # add_script_tag would be blocked by the CSP (rightly); evaluate is not.
            self.page.evaluate(axe_source)
        found: list[dict[str, Any]] = self.page.evaluate(AXE_RUN)
        return found

    def dangling_references(self) -> list[str]:
        """Attributes that point at an element id that is not on the page (axe only lists
        these as "needs review"): a screen reader then silently skips the help or label."""
        found: list[str] = self.page.evaluate(DANGLING)
        return found

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


def describe(violations: list[dict[str, Any]]) -> str:
    """Violations as lines of rule id, impact, help and the elements (CSS targets)."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:8]:
            lines.append(f"    {node['target']}")
            summary = " ".join((node["summary"] or "").split())
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


def signed_in_visitor(visitor: Callable[[], Visitor], base_url: str, user: User) -> Visitor:
    """A browser already signed in as ``user``, with the password just confirmed. Signing in
    through the pages is what the journey test does; elsewhere this saves time."""
    client = Client()
    client.force_login(user)
    session = client.session
    session[CONFIRMED_AT] = int(time.time())
    session.save()
    person = visitor()
    person.page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base_url,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )
    person.email = user.email
    return person


# --- Data made through the services ------------------------------------------------------------


def answer_for(keyed: int, points: int) -> int:
    """The answer (1..5) that gives an item ``points`` (0..4) toward its barrier."""
    return points + 1 if keyed == 1 else 5 - points


def finished_checkup(user: User, points: Mapping[str, int]) -> Checkup:
    """A completed check-up: every item pulls ``points`` toward its barrier; satisfaction
    items "Agree"; safety items "Never"."""
    catalog = site_catalog()
    checkup = checkups.checkup_start(user=user)
    for page in checkups.checkup_pages(catalog):
        answers: dict[str, object]
        if page.is_safety:
            answers = {item.id: 1 for item in catalog.safety.items}
        else:
            answers = {
                item.id: 4 if item.barrier is None else answer_for(item.keyed, points[item.barrier])
                for item in page.items
            }
        checkups.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
    checkups.checkup_complete(catalog=catalog, checkup=checkup)
    return checkup


#: Two partners who agree on some barriers and see others differently.
A_POINTS = dict.fromkeys(BARRIER_SLUGS, 1) | {
    "fear-of-conflict": 4,
    "emotional-burnout": 3,
    "neglecting-quality-time": 4,
    "lack-of-physical-affection": 0,
}
B_POINTS = dict.fromkeys(BARRIER_SLUGS, 1) | {
    "fear-of-conflict": 4,
    "emotional-burnout": 3,
    "neglecting-quality-time": 1,
    "lack-of-physical-affection": 4,
}


@dataclass
class World:
    ana: User
    ben: User
    finished: Checkup
    open_checkup: Checkup


def make_world() -> World:
    """Ana and Ben, linked, both shared, with an agreed focus and plans; Ana also has a
    check-in, a journal entry and a second check-up under way."""
    ana = User.objects.create_user(email="ana@example.org", password=PASSWORD)
    ben = User.objects.create_user(email="ben@example.org", password=PASSWORD)
    finished = finished_checkup(ana, A_POINTS)
    theirs = finished_checkup(ben, B_POINTS)
    created = couples.invitation_create(user=ana)
    couples.invitation_accept(invitation=created.invitation, user=ben)
    couples.share_create(user=ana, checkup=finished)
    couples.share_create(user=ben, checkup=theirs)
    proposal = couples.focus_propose(user=ana, barriers=["fear-of-conflict", "emotional-burnout"])
    couples.focus_accept(user=ben, proposal=proposal)
    catalog = site_catalog()
    checkins.checkin_save(
        catalog=catalog, user=ana, answers={item.id: 3 for item in catalog.checkin_items}
    )
    insight.journal_entry_create(
        user=ana, title="Sunday", body="We talked for an hour after dinner. It felt easier."
    )
    open_checkup = checkups.checkup_start(user=ana)
    return World(ana=ana, ben=ben, finished=finished, open_checkup=open_checkup)
