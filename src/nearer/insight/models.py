"""The private journal. Entries are encrypted at rest and visible to their author only."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from nearer.web.fields import EncryptedTextField


class JournalEntry(models.Model):
    """One journal entry. Title, body and the prompt it started from are encrypted at rest.

    A random id rather than a counter: a sequential id would let anyone with an account count
    how often other people write (private activity is nobody else's business)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_entries"
    )
    title = EncryptedTextField(blank=True, default="")
    body = EncryptedTextField()
    prompt = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-created_at",)
        indexes = (models.Index(fields=("user", "created_at")),)
        verbose_name_plural = "journal entries"

    def __str__(self) -> str:
        return "Journal entry"
