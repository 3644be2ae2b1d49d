"""The world the project-wide permission matrix runs in (tests/test_permission_matrix.py).

Five roles look at every URL:

* the OWNER, who has everything: an older check-up (with a positive private safety screen)
  and a newer one that is shared, a check-up in progress, a plan with sessions (one done), a
  check-in, a journal entry, an API token, a calendar feed, a second signed-in device and a
  pending suggestion of focus barriers for the partner;
* the PARTNER, linked to the owner, who shared a check-up too (so the couple view is open);
* a STRANGER with their own data (and an open invitation of their own);
* an EX-PARTNER, who was linked to the owner, shared, and left (the owner then linked with
  the partner);
* ANONYMOUS, a visitor who is not signed in.

Everyone except the visitor has unique marker strings planted in their private data (email,
journal text, token name, calendar wording, plan calendar id, timestamps) and objects whose
links (``/checkup/<id>/`` and so on) identify them; :func:`foreign_markers` finds another
person's markers in a response.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from django.contrib.auth.tokens import default_token_generator
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from nearer.accounts.models import ActiveSession, User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.api.models import ApiToken
from nearer.api.services import token_create
from nearer.checkins.models import Checkin
from nearer.checkins.services import checkin_save
from nearer.checkups import services as checkups
from nearer.checkups.models import Answer, Checkup, SafetyAnswer
from nearer.core.catalog import Catalog
from nearer.core.checkin_scoring import checkin_questions
from nearer.couples import services as couples
from nearer.couples.models import (
    CodeAttempt,
    CoupleMember,
    FocusProposal,
    Invitation,
    ProfileShare,
)
from nearer.insight.models import JournalEntry
from nearer.insight.services import journal_entry_create
from nearer.plans import services as plans
from nearer.plans.models import Plan, PlanPreferences, PlanSession
from nearer.web.catalog import site_catalog

Role = Literal["anonymous", "owner", "partner", "stranger", "ex_partner"]
#: The order requests go in for each route: everyone else first, so that the owner's data is
#: checked unchanged before the owner (whose own requests may change it) has a turn.
ROLES: tuple[Role, ...] = ("anonymous", "stranger", "ex_partner", "partner", "owner")
PEOPLE: tuple[Role, ...] = ("owner", "partner", "stranger", "ex_partner")
PASSWORD = "a-long-pass-phrase-9"
FOCUS = ("lack-of-communication", "neglecting-quality-time", "emotional-burnout")

#: Words that appear only where a positive safety screen is shown to its own person (the
#: results page and the API's check-up answer). Only the owner has a positive screen.
SAFETY_PHRASES = (
    "Some of your answers about safety suggest",
    "private safety questions suggest",
)

#: Links that name one person's object: a kind and the id the link carries.
REF_PATTERNS: dict[str, re.Pattern[str]] = {
    "checkup": re.compile(r"/checkup/(\d+)/"),
    "plan session": re.compile(r"/plan/sessions/(\d+)/"),
    "check-in": re.compile(r"/progress/checkins/(\d+)/"),
    "journal entry": re.compile(r"/journal/([0-9a-f]{8}-[0-9a-f-]{27})/"),
    "API token": re.compile(r"/api-tokens/(\d+)/"),
    "signed-in session": re.compile(r"/accounts/sessions/([0-9a-f]{8}-[0-9a-f-]{27})/"),
    "focus suggestion": re.compile(r"/together/focus/(\d+)/"),
}


@dataclass
class Person:
    role: Role
    user: User
    email: str
    api_secret: str
    token: ApiToken
    entry: JournalEntry
    checkin: Checkin
    plan: Plan
    finished: list[Checkup]
    #: kind -> strings that belong to this person alone
    markers: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class World:
    people: dict[Role, Person]
    clients: dict[Role, Client]
    catalog: Catalog
    owner_private_checkup: Checkup  # older, never shared, positive safety screen
    owner_shared_checkup: Checkup  # newer, shared with the partner
    owner_open_checkup: Checkup  # in progress
    todo_session: PlanSession  # this week's, still to do
    done_session: PlanSession  # today's, marked done
    swap_to: str  # a practice the todo session may be swapped for
    proposal: FocusProposal  # the owner's suggestion, waiting for the partner
    owner_other_device: ActiveSession
    feed_token: str  # the owner's current calendar feed token
    old_feed_token: str  # the owner's earlier feed token, replaced
    owner_used_link: str  # the invitation link the partner accepted
    ex_used_code: str  # the code of the invitation the ex-partner accepted
    open_link: str  # the stranger's open invitation link
    open_code: str  # ... and its code
    reset_uid: str
    reset_token: str
    #: link kind -> id -> the people who may see a link to it
    refs: dict[str, dict[str, frozenset[Role]]] = field(default_factory=dict)

    def person(self, role: Role) -> Person:
        return self.people[role]


# --- Routes -----------------------------------------------------------------------------------


def route_names(
    patterns: list[URLPattern | URLResolver] | None = None, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str]]:
    """(name, route) for every URL pattern the project answers; unnamed ones by their route."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            full_ns = f"{namespace}:{ns}" if namespace and ns else ns or namespace
            yield from route_names(entry.url_patterns, prefix + str(entry.pattern), full_ns)
        else:
            route = prefix + str(entry.pattern)
            if entry.name is None:
                yield f"<unnamed {route}>", route
            else:
                yield (f"{namespace}:{entry.name}" if namespace else entry.name), route


