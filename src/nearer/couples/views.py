"""The "Together" pages: invitations, linking and leaving, sharing, the couple view, focus.

Every view is private (login required). Things that belong to a couple answer 404 to anyone
outside it. The couple view and the partner's side of every page look the same whether the
other person has shared, finished a check-up, or had their sharing paused by the safety
screen: only a view that is open for both of them shows anything of the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.accounts.audit import record_access
from nearer.accounts.models import User
from nearer.accounts.reauth import require_recent_password
from nearer.checkups.models import Checkup
from nearer.checkups.services import checkup_history
from nearer.core.catalog import Barrier, Catalog
from nearer.core.couple_chart import couple_chart_svg
from nearer.couples import services
from nearer.couples.compare import SharedBarrier
from nearer.couples.guides import ConversationGuides, Guide, Kind, default_guides
from nearer.couples.models import FocusProposal, Invitation
from nearer.web.catalog import site_catalog


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _band_labels(catalog: Catalog) -> dict[str, str]:
    return {band.name: band.label for band in catalog.bands}


# --- The hub --------------------------------------------------------------------------------


def _hub(request: HttpRequest, *, error: str = "", status: int = 200) -> HttpResponse:
    user = _user(request)
    catalog = site_catalog()
    partner = services.partner_of(user=user)
    paused = services.shares_enforce_safety(user=user, catalog=catalog)
    shared = services.shared_checkup_ids(user=user) if partner is not None else set()
    checkups = [
        {"checkup": checkup, "shared": checkup.pk in shared}
        for checkup in checkup_history(user=user)
        if checkup.profile
    ]
    return render(
        request,
        "couples/hub.html",
        {
            "partner": partner,
            "paused": paused,
            "resources": catalog.resources,
            "invitation": services.invitation_open(user=user) if partner is None else None,
            "checkups": checkups,
            "error": error,
        },
        status=status,
    )


@login_required
@require_GET
def hub(request: HttpRequest) -> HttpResponse:
    return _hub(request)


# --- Invitations ----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
@require_recent_password
def invite(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if services.partner_of(user=user) is not None:
        messages.info(request, "You are already linked with a partner.")
        return redirect("couples:hub")
    if request.method == "POST":
        try:
            created = services.invitation_create(user=user)
        except services.CoupleError as error:
            messages.error(request, str(error))
            return redirect("couples:hub")
        link = request.build_absolute_uri(reverse("couples:join_link", args=[created.token]))
        return render(request, "couples/invite_created.html", {"created": created, "link": link})
    return render(
        request, "couples/invite.html", {"invitation": services.invitation_open(user=user)}
    )


@login_required
@require_POST
def invite_revoke(request: HttpRequest) -> HttpResponse:
    if services.invitation_revoke(user=_user(request)):
        messages.success(request, "Your invitation is withdrawn. Its link and code no longer work.")
    else:
        messages.info(request, "There was no open invitation to withdraw.")
    return redirect("couples:hub")


def _accept(request: HttpRequest, invitation: Invitation) -> str:
    """Accept for the signed-in person; the empty string on success, else the message."""
    try:
        services.invitation_accept(invitation=invitation, user=_user(request))
    except services.CoupleError as error:
        return str(error)
    messages.success(
        request,
        "You are linked. Nothing is shared until each of you chooses to share a check-up.",
    )
    return ""


@login_required
@require_http_methods(["GET", "POST"])
@require_recent_password
def join(request: HttpRequest) -> HttpResponse:
    """Enter a short invitation code."""
    user = _user(request)
    linked = services.partner_of(user=user) is not None
    error = ""
    status = 200
    code = ""
    if request.method == "POST" and not linked:
        code = request.POST.get("code", "")[:40]
        if services.code_attempts_exhausted(user=user):
            error = (
                "That was a few too many tries. For safety, code entry is paused for an hour."
                " A link from your partner still works."
            )
            status = 429
        else:
            invitation = services.invitation_by_code(code=code)
            if invitation is None:
                services.code_attempt_record(user=user)
                error = (
                    "That code did not work. Please check it, or ask for a new one: codes work"
                    " once and only for 48 hours."
                )
                status = 400
            else:
                error = _accept(request, invitation)
                if not error:
                    return redirect("couples:hub")
                status = 400
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "couples/join.html",
        {"linked": linked, "error": error, "code": code},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
@require_recent_password
def join_link(request: HttpRequest, token: str) -> HttpResponse:
    """Open an invitation link. Says nothing about who sent it."""
    invitation = services.invitation_by_token(token=token)
    if invitation is None:
        return render(request, "couples/join_unusable.html", status=404)
    if request.method == "POST":
        error = _accept(request, invitation)
        if not error:
            return redirect("couples:hub")
        status = 400
    else:
        try:
            services.invitation_check(invitation=invitation, user=_user(request))
            error = ""
        except services.CoupleError as problem:
            error = str(problem)
        status = 200
    return render(request, "couples/join_link.html", {"error": error}, status=status)


# --- Leaving --------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if services.partner_of(user=user) is None:
        messages.info(request, "You are not linked with a partner at the moment.")
        return redirect("couples:hub")
    if request.method == "POST":
        services.couple_leave(user=user)
        messages.success(
            request,
            "You have left. Nothing you shared is visible any more, and your own check-ups,"
            " plans and notes are all still here.",
        )
        return redirect("couples:hub")
    return render(request, "couples/leave.html")


# --- Sharing --------------------------------------------------------------------------------


def _own_finished_checkup(request: HttpRequest) -> Checkup:
    raw = request.POST.get("checkup", "")
    if not raw.isdigit():
        raise Http404("No such check-up")
    return get_object_or_404(Checkup, pk=int(raw), user=_user(request), completed_at__isnull=False)


@login_required
@require_POST
def share(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if services.partner_of(user=user) is None:
        raise Http404("Not linked")
    checkup = _own_finished_checkup(request)
    try:
        services.share_create(user=user, checkup=checkup)
    except services.CoupleError as error:
        return _hub(request, error=str(error), status=400)
    messages.success(
        request,
        f"Your check-up from {checkup.completed_at:%d %B %Y} is shared: scores and bands only."
        " Your partner sees it once you have both shared.",
    )
    return redirect("couples:hub")


@login_required
@require_POST
def share_withdraw(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    checkup = _own_finished_checkup(request)
    if not services.share_withdraw(user=user, checkup_id=checkup.pk):
        raise Http404("Not shared")
    messages.success(request, "That check-up is private again.")
    return redirect("couples:hub")


# --- The couple view ------------------------------------------------------------------------


#: Conversation topics shown in full per section; the rest are named, to keep it a start.
TOPICS_SHOWN = 4


@dataclass(frozen=True)
class Topic:
    barrier: Barrier
    kind: Kind
    mine: SharedBarrier
    theirs: SharedBarrier
    mine_label: str
    theirs_label: str
    statement: str
    starters: tuple[str, ...]
    guide: Guide


def _topics(
    catalog: Catalog, guides: ConversationGuides, view: services.CoupleView, kind: Kind
) -> list[Topic]:
    labels = _band_labels(catalog)
    slugs = view.comparison.agree if kind == "agree" else view.comparison.differ
    topics = []
    for slug in slugs:
        barrier = catalog.barrier(slug)
        mine, theirs = view.mine.barrier(slug), view.theirs.barrier(slug)
        starters = barrier.conversation_starters
        topics.append(
            Topic(
                barrier=barrier,
                kind=kind,
                mine=mine,
                theirs=theirs,
                mine_label=labels.get(mine.band or "", "not enough answers"),
                theirs_label=labels.get(theirs.band or "", "not enough answers"),
                statement=guides.statement(slug, kind),
                starters=starters[:2] if kind == "agree" else starters[-2:],
                guide=guides.guide(kind),
            )
        )
    return topics


def _focus_form(catalog: Catalog, selected: tuple[str, ...] | list[str]) -> list[dict[str, Any]]:
    return [
        {"slug": b.slug, "title": b.title, "checked": b.slug in selected} for b in catalog.barriers
    ]


def _couple_page(
    request: HttpRequest,
    view: services.CoupleView,
    *,
    error: str = "",
    selected: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    user = _user(request)
    catalog = site_catalog()
    guides = default_guides(settings.NEARER_LOCALE)
    labels = _band_labels(catalog)
    rows = [
        {
            "barrier": barrier,
            "mine": view.mine.barrier(barrier.slug),
            "theirs": view.theirs.barrier(barrier.slug),
            "mine_label": labels.get(view.mine.barrier(barrier.slug).band or "", ""),
            "theirs_label": labels.get(view.theirs.barrier(barrier.slug).band or "", ""),
        }
        for barrier in catalog.barriers
    ]
    agree = _topics(catalog, guides, view, "agree")
    differ = _topics(catalog, guides, view, "differ")
    proposal = services.focus_open_proposal(couple=view.couple)
    agreed = services.focus_agreed(couple=view.couple)
    titles = {b.slug: b.title for b in catalog.barriers}
    if selected is None:
        if proposal is not None:
            selected = list(proposal.barriers)
        else:
            selected = list(view.comparison.agree[: services.MAX_FOCUS])
    return render(
        request,
        "couples/couple.html",
        {
            "rows": rows,
            "agree": agree[:TOPICS_SHOWN],
            "agree_more": [t.barrier.title for t in agree[TOPICS_SHOWN:]],
            "differ": differ[:TOPICS_SHOWN],
            "differ_more": [t.barrier.title for t in differ[TOPICS_SHOWN:]],
            "agree_guide": guides.agree,
            "differ_guide": guides.differ,
            "proposal": proposal,
            "proposal_titles": [titles[s] for s in proposal.barriers] if proposal else [],
            "proposal_is_mine": proposal is not None and proposal.proposed_by_id == user.pk,
            "agreed_titles": [titles[s] for s in agreed.barriers] if agreed else [],
            "focus_options": _focus_form(catalog, selected),
            "max_focus": services.MAX_FOCUS,
            "error": error,
        },
        status=status,
    )


def _waiting(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    catalog = site_catalog()
    # Only this person's own pause changes this page; the partner's state never does.
    paused = services.shares_enforce_safety(user=user, catalog=catalog)
    return render(
        request,
        "couples/waiting.html",
        {"paused": paused, "resources": catalog.resources},
    )


@login_required
@require_GET
def couple(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if services.partner_of(user=user) is None:
        return redirect("couples:hub")
    view = services.couple_view(user=user)
    if view is None:
        return _waiting(request)
    # The partner's shared profile was read: it goes into their access log (never content).
    record_access(owner=view.partner, actor=user, kind="couple.view")
    return _couple_page(request, view)


@login_required
@require_GET
def couple_chart(request: HttpRequest) -> HttpResponse:
    view = services.couple_view(user=_user(request))
    if view is None:
        raise Http404("No couple view")
    catalog = site_catalog()
    svg = couple_chart_svg(
        tuple(b.title for b in catalog.barriers),
        tuple(view.mine.barrier(b.slug).score for b in catalog.barriers),
        tuple(view.theirs.barrier(b.slug).score for b in catalog.barriers),
    )
    return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")


# --- Focus barriers -------------------------------------------------------------------------


@login_required
@require_POST
def focus_propose(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    view = services.couple_view(user=user)
    if view is None:
        raise Http404("No couple view")
    chosen = request.POST.getlist("barrier")
    try:
        services.focus_propose(user=user, barriers=chosen)
    except services.CoupleError as error:
        return _couple_page(request, view, error=str(error), selected=chosen, status=400)
    messages.success(request, "Your suggestion is with your partner. Either of you can change it.")
    return redirect("couples:couple")


def _open_proposal(request: HttpRequest, pk: int) -> tuple[services.CoupleView, FocusProposal]:
    """An open suggestion in the signed-in person's open couple view, or 404."""
    view = services.couple_view(user=_user(request))
    if view is None:
        raise Http404("No couple view")
    proposal = get_object_or_404(FocusProposal, pk=pk, couple=view.couple, agreed_at__isnull=True)
    return view, proposal


