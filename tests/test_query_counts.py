"""No page costs more database queries for a longer history.

Two people are built the same way, one with a short history (one of everything) and one with a
long one (50 finished check-ups, check-ins, journal entries, plan sessions done, old plans,
access-log events, signed-in sessions, shares, focus choices, invitations, API tokens...). Every
page they can open, and every API read, must run exactly as many queries for one as for the
other: a count that grows with the history is an N+1 that only shows in production.

Every route in the project is listed here, as measured (``MEASURED``), as not reading a
person's history (``NOT_HISTORY``, with the reason) or as answering POST only
(``POST_ONLY``). A new route fails ``test_every_route_is_classified`` until it is added.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from pytest_django import DjangoDbBlocker

from nearer.accounts.models import AccessEvent, ActiveSession, User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.accounts.services import session_key_hash
from nearer.api.models import ApiToken
from nearer.api.services import token_create
from nearer.checkins.models import Checkin
from nearer.checkups.models import Answer, Checkup, SafetyAnswer
from nearer.core.catalog import Catalog
from nearer.core.checkin_scoring import checkin_questions, checkin_scores_json, score_checkin
from nearer.core.scoring import profile_json, score_profile
from nearer.couples import services as couples
from nearer.couples.models import CodeAttempt, Couple, FocusProposal, Invitation, ProfileShare
from nearer.insight.models import JournalEntry
from nearer.plans.models import Plan, PlanSession, SessionStatus
from nearer.plans.services import feed_create, plan_create
from nearer.web.catalog import site_catalog

SHORT = 1
LONG = 50
PASSWORD = "a-long-pass-phrase-9"
FOCUS = ("lack-of-communication", "neglecting-quality-time", "emotional-burnout")


# --- Building a history -----------------------------------------------------------------------


@dataclass(frozen=True)
class History:
    """A signed-in person with ``size`` of everything that can pile up, a partner who shares,
    and the handles the measured URLs need."""

    size: int
    user: User
    partner: User
    inviter: User  # someone else, with an open invitation
    checkup: Checkup  # the newest finished check-up
    open_checkup: Checkup
    checkin: Checkin  # the newest check-in
    entry: JournalEntry
    open_session: PlanSession  # still to do, in the active plan
    api_token: str
    feed_token: str
    invitation_token: str  # someone else's open invitation


def _checkup_answers(catalog: Catalog, number: int) -> dict[str, int]:
    """Varied but valid answers, so consecutive check-ups differ a little."""
    return {item.id: (index + number) % 5 + 1 for index, item in enumerate(catalog.checkup_items)}


def _finished_checkups(catalog: Catalog, user: User, count: int) -> list[Checkup]:
    """``count`` finished check-ups with their answers and a negative safety screen, newest
    last; the stored profile is what ``checkup_complete`` would have stored."""
    now = timezone.now()
    answer_sets = [_checkup_answers(catalog, number) for number in range(count)]
    checkups = Checkup.objects.bulk_create(
        Checkup(
            user=user,
            completed_at=now - timedelta(days=7 * (count - number), hours=1),
            profile=profile_json(score_profile(catalog, answers)),
        )
        for number, answers in enumerate(answer_sets)
    )
    # started_at is set on insert; move it to just before each completion.
    Checkup.objects.filter(pk__in=[c.pk for c in checkups]).update(
        started_at=F("completed_at") - timedelta(minutes=20)
    )
    Answer.objects.bulk_create(
        Answer(checkup=checkup, item_id=item_id, value=value)
        for checkup, answers in zip(checkups, answer_sets, strict=True)
        for item_id, value in answers.items()
    )
    SafetyAnswer.objects.bulk_create(
        SafetyAnswer(checkup=checkup, item_id=item.id, value=1)  # 1: never
        for checkup in checkups
        for item in catalog.safety.items
    )
    return list(Checkup.objects.filter(pk__in=[c.pk for c in checkups]).order_by("completed_at"))


def _checkins(catalog: Catalog, user: User, count: int) -> list[Checkin]:
    today = timezone.localdate()
    rows = []
    for week in range(count):
        answers = {
            item.id: (index + week) % 5 + 1 for index, item in enumerate(checkin_questions(catalog))
        }
        rows.append(
            Checkin(
                user=user,
                day=today - timedelta(days=7 * week + 1),
                answers=answers,
                scores=checkin_scores_json(score_checkin(catalog, answers)),
            )
        )
    Checkin.objects.bulk_create(rows)
    return list(Checkin.objects.filter(user=user).order_by("-day"))


def _plans(user: User, size: int) -> PlanSession:
    """An active plan with ``size`` sessions done, after ``size - 1`` finished plans (each with
    a practice done). Returns a session still to do."""
    today = timezone.localdate()
    old_plans = Plan.objects.bulk_create(
        Plan(user=user, focus=list(FOCUS), start=today - timedelta(days=50 + 42 * n), active=False)
        for n in range(size - 1)
    )
    PlanSession.objects.bulk_create(
        PlanSession(
            plan=plan,
            date=plan.start,
            practice_id=site_catalog().barrier(FOCUS[0]).practices[0].id,
            status=SessionStatus.DONE,
            done_at=timezone.now() - timedelta(days=60),
        )
        for plan in old_plans
    )
    plan = plan_create(user=user, focus=FOCUS, together=True, start=today - timedelta(days=28))
    sessions = list(plan.sessions.order_by("date", "id"))
    done = [s.pk for s in sessions[:size]]
    PlanSession.objects.filter(pk__in=done).update(
        status=SessionStatus.DONE, done_at=timezone.now() - timedelta(days=1)
    )
    return next(s for s in sessions[size:] if s.date >= today)


def _access_events(user: User, partner: User, size: int) -> None:
    kinds = [
        (user, AccessEvent.Role.SELF, "export.json"),
        (partner, AccessEvent.Role.PERSON, "couple.view"),
        (None, AccessEvent.Role.LINK, "api.read"),
    ]
    now = timezone.now()
    AccessEvent.objects.bulk_create(
        AccessEvent(
            owner=user,
            actor=kinds[n % 3][0],
            role=kinds[n % 3][1],
            kind=kinds[n % 3][2],
            at=now - timedelta(hours=n + 1),
        )
        for n in range(size)
    )


def _other_sessions(user: User, count: int) -> None:
    """Browsers signed in elsewhere, all still live (seen within the idle limit)."""
    now = timezone.now()
    rows = []
    for n in range(count):
        key = secrets.token_hex(16)
        rows.append(
            ActiveSession(
                user=user,
                key_hash=session_key_hash(key),
                session_key=key,
                device="Firefox on Linux",
                created_at=now - timedelta(minutes=10),
                last_seen_at=now - timedelta(minutes=1, seconds=n),
            )
        )
    ActiveSession.objects.bulk_create(rows)


def _api_tokens(user: User, size: int) -> str:
    """One working token (returned) and ``size - 1`` revoked ones (at most 20 may be active)."""
    now = timezone.now()
    ApiToken.objects.bulk_create(
        ApiToken(
            user=user,
            name=f"old script {n}",
            token_hash=secrets.token_hex(32),
            prefix="nearer_abcdef",
            last_used=now - timedelta(days=n + 2),
            revoked=now - timedelta(days=n + 1),
        )
        for n in range(size - 1)
    )
    return token_create(user=user, name="my script")[1]


def _couple_history(couple: Couple, user: User, partner: User, size: int) -> None:
    """Every check-up of each person shared, ``size`` focus choices agreed over time and one
    open suggestion from the partner; ``size - 1`` old invitations and wrong codes."""
    for person in (user, partner):
        ProfileShare.objects.bulk_create(
            ProfileShare(couple=couple, user=person, checkup=checkup)
            for checkup in Checkup.objects.filter(user=person, completed_at__isnull=False)
        )
    now = timezone.now()
    FocusProposal.objects.bulk_create(
        FocusProposal(
            couple=couple,
            proposed_by=user,
            barriers=list(FOCUS[: 1 + n % 3]),
            proposed_at=now - timedelta(days=n + 2),
            agreed_at=now - timedelta(days=n + 1),
        )
        for n in range(size)
    )
    FocusProposal.objects.create(couple=couple, proposed_by=partner, barriers=list(FOCUS[:2]))
    Invitation.objects.bulk_create(
        Invitation(
            inviter=user,
            token_hash=secrets.token_hex(32),
            code_hash=secrets.token_hex(32),
            created_at=now - timedelta(days=n + 3),
            expires_at=now - timedelta(days=n + 3) + timedelta(hours=48),
            revoked_at=now - timedelta(days=n + 3, hours=-1),
        )
        for n in range(size - 1)
    )
    CodeAttempt.objects.bulk_create(
        CodeAttempt(user=user, attempted_at=now - timedelta(hours=2, minutes=n))
        for n in range(size - 1)
    )


def build_history(label: str, size: int) -> History:
    catalog = site_catalog()
    user = User.objects.create_user(email=f"{label}@example.org", password=PASSWORD)
    partner = User.objects.create_user(email=f"{label}-partner@example.org", password=PASSWORD)
    inviter = User.objects.create_user(email=f"{label}-inviter@example.org", password=PASSWORD)

    created = couples.invitation_create(user=user)
    couple = couples.invitation_accept(invitation=created.invitation, user=partner)
    checkups = _finished_checkups(catalog, user, size)
    _finished_checkups(catalog, partner, size)
    open_checkup = Checkup.objects.create(user=user)
    first_page = catalog.checkup_pages()[0]
    Answer.objects.bulk_create(
        Answer(checkup=open_checkup, item_id=item.id, value=3) for item in first_page
    )
    _couple_history(couple, user, partner, size)

    checkins = _checkins(catalog, user, size)
    JournalEntry.objects.bulk_create(
        JournalEntry(
            user=user,
            title=f"Evening {n}",
            body="We talked after dinner and I felt heard, though I still held back a little.",
        )
        for n in range(size)
    )
    open_session = _plans(user, size)
    _access_events(user, partner, size)
    _other_sessions(user, size - 1)
    api_token = _api_tokens(user, size)
    feed_token = feed_create(user=user)
    invitation_token = couples.invitation_create(user=inviter).token

    entry = JournalEntry.objects.filter(user=user).order_by("-created_at").first()
    assert entry is not None
    assert Checkup.objects.filter(user=user, completed_at__isnull=False).count() == size
    assert couples.couple_view(user=user) is not None, "the couple view must be open"
    return History(
        size=size,
        user=user,
        partner=partner,
        inviter=inviter,
        checkup=checkups[-1],
        open_checkup=open_checkup,
        checkin=checkins[0],
        entry=entry,
        open_session=open_session,
        api_token=api_token,
        feed_token=feed_token,
        invitation_token=invitation_token,
    )


# --- What is measured ---------------------------------------------------------------------------

Url = Callable[[History], str]


def _plain(name: str) -> Url:
    return lambda h: reverse(name)


#: Pages opened by the signed-in person (who has just re-entered their password, so pages
#: behind the password check are measured too).
PAGES: dict[str, Url] = {
    "web:home": _plain("web:home"),
    "web:privacy": _plain("web:privacy"),
    "library:index": _plain("library:index"),
    "library:barrier": lambda h: reverse("library:barrier", args=[FOCUS[0]]),
    "accounts:home": _plain("accounts:home"),
    "accounts:sessions": _plain("accounts:sessions"),
    "accounts:access_log": _plain("accounts:access_log"),
    "accounts:change_password": _plain("accounts:change_password"),
    "accounts:change_email": _plain("accounts:change_email"),
    "accounts:confirm_password": _plain("accounts:confirm_password"),
    "checkups:home": _plain("checkups:home"),
    "checkups:page": lambda h: reverse("checkups:page", args=[h.open_checkup.pk, 2]),
    "checkups:results": lambda h: reverse("checkups:results", args=[h.checkup.pk]),
    "checkups:chart": lambda h: reverse("checkups:chart", args=[h.checkup.pk]),
    "couples:hub": _plain("couples:hub"),
    "couples:couple": _plain("couples:couple"),
    "couples:couple_chart": _plain("couples:couple_chart"),
    "couples:invite": _plain("couples:invite"),
    "couples:join": _plain("couples:join"),
    "couples:join_link": lambda h: reverse("couples:join_link", args=[h.invitation_token]),
    "couples:leave": _plain("couples:leave"),
    "couples:focus_solo": _plain("couples:focus_solo"),
    "plans:home": _plain("plans:home"),
    "plans:start": _plain("plans:start"),
    "plans:weeks": _plain("plans:weeks"),
    "plans:session_swap": lambda h: reverse("plans:session_swap", args=[h.open_session.pk]),
    "plans:calendar": _plain("plans:calendar"),
    "plans:feed_create": _plain("plans:feed_create"),
    "plans:download": _plain("plans:download"),
    "plans:reminders": _plain("plans:reminders"),
    "checkins:progress": _plain("checkins:progress"),
    "checkins:checkin": _plain("checkins:checkin"),
    "checkins:barriers_chart": _plain("checkins:barriers_chart"),
    "checkins:satisfaction_chart": _plain("checkins:satisfaction_chart"),
    "checkins:remove": lambda h: reverse("checkins:remove", args=[h.checkin.pk]),
    "insight:journal": _plain("insight:journal"),
    "insight:journal_new": _plain("insight:journal_new"),
    "insight:journal_entry": lambda h: reverse("insight:journal_entry", args=[h.entry.pk]),
    "insight:journal_edit": lambda h: reverse("insight:journal_edit", args=[h.entry.pk]),
    "insight:journal_delete": lambda h: reverse("insight:journal_delete", args=[h.entry.pk]),
    "insight:coach": _plain("insight:coach"),
    "exports:index": _plain("exports:index"),
    "exports:export_json": _plain("exports:export_json"),
    "exports:report": _plain("exports:report"),
    "exports:delete": _plain("exports:delete"),
    "api_tokens:list": _plain("api_tokens:list"),
    "api_tokens:create": _plain("api_tokens:create"),
}

#: API reads, with the person's bearer token and no session.
API_READS: dict[str, Url] = {
    "api:me": _plain("api:me"),
    "api:checkups_list": _plain("api:checkups_list"),
    "api:checkups_read": lambda h: reverse("api:checkups_read", kwargs={"id": h.checkup.pk}),
    "api:plan_read": _plain("api:plan_read"),
    "api:checkins_list": _plain("api:checkins_list"),
}

#: Reached with a secret in the address, nobody signed in.
LINKS: dict[str, Url] = {
    "plans:feed": lambda h: reverse("plans:feed", args=[h.feed_token]),
}

#: Pages that read nothing of anyone's history, and why.
NOT_HISTORY: dict[str, str] = {
    "web:healthz": "liveness: one SELECT 1, no person",
    "web:favicon": "a redirect to a static file",
    "accounts:login": "sign-in form for people signed out; a signed-in person is sent on",
    "accounts:signup": "sign-up form for people signed out; a signed-in person is sent on",
    "accounts:password_reset": "for people signed out; reads only the address typed",
    "accounts:password_reset_done": "a fixed page",
    "accounts:password_reset_confirm": "reads one user by the link's id",
    "accounts:password_reset_complete": "a fixed page",
    "api:api-root": "ninja's root, no data",
    "api:openapi-json": "the schema, the same for everyone",
    "api:api_not_found": "a fixed JSON 404 for unknown API addresses",
}

#: Routes that change something and answer GET with 405 (so there is no page to measure).
POST_ONLY: set[str] = {
    "accounts:logout",
    "accounts:sign_out_others",
    "accounts:sign_out_session",
    "checkups:start",
    "couples:invite_revoke",
    "couples:share",
    "couples:share_withdraw",
    "couples:focus_propose",
    "couples:focus_accept",
    "couples:focus_withdraw",
    "plans:session_done",
    "plans:session_undo",
    "plans:session_snooze",
    "plans:feed_revoke",
    "api_tokens:revoke",
    "api_tokens:revoke_all",
    "api:checkups_submit",
    "api:checkins_save",
    "api:plan_session_done",
    "api:plan_session_undo",
    "api:analyze_text",
}

#: Measured pages that answer with a redirect for these people (still measured).
REDIRECTS = {"couples:invite"}

MEASURED = {**PAGES, **API_READS, **LINKS}


def _routes(
    patterns: list[URLPattern | URLResolver] | None = None, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str]]:
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            full = f"{namespace}:{ns}" if namespace and ns else ns or namespace
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern), full)
        else:
            name = f"{namespace}:{entry.name}" if namespace else str(entry.name)
            yield name, prefix + str(entry.pattern)


def test_every_route_is_classified() -> None:
    names = {name for name, _ in _routes()}
    classes = [set(MEASURED), set(NOT_HISTORY), POST_ONLY]
    unclassified = names - set().union(*classes)
    assert not unclassified, (
        "Add these routes to MEASURED, NOT_HISTORY (with a reason) or POST_ONLY in "
        f"tests/test_query_counts.py: {sorted(unclassified)}"
    )
    stale = set().union(*classes) - names
    assert not stale, f"No longer routes: {sorted(stale)}"
    for index, first in enumerate(classes):
        for second in classes[index + 1 :]:
            assert not first & second, sorted(first & second)


# --- Measuring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    status: int
    queries: int


def _client_for(name: str, history: History) -> tuple[Client, dict[str, str]]:
    client = Client()
    if name in API_READS:
        return client, {"Authorization": f"Bearer {history.api_token}"}
    if name in PAGES:
        client.force_login(history.user)
        session = client.session
        session[CONFIRMED_AT] = int(time.time())
        session.save()
    return client, {}


#: Pages warmed up through another page: they have no one-off work of their own, and
#: rendering them twice more would only make the test slow (the PDF takes seconds).
WARM_UP_ELSEWHERE = {"exports:report": "accounts:home"}


def measure(name: str, history: History) -> Count:
    client, headers = _client_for(name, history)
    url = MEASURED[name](history)
    # Once first, so one-off work (starting the session's clock, a preferences row, a token's
    # once-a-minute "last used") is done before counting.
    warm_up = WARM_UP_ELSEWHERE.get(name)
    client.get(reverse(warm_up) if warm_up else url, headers=headers)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return Count(response.status_code, len(captured))


@pytest.fixture(scope="module")
def histories(
    django_db_setup: None, django_db_blocker: DjangoDbBlocker
) -> Iterator[dict[int, History]]:
    """Both people, built once for the module (building takes a while); each test's own
    writes (sessions, access-log lines) are rolled back after it, as usual."""
    with django_db_blocker.unblock():
        built = {size: build_history(f"queries-{size}", size) for size in (SHORT, LONG)}
        try:
            yield built
        finally:
            people = [p for h in built.values() for p in (h.user, h.partner, h.inviter)]
            Couple.objects.filter(members__user__in=people).delete()
            User.objects.filter(pk__in=[p.pk for p in people]).delete()


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(MEASURED))
def test_a_long_history_costs_no_more_queries_than_a_short_one(
    histories: dict[int, History], name: str
) -> None:
    short = measure(name, histories[SHORT])
    long = measure(name, histories[LONG])
    print(f"{name}: {SHORT} → {short.queries} queries, {LONG} → {long.queries} queries")
    expected = 302 if name in REDIRECTS else 200
    assert (short.status, long.status) == (expected, expected)
    assert long.queries == short.queries, (
        f"{name} ran {short.queries} queries for a history of {SHORT} and {long.queries} for {LONG}"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(POST_ONLY))
def test_routes_listed_as_post_only_have_no_page(histories: dict[int, History], name: str) -> None:
    history = histories[SHORT]
    path = dict(_routes())[name]
    if path in {route for other, route in _routes() if other in MEASURED}:
        return  # the same address has a measured GET (the API's lists and submits)
    client = Client()
    headers = {}
    if name.startswith("api:"):
        headers["Authorization"] = f"Bearer {history.api_token}"
    else:
        client.force_login(history.user)
    assert client.get("/" + _concrete(path, history), headers=headers).status_code == 405


def _concrete(route: str, history: History) -> str:
    values = {
        "public_id": "00000000-0000-0000-0000-000000000000",
        "pk": str(history.open_session.pk),
        "id": str(history.open_session.pk),
    }
    for key, value in values.items():
        for converter in ("", "int:", "uuid:"):
            route = route.replace(f"<{converter}{key}>", value)
    return route
