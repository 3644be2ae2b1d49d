"""Plan pages. All private to the signed-in person, except the calendar feed, which answers
only to its secret token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from nearer.accounts.models import User
from nearer.accounts.reauth import require_recent_password, safe_next
from nearer.core.catalog import Catalog, Practice
from nearer.core.planning import PLAN_WEEKS
from nearer.plans import services
from nearer.plans.forms import CalendarForm, FocusForm, RemindersForm, SwapForm
from nearer.plans.models import Plan, PlanSession, SessionStatus
from nearer.web.catalog import site_catalog

CALENDAR_FILENAME = "planner.ics"
CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _own_session(request: HttpRequest, pk: int) -> PlanSession:
    """A session of the signed-in person's current plan, or 404 (never confirm it exists)."""
    session = services.session_for(user=_user(request), pk=pk)
    if session is None:
        raise Http404("No such session")
    return session


def _back(request: HttpRequest) -> HttpResponse:
    return redirect(safe_next(request, request.POST.get("next"), reverse("plans:home")))


@dataclass(frozen=True, slots=True)
class Item:
    """A session with its practice from the catalog, as the templates show it."""

    session: PlanSession
    practice: Practice | None
    barrier_title: str

    @property
    def minutes(self) -> int:
        return self.practice.minutes if self.practice else 0


@dataclass(frozen=True, slots=True)
class DayItems:
    day: date
    items: list[Item]
    is_today: bool


def _items(catalog: Catalog, sessions: list[PlanSession]) -> list[Item]:
    titles = {b.slug: b.title for b in catalog.barriers}
    found = []
    for session in sessions:
        practice = services.practice_or_none(catalog, session.practice_id)
        found.append(Item(session, practice, titles.get(practice.barrier, "") if practice else ""))
    return found


def _days(catalog: Catalog, plan: Plan, first: date, count: int, today: date) -> list[DayItems]:
    sessions = [
        s
        for s in services.plan_sessions(plan=plan)
        if first <= s.date < first + timedelta(days=count) and s.status != SessionStatus.SKIPPED
    ]
    days = []
    for offset in range(count):
        day = first + timedelta(days=offset)
        days.append(
            DayItems(day, _items(catalog, [s for s in sessions if s.date == day]), day == today)
        )
    return days


def _focus_titles(catalog: Catalog, plan: Plan) -> list[str]:
    titles = {b.slug: b.title for b in catalog.barriers}
    return [titles.get(slug, slug) for slug in plan.focus]


