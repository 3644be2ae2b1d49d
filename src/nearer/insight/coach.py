"""The message coach's words and its gentle start-up helper. No Django here.

The words live in ``content/<locale>/coach.yaml`` (checked against ``coach.schema.json``): what
each pattern may sound like to a partner, phrase hints for highlighted words, the start-up
walk-through and the feeling words it looks for. The pre-fill rules are simple and readable on
purpose: they only ever copy the person's own words into the form, lightly softened ("never"
becomes "don't"), and leave a field empty rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from nearer.core.catalog import CONTENT_DIR, _load_yaml, _validate

HARD_PATTERNS: tuple[str, ...] = ("criticism", "contempt", "defensiveness", "stonewalling")


@dataclass(frozen=True, slots=True)
class PatternText:
    name: str
    why: str
    instead: str


@dataclass(frozen=True, slots=True)
class Hint:
    pattern: str
    words: tuple[str, ...]
    why: str


@dataclass(frozen=True, slots=True)
class Step:
    label: str
    help: str
    example: str


@dataclass(frozen=True, slots=True)
class Startup:
    intro: str
    feeling: Step
    situation: Step
    need: Step
    prefilled: str
    result: str


@dataclass(frozen=True, slots=True)
class Feeling:
    say: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CoachContent:
    patterns: dict[str, PatternText]
    hints: tuple[Hint, ...]
    startup: Startup
    feelings: tuple[Feeling, ...]

    def why(self, pattern: str, phrase: str) -> str:
        """The one line explaining how ``phrase`` may land, for a phrase flagged as ``pattern``."""
        folded = " ".join(_fold(phrase).split())
        for hint in self.hints:
            if hint.pattern == pattern and any(_has_words(folded, w) for w in hint.words):
                return hint.why
        return self.patterns[pattern].why


def _step(data: dict[str, Any]) -> Step:
    return Step(label=data["label"], help=data["help"], example=data["example"])


@cache
def coach_content(locale: str = "en") -> CoachContent:
    """The coach's words for ``locale``, validated and loaded once per process."""
    path = CONTENT_DIR / locale / "coach.yaml"
    data = _load_yaml(path)
    _validate(data, "coach.schema.json", path)
    startup = data["startup"]
    return CoachContent(
        patterns={
            name: PatternText(p["name"], p["why"], p["instead"])
            for name, p in data["patterns"].items()
        },
        hints=tuple(Hint(h["pattern"], tuple(h["words"]), h["why"]) for h in data["hints"]),
        startup=Startup(
            intro=startup["intro"],
            feeling=_step(startup["feeling"]),
            situation=_step(startup["situation"]),
            need=_step(startup["need"]),
            prefilled=startup["prefilled"],
            result=startup["result"],
        ),
        feelings=tuple(Feeling(f["say"], tuple(f["words"])) for f in data["feelings"]),
    )


# --- Pre-filling "I feel … about … and I need …" from the person's own words -----------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
# Where a clause ends: sentence punctuation, a line break, or a joint such as ", but".
_CLAUSE_END = r"(?=[.!?;\n]|,\s*(?:and|but|so|because)\b|\s+(?:and|but|so)\s+(?:i|i'm|im)\b|$)"
_INTENSIFIERS = (
    r"(?:so|really|very|pretty|kind\s+of|kinda|a\s+bit|a\s+little|quite|just|totally|"
    r"completely|extremely|too|super|incredibly|honestly|genuinely|always|often|sometimes)"
)
_FEEL_LEAD = (
    r"\b(?:i\s+(?:feel|felt|am|was|get|got|'m|m|keep\s+feeling|have\s+been|'ve\s+been)|"
    r"i'm|im|feeling|(?:makes|made|make|making|leaves|left)\s+me(?:\s+feel(?:ing)?)?)"
)
_SITUATION = re.compile(
    r"\b(?P<joint>about|when|whenever|because|after)\s+(?P<clause>.+?)" + _CLAUSE_END,
    re.IGNORECASE,
)
_YOU_SENTENCE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:and|but|well|honestly|seriously|so),?\s+)?"
    r"(?P<clause>you\s+(?!are\b|were\b|'re\b|'ll\b|'d\b)\w.+?)" + _CLAUSE_END,
    re.IGNORECASE,
)
_NEED = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|just\s+|would\s+)?(?:need|want|'d\s+like|would\s+like|wish)"
    r"\s+(?P<clause>.+?)" + _CLAUSE_END,
    re.IGNORECASE,
)
_ASK = re.compile(
    r"\b(?:can|could|would|will)\s+(?P<who>you|we)\s+(?:please\s+)?(?P<clause>[^.!?;\n]+?)\s*\?",
    re.IGNORECASE,
)
_PLEASE = re.compile(r"\bplease\s+(?P<clause>[^.!?;\n,]+)", re.IGNORECASE)
_SOFTEN = (
    (re.compile(r"\b(?:you|u)\s+never\b", re.IGNORECASE), "you don't"),
    (re.compile(r"\b(?:you|u)\s+always\b", re.IGNORECASE), "you"),
    (re.compile(r"\b(?:you|u)\s+constantly\b", re.IGNORECASE), "you"),
    (re.compile(r"\s*\b(?:every\s+(?:single\s+)?time|all\s+the\s+time|as\s+usual)\b", re.I), ""),
    (re.compile(r"\bnever\b", re.IGNORECASE), "not"),
    (re.compile(r"\b(?:always|constantly)\s+", re.IGNORECASE), ""),
)
MAX_FIELD = 200


