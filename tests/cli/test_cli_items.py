"""`nearer items [--json]`: every scored check-up item, never the safety screen."""

from __future__ import annotations

from collections import Counter

from tests.cli.helpers import SLUGS, Run, nearer

from nearer.core.catalog import Catalog


def test_it_lists_forty_items_with_exactly_id_barrier_text_and_keyed(items_json: Run) -> None:
    assert items_json.code == 0
    assert items_json.err == ""
    items = items_json.json
    assert len(items) == 40
    for item in items:
        assert list(item) == ["id", "barrier", "text", "keyed"]
        assert isinstance(item["id"], str) and item["id"]
        assert isinstance(item["text"], str) and item["text"].strip()


def test_barrier_items_come_in_catalog_order_then_the_satisfaction_items(items_json: Run) -> None:
    barriers = [item["barrier"] for item in items_json.json]
    assert barriers == [slug for slug in SLUGS for _ in range(3)] + [None] * 4


def test_every_barrier_has_three_items_named_after_it(items_json: Run) -> None:
    items = [item for item in items_json.json if item["barrier"] is not None]
    assert Counter(item["barrier"] for item in items) == dict.fromkeys(SLUGS, 3)
    for item in items:
        assert item["id"].startswith(item["barrier"] + ".")


def test_keyed_is_always_the_number_1_or_minus_1(items_json: Run) -> None:
    for item in items_json.json:
        assert type(item["keyed"]) is int
        assert item["keyed"] in (1, -1)


def test_every_barrier_has_at_least_one_reverse_keyed_item(items_json: Run) -> None:
    reverse = {item["barrier"] for item in items_json.json if item["keyed"] == -1}
    assert set(SLUGS) <= reverse


def test_satisfaction_items_have_a_null_barrier(items_json: Run, catalog: Catalog) -> None:
    satisfaction = [item for item in items_json.json if item["barrier"] is None]
    assert [item["id"] for item in satisfaction] == [i.id for i in catalog.satisfaction_items]


def test_item_texts_and_keys_are_the_catalogs_own(items_json: Run, catalog: Catalog) -> None:
    expected = [
        {"id": i.id, "barrier": i.barrier, "text": i.text, "keyed": i.keyed}
        for i in catalog.checkup_items
    ]
    assert items_json.json == expected


def test_no_safety_screen_item_is_ever_listed(items_json: Run, catalog: Catalog) -> None:
    table = nearer("items")
    assert catalog.safety.items
    for safety_item in catalog.safety.items:
        assert safety_item.id not in items_json.out
        assert safety_item.text not in items_json.out
        assert safety_item.id not in table.out
        assert safety_item.text not in table.out


def test_weekly_checkin_statements_are_not_check_up_items(items_json: Run) -> None:
    assert not [item for item in items_json.json if item["id"].endswith(".checkin")]


def test_without_json_it_is_a_readable_table_of_every_statement(catalog: Catalog) -> None:
    run = nearer("items")
    assert run.code == 0
    assert not run.out.lstrip().startswith("[")
    for item in catalog.checkup_items:
        assert item.id in run.out
        assert item.text in run.out
