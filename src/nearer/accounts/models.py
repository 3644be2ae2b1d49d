from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac

from nearer.web.fields import EncryptedTextField


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person using Nearer, known by email address only."""

    email = models.EmailField(unique=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(auto_now_add=True)
    # Mixed into the session hash that Django checks on every request: raising it signs out
    # every session of this person at once, including any that was never tracked below.
    session_epoch = models.PositiveIntegerField(default=0)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.email

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        # Django's get_session_auth_hash and its SECRET_KEY_FALLBACKS variant both end here
        # (Django 5.2). Epoch 0 keeps Django's own hash, so existing sessions stay valid.
        if not self.session_epoch:
            return str(super()._get_session_auth_hash(secret=secret))  # type: ignore[misc]
        return salted_hmac(
            "nearer.accounts.User.session_auth_hash",
            f"{self.password}:{self.session_epoch}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()


class ActiveSession(models.Model):
    """One signed-in browser, so its owner can see it and sign it out from elsewhere.

    The session key is kept encrypted (a dump of this table opens no session) beside a hash
    used to find the row. No address is stored, and only a short device summary of the
    browser's user agent ("Firefox on Windows")."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="active_sessions")
    key_hash = models.CharField(max_length=64, unique=True)
    session_key = EncryptedTextField()
    device = models.CharField(max_length=60)
    created_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["user", "-last_seen_at"], name="activesession_user_seen")
        ]

    def __str__(self) -> str:
        return f"{self.device} ({self.public_id})"


class AccessEvent(models.Model):
    """Someone read a kind of private data belonging to ``owner``: who, what kind, when.
    Never the content. Written by :func:`nearer.accounts.audit.record_access`."""

    class Role(models.TextChoices):
        SELF = "self", "the owner"
        PERSON = "person", "another signed-in person"
        LINK = "link", "a private link or token, without signing in"

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="access_events")
    # Kept as "a person whose account has closed" when that account is deleted.
    actor = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    role = models.CharField(max_length=6, choices=Role.choices)
    kind = models.CharField(max_length=40)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["owner", "-at", "-id"], name="accessevent_owner_at")
        ]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"
