"""Highlighting the person's own words: every character escaped, nothing lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.template.loader import render_to_string
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nearer.accounts.models import User
from nearer.insight.highlight import highlight
from nearer.insight.models import JournalEntry

HX = {"HX-Request": "true"}
NASTY = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>', "&amp;", "<mark>"]

texts = st.lists(
    st.one_of(
        st.text(max_size=40), st.sampled_from(NASTY), st.sampled_from(["\n", "\n\n", "\r\n"])
    ),
    max_size=8,
).map("".join)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(texts)
    bound = len(text) + 3
    spans = draw(
        st.lists(
            st.tuples(
                st.integers(-2, bound), st.integers(-2, bound), st.sampled_from(["a", "b", "<x>"])
            ),
            max_size=6,
        )
    )
    return text, spans


def _render(text: str, spans: list[tuple[int, int, str]]) -> str:
    return render_to_string("insight/_highlighted.html", {"paragraphs": highlight(text, spans)})


@given(text_and_spans())
@settings(max_examples=300)
def test_segments_give_back_every_character_apart_from_line_breaks(
    case: tuple[str, list[tuple[int, int, str]]],
) -> None:
    text, spans = case
    joined = "".join(s.text for p in highlight(text, spans) for s in p)
    assert "".join(joined.split()) == "".join(text.split())


@given(text_and_spans())
@settings(max_examples=300)
def test_highlighted_html_never_contains_the_persons_markup(
    case: tuple[str, list[tuple[int, int, str]]],
) -> None:
    text, spans = case
    html = _render(text, spans)
    assert "<script" not in html
    assert "<img" not in html
    assert "<b>" not in html
    # The only tags are ours.
    stripped = html.replace("<mark>", "").replace("</mark>", "").replace("<br>", "")
    stripped = stripped.replace("<p>", "").replace("</p>", "")
    assert "<" not in stripped


def test_overlapping_spans_become_one_mark() -> None:
    paragraphs = highlight("you never ever listen", [(0, 9, "a"), (4, 14, "b")])
    assert [(s.text, s.mark, s.labels) for s in paragraphs[0]] == [
        ("you never ever", True, ("a", "b")),
        (" listen", False, ()),
    ]


def test_blank_lines_separate_paragraphs_and_single_breaks_stay() -> None:
    paragraphs = highlight("one\ntwo\n\n  \nthree")
    assert [[(s.text, s.line_break) for s in p] for p in paragraphs] == [
        [("one", False), ("", True), ("two", False)],
        [("three", False)],
    ]


@pytest.mark.django_db
@given(nasty=st.sampled_from(NASTY), filler=st.text(max_size=30))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_journal_entry_with_markup_is_shown_escaped(
    owner_client: Client,
    owner: User,
    make_entry: Callable[..., JournalEntry],
    nasty: str,
    filler: str,
) -> None:
    body = f"We never spend time together {nasty} {filler} and I miss us. {nasty}"
    entry = make_entry(owner, body=body, title=nasty)
    page = owner_client.get(f"/journal/{entry.pk}/").content.decode()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert '"><b>' not in page
    listing = owner_client.get("/journal/").content.decode()
    assert "<script>alert" not in listing


@pytest.mark.django_db
@given(nasty=st.sampled_from(NASTY), filler=st.text(max_size=30))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_coach_message_with_markup_is_shown_escaped(
    owner_client: Client, nasty: str, filler: str
) -> None:
    message = f"You never listen {nasty} {filler}. Whatever, genius. {nasty} I feel {nasty}"
    for headers in (None, HX):
        page = owner_client.post("/coach/", {"message": message}, headers=headers).content.decode()
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert '"><b>' not in page
