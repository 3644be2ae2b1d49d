"""Journal and message coach. Every page is private to the person signed in: entries answer
404 to everyone but their author, and nothing here appears in any couple view."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from nearer.accounts.models import User
from nearer.insight import services
from nearer.insight.coach import StartupDraft, coach_content
from nearer.insight.forms import CoachForm, JournalEntryForm
from nearer.insight.models import JournalEntry
from nearer.web.catalog import site_catalog

ENTRIES_PER_PAGE = 20
_RANK = {"none": 0, "concern": 1, "urgent": 2}


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _own_entry(request: HttpRequest, entry_id: UUID) -> JournalEntry:
    """The signed-in person's entry, or 404 (never 403: do not confirm it exists)."""
    entry = services.journal_entry_get(user=_user(request), entry_id=entry_id)
    if entry is None:
        raise Http404("No such entry")
    return entry


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


# --- Journal ------------------------------------------------------------------------------


@login_required
@require_GET
def journal(request: HttpRequest) -> HttpResponse:
    page = Paginator(services.journal_entries(user=_user(request)), ENTRIES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "insight/journal.html",
        {"page": page, "barriers": site_catalog().barriers, "surprise": services.SURPRISE},
    )


@sensitive_post_parameters("title", "body")
@login_required
@require_http_methods(["GET", "POST"])
def journal_new(request: HttpRequest) -> HttpResponse:
    catalog = site_catalog()
    prompt_barrier = None
    if request.method == "POST":
        form = JournalEntryForm(request.POST)
        if form.is_valid():
            entry = services.journal_entry_create(
                user=_user(request),
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                prompt=form.cleaned_data["prompt"],
            )
            messages.success(request, "Saved. Only you can read this entry.")
            return redirect("insight:journal_entry", entry_id=entry.pk)
        status = 400
    else:
        choice = request.GET.get("barrier", "")
        initial: dict[str, Any] = {}
        if choice:
            picked = services.journal_prompt_pick(catalog=catalog, choice=choice)
            if picked is None:
                raise Http404("No such barrier")
            prompt_barrier, initial["prompt"] = picked
        form = JournalEntryForm(initial=initial)
        status = 200
    prompt = form["prompt"].value() or ""
    return render(
        request,
        "insight/journal_form.html",
        {
            "form": form,
            "prompt": prompt,
            "prompt_barrier": prompt_barrier,
            "choice": request.GET.get("barrier", ""),
            "barriers": catalog.barriers,
            "surprise": services.SURPRISE,
            "entry": None,
        },
        status=status,
    )


@login_required
@require_GET
def journal_entry(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    entry = _own_entry(request, entry_id)
    catalog = site_catalog()
    insight = services.journal_entry_insight(entry=entry, catalog=catalog)
    return render(
        request,
        "insight/journal_entry.html",
        {"entry": entry, "insight": insight, "resources": catalog.resources},
    )


@sensitive_post_parameters("title", "body")
@login_required
@require_http_methods(["GET", "POST"])
def journal_edit(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    entry = _own_entry(request, entry_id)
    status = 200
    if request.method == "POST":
        # The prompt an entry started from stays as it was.
        form = JournalEntryForm({**request.POST.dict(), "prompt": entry.prompt})
        if form.is_valid():
            services.journal_entry_update(
                entry=entry, title=form.cleaned_data["title"], body=form.cleaned_data["body"]
            )
            messages.success(request, "Your changes are saved.")
            return redirect("insight:journal_entry", entry_id=entry.pk)
        status = 400
    else:
        form = JournalEntryForm(
            initial={"title": entry.title, "body": entry.body, "prompt": entry.prompt}
        )
    return render(
        request,
        "insight/journal_form.html",
        {"form": form, "prompt": entry.prompt, "entry": entry},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def journal_delete(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    entry = _own_entry(request, entry_id)
    if request.method == "POST":
        services.journal_entry_delete(entry=entry)
        messages.success(request, "The entry is deleted. It cannot be brought back.")
        return redirect("insight:journal")
    return render(request, "insight/journal_delete.html", {"entry": entry})


# --- Message coach ------------------------------------------------------------------------


def _startup_fields(form: CoachForm, draft: StartupDraft | None) -> dict[str, dict[str, str]]:
    """Each start-up field keeps what the person typed; a field still empty, or still holding
    the last suggestion, takes the new suggestion read from their message (insight/coach.js
    applies the same rule in the browser after each live update)."""
    data: dict[str, Any] = getattr(form, "cleaned_data", {})
    fields: dict[str, dict[str, str]] = {}
    for name in ("feeling", "situation", "need"):
        typed = (data.get(name) or "").strip()
        last = (data.get(f"suggested_{name}") or "").strip()
        suggestion = getattr(draft, name) if draft else ""
        value = suggestion if not typed or typed == last else typed
        fields[name] = {"value": value, "suggested": suggestion}
    return fields


@sensitive_post_parameters("message", "feeling", "situation", "need")
@login_required
@require_http_methods(["GET", "POST"])
def coach(request: HttpRequest) -> HttpResponse:
    """GET: the empty coach. POST: feedback on the message. With htmx (HX-Request) only the
    feedback partial comes back, as the person types; without JavaScript the whole page.
    Nothing typed here is stored."""
    content = coach_content(settings.NEARER_LOCALE)
    catalog = site_catalog()
    form = CoachForm(request.POST) if request.method == "POST" else CoachForm()
    feedback = None
    composed = ""
    composed_pattern = ""
    safety = "none"
    status = 200
    if form.is_bound:
        valid = form.is_valid()
        # Field errors on the start-up steps still let the message itself be checked.
        message = form.cleaned_data.get("message") or ""
        if message.strip():
            feedback = services.coach_feedback(message=message, content=content)
            safety = feedback.safety
        if valid and form.cleaned_data.get("action") == "compose":
            composed, composed_pattern = services.coach_compose(
                feeling=form.cleaned_data["feeling"],
                situation=form.cleaned_data["situation"],
                need=form.cleaned_data["need"],
            )
            safety = max(safety, services.coach_safety(text=composed), key=_RANK.__getitem__)
        if not valid:
            # htmx leaves 4xx responses unswapped, so the live partial reports errors with 200.
            status = 200 if _is_htmx(request) else 400
        elif form.cleaned_data.get("action") == "check" and not message.strip():
            form.add_error("message", "Type the message you have in mind, then check it.")
            status = 400
    fields = _startup_fields(form, feedback.draft if feedback else None)
    context = {
        "form": form,
        "message": form.data.get("message", "") if form.is_bound else "",
        "feedback": feedback,
        "pattern_text": content.patterns[feedback.pattern] if feedback else None,
        "startup": content.startup,
        "fields": fields,
        "prefilled": any(f["suggested"] and f["value"] == f["suggested"] for f in fields.values()),
        "composed": composed,
        "composed_text": content.patterns.get(composed_pattern) if composed else None,
        "composed_pattern": composed_pattern,
        "safety": safety,
        "resources": catalog.resources,
        "live": _is_htmx(request),
    }
    template = "insight/_coach_feedback.html" if _is_htmx(request) else "insight/coach.html"
    return render(request, template, context, status=status)
