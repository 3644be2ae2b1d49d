"""Check-up business logic: start, save as you go, complete. Views stay thin."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from nearer.accounts.models import User
from nearer.checkups.models import Answer, Checkup, SafetyAnswer
from nearer.core.catalog import Catalog, Item
from nearer.core.safety import screen_positive, validate_safety_answers
from nearer.core.scoring import Profile, profile_json, score_profile, validate_answers
from nearer.web.rows import RowReader, datetime_param

_CHECKUPS = RowReader(Checkup)
_PREVIOUS = RowReader(Checkup, ["id", "completed_at", "profile"])


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the check-up flow; the last page is the private safety screen."""

    number: int
    count: int
    items: tuple[Item, ...]
    is_safety: bool
    is_satisfaction: bool

    @property
    def is_last(self) -> bool:
        return self.number == self.count


def checkup_pages(catalog: Catalog) -> tuple[Page, ...]:
    item_pages = catalog.checkup_pages()
    count = len(item_pages) + 1
    pages = [
        Page(i + 1, count, items, False, i == len(item_pages) - 1)
        for i, items in enumerate(item_pages)
    ]
    pages.append(Page(count, count, (), True, False))
    return tuple(pages)


def checkup_open(*, user: User) -> Checkup | None:
    return Checkup.objects.filter(user=user, completed_at__isnull=True).order_by("-id").first()


def checkup_start(*, user: User) -> Checkup:
    """Resume the open check-up, or start a new one."""
    with transaction.atomic():
        existing = checkup_open(user=user)
        if existing is not None:
            return existing
        return Checkup.objects.create(user=user)


def checkup_owned(*, user: User, pk: int) -> Checkup | None:
    """``user``'s check-up ``pk``, or None (someone else's is None too). Every check-up page
    asks, so it is read with one plain query."""
    return _CHECKUPS.first("id = %s AND user_id = %s", [pk, user.pk])


def _answers_in(model: type[Answer | SafetyAnswer], checkup: Checkup) -> dict[str, int]:
    """One check-up's answers in one table, read with a plain query: the check-up page asks
    on every visit, and the ORM's query building costs several times the query."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT item_id, value FROM {quote(model._meta.db_table)}"  # noqa: S608
            " WHERE checkup_id = %s",
            [checkup.pk],
        )
        return {item_id: value for item_id, value in cursor.fetchall()}


def checkup_answers(*, checkup: Checkup) -> dict[str, int]:
    return _answers_in(Answer, checkup)


def checkup_safety_answers(*, checkup: Checkup) -> dict[str, int]:
    return _answers_in(SafetyAnswer, checkup)


def checkup_answer_sets(*, checkup: Checkup) -> tuple[dict[str, int], dict[str, int]]:
    """``(answers, safety answers)`` in one round trip: the results page reads both on every
    visit, and one plain query costs a fraction of two ORM ones."""
    quote = connection.ops.quote_name
    scored, safety = quote(Answer._meta.db_table), quote(SafetyAnswer._meta.db_table)
    answers: dict[str, int] = {}
    safety_answers: dict[str, int] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 0, item_id, value FROM {scored} WHERE checkup_id = %s"  # noqa: S608
            f" UNION ALL SELECT 1, item_id, value FROM {safety} WHERE checkup_id = %s",
            [checkup.pk, checkup.pk],
        )
        for kind, item_id, value in cursor.fetchall():
            (safety_answers if kind else answers)[item_id] = value
    return answers, safety_answers


def _replace_answers(
    model: type[Answer | SafetyAnswer],
    checkup: Checkup,
    item_ids: set[str],
    answers: Mapping[str, int],
) -> None:
    """Answers for the given items become exactly ``answers`` (a cleared choice is removed)."""
    model._default_manager.filter(checkup=checkup, item_id__in=item_ids).delete()
    rows = [model(checkup=checkup, item_id=k, value=v) for k, v in sorted(answers.items())]
    model._default_manager.bulk_create(rows)  # type: ignore[arg-type]


def checkup_save_page(
    *, catalog: Catalog, checkup: Checkup, page: Page, answers: Mapping[str, object]
) -> None:
    """Save one page's answers in one transaction. Raises AnswerError/SafetyAnswerError."""
    if checkup.is_complete:
        raise ValueError("This check-up is finished; start a new one to answer again.")
    with transaction.atomic():
        if page.is_safety:
            clean = validate_safety_answers(catalog, answers)
            ids = {item.id for item in catalog.safety.items}
            _replace_answers(SafetyAnswer, checkup, ids, clean)
        else:
            clean = validate_answers(catalog, answers)
            ids = {item.id for item in page.items}
            if not set(clean) <= ids:
                raise ValueError("Answers belong to another page.")
            _replace_answers(Answer, checkup, ids, clean)


