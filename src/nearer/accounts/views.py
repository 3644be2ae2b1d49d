from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django.utils.timesince import timesince
from django.views.decorators.http import require_http_methods

from nearer.accounts.audit import access_lines, access_log_days, access_log_events
from nearer.accounts.forms import (
    ConfirmPasswordForm,
    EmailChangeForm,
    PasswordChangeWithSessionsForm,
    SignupForm,
)
from nearer.accounts.models import User
from nearer.accounts.reauth import mark_password_confirmed, require_recent_password, safe_next
from nearer.accounts.services import (
    email_change,
    password_change,
    session_key_hash,
    session_list,
    session_sign_out,
    session_sign_out_others,
)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("checkups:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="nearer.accounts.backends.AccountBackend")
        return redirect("checkups:home")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def confirm_password(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next"), "/")
    form = ConfirmPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        mark_password_confirmed(request)
        return redirect(next_url)
    return render(
        request,
        "accounts/confirm_password.html",
        {"form": form, "next": next_url},
        status=400 if form.errors else 200,
    )


def _signed_in(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


@login_required
@require_http_methods(["GET"])
def account(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account.html", {"account": _signed_in(request)})


def _ago(moment: datetime) -> str:
    if timezone.now() - moment < timedelta(minutes=1):
        return "just now"
    return f"about {timesince(moment)} ago"


@login_required
@require_http_methods(["GET"])
def sessions(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    current_hash = session_key_hash(request.session.session_key or "")
    rows = [
        {
            "record": record,
            "is_current": record.key_hash == current_hash,
            "started": _ago(record.created_at),
            "last_used": _ago(record.last_seen_at),
        }
        for record in session_list(user=user)
    ]
    rows.sort(key=lambda row: not row["is_current"])  # this device first, then by last use
    return render(
        request,
        "accounts/sessions.html",
        {"rows": rows, "others": sum(1 for row in rows if not row["is_current"])},
    )


@login_required
@require_http_methods(["POST"])
def sign_out_others(request: HttpRequest) -> HttpResponse:
    ended = session_sign_out_others(request=request, user=_signed_in(request))
    if ended:
        messages.success(
            request,
            f"Signed out {ended} other session{pluralize(ended)}. This device stays signed in.",
        )
    else:
        messages.success(request, "Every other session is signed out. This device stays signed in.")
    return redirect("accounts:sessions")


@login_required
@require_http_methods(["POST"])
def sign_out_session(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    was_current = session_sign_out(
        user=_signed_in(request),
        public_id=public_id,
        current_key=request.session.session_key or "",
    )
    if was_current:
        logout(request)
        return redirect("accounts:login")
    messages.success(request, "That session is signed out.")
    return redirect("accounts:sessions")


@login_required
@require_http_methods(["GET", "POST"])
def change_password(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    form = PasswordChangeWithSessionsForm(user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        form.save()
        sign_out = bool(form.cleaned_data["sign_out_others"])
        password_change(request=request, user=user, sign_out_others=sign_out)
        messages.success(
            request,
            "Your password is changed."
            + (" Your other sessions are signed out." if sign_out else ""),
        )
        return redirect("accounts:home")
    return render(
        request,
        "accounts/change_password.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_recent_password
@require_http_methods(["GET", "POST"])
def change_email(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    form = EmailChangeForm(user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            email_change(user=user, new_email=form.cleaned_data["email"])
        except IntegrityError:
            # Someone took the address between the check and the save.
            form.add_error("email", "That address already belongs to another account.")
        else:
            messages.success(
                request,
                "Your sign-in address is changed. A short notice went to the previous address.",
            )
            return redirect("accounts:home")
    return render(
        request,
        "accounts/change_email.html",
        {"form": form, "current_email": user.email},
        status=400 if form.errors else 200,
    )


ACCESS_LOG_PAGE_SIZE = 25


@login_required
@require_http_methods(["GET"])
def access_log(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    events = access_log_events(owner=user)
    page = Paginator(events, ACCESS_LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "accounts/access_log.html",
        {
            "page": page,
            "lines": access_lines(list(page.object_list)),
            "days_kept": access_log_days(),
        },
    )
