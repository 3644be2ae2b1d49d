"""Fixtures for the terminal commands; the ways of running them are in helpers.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.cli.helpers import WIDE, Run, nearer

from nearer.core.catalog import Catalog
from nearer.web.catalog import site_catalog


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("COLUMNS", WIDE)
    yield


@pytest.fixture
def catalog() -> Catalog:
    return site_catalog()


@pytest.fixture(scope="session")
def barriers_json() -> Run:
    return nearer("barriers", "--json")


@pytest.fixture(scope="session")
def items_json() -> Run:
    return nearer("items", "--json")
