"""Production refuses unsafe settings with one readable line, and passes Django's deployment
checks when configured as the README says."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from tests.ops.helpers import nearer, production_env


def test_deployment_checks_pass_with_production_settings(tmp_path: Path) -> None:
    result = nearer("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"NEARER_SECRET_KEY": ""}, "NEARER_SECRET_KEY"),
        ({"NEARER_SECRET_KEY": "short"}, "NEARER_SECRET_KEY"),
        ({"NEARER_ALLOWED_HOSTS": ""}, "NEARER_ALLOWED_HOSTS"),
        ({"NEARER_FIELD_KEYS": ""}, "NEARER_FIELD_KEYS"),
        ({"NEARER_DEBUG": "1"}, "NEARER_DEBUG"),
        ({"NEARER_HTTPS": "perhaps"}, "NEARER_HTTPS"),
        ({"NEARER_ACCESS_LOG_DAYS": "0"}, "NEARER_ACCESS_LOG_DAYS"),
    ],
)
def test_serve_refuses_an_unsafe_configuration_in_one_readable_line(
    tmp_path: Path, change: dict[str, str], named: str
) -> None:
    result = nearer("serve", env={**production_env(tmp_path), **change}, timeout=60)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert named in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_serve_refuses_production_over_plain_http(tmp_path: Path) -> None:
    # Without https the session cookie would travel in the clear: the deployment checks warn,
    # and in production a warning is enough to refuse.
    result = nearer("serve", env=production_env(tmp_path, NEARER_HTTPS="0"), timeout=60)
    assert result.returncode != 0
    assert "refusing to serve" in result.stderr
    assert "SESSION_COOKIE_SECURE" in result.stderr or "security.W012" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_field_key_can_be_made_before_anything_is_configured(tmp_path: Path) -> None:
    env = production_env(tmp_path, NEARER_SECRET_KEY="", NEARER_FIELD_KEYS="")
    result = nearer("make-field-key", env=env)
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip()
    token = Fernet(key.encode()).encrypt(b"x")
    assert Fernet(key.encode()).decrypt(token) == b"x"
    assert nearer("make-field-key", env=env).stdout.strip() != key
