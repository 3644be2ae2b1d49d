"""Keep partner data consistent when other apps change things.

* A check-up finished with a positive safety screen withdraws its owner's shares straight
  away (every read checks again as well, so this is a promptness measure, not the guard).
* Deleting an account ends its couple first, so the partner is unlinked and keeps their data.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models.signals import post_save, pre_delete

from nearer.checkups.models import Checkup


def _checkup_saved(sender: type[Checkup], instance: Checkup, **kwargs: Any) -> None:
    if instance.completed_at is None:
        return
    from nearer.couples.services import shares_enforce_safety

    shares_enforce_safety(user=instance.user)


def _user_deleting(sender: Any, instance: Any, **kwargs: Any) -> None:
    from nearer.couples.services import couple_leave

    couple_leave(user=instance)


def connect() -> None:
    post_save.connect(_checkup_saved, sender=Checkup, dispatch_uid="couples.checkup_saved")
    pre_delete.connect(
        _user_deleting, sender=settings.AUTH_USER_MODEL, dispatch_uid="couples.user_deleting"
    )
