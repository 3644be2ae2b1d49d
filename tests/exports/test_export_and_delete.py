from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from nearer.accounts.models import User
from nearer.checkups.models import Answer, Checkup
from nearer.couples import services as couples
from nearer.exports.services import user_export


def _link(a: User, b: User) -> None:
    created = couples.invitation_create(user=a)
    invitation = couples.invitation_by_token(token=created.token)
    assert invitation is not None
    couples.invitation_accept(invitation=invitation, user=b)


@pytest.mark.django_db
def test_export_holds_your_answers_and_nothing_of_your_partners(
    make_user: Callable[[str], User], finished_checkup: Callable[..., Checkup]
) -> None:
    me, partner = make_user("me@example.org"), make_user("partner@example.org")
    _link(me, partner)
    mine = finished_checkup(me, value=2)
    theirs = finished_checkup(partner, value=5, safety=3)
    couples.share_create(user=me, checkup=mine)
    data = user_export(user=me)
    text = json.dumps(data)
    assert data["account"]["email"] == "me@example.org"
    assert [c["id"] for c in data["checkups"]] == [mine.pk]
    assert len(data["checkups"][0]["answers"]) == 40
    assert "partner@example.org" not in text
    assert f'"id": {theirs.pk}' not in text or theirs.pk == mine.pk
    for section in ("together", "plans", "checkins", "journal"):
        assert section in data


@pytest.mark.django_db
def test_downloading_data_asks_for_the_password_first(
    client: Client, make_user: Callable[[str], User]
) -> None:
    client.force_login(make_user("me@example.org"))
    response = client.get("/my-data/export.json")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-password/")


@pytest.mark.django_db
def test_download_is_a_json_attachment(
    confirmed_client: Callable[[User], Client],
    make_user: Callable[[str], User],
    finished_checkup: Callable[..., Checkup],
) -> None:
    me = make_user("me@example.org")
    finished_checkup(me)
    client = confirmed_client(me)
    response = client.get("/my-data/export.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert json.loads(response.content)["format"] == "nearer-export"


@pytest.mark.django_db
def test_the_report_is_a_pdf_with_the_profile(
    confirmed_client: Callable[[User], Client],
    make_user: Callable[[str], User],
    finished_checkup: Callable[..., Checkup],
    tmp_path: Path,
) -> None:
    me = make_user("me@example.org")
    finished_checkup(me, value=5)
    response = confirmed_client(me).get("/my-data/report.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Your profile" in text
    assert "Fear of vulnerability" in text
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)


@pytest.mark.django_db
def test_deleting_requires_the_confirmation_box(
    confirmed_client: Callable[[User], Client], make_user: Callable[[str], User]
) -> None:
    me = make_user("me@example.org")
    response = confirmed_client(me).post("/my-data/delete/", {})
    assert response.status_code == 400
    assert User.objects.filter(pk=me.pk).exists()


@pytest.mark.django_db
def test_deleting_removes_everything_you_own_and_unlinks_your_partner(
    confirmed_client: Callable[[User], Client],
    make_user: Callable[[str], User],
    finished_checkup: Callable[..., Checkup],
) -> None:
    me, partner = make_user("me@example.org"), make_user("partner@example.org")
    _link(me, partner)
    finished_checkup(me)
    kept = finished_checkup(partner)
    client = confirmed_client(me)
    response = client.post("/my-data/delete/", {"confirm": "yes"})
    assert response.status_code == 302
    assert not User.objects.filter(email="me@example.org").exists()
    assert list(Checkup.objects.values_list("id", flat=True)) == [kept.pk]
    assert Answer.objects.filter(checkup__user__email="me@example.org").count() == 0
    assert couples.partner_of(user=partner) is None
    assert client.get("/checkup/").status_code == 302


@pytest.mark.django_db
def test_export_command_prints_the_same_json(
    make_user: Callable[[str], User], capsys: pytest.CaptureFixture[str]
) -> None:
    make_user("me@example.org")
    call_command("export", "me@example.org")
    data = json.loads(capsys.readouterr().out)
    assert data["account"]["email"] == "me@example.org"


@pytest.mark.django_db
def test_export_command_refuses_an_unknown_address(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        call_command("export", "nobody@example.org")
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.django_db
def test_report_command_writes_a_pdf(
    make_user: Callable[[str], User], finished_checkup: Callable[..., Checkup], tmp_path: Path
) -> None:
    finished_checkup(make_user("me@example.org"))
    target = tmp_path / "r.pdf"
    call_command("report", "me@example.org", "--pdf", str(target))
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/my-data/", "/my-data/export.json", "/my-data/report.pdf", "/my-data/delete/"]
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_my_data_pages_refuse_anonymous_visitors(client: Client, url: str, method: str) -> None:
    response = getattr(client, method)(url)
    assert response.status_code in (302, 405)
    if response.status_code == 302:
        assert response["Location"].startswith("/accounts/login/")
