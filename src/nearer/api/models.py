"""API tokens. Only a SHA-256 hash of each token is stored: the secret is shown once."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    """A token a person made to reach their own data through the API. Revoking keeps the row
    (so the list shows what existed and when it was last used) but it never works again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=60)
    token_hash = models.CharField(max_length=64, unique=True)
    # The first characters of the secret, so a person can tell their tokens apart.
    prefix = models.CharField(max_length=16)
    created = models.DateTimeField(auto_now_add=True)
    # Updated at most once a minute, so reads do not turn into writes.
    last_used = models.DateTimeField(null=True, blank=True)
    revoked = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created", "-id")
        indexes = (models.Index(fields=("user", "revoked")),)

    def __str__(self) -> str:
        return f"API token {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.revoked is None
