"""The whole journey through the pages, as two partners and a stranger would take it.

Two people sign up, each takes the check-up, one invites the other (re-entering the password),
the other accepts by link, both share, the couple view opens for both, they choose a focus
(one suggests, the other agrees) and both see their plan. A third person, signed in, sees none
of it. Along the way: a weekly check-in, the library, the journal and the message coach."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

from nearer.checkups.models import Checkup
from nearer.couples.models import FocusProposal
from nearer.web.catalog import site_catalog
from tests.e2e.helpers import A_POINTS, B_POINTS, Visitor, answer_for

pytestmark = pytest.mark.e2e

ANA, BEN, CLEO = "ana@example.org", "ben@example.org", "cleo@example.org"


def take_the_checkup(person: Visitor, points: Mapping[str, int]) -> None:
    """From the check-up home to the results, one page at a time, answering every statement:
    barrier items so they pull ``points`` (0..4) toward their barrier, satisfaction items
    "Agree", safety items "Never"."""
    catalog = site_catalog()
    items = {item.id: item for barrier in catalog.barriers for item in barrier.items}
    page = person.page
    person.goto("/checkup/")
    page.click("main button:has-text('Start the check-up')")
    for _ in range(30):
        page.wait_for_selector("main form fieldset.question")
        names = page.eval_on_selector_all(
            "main form input[type=radio]", "inputs => [...new Set(inputs.map(i => i.name))]"
        )
        for name in names:
            if name.startswith("safety."):
                value = 1
            elif name in items:
                item = items[name]
                assert item.barrier is not None
                value = answer_for(item.keyed, points[item.barrier])
            else:
                value = 4
            page.check(f"main input[name='{name}'][value='{value}']")
        page.click("main button[name=action][value=next]")
        page.wait_for_load_state()
        if page.url.endswith("/results/"):
            break
    else:
        pytest.fail("The check-up never reached the results page")
    assert page.inner_text("h1") == "Your profile"
    assert "Three to start with" in person.main_text()
    page.wait_for_function(
        "() => document.querySelector('img.chart').complete"
        " && document.querySelector('img.chart').naturalWidth > 0"
    )


def check_in(person: Visitor) -> None:
    page = person.page
    person.goto("/progress/checkin/")
    for fieldset in page.locator("main fieldset.question").all():
        fieldset.locator("input[type=radio]").nth(3).check()
    page.click("main button[type=submit]")
    page.wait_for_url("**/progress/")
    assert "Your check-in is saved" in person.main_text()


def visit_the_library_journal_and_coach(person: Visitor) -> None:
    page = person.page
    person.goto("/barriers/")
    page.click("main a[href='/barriers/fear-of-conflict/']")
    page.wait_for_url("**/barriers/fear-of-conflict/")
    assert page.inner_text("h1") == "Fear of conflict"

    person.goto("/journal/new/")
    page.fill("#id_title", "After the walk")
    page.fill("#id_body", "We talked about the weekend plans and it went better than I feared.")
    page.click("main button[type=submit]")
    page.wait_for_selector("h1:has-text('After the walk')")
    person.goto("/journal/")
    assert "After the walk" in person.main_text()

    person.goto("/coach/")
    assert page.locator("#id_message").is_visible()


def invite(person: Visitor) -> tuple[str, str]:
    """Make an invitation under Together; returns (code, link)."""
    page = person.page
    person.goto("/together/")
    page.click("main a:has-text('Make an invitation')")
    page.wait_for_url("**/accounts/confirm-password/**")
    person.confirm_password_if_asked()
    page.wait_for_url("**/together/invite/")
    page.click("main button:has-text('Make an invitation')")
    page.wait_for_selector("#invitation-code")
    return page.input_value("#invitation-code"), page.input_value("#invitation-link")


def share_latest(person: Visitor) -> None:
    page = person.page
    person.goto("/together/")
    page.click("main button:has-text('Share this profile')")
    page.wait_for_url("**/together/")
    assert "is shared" in person.main_text()


def test_two_partners_go_from_sign_up_to_a_shared_plan_and_a_stranger_sees_none_of_it(
    visitor: Callable[[], Visitor], live_server: Any, transactional_db: None
) -> None:
    ana, ben, cleo = visitor(), visitor(), visitor()

    # Each signs up through the real page and takes the check-up on their own.
    ana.sign_up(ANA)
    take_the_checkup(ana, A_POINTS)
    check_in(ana)
    visit_the_library_journal_and_coach(ana)
    ben.sign_up(BEN)
    take_the_checkup(ben, B_POINTS)

    # Ana invites (re-entering her password); Ben opens the link and accepts.
    code, link = invite(ana)
    assert code and link.startswith(live_server.url)
    ben.page.goto(link)
    ben.confirm_password_if_asked()
    ben.page.wait_for_url(link)
    assert "Someone invited you" in ben.main_text()
    assert ANA not in ben.main_text()  # the link says nothing about who sent it
    ben.page.click("main button:has-text('Link our accounts')")
    ben.page.wait_for_url("**/together/")
    assert "You are linked" in ben.main_text()
    assert ANA in ben.main_text()

    # Nobody goes first: after Ana shares, neither sees the other's profile yet.
    share_latest(ana)
    ana.goto("/together/couple/")
    assert "Waiting for both of you to share" in ana.main_text()
    ben.goto("/together/couple/")
    assert "Waiting for both of you to share" in ben.main_text()
    share_latest(ben)

    # The couple view opens for both.
    for person in (ana, ben):
        person.goto("/together/couple/")
        assert person.page.inner_text("h1") == "The couple view"
        assert "Both profiles" in person.main_text()
        person.page.wait_for_function(
            "() => document.querySelector('img.chart').complete"
            " && document.querySelector('img.chart').naturalWidth > 0"
        )

    # Ana suggests a focus; Ben agrees; both have a plan.
    page = ana.page
    for box in page.locator("main input[name=barrier]").all():
        box.uncheck()
    page.check("main input[name=barrier][value=fear-of-conflict]")
    page.check("main input[name=barrier][value=emotional-burnout]")
    page.click("main button:has-text('Suggest this to my partner')")
    page.wait_for_url("**/together/couple/")
    assert "Your suggestion is with your partner" in ana.main_text()

    ben.goto("/together/couple/")
    assert "Your partner suggested: Fear of conflict, Emotional burnout" in ben.main_text()
    ben.page.click("main button:has-text('Agree and make our plans')")
    ben.page.wait_for_url("**/plan/")
    for person in (ben, ana):
        person.goto("/plan/")
        text = person.main_text()
        assert person.page.inner_text("h1") == "My plan"
        assert "Focus: Fear of conflict, Emotional burnout" in text
        assert "partner" in person.page.inner_text("main p.lead")  # made as a pair

    # Cleo, signed in on her own, sees nothing of theirs anywhere.
    cleo.sign_up(CLEO)
    for path in ("/together/", "/checkup/", "/plan/", "/progress/", "/journal/"):
        cleo.goto(path)
        text = cleo.main_text()
        assert ANA not in text and BEN not in text, path
        assert "After the walk" not in text
    cleo.goto("/together/")
    assert "Invite your partner" in cleo.main_text()
    assert "You are linked" not in cleo.main_text()
    assert cleo.status_of("/together/couple/chart.svg") == 404
    couple_view = cleo.page.request.get("/together/couple/", max_redirects=0)
    assert couple_view.status == 302 and couple_view.headers["location"] == "/together/"
    for checkup in Checkup.objects.exclude(user__email=CLEO):
        for path in (
            f"/checkup/{checkup.pk}/results/",
            f"/checkup/{checkup.pk}/chart.svg",
            f"/checkup/{checkup.pk}/page/1/",
        ):
            assert cleo.status_of(path) == 404, path
    # Nor can she act on their focus, whatever she sends.
    token = cleo.page.input_value("input[name=csrfmiddlewaretoken] >> nth=0")
    proposal = FocusProposal.objects.get()
    for action in ("agree", "withdraw"):
        path = f"/together/focus/{proposal.pk}/{action}/"
        response = cleo.page.request.post(
            path, form={"csrfmiddlewaretoken": token}, max_redirects=0
        )
        assert response.status == 404, path
    # The code Ana made was used once; it does not link Cleo to anyone.
    cleo.goto("/together/join/")
    cleo.confirm_password_if_asked()
    cleo.page.wait_for_url("**/together/join/")
    cleo.page.fill("#id_code", code)
    cleo.page.click("main button:has-text('Link our accounts')")
    cleo.page.wait_for_selector("#code-error")
    assert "That code did not work" in cleo.main_text()

    for person in (ana, ben):
        assert person.problems == []
    # The rejected code answers 400, which Chromium notes in the console; nothing else may.
    assert [p for p in cleo.problems if "status of 400" not in p] == []
