"""The permission matrix: every URL × (anonymous, owner, partner, stranger, ex-partner) ×
method, with 0 unexpected successes and nothing private crossing from one person to another.

Feature folders test their own views; this one table covers every route in the project, so
nothing slips between apps. A route that is not in MATRIX fails the first test below: classify
it there (how to fill its URL from the owner's objects, who may get a 2xx by which method).

For each route and role, GET and POST are sent (for ``/api/v1/`` routes with that role's own
Bearer token instead of a session; any other method a route declares is sent too). POSTs carry
a plausible body, so a missing check would really succeed. Every signed-in role counts as
having just re-entered the password, so what stands behind re-authentication is tested too.
Then, for every response to anyone:

* a 2xx goes only to the roles the table allows (3xx, such as a redirect to sign in or to
  confirm the password, is not a success);
* it carries no marker of another person's private data (email, journal text, token name,
  calendar wording, plan calendar id, timestamps of private activity, the owner's safety
  screen) and no link to another person's objects (``/checkup/<id>/`` and so on) — except
  that pages marked ``partner_email`` may name the linked partner by email, and the partner
  sees the owner's shared scores in the couple view (scores are not markers);
* no request by anyone but the owner changes anything the owner has (checked after the
  others' requests, before the owner's own turn), unless the table says the partner may
  (leaving the couple, answering the owner's focus suggestion).

Each route runs in a savepoint that is rolled back afterwards, so every route starts from the
same world (tests/permission_world.py).
"""

from __future__ import annotations

import copy
import json
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from nearer.checkups.services import checkup_pages
from nearer.core.checkin_scoring import checkin_questions
from tests.permission_world import (
    FOCUS,
    PASSWORD,
    ROLES,
    Role,
    World,
    build_world,
    confirm_passwords,
    fingerprint_changes,
    foreign_markers,
    owner_fingerprint,
    owner_markers_expected,
    owner_markers_in,
    route_names,
    today_iso,
)

Roles = frozenset[Role]
EVERYONE: Roles = frozenset(ROLES)
SIGNED_IN: Roles = EVERYONE - {"anonymous"}
COUPLE: Roles = frozenset({"owner", "partner"})
OWNER: Roles = frozenset({"owner"})
NOBODY: Roles = frozenset()
#: What the partner changes for the owner too by leaving (or deleting their account).
UNLINKED = frozenset({"couple", "shares", "focus suggestions"})
SUGGESTIONS = frozenset({"focus suggestions"})

Kwargs = Callable[[World], dict[str, object]]
Body = Callable[[World, Role], dict[str, Any]]
NEW_PASSWORD = "another-long-pass-phrase-31"


def _no_kwargs(world: World) -> dict[str, object]:
    return {}


@dataclass(frozen=True)
class Case:
    """One way to fill a route's URL, and the roles that may get a 2xx by each method."""

    get: Roles = NOBODY
    post: Roles = NOBODY
    kwargs: Kwargs = _no_kwargs
    body: Body | None = None
    label: str = ""
    #: An /api/v1/ route: each role sends its own Bearer token, and these are the methods the
    #: route declares (checked against the OpenAPI schema).
    api: tuple[str, ...] = ()
    #: A secret in the URL stands for this person: whoever holds it sees what they would.
    acts_as: Role | None = None
    #: The page may name the linked partner by email (the hub does).
    partner_email: bool = False
    #: Parts of the owner's data (owner_fingerprint keys) the partner's requests may change:
    #: things the two of them hold together (the couple, shares, focus suggestions).
    partner_may_change: frozenset[str] = frozenset()

    def allowed(self, method: str) -> Roles:
        return {"GET": self.get, "POST": self.post}.get(method, NOBODY)

    def methods(self) -> tuple[str, ...]:
        return ("GET", "POST", *(m for m in self.api if m not in ("GET", "POST")))


def public(*methods: str, **options: Any) -> tuple[Case, ...]:
    """Open to anyone, by the methods the page takes."""
    return (
        Case(
            get=EVERYONE if "GET" in methods else NOBODY,
            post=EVERYONE if "POST" in methods else NOBODY,
            **options,
        ),
    )


def own(get: Roles = NOBODY, post: Roles = NOBODY, **options: Any) -> tuple[Case, ...]:
    """A private route with one way to fill its URL."""
    return (Case(get=get, post=post, **options),)


# --- Bodies and URL arguments ---------------------------------------------------------------


