"""Conversation guides for the couple view, loaded from content/<locale>/conversation_guides.yaml.

Framework-free. The file is checked against ``content/schema/conversation_guides.schema.json``
when it is loaded; a bad file raises :class:`nearer.core.catalog.CatalogError` naming the
field, the same way the barrier catalog does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jsonschema
import yaml

from nearer.core.catalog import CONTENT_DIR, SCHEMA_DIR, CatalogError

Kind = Literal["agree", "differ"]
SCHEMA_NAME = "conversation_guides.schema.json"


@dataclass(frozen=True, slots=True)
class Guide:
    title: str
    intro: str
    raise_gently: str
    listen: str
    pause: str


@dataclass(frozen=True, slots=True)
class ConversationGuides:
    agree: Guide
    differ: Guide
    statements: dict[str, dict[str, str]]  # barrier slug -> kind -> "I" statement

    def guide(self, kind: Kind) -> Guide:
        return self.agree if kind == "agree" else self.differ

    def statement(self, slug: str, kind: Kind) -> str:
        return self.statements[slug][kind]


def _read(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except OSError as error:
        raise CatalogError(f"{path}: cannot be read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise CatalogError(f"{path}: is not valid YAML ({error})") from error


def load_guides(path: Path) -> ConversationGuides:
    data = _read(path)
    with (SCHEMA_DIR / SCHEMA_NAME).open(encoding="utf-8") as handle:
        schema = json.load(handle)
    errors = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(data),
        key=lambda e: list(e.absolute_path),
    )
    if errors:
        error = errors[0]
        field = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise CatalogError(f"{path}: field '{field}': {error.message}")
    return ConversationGuides(
        agree=Guide(**data["agree"]),
        differ=Guide(**data["differ"]),
        statements={slug: dict(texts) for slug, texts in data["barriers"].items()},
    )


@cache
def default_guides(locale: str = "en") -> ConversationGuides:
    return load_guides(CONTENT_DIR / locale / "conversation_guides.yaml")
