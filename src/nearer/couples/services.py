"""Partners: invitations, linking and leaving, private-by-default sharing, the couple view and
choosing focus barriers. Views stay thin; every rule lives here.

The partner may be the adversary (notes/safety-and-privacy.md), so:

* Nothing about one person's check-ups reaches the other unless they shared it, and then only
  scores and bands, and only once *both* have shared (simultaneous reveal).
* A positive safety screen on someone's latest (or unfinished) check-up pauses their sharing:
  their shares are withdrawn and the couple view closes, looking exactly as if they had simply
  not shared. Every read checks this again, so it holds however the screen was answered.
* Invitations store keyed hashes only, expire after 48 hours, work once and can be withdrawn.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.checkups.services import checkup_open, checkup_safety_positive
from nearer.core.catalog import Catalog
from nearer.couples.compare import Comparison, SharedProfile, compare_profiles, shared_profile
from nearer.couples.models import (
    CodeAttempt,
    Couple,
    CoupleMember,
    FocusProposal,
    Invitation,
    ProfileShare,
)
from nearer.web.catalog import site_catalog

if TYPE_CHECKING:
    from nearer.plans.models import Plan

INVITATION_LIFETIME = timedelta(hours=48)
#: No 0/O, 1/I/L: easy to read aloud and to type from a phone screen.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
#: Wrong codes a person may type per hour before code entry pauses for them.
CODE_ATTEMPTS_PER_HOUR = 10
MAX_FOCUS = 3


class CoupleError(ValueError):
    """A partner action that cannot happen; the message is safe to show to the person acting."""


class InvitationUnusable(CoupleError):
    def __init__(self) -> None:
        super().__init__(
            "This invitation cannot be used. It may have expired, been used or been withdrawn."
            " You can ask for a new one."
        )


class OwnInvitation(CoupleError):
    def __init__(self) -> None:
        super().__init__(
            "This is your own invitation. Send the link or code to your partner to use."
        )


class AlreadyLinked(CoupleError):
    def __init__(self) -> None:
        super().__init__(
            "You are already linked with a partner. To link with someone else, leave first."
        )


class NotLinked(CoupleError):
    def __init__(self) -> None:
        super().__init__("You are not linked with a partner at the moment.")


class SharingPaused(CoupleError):
    def __init__(self) -> None:
        super().__init__("Sharing is paused on this account for now.")


class FocusError(CoupleError):
    pass


# --- Invitations ----------------------------------------------------------------------------


def _digest(kind: str, secret: str) -> str:
    # Keyed (HMAC with SECRET_KEY): a short code cannot be recovered from a database dump.
    return salted_hmac(f"nearer.couples.invitation.{kind}", secret, algorithm="sha256").hexdigest()


def code_normalise(raw: str) -> str | None:
    """Upper-case, drop spaces and dashes; None unless it could be a code at all."""
    code = "".join(raw.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def code_display(code: str) -> str:
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


@dataclass(frozen=True, slots=True)
class CreatedInvitation:
    """A new invitation with its secrets; they are shown once and never stored."""

    invitation: Invitation
    token: str
    code: str

    @property
    def code_display(self) -> str:
        return code_display(self.code)


def invitation_open(*, user: User) -> Invitation | None:
    return (
        Invitation.objects.filter(
            inviter=user,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .order_by("-created_at", "-id")
        .first()
    )


def _revoke_open(user: User, now: datetime) -> int:
    return Invitation.objects.filter(
        inviter=user, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)


def invitation_create(*, user: User) -> CreatedInvitation:
    """A fresh invitation; any open one stops working (one open invitation at a time)."""
    for _ in range(5):
        token = secrets.token_urlsafe(32)
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        try:
            with transaction.atomic():
                if couple_of(user=user) is not None:
                    raise AlreadyLinked()
                now = timezone.now()
                _revoke_open(user, now)
                invitation = Invitation.objects.create(
                    inviter=user,
                    token_hash=_digest("token", token),
                    code_hash=_digest("code", code),
                    created_at=now,
                    expires_at=now + INVITATION_LIFETIME,
                )
        except IntegrityError:  # a hash collision: astronomically rare, so just draw again
            continue
        return CreatedInvitation(invitation, token, code)
    raise CoupleError("Could not make an invitation just now. Please try again.")


def invitation_revoke(*, user: User) -> bool:
    with transaction.atomic():
        return _revoke_open(user, timezone.now()) > 0


def invitation_by_token(*, token: str) -> Invitation | None:
    """The open invitation behind a link, or None (unknown, used, withdrawn or expired)."""
    if not token or len(token) > 100:
        return None
    found = Invitation.objects.filter(token_hash=_digest("token", token)).first()
    return found if found is not None and found.is_open() else None


def invitation_by_code(*, code: str) -> Invitation | None:
    clean = code_normalise(code)
    if clean is None:
        return None
    found = Invitation.objects.filter(code_hash=_digest("code", clean)).first()
    return found if found is not None and found.is_open() else None


def invitations_prune(*, now: datetime | None = None) -> int:
    """Delete invitations that expired without being accepted (withdrawn ones included, once
    past their expiry): their link and code can never work again. Accepted ones stay, as
    part of the inviter's own record (they are in the export). Returns how many went."""
    deleted, _ = Invitation.objects.filter(
        accepted_at__isnull=True, expires_at__lte=now or timezone.now()
    ).delete()
    return deleted


