"""Journal and message-coach logic. Views stay thin; everything here is keyword-only and typed.

Nothing the analyzer reads is stored: insights are worked out again each time an entry is
shown, and coach messages are never saved at all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Final
from uuid import UUID

from django.db import transaction
from django.db.models import QuerySet

from nearer.accounts.models import User
from nearer.core.catalog import Barrier, Catalog, Practice
from nearer.core.language import Analysis, analyze
from nearer.insight.coach import (
    HARD_PATTERNS,
    CoachContent,
    StartupDraft,
    startup_draft,
    startup_sentence,
)
from nearer.insight.highlight import Paragraph, highlight
from nearer.insight.models import JournalEntry

#: A barrier is suggested for an entry only when the analyzer's score reaches this.
BARRIER_THRESHOLD: Final = 0.3
MAX_BARRIERS: Final = 3
PRACTICES_PER_BARRIER: Final = 2
TITLE_MAX: Final = 200
BODY_MAX: Final = 20_000
MESSAGE_MAX: Final = 4_000
SURPRISE: Final = "surprise"


# --- Journal ------------------------------------------------------------------------------


def journal_entries(*, user: User) -> QuerySet[JournalEntry]:
    return JournalEntry.objects.filter(user=user).order_by("-created_at")


def journal_entry_get(*, user: User, entry_id: UUID | str) -> JournalEntry | None:
    """The author's entry, or None for anyone else (callers answer 404 either way)."""
    return JournalEntry.objects.filter(user=user, pk=entry_id).first()


def journal_entry_create(*, user: User, title: str, body: str, prompt: str = "") -> JournalEntry:
    with transaction.atomic():
        return JournalEntry.objects.create(user=user, title=title, body=body, prompt=prompt)


def journal_entry_update(*, entry: JournalEntry, title: str, body: str) -> JournalEntry:
    with transaction.atomic():
        entry.title = title
        entry.body = body
        entry.save(update_fields=("title", "body", "updated_at"))
    return entry


def journal_entry_delete(*, entry: JournalEntry) -> None:
    with transaction.atomic():
        entry.delete()


def journal_prompts(*, catalog: Catalog) -> list[tuple[Barrier, str]]:
    return [(barrier, prompt) for barrier in catalog.barriers for prompt in barrier.prompts]


def journal_prompt_pick(*, catalog: Catalog, choice: str) -> tuple[Barrier, str] | None:
    """A reflection prompt for a barrier slug, or from any barrier for "surprise"; None for
    an unknown choice."""
    if choice == SURPRISE:
        return random.choice(journal_prompts(catalog=catalog))
    try:
        barrier = catalog.barrier(choice)
    except KeyError:
        return None
    return barrier, random.choice(barrier.prompts)


def journal_prompt_valid(*, catalog: Catalog, prompt: str) -> bool:
    """Only the catalog's own prompts are kept with an entry."""
    return prompt == "" or any(prompt == text for _, text in journal_prompts(catalog=catalog))


@dataclass(frozen=True, slots=True)
class BarrierInsight:
    barrier: Barrier
    score: float
    phrases: tuple[str, ...]
    practices: tuple[Practice, ...]


@dataclass(frozen=True, slots=True)
class EntryInsight:
    """What an entry may touch on: a suggestion for the author, never a diagnosis."""

    safety: str
    barriers: tuple[BarrierInsight, ...]
    paragraphs: list[Paragraph]


def journal_entry_insight(*, entry: JournalEntry, catalog: Catalog) -> EntryInsight:
    """Barriers the entry seems to touch (score at or above the threshold), the words behind
    them highlighted, two practices for each, and the entry's safety level."""
    analysis = analyze(entry.body)
    found: list[BarrierInsight] = []
    spans: list[tuple[int, int, str]] = []
    for scored in analysis.barriers:
        if scored.score < BARRIER_THRESHOLD or len(found) >= MAX_BARRIERS:
            continue
        try:
            barrier = catalog.barrier(scored.slug)
        except KeyError:
            continue
        evidence = analysis.evidence.barriers.get(scored.slug, ())
        spans.extend((span.start, span.end, barrier.title) for span in evidence)
        found.append(
            BarrierInsight(
                barrier=barrier,
                score=scored.score,
                phrases=tuple(dict.fromkeys(span.phrase.strip() for span in evidence)),
                practices=barrier.practices[:PRACTICES_PER_BARRIER],
            )
        )
    return EntryInsight(
        safety=analysis.safety,
        barriers=tuple(found),
        paragraphs=highlight(entry.body, spans),
    )


def journal_entry_safety(*, entry: JournalEntry) -> str:
    return analyze(entry.body).safety


# --- Message coach ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Flag:
    """One highlighted phrase and the line that says how it may land."""

    phrase: str
    why: str


@dataclass(frozen=True, slots=True)
class CoachFeedback:
    message: str
    pattern: str
    safety: str
    paragraphs: list[Paragraph]
    flags: tuple[Flag, ...]
    draft: StartupDraft
    hard: bool = field(default=False)


def coach_feedback(*, message: str, content: CoachContent) -> CoachFeedback:
    """How a message to a partner may land, with the phrases behind it and a start-up draft.

    When the message signals urgent danger, the coach steps back: no critique of the wording
    and no pre-filled start-up, only the resources (the template shows them). Nothing is
    stored."""
    analysis: Analysis = analyze(message)
    if analysis.safety == "urgent":
        return CoachFeedback(
            message=message,
            pattern=analysis.pattern,
            safety=analysis.safety,
            paragraphs=highlight(message),
            flags=(),
            draft=StartupDraft(),
            hard=False,
        )
    hard = analysis.pattern in HARD_PATTERNS
    spans: list[tuple[int, int, str]] = []
    flags: list[Flag] = []
    if hard:
        name = content.patterns[analysis.pattern].name
        for span in analysis.evidence.pattern:
            spans.append((span.start, span.end, name))
            flag = Flag(span.phrase.strip(), content.why(analysis.pattern, span.phrase))
            if flag not in flags:
                flags.append(flag)
    return CoachFeedback(
        message=message,
        pattern=analysis.pattern,
        safety=analysis.safety,
        paragraphs=highlight(message, spans),
        flags=tuple(flags),
        draft=startup_draft(message, content),
        hard=hard,
    )


def coach_compose(*, feeling: str, situation: str, need: str) -> tuple[str, str]:
    """The gentle start-up sentence and the analyzer's reading of it (pattern)."""
    sentence = startup_sentence(feeling=feeling, situation=situation, need=need)
    return sentence, analyze(sentence).pattern


def coach_safety(*, text: str) -> str:
    return analyze(text).safety


# --- Export -------------------------------------------------------------------------------


def insight_export(*, user: User) -> dict[str, Any]:
    """Everything of this person's the insight app holds, decrypted, for their JSON export.

    Coach messages are never stored, so only journal entries appear."""
    return {
        "journal": [
            {
                "id": str(entry.pk),
                "title": entry.title,
                "body": entry.body,
                "prompt": entry.prompt,
                "created_at": entry.created_at.isoformat(),
                "updated_at": entry.updated_at.isoformat(),
            }
            for entry in journal_entries(user=user).order_by("created_at")
        ]
    }
