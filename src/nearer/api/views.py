"""Pages to make and revoke API tokens. Private: login required, the person's own tokens only.

Making a token asks for the password again: a token shares access with something new."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.accounts.models import User
from nearer.accounts.reauth import require_recent_password
from nearer.api import services
from nearer.api.forms import TokenForm


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


@login_required
@require_GET
def tokens(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    tokens = services.tokens_for(user=user)
    return render(
        request,
        "api/tokens.html",
        {
            "tokens": tokens,
            "has_active": any(token.is_active for token in tokens),
            "api_root": request.build_absolute_uri(reverse("api:api-root")),
            "schema_url": reverse("api:openapi-json"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@require_recent_password
def token_create(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            token, secret = services.token_create(
                user=_user(request), name=form.cleaned_data["name"]
            )
        except services.TokenError as error:
            form.add_error("name", str(error))
        else:
            # Shown on this response only: only a hash is kept. Private pages are no-store.
            return render(
                request,
                "api/token_created.html",
                {
                    "token": token,
                    "secret": secret,
                    "api_root": request.build_absolute_uri(reverse("api:api-root")),
                },
            )
    return render(
        request,
        "api/token_new.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = services.token_get(user=_user(request), pk=pk)
    if token is None:
        raise Http404("No such token")
    services.token_revoke(token=token)
    messages.success(request, f"“{token.name}” no longer works.")
    return redirect("api_tokens:list")


@login_required
@require_POST
def tokens_revoke_all(request: HttpRequest) -> HttpResponse:
    count = services.tokens_revoke_all(user=_user(request))
    if count:
        messages.success(request, "None of your tokens work any more.")
    return redirect("api_tokens:list")
