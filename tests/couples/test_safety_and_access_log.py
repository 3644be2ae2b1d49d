from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import AccessEvent, User
from nearer.checkups.models import Checkup
from nearer.couples import services
from nearer.couples.models import Couple


@pytest.mark.django_db
def test_an_older_checkup_with_a_positive_safety_screen_is_never_shared(
    make_user: Callable[[str], User],
    finished_checkup: Callable[..., Checkup],
    link: Callable[[User, User], Couple],
) -> None:
    me, partner = make_user("me@example.org"), make_user("partner@example.org")
    link(me, partner)
    afraid = finished_checkup(me, safety=3)
    finished_checkup(me, safety=1)  # the latest screen is negative, so sharing is open
    with pytest.raises(services.SharingPaused):
        services.share_create(user=me, checkup=afraid)
    assert services.shared_checkup_ids(user=me) == set()


@pytest.mark.django_db
def test_a_partner_opening_the_couple_view_appears_in_your_access_log(
    make_user: Callable[[str], User],
    finished_checkup: Callable[..., Checkup],
    link: Callable[[User, User], Couple],
    signed_in: Callable[..., Client],
) -> None:
    me, partner = make_user("me@example.org"), make_user("partner@example.org")
    link(me, partner)
    services.share_create(user=me, checkup=finished_checkup(me))
    services.share_create(user=partner, checkup=finished_checkup(partner))
    assert signed_in(partner).get("/together/couple/").status_code == 200
    event = AccessEvent.objects.get(owner=me)
    assert event.actor == partner
    assert event.kind == "couple.view"
    html = signed_in(me).get("/accounts/access-log/").content.decode()
    assert "opened the couple view" in html
