"""Partners: invitations, the couple link, what each person chooses to share, focus choices.

Privacy rules the schema itself helps keep:

* An invitation stores only keyed hashes of its link token and short code, never the secrets.
* A person belongs to at most one couple (a unique constraint, so two invitations accepted at
  the same moment cannot both succeed).
* A share points at one of the sharer's own completed check-ups and belongs to the couple it
  was made in: leaving the couple deletes the couple and, with it, every share and proposal,
  so access ends at once. Each person's own check-ups, plans and notes live in other apps and
  are untouched.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class Invitation(models.Model):
    """An invitation to link accounts: a single-use link and a short code, for 48 hours."""

    inviter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="couple_invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = (models.Index(fields=("inviter", "accepted_at", "revoked_at")),)

    def __str__(self) -> str:
        return f"Invitation {self.pk}"

    def is_open(self, now: datetime | None = None) -> bool:
        moment = now or timezone.now()
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > moment

    @property
    def status(self) -> str:
        if self.accepted_at is not None:
            return "accepted"
        if self.revoked_at is not None:
            return "withdrawn"
        if self.expires_at <= timezone.now():
            return "expired"
        return "open"


class CodeAttempt(models.Model):
    """A wrong invitation code typed by this person; a few per hour are allowed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="couple_code_attempts"
    )
    attempted_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"Code attempt {self.pk}"


class Couple(models.Model):
    """Two linked people. Deleted (with its shares and proposals) when either one leaves."""

    linked_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Couple {self.pk}"


class CoupleMember(models.Model):
    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="members")
    # unique: one partner per person at a time, enforced by the database.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="couple_membership"
    )

    def __str__(self) -> str:
        return f"Couple member {self.pk}"


class ProfileShare(models.Model):
    """One person shares the scores and bands of one of their completed check-ups."""

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="shares")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="couple_shares"
    )
    checkup = models.ForeignKey(
        "checkups.Checkup", on_delete=models.CASCADE, related_name="couple_shares"
    )
    shared_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("couple", "checkup"), name="share_checkup_once"),
        )

    def __str__(self) -> str:
        return f"Profile share {self.pk}"


class FocusProposal(models.Model):
    """Up to three focus barriers, proposed by one partner; the other may agree.

    At most one open (not yet agreed) proposal per couple; the newest agreed one is the
    couple's current focus. Either partner may propose a change later."""

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="focus_proposals")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="couple_focus_proposals"
    )
    barriers: models.JSONField[Any] = models.JSONField()
    proposed_at = models.DateTimeField(default=timezone.now)
    agreed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-proposed_at", "-id")
        constraints = (
            models.UniqueConstraint(
                fields=("couple",),
                condition=models.Q(agreed_at__isnull=True),
                name="one_open_focus_proposal_per_couple",
            ),
        )

    def __str__(self) -> str:
        return f"Focus proposal {self.pk}"
