"""The shipped catalog is complete and well-formed, and a broken catalog fails loudly."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from nearer.core.catalog import (
    BARRIER_SLUGS,
    CONTENT_DIR,
    Catalog,
    CatalogError,
    default_catalog,
    load_catalog,
)

# Written out again on purpose: the contract in notes/product.md, not the code's own constant.
CONTRACT_SLUGS = (
    "fear-of-vulnerability",
    "unresolved-past-trauma",
    "lack-of-communication",
    "holding-onto-resentment",
    "fear-of-rejection",
    "emotional-unavailability",
    "unrealistic-expectations",
    "neglecting-quality-time",
    "fear-of-conflict",
    "emotional-burnout",
    "comparing-to-others",
    "lack-of-physical-affection",
)
FREQUENCIES = {"daily", "few-times-a-week", "weekly", "once"}
GENDERED = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)

CATALOG = default_catalog()
BARRIERS = {barrier.slug: barrier for barrier in CATALOG.barriers}
FIRST_BARRIER_FILE = "01-fear-of-vulnerability.yaml"


def texts(value: object, where: str = "catalog") -> Iterator[tuple[str, str]]:
    """Every string in the loaded catalog, with a path saying where it sits."""
    if isinstance(value, str):
        yield where, value
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from texts(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, tuple):
        for index, element in enumerate(value):
            yield from texts(element, f"{where}[{index}]")


# --- the shipped catalog ------------------------------------------------------------------


def test_the_shipped_catalog_loads_from_its_directory() -> None:
    catalog = load_catalog(CONTENT_DIR / "en")

    assert catalog == CATALOG


def test_it_has_exactly_the_twelve_contract_slugs_in_contract_order() -> None:
    assert tuple(barrier.slug for barrier in CATALOG.barriers) == CONTRACT_SLUGS
    assert BARRIER_SLUGS == CONTRACT_SLUGS


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_barrier_has_a_title_summary_signs_and_guidance(slug: str) -> None:
    barrier = BARRIERS[slug]

    assert barrier.title.strip()
    assert barrier.summary.strip()
    assert "\n" not in barrier.summary.strip(), "the summary is one line"
    assert len(barrier.signs) >= 3
    assert barrier.why_it_matters.strip()
    assert barrier.seek_help.strip()


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_barrier_has_at_least_four_complete_practices(slug: str) -> None:
    practices = BARRIERS[slug].practices

    assert len(practices) >= 4
    for practice in practices:
        assert practice.barrier == slug
        assert practice.id.strip()
        assert practice.title.strip()
        assert practice.why.strip()
        assert len(practice.steps) >= 2
        assert all(step.strip() for step in practice.steps)
        assert practice.mode in ("solo", "together")
        assert isinstance(practice.minutes, int)
        assert 1 <= practice.minutes <= 120
        assert practice.frequency in FREQUENCIES


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_barrier_offers_both_solo_and_together_practices(slug: str) -> None:
    assert {practice.mode for practice in BARRIERS[slug].practices} == {"solo", "together"}


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_barrier_has_at_least_three_prompts_and_three_conversation_starters(
    slug: str,
) -> None:
    barrier = BARRIERS[slug]

    assert len(barrier.prompts) >= 3
    assert all(prompt.strip() for prompt in barrier.prompts)
    assert len(barrier.conversation_starters) >= 3
    assert all(starter.strip() for starter in barrier.conversation_starters)


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_barrier_has_exactly_three_items_with_at_least_one_reverse_keyed(slug: str) -> None:
    items = BARRIERS[slug].items

    assert len(items) == 3
    assert all(item.barrier == slug for item in items)
    assert all(item.keyed in (1, -1) for item in items)
    assert any(item.keyed == -1 for item in items)
    assert all(item.text.strip() for item in items)


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_barrier_has_a_check_in_item_of_its_own(slug: str) -> None:
    checkin = BARRIERS[slug].checkin

    assert checkin.id == f"{slug}.checkin"
    assert checkin.barrier == slug
    assert checkin.keyed in (1, -1)
    assert checkin.text.strip()
    assert checkin not in CATALOG.checkup_items


def test_the_check_up_has_thirty_six_barrier_items_and_some_satisfaction_items() -> None:
    assert len(CATALOG.barrier_items) == 36
    assert len(CATALOG.satisfaction_items) >= 2
    assert all(item.barrier is None for item in CATALOG.satisfaction_items)
    assert CATALOG.checkup_items == CATALOG.barrier_items + CATALOG.satisfaction_items


def test_every_id_in_the_catalog_is_unique() -> None:
    ids = [item.id for item in CATALOG.checkup_items]
    ids += [item.id for item in CATALOG.checkin_items]
    ids += [practice.id for practice in CATALOG.practices()]
    ids += [item.id for item in CATALOG.safety.items]

    assert len(ids) == len(set(ids))


def test_safety_items_are_not_check_up_items() -> None:
    safety_ids = {item.id for item in CATALOG.safety.items}

    assert safety_ids.isdisjoint(item.id for item in CATALOG.checkup_items)


def test_the_check_up_pages_hold_every_item_once_with_satisfaction_last() -> None:
    pages = CATALOG.checkup_pages()
    barrier_pages = pages[:-1]
    on_pages = [item for page in barrier_pages for item in page]

    assert sorted(item.id for item in on_pages) == sorted(i.id for i in CATALOG.barrier_items)
    assert all(1 <= len(page) <= CATALOG.page_size for page in barrier_pages)
    assert pages[-1] == CATALOG.satisfaction_items


def test_bands_rise_and_end_at_one_hundred() -> None:
    uptos = [band.upto for band in CATALOG.bands]

    assert uptos == sorted(set(uptos))
    assert uptos[-1] == 100


@pytest.mark.parametrize(
    "sentence",
    ["She said no.", "I asked him.", "That is HIS.", "It is hers", "he, too", "by herself"],
)
def test_the_pronoun_check_notices_a_gendered_pronoun(sentence: str) -> None:
    assert GENDERED.search(sentence)


@pytest.mark.parametrize(
    "sentence", ["the therapist", "here and there", "a shelter", "their history", "theirs"]
)
def test_the_pronoun_check_ignores_words_that_only_contain_one(sentence: str) -> None:
    assert not GENDERED.search(sentence)


def test_no_text_in_the_catalog_assumes_a_gender() -> None:
    found = [
        f"{where}: {text!r}" for where, text in texts(CATALOG) if GENDERED.search(text) is not None
    ]

    assert found == []


# --- broken catalogs -----------------------------------------------------------------------


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the shipped English catalog, to break one thing at a time."""
    directory = tmp_path / "en"
    shutil.copytree(CONTENT_DIR / "en", directory)
    return directory