def _email_of(world: World, role: Role) -> str:
    return "visitor@example.org" if role == "anonymous" else world.person(role).email


def _login(world: World, role: Role) -> dict[str, Any]:
    return {"username": _email_of(world, role), "password": "not-the-password"}


def _signup(world: World, role: Role) -> dict[str, Any]:
    return {
        "email": f"newcomer-{role}@example.org",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }


def _reset(world: World, role: Role) -> dict[str, Any]:
    return {"email": _email_of(world, role)}


def _new_password(world: World, role: Role) -> dict[str, Any]:
    return {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}


def _change_password(world: World, role: Role) -> dict[str, Any]:
    return {
        "old_password": PASSWORD,
        "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD,
        "sign_out_others": "on",
    }


def _fixed(values: dict[str, Any]) -> Body:
    def body(world: World, role: Role) -> dict[str, Any]:
        return dict(values)

    return body


def _page_answers(world: World, role: Role) -> dict[str, Any]:
    first = checkup_pages(world.catalog)[0]
    return {item.id: "4" for item in first.items} | {"action": "next"}


def _checkin_answers(world: World, role: Role) -> dict[str, Any]:
    return {item.id: "2" for item in checkin_questions(world.catalog)}


def _api_checkup(world: World, role: Role) -> dict[str, Any]:
    return {"answers": {item.id: 3 for item in world.catalog.checkup_items}, "safety": {}}


def _api_checkin(world: World, role: Role) -> dict[str, Any]:
    return {"answers": {item.id: 2 for item in checkin_questions(world.catalog)}}


def _session_kw(pick: str) -> Kwargs:
    def kwargs(world: World) -> dict[str, object]:
        session = world.todo_session if pick == "todo" else world.done_session
        return {"pk": session.pk}

    return kwargs


def _api_session(pick: str) -> Kwargs:
    def kwargs(world: World) -> dict[str, object]:
        return {"id": _session_kw(pick)(world)["pk"]}

    return kwargs


def _checkup_kw(which: str, key: str = "pk", **extra: object) -> Kwargs:
    def kwargs(world: World) -> dict[str, object]:
        checkup = {
            "private": world.owner_private_checkup,
            "shared": world.owner_shared_checkup,
            "open": world.owner_open_checkup,
        }[which]
        return {key: checkup.pk, **extra}

    return kwargs


def _entry(world: World) -> dict[str, object]:
    return {"entry_id": world.person("owner").entry.pk}


def _proposal(world: World) -> dict[str, object]:
    return {"pk": world.proposal.pk}


def _owner_token(world: World) -> dict[str, object]:
    return {"pk": world.person("owner").token.pk}


def _owner_checkin(world: World) -> dict[str, object]:
    return {"pk": world.person("owner").checkin.pk}


def _other_device(world: World) -> dict[str, object]:
    return {"public_id": world.owner_other_device.public_id}


def _token(pick: Callable[[World], str]) -> Kwargs:
    def kwargs(world: World) -> dict[str, object]:
        return {"token": pick(world)}

    return kwargs


MADE_UP = "x" * 43  # the length of a real token, so only the lookup can refuse it

# --- The matrix -------------------------------------------------------------------------------

