"""Fixtures for the operations tests: var/ folders with their own SQLite databases."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.ops.helpers import base_env, nearer, production_env


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A var/ folder with a migrated SQLite database, made once per test run."""
    var_dir = tmp_path_factory.mktemp("migrated-var")
    result = nearer("migrate", "--noinput", "-v0", env=base_env(var_dir))
    assert result.returncode == 0, result.stderr
    return var_dir


@pytest.fixture(scope="session")
def production_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated var/ folder plus static files collected (hashed, compressed) for production."""
    var_dir = tmp_path_factory.mktemp("production-var") / "var"
    shutil.copytree(migrated_template, var_dir)
    result = nearer("collectstatic", "--noinput", "-v0", env=production_env(var_dir))
    assert result.returncode == 0, result.stderr
    return var_dir


@pytest.fixture
def production_var(production_template: Path, tmp_path: Path) -> Path:
    """A private copy of the production-ready var/ folder for one test."""
    var_dir = tmp_path / "var"
    shutil.copytree(production_template, var_dir)
    return var_dir


@pytest.fixture
def migrated_var(migrated_template: Path, tmp_path: Path) -> Path:
    """A private copy of the migrated var/ folder for one test."""
    var_dir = tmp_path / "var"
    shutil.copytree(migrated_template, var_dir)
    return var_dir


@pytest.fixture
def fresh_var(tmp_path: Path) -> Callable[[str], Path]:
    def make(name: str) -> Path:
        path = tmp_path / name
        path.mkdir()
        return path

    return make
