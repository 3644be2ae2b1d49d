from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from tests.conftest import PASSWORD

from nearer.accounts.models import User


@pytest.fixture
def confirmed_client(client: Client) -> Callable[[User], Client]:
    """Signed in, with the password re-entered just now."""

    def sign_in(user: User) -> Client:
        client.force_login(user)
        response = client.post("/accounts/confirm-password/", {"password": PASSWORD})
        assert response.status_code == 302
        return client

    return sign_in