MATRIX: dict[str, tuple[Case, ...]] = {
    # Public pages and the sign-in flow.
    "web:home": public("GET"),
    "web:privacy": public("GET"),
    "web:healthz": public("GET"),
    "web:favicon": public("GET"),
    "library:index": public("GET"),
    "library:barrier": public("GET", kwargs=lambda w: {"slug": w.catalog.barriers[0].slug}),
    "accounts:signup": public("GET", "POST", body=_signup),
    "accounts:login": public("GET", "POST", body=_login),
    "accounts:logout": public("POST"),
    "accounts:password_reset": public("GET", "POST", body=_reset),
    "accounts:password_reset_done": public("GET"),
    "accounts:password_reset_complete": public("GET"),
    "accounts:password_reset_confirm": (
        # Django's own check: a valid link is the owner's secret; an invalid one shows a page
        # saying so, to anyone.
        Case(
            get=EVERYONE,
            post=EVERYONE,
            label="the owner's valid reset link",
            kwargs=lambda w: {"uidb64": w.reset_uid, "token": w.reset_token},
            body=_new_password,
            acts_as="owner",
        ),
        Case(
            get=EVERYONE,
            post=EVERYONE,
            label="a made-up reset link for the owner",
            kwargs=lambda w: {"uidb64": w.reset_uid, "token": "cf3-" + "0" * 32},
            body=_new_password,
        ),
    ),
    # Each person's own account.
    "accounts:home": own(get=SIGNED_IN),
    "accounts:sessions": own(get=SIGNED_IN),
    "accounts:sign_out_others": own(post=SIGNED_IN),
    "accounts:sign_out_session": own(
        post=OWNER, label="the owner's other device", kwargs=_other_device
    ),
    "accounts:change_password": own(get=SIGNED_IN, post=SIGNED_IN, body=_change_password),
    "accounts:change_email": own(
        get=SIGNED_IN, post=SIGNED_IN, body=lambda w, r: {"email": f"renamed-{r}@example.org"}
    ),
    "accounts:access_log": own(get=SIGNED_IN),
    "accounts:confirm_password": own(
        get=SIGNED_IN, post=SIGNED_IN, body=_fixed({"password": PASSWORD, "next": "/"})
    ),
    # Check-ups: the list and starting are each person's own; a check-up is its owner's.
    "checkups:home": own(get=SIGNED_IN),
    "checkups:start": own(post=SIGNED_IN),
    "checkups:page": (
        Case(
            get=OWNER,
            post=OWNER,
            label="the owner's check-up in progress",
            kwargs=_checkup_kw("open", number=1),
            body=_page_answers,
        ),
        Case(
            get=OWNER,
            post=OWNER,
            label="the owner's finished, unshared check-up",
            kwargs=_checkup_kw("private", number=1),
            body=_page_answers,
        ),
    ),
    "checkups:results": (
        Case(get=OWNER, label="the owner's shared check-up", kwargs=_checkup_kw("shared")),
        Case(get=OWNER, label="the owner's private check-up", kwargs=_checkup_kw("private")),
    ),
    "checkups:chart": (
        Case(get=OWNER, label="the owner's shared check-up", kwargs=_checkup_kw("shared")),
        Case(get=OWNER, label="the owner's private check-up", kwargs=_checkup_kw("private")),
    ),
    # Together: invitations and sharing are each person's own; the couple view is the pair's.
    "couples:hub": own(get=SIGNED_IN, partner_email=True),
    "couples:invite": own(get=SIGNED_IN, post=SIGNED_IN),
    "couples:invite_revoke": own(post=SIGNED_IN),
    "couples:join": (
        Case(
            get=SIGNED_IN,
            post=SIGNED_IN,
            label="with the stranger's open invitation code",
            body=lambda w, r: {"code": w.open_code},
        ),
        Case(
            get=SIGNED_IN,
            label="with the owner's code, used by the ex-partner",
            body=lambda w, r: {"code": w.ex_used_code},
        ),
    ),
    "couples:join_link": (
        # A link is a secret that anyone signed in may open; it never says who sent it.
        Case(
            get=SIGNED_IN,
            post=SIGNED_IN,
            label="the stranger's open invitation link",
            kwargs=_token(lambda w: w.open_link),
        ),
        Case(
            label="the owner's link, used by the partner",
            kwargs=_token(lambda w: w.owner_used_link),
        ),
        Case(label="a made-up link", kwargs=_token(lambda w: MADE_UP)),
    ),
    "couples:leave": own(get=COUPLE, post=COUPLE, partner_may_change=UNLINKED),
    # The owner's unshared check-up had a positive safety screen, so sharing it is refused and
    # the hub re-renders (400) — the hub names the linked partner.
    "couples:share": own(
        post=OWNER,
        partner_email=True,
        label="sharing the owner's unshared check-up",
        body=lambda w, r: {"checkup": str(w.owner_private_checkup.pk)},
    ),
    "couples:share_withdraw": own(
        post=OWNER,
        label="withdrawing the owner's shared check-up",
        body=lambda w, r: {"checkup": str(w.owner_shared_checkup.pk)},
    ),
    "couples:couple": own(get=COUPLE),
    "couples:couple_chart": own(get=COUPLE),
    "couples:focus_propose": own(
        post=COUPLE, body=_fixed({"barrier": list(FOCUS)}), partner_may_change=SUGGESTIONS
    ),
    "couples:focus_accept": own(
        post=COUPLE,
        label="the owner's suggestion to the partner",
        kwargs=_proposal,
        # Agreeing gives each of them a new plan for the chosen focus (the owner suggested it).
        partner_may_change=SUGGESTIONS | {"plans", "plan sessions"},
    ),
    "couples:focus_withdraw": own(
        post=COUPLE,
        label="the owner's suggestion to the partner",
        kwargs=_proposal,
        partner_may_change=SUGGESTIONS,
    ),
    "couples:focus_solo": own(
        get=SIGNED_IN, post=SIGNED_IN, body=_fixed({"barrier": list(FOCUS[:1])})
    ),
    # The plan: pages are each person's own; a session is its owner's; the feed is its token's.
    "plans:home": own(get=SIGNED_IN),
    "plans:start": own(
        get=SIGNED_IN,
        post=SIGNED_IN,
        body=lambda w, r: {"focus": list(FOCUS[:2]), "start": today_iso()},
    ),
    "plans:weeks": own(get=SIGNED_IN),
    "plans:session_done": own(
        post=OWNER,
        label="the owner's session still to do",
        kwargs=_session_kw("todo"),
        body=_fixed({"next": "/plan/"}),
    ),
    "plans:session_undo": own(
        post=OWNER,
        label="the owner's session marked done",
        kwargs=_session_kw("done"),
        body=_fixed({"next": "/plan/"}),
    ),
    "plans:session_snooze": own(
        post=OWNER,
        label="the owner's session still to do",
        kwargs=_session_kw("todo"),
        body=_fixed({"next": "/plan/"}),
    ),
    "plans:session_swap": own(
        get=OWNER,
        post=OWNER,
        label="the owner's session still to do",
        kwargs=_session_kw("todo"),
        body=lambda w, r: {"practice": w.swap_to},
    ),
    "plans:calendar": own(
        get=SIGNED_IN, post=SIGNED_IN, body=_fixed({"wording": "Quiet time", "at": ""})
    ),
    "plans:feed_create": own(get=SIGNED_IN, post=SIGNED_IN),
    "plans:feed_revoke": own(post=SIGNED_IN),
    "plans:download": own(get=SIGNED_IN),
    "plans:feed": (
        Case(
            get=EVERYONE,
            label="the owner's feed token",
            kwargs=_token(lambda w: w.feed_token),
            acts_as="owner",
        ),
        Case(label="the owner's replaced feed token", kwargs=_token(lambda w: w.old_feed_token)),
        Case(label="a made-up feed token", kwargs=_token(lambda w: MADE_UP)),
    ),
    "plans:reminders": own(
        get=SIGNED_IN, post=SIGNED_IN, body=_fixed({"enabled": "on", "at": "08:30"})
    ),
    # Check-ins and progress.
    "checkins:progress": own(get=SIGNED_IN),
    "checkins:checkin": own(get=SIGNED_IN, post=SIGNED_IN, body=_checkin_answers),
    "checkins:barriers_chart": own(get=SIGNED_IN),
    "checkins:satisfaction_chart": own(get=SIGNED_IN),
    "checkins:remove": own(
        get=OWNER, post=OWNER, label="the owner's check-in", kwargs=_owner_checkin
    ),
    # Your data: each person's own (deleting your account unlinks the partner).
    "exports:index": own(get=SIGNED_IN),
    "exports:export_json": own(get=SIGNED_IN),
    "exports:report": own(get=SIGNED_IN),
    "exports:delete": own(
        get=SIGNED_IN, post=SIGNED_IN, body=_fixed({"confirm": "yes"}), partner_may_change=UNLINKED
    ),
    # API token pages.
    "api_tokens:list": own(get=SIGNED_IN),
    "api_tokens:create": own(get=SIGNED_IN, post=SIGNED_IN, body=_fixed({"name": "New script"})),
    "api_tokens:revoke": own(post=OWNER, label="the owner's token", kwargs=_owner_token),
    "api_tokens:revoke_all": own(post=SIGNED_IN),
    # Journal (entries are their author's alone) and the message coach.
    "insight:journal": own(get=SIGNED_IN),
    "insight:journal_new": own(
        get=SIGNED_IN,
        post=SIGNED_IN,
        body=_fixed({"title": "A new page", "body": "Some words for today."}),
    ),
    "insight:journal_entry": own(get=OWNER, label="the owner's entry", kwargs=_entry),
    "insight:journal_edit": own(
        get=OWNER,
        post=OWNER,
        label="the owner's entry",
        kwargs=_entry,
        body=_fixed({"title": "Changed title", "body": "Changed words."}),
    ),
    "insight:journal_delete": own(get=OWNER, post=OWNER, label="the owner's entry", kwargs=_entry),
    "insight:coach": own(
        get=SIGNED_IN,
        post=SIGNED_IN,
        body=_fixed({"message": "I feel unheard when plans change late.", "action": "check"}),
    ),
    # The API: each role with its own token; the schema is public (the view answers any method).
    "api:openapi-json": public("GET", "POST", api=("GET",)),
    "api:api-root": own(api=("GET",), label="nothing lives at the root"),
    "api:api_not_found": own(
        api=("GET",),
        label="a made-up address under an owner's check-up",
        kwargs=lambda w: {"rest": f"checkups/{w.owner_shared_checkup.pk}/answers"},
    ),
    "api:me": own(get=SIGNED_IN, api=("GET",)),
    # list and submit share one address: GET lists, POST submits, both the caller's own.
    "api:checkups_list": own(get=SIGNED_IN, post=SIGNED_IN, api=("GET",), body=_api_checkup),
    "api:checkups_submit": own(get=SIGNED_IN, post=SIGNED_IN, api=("POST",), body=_api_checkup),
    "api:checkups_read": (
        Case(
            get=OWNER,
            api=("GET",),
            label="the owner's shared check-up",
            kwargs=_checkup_kw("shared", "id"),
        ),
        Case(
            get=OWNER,
            api=("GET",),
            label="the owner's private check-up",
            kwargs=_checkup_kw("private", "id"),
        ),
    ),
    "api:plan_read": own(get=SIGNED_IN, api=("GET",)),
    "api:plan_session_done": own(
        post=OWNER,
        api=("POST",),
        label="the owner's session still to do",
        kwargs=_api_session("todo"),
    ),
    "api:plan_session_undo": own(
        post=OWNER,
        api=("POST",),
        label="the owner's session marked done",
        kwargs=_api_session("done"),
    ),
    "api:checkins_list": own(get=SIGNED_IN, post=SIGNED_IN, api=("GET",), body=_api_checkin),
    "api:checkins_save": own(get=SIGNED_IN, post=SIGNED_IN, api=("POST",), body=_api_checkin),
    "api:analyze_text": own(
        post=SIGNED_IN,
        api=("POST",),
        body=_fixed({"text": "I felt alone this week and I would like us to talk."}),
    ),
}


