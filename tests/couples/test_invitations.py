"""Invitations: a single-use link and short code, 48 hours, revocable, one at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from nearer.accounts.models import User
from nearer.couples import services
from nearer.couples.models import CoupleMember, Invitation

pytestmark = pytest.mark.django_db


def _token_from(link: str) -> str:
    return link.rstrip("/").rsplit("/", 1)[-1]


def test_making_an_invitation_shows_a_link_and_a_short_code_once(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex = make_user("alex@example.org")
    response = signed_in(alex).post("/together/invite/")
    assert response.status_code == 200
    created_code = response.context["created"].code
    link = response.context["link"]
    assert len(created_code) == services.CODE_LENGTH
    assert set(created_code) <= set(services.CODE_ALPHABET)
    assert services.code_display(created_code) in response.content.decode()
    assert link.startswith("http://testserver/together/join/")
    # Only keyed hashes are stored: neither secret appears anywhere in the row.
    row = Invitation.objects.values().get(inviter=alex)
    stored = " ".join(str(value) for value in row.values())
    assert created_code not in stored
    assert _token_from(link) not in stored
    assert row["expires_at"] - row["created_at"] == timedelta(hours=48)
    # The hub later says an invitation is open but cannot show the secrets again.
    hub = signed_in(alex).get("/together/").content.decode()
    assert "Your invitation is open until" in hub
    assert created_code not in hub and services.code_display(created_code) not in hub


def test_the_link_links_two_people_and_works_only_once(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam, kim = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim"))
    link = signed_in(alex).post("/together/invite/").context["link"]
    path = link.removeprefix("http://testserver")
    sam_client = signed_in(sam)
    page = sam_client.get(path)
    assert page.status_code == 200
    assert "Someone invited you to link accounts in Nearer." in page.content.decode()
    response = sam_client.post(path)
    assert response.status_code == 302
    assert services.partner_of(user=sam) == alex
    assert services.partner_of(user=alex) == sam
    # Used: for anyone else it is gone.
    assert signed_in(kim).get(path).status_code == 404
    assert signed_in(kim).post(path).status_code == 404
    assert services.partner_of(user=kim) is None


def test_the_code_works_with_dashes_spaces_and_small_letters(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    code = signed_in(alex).post("/together/invite/").context["created"].code
    typed = f" {code[:4].lower()} - {code[4:]} "
    response = signed_in(sam).post("/together/join/", {"code": typed})
    assert response.status_code == 302
    assert services.partner_of(user=sam) == alex


def test_an_expired_invitation_cannot_be_used(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    response = signed_in(alex).post("/together/invite/")
    code, link = response.context["created"].code, response.context["link"]
    # 48 hours and a minute later:
    Invitation.objects.filter(inviter=alex).update(
        created_at=timezone.now() - timedelta(hours=48, minutes=1),
        expires_at=timezone.now() - timedelta(minutes=1),
    )
    client = signed_in(sam)
    assert client.get(link).status_code == 404
    assert client.post(link).status_code == 404
    assert client.post("/together/join/", {"code": code}).status_code == 400
    assert services.partner_of(user=sam) is None
    assert Invitation.objects.get(inviter=alex).status == "expired"
    assert services.invitation_open(user=alex) is None


def test_an_invitation_just_before_expiry_still_works(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    code = signed_in(alex).post("/together/invite/").context["created"].code
    Invitation.objects.filter(inviter=alex).update(
        created_at=timezone.now() - timedelta(hours=47, minutes=59),
        expires_at=timezone.now() + timedelta(minutes=1),
    )
    assert signed_in(sam).post("/together/join/", {"code": code}).status_code == 302


def test_a_withdrawn_invitation_stops_working_at_once(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    alex_client = signed_in(alex)
    response = alex_client.post("/together/invite/")
    code, link = response.context["created"].code, response.context["link"]
    assert alex_client.post("/together/invite/withdraw/").status_code == 302
    client = signed_in(sam)
    assert client.get(link).status_code == 404
    assert client.post("/together/join/", {"code": code}).status_code == 400
    assert services.partner_of(user=sam) is None
    assert Invitation.objects.get(inviter=alex).status == "withdrawn"


def test_a_new_invitation_replaces_the_open_one(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    alex_client = signed_in(alex)
    first = alex_client.post("/together/invite/").context["link"]
    second = alex_client.post("/together/invite/").context["link"]
    assert Invitation.objects.filter(inviter=alex).count() == 2
    assert [i for i in Invitation.objects.filter(inviter=alex) if i.is_open()] == [
        services.invitation_open(user=alex)
    ]
    client = signed_in(sam)
    assert client.get(first).status_code == 404
    assert client.post(second).status_code == 302


def test_you_cannot_accept_your_own_invitation(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex = make_user("alex@example.org")
    client = signed_in(alex)
    response = client.post("/together/invite/")
    code, link = response.context["created"].code, response.context["link"]
    page = client.get(link)
    assert page.status_code == 200
    assert "This is your own invitation" in page.content.decode()
    assert client.post(link).status_code == 400
    assert client.post("/together/join/", {"code": code}).status_code == 400
    assert not CoupleMember.objects.exists()
    # Still usable by the partner it was meant for.
    assert services.invitation_open(user=alex) is not None


def test_someone_already_in_a_couple_cannot_accept(
    make_user: Callable[[str], User],
    signed_in: Callable[..., Client],
    link: Callable[[User, User], object],
) -> None:
    alex, sam, kim = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim"))
    link(sam, kim)
    invite_link = signed_in(alex).post("/together/invite/").context["link"]
    client = signed_in(sam)
    page = client.get(invite_link)
    assert "You are already linked with a partner" in page.content.decode()
    assert client.post(invite_link).status_code == 400
    assert services.partner_of(user=sam) == kim
    assert services.partner_of(user=alex) is None


def test_an_invitation_from_someone_who_has_since_linked_with_another_cannot_be_used(
    make_user: Callable[[str], User],
    signed_in: Callable[..., Client],
    link: Callable[[User, User], object],
) -> None:
    alex, sam, kim = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim"))
    code = signed_in(alex).post("/together/invite/").context["created"].code
    link(kim, alex)  # alex accepts someone else's invitation: alex's own stops working
    assert services.invitation_open(user=alex) is None
    assert signed_in(sam).post("/together/join/", {"code": code}).status_code == 400
    assert services.partner_of(user=sam) is None
    assert services.partner_of(user=alex) == kim


def test_a_stale_invitation_row_cannot_link_a_person_who_already_has_a_partner(
    make_user: Callable[[str], User], link: Callable[[User, User], object]
) -> None:
    alex, sam, kim = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim"))
    created = services.invitation_create(user=alex)
    link(kim, sam)
    with pytest.raises(services.AlreadyLinked):
        services.invitation_accept(invitation=created.invitation, user=sam)
    # Even if the row were somehow left open while the inviter has a partner:
    other = services.invitation_create(user=make_user("lee@example.org"))
    CoupleMember.objects.filter(user=sam).update(user=other.invitation.inviter)
    with pytest.raises(services.InvitationUnusable):
        services.invitation_accept(invitation=other.invitation, user=alex)


def test_a_linked_person_cannot_make_an_invitation(
    make_user: Callable[[str], User],
    signed_in: Callable[..., Client],
    link: Callable[[User, User], object],
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    link(alex, sam)
    assert signed_in(alex).post("/together/invite/").status_code == 302
    assert services.invitation_open(user=alex) is None
    with pytest.raises(services.AlreadyLinked):
        services.invitation_create(user=alex)


def test_invitation_pages_say_nothing_about_who_sent_them(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex = make_user("alex.rivers@example.org")
    sam = make_user("sam@example.org")
    link = signed_in(alex).post("/together/invite/").context["link"]
    html = signed_in(sam).get(link).content.decode().lower()
    assert "someone invited you to link accounts in nearer." in html
    for clue in ("alex", "rivers", "example.org"):
        assert clue not in html


def test_nobody_is_emailed_about_invitations_or_linking(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    link = signed_in(alex).post("/together/invite/").context["link"]
    signed_in(sam).post(link)
    signed_in(sam).post("/together/leave/")
    assert mail.outbox == []


def test_making_or_accepting_an_invitation_asks_for_the_password_first(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    unconfirmed = signed_in(alex, confirmed=False)
    response = unconfirmed.post("/together/invite/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-password/")
    assert not Invitation.objects.exists()

    link = signed_in(alex).post("/together/invite/").context["link"]
    sam_unconfirmed = signed_in(sam, confirmed=False)
    for response in (
        sam_unconfirmed.post(link),
        sam_unconfirmed.get(link),
        sam_unconfirmed.post("/together/join/", {"code": "ABCD2345"}),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/confirm-password/")
    assert services.partner_of(user=sam) is None


def test_wrong_codes_are_limited_per_person(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    code = signed_in(alex).post("/together/invite/").context["created"].code
    client = signed_in(sam)
    wrong = "22222222" if code != "22222222" else "33333333"
    for _ in range(services.CODE_ATTEMPTS_PER_HOUR):
        assert client.post("/together/join/", {"code": wrong}).status_code == 400
    # Even the right code waits now; the link still works.
    response = client.post("/together/join/", {"code": code})
    assert response.status_code == 429
    assert "paused for an hour" in response.content.decode()
    assert services.partner_of(user=sam) is None


@pytest.mark.parametrize("typed", ["", "ABC", "ABCD-EFGHJ", "OOOO-IIII", "<script>", "x" * 500])
def test_malformed_codes_are_refused_kindly(
    make_user: Callable[[str], User], signed_in: Callable[..., Client], typed: str
) -> None:
    response = signed_in(make_user("sam@example.org")).post("/together/join/", {"code": typed})
    assert response.status_code == 400
    assert "That code did not work" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_unknown_links_are_not_found(
    make_user: Callable[[str], User], signed_in: Callable[..., Client]
) -> None:
    client = signed_in(make_user("sam@example.org"))
    assert client.get("/together/join/not-a-real-token/").status_code == 404
    assert client.post("/together/join/" + "x" * 300 + "/").status_code == 404


def test_leaving_either_side_unlinks_both_and_each_can_link_again(
    make_user: Callable[[str], User],
    signed_in: Callable[..., Client],
    link: Callable[[User, User], object],
) -> None:
    alex, sam, kim = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim"))
    link(alex, sam)
    client = signed_in(sam)
    assert client.get("/together/leave/").status_code == 200
    assert client.post("/together/leave/").status_code == 302
    assert services.partner_of(user=alex) is None
    assert services.partner_of(user=sam) is None
    link(kim, alex)
    assert services.partner_of(user=alex) == kim


def test_deleting_an_account_unlinks_the_partner(
    make_user: Callable[[str], User], link: Callable[[User, User], object]
) -> None:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    link(alex, sam)
    alex.delete()
    assert services.partner_of(user=sam) is None
    assert services.couple_of(user=sam) is None


def test_pruning_deletes_invitations_that_expired_unused_and_keeps_the_rest(
    make_user: Callable[[str], User],
) -> None:
    alex, sam, kim, lee = (make_user(f"{n}@example.org") for n in ("alex", "sam", "kim", "lee"))
    past = timezone.now() - timedelta(minutes=1)
    withdrawn = services.invitation_create(user=alex).invitation
    services.invitation_revoke(user=alex)
    expired = services.invitation_create(user=alex).invitation
    # Both past their 48 hours: one withdrawn first, one simply never used.
    Invitation.objects.filter(pk__in=[withdrawn.pk, expired.pk]).update(expires_at=past)
    accepted = services.invitation_create(user=kim).invitation
    services.invitation_accept(invitation=accepted, user=lee)
    Invitation.objects.filter(pk=accepted.pk).update(expires_at=past)
    still_open = services.invitation_create(user=sam).invitation

    assert services.invitations_prune() == 2

    assert set(Invitation.objects.all()) == {accepted, still_open}
    assert services.invitation_open(user=sam) == still_open
    assert services.invitations_prune() == 0
