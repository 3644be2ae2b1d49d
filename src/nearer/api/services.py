"""API business logic: tokens, and the few compositions of other apps' services the API needs.

Views and endpoints stay thin and call these. Nothing here reads another person's data.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Final

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from nearer.accounts.models import User
from nearer.api.models import ApiToken
from nearer.checkups.models import Checkup
from nearer.checkups.services import checkup_complete, checkup_pages, checkup_save_page
from nearer.core.safety import validate_safety_answers
from nearer.core.scoring import AnswerError, validate_answers
from nearer.web.catalog import site_catalog

#: Tokens start with this, so a leaked one is easy to recognise in logs or code.
TOKEN_PREFIX: Final = "nearer_"  # noqa: S105  (a label, not a secret)
#: How much of a token the list shows (the prefix plus a few random characters).
SHOWN_CHARACTERS: Final = len(TOKEN_PREFIX) + 6
NAME_MAX: Final = 60
#: Active tokens a person may hold at once; revoking one makes room.
MAX_ACTIVE_TOKENS: Final = 20
#: ``last_used`` is refreshed at most this often.
LAST_USED_RESOLUTION: Final = timedelta(minutes=1)


class TokenError(ValueError):
    """A token that cannot be made; the message is fit to show the person."""


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# --- Tokens -------------------------------------------------------------------------------------


def tokens_for(*, user: User) -> list[ApiToken]:
    """The person's tokens, active first, newest first."""
    return list(
        ApiToken.objects.filter(user=user).order_by(
            F("revoked").asc(nulls_first=True), "-created", "-id"
        )
    )


def token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Make a token and return it with its secret, which is never stored and never shown again."""
    clean = " ".join(name.split())
    if not clean:
        raise TokenError("Give the token a name, so you can recognise it later.")
    if len(clean) > NAME_MAX:
        raise TokenError(f"Keep the name to {NAME_MAX} characters or fewer.")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        # Serialise token creation for one person, so the limit holds with two tabs open.
        User.objects.select_for_update().filter(pk=user.pk).first()
        active = ApiToken.objects.filter(user=user, revoked__isnull=True).count()
        if active >= MAX_ACTIVE_TOKENS:
            raise TokenError(
                f"You already have {MAX_ACTIVE_TOKENS} active tokens. Revoke one you no longer"
                " use first."
            )
        token = ApiToken.objects.create(
            user=user, name=clean, token_hash=_hash(secret), prefix=secret[:SHOWN_CHARACTERS]
        )
    return token, secret


def token_get(*, user: User, pk: int) -> ApiToken | None:
    """One of the person's tokens, or None (the caller answers 404)."""
    return ApiToken.objects.filter(pk=pk, user=user).first()


def token_revoke(*, token: ApiToken, now: datetime | None = None) -> ApiToken:
    """Stop a token working, at once and for good (idempotent)."""
    moment = now or timezone.now()
    ApiToken.objects.filter(pk=token.pk, revoked__isnull=True).update(revoked=moment)
    token.refresh_from_db(fields=["revoked"])
    return token


def tokens_revoke_all(*, user: User, now: datetime | None = None) -> int:
    """Stop every token of the person at once (for "sign out everywhere": someone who once
    knew the password may have made one). Returns how many were still active."""
    moment = now or timezone.now()
    return ApiToken.objects.filter(user=user, revoked__isnull=True).update(revoked=moment)


def token_authenticate(*, secret: str, now: datetime | None = None) -> ApiToken | None:
    """The active token with this secret (its person is active), or None.

    Marks the token used, writing at most once a minute."""
    if not secret.startswith(TOKEN_PREFIX) or not 20 <= len(secret) <= 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=_hash(secret), revoked__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    moment = now or timezone.now()
    if token.last_used is None or moment - token.last_used >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used=moment)
        token.last_used = moment
    return token


def api_tokens_export(*, user: User) -> dict[str, Any]:
    """The person's tokens for their own JSON export: names and dates, never a hash or secret."""
    return {
        "api_tokens": [
            {
                "name": t.name,
                "shown_as": t.prefix + "…",
                "created": t.created.isoformat(),
                "last_used": t.last_used.isoformat() if t.last_used else None,
                "revoked": t.revoked.isoformat() if t.revoked else None,
            }
            for t in ApiToken.objects.filter(user=user).order_by("created", "id")
        ]
    }


# --- Check-ups ----------------------------------------------------------------------------------


def checkup_submit(
    *, user: User, answers: Mapping[str, object], safety: Mapping[str, object]
) -> Checkup:
    """A finished check-up from a complete set of answers (and any safety-screen answers), saved
    in one transaction through the check-up services. A check-up the person has open on the
    web is left as it is.

    Raises AnswerError (unknown item, value off the scale, an item left out) or
    SafetyAnswerError; nothing is saved then."""
    catalog = site_catalog()
    clean = validate_answers(catalog, answers)
    missing = [item.id for item in catalog.checkup_items if item.id not in clean]
    if missing:
        raise AnswerError(f"every statement needs an answer; missing: {', '.join(missing)}")
    clean_safety = validate_safety_answers(catalog, safety)
    with transaction.atomic():
        checkup = Checkup.objects.create(user=user)
        for page in checkup_pages(catalog):
            if page.is_safety:
                page_answers: Mapping[str, object] = clean_safety
            else:
                page_answers = {item.id: clean[item.id] for item in page.items}
            checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=page_answers)
        checkup_complete(catalog=catalog, checkup=checkup)
    return checkup
