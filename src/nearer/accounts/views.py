from __future__ import annotations

from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from nearer.accounts.forms import ConfirmPasswordForm, SignupForm
from nearer.accounts.models import User
from nearer.accounts.reauth import mark_password_confirmed, safe_next


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("checkups:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
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