@login_required
@require_POST
def focus_accept(request: HttpRequest, pk: int) -> HttpResponse:
    view, proposal = _open_proposal(request, pk)
    try:
        services.focus_accept(user=_user(request), proposal=proposal)
    except ValueError as error:  # CoupleError, or the planner refusing the focus
        return _couple_page(request, view, error=str(error), status=400)
    messages.success(request, "You have chosen your focus together. Your six-week plan is ready.")
    return redirect("plans:home")


@login_required
@require_POST
def focus_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    _, proposal = _open_proposal(request, pk)
    services.focus_withdraw(user=_user(request), proposal=proposal)
    if proposal.proposed_by_id == _user(request).pk:
        messages.info(request, "Your suggestion is withdrawn.")
    else:
        messages.info(request, "No problem. Either of you can suggest something else.")
    return redirect("couples:couple")


@login_required
@require_http_methods(["GET", "POST"])
def focus_solo(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    catalog = site_catalog()
    error = ""
    if request.method == "POST":
        selected = request.POST.getlist("barrier")
        try:
            services.focus_solo(
                user=user,
                barriers=selected,
                with_together_practices=request.POST.get("with_together") == "yes",
            )
        except ValueError as problem:  # CoupleError, or the planner refusing the focus
            error = str(problem)
        else:
            messages.success(request, "Your six-week plan is ready.")
            return redirect("plans:home")
    else:
        latest = next(iter(checkup_history(user=user)), None)
        selected = list((latest.profile or {}).get("priorities", [])) if latest else []
    return render(
        request,
        "couples/focus_solo.html",
        {
            "focus_options": _focus_form(catalog, selected),
            "with_together": request.POST.get("with_together") == "yes",
            "max_focus": services.MAX_FOCUS,
            "error": error,
        },
        status=400 if error else 200,
    )