@dataclass(frozen=True, slots=True)
class StartupDraft:
    """What could be read from the message; empty strings where nothing fitted."""

    feeling: str = ""
    situation: str = ""
    need: str = ""


def _fold(text: str) -> str:
    return text.translate(_APOSTROPHES).casefold()


def _has_words(folded: str, words: str) -> bool:
    return re.search(r"(?<![\w'])" + re.escape(words) + r"(?![\w'])", folded) is not None


def _tidy(clause: str) -> str:
    clause = " ".join(clause.split()).strip(" ,:-\"'")
    return clause[:MAX_FIELD].rstrip()


def soften(clause: str) -> str:
    """Drop the absolutes ("always", "never", "every time") that turn a moment into a verdict."""
    for pattern, replacement in _SOFTEN:
        clause = pattern.sub(replacement, clause)
    return _tidy(clause)


def find_feeling(text: str, content: CoachContent) -> str:
    folded = _fold(text)
    for feeling in content.feelings:
        for word in feeling.words:
            lead = _FEEL_LEAD + r"\s+(?:" + _INTENSIFIERS + r"\s+)*" + re.escape(word)
            if re.search(lead + r"(?![\w'])", folded):
                return feeling.say
    return ""


_SUBJECT = re.compile(r"^(?:you|u|we|i|he|she|they|it|it's|there's)\b", re.IGNORECASE)


def find_situation(text: str, *, skip: tuple[int, int] = (0, 0)) -> str:
    """The moment the message is about: after "about", "when", "because" or "after", or else
    the first sentence that starts with "you" (not "you are", which is usually a label).
    Text inside ``skip`` (the request, already used for "I need …") is left alone."""
    text = text.translate(_APOSTROPHES)

    def outside(match: re.Match[str]) -> bool:
        return match.end() <= skip[0] or match.start() >= skip[1]

    for match in _SITUATION.finditer(text):
        clause = soften(match.group("clause"))
        if len(clause) < 3 or not outside(match):
            continue
        joint = match.group("joint").lower()
        if joint in ("when", "whenever", "after"):
            return _tidy(f"{joint} {clause}")
        if _SUBJECT.match(clause):
            # "because you never help" -> "when you don't help": "about because …" is not English.
            return _tidy(f"when {clause}")
        return clause
    for match in _YOU_SENTENCE.finditer(text):
        clause = soften(match.group("clause"))
        if len(clause) >= 3 and outside(match):
            return _tidy("when " + clause[0].lower() + clause[1:])
    return ""


def _need(text: str) -> tuple[str, tuple[int, int]]:
    text = text.translate(_APOSTROPHES)
    match = _NEED.search(text)
    if match:
        clause = _tidy(match.group("clause"))
        clause = re.sub(r"^you\s+(?:would|could|'d)\s+", "you to ", clause, flags=re.IGNORECASE)
        clause = re.sub(r"^we\s+(?:would|could|'d)\s+", "us to ", clause, flags=re.IGNORECASE)
        if len(clause) >= 3:
            return clause, match.span()
    ask = _ASK.search(text)
    if ask:
        who = "you" if ask.group("who").lower() == "you" else "us"
        return _tidy(f"{who} to {ask.group('clause')}"), ask.span()
    please = _PLEASE.search(text)
    if please:
        return _tidy(f"you to {please.group('clause')}"), please.span()
    return "", (0, 0)


def find_need(text: str) -> str:
    """What the person asks for: "I need/want/wish …", "Can you …?", "please …"."""
    return _need(text)[0]


def startup_draft(text: str, content: CoachContent) -> StartupDraft:
    """Read a feeling, a situation and a need out of ``text``, where simple rules can."""
    need, span = _need(text)
    return StartupDraft(
        feeling=find_feeling(text, content),
        situation=find_situation(text, skip=span),
        need=need,
    )


def startup_sentence(*, feeling: str, situation: str, need: str) -> str:
    """ "I feel … about … and I need …", from the three parts (already checked non-empty)."""
    feeling = _tidy(feeling).rstrip(".!")
    situation = _tidy(situation).rstrip(".!")
    need = _tidy(need).rstrip(".!?")
    return f"I feel {feeling} about {situation}, and I need {need}."
