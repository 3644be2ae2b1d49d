"""Fixtures for account tests: people signed in from named browsers, through the real form."""

from __future__ import annotations

import pytest
from django.test import Client
from tests.accounts.helpers import CHROME_LINUX, SignIn
from tests.conftest import PASSWORD

from nearer.accounts.models import User


@pytest.fixture
def sign_in(db: None) -> SignIn:
    """A new browser (its own cookies) signed in with the login form as ``user``."""

    def make(user: User, user_agent: str = CHROME_LINUX, address: str = "10.1.2.3") -> Client:
        browser = Client(HTTP_USER_AGENT=user_agent, REMOTE_ADDR=address)
        response = browser.post("/accounts/login/", {"username": user.email, "password": PASSWORD})
        assert response.status_code == 302, response.content
        return browser

    return make
