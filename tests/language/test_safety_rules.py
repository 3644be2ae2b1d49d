"""Danger signals: clear danger is urgent, everyday idioms are not. Texts written for this test."""

from __future__ import annotations

import pytest

from nearer.core.language import analyze
from nearer.core.language.rules import safety_hits

URGENT = [
    "I have decided to kill myself this weekend.",
    "i dont want to be alive anymore",
    "He wrapped his hands around my throat until I nearly passed out.",
    "She said she'd stab me if I ever tried to leave.",
    "My husband locked me in the bedroom and took my phone.",
    "He won't let me leave the flat and he hid my keys.",
    "I've been collecting my pills and I think I have enough now.",
    "he pointed his gun at me during the argument",
    "He punched me in the face again last night.",
    "Everyone would be better off without me.",
    "my bf choked me and said next time he'll kill me",
    "I wrote a goodbye letter to my kids.",
]
CONCERN = [
    "He goes through my phone every night and reads all my messages.",
    "She controls all the money and gives me an allowance.",
    "I'm not allowed to see my friends without him.",
    "He punched a hole in the wall when I disagreed.",
    "I walk on eggshells all the time so he doesn't explode.",
]
# The classifier's false alarms reported from the message coach, and neighbours of them.
ORDINARY_SHORT = [
    "He said he would call me",
    "She told me to leave the keys on the table",
    "I feel hurt about last night and I need us to talk tonight.",
    "I'm done with this week, can't take it anymore lol",
    "He left the door open again",
    "Call me when you get home",
    "She said she'd hurt her knee at the gym.",
    "This is my last message before I board, see you Friday.",
]
URGENT_INDIRECT = [
    "honestly i just want to unalive myself",
    "kms. i mean it this time",
    "I want to go to sleep and not wake up.",
    "He put his hands around my neck when I said I was leaving.",
    "He took my keys so I can't leave the house.",
    "If I leave he'll kill me, he said so last night.",
    "she said she'd kill me if i told anyone",
    "He keeps a knife by the bed and says it's for me if I ever cheat.",
]
IDIOMS = [
    "This commute is killing me.",
    "My feet are killing me after that wedding.",
    "I could kill for a coffee right now.",
    "I'm dying to see you this weekend!",
    "It just hit me that we've been together ten years.",
    "That ending choked me up, I cried like a baby.",
    "My mum will kill me if I'm late for dinner lol",
    "We jumped the gun booking the venue.",
    "I'm dead tired after the night shift.",
    "The kids' allowance goes up next month.",
    "He has never hit me and never would.",
    "Hit me up when you land!",
    "She beat me at chess again.",
]


@pytest.mark.parametrize("text", URGENT)
def test_clear_danger_is_urgent(text: str) -> None:
    result = analyze(text)
    assert result.safety == "urgent"
    assert result.evidence.safety, "urgent needs evidence to highlight"


@pytest.mark.parametrize("text", CONCERN)
def test_coercive_control_is_at_least_concern(text: str) -> None:
    assert analyze(text).safety in {"concern", "urgent"}


@pytest.mark.parametrize("text", ORDINARY_SHORT)
def test_short_everyday_sentences_raise_no_alarm(text: str) -> None:
    assert analyze(text).safety == "none"


@pytest.mark.parametrize("text", URGENT_INDIRECT)
def test_indirect_danger_phrasings_are_urgent(text: str) -> None:
    assert analyze(text).safety == "urgent"


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_and_negations_are_not_alarms(text: str) -> None:
    assert safety_hits(text) == []
    assert analyze(text).safety == "none"


def test_negated_self_harm_is_still_a_gentle_concern() -> None:
    hits = safety_hits("I would never hurt myself, but everything feels pointless.")
    # Two hits since round 6 (the negated self-harm phrase and "everything feels pointless").
    assert hits and {h.level for h in hits} == {"concern"}


def test_rule_evidence_points_at_the_danger_phrase() -> None:
    text = "Honestly fine most days. He hit me on Saturday though."
    spans = analyze(text).evidence.safety
    assert [s.phrase for s in spans] == ["hit me"]


# Word families added in the recall work: generic shapes, written for this test (not data lines).
FAMILY_URGENT = [
    "She had me pinned up against the door for ages",
    "He told me nobody would ever find my body",
    "I hid under the stairs till she went to sleep",
    "My son and I slept in our car, I was too scared to go home",
    "Since I moved out my ex has been parked outside my flat most nights",
    "I keep thinking about my own funeral",
    "I've made up my mind, I'm done being a burden",
    "He threatened to drown our puppy",
]
NO_INTENT = "Everyone would be fine without me, but I'm not going to do anything about it"