# --- Sending requests and reading answers -----------------------------------------------------


def _send(world: World, role: Role, case: Case, method: str, url: str) -> HttpResponse:
    body = case.body(world, role) if case.body is not None else {}
    if case.api:
        client = Client(raise_request_exception=False)
        headers = {}
        if role != "anonymous":
            headers["Authorization"] = f"Bearer {world.person(role).api_secret}"
        if method == "GET":
            response = client.get(url, headers=headers)
        else:
            data = json.dumps(body) if case.body is not None else ""
            response = client.generic(
                method, url, data, content_type="application/json", headers=headers
            )
    else:
        client = world.clients[role]
        response = client.get(url) if method == "GET" else client.post(url, body)
    assert isinstance(response, HttpResponse)
    return response


def _read(response: HttpResponse, url: str) -> tuple[str, Any]:
    """The response as text (PDF as its extracted text, plus any Location), and parsed JSON.
    A redirect's ``?next=`` that echoes the requested address is left out: it tells the
    requester nothing they did not send."""
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/pdf"):
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=response.content, capture_output=True, check=True
        ).stdout.decode("utf-8", "replace")
    else:
        text = response.content.decode("utf-8", "replace")
    data = None
    if "json" in content_type:
        try:
            data = json.loads(text)
        except ValueError:
            data = None
    location = response.get("Location", "")
    for echo in (f"next={quote(url, safe='')}", f"next={quote(url)}"):
        location = location.replace(echo, "next=")
    return f"{text}\n{location}", data