def edit(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def load_error(directory: Path, resources_path: Path | None = None) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog(directory, resources_path)
    return str(caught.value)


def assert_names(message: str, path: Path, field: str) -> None:
    assert str(path) in message
    assert f"'{field}'" in message


def test_an_untouched_copy_of_the_catalog_loads(content: Path) -> None:
    catalog: Catalog = load_catalog(content)

    assert catalog.barriers == CATALOG.barriers


def test_a_missing_barrier_field_names_the_file_and_the_field(content: Path) -> None:
    path = content / "barriers" / FIRST_BARRIER_FILE
    edit(path, lambda data: data.pop("why_it_matters"))

    assert_names(load_error(content), path, "why_it_matters")


def test_a_missing_practice_field_names_the_file_and_the_field(content: Path) -> None:
    path = content / "barriers" / "05-fear-of-rejection.yaml"
    edit(path, lambda data: data["practices"][2].pop("minutes"))

    message = load_error(content)

    assert_names(message, path, "practices/2")
    assert "'minutes'" in message


def test_a_field_of_the_wrong_type_names_the_file_and_the_field(content: Path) -> None:
    path = content / "barriers" / FIRST_BARRIER_FILE

    def minutes_in_words(data: Any) -> None:
        data["practices"][0]["minutes"] = "five"

    edit(path, minutes_in_words)

    assert_names(load_error(content), path, "practices/0/minutes")


def test_a_keyed_value_other_than_one_or_minus_one_names_the_item(content: Path) -> None:
    path = content / "barriers" / "12-lack-of-physical-affection.yaml"

    def keyed_zero(data: Any) -> None:
        data["items"][1]["keyed"] = 0

    edit(path, keyed_zero)

    assert_names(load_error(content), path, "items/1/keyed")


def test_too_few_practices_names_the_file_and_the_field(content: Path) -> None:
    path = content / "barriers" / FIRST_BARRIER_FILE

    def three_practices(data: Any) -> None:
        data["practices"] = data["practices"][:3]

    edit(path, three_practices)

    assert_names(load_error(content), path, "practices")


def test_barriers_out_of_contract_order_are_refused(content: Path) -> None:
    barriers = content / "barriers"
    (barriers / FIRST_BARRIER_FILE).rename(barriers / "13-fear-of-vulnerability.yaml")

    message = load_error(content)

    assert str(barriers) in message
    assert "slugs" in message
    assert message.index("found unresolved-past-trauma") < message.index(
        "lack-of-physical-affection, fear-of-vulnerability"
    )


def test_a_missing_barrier_is_refused(content: Path) -> None:
    barriers = content / "barriers"
    (barriers / "07-unrealistic-expectations.yaml").unlink()

    message = load_error(content)

    assert str(barriers) in message
    assert "slugs" in message


def test_an_item_id_that_does_not_match_its_barrier_names_the_file_and_the_field(
    content: Path,
) -> None:
    path = content / "barriers" / FIRST_BARRIER_FILE

    def foreign_id(data: Any) -> None:
        data["items"][0]["id"] = "fear-of-rejection.9"

    edit(path, foreign_id)

    message = load_error(content)

    assert_names(message, path, "items")
    assert "fear-of-rejection.9" in message


def test_a_practice_id_used_twice_in_one_file_names_the_file_and_the_field(
    content: Path,
) -> None:
    path = content / "barriers" / FIRST_BARRIER_FILE

    def same_id(data: Any) -> None:
        data["practices"][3]["id"] = data["practices"][0]["id"]

    edit(path, same_id)

    message = load_error(content)

    assert_names(message, path, "practices/3/id")
    assert "vulnerability-honesty-note" in message


def test_a_practice_id_reused_in_another_file_names_both_files(content: Path) -> None:
    first = content / "barriers" / FIRST_BARRIER_FILE
    later = content / "barriers" / "10-emotional-burnout.yaml"

    def borrowed_id(data: Any) -> None:
        data["practices"][1]["id"] = "vulnerability-honesty-note"

    edit(later, borrowed_id)

    message = load_error(content)

    assert_names(message, later, "practices/1/id")
    assert str(first) in message


def test_a_satisfaction_item_reusing_a_barrier_item_id_names_the_file_and_the_field(
    content: Path,
) -> None:
    path = content / "checkup.yaml"

    def borrowed_id(data: Any) -> None:
        data["satisfaction"]["items"][0]["id"] = "fear-of-vulnerability.1"

    edit(path, borrowed_id)

    assert_names(load_error(content), path, "satisfaction/items/0/id")


def test_invalid_yaml_names_the_file(content: Path) -> None:
    path = content / "barriers" / "03-lack-of-communication.yaml"
    path.write_text("slug: lack-of-communication\ntitle: [unclosed\n", encoding="utf-8")

    message = load_error(content)

    assert str(path) in message
    assert "not valid YAML" in message


def test_an_empty_barrier_file_names_the_file(content: Path) -> None:
    path = content / "barriers" / "03-lack-of-communication.yaml"
    path.write_text("", encoding="utf-8")

    message = load_error(content)

    assert str(path) in message
    assert "object" in message


def test_a_barrier_without_a_reverse_keyed_item_names_the_file_and_the_field(
    content: Path,
) -> None:
    path = content / "barriers" / "08-neglecting-quality-time.yaml"

    def all_keyed_one(data: Any) -> None:
        for item in data["items"]:
            item["keyed"] = 1

    edit(path, all_keyed_one)

    message = load_error(content)

    assert_names(message, path, "items")
    assert "reverse-keyed" in message


def test_a_check_in_id_for_another_barrier_names_the_file_and_the_field(content: Path) -> None:
    path = content / "barriers" / FIRST_BARRIER_FILE

    def foreign_checkin(data: Any) -> None:
        data["checkin"]["id"] = "fear-of-rejection.checkin"

    edit(path, foreign_checkin)

    assert_names(load_error(content), path, "checkin/id")


@pytest.mark.parametrize(
    "uptos",
    [(66, 33, 100), (33, 33, 100), (33, 66, 99)],
    ids=["falling", "repeated", "short-of-100"],
)
def test_bands_that_do_not_rise_to_one_hundred_name_the_file_and_the_field(
    content: Path, uptos: tuple[int, int, int]
) -> None:
    path = content / "checkup.yaml"

    def set_bands(data: Any) -> None:
        for band, upto in zip(data["bands"], uptos, strict=True):
            band["upto"] = upto

    edit(path, set_bands)

    assert_names(load_error(content), path, "bands")


def test_an_agreement_scale_other_than_one_to_five_names_the_file_and_the_field(
    content: Path,
) -> None:
    path = content / "checkup.yaml"

    def zero_based(data: Any) -> None:
        for point in data["agreement_scale"]:
            point["value"] -= 1

    edit(path, zero_based)

    assert_names(load_error(content), path, "agreement_scale")


@pytest.mark.parametrize("positive_from", [1, 5, 0])
def test_a_safety_threshold_that_would_never_or_always_trigger_is_refused(
    content: Path, positive_from: int
) -> None:
    path = content / "checkup.yaml"

    def threshold(data: Any) -> None:
        data["safety_screen"]["positive_from"] = positive_from

    edit(path, threshold)

    assert_names(load_error(content), path, "safety_screen/positive_from")


def test_a_missing_checkup_field_names_the_file_and_the_field(content: Path) -> None:
    path = content / "checkup.yaml"
    edit(path, lambda data: data.pop("minimum_answered"))

    message = load_error(content)

    assert str(path) in message
    assert "'minimum_answered'" in message


def test_a_bad_resources_file_names_the_file_and_the_field(content: Path) -> None:
    path = content / "resources.yaml"

    def unknown_kind(data: Any) -> None:
        data["resources"][1]["kind"] = "hotline"

    edit(path, unknown_kind)

    assert_names(load_error(content), path, "resources/1/kind")


def test_a_resources_file_without_an_emergency_line_names_the_file_and_the_field(
    content: Path,
) -> None:
    path = content / "resources.yaml"
    edit(path, lambda data: data.pop("emergency"))

    message = load_error(content)

    assert str(path) in message
    assert "'emergency'" in message


def test_a_bad_deployment_resources_file_names_that_file(content: Path, tmp_path: Path) -> None:
    path = tmp_path / "local-resources.yaml"
    path.write_text("emergency: Call 112.\nresources: []\n", encoding="utf-8")

    message = load_error(content, resources_path=path)

    assert_names(message, path, "emergency")


def test_a_deployment_resources_file_replaces_the_defaults(content: Path, tmp_path: Path) -> None:
    path = tmp_path / "local-resources.yaml"
    path.write_text(
        "emergency: In an emergency, call 112 now.\n"
        "resources:\n"
        "  - {name: Local line, kind: domestic-violence, detail: Call 0800 000 000 any time.}\n",
        encoding="utf-8",
    )

    catalog = load_catalog(content, resources_path=path)

    assert catalog.resources.emergency == "In an emergency, call 112 now."
    assert [resource.name for resource in catalog.resources.resources] == ["Local line"]


def test_a_missing_resources_file_names_the_file(content: Path) -> None:
    path = content / "resources.yaml"
    path.unlink()

    message = load_error(content)

    assert str(path) in message
    assert "cannot be read" in message


def test_a_catalog_without_barrier_files_names_the_directory(content: Path) -> None:
    barriers = content / "barriers"
    shutil.rmtree(barriers)
    barriers.mkdir()

    assert str(barriers) in load_error(content)