def checkup_profile(*, catalog: Catalog, checkup: Checkup) -> Profile:
    return score_profile(catalog, checkup_answers(checkup=checkup))


def checkup_complete(*, catalog: Catalog, checkup: Checkup) -> Profile:
    """Fix the scores and mark the check-up done (idempotent)."""
    with transaction.atomic():
        locked = Checkup.objects.select_for_update().get(pk=checkup.pk)
        profile = checkup_profile(catalog=catalog, checkup=locked)
        if locked.completed_at is None:
            locked.completed_at = timezone.now()
            locked.profile = profile_json(profile)
            locked.save(update_fields=["completed_at", "profile"])
        checkup.completed_at, checkup.profile = locked.completed_at, locked.profile
    return profile


def checkup_safety_positive(*, catalog: Catalog, checkup: Checkup) -> bool:
    return screen_positive(catalog, checkup_safety_answers(checkup=checkup))


def checkup_history(*, user: User) -> list[Checkup]:
    """Completed check-ups, newest first. One query whatever the history's length."""
    return list(
        Checkup.objects.filter(user=user, completed_at__isnull=False)
        .only("id", "completed_at", "started_at", "profile")
        .order_by("-completed_at", "-id")
    )


def checkup_previous(*, checkup: Checkup) -> Checkup | None:
    """The same person's check-up completed just before this one (id, completed_at and
    profile loaded), in one plain query: the results page asks on every visit."""
    if checkup.completed_at is None:
        return None
    return _PREVIOUS.first(
        "user_id = %s AND completed_at IS NOT NULL AND completed_at < %s",
        [checkup.user_id, datetime_param(checkup.completed_at)],
        order_by="completed_at DESC, id DESC",
    )


def first_unanswered_page(*, catalog: Catalog, checkup: Checkup) -> int:
    answered = set(checkup_answers(checkup=checkup))
    for page in checkup_pages(catalog):
        if page.is_safety:
            return page.number
        if not all(item.id in answered for item in page.items):
            return page.number
    return 1


def checkups_export(*, user: User) -> list[dict[str, object]]:
    """Every check-up this person owns, with their own answers and safety answers.
    Two queries whatever the history's length."""
    checkups = list(Checkup.objects.filter(user=user).order_by("started_at", "id"))
    answers: dict[int, dict[str, int]] = {c.pk: {} for c in checkups}
    for checkup_id, item_id, value in Answer.objects.filter(checkup__user=user).values_list(
        "checkup_id", "item_id", "value"
    ):
        answers[checkup_id][item_id] = value
    safety: dict[int, dict[str, int]] = {c.pk: {} for c in checkups}
    for checkup_id, item_id, value in SafetyAnswer.objects.filter(checkup__user=user).values_list(
        "checkup_id", "item_id", "value"
    ):
        safety[checkup_id][item_id] = value
    return [
        {
            "id": c.pk,
            "started_at": c.started_at.isoformat(),
            "completed_at": c.completed_at.isoformat() if c.completed_at else None,
            "answers": dict(sorted(answers[c.pk].items())),
            "safety_answers": dict(sorted(safety[c.pk].items())),
            "profile": c.profile,
        }
        for c in checkups
    ]