@dataclass
class Tally:
    requests: int = 0
    cases: int = 0
    unexpected: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    owner_seen: set[str] = field(default_factory=set)


def _check_case(world: World, name: str, case: Case, tally: Tally) -> None:
    url = reverse(name, kwargs=case.kwargs(world))
    where = f"{name} {url}" + (f" ({case.label})" if case.label else "")
    before = owner_fingerprint(world)
    live = dict.fromkeys(case.methods(), False)
    for role in ROLES:
        if role in ("partner", "owner"):
            changed = fingerprint_changes(before, owner_fingerprint(world))
            if role == "owner":
                changed = [key for key in changed if key not in case.partner_may_change]
            if changed:
                who = "anonymous/stranger/ex-partner" if role == "partner" else "the partner"
                tally.changes.append(f"{where}: {who} changed the owner's {', '.join(changed)}")
            before = owner_fingerprint(world)
        for method in case.methods():
            response = _send(world, role, case, method, url)
            tally.requests += 1
            status = response.status_code
            allowed = case.allowed(method)
            if status >= 500:
                tally.other.append(f"{where}: {method} as {role} answered {status}")
            if 200 <= status < 300 and role not in allowed:
                tally.unexpected.append(f"{where}: {method} as {role} answered {status}")
            if role in allowed and status not in (404, 405) and status < 500:
                live[method] = True
            text, data = _read(response, url)
            seen_as: Role = case.acts_as or role
            found = foreign_markers(
                world, text, data, seen_as=seen_as, partner_email=case.partner_email
            )
            if found:
                tally.leaks.append(f"{where}: {method} as {role} ({status}) shows {found}")
            if seen_as == "owner":
                tally.owner_seen |= owner_markers_in(world, text, data)
    for method, ok in live.items():
        if case.allowed(method) and not ok:
            tally.other.append(
                f"{where}: {method} answered 404/405 even to {sorted(case.allowed(method))};"
                " are its URL arguments right?"
            )
    tally.cases += 1