def code_attempts_exhausted(*, user: User) -> bool:
    since = timezone.now() - timedelta(hours=1)
    return (
        CodeAttempt.objects.filter(user=user, attempted_at__gt=since).count()
        >= CODE_ATTEMPTS_PER_HOUR
    )


def code_attempt_record(*, user: User) -> None:
    with transaction.atomic():
        CodeAttempt.objects.filter(
            user=user, attempted_at__lte=timezone.now() - timedelta(days=1)
        ).delete()
        CodeAttempt.objects.create(user=user)


def invitation_check(*, invitation: Invitation, user: User) -> None:
    """Raise the CoupleError that would stop ``user`` accepting; return if they can."""
    if not invitation.is_open():
        raise InvitationUnusable()
    if invitation.inviter_id == user.pk:
        raise OwnInvitation()
    if couple_of(user=user) is not None:
        raise AlreadyLinked()
    if CoupleMember.objects.filter(user_id=invitation.inviter_id).exists():
        raise InvitationUnusable()


def invitation_accept(*, invitation: Invitation, user: User) -> Couple:
    """Link the inviter and ``user``. Single use; neither may already have a partner."""
    try:
        with transaction.atomic():
            locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
            invitation_check(invitation=locked, user=user)
            now = timezone.now()
            couple = Couple.objects.create(linked_at=now)
            CoupleMember.objects.create(couple=couple, user_id=locked.inviter_id)
            CoupleMember.objects.create(couple=couple, user=user)
            locked.accepted_at = now
            locked.save(update_fields=["accepted_at"])
            # Neither person's other invitations may link them to a third person.
            Invitation.objects.filter(
                inviter_id__in=(locked.inviter_id, user.pk),
                accepted_at__isnull=True,
                revoked_at__isnull=True,
            ).update(revoked_at=now)
    except IntegrityError:
        # Someone in this pair was linked by a concurrent request a moment ago.
        raise InvitationUnusable() from None
    return couple


# --- The couple -----------------------------------------------------------------------------


def couple_of(*, user: User) -> Couple | None:
    member = CoupleMember.objects.select_related("couple").filter(user=user).first()
    return member.couple if member is not None else None


def partner_of(*, user: User) -> User | None:
    """The person ``user`` is linked with now, or None."""
    member = (
        CoupleMember.objects.select_related("user")
        .filter(couple__members__user=user)
        .exclude(user=user)
        .first()
    )
    return member.user if member is not None else None


def couple_leave(*, user: User) -> bool:
    """End the couple at once. Shares and focus proposals go with it; each person keeps
    their own check-ups, plans and notes (they live in other apps and are not touched)."""
    with transaction.atomic():
        couple = couple_of(user=user)
        if couple is None:
            return False
        couple.delete()
        return True


# --- Sharing --------------------------------------------------------------------------------


