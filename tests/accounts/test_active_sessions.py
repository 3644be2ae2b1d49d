"""The list of signed-in sessions, and signing the others out (promise 4)."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.utils import timezone
from tests.accounts.helpers import (
    CHROME_LINUX,
    FIREFOX_WINDOWS,
    SAFARI_IPHONE,
    SignIn,
    is_signed_in,
)
from tests.conftest import PASSWORD

from nearer.accounts.middleware import SEEN, STARTED
from nearer.accounts.models import ActiveSession, User
from nearer.accounts.services import session_key_hash, sessions_prune


def _rows(browser: Client) -> list[str]:
    html = browser.get("/accounts/sessions/").content.decode()
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return [" ".join(row.split()) for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


@pytest.mark.django_db
def test_the_sessions_page_lists_each_signed_in_browser_in_plain_words(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    laptop = sign_in(me, FIREFOX_WINDOWS)
    sign_in(me, SAFARI_IPHONE)
    assert laptop.get("/accounts/sessions/").status_code == 200
    rows = _rows(laptop)
    assert len(rows) == 2
    (firefox,) = [row for row in rows if "Firefox on Windows" in row]
    (safari,) = [row for row in rows if "Safari on iPhone" in row]
    assert "This device" in firefox
    assert "Sign out" not in firefox
    assert "This device" not in safari
    assert "Sign out" in safari


@pytest.mark.django_db
def test_the_sessions_page_shows_only_the_signed_in_persons_sessions(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    sign_in(make_user("someone@example.org"), FIREFOX_WINDOWS)
    html = sign_in(me, CHROME_LINUX).get("/accounts/sessions/").content.decode()
    assert "Chrome on Linux" in html
    assert "Firefox" not in html
    assert "someone@example.org" not in html


@pytest.mark.django_db
def test_sign_out_everywhere_else_ends_every_other_session_and_keeps_this_one(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, FIREFOX_WINDOWS)
    phone = sign_in(me, SAFARI_IPHONE)
    tablet = sign_in(me, CHROME_LINUX)
    response = here.post("/accounts/sessions/sign-out-others/", follow=True)
    assert b"Signed out 2 other sessions" in response.content
    assert is_signed_in(here)
    assert not is_signed_in(phone)
    assert not is_signed_in(tablet)
    assert list(ActiveSession.objects.values_list("device", flat=True)) == ["Firefox on Windows"]


@pytest.mark.django_db
def test_sign_out_everywhere_else_also_ends_a_session_that_was_never_listed(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    forgotten = sign_in(me, SAFARI_IPHONE)
    ActiveSession.objects.filter(device="Safari on iPhone").delete()
    here.post("/accounts/sessions/sign-out-others/")
    assert not is_signed_in(forgotten)
    assert is_signed_in(here)


@pytest.mark.django_db
def test_one_other_session_can_be_signed_out_on_its_own(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, FIREFOX_WINDOWS)
    phone = sign_in(me, SAFARI_IPHONE)
    tablet = sign_in(me, CHROME_LINUX)
    phone_id = ActiveSession.objects.get(device="Safari on iPhone").public_id
    response = here.post(f"/accounts/sessions/{phone_id}/sign-out/")
    assert response.status_code == 302
    assert not is_signed_in(phone)
    assert is_signed_in(tablet)
    assert is_signed_in(here)


@pytest.mark.django_db
def test_another_persons_session_cannot_be_signed_out(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = sign_in(make_user("me@example.org"))
    them = make_user("them@example.org")
    their_browser = sign_in(them, FIREFOX_WINDOWS)
    their_id = ActiveSession.objects.get(user=them).public_id
    assert me.post(f"/accounts/sessions/{their_id}/sign-out/").status_code == 404
    assert me.post(f"/accounts/sessions/{uuid.uuid4()}/sign-out/").status_code == 404
    assert is_signed_in(their_browser)
    assert ActiveSession.objects.filter(user=them).exists()


@pytest.mark.django_db
def test_signing_out_this_devices_own_entry_signs_out_here(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    own_id = ActiveSession.objects.get(user=me).public_id
    response = here.post(f"/accounts/sessions/{own_id}/sign-out/")
    assert response["Location"] == "/accounts/login/"
    assert not is_signed_in(here)
    assert not ActiveSession.objects.exists()


@pytest.mark.django_db
def test_signing_out_needs_a_post(sign_in: SignIn, make_user: Callable[[str], User]) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    own_id = ActiveSession.objects.get(user=me).public_id
    assert here.get("/accounts/sessions/sign-out-others/").status_code == 405
    assert here.get(f"/accounts/sessions/{own_id}/sign-out/").status_code == 405
    assert is_signed_in(here)


@pytest.mark.django_db
def test_signing_out_removes_the_session_from_the_list(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    sign_in(me, SAFARI_IPHONE)
    here.post("/accounts/logout/")
    assert list(ActiveSession.objects.values_list("device", flat=True)) == ["Safari on iPhone"]


@pytest.mark.django_db
def test_a_session_ended_by_idleness_leaves_the_list(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    here.get("/accounts/")
    session = here.session
    session[STARTED] = session[SEEN] = int(time.time()) - 31 * 60
    session.save()
    assert not is_signed_in(here)
    assert not ActiveSession.objects.exists()


@pytest.mark.django_db
def test_last_activity_is_refreshed_at_most_once_a_minute(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me)
    here.get("/accounts/")
    long_ago = timezone.now() - timedelta(minutes=10)
    ActiveSession.objects.update(last_seen_at=long_ago)
    here.get("/accounts/")  # seen moments ago: nothing is written
    assert ActiveSession.objects.get().last_seen_at == long_ago
    session = here.session
    session[SEEN] = int(time.time()) - 61
    session.save()
    here.get("/accounts/")
    assert ActiveSession.objects.get().last_seen_at > long_ago


@pytest.mark.django_db
def test_a_session_signed_in_before_tracking_is_adopted_at_the_next_refresh(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, FIREFOX_WINDOWS)
    here.get("/accounts/")
    ActiveSession.objects.all().delete()
    session = here.session
    session[SEEN] = int(time.time()) - 61
    session.save()
    html = here.get("/accounts/sessions/").content.decode()
    assert "Firefox on Windows" in html
    assert "This device" in html


@pytest.mark.django_db
def test_sessions_that_ended_on_their_own_are_not_listed(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, FIREFOX_WINDOWS)
    sign_in(me, SAFARI_IPHONE)
    ActiveSession.objects.filter(device="Safari on iPhone").update(
        last_seen_at=timezone.now() - timedelta(minutes=31)
    )
    assert b"Safari" not in here.get("/accounts/sessions/").content


@pytest.mark.django_db
def test_no_address_and_no_usable_session_key_are_stored(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, FIREFOX_WINDOWS, address="203.0.113.77")
    session_key = here.session.session_key
    assert session_key
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM accounts_activesession")
        rows = cursor.fetchall()
    assert len(rows) == 1
    raw = " ".join(str(value) for value in rows[0])
    assert "203.0.113" not in raw
    assert session_key not in raw
    assert "Mozilla" not in raw  # only the short summary, not the whole user agent


@pytest.mark.django_db
def test_a_crafted_user_agent_cannot_put_words_on_the_page(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, "<script>alert(1)</script> Your account is closed Firefox/1")
    html = here.get("/accounts/sessions/").content.decode()
    assert "Your account is closed" not in html
    assert "alert(1)" not in html
    assert "Firefox" in html


@pytest.mark.django_db
def test_a_password_change_keeps_this_device_listed_once(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    here = sign_in(me, FIREFOX_WINDOWS)
    new = "a-brand-new-phrase-77"
    here.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    (row,) = _rows(here)
    assert "Firefox on Windows" in row
    assert "This device" in row
    assert ActiveSession.objects.count() == 1


@pytest.mark.django_db
def test_sessions_from_before_the_first_sign_out_everywhere_keep_djangos_own_check(
    make_user: Callable[[str], User],
) -> None:
    from django.utils.crypto import salted_hmac

    me = make_user("me@example.org")
    djangos_own = salted_hmac(
        "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash",
        me.password,
        algorithm="sha256",
    ).hexdigest()
    assert me.get_session_auth_hash() == djangos_own
    me.session_epoch = 1
    assert me.get_session_auth_hash() != djangos_own


@pytest.mark.django_db
def test_pruning_clears_expired_sessions_and_rows_of_ended_ones_but_keeps_live_ones(
    sign_in: SignIn, make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    laptop = sign_in(me, FIREFOX_WINDOWS)
    phone = sign_in(me, SAFARI_IPHONE)
    tablet = sign_in(me, CHROME_LINUX)
    now = timezone.now()
    phone_key, tablet_key = phone.session.session_key, tablet.session.session_key
    # The phone's session has expired in the store; the tablet has been idle too long.
    Session.objects.filter(session_key=phone_key).update(expire_date=now - timedelta(minutes=1))
    ActiveSession.objects.filter(key_hash=session_key_hash(phone_key or "")).update(
        created_at=now - timedelta(hours=13), last_seen_at=now - timedelta(hours=13)
    )
    ActiveSession.objects.filter(key_hash=session_key_hash(tablet_key or "")).update(
        last_seen_at=now - timedelta(minutes=31)
    )

    assert sessions_prune() == 2

    assert not Session.objects.filter(session_key=phone_key).exists()
    assert list(ActiveSession.objects.values_list("device", flat=True)) == ["Firefox on Windows"]
    assert is_signed_in(laptop)
    assert sessions_prune() == 0
