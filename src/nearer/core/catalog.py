"""The barrier catalog: content as data, validated against JSON Schema at load.

The catalog lives in ``nearer/content/<locale>/``: one YAML file per barrier under
``barriers/`` (sorted by file name, which fixes catalog order), ``checkup.yaml`` for the answer
scales, bands, satisfaction items and the safety screen, and ``resources.yaml`` for safety
resources. A bad file raises :class:`CatalogError` naming the file and the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

import jsonschema
import yaml

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
SCHEMA_DIR = CONTENT_DIR / "schema"

#: The twelve barrier slugs, in catalog order. A fixed contract (see notes/product.md).
BARRIER_SLUGS: tuple[str, ...] = (
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

Keyed = Literal[1, -1]
Mode = Literal["solo", "together"]


class CatalogError(ValueError):
    """A catalog file is missing, unreadable or does not match its schema."""


@dataclass(frozen=True, slots=True)
class Item:
    """A statement answered on the agreement scale."""

    id: str
    text: str
    keyed: Keyed
    barrier: str | None  # None for satisfaction items


@dataclass(frozen=True, slots=True)
class Practice:
    id: str
    barrier: str
    title: str
    why: str
    steps: tuple[str, ...]
    mode: Mode
    minutes: int
    frequency: str


@dataclass(frozen=True, slots=True)
class Reading:
    title: str
    author: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Barrier:
    slug: str
    title: str
    summary: str
    signs: tuple[str, ...]
    why_it_matters: str
    seek_help: str
    items: tuple[Item, ...]
    checkin: Item
    practices: tuple[Practice, ...]
    prompts: tuple[str, ...]
    conversation_starters: tuple[str, ...]
    further_reading: tuple[Reading, ...]


@dataclass(frozen=True, slots=True)
class ScalePoint:
    value: int
    label: str


@dataclass(frozen=True, slots=True)
class Band:
    name: str
    upto: int
    label: str


@dataclass(frozen=True, slots=True)
class SafetyItem:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class SafetyScreen:
    title: str
    intro: str
    scale: tuple[ScalePoint, ...]
    positive_from: int
    items: tuple[SafetyItem, ...]


@dataclass(frozen=True, slots=True)
class Resource:
    name: str
    kind: str
    detail: str


@dataclass(frozen=True, slots=True)
class Resources:
    emergency: str
    resources: tuple[Resource, ...]


@dataclass(frozen=True, slots=True)
class Catalog:
    barriers: tuple[Barrier, ...]
    agreement_scale: tuple[ScalePoint, ...]
    bands: tuple[Band, ...]
    minimum_answered: int
    page_size: int
    satisfaction_title: str
    satisfaction_intro: str
    satisfaction_minimum: int
    satisfaction_items: tuple[Item, ...]
    safety: SafetyScreen
    resources: Resources

    def barrier(self, slug: str) -> Barrier:
        for barrier in self.barriers:
            if barrier.slug == slug:
                return barrier
        raise KeyError(slug)

    def practice(self, practice_id: str) -> Practice:
        for practice in self.practices():
            if practice.id == practice_id:
                return practice
        raise KeyError(practice_id)

    def practices(self) -> Iterator[Practice]:
        for barrier in self.barriers:
            yield from barrier.practices

    @property
    def barrier_items(self) -> tuple[Item, ...]:
        return tuple(item for barrier in self.barriers for item in barrier.items)

    @property
    def checkup_items(self) -> tuple[Item, ...]:
        """Every scored check-up item: barrier items in catalog order, then satisfaction."""
        return self.barrier_items + self.satisfaction_items

    @property
    def checkin_items(self) -> tuple[Item, ...]:
        return tuple(barrier.checkin for barrier in self.barriers)

    def item(self, item_id: str) -> Item:
        for item in self.checkup_items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def scale_values(self) -> tuple[int, ...]:
        return tuple(point.value for point in self.agreement_scale)

    def band_for(self, score: int) -> Band:
        for band in self.bands:
            if score <= band.upto:
                return band
        return self.bands[-1]

    def checkup_pages(self) -> tuple[tuple[Item, ...], ...]:
        """Barrier items grouped into short pages, interleaved so that one barrier's items
        are spread across the check-up; satisfaction items make the last page."""
        per_barrier = [barrier.items for barrier in self.barriers]
        longest = max(len(items) for items in per_barrier)
        ordered = [items[i] for i in range(longest) for items in per_barrier if i < len(items)]
        size = self.page_size
        pages = [tuple(ordered[i : i + size]) for i in range(0, len(ordered), size)]
        pages.append(self.satisfaction_items)
        return tuple(pages)


def _load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except OSError as error:
        raise CatalogError(f"{path}: cannot be read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise CatalogError(f"{path}: is not valid YAML ({error})") from error


@cache
def _schema(name: str) -> dict[str, Any]:
    with (SCHEMA_DIR / name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def _validate(data: Any, schema_name: str, path: Path) -> None:
    validator = jsonschema.Draft202012Validator(_schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        field = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise CatalogError(f"{path}: field '{field}': {error.message}")


def _barrier(data: dict[str, Any], path: Path) -> Barrier:
    slug = data["slug"]
    items = tuple(Item(i["id"], i["text"], i["keyed"], slug) for i in data["items"])
    for item in items:
        if not item.id.startswith(slug + "."):
            raise CatalogError(f"{path}: field 'items': id '{item.id}' must start with '{slug}.'")
    if all(item.keyed == 1 for item in items):
        raise CatalogError(f"{path}: field 'items': at least one item must be reverse-keyed (-1)")
    checkin = data["checkin"]
    if checkin["id"] != f"{slug}.checkin":
        raise CatalogError(f"{path}: field 'checkin/id': must be '{slug}.checkin'")
    practices = tuple(
        Practice(
            id=p["id"],
            barrier=slug,
            title=p["title"],
            why=p["why"],
            steps=tuple(p["steps"]),
            mode=p["mode"],
            minutes=p["minutes"],
            frequency=p["frequency"],
        )
        for p in data["practices"]
    )
    return Barrier(
        slug=slug,
        title=data["title"],
        summary=data["summary"],
        signs=tuple(data["signs"]),
        why_it_matters=data["why_it_matters"],
        seek_help=data["seek_help"],
        items=items,
        checkin=Item(checkin["id"], checkin["text"], checkin["keyed"], slug),
        practices=practices,
        prompts=tuple(data["prompts"]),
        conversation_starters=tuple(data["conversation_starters"]),
        further_reading=tuple(Reading(**r) for r in data.get("further_reading", [])),
    )


def load_resources(path: Path) -> Resources:
    data = _load_yaml(path)
    _validate(data, "resources.schema.json", path)
    return Resources(
        emergency=data["emergency"],
        resources=tuple(Resource(**r) for r in data["resources"]),
    )


def load_catalog(directory: Path, resources_path: Path | None = None) -> Catalog:
    """Load and validate a catalog directory (e.g. ``content/en``)."""
    barrier_dir = directory / "barriers"
    files = sorted(barrier_dir.glob("*.yaml"))
    if not files:
        raise CatalogError(f"{barrier_dir}: no barrier files found")
    barriers = []
    ids: list[tuple[str, Path, str]] = []  # (id, file, field) for the uniqueness check
    for path in files:
        data = _load_yaml(path)
        _validate(data, "barrier.schema.json", path)
        barrier = _barrier(data, path)
        barriers.append(barrier)
        ids += [(item.id, path, f"items/{n}/id") for n, item in enumerate(barrier.items)]
        ids.append((barrier.checkin.id, path, "checkin/id"))
        ids += [(p.id, path, f"practices/{n}/id") for n, p in enumerate(barrier.practices)]
    slugs = tuple(b.slug for b in barriers)
    if slugs != BARRIER_SLUGS:
        raise CatalogError(
            f"{barrier_dir}: barrier slugs must be exactly, in order: {', '.join(BARRIER_SLUGS)};"
            f" found {', '.join(slugs)}"
        )

    checkup_path = directory / "checkup.yaml"
    checkup = _load_yaml(checkup_path)
    _validate(checkup, "checkup.schema.json", checkup_path)
    scale = tuple(ScalePoint(**p) for p in checkup["agreement_scale"])
    if tuple(p.value for p in scale) != (1, 2, 3, 4, 5):
        raise CatalogError(f"{checkup_path}: field 'agreement_scale': values must be 1 to 5")
    bands = tuple(Band(**b) for b in checkup["bands"])
    rising = all(lower.upto < upper.upto for lower, upper in pairwise(bands))
    if not rising or bands[-1].upto != 100:
        raise CatalogError(f"{checkup_path}: field 'bands': must rise and end at 100")
    sat = checkup["satisfaction"]
    if checkup["minimum_answered"] > min(len(b.items) for b in barriers):
        raise CatalogError(
            f"{checkup_path}: field 'minimum_answered': larger than a barrier's item count"
        )
    if sat["minimum_answered"] > len(sat["items"]):
        raise CatalogError(
            f"{checkup_path}: field 'satisfaction/minimum_answered': larger than its item count"
        )
    safety = checkup["safety_screen"]
    # A threshold off the scale would silently turn the safety screen off (or always on).
    safety_values = sorted(p["value"] for p in safety["scale"])
    if safety["positive_from"] not in safety_values[1:]:
        raise CatalogError(
            f"{checkup_path}: field 'safety_screen/positive_from': must be one of the safety"
            f" scale's values above the lowest ({', '.join(map(str, safety_values[1:]))})"
        )
    sat_items = tuple(Item(i["id"], i["text"], i["keyed"], None) for i in sat["items"])
    safety_items = tuple(SafetyItem(**i) for i in safety["items"])
    catalog = Catalog(
        barriers=tuple(barriers),
        agreement_scale=scale,
        bands=bands,
        minimum_answered=checkup["minimum_answered"],
        page_size=checkup["page_size"],
        satisfaction_title=sat["title"],
        satisfaction_intro=sat["intro"],
        satisfaction_minimum=sat["minimum_answered"],
        satisfaction_items=sat_items,
        safety=SafetyScreen(
            title=safety["title"],
            intro=safety["intro"],
            scale=tuple(ScalePoint(**p) for p in safety["scale"]),
            positive_from=safety["positive_from"],
            items=safety_items,
        ),
        resources=load_resources(resources_path or directory / "resources.yaml"),
    )
    ids += [(i.id, checkup_path, f"satisfaction/items/{n}/id") for n, i in enumerate(sat_items)]
    ids += [(i.id, checkup_path, f"safety_screen/items/{n}/id") for n, i in enumerate(safety_items)]
    _check_unique(ids)
    return catalog


def _check_unique(ids: list[tuple[str, Path, str]]) -> None:
    """Every id (items, check-ins, practices, safety items) is unique across the catalog."""
    first_seen: dict[str, Path] = {}
    for identifier, path, field in ids:
        if identifier in first_seen:
            where = "" if first_seen[identifier] == path else f" (also in {first_seen[identifier]})"
            raise CatalogError(
                f"{path}: field '{field}': id '{identifier}' is used more than once{where}"
            )
        first_seen[identifier] = path


@cache
def default_catalog(locale: str = "en", resources_path: str | None = None) -> Catalog:
    """The shipped catalog, loaded once per process."""
    return load_catalog(CONTENT_DIR / locale, Path(resources_path) if resources_path else None)
