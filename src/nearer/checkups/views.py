"""Check-up pages. Every view here is private: login required, and only the owner's data."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.accounts.models import User
from nearer.checkups import services
from nearer.checkups.models import Checkup
from nearer.core.catalog import Barrier, Catalog, Practice
from nearer.core.charts import profile_chart_svg
from nearer.core.safety import SafetyAnswerError, screen_positive
from nearer.core.scoring import AnswerError, BarrierScore, Profile, score_profile
from nearer.web.catalog import site_catalog


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _own_checkup(request: HttpRequest, pk: int) -> Checkup:
    """The signed-in person's check-up, or 404 (never 403: do not confirm it exists)."""
    checkup = services.checkup_owned(user=_user(request), pk=pk)
    if checkup is None:
        raise Http404("No such check-up")
    return checkup


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    catalog = site_catalog()
    open_checkup = services.checkup_open(user=user)
    history = services.checkup_history(user=user)
    titles = {b.slug: b.title for b in catalog.barriers}
    rows = []
    for index, checkup in enumerate(history):
        profile = checkup.profile or {}
        older = history[index + 1].profile if index + 1 < len(history) else None
        rows.append(
            {
                "checkup": checkup,
                "priorities": [titles.get(s, s) for s in profile.get("priorities", [])],
                "satisfaction": (profile.get("satisfaction") or {}).get("score"),
                "moved": _moved_summary(profile, older, titles),
            }
        )
    resume_page = (
        services.first_unanswered_page(catalog=catalog, checkup=open_checkup)
        if open_checkup
        else None
    )
    return render(
        request,
        "checkups/home.html",
        {
            "open_checkup": open_checkup,
            "resume_page": resume_page,
            "page_count": len(services.checkup_pages(catalog)),
            "rows": rows,
        },
    )


def _moved_summary(
    profile: dict[str, object], older: dict[str, object] | None, titles: dict[str, str]
) -> str:
    if not older:
        return ""
    before = {b["slug"]: b["score"] for b in older.get("barriers", [])}  # type: ignore[attr-defined]
    eased, grew = 0, 0
    for row in profile.get("barriers", []):  # type: ignore[attr-defined]
        old = before.get(row["slug"])
        if old is None or row["score"] is None:
            continue
        if row["score"] <= old - 10:
            eased += 1
        elif row["score"] >= old + 10:
            grew += 1
    parts = []
    if eased:
        parts.append(f"{eased} eased")
    if grew:
        parts.append(f"{grew} grew")
    return ", ".join(parts) if parts else "little change"


@login_required
@require_POST
def start(request: HttpRequest) -> HttpResponse:
    checkup = services.checkup_start(user=_user(request))
    page = services.first_unanswered_page(catalog=site_catalog(), checkup=checkup)
    return redirect("checkups:page", pk=checkup.pk, number=page)


class _FragmentCache:
    """Rendered HTML kept per process, least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[str, SafeString] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> SafeString | None:
        with self._lock:
            html = self._items.get(key)
            if html is not None:
                self._items.move_to_end(key)
            return html

    def put(self, key: str, html: SafeString) -> None:
        with self._lock:
            self._items[key] = html
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_question_blocks = _FragmentCache(512)


def _page_or_404(catalog: Catalog, number: int) -> services.Page:
    pages = services.checkup_pages(catalog)
    if not 1 <= number <= len(pages):
        raise Http404("No such page")
    return pages[number - 1]


def _parse_page(
    request: HttpRequest, catalog: Catalog, page: services.Page
) -> tuple[dict[str, object], dict[str, str]]:
    """Read the page's radio choices. Returns (answers, errors by item id)."""
    if page.is_safety:
        ids = [item.id for item in catalog.safety.items]
        allowed = {str(p.value): p.value for p in catalog.safety.scale}
    else:
        ids = [item.id for item in page.items]
        allowed = {str(p.value): p.value for p in catalog.agreement_scale}
    answers: dict[str, object] = {}
    errors: dict[str, str] = {}
    for item_id in ids:
        raw = request.POST.get(item_id, "").strip()
        if not raw:
            continue
        if raw not in allowed:
            errors[item_id] = "Please choose one of the options shown."
            continue
        answers[item_id] = allowed[raw]
    return answers, errors