# --- Tests ------------------------------------------------------------------------------------


def test_every_route_is_classified_in_the_matrix() -> None:
    missing = sorted({name for name, _ in route_names()} - set(MATRIX))
    assert not missing, (
        "Routes missing from MATRIX in tests/test_permission_matrix.py. Add each one with how"
        " to fill its URL from the owner's objects and which roles may get a 2xx by GET and"
        f" POST: {missing}"
    )


def test_the_matrix_names_only_routes_that_exist() -> None:
    gone = sorted(set(MATRIX) - {name for name, _ in route_names()})
    assert not gone, f"MATRIX names routes the project no longer has: {gone}"


#: API routes that are not operations of the schema (the schema itself, the root, unknown paths).
NOT_OPERATIONS = ("api:openapi-json", "api:api-root", "api:api_not_found")


@pytest.mark.django_db
def test_the_api_methods_in_the_matrix_are_the_ones_the_schema_declares() -> None:
    schema = Client().get(reverse("api:openapi-json")).json()
    declared = {
        path: {method.upper() for method in operations}
        for path, operations in schema["paths"].items()
    }
    in_matrix: dict[str, set[str]] = {}
    for name, route in route_names():
        if name.startswith("api:") and name not in NOT_OPERATIONS:
            path = "/" + route.replace("<id>", "{id}")
            for case in MATRIX.get(name, ()):
                in_matrix.setdefault(path, set()).update(case.api)
    assert in_matrix == declared


@pytest.mark.django_db
def test_nobody_gets_what_is_not_theirs_at_any_url(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    world = build_world()
    cookies = {role: copy.deepcopy(client.cookies) for role, client in world.clients.items()}
    tally = Tally()
    for name, cases in MATRIX.items():
        for case in cases:
            with transaction.atomic():
                confirm_passwords(world)
                _check_case(world, name, case, tally)
                transaction.set_rollback(True)
            # Back to the same world: sign-outs and new session keys are undone with the rest.
            for role, client in world.clients.items():
                client.cookies = copy.deepcopy(cookies[role])

    problems = tally.unexpected + tally.leaks + tally.changes + tally.other
    assert not problems, "\n".join(problems)
    unseen = owner_markers_expected(world) - tally.owner_seen
    assert not unseen, f"the owner never saw these of their own; is the search right? {unseen}"
    # The stranger's attempt to mark the owner's session done changed nothing (checked per
    # route above, before the owner's own turn); after the matrix it is still as it was.
    world.todo_session.refresh_from_db()
    assert world.todo_session.status == "todo" and world.todo_session.done_at is None

    methods = sorted({m for cases in MATRIX.values() for case in cases for m in case.methods()})
    with capsys.disabled():
        print(
            f"\npermission matrix: {len(MATRIX)} routes ({tally.cases} cases) × {len(ROLES)}"
            f" roles × {'/'.join(methods)} = {tally.requests} requests checked;"
            f" {len(tally.unexpected)} unexpected 2xx, {len(tally.leaks)} private-data leaks,"
            f" {len(tally.changes)} changes to the owner's data by others"
            f" ({time.monotonic() - started:.0f} s)"
        )