# --- Building the world -----------------------------------------------------------------------


def _answer(keyed: int, points: int) -> int:
    """The answer (1..5) that gives an item ``points`` (0..4) toward its barrier."""
    return points + 1 if keyed == 1 else 5 - points


def _checkup(
    catalog: Catalog, user: User, *, points: int, safety: int, complete: bool = True
) -> Checkup:
    """A check-up answered through the services, page by page; finished unless told."""
    checkup = checkups.checkup_start(user=user)
    for page in checkups.checkup_pages(catalog):
        if page.is_safety:
            answers: dict[str, object] = {item.id: safety for item in catalog.safety.items}
        else:
            answers = {
                item.id: 3 if item.barrier is None else _answer(item.keyed, points)
                for item in page.items
            }
        checkups.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
        if not complete:
            return checkup  # only the first page answered
    checkups.checkup_complete(catalog=catalog, checkup=checkup)
    return checkup


def _moments(*values: datetime | None) -> set[str]:
    """The part of each ISO timestamp that every JSON encoder here writes the same way (to the
    millisecond, UTC): markers for timestamps of someone's private activity. A time on a whole
    second is left out: to the second, another person's could be the same."""
    return {
        value.astimezone(UTC).isoformat()[:23]
        for value in values
        if value is not None and value.microsecond
    }


