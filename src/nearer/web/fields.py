"""A Django model field that stores text encrypted (see nearer.core.crypto)."""

from __future__ import annotations

from functools import cache
from typing import Any

from django.conf import settings
from django.db import models

from nearer.core.crypto import TextCipher


@cache
def _cipher(keys: tuple[str, ...]) -> TextCipher:
    return TextCipher(keys)


def field_cipher() -> TextCipher:
    return _cipher(tuple(settings.NEARER_FIELD_KEYS))


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """Text encrypted with the deployment's field keys before it reaches the database.

    Not searchable or orderable by content, by design. Reading a row whose text no configured
    key can open raises DecryptionError (fails closed)."""

    description = "Text, encrypted at rest"

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return field_cipher().decrypt(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return field_cipher().encrypt(str(value))
