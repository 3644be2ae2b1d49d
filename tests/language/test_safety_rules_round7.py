"""Round 7 word families (after holdout3's first look) and the idiom, media, sport and kitchen
guards: each family with texts written for it. No text here comes from a holdout."""

from __future__ import annotations

import pytest

from nearer.core.language.analyzer import analyze, model_safety
from nearer.core.language.rules import has_danger_word, safety_hits, safety_level


def level(text: str) -> str:
    return safety_level(safety_hits(text))


URGENT = [
    # leaving plans in other words
    "i won't be around much longer, sorry",
    "I've worked out who gets my books and my savings",
    "I've finally decided to end my life and I feel lighter",
    "made up my mind to take my own life",
    "planning to walk into the river after work",
    "I've chosen the date and I have nothing left to hope for",
    # weapons pointed, waiting with a weapon, photos of one's home as a threat
    "he pointed a loaded gun at me in the car",
    "my uncle points his knife at my aunt when he's drunk",
    "he'll be waiting for me with a knife after my shift",
    "he wedged a chair under the door handle so I couldn't get out",
    "she said she'd be waiting with something heavy when I get home",
    "he sent me a photo of my kitchen window and wrote 'watching'",
    # two farewells
    "Thank you for always being kind to me. Goodbye.",
]

CONCERN = [
    "she made me hand over my passwords for everything",
    "he wants my email passwords so he can check who writes to me",
    "my girlfriend texts my sister to see if I really went there",
    "he phones my boss to find out when I left",
    "she checks that I'm actually at the gym with a video",
    "he makes me facetime him at parties so he can see who I'm with",
    "every time my phone buzzes he asks who it is",
    "she wants to read all my messages before bed",
    "we always visit her parents and never mine",
    "he says going to a therapist alone would be a betrayal",
    "she says I embarrass her when I talk about my job",
    "my husband says I should be ashamed of how I look",
    "he insults my family but calls it banter",
    "whenever I raise something she says I'm attacking her",
    "he says I'm still damaged from my childhood so my opinion doesn't count",
    "she says if I really loved her I'd stop seeing my brother",
    "he smashed a mug against the wall during the argument",
    "in a rage she broke the mirror in our bedroom",
    "I feel completely hollow most days",
    "nothing really matters anymore, I just get through the hours",
    "nothing I do ever changes anything",
    "I don't even have the energy to cry",
    "my ex has been driving past my office every lunchtime",
]

NONE = [
    # performance praise
    "She killed it at the audition and got the part",
    "my dad murdered that Elvis song at the wedding",
    "they absolutely destroyed that set at the festival",
    "he totally slayed the presentation",
    "I smashed the interview, fingers crossed",
    # stories, screens and games
    "I love true crime, especially the cold case podcasts",
    "we went to a murder mystery party dressed as the butler",
    "the detective gets stabbed in the finale of season two",
    "my character was shot by a sniper on the last level",
    "in the book the sister poisons the whole village",
    "he dies at the end of the film and I sobbed",
    # sport and games
    "we got slaughtered in the final, 5-0",
    "our team crushed them at the quiz",
    "they thrashed us at five-a-side again",
    "she beat me 3-1 at tennis",
    "my brother destroyed me at Mario Kart all evening",
    # kitchen
    "beat the eggs and add the milk slowly",
    "smash the garlic with the flat of the knife",
    "kill the heat once it boils",
    # phones, shared locations, checks that are care
    "my phone was dead so I borrowed hers",
    "we share our locations on road trips so we can find each other",
    "he checked his phone for the train times",
    "she rang my work to make sure I got there safely in the storm",
    # photography and music
    "we shot the wedding photos by the lake",
    "that was their biggest hit single",
    # ordinary goodbyes and plans
    "Said goodbye to my old flat today, it was always good to me",
    "I won't be around much this week, exams",
    "I've chosen the day for the barbecue, the 12th",
    "I keep driving past the house we want to buy",
    # doors wedged for pets or wind, goodbye cards, starting pistols, school talks, film plots
    "we jammed a chair against the door so the dog stays out of the kitchen",
    "the class made a goodbye card for the caretaker",
    "the referee fired the starting pistol",
    "the gun safety course at the club was very thorough",
    "the series ends with the car going off a cliff",
    # hyperbole with a laugh marker
    "I'll strangle my sister if she takes my charger again 😂",
]


@pytest.mark.parametrize("text", URGENT)
def test_round7_urgent_families(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", CONCERN)
def test_round7_concern_families(text: str) -> None:
    assert level(text) in {"concern", "urgent"}, text


@pytest.mark.parametrize("text", NONE)
def test_round7_guards(text: str) -> None:
    assert level(text) == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "she killed it at karaoke",
        "the team slaughtered us 4-0",
        "beat the eggs until fluffy",
        "the villain gets shot in the film",
        "I'm going to murder my brother if he eats my cake again lol",
        "my phone died so she checked her phone for the bus times",
    ],
)
def test_round7_guards_remove_the_danger_word(text: str) -> None:
    assert not has_danger_word(text), text


def test_a_very_high_urgent_probability_without_a_danger_word_is_urgent() -> None:
    thresholds = {"urgent": 0.42, "concern": 0.63, "urgent_no_danger_urgent": 0.7}
    assert model_safety(0.75, 0.05, thresholds, danger=False, words=12) == "urgent"
    assert model_safety(0.65, 0.05, thresholds, danger=False, words=12) != "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "He absolutely murdered that song at karaoke last night",
        "We got destroyed 6-0 by the league leaders",
        "Just finished a true crime podcast about a double murder",
    ],
)
def test_round7_hard_negatives_end_to_end(text: str) -> None:
    assert analyze(text).safety == "none", text


def test_an_idiom_that_looks_like_danger_takes_no_classifier_only_route() -> None:
    # Round 10: "that ending choked me up" had P(urgent) 0.65 and no danger word; the idiom,
    # not danger, is where that probability comes from.
    thresholds = {
        "urgent": 0.42,
        "concern": 0.91,
        "urgent_no_danger": 0.6,
        "urgent_no_danger_urgent": 0.65,
        "concern_no_danger": 0.95,
    }
    plain = model_safety(0.97, 0.02, thresholds, danger=False, words=9)
    idiom = model_safety(0.97, 0.02, thresholds, danger=False, words=9, idiom=True)
    assert (plain, idiom) == ("urgent", "none")
    # A danger word outside the idiom still counts.
    assert model_safety(0.97, 0.02, thresholds, danger=True, words=9, idiom=True) == "urgent"
    assert analyze("That ending choked me up, I cried like a baby.").safety == "none"
