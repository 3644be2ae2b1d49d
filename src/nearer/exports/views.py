"""Your data: download it (JSON, PDF) or delete it. Each step asks for the password again."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from nearer.accounts.models import User
from nearer.accounts.reauth import require_recent_password
from nearer.exports.report import report_pdf
from nearer.exports.services import account_delete, user_export


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def _record(user: User, kind: str) -> None:
    try:
        from nearer.accounts.audit import record_access
    except ImportError:  # the access log arrives with the account-hardening work
        return
    record_access(owner=user, actor=user, kind=kind)


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "exports/index.html")


@login_required
@require_GET
@require_recent_password
def export_json(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _record(user, "export.json")
    body = json.dumps(user_export(user=user), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.json"'
    return response


@login_required
@require_GET
@require_recent_password
def report(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _record(user, "report.pdf")
    response = HttpResponse(report_pdf(user=user), content_type="application/pdf")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="report-{stamp}.pdf"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
@require_recent_password
def delete(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            return render(
                request,
                "exports/delete.html",
                {"error": "Please tick the box to confirm that everything should be deleted."},
                status=400,
            )
        user = _user(request)
        logout(request)
        account_delete(user=user)
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("web:home")
    return render(request, "exports/delete.html")
