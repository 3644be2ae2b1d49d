"""Bearer-token authentication for the API. No session authentication: a signed-in browser
gets nothing from the API without a token, so there is no cross-site request to forge."""

from __future__ import annotations

from typing import Final

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from nearer.accounts.models import User
from nearer.api.services import token_authenticate

MISSING: Final = "Authentication required: send your API token as 'Authorization: Bearer <token>'."
MALFORMED: Final = "The Authorization header must read 'Bearer <token>'."
INVALID: Final = "This API token is not valid: it is unknown, or it has been revoked."


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <token>``. Fails with a 401 that says why."""

    def __call__(self, request: HttpRequest) -> User:
        # Every API answer is private to whoever asked: never cached (PrivacyHeadersMiddleware).
        request.private = True  # type: ignore[attr-defined]
        header = request.headers.get(self.header, "")
        if not header.strip():
            raise AuthenticationError(message=MISSING)
        scheme, _, secret = header.strip().partition(" ")
        if scheme.lower() != self.openapi_scheme or not secret.strip():
            raise AuthenticationError(message=MALFORMED)
        return self.authenticate(request, secret.strip())

    def authenticate(self, request: HttpRequest, token: str) -> User:
        found = token_authenticate(secret=token)
        if found is None:
            raise AuthenticationError(message=INVALID)
        request.api_token = found  # type: ignore[attr-defined]
        return found.user