@login_required
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    catalog = site_catalog()
    today = timezone.localdate()
    plan = services.plan_active(user=user)
    if plan is None:
        form = FocusForm(
            catalog=catalog,
            today=today,
            initial={"focus": services.focus_suggestion(user=user), "start": today},
        )
        return render(request, "plans/start.html", {"form": form, "replacing": False})
    end = services.plan_end(plan)
    week = services.plan_week_number(plan, today)
    first = plan.start + timedelta(days=7 * week)
    days = _days(catalog, plan, first, 7, today)
    today_items = next((d.items for d in days if d.is_today), [])
    return render(
        request,
        "plans/home.html",
        {
            "plan": plan,
            "end": end,
            "focus_titles": _focus_titles(catalog, plan),
            "week_number": week + 1,
            "week_count": PLAN_WEEKS,
            "not_started": today < plan.start,
            "finished": today > end,
            "today": today,
            "today_items": today_items,
            "other_days": [d for d in days if not d.is_today],
            "progress": services.week_progress(plan=plan, week=week),
            "next": request.get_full_path(),
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    """Choose focus barriers (solo) and make a plan; replaces any current plan."""
    user = _user(request)
    catalog = site_catalog()
    today = timezone.localdate()
    replacing = services.plan_active(user=user)  # shown as "this replaces your plan"
    if request.method == "POST":
        form = FocusForm(request.POST, catalog=catalog, today=today)
        if form.is_valid():
            try:
                services.plan_create(
                    user=user,
                    focus=form.cleaned_data["focus"],
                    together=False,
                    with_together_practices=form.cleaned_data["with_partner_practices"],
                    start=form.cleaned_data["start"],
                )
            except ValueError as error:
                form.add_error("focus", str(error))
            else:
                messages.success(request, "Your six-week plan is ready.")
                return redirect("plans:home")
        return render(
            request, "plans/start.html", {"form": form, "replacing": replacing}, status=400
        )
    form = FocusForm(
        catalog=catalog,
        today=today,
        initial={"focus": services.focus_suggestion(user=user), "start": today},
    )
    return render(request, "plans/start.html", {"form": form, "replacing": replacing})


@login_required
@require_safe
def weeks(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    plan = services.plan_active(user=user)
    if plan is None:
        return redirect("plans:home")
    catalog = site_catalog()
    today = timezone.localdate()
    days = _days(catalog, plan, plan.start, 7 * PLAN_WEEKS, today)
    week_rows = [
        {
            "number": n + 1,
            "days": [d for d in days[n * 7 : n * 7 + 7] if d.items],
            "progress": services.week_progress(plan=plan, week=n),
        }
        for n in range(PLAN_WEEKS)
    ]
    return render(
        request,
        "plans/weeks.html",
        {
            "plan": plan,
            "end": services.plan_end(plan),
            "focus_titles": _focus_titles(catalog, plan),
            "weeks": week_rows,
        },
    )


@login_required
@require_POST
def session_done(request: HttpRequest, pk: int) -> HttpResponse:
    session = _own_session(request, pk)
    try:
        services.session_mark_done(session=session)
    except services.PlanError as error:
        messages.info(request, str(error))
    else:
        messages.success(request, "Marked as done.")
    return _back(request)


@login_required
@require_POST
def session_undo(request: HttpRequest, pk: int) -> HttpResponse:
    services.session_undo(session=_own_session(request, pk))
    messages.info(request, "Back on your list.")
    return _back(request)


@login_required
@require_POST
def session_snooze(request: HttpRequest, pk: int) -> HttpResponse:
    session = _own_session(request, pk)
    try:
        result = services.session_snooze(session=session)
    except services.PlanError as error:
        messages.info(request, str(error))
        return _back(request)
    if result.moved_to is not None:
        when = date_format(result.moved_to, "l j F")
        messages.info(request, f"Moved to {when}.")
    elif session.practice_id and _is_daily(session.practice_id):
        messages.info(request, "This one comes round again tomorrow, so today's is set aside.")
    else:
        messages.info(request, "There is no room for it later in this plan, so it is set aside.")
    return _back(request)


def _is_daily(practice_id: str) -> bool:
    practice = services.practice_or_none(site_catalog(), practice_id)
    return practice is not None and practice.frequency == "daily"


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def session_swap(request: HttpRequest, pk: int) -> HttpResponse:
    session = _own_session(request, pk)
    catalog = site_catalog()
    options = services.session_swap_options(session=session)
    form = SwapForm(request.POST or None, options=options)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.session_swap(session=session, practice_id=form.cleaned_data["practice"])
            except services.PlanError as error:
                form.add_error("practice", str(error))
            else:
                messages.success(request, "Swapped.")
                return redirect("plans:home")
        status = 400
    return render(
        request,
        "plans/swap.html",
        {
            "item": _items(catalog, [session])[0],
            "form": form,
            "options": options,
        },
        status=status,
    )


# --- Calendar -------------------------------------------------------------------------------------


def _calendar_page(
    request: HttpRequest, form: CalendarForm, *, new_feed_url: str = "", status: int = 200
) -> HttpResponse:
    prefs = services.preferences_for(user=_user(request))
    webcal = ""
    if new_feed_url.startswith(("http://", "https://")):
        webcal = "webcal://" + new_feed_url.split("://", 1)[1]
    return render(
        request,
        "plans/calendar.html",
        {
            "form": form,
            "prefs": prefs,
            "has_plan": services.plan_active(user=_user(request)) is not None,
            "new_feed_url": new_feed_url,
            "new_feed_webcal": webcal,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def calendar(request: HttpRequest) -> HttpResponse:
    """Calendar settings: the event wording, names or not, a time or all-day."""
    user = _user(request)
    if request.method == "POST":
        form = CalendarForm(request.POST)
        if form.is_valid():
            try:
                services.calendar_update(
                    user=user,
                    wording=form.cleaned_data["wording"] or "",
                    show_names=form.cleaned_data["show_names"],
                    at=form.cleaned_data["at"],
                )
            except services.PlanError as error:
                form.add_error("wording", str(error))
            else:
                messages.success(request, "Calendar settings saved.")
                return redirect("plans:calendar")
        return _calendar_page(request, form, status=400)
    prefs = services.preferences_for(user=user)
    form = CalendarForm(
        initial={
            "wording": prefs.calendar_wording,
            "show_names": prefs.calendar_show_names,
            "at": prefs.calendar_time,
        }
    )
    return _calendar_page(request, form)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@require_recent_password
def feed_create(request: HttpRequest) -> HttpResponse:
    """Make (or replace) the private feed address; shown on this response only. Asks for the
    password first: the address shows the plan to whoever has it."""
    if request.method != "POST":
        prefs = services.preferences_for(user=_user(request))
        return render(request, "plans/feed_new.html", {"prefs": prefs})
    token = services.feed_create(user=_user(request))
    url = request.build_absolute_uri(reverse("plans:feed", args=[token]))
    prefs = services.preferences_for(user=_user(request))
    form = CalendarForm(
        initial={
            "wording": prefs.calendar_wording,
            "show_names": prefs.calendar_show_names,
            "at": prefs.calendar_time,
        }
    )
    return _calendar_page(request, form, new_feed_url=url)


@login_required
@require_POST
def feed_revoke(request: HttpRequest) -> HttpResponse:
    services.feed_revoke(user=_user(request))
    messages.success(request, "The feed address no longer works.")
    return redirect("plans:calendar")


@login_required
@require_safe
def download(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(services.plan_calendar(user=_user(request)), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{CALENDAR_FILENAME}"'
    return response


@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscription feed: no sign-in, only the secret token. Unknown or revoked: 404."""
    owner = services.feed_user(token=token)
    if owner is None:
        raise Http404("No such feed")
    request.private = True  # type: ignore[attr-defined]  # no-store, like private pages
    response = HttpResponse(services.plan_calendar(user=owner), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'inline; filename="{CALENDAR_FILENAME}"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# --- Reminders ------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def reminders(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    prefs = services.preferences_for(user=user)
    if request.method == "POST":
        form = RemindersForm(request.POST)
        if form.is_valid():
            try:
                services.reminders_update(
                    user=user, enabled=form.cleaned_data["enabled"], at=form.chosen_time
                )
            except services.PlanError as error:
                form.add_error("at", str(error))
            else:
                messages.success(
                    request,
                    "Reminders are on." if form.cleaned_data["enabled"] else "Reminders are off.",
                )
                return redirect("plans:reminders")
        return render(request, "plans/reminders.html", {"form": form, "prefs": prefs}, status=400)
    form = RemindersForm(initial={"enabled": prefs.reminders_enabled, "at": prefs.reminder_time})
    return render(request, "plans/reminders.html", {"form": form, "prefs": prefs})