def _questions_html(
    catalog: Catalog, questions: list[dict[str, str | None]], scale: list[dict[str, str]]
) -> SafeString:
    """A page's questions as HTML. They depend only on the catalog and each question's choice
    and error, so a page shown again with the same choices (every first visit, for one) is
    rendered once per process."""
    key = hashlib.sha256(repr((id(catalog), questions, scale)).encode()).hexdigest()
    html = _question_blocks.get(key)
    if html is None:
        html = render_to_string(
            "checkups/_questions.html", {"questions": questions, "scale": scale}
        )
        _question_blocks.put(key, html)
    return html


@login_required
@require_http_methods(["GET", "POST"])
def page(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    catalog = site_catalog()
    checkup = _own_checkup(request, pk)
    if checkup.is_complete:
        return redirect("checkups:results", pk=checkup.pk)
    current = _page_or_404(catalog, number)
    errors: dict[str, str] = {}
    if request.method == "POST":
        answers, errors = _parse_page(request, catalog, current)
        if not errors:
            try:
                services.checkup_save_page(
                    catalog=catalog, checkup=checkup, page=current, answers=answers
                )
            except (AnswerError, SafetyAnswerError, ValueError):
                errors["page"] = "Some answers could not be saved. Please choose again."
        if not errors:
            action = request.POST.get("action", "next")
            if action == "back" and number > 1:
                return redirect("checkups:page", pk=pk, number=number - 1)
            if action == "leave":
                messages.success(request, "Your answers are saved. Come back whenever you like.")
                return redirect("checkups:home")
            if current.is_last:
                services.checkup_complete(catalog=catalog, checkup=checkup)
                return redirect("checkups:results", pk=pk)
            return redirect("checkups:page", pk=pk, number=number + 1)
        chosen = {k: str(v) for k, v in answers.items()}
    else:
        saved = (
            services.checkup_safety_answers(checkup=checkup)
            if current.is_safety
            else services.checkup_answers(checkup=checkup)
        )
        chosen = {k: str(v) for k, v in saved.items()}
    if current.is_safety:
        questions = [
            {
                "id": item.id,
                "text": item.text,
                "error": errors.get(item.id),
                "chosen": chosen.get(item.id),
            }
            for item in catalog.safety.items
        ]
        scale = catalog.safety.scale
    else:
        questions = [
            {
                "id": item.id,
                "text": item.text,
                "error": errors.get(item.id),
                "chosen": chosen.get(item.id),
            }
            for item in current.items
        ]
        scale = catalog.agreement_scale
    points = [{"value": str(p.value), "label": p.label} for p in scale]
    return render(
        request,
        "checkups/page.html",
        {
            "checkup": checkup,
            "page": current,
            "questions": questions,
            "questions_html": _questions_html(catalog, questions, points),
            "scale": points,
            "errors": errors,
            "catalog": catalog,
            # Strings, not numbers: the template shows them as they are, without localising.
            "progress_label": f"Page {current.number} of {current.count}",
            "percent": str(round(100 * (number - 1) / current.count)),
        },
        status=400 if errors else 200,
    )


@dataclass(frozen=True)
class Row:
    barrier: Barrier
    score: BarrierScore
    band_label: str
    before: int | None
    delta: int | None


def _starter_practices(barrier: Barrier) -> list[Practice]:
    """Two practices to start with: one to do alone, one together, where the barrier has both."""
    solo = [p for p in barrier.practices if p.mode == "solo"]
    together = [p for p in barrier.practices if p.mode == "together"]
    picks = solo[:1] + together[:1]
    for practice in barrier.practices:
        if len(picks) >= 2:
            break
        if practice not in picks:
            picks.append(practice)
    return picks


def _rows(catalog: Catalog, profile: Profile, previous: Checkup | None) -> list[Row]:
    before: dict[str, int | None] = {}
    if previous is not None and previous.profile:
        before = {b["slug"]: b["score"] for b in previous.profile["barriers"]}
    rows = []
    for barrier, score in zip(catalog.barriers, profile.barriers, strict=True):
        old = before.get(barrier.slug)
        delta = None if old is None or score.score is None else score.score - old
        label = catalog.band_for(score.score).label if score.score is not None else ""
        rows.append(Row(barrier, score, label, old, delta))
    return rows


# The body of a finished check-up's results page is rendered once per process and kept. A
# finished check-up's answers can no longer change (saving refuses), nor can the previous
# finished one's profile, and ids are never reused; so the key names the two check-ups and
# when they were finished, and a kept copy is exactly what rendering again would give. A hit
# skips reading the answers as well as rendering: most of the page's cost.
_results_bodies = _FragmentCache(256)


def _results_key(catalog: Catalog, checkup: Checkup, previous: Checkup | None) -> str:
    parts = (
        id(catalog),
        checkup.pk,
        checkup.user_id,
        checkup.completed_at.isoformat() if checkup.completed_at else None,
        (previous.pk, previous.completed_at.isoformat() if previous.completed_at else None)
        if previous is not None
        else None,
        timezone.get_current_timezone_name(),
        translation.get_language(),
    )
    return repr(parts)


def _results_context(
    catalog: Catalog,
    checkup: Checkup,
    answers: dict[str, int],
    safety: dict[str, int],
    previous: Checkup | None,
) -> dict[str, object]:
    profile = score_profile(catalog, answers)
    rows = _rows(catalog, profile, previous)
    by_slug = {row.barrier.slug: row for row in rows}
    labels = {point.value: point.label for point in catalog.agreement_scale}
    priorities = [
        {
            "row": by_slug[slug],
            "practices": _starter_practices(by_slug[slug].barrier),
            "drivers": [
                {"text": d.text, "label": labels[d.answer].lower()}
                for d in by_slug[slug].score.drivers
                if d.points > 0
            ],
        }
        for slug in profile.priorities
    ]
    return {
        "checkup": checkup,
        "profile": profile,
        "rows": rows,
        "priorities": priorities,
        "previous": previous,
        "safety_positive": screen_positive(catalog, safety),
        "resources": catalog.resources,
        "satisfaction": profile.satisfaction,
        "previous_satisfaction": (
            (previous.profile or {}).get("satisfaction", {}).get("score")
            if previous is not None
            else None
        ),
    }


@login_required
@require_GET
def results(request: HttpRequest, pk: int) -> HttpResponse:
    catalog = site_catalog()
    checkup = _own_checkup(request, pk)
    if not checkup.is_complete:
        page = services.first_unanswered_page(catalog=catalog, checkup=checkup)
        return redirect("checkups:page", pk=pk, number=page)
    previous = services.checkup_previous(checkup=checkup)
    key = _results_key(catalog, checkup, previous)
    body = _results_bodies.get(key)
    if body is None:
        answers, safety = services.checkup_answer_sets(checkup=checkup)
        body = render_to_string(
            "checkups/_results.html",
            _results_context(catalog, checkup, answers, safety, previous),
            request=request,
        )
        # Anything tied to this request (a form's CSRF token, a script nonce) must not be kept.
        if "csrfmiddlewaretoken" not in body and "nonce=" not in body:
            _results_bodies.put(key, body)
    return render(request, "checkups/results.html", {"checkup": checkup, "body": body})


@login_required
@require_GET
def chart(request: HttpRequest, pk: int) -> HttpResponse:
    catalog = site_catalog()
    checkup = _own_checkup(request, pk)
    if not checkup.is_complete or not checkup.profile:
        raise Http404("No chart yet")
    rows = checkup.profile["barriers"]
    svg = profile_chart_svg(
        tuple(b.title for b in catalog.barriers),
        tuple(r["score"] for r in rows),
        tuple(r["band"] for r in rows),
    )
    return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
