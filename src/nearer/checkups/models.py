from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


class Checkup(models.Model):
    """One person's full check-up. Answers are saved as they go; scores are fixed on completion."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkups"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # The profile computed at completion (the `nearer score --json` shape plus drivers), so
    # results and history pages never recompute old check-ups.
    profile: models.JSONField[Any] = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ("-started_at", "-id")
        indexes = (models.Index(fields=("user", "completed_at")),)

    def __str__(self) -> str:
        return f"Check-up {self.pk}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class Answer(models.Model):
    """One answer (1..5) to a scored check-up item."""

    checkup = models.ForeignKey(Checkup, on_delete=models.CASCADE, related_name="answers")
    item_id = models.CharField(max_length=80)
    value = models.PositiveSmallIntegerField()

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("checkup", "item_id"), name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=5), name="answer_on_scale"
            ),
        )

    def __str__(self) -> str:
        return f"Answer {self.pk}"


class SafetyAnswer(models.Model):
    """An answer to the private safety screen. Never scored, shared, exported to others."""

    checkup = models.ForeignKey(Checkup, on_delete=models.CASCADE, related_name="safety_answers")
    item_id = models.CharField(max_length=40)
    value = models.PositiveSmallIntegerField()

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=("checkup", "item_id"), name="one_safety_answer_per_item"
            ),
        )

    def __str__(self) -> str:
        return f"Safety answer {self.pk}"
