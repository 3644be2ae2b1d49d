"""Request and response models of the API.

Inputs are strict (``extra="forbid"``, ``strict=True``): ``false`` is not an answer of 0, ``"3"``
is not 3, ``2.5`` is not 2, and an unknown field is an error rather than silently ignored. (``3.0``
is 3: JSON has one kind of number, and JSON Schema counts it as the integer 3.) Answer sets are
described from the catalog, item by item, so the OpenAPI schema says exactly what is accepted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Final, Literal

from ninja import Schema
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from nearer.core.catalog import Catalog
from nearer.web.catalog import site_catalog

STRICT_INPUT: Final = ConfigDict(extra="forbid", strict=True)
#: The longest text /analyze reads (the message coach's limit).
ANALYZE_MAX: Final = 4_000


def _catalog() -> Catalog:
    return site_catalog()


# --- Errors -------------------------------------------------------------------------------------


class ErrorOut(Schema):
    """Every error: a sentence saying what went wrong."""

    model_config = ConfigDict(extra="forbid")
    detail: str


class FieldErrorOut(Schema):
    model_config = ConfigDict(extra="forbid")
    loc: list[str | int] = Field(description="Where in the request: e.g. body, answers, <id>")
    msg: str


class ValidationErrorOut(Schema):
    """A request that does not match the schema: a summary and each problem found."""

    model_config = ConfigDict(extra="forbid")
    detail: str
    errors: list[FieldErrorOut]


# --- Answer sets, described from the catalog ------------------------------------------------------


def _answer_set_schema(
    items: list[tuple[str, str]], low: int, high: int, *, required: bool, description: str
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "description": description,
        "properties": {
            item_id: {"type": "integer", "minimum": low, "maximum": high, "description": text}
            for item_id, text in items
        },
        "additionalProperties": False,
    }
    if required:
        schema["required"] = [item_id for item_id, _ in items]
    else:
        schema["minProperties"] = 1
    return schema


def _checkup_items_schema() -> dict[str, Any]:
    catalog = _catalog()
    values = catalog.scale_values
    return _answer_set_schema(
        [(item.id, item.text) for item in catalog.checkup_items],
        values[0],
        values[-1],
        required=True,
        description=(
            "An answer for every check-up statement: 1 = strongly disagree … 5 = strongly agree."
        ),
    )


def _safety_schema() -> dict[str, Any]:
    catalog = _catalog()
    values = [point.value for point in catalog.safety.scale]
    schema = _answer_set_schema(
        [(item.id, item.text) for item in catalog.safety.items],
        min(values),
        max(values),
        required=False,
        description=(
            "Optional private safety screen: 1 = never … 4 = often. Never shared with anyone."
        ),
    )
    del schema["minProperties"]
    return schema


def _checkin_schema() -> dict[str, Any]:
    catalog = _catalog()
    values = catalog.scale_values
    return _answer_set_schema(
        [(item.id, item.text) for item in catalog.checkin_items + catalog.satisfaction_items],
        values[0],
        values[-1],
        required=False,
        description="At least one check-in statement: 1 = strongly disagree … 5 = strongly agree.",
    )


def _known(ids: set[str], answers: dict[str, int]) -> None:
    unknown = sorted(set(answers) - ids)
    if unknown:
        raise ValueError(f"unknown statement id(s): {', '.join(unknown)}")


def _complete_checkup(answers: dict[str, int]) -> dict[str, int]:
    catalog = _catalog()
    _known({item.id for item in catalog.checkup_items}, answers)
    missing = [item.id for item in catalog.checkup_items if item.id not in answers]
    if missing:
        raise ValueError(f"every statement needs an answer; missing: {', '.join(missing)}")
    return answers


def _known_safety(answers: dict[str, int]) -> dict[str, int]:
    catalog = _catalog()
    _known({item.id for item in catalog.safety.items}, answers)
    top = max(point.value for point in catalog.safety.scale)
    if any(value > top for value in answers.values()):
        raise ValueError(f"safety answers run from 1 to {top}")
    return answers


def _known_checkin(answers: dict[str, int]) -> dict[str, int]:
    catalog = _catalog()
    _known({item.id for item in catalog.checkin_items + catalog.satisfaction_items}, answers)
    if not answers:
        raise ValueError("a check-in needs at least one answer")
    return answers


def _whole_number(value: object) -> object:
    """JSON has one number type: ``4.0`` is the integer 4 (as JSON Schema's "integer" says).
    Anything else, booleans and strings included, goes on to the strict integer check."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


AnswerValue = Annotated[int, BeforeValidator(_whole_number), Field(ge=1, le=5)]
SafetyValue = Annotated[int, BeforeValidator(_whole_number), Field(ge=1, le=4)]

CheckupAnswers = Annotated[
    dict[str, AnswerValue],
    AfterValidator(_complete_checkup),
    WithJsonSchema(_checkup_items_schema()),
]
SafetyAnswers = Annotated[
    dict[str, SafetyValue], AfterValidator(_known_safety), WithJsonSchema(_safety_schema())
]
CheckinAnswers = Annotated[
    dict[str, AnswerValue], AfterValidator(_known_checkin), WithJsonSchema(_checkin_schema())
]


# --- Inputs -------------------------------------------------------------------------------------


class CheckupIn(BaseModel):
    """A complete check-up: every statement answered, the safety screen optional."""

    model_config = STRICT_INPUT
    answers: CheckupAnswers
    safety: SafetyAnswers = Field(default_factory=dict)


class CheckinIn(BaseModel):
    """Today's check-in (a second one today replaces the first)."""

    model_config = STRICT_INPUT
    answers: CheckinAnswers


class AnalyzeIn(BaseModel):
    """A text to read. It is analysed and forgotten: never stored, never logged."""

    model_config = STRICT_INPUT
    # Lone surrogates (which JSON can spell) are refused by pydantic itself.
    text: Annotated[str, Field(min_length=1, max_length=ANALYZE_MAX)]


# --- Outputs ------------------------------------------------------------------------------------


class _Out(Schema):
    model_config = ConfigDict(extra="forbid")


class MeOut(_Out):
    email: str
    date_joined: datetime


class ResourceOut(_Out):
    name: str
    kind: str
    detail: str


class SupportOut(_Out):
    """People who can help, shown when the safety screen or a text signals danger."""

    message: str
    emergency: str
    resources: list[ResourceOut]


class CheckupSummaryOut(_Out):
    id: int
    started_at: datetime
    completed_at: datetime
    priorities: list[str] = Field(description="Barrier slugs to work on first")


class BarrierScoreOut(_Out):
    slug: str
    score: int | None = Field(description="0 (no sign) … 100 (strongest sign); null: too few")
    band: str | None
    answered: int


class SatisfactionOut(_Out):
    score: int | None = Field(description="0 … 100 (most content); null: too few answers")
    answered: int


class ScoresOut(_Out):
    """The shape ``nearer score --json`` prints."""

    barriers: list[BarrierScoreOut]
    priorities: list[str]
    satisfaction: SatisfactionOut


class CheckupOut(_Out):
    id: int
    started_at: datetime
    completed_at: datetime
    scores: ScoresOut
    support: SupportOut | None = Field(
        description="Present when this check-up's private safety screen was positive"
    )


SessionStatusOut = Literal["todo", "done", "snoozed", "skipped"]


class PlanSessionOut(_Out):
    id: int
    date: date
    practice_id: str
    title: str | None = Field(description="null if the practice is no longer in the catalog")
    barrier: str | None
    mode: Literal["solo", "together"] | None
    minutes: int | None
    status: SessionStatusOut
    done_at: datetime | None
    together_slot: bool


class PlanOut(_Out):
    id: int
    focus: list[str]
    together: bool
    start: date
    end: date
    sessions: list[PlanSessionOut]


class PlanResponseOut(_Out):
    plan: PlanOut | None = Field(description="null when there is no active plan")


class CheckinBarrierOut(_Out):
    slug: str
    score: int | None


class CheckinScoresOut(_Out):
    barriers: list[CheckinBarrierOut]
    satisfaction: SatisfactionOut


class CheckinOut(_Out):
    day: date = Field(description="One check-in per day: a second one that day replaces it")
    created_at: datetime
    updated_at: datetime
    answers: dict[str, int]
    scores: CheckinScoresOut


class SpanOut(_Out):
    start: int
    end: int
    text: str


class EvidenceOut(_Out):
    barriers: dict[str, list[SpanOut]]
    pattern: list[SpanOut]
    safety: list[SpanOut]


class AnalysisBarrierOut(_Out):
    slug: str
    score: float


class AnalysisOut(_Out):
    barriers: list[AnalysisBarrierOut]
    pattern: Literal["criticism", "contempt", "defensiveness", "stonewalling", "gentle", "neutral"]
    safety: Literal["urgent", "concern", "none"]
    evidence: EvidenceOut
    support: SupportOut | None = Field(description="Present when the text signals danger")