def sharing_paused(*, user: User, catalog: Catalog | None = None) -> bool:
    """True when the safety screen of the person's latest finished check-up, or of the one
    they are in the middle of, is positive. Visible to this person only."""
    catalog = catalog or site_catalog()
    latest = (
        Checkup.objects.filter(user=user, completed_at__isnull=False)
        .order_by("-completed_at", "-id")
        .first()
    )
    return any(
        checkup is not None and checkup_safety_positive(catalog=catalog, checkup=checkup)
        for checkup in (latest, checkup_open(user=user))
    )


def shares_enforce_safety(*, user: User, catalog: Catalog | None = None) -> bool:
    """Withdraw every share of a person whose sharing is paused. Returns whether paused."""
    if not sharing_paused(user=user, catalog=catalog):
        return False
    with transaction.atomic():
        ProfileShare.objects.filter(user=user).delete()
    return True


def share_create(*, user: User, checkup: Checkup) -> ProfileShare:
    """Share one of your own finished check-ups (scores and bands) with your partner."""
    if checkup.user_id != user.pk or checkup.completed_at is None or not checkup.profile:
        raise CoupleError("Only a finished check-up of your own can be shared.")
    if shares_enforce_safety(user=user):
        raise SharingPaused()
    # A check-up whose own safety screen was positive is never shared, even an older one.
    if checkup_safety_positive(catalog=site_catalog(), checkup=checkup):
        raise SharingPaused()
    with transaction.atomic():
        couple = couple_of(user=user)
        if couple is None:
            raise NotLinked()
        share, _ = ProfileShare.objects.get_or_create(
            couple=couple, checkup=checkup, defaults={"user": user}
        )
    return share


def share_withdraw(*, user: User, checkup_id: int) -> bool:
    with transaction.atomic():
        deleted, _ = ProfileShare.objects.filter(user=user, checkup_id=checkup_id).delete()
    return deleted > 0


def shared_checkup_ids(*, user: User) -> set[int]:
    """Which of this person's own check-ups they are sharing now."""
    return set(ProfileShare.objects.filter(user=user).values_list("checkup_id", flat=True))


def _latest_share(couple: Couple, user: User) -> Checkup | None:
    share = (
        ProfileShare.objects.filter(couple=couple, user=user, checkup__completed_at__isnull=False)
        .select_related("checkup")
        .order_by("-checkup__completed_at", "-checkup_id")
        .first()
    )
    return share.checkup if share is not None else None


@dataclass(frozen=True, slots=True)
class CoupleView:
    """What the couple view may show: both shared profiles and how they compare. Built only
    when both have shared and neither person's sharing is paused."""

    couple: Couple
    partner: User
    mine: SharedProfile
    theirs: SharedProfile
    comparison: Comparison


def couple_view(*, user: User) -> CoupleView | None:
    """The open couple view for ``user``, or None — one answer for every closed state."""
    catalog = site_catalog()
    couple = couple_of(user=user)
    partner = partner_of(user=user)
    if couple is None or partner is None:
        return None
    # Check both people every time: a positive screen closes the view however it was reached.
    paused = [shares_enforce_safety(user=person, catalog=catalog) for person in (user, partner)]
    if any(paused):
        return None
    my_checkup, their_checkup = _latest_share(couple, user), _latest_share(couple, partner)
    if my_checkup is None or their_checkup is None:
        return None
    slugs = [b.slug for b in catalog.barriers]
    mine = shared_profile(my_checkup.profile or {}, slugs)
    theirs = shared_profile(their_checkup.profile or {}, slugs)
    comparison = compare_profiles(
        mine, theirs, slugs=slugs, band_names=[band.name for band in catalog.bands]
    )
    return CoupleView(couple, partner, mine, theirs, comparison)


# --- Focus barriers -------------------------------------------------------------------------


def focus_clean(*, barriers: Sequence[str], catalog: Catalog | None = None) -> tuple[str, ...]:
    """One to three distinct barrier slugs, in catalog order. Raises FocusError."""
    catalog = catalog or site_catalog()
    known = [b.slug for b in catalog.barriers]
    chosen = set(barriers)
    if not chosen:
        raise FocusError("Please choose at least one barrier.")
    if len(chosen) > MAX_FOCUS:
        raise FocusError(f"Please choose at most {MAX_FOCUS} barriers.")
    if not chosen <= set(known):
        raise FocusError("Please choose from the barriers listed.")
    return tuple(slug for slug in known if slug in chosen)


