"""Seed a benchmark database through Nearer's own services; prints one JSON line.

``python -m bench.seed load``: one person with three finished check-ups and an open one.
``python -m bench.seed faults N PREFIX``: N people, each signed in with an open check-up.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import django

if TYPE_CHECKING:
    from nearer.accounts.models import User


def _finish(user: User, value: int) -> int:
    from nearer.checkups import services
    from nearer.web.catalog import site_catalog

    catalog = site_catalog()
    checkup = services.checkup_start(user=user)
    for page in services.checkup_pages(catalog):
        if page.is_safety:
            answers: dict[str, object] = {item.id: 1 for item in catalog.safety.items}
        else:
            answers = {item.id: 1 + (value + n) % 5 for n, item in enumerate(page.items)}
        services.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
    services.checkup_complete(catalog=catalog, checkup=checkup)
    return checkup.pk


def seed_load() -> dict[str, object]:
    from nearer.accounts.models import User
    from nearer.checkups import services
    from nearer.web.catalog import site_catalog

    email, password = "bench@example.org", "a long bench pass phrase 42"
    user = User.objects.create_user(email=email, password=password)
    done = [_finish(user, value) for value in (2, 3, 4)]
    catalog = site_catalog()
    open_checkup = services.checkup_start(user=user)
    first = services.checkup_pages(catalog)[0]
    services.checkup_save_page(
        catalog=catalog,
        checkup=open_checkup,
        page=first,
        answers={item.id: 3 for item in first.items},
    )
    return {
        "email": email,
        "password": password,
        "results": f"/checkup/{done[-1]}/results/",
        "page": f"/checkup/{open_checkup.pk}/page/2/",
    }


def seed_faults(count: int, prefix: str) -> dict[str, object]:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from nearer.accounts.models import User
    from nearer.checkups import services
    from nearer.web.catalog import site_catalog

    catalog = site_catalog()
    pages = [
        {
            "number": page.number,
            "safety": page.is_safety,
            "items": [item.id for item in (catalog.safety.items if page.is_safety else page.items)],
            "scale": [
                point.value
                for point in (catalog.safety.scale if page.is_safety else catalog.agreement_scale)
            ],
        }
        for page in services.checkup_pages(catalog)
    ]
    people = []
    for n in range(count):
        user = User.objects.create_user(email=f"{prefix}{n}@example.org", password=None)
        checkup = services.checkup_start(user=user)
        # A signed-in session made the way django.contrib.auth.login makes one.
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "nearer.accounts.backends.AccountBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        people.append({"session": session.session_key, "checkup": checkup.pk})
    return {"people": people, "pages": pages}


def main() -> None:
    django.setup()
    data = seed_load() if sys.argv[1] == "load" else seed_faults(int(sys.argv[2]), sys.argv[3])
    print(json.dumps(data))


if __name__ == "__main__":
    main()
