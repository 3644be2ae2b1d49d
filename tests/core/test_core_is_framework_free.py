"""The core imports no Django, so the CLI and other tools can use it on their own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import nearer.core

CORE_DIR = Path(nearer.core.__file__).parent
CORE_MODULES = sorted(
    "nearer.core." + ".".join(path.relative_to(CORE_DIR).with_suffix("").parts)
    for path in CORE_DIR.rglob("*.py")
    if path.name != "__init__.py"
)

PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m == "django" or m.startswith("django."))))
"""


def django_modules_after_importing(*modules: str) -> list[str]:
    """Import the modules in a fresh interpreter; return the Django modules that came along."""
    # The environment is kept as pytest set it (DJANGO_SETTINGS_MODULE included), so a module
    # that reaches for Django whenever settings are around would be caught too.
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *modules],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_the_probe_notices_django_when_it_is_imported() -> None:
    assert "django" in django_modules_after_importing("django.conf")


@pytest.mark.parametrize(
    "module",
    ["nearer.core.catalog", "nearer.core.scoring", "nearer.core.safety", "nearer.core.charts"],
)
def test_importing_a_core_module_does_not_import_django(module: str) -> None:
    assert django_modules_after_importing(module) == []


def test_the_core_module_list_is_found() -> None:
    assert {"nearer.core.catalog", "nearer.core.scoring"} <= set(CORE_MODULES)


def test_importing_every_core_module_together_does_not_import_django() -> None:
    assert django_modules_after_importing(*CORE_MODULES) == []
