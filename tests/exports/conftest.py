from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from tests.conftest import PASSWORD

from nearer.accounts.models import User
from nearer.checkups import services
from nearer.checkups.models import Checkup
from nearer.web.catalog import site_catalog


@pytest.fixture
def finished_checkup(db: None) -> Callable[..., Checkup]:
    def make(user: User, value: int = 4, safety: int = 1) -> Checkup:
        catalog = site_catalog()
        checkup = services.checkup_start(user=user)
        for page in services.checkup_pages(catalog):
            if page.is_safety:
                answers: dict[str, object] = {i.id: safety for i in catalog.safety.items}
            else:
                answers = {i.id: value for i in page.items}
            services.checkup_save_page(catalog=catalog, checkup=checkup, page=page, answers=answers)
        services.checkup_complete(catalog=catalog, checkup=checkup)
        return checkup

    return make


@pytest.fixture
def confirmed_client(client: Client) -> Callable[[User], Client]:
    """Signed in, with the password re-entered just now."""

    def sign_in(user: User) -> Client:
        client.force_login(user)
        response = client.post("/accounts/confirm-password/", {"password": PASSWORD})
        assert response.status_code == 302
        return client

    return sign_in
