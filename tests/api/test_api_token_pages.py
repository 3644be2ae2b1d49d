"""The pages where people make and revoke API tokens: private, the password first before a new
token, the secret shown once, someone else's token out of reach."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from tests.api.conftest import Api, sign_in

from nearer.accounts.models import User
from nearer.api.models import ApiToken
from nearer.api.services import MAX_ACTIVE_TOKENS, token_create

pytestmark = pytest.mark.django_db

LIST = reverse("api_tokens:list")
CREATE = reverse("api_tokens:create")


def revoke_url(token: ApiToken) -> str:
    return reverse("api_tokens:revoke", args=[token.pk])


def shown_secret(html: str) -> str:
    match = re.search(r'id="token-secret" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", LIST),
        ("get", CREATE),
        ("post", CREATE),
        ("post", "revoke"),
        ("post", reverse("api_tokens:revoke_all")),
    ],
)
def test_visitors_who_are_not_signed_in_are_sent_to_sign_in(
    owner: User, client: Client, method: str, url: str
) -> None:
    if url == "revoke":
        url = revoke_url(token_create(user=owner, name="t")[0])
    response = getattr(client, method)(url, {"name": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert ApiToken.objects.count() == (1 if url.endswith("/revoke/") else 0)
    assert ApiToken.objects.filter(revoked__isnull=False).count() == 0


def test_making_a_token_asks_for_the_password_first(owner: User) -> None:
    client = sign_in(Client(), owner)
    for response in (client.get(CREATE), client.post(CREATE, {"name": "script"})):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:confirm_password"))
    assert not ApiToken.objects.exists()


def test_a_new_token_is_shown_once_and_works(owner: User) -> None:
    client = sign_in(Client(), owner, confirmed=True)
    assert client.get(CREATE).status_code == 200
    response = client.post(CREATE, {"name": "  notes   script "})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = shown_secret(response.content.decode())
    token = ApiToken.objects.get(user=owner)
    assert token.name == "notes script"
    assert Api(secret).get("/me").json()["email"] == owner.email
    listing = client.get(LIST).content.decode()
    assert "notes script" in listing and token.prefix in listing
    assert secret not in listing and token.token_hash not in listing


@pytest.mark.parametrize(("name", "reason"), [("", "Give the token a name"), ("x" * 61, "60")])
def test_a_bad_name_is_explained(owner: User, name: str, reason: str) -> None:
    client = sign_in(Client(), owner, confirmed=True)
    response = client.post(CREATE, {"name": name})
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert not ApiToken.objects.exists()


def test_there_is_a_limit_on_active_tokens(owner: User) -> None:
    for i in range(MAX_ACTIVE_TOKENS):
        token_create(user=owner, name=f"t{i}")
    client = sign_in(Client(), owner, confirmed=True)
    response = client.post(CREATE, {"name": "one more"})
    assert response.status_code == 400
    assert "Revoke one" in response.content.decode()


def test_revoking_a_token_stops_it_and_keeps_it_listed(owner: User) -> None:
    token, secret = token_create(user=owner, name="old script")
    client = sign_in(Client(), owner)
    response = client.post(revoke_url(token), follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "no longer works" in page and "Revoked" in page
    assert Api(secret).get("/me").status_code == 401


def test_revoke_is_post_only(owner: User) -> None:
    token = token_create(user=owner, name="t")[0]
    client = sign_in(Client(), owner)
    assert client.get(revoke_url(token)).status_code == 405


@pytest.mark.parametrize("kind", ["stranger", "partner"])
def test_someone_else_cannot_see_or_revoke_a_persons_tokens(
    owner: User, make_user: Callable[[str], User], kind: str
) -> None:
    from nearer.couples import services as couples

    person = make_user(f"{kind}@example.org")
    if kind == "partner":
        invitation = couples.invitation_create(user=owner).invitation
        couples.invitation_accept(invitation=invitation, user=person)
    token, secret = token_create(user=owner, name="owner's script")
    client = sign_in(Client(), person, confirmed=True)
    assert "owner&#x27;s script" not in client.get(LIST).content.decode()
    assert client.post(revoke_url(token)).status_code == 404
    assert Api(secret).get("/me").status_code == 200


def test_a_token_made_in_the_web_page_reaches_only_its_makers_data(
    owner: User, other: User
) -> None:
    client = sign_in(Client(), other, confirmed=True)
    secret = shown_secret(client.post(CREATE, {"name": "mine"}).content.decode())
    assert Api(secret).get("/me").json()["email"] == other.email


def test_every_token_can_be_revoked_at_once_and_only_ones_own(owner: User, other: User) -> None:
    mine = [token_create(user=owner, name=f"t{i}")[1] for i in range(3)]
    theirs = token_create(user=other, name="theirs")[1]
    client = sign_in(Client(), owner)
    assert "Revoke every token" in client.get(LIST).content.decode()
    response = client.post(reverse("api_tokens:revoke_all"), follow=True)
    assert "None of your tokens work any more" in response.content.decode()
    assert all(Api(secret).get("/me").status_code == 401 for secret in mine)
    assert Api(theirs).get("/me").status_code == 200
    assert "Revoke every token" not in client.get(LIST).content.decode()
