"""Private by default, simultaneous reveal, leaving, and the safety screen pausing sharing."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from nearer.accounts.models import User
from nearer.checkups.models import Checkup
from nearer.couples import services
from nearer.couples.models import ProfileShare
from nearer.web.catalog import site_catalog
from tests.couples.conftest import A_POINTS, B_POINTS, page_text

pytestmark = pytest.mark.django_db

PAGES = ("/together/", "/together/couple/")


@pytest.fixture
def pair(
    make_user: Callable[[str], User], link: Callable[[User, User], object]
) -> tuple[User, User]:
    alex, sam = make_user("alex@example.org"), make_user("sam@example.org")
    link(alex, sam)
    return alex, sam


def _pages(client: Client) -> list[str]:
    responses = [client.get(url) for url in PAGES]
    assert [r.status_code for r in responses] == [200, 200]
    return [page_text(r) for r in responses]


def _share(client: Client, checkup: Checkup) -> None:
    # Follow the redirect so its one-off "shared" message is read now, not on a later page.
    response = client.post("/together/share/", {"checkup": checkup.pk}, follow=True)
    assert response.redirect_chain == [("/together/", 302)]


def test_nothing_is_shared_by_linking_alone(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    finished_checkup(alex, A_POINTS)
    finished_checkup(sam, B_POINTS)
    assert not ProfileShare.objects.exists()
    html = signed_in(sam).get("/together/couple/").content.decode()
    assert "Waiting for both of you to share." in html
    assert signed_in(sam).get("/together/couple/chart.svg").status_code == 404


def test_the_couple_view_opens_only_when_both_have_shared(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    _share(alex_client, finished_checkup(alex, A_POINTS))
    for client in (alex_client, sam_client):
        assert (
            "Waiting for both of you to share." in client.get("/together/couple/").content.decode()
        )
        assert client.get("/together/couple/chart.svg").status_code == 404
    _share(sam_client, finished_checkup(sam, B_POINTS))
    for client in (alex_client, sam_client):
        html = client.get("/together/couple/").content.decode()
        assert "Waiting for both of you" not in html
        assert "Where you agree" in html and "Where you see things differently" in html
        chart = client.get("/together/couple/chart.svg")
        assert chart.status_code == 200
        assert chart["Content-Type"].startswith("image/svg+xml")
        assert chart["Cache-Control"] == "no-store, private"


def test_the_page_is_identical_whether_or_not_the_partner_has_finished_or_shared(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    finished_checkup(sam, B_POINTS)
    sam_client = signed_in(sam)
    before = _pages(sam_client)  # alex has not even started
    finished_checkup(alex, A_POINTS, complete=False)
    assert _pages(sam_client) == before  # alex is in the middle of one
    checkup = Checkup.objects.get(user=alex)
    from nearer.checkups.services import checkup_complete

    checkup_complete(catalog=site_catalog(), checkup=checkup)
    assert _pages(sam_client) == before  # alex has finished
    _share(signed_in(alex), checkup)
    assert _pages(sam_client) == before  # alex has shared; sam has not


def test_a_person_who_shared_first_sees_exactly_what_they_saw_before(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    sam_client = signed_in(sam)
    _share(sam_client, finished_checkup(sam, B_POINTS))
    before = _pages(sam_client)
    finished_checkup(alex, A_POINTS)
    assert _pages(sam_client) == before


def test_the_couple_view_shows_scores_and_bands_only(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_checkup = finished_checkup(alex, A_POINTS, safety=1)
    sam_checkup = finished_checkup(sam, B_POINTS)
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    _share(alex_client, alex_checkup)
    _share(sam_client, sam_checkup)
    catalog = site_catalog()
    html = sam_client.get("/together/couple/").content.decode()
    chart = sam_client.get("/together/couple/chart.svg").content.decode()
    # Alex's scores are there (fear of conflict 100, physical affection 0) ...
    assert "Fear of conflict" in html and ">100 <" in html
    # ... but none of the statements behind them, no answer labels, no safety screen, no dates.
    texts = [item.text for item in catalog.checkup_items]
    texts += [item.text for item in catalog.safety.items]
    texts += [catalog.safety.title, catalog.safety.intro, catalog.resources.emergency]
    texts += [resource.name for resource in catalog.resources.resources]
    for document in (html, chart):
        for text in texts:
            assert text not in document
        for label in ("Strongly agree", "Strongly disagree", "you chose"):
            assert label not in document
    assert alex_checkup.completed_at is not None
    for moment in (alex_checkup.completed_at, alex_checkup.started_at):
        for shape in ("%d %B %Y", "%Y-%m-%d", "%B %d", "%-d %B"):
            assert moment.strftime(shape) not in html
    assert "not enough answers" not in chart  # everyone answered everything here
    # The shared shape itself holds nothing else: no answer counts, no drivers.
    view = services.couple_view(user=sam)
    assert view is not None
    assert set(view.theirs.barriers[0].__slots__) == {"slug", "score", "band"}


def test_agreements_and_differences_are_framed_as_conversations(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    _share(alex_client, finished_checkup(alex, A_POINTS))
    _share(sam_client, finished_checkup(sam, B_POINTS))
    response = sam_client.get("/together/couple/")
    agree = [topic.barrier.slug for topic in response.context["agree"]]
    differ = [topic.barrier.slug for topic in response.context["differ"]]
    assert agree == ["fear-of-conflict", "emotional-burnout"]
    assert differ == ["neglecting-quality-time", "lack-of-physical-affection"] or differ == [
        "lack-of-physical-affection",
        "neglecting-quality-time",
    ]
    html = response.content.decode()
    for heading in (
        "How to raise it gently",
        'An "I" statement to adapt',
        "How to listen",
        "When to pause",
    ):
        assert html.count(heading) == 4
    for word in ("distressed", "verdict:", "grade", "overall score", "dysfunction"):
        assert word not in html.lower().replace("not a verdict", "")


def test_withdrawing_a_share_closes_the_view_for_both(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    alex_checkup = finished_checkup(alex, A_POINTS)
    _share(alex_client, alex_checkup)
    _share(sam_client, finished_checkup(sam, B_POINTS))
    assert sam_client.get("/together/couple/chart.svg").status_code == 200
    response = alex_client.post("/together/share/withdraw/", {"checkup": alex_checkup.pk})
    assert response.status_code == 302
    assert sam_client.get("/together/couple/chart.svg").status_code == 404
    assert "Waiting for both of you" in sam_client.get("/together/couple/").content.decode()


def test_the_view_uses_each_persons_latest_shared_checkup(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    _share(alex_client, finished_checkup(alex, 4))
    _share(sam_client, finished_checkup(sam, 1))
    newer = finished_checkup(alex, 0)
    view = services.couple_view(user=sam)
    assert view is not None and view.theirs.barriers[0].score == 100  # newer is not shared
    _share(alex_client, newer)
    view = services.couple_view(user=sam)
    assert view is not None and view.theirs.barriers[0].score == 0


def test_only_your_own_finished_checkups_can_be_shared(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_checkup = finished_checkup(alex)
    unfinished = finished_checkup(sam, complete=False)
    client = signed_in(sam)
    assert client.post("/together/share/", {"checkup": alex_checkup.pk}).status_code == 404
    assert client.post("/together/share/", {"checkup": unfinished.pk}).status_code == 404
    assert client.post("/together/share/", {"checkup": "nope"}).status_code == 404
    assert not ProfileShare.objects.exists()


def test_leaving_cuts_access_at_once_and_keeps_each_persons_data(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    _share(alex_client, finished_checkup(alex, A_POINTS))
    _share(sam_client, finished_checkup(sam, B_POINTS))
    assert sam_client.get("/together/couple/chart.svg").status_code == 200
    assert alex_client.post("/together/leave/").status_code == 302
    for client in (alex_client, sam_client):
        assert client.get("/together/couple/chart.svg").status_code == 404
        response = client.get("/together/couple/")
        assert response.status_code == 302 and response["Location"] == "/together/"
        assert "linked with" not in client.get("/together/").content.decode()
    assert not ProfileShare.objects.exists()
    assert Checkup.objects.filter(user=alex).count() == 1
    assert Checkup.objects.filter(user=sam).count() == 1


def test_a_new_partner_does_not_inherit_earlier_shares(
    pair: tuple[User, User],
    make_user: Callable[[str], User],
    link: Callable[[User, User], object],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    _share(signed_in(alex), finished_checkup(alex, A_POINTS))
    services.couple_leave(user=sam)
    kim = make_user("kim@example.org")
    link(kim, alex)
    _share(signed_in(kim), finished_checkup(kim))
    assert services.couple_view(user=kim) is None


# --- The safety screen ------------------------------------------------------------------------


def test_a_positive_safety_screen_means_you_cannot_share(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, _ = pair
    checkup = finished_checkup(alex, A_POINTS, safety=3)
    client = signed_in(alex)
    response = client.post("/together/share/", {"checkup": checkup.pk})
    assert response.status_code == 400
    assert not ProfileShare.objects.exists()
    html = client.get("/together/").content.decode()
    assert "Sharing is paused for now" in html
    assert "Share this profile" not in html
    catalog = site_catalog()
    assert catalog.resources.emergency in html
    assert catalog.resources.resources[0].name in html
    with pytest.raises(services.SharingPaused):
        services.share_create(user=alex, checkup=checkup)


def test_a_positive_screen_withdraws_earlier_shares_and_the_partner_sees_the_neutral_state(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    sam_client = signed_in(sam)
    _share(sam_client, finished_checkup(sam, B_POINTS))
    neutral = _pages(sam_client)  # alex has not shared anything
    neutral_hub_for_alex = page_text(signed_in(alex).get("/together/"))

    _share(signed_in(alex), finished_checkup(alex, A_POINTS))
    assert sam_client.get("/together/couple/chart.svg").status_code == 200

    finished_checkup(alex, A_POINTS, safety=2)  # retakes the check-up; the screen is positive
    assert not ProfileShare.objects.filter(user=alex).exists()
    assert _pages(sam_client) == neutral
    assert sam_client.get("/together/couple/chart.svg").status_code == 404
    # Only alex sees why, and privately.
    alex_hub = signed_in(alex).get("/together/").content.decode()
    assert "Sharing is paused for now" in alex_hub
    assert page_text(signed_in(alex).get("/together/")) != neutral_hub_for_alex


def test_a_positive_answer_in_an_unfinished_checkup_also_pauses_sharing(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    sam_client = signed_in(sam)
    _share(sam_client, finished_checkup(sam, B_POINTS))
    neutral = _pages(sam_client)
    alex_client = signed_in(alex)
    _share(alex_client, finished_checkup(alex, A_POINTS))
    finished_checkup(alex, A_POINTS, safety=4, complete=False)
    assert _pages(sam_client) == neutral
    assert services.couple_view(user=alex) is None
    assert "Sharing is paused for now" in alex_client.get("/together/couple/").content.decode()


def test_nothing_hints_at_the_safety_screen_for_the_partner(
    make_user: Callable[[str], User],
    link: Callable[[User, User], object],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    """Sam links with Alex and shares. Alex either simply does not share, or has a positive
    safety screen and tries to share. Sam's pages are the same either way (same emails, fresh
    accounts each time; only Sam's own check-up number differs and is blanked out)."""
    snapshots = []
    for safety in (1, 4):
        sam = make_user("sam@example.org")
        alex = make_user("alex@example.org")
        finished_checkup(alex, A_POINTS, safety=safety)
        finished_checkup(sam, B_POINTS)
        link(sam, alex)
        sam_client = signed_in(sam)
        _share(sam_client, Checkup.objects.get(user=sam))
        if safety > 1:
            alex_client = signed_in(alex)
            alex_client.post("/together/share/", {"checkup": Checkup.objects.get(user=alex).pk})
        pages = [page_text(sam_client.get(url)) for url in (*PAGES, "/together/leave/")]
        pages = [re.sub(r'name="checkup" value="\d+"', "", page) for page in pages]
        chart = sam_client.get("/together/couple/chart.svg").status_code
        snapshots.append([*pages, str(chart)])
        alex.delete()
        sam.delete()
    assert snapshots[0] == snapshots[1]
    catalog = site_catalog()
    clues = ["paused", "afraid", "helpline", catalog.resources.emergency]
    clues += [resource.name for resource in catalog.resources.resources]
    for page in snapshots[0]:
        for clue in clues:
            assert clue.lower() not in page.lower()


def test_a_long_list_of_topics_shows_a_few_in_full_and_names_the_rest(
    pair: tuple[User, User],
    finished_checkup: Callable[..., Checkup],
    signed_in: Callable[..., Client],
) -> None:
    alex, sam = pair
    alex_client, sam_client = signed_in(alex), signed_in(sam)
    _share(alex_client, finished_checkup(alex, 2))  # every barrier "some signs" for both
    _share(sam_client, finished_checkup(sam, 2))
    response = sam_client.get("/together/couple/")
    assert len(response.context["agree"]) == 4
    assert len(response.context["agree_more"]) == 8
    assert "You also both noticed:" in response.content.decode()