@pytest.mark.parametrize("text", FAMILY_URGENT)
def test_word_families_for_indirect_danger_are_urgent(text: str) -> None:
    assert any(h.level == "urgent" for h in safety_hits(text))


def test_stated_absence_of_intent_is_concern_not_urgent() -> None:
    hits = safety_hits(NO_INTENT)
    assert hits and all(h.level == "concern" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "She pinned my arms in a tickle fight",
        "We bought a rope swing for the garden",
        "Training left bruises on my arms again",
        "I hid in the bathroom to wrap his present",
    ],
)
def test_new_family_guards(text: str) -> None:
    assert safety_hits(text) == []


# Round 4 families: other people at risk, consequences, euphemisms and questions (texts written
# for this test, not taken from any data file).
ROUND4_URGENT = [
    "my aunt says her husband strangles her when he is angry",
    "her boyfriend said he'd kill her if she tells anyone",
    "there are bruises around my neck and I said I tripped",
    "he broke the protection order again last night",
    "he got bail and now he keeps driving past my flat",
    "he said he knows which school our daughter goes to and he'll take her",
    "I'm planning to go to sleep and not waking up, I've written my will",
    "how long would it take to bleed out",
    "he's banging on the bedroom door and I'm hiding with the kids",
    "i dont want to live anymore",
]
ROUND4_ORDINARY = [
    "the documentary was about a man who strangled her in 1998",
    "my dad pushed her to try out for the team",
    "we are checking out of the hotel at ten",
    "the police came about the noise complaint next door",
    "we're making arrangements for the wedding and I've decided on the cake",
    "I'm going to sleep and not waking up until noon",
]


@pytest.mark.parametrize("text", ROUND4_URGENT)
def test_round4_families_are_urgent(text: str) -> None:
    assert any(h.level == "urgent" for h in safety_hits(text)), text


@pytest.mark.parametrize("text", ROUND4_ORDINARY)
def test_round4_family_guards(text: str) -> None:
    assert not any(h.level == "urgent" for h in safety_hits(text)), text


# Round 5 families: broader shapes of the same dangers, informal spelling, other people at risk,
# and concern in everyday words (texts written for this test, not taken from any data file).
ROUND5_URGENT = [
    "the voices said I should drown myself and they're louder today",
    "she's been saving up her sleeping pills, my sister found the jar",
    "he put his knee on my throat until I stopped fighting",
    "he held my head down in the sink full of water",
    "she kept me shut in the box room for two days and kept the key",
    "he blocks the car in so I can't leave the house",
    "he had the machete out again when I got home",
    "he says one day I'll have an accident and nobody will ask questions",
    "I'm hiding under the bed, he's going room to room looking for me",
    "if I try to leave he says I'll never see the kids again",
    "my brother said goodbye on the phone and now he isn't answering",
    "my friend keeps saying she wants to hurt herself and I don't know what to do",
    "if you find this, it's not your fault, I love you",
    "took about forty of my mum's tablets, i feel sick",
    "cant breathe, hes not stopping",
    "got strangled again last night and I told no one",
    "wanna kil myself tbh",
    "the only reason keeping me alive was my cat and she's gone now",
]
ROUND5_ORDINARY = [
    "my nephew got punched at karate and cried the whole way home",
    "my nose wouldn't stop bleeding at the match so the medic came",
    "we were hiding in the cupboard during hide and seek, the kids loved it",
    "he told the teacher I fell asleep in assembly",
    "I locked the dog in the car by accident for a second, it was fine",
    "the chef had the knife out to carve the turkey",
    "took twenty of the tablets out of the box for the pill organiser",
    "I'd be happier if I was gone from this office by five",
    "I'm going to end it with him, he keeps lying",
    "bye, love you all, see you next week!",
    "my son hurt himself on the trampoline again",
]
ROUND5_CONCERN = [
    "she goes through my bag every evening when I get home",
    "he turns up wherever I go with my friends",
    "if I loved him I would quit my band, apparently",
    "I honestly can't see things getting any better",
]


@pytest.mark.parametrize("text", ROUND5_URGENT)
def test_round5_families_are_urgent(text: str) -> None:
    assert any(h.level == "urgent" for h in safety_hits(text)), text


@pytest.mark.parametrize("text", ROUND5_ORDINARY)
def test_round5_family_guards(text: str) -> None:
    assert not any(h.level == "urgent" for h in safety_hits(text)), text


@pytest.mark.parametrize("text", ROUND5_CONCERN)
def test_round5_concern_families(text: str) -> None:
    hits = safety_hits(text)
    assert hits and all(h.level == "concern" for h in hits), text
