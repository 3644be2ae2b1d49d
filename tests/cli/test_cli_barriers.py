"""`nearer barriers [--json]`: the catalog, in catalog order."""

from __future__ import annotations

from tests.cli.helpers import SLUGS, Run, nearer

from nearer.core.catalog import Catalog


def test_it_lists_the_twelve_barriers_with_their_fixed_slugs_in_order(barriers_json: Run) -> None:
    assert barriers_json.code == 0
    assert [barrier["slug"] for barrier in barriers_json.json] == SLUGS


def test_each_barrier_has_exactly_slug_title_and_summary(barriers_json: Run) -> None:
    for barrier in barriers_json.json:
        assert list(barrier) == ["slug", "title", "summary"]
        assert all(isinstance(value, str) and value.strip() for value in barrier.values())


def test_titles_and_summaries_are_the_catalogs_own(barriers_json: Run, catalog: Catalog) -> None:
    expected = [{"slug": b.slug, "title": b.title, "summary": b.summary} for b in catalog.barriers]
    assert barriers_json.json == expected


def test_it_prints_nothing_on_stderr(barriers_json: Run) -> None:
    assert barriers_json.err == ""


def test_without_json_it_is_a_readable_table_of_every_barrier(catalog: Catalog) -> None:
    run = nearer("barriers")
    assert run.code == 0
    assert not run.out.lstrip().startswith("[")
    for barrier in catalog.barriers:
        assert barrier.title in run.out
        assert barrier.slug in run.out