def _signed_in(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def confirm_passwords(world: World) -> None:
    """Count every signed-in role as having just re-entered the password, so that what stands
    behind re-authentication is the real permission check being tested."""
    now = int(time.time())
    for role in PEOPLE:
        session = world.clients[role].session
        session[CONFIRMED_AT] = now
        session.save()


def _person(catalog: Catalog, role: Role, email: str, *, points: int, safety: int = 1) -> Person:
    user = User.objects.create_user(email=email, password=PASSWORD)
    finished = [_checkup(catalog, user, points=points, safety=safety)]
    plan = plans.plan_create(user=user, focus=list(FOCUS), together=False)
    checkin, _ = checkin_save(
        catalog=catalog,
        user=user,
        answers={item.id: 4 for item in checkin_questions(catalog)},
    )
    entry = journal_entry_create(
        user=user,
        title=f"Kestrelnote {role} title",
        body=f"Quillwort-{role} wrote this on a quiet evening, just for themselves.",
    )
    token, secret = token_create(user=user, name=f"Tamarack-{role} script")
    plans.calendar_update(user=user, wording=f"Larkspur-{role} time", show_names=False, at=None)
    return Person(role, user, email, secret, token, entry, checkin, plan, finished)


def build_world() -> World:
    catalog = site_catalog()
    # The owner's first check-up has a positive safety screen ("often"); the newer one does
    # not, so sharing is on again (only the latest finished and any open check-up pause it).
    owner = _person(catalog, "owner", "olive.owner@example.org", points=3, safety=4)
    partner = _person(catalog, "partner", "pat.partner@example.org", points=2)
    stranger = _person(catalog, "stranger", "sam.stranger@example.org", points=1)
    ex = _person(catalog, "ex_partner", "eli.expartner@example.org", points=4)
    people: dict[Role, Person] = {
        "owner": owner,
        "partner": partner,
        "stranger": stranger,
        "ex_partner": ex,
    }

    private = owner.finished[0]
    shared = _checkup(catalog, owner.user, points=2, safety=1)
    owner.finished.append(shared)

    # Linked with the ex-partner first: both shared, then the ex-partner left.
    with_ex = couples.invitation_create(user=owner.user)
    couples.invitation_accept(invitation=with_ex.invitation, user=ex.user)
    couples.share_create(user=owner.user, checkup=shared)
    couples.share_create(user=ex.user, checkup=ex.finished[0])
    assert couples.couple_view(user=ex.user) is not None
    couples.couple_leave(user=ex.user)

    # Now linked with the partner; both shared, so the couple view is open.
    with_partner = couples.invitation_create(user=owner.user)
    couples.invitation_accept(invitation=with_partner.invitation, user=partner.user)
    couples.share_create(user=owner.user, checkup=shared)
    couples.share_create(user=partner.user, checkup=partner.finished[0])
    assert couples.couple_view(user=owner.user) is not None
    proposal = couples.focus_propose(user=owner.user, barriers=list(FOCUS[:2]))

    # The owner is halfway through a new check-up (its first page answered).
    open_checkup = _checkup(catalog, owner.user, points=1, safety=1, complete=False)

    # Plan sessions: today's first one done; another this week, still to do, that can be
    # swapped (so marking done, moving and swapping it would all work for its owner).
    today = timezone.localdate()
    week = list(
        owner.plan.sessions.filter(date__lt=today + timedelta(days=7)).order_by("date", "id")
    )
    done = plans.session_mark_done(session=week[0])
    todo, swap_to = None, ""
    for candidate in week[1:]:
        options = plans.session_swap_options(session=candidate)
        if options:
            todo, swap_to = candidate, options[0].id
            break
    assert todo is not None, "no practice this week has anything to swap with"

    old_feed = plans.feed_create(user=owner.user)
    feed = plans.feed_create(user=owner.user)  # replaces the old one

    clients: dict[Role, Client] = {"anonymous": Client(raise_request_exception=False)}
    for role, person in people.items():
        clients[role] = _signed_in(person.user)
    _signed_in(owner.user)  # a second device
    other_device = ActiveSession.objects.filter(user=owner.user).order_by("-id").first()
    assert other_device is not None

    stranger_invite = couples.invitation_create(user=stranger.user)

    world = World(
        people=people,
        clients=clients,
        catalog=catalog,
        owner_private_checkup=private,
        owner_shared_checkup=shared,
        owner_open_checkup=open_checkup,
        todo_session=todo,
        done_session=done,
        swap_to=swap_to,
        proposal=proposal,
        owner_other_device=other_device,
        feed_token=feed,
        old_feed_token=old_feed,
        owner_used_link=with_partner.token,
        ex_used_code=with_ex.code,
        open_link=stranger_invite.token,
        open_code=stranger_invite.code,
        reset_uid=urlsafe_base64_encode(force_bytes(owner.user.pk)),
        reset_token=default_token_generator.make_token(owner.user),
    )
    _plant_markers(world)
    confirm_passwords(world)
    return world


def _plant_markers(world: World) -> None:
    refs: dict[str, dict[str, frozenset[Role]]] = {kind: {} for kind in REF_PATTERNS}
    for role, person in world.people.items():
        user = person.user
        mine = frozenset({role})
        every_checkup = list(Checkup.objects.filter(user=user))
        person.markers = {
            "email": [person.email],
            "journal text": [person.entry.title, f"Quillwort-{role}"],
            "API token name": [person.token.name],
            "calendar wording": [f"Larkspur-{role}"],
            "plan calendar id": [plan.uid.hex for plan in Plan.objects.filter(user=user)],
            "timestamp": sorted(
                _moments(
                    *(c.started_at for c in every_checkup),
                    *(c.completed_at for c in every_checkup),
                    person.entry.created_at,
                    person.checkin.created_at,
                )
            ),
        }
        for checkup in every_checkup:
            refs["checkup"][str(checkup.pk)] = mine
        for session_id in PlanSession.objects.filter(plan__user=user).values_list("pk", flat=True):
            refs["plan session"][str(session_id)] = mine
        refs["check-in"][str(person.checkin.pk)] = mine
        refs["journal entry"][str(person.entry.pk)] = mine
        refs["API token"][str(person.token.pk)] = mine
        for public_id in ActiveSession.objects.filter(user=user).values_list(
            "public_id", flat=True
        ):
            refs["signed-in session"][str(public_id)] = mine
    world.people["owner"].markers["safety screen"] = list(SAFETY_PHRASES)
    refs["focus suggestion"][str(world.proposal.pk)] = frozenset({"owner", "partner"})
    world.refs = refs


# --- Looking for other people's data in a response --------------------------------------------


def linked(one: Role, other: Role) -> bool:
    """Whether two roles are a couple now (the ex-partner no longer is)."""
    return {one, other} == {"owner", "partner"}


def _json_refs(data: Any, found: list[tuple[str, str]]) -> None:
    """Ids in API answers: check-ups (they have ``started_at``), sessions (``practice_id``)."""
    if isinstance(data, Mapping):
        if "id" in data and "started_at" in data:
            found.append(("checkup", str(data["id"])))
        if "id" in data and "practice_id" in data:
            found.append(("plan session", str(data["id"])))
        for value in data.values():
            _json_refs(value, found)
    elif isinstance(data, list):
        for value in data:
            _json_refs(value, found)


def refs_in(text: str, data: Any) -> list[tuple[str, str]]:
    found = [(kind, m.group(1)) for kind, rx in REF_PATTERNS.items() for m in rx.finditer(text)]
    _json_refs(data, found)
    return found


def foreign_markers(
    world: World,
    text: str,
    data: Any,
    *,
    seen_as: Role,
    partner_email: bool,
) -> list[str]:
    """What in ``text`` (and parsed JSON ``data``) belongs to someone other than ``seen_as``.
    ``partner_email``: this page may name the linked partner by email."""
    problems: list[str] = []
    for role, person in world.people.items():
        if role == seen_as:
            continue
        for kind, values in person.markers.items():
            if kind == "email" and partner_email and linked(seen_as, role):
                continue
            problems.extend(f"{role}'s {kind} {v!r}" for v in values if v in text)
    for kind, ident in refs_in(text, data):
        allowed = world.refs[kind].get(ident)
        if allowed is not None and seen_as not in allowed:
            problems.append(f"a link to {'/'.join(sorted(allowed))}'s {kind} {ident}")
    return sorted(set(problems))


def owner_markers_in(world: World, text: str, data: Any) -> set[str]:
    """The owner's markers and links found in a response (to show the search works)."""
    owner = world.people["owner"]
    found = {f"{kind}: {v}" for kind, values in owner.markers.items() for v in values if v in text}
    for kind, ident in refs_in(text, data):
        if "owner" in world.refs[kind].get(ident, frozenset()):
            found.add(f"link kind: {kind}")
    return found


def owner_markers_expected(world: World) -> set[str]:
    owner = world.people["owner"]
    expected = {f"{kind}: {v}" for kind, values in owner.markers.items() for v in values}
    return expected | {f"link kind: {kind}" for kind in REF_PATTERNS}


# --- The owner's data, to show that nobody else changed it ------------------------------------


def _rows(model: type[Model], fields: tuple[str, ...], **lookup: Any) -> list[tuple[Any, ...]]:
    return sorted(
        tuple(str(value) for value in row)
        for row in model._default_manager.filter(**lookup).values_list(*fields)
    )


def owner_fingerprint(world: World) -> dict[str, object]:
    """Everything the owner has, as plain values (journal text decrypted)."""
    user = world.people["owner"].user
    fresh = User.objects.get(pk=user.pk)
    return {
        "account": (fresh.email, fresh.password, fresh.is_active, fresh.session_epoch),
        "check-ups": _rows(Checkup, ("id", "completed_at", "profile"), user=user),
        "answers": _rows(Answer, ("checkup_id", "item_id", "value"), checkup__user=user),
        "safety answers": _rows(
            SafetyAnswer, ("checkup_id", "item_id", "value"), checkup__user=user
        ),
        "couple": _rows(CoupleMember, ("couple_id",), user=user),
        "shares": _rows(ProfileShare, ("couple_id", "checkup_id"), user=user),
        "invitations": _rows(Invitation, ("id", "accepted_at", "revoked_at"), inviter=user),
        "focus suggestions": _rows(
            FocusProposal, ("id", "barriers", "agreed_at"), proposed_by=user
        ),
        "code attempts": _rows(CodeAttempt, ("id",), user=user),
        "plans": _rows(Plan, ("id", "active", "focus", "start"), user=user),
        "plan sessions": _rows(
            PlanSession,
            ("id", "date", "practice_id", "status", "done_at", "swapped_from"),
            plan__user=user,
        ),
        "plan preferences": _rows(
            PlanPreferences,
            (
                "calendar_wording",
                "calendar_show_names",
                "calendar_time",
                "feed_token_hash",
                "reminders_enabled",
                "reminder_time",
            ),
            user=user,
        ),
        "check-ins": _rows(Checkin, ("id", "day", "answers", "scores"), user=user),
        "journal": sorted(
            (str(e.pk), e.title, e.body, e.prompt, str(e.updated_at))
            for e in JournalEntry.objects.filter(user=user)
        ),
        "API tokens": _rows(ApiToken, ("id", "name", "revoked"), user=user),
        "signed-in sessions": _rows(ActiveSession, ("public_id", "key_hash"), user=user),
    }


def fingerprint_changes(before: dict[str, object], after: dict[str, object]) -> list[str]:
    return [key for key in before if before[key] != after[key]]


def today_iso() -> str:
    return timezone.localdate().isoformat()
