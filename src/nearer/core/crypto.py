"""Authenticated encryption for free text at rest (journal entries, notes).

Fernet (AES-128-CBC + HMAC-SHA256) from ``cryptography``, with a list of keys, newest first:
new text is always encrypted under the newest key; any listed key can decrypt, so keys can be
rotated (add a new key at the front, run ``nearer rotate-keys``, then drop the old key).
Decryption with no matching key, or of tampered text, raises :class:`DecryptionError`: it fails
closed, never returning garbage or plaintext.

What this protects: database dumps, backups and stolen disks. What it does not: a compromised
running server, which holds the keys in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

PREFIX = "fernet:"


class DecryptionError(ValueError):
    """Ciphertext that no configured key can open, or that was altered."""


class KeyConfigurationError(ValueError):
    """The key list is empty or holds something that is not a Fernet key."""


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


class TextCipher:
    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise KeyConfigurationError("at least one field-encryption key is required")
        try:
            self._fernets = [Fernet(key.encode("ascii")) for key in keys]
        except (ValueError, UnicodeEncodeError) as error:
            raise KeyConfigurationError(
                "field-encryption keys must be url-safe base64 Fernet keys (32 bytes)"
            ) from error
        self._multi = MultiFernet(self._fernets)

    def encrypt(self, text: str) -> str:
        return PREFIX + self._multi.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        if not token.startswith(PREFIX):
            raise DecryptionError("value is not encrypted text")
        try:
            return self._multi.decrypt(token[len(PREFIX) :].encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError) as error:
            raise DecryptionError(
                "encrypted text could not be opened with any configured key"
            ) from error

    def is_current(self, token: str) -> bool:
        """True when the newest key already opens this token (no rotation needed)."""
        try:
            self._fernets[0].decrypt(token[len(PREFIX) :].encode("ascii"))
        except (InvalidToken, UnicodeError):
            return False
        return token.startswith(PREFIX)

    def rotate(self, token: str) -> str:
        """Re-encrypt under the newest key (raises DecryptionError if no key opens it)."""
        return self.encrypt(self.decrypt(token))
