"""Weekly check-ins and the progress page. Private: login required, the person's own data only."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from nearer.accounts.models import User
from nearer.checkins import services
from nearer.checkins.models import Checkin
from nearer.core.catalog import Catalog, Item
from nearer.core.checkin_scoring import checkin_questions
from nearer.core.scoring import AnswerError
from nearer.web.catalog import site_catalog

CHOOSE_SHOWN = "Please choose one of the options shown."


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _svg(svg: str) -> HttpResponse:
    return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")


# --- The check-in form -----------------------------------------------------------------------


def _parse(request: HttpRequest, items: tuple[Item, ...], catalog: Catalog) -> tuple[
    dict[str, object], dict[str, str]
]:  # fmt: skip
    """Read the radio choices. Returns (answers, errors by item id). A field sent twice, or
    with a value that is not on the scale, is an error: someone changed the form."""
    allowed = {str(point.value): point.value for point in catalog.agreement_scale}
    answers: dict[str, object] = {}
    errors: dict[str, str] = {}
    for item in items:
        values = [value.strip() for value in request.POST.getlist(item.id)]
        values = [value for value in values if value]
        if not values:
            continue
        if len(values) > 1 or values[0] not in allowed:
            errors[item.id] = CHOOSE_SHOWN
            continue
        answers[item.id] = allowed[values[0]]
    return answers, errors


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    chosen: str | None
    error: str | None


def _questions(
    items: tuple[Item, ...], chosen: dict[str, str], errors: dict[str, str]
) -> list[Question]:
    return [Question(i.id, i.text, chosen.get(i.id), errors.get(i.id)) for i in items]


@login_required
@require_http_methods(["GET", "POST"])
def checkin(request: HttpRequest) -> HttpResponse:
    catalog = site_catalog()
    user = _user(request)
    today = services.checkin_for_day(user=user)
    errors: dict[str, str] = {}
    problem = ""
    if request.method == "POST":
        answers, errors = _parse(request, checkin_questions(catalog), catalog)
        if errors:
            problem = "Some choices could not be read. Please check the marked statements."
        elif not answers:
            problem = "Choose an answer for at least one statement to save a check-in."
        else:
            try:
                _, created = services.checkin_save(catalog=catalog, user=user, answers=answers)
            except AnswerError:
                problem = "Some choices could not be read. Please choose again."
            else:
                messages.success(
                    request,
                    "Thank you. Your check-in is saved."
                    if created
                    else "Thank you. Today's check-in is updated.",
                )
                return redirect("checkins:progress")
        chosen = {key: str(value) for key, value in answers.items()}
    else:
        chosen = {key: str(value) for key, value in (today.answers if today else {}).items()}
    return render(
        request,
        "checkins/checkin.html",
        {
            "catalog": catalog,
            "today": today,
            "barrier_questions": _questions(catalog.checkin_items, chosen, errors),
            "satisfaction_questions": _questions(catalog.satisfaction_items, chosen, errors),
            "scale": [{"value": str(p.value), "label": p.label} for p in catalog.agreement_scale],
            "problem": problem,
        },
        status=400 if problem else 200,
    )


# --- Progress --------------------------------------------------------------------------------


@login_required
@require_GET
def progress(request: HttpRequest) -> HttpResponse:
    catalog = site_catalog()
    entries = services.progress_history(catalog=catalog, user=_user(request))
    newest_first = tuple(reversed(entries))
    latest_checkin = next((e for e in newest_first if not e.is_checkup), None)
    return render(
        request,
        "checkins/progress.html",
        {
            "barriers": catalog.barriers,
            "entries": newest_first,
            "count": len(entries),
            "satisfaction_count": sum(1 for e in entries if e.point.satisfaction is not None),
            "checkup_count": sum(1 for e in entries if e.is_checkup),
            "suggest": services.progress_suggests_checkin(entries=entries),
            "latest_checkin": latest_checkin,
            "question_count": len(checkin_questions(catalog)),
            "satisfaction_items": len(catalog.satisfaction_items),
            "satisfaction_minimum": catalog.satisfaction_minimum,
        },
    )


@login_required
@require_GET
def barriers_chart(request: HttpRequest) -> HttpResponse:
    catalog = site_catalog()
    entries = services.progress_history(catalog=catalog, user=_user(request))
    return _svg(services.progress_barriers_svg(catalog=catalog, entries=entries))


@login_required
@require_GET
def satisfaction_chart(request: HttpRequest) -> HttpResponse:
    entries = services.progress_history(catalog=site_catalog(), user=_user(request))
    return _svg(services.progress_satisfaction_svg(entries=entries))


@login_required
@require_http_methods(["GET", "POST"])
def remove(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    # 404 for anyone else's check-in: never confirm that it exists.
    checkin = get_object_or_404(Checkin.objects.only("id", "day", "user_id"), pk=pk, user=user)
    if request.method == "POST":
        services.checkin_delete(user=user, checkin=checkin)
        messages.success(request, "That check-in is removed.")
        return redirect("checkins:progress")
    return render(request, "checkins/remove.html", {"checkin": checkin})
