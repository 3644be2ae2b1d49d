"""Fixtures for partner tests: people with finished check-ups, linked couples, page snapshots."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.accounts.reauth import CONFIRMED_AT
from nearer.checkups import services as checkups
from nearer.checkups.models import Checkup
from nearer.core.catalog import BARRIER_SLUGS
from nearer.couples import services
from nearer.couples.models import Couple
from nearer.web.catalog import site_catalog

Points = int | Mapping[str, int]


def answer_for(keyed: int, points: int) -> int:
    """The answer (1..5) that gives an item ``points`` (0..4) toward its barrier."""
    return points + 1 if keyed == 1 else 5 - points


@pytest.fixture
def finished_checkup(db: None) -> Callable[..., Checkup]:
    """A completed check-up for ``user``. ``points`` (0..4) sets every item's pull toward its
    barrier, for all barriers or per slug; ``safety`` answers every safety item (1 = never)."""

    def make(user: User, points: Points = 2, safety: int = 1, complete: bool = True) -> Checkup:
        catalog = site_catalog()
        checkup = checkups.checkup_start(user=user)
        for page in checkups.checkup_pages(catalog):
            if page.is_safety:
                answers: dict[str, object] = {i.id: safety for i in catalog.safety.items}
            else:
                answers = {}
                for item in page.items:
                    if item.barrier is None:
                        answers[item.id] = 3
                        continue
                    wanted = points if isinstance(points, int) else points.get(item.barrier, 2)
                    answers[item.id] = answer_for(item.keyed, wanted)
            checkups.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
        if complete:
            checkups.checkup_complete(catalog=catalog, checkup=checkup)
        return checkup

    return make


@pytest.fixture
def link() -> Callable[[User, User], Couple]:
    def make(inviter: User, invitee: User) -> Couple:
        created = services.invitation_create(user=inviter)
        return services.invitation_accept(invitation=created.invitation, user=invitee)

    return make


def sign_in(client: Client, user: User, *, confirmed: bool = True) -> Client:
    """Sign in; ``confirmed`` also counts as having just re-entered the password."""
    client.force_login(user)
    if confirmed:
        session = client.session
        session[CONFIRMED_AT] = int(time.time())
        session.save()
    return client


@pytest.fixture
def signed_in() -> Callable[..., Client]:
    def make(user: User, confirmed: bool = True) -> Client:
        return sign_in(Client(), user, confirmed=confirmed)

    return make


_CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_NONCE = re.compile(r'(nonce=")[^"]*(")')


def page_text(response: object) -> str:
    """The page with its per-request randomness (CSRF token, CSP nonce) blanked out."""
    content = getattr(response, "content", b"")
    assert isinstance(content, bytes)
    html = content.decode()
    return _NONCE.sub(r"\1\2", _CSRF.sub(r"\1\2", html))


#: Scores that make the two partners agree on some barriers and differ on others.
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
