"""The private safety screen: is it positive? (Never scored, never shared.)"""

from __future__ import annotations

from collections.abc import Mapping

from nearer.core.catalog import Catalog


class SafetyAnswerError(ValueError):
    pass


def validate_safety_answers(catalog: Catalog, answers: Mapping[str, object]) -> dict[str, int]:
    known = {item.id for item in catalog.safety.items}
    values = {point.value for point in catalog.safety.scale}
    clean: dict[str, int] = {}
    for item_id, value in answers.items():
        if item_id not in known:
            raise SafetyAnswerError(f"unknown safety item id: {item_id!r}")
        if isinstance(value, bool) or not isinstance(value, int) or value not in values:
            raise SafetyAnswerError(f"answer for {item_id!r} is off the scale: {value!r}")
        clean[item_id] = value
    return clean


def screen_positive(catalog: Catalog, answers: Mapping[str, int]) -> bool:
    """Positive when any item is answered at or above the catalog's threshold."""
    return any(value >= catalog.safety.positive_from for value in answers.values())
