"""A person's six-week practice plan, its sessions, and their calendar and reminder settings.

Everything here belongs to one person. A partner doing the same plan has their own Plan rows
(made from the same focus and start date, so together-practices fall on the same days); nothing
here points at a partner.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models


class Plan(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plans"
    )
    # Focus barrier slugs in the order the person chose them.
    focus: models.JSONField[Any] = models.JSONField(default=list)
    # Made with a partner who follows the same plan.
    together = models.BooleanField(default=False)
    # Together-practices are included (always when `together`; on request in solo use).
    with_together_practices = models.BooleanField(default=False)
    start = models.DateField()
    created = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=True)
    # Stable, unguessable part of calendar event UIDs.
    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)

    class Meta:
        ordering = ("-created", "-id")
        indexes = (models.Index(fields=("user", "active")),)
        constraints = (
            models.UniqueConstraint(
                fields=("user",), condition=models.Q(active=True), name="one_active_plan_per_user"
            ),
        )

    def __str__(self) -> str:
        return f"Plan {self.pk}"


class SessionStatus(models.TextChoices):
    TODO = "todo", "To do"
    DONE = "done", "Done"
    SNOOZED = "snoozed", "Moved"
    SKIPPED = "skipped", "Set aside"


OPEN_STATUSES = (SessionStatus.TODO, SessionStatus.SNOOZED)


class PlanSession(models.Model):
    """One practice on one day. Snoozing moves it (status `snoozed`, still to do there)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField()
    practice_id = models.CharField(max_length=80)
    status = models.CharField(
        max_length=10, choices=SessionStatus.choices, default=SessionStatus.TODO
    )
    done_at = models.DateTimeField(null=True, blank=True)
    # The practice this session had before the person swapped it.
    swapped_from = models.CharField(max_length=80, blank=True, default="")
    # The longer weekend together time rather than a few everyday minutes.
    together_slot = models.BooleanField(default=False)

    class Meta:
        ordering = ("date", "together_slot", "id")
        indexes = (
            models.Index(fields=("plan", "date")),
            models.Index(fields=("plan", "status")),
        )

    def __str__(self) -> str:
        return f"Session {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


DEFAULT_CALENDAR_WORDING = "Personal time"


class PlanPreferences(models.Model):
    """How the plan reaches the person outside Nearer: calendar and reminder emails."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plan_preferences"
    )
    # Calendar: what every event is called (neutral by default: a shared screen may show it).
    calendar_wording = models.CharField(max_length=60, default=DEFAULT_CALENDAR_WORDING)
    calendar_show_names = models.BooleanField(default=False)
    # None: all-day events. Otherwise events start at this local time.
    calendar_time = models.TimeField(null=True, blank=True)
    # Only a hash of the feed token is kept; the token itself is shown once.
    feed_token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    feed_created_at = models.DateTimeField(null=True, blank=True)
    # Reminder emails (opt-in).
    reminders_enabled = models.BooleanField(default=False)
    reminder_time = models.TimeField(null=True, blank=True)
    reminder_last_sent = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "plan preferences"
        indexes = (models.Index(fields=("reminders_enabled", "reminder_time")),)

    def __str__(self) -> str:
        return f"Plan preferences {self.pk}"