def focus_open_proposal(*, couple: Couple) -> FocusProposal | None:
    return FocusProposal.objects.filter(couple=couple, agreed_at__isnull=True).first()


def focus_agreed(*, couple: Couple) -> FocusProposal | None:
    return (
        FocusProposal.objects.filter(couple=couple, agreed_at__isnull=False)
        .order_by("-agreed_at", "-id")
        .first()
    )


def focus_propose(*, user: User, barriers: Sequence[str]) -> FocusProposal:
    """Suggest focus barriers to your partner; replaces any suggestion still open."""
    focus = focus_clean(barriers=barriers)
    view = couple_view(user=user)
    if view is None:
        raise FocusError("Choosing together opens once you have both shared a check-up.")
    with transaction.atomic():
        FocusProposal.objects.filter(couple=view.couple, agreed_at__isnull=True).delete()
        return FocusProposal.objects.create(
            couple=view.couple, proposed_by=user, barriers=list(focus)
        )


def focus_accept(*, user: User, proposal: FocusProposal) -> list[Plan]:
    """Agree to your partner's suggestion: each of you gets a six-week plan for it."""
    from nearer.plans.services import plan_create

    view = couple_view(user=user)
    if view is None or proposal.couple_id != view.couple.pk:
        raise FocusError("Choosing together opens once you have both shared a check-up.")
    with transaction.atomic():
        locked = FocusProposal.objects.select_for_update().filter(pk=proposal.pk).first()
        if locked is None or locked.agreed_at is not None:
            raise FocusError("That suggestion has changed. Please look again.")
        if locked.proposed_by_id == user.pk:
            raise FocusError("Your partner needs to agree to your suggestion.")
        focus = focus_clean(barriers=locked.barriers)
        locked.agreed_at = timezone.now()
        locked.save(update_fields=["agreed_at"])
        # One start date for both, so their together-practices fall on the same days.
        start = timezone.localdate()
        return [
            plan_create(user=person, focus=focus, together=True, start=start)
            for person in (view.partner, user)
        ]


def focus_withdraw(*, user: User, proposal: FocusProposal) -> bool:
    """Withdraw your suggestion, or say "not now" to your partner's."""
    with transaction.atomic():
        deleted, _ = FocusProposal.objects.filter(
            pk=proposal.pk, couple__members__user=user, agreed_at__isnull=True
        ).delete()
    return deleted > 0


def focus_solo(
    *, user: User, barriers: Sequence[str], with_together_practices: bool = False
) -> Plan:
    """Choose focus barriers on your own: a personal six-week plan, nothing shared.
    ``with_together_practices`` adds practices for two, for a partner who does not use Nearer."""
    from nearer.plans.services import plan_create

    focus = focus_clean(barriers=barriers)
    return plan_create(
        user=user, focus=focus, together=False, with_together_practices=with_together_practices
    )


# --- Export ---------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def couples_export(*, user: User) -> dict[str, Any]:
    """What this person owns here: their invitations, their sharing choices, their focus
    suggestions. Nothing of the partner's — not even who the partner is."""
    couple = couple_of(user=user)
    return {
        "linked": couple is not None,
        "linked_at": _iso(couple.linked_at) if couple is not None else None,
        "invitations": [
            {
                "created_at": _iso(i.created_at),
                "expires_at": _iso(i.expires_at),
                "status": i.status,
                "accepted_at": _iso(i.accepted_at),
                "withdrawn_at": _iso(i.revoked_at),
            }
            for i in Invitation.objects.filter(inviter=user).order_by("created_at", "id")
        ],
        "shared_checkups": [
            {"checkup_id": s.checkup_id, "shared_at": _iso(s.shared_at)}
            for s in ProfileShare.objects.filter(user=user).order_by("shared_at", "id")
        ],
        "focus_suggestions": [
            {
                "barriers": list(p.barriers),
                "suggested_at": _iso(p.proposed_at),
                "agreed_at": _iso(p.agreed_at),
            }
            for p in FocusProposal.objects.filter(proposed_by=user).order_by("proposed_at", "id")
        ],
        "wrong_code_attempts": [
            _iso(a.attempted_at)
            for a in CodeAttempt.objects.filter(user=user).order_by("attempted_at", "id")
        ],
    }
