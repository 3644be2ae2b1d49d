"""schemathesis against the API's own OpenAPI schema, in-process through the WSGI app.

For every operation it sends schema-valid and schema-breaking requests (examples, boundary
"coverage" cases, then up to ``MAX_EXAMPLES`` generated ones, derandomized so every run is the
same) with a seeded person's token, and checks every answer: no server error, a documented
status code and content type, a body that matches the documented schema, 401 without the
token, 405 for methods the schema does not list, refusal of invalid input.

Run on its own (about 20 s of CPU; under 1.5 minutes on a busy two-core machine)::

    .venv/bin/pytest -m schemathesis tests/api/test_api_schemathesis.py

It is marked ``schemathesis`` so the everyday suite can leave it out (``-m "not schemathesis"``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from tests.api.conftest import FOCUS, complete_answers

from nearer.accounts.models import User
from nearer.api.services import checkup_submit, token_create
from nearer.checkins.services import checkin_save
from nearer.plans.services import plan_create
from nearer.web.catalog import site_catalog

pytestmark = [pytest.mark.schemathesis, pytest.mark.django_db]

#: Generated examples per operation; raise it for a deeper run (NEARER_SCHEMATHESIS_EXAMPLES=200).
MAX_EXAMPLES = int(os.environ.get("NEARER_SCHEMATHESIS_EXAMPLES", "30"))

CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True},
        # The API answers 404 for ids that are not the caller's; generated ids mostly are not.
        "checks": {"positive_data_acceptance": {"expected-statuses": [200, 201, 404, 409]}},
    }
)

schema = schemathesis.openapi.from_wsgi(
    "/api/v1/openapi.json", get_wsgi_application(), config=CONFIG
)


@pytest.fixture
def in_test_transaction() -> Iterator[None]:
    """Requests go straight into Django's WSGI handler, which closes "old" connections at the
    start and end of each request; inside the test's transaction that would drop it. Django's
    own test client unhooks the same signal handler for the same reason."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def seeded_token(in_test_transaction: None, db: None) -> str:
    """A person with a finished check-up, a plan and a check-in, and their token (on SQLite the
    ids start at 1 in each test's transaction, so boundary cases hit real rows)."""
    person = User.objects.create_user(email="fuzz@example.org", password="a-long-pass-phrase-9")
    checkup_submit(user=person, answers=complete_answers(4), safety={"safety.1": 2})
    plan_create(user=person, focus=FOCUS, together=False)
    checkin_save(catalog=site_catalog(), user=person, answers={"satisfaction.1": 3})
    return token_create(user=person, name="schemathesis")[1]


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_schema(case: Any, seeded_token: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {seeded_token}"})
