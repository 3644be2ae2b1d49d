from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


class Checkin(models.Model):
    """One weekly check-in: at most one per person per day (a second one that day updates it).

    ``answers`` holds the person's own answers ``{item id: 1..5}``; ``scores`` the scores fixed
    when it was saved (``checkin_scores_json`` shape), so progress pages never re-score.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins"
    )
    day = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    answers: models.JSONField[Any] = models.JSONField(default=dict)
    scores: models.JSONField[Any] = models.JSONField(default=dict)

    class Meta:
        ordering = ("-day", "-id")
        constraints = (models.UniqueConstraint(fields=("user", "day"), name="one_checkin_per_day"),)

    def __str__(self) -> str:
        return f"Check-in {self.pk}"
