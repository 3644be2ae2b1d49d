"""Round 6 word families (after holdout2's first look): each family with texts written for it,
and the guards that keep everyday uses of the same words quiet. No text here comes from a
holdout."""

from __future__ import annotations

import pytest

from nearer.core.language.rules import has_danger_word, safety_hits, safety_level


def level(text: str) -> str:
    return safety_level(safety_hits(text))


CONCERN = [
    # gaslighting and discrediting
    "she keeps telling me I'm misremembering our fights",
    "he insists I made it up when I bring up what he said at the party",
    "my wife calls me delusional whenever I ask about her phone",
    "he told my doctor I'm unstable so she wouldn't believe me",
    "I second-guess my own memory because he says I imagined it",
    # punishment
    "he ignores me for a week to punish me whenever I see my sister",
    "she froze me out for days after I went to the match",
    # money
    "I have no access to the joint account anymore",
    "he takes all of my wages and hands me twenty quid",
    "she says I owe her for the roof over my head",
    "he says I'm irresponsible with money so I don't get a card",
    # monitoring
    "he demands that I send him a photo of where I am",
    "she rifles through my bag when I'm asleep",
    "my husband interrogates me about every text I get",
    "he wants an explanation for every hour I'm away",
    # isolation
    "she says my friends are trying to split us up",
    "he made me stop going to my support group",
    "my boyfriend moved us three hours away from all my family",
    "my husband sulks whenever I see my friends",
    "she says if I go to my cousin's party it means I don't love her",
    # humiliation
    "he made fun of my stammer in front of his whole family",
    "she criticises my body constantly, like it's normal",
    "he makes all the decisions and I'm not allowed an opinion",
    # hopelessness without intent
    "my life feels so meaningless right now",
    "why even bother trying any more",
    "what's the point in getting out of bed",
    # second batch
    "I need to ask permission before I see my own parents",
    "she has to approve every outfit before I leave the house",
    "every penny in this family has to go through him",
    "he tells our son I'm useless and he doesn't have to listen to me",
    "she uses the kids to check up on me",
    "he says nobody will ever believe me over him",
    "she mimics my voice at dinner so everyone laughs",
    "I've lost all interest in everything lately",
    "I dread waking up now",
    "I'm exhausted from pretending I'm fine",
]

URGENT = [
    "he chased me down the hall with a screwdriver",
    "I locked myself in the bathroom until he passed out",
    "he texted that I'll pay for leaving him",
    "goodbye. you have always been so kind to me",
    "bye everyone. remember me",
    "I've been thinking about ending it and I've gathered everything",
    "it's hopeless, I planned it for Friday",
    "he held my sister's head under the bathwater",
    "she says she'll burn the house down",
    "I'm going to walk into the river tonight",
]

EVERYDAY = [
    "my dad chased us round the garden with a water pistol",
    "the puppy chased me with a sock in his mouth",
    "I locked myself in the study to finish my essay",
    "you'll pay for that pun",
    "bye everyone, thanks for everything, see you next term",
    "goodbye and good luck on the new job, you've always been so kind to me",
    "she gets a little jealous when I talk about my celebrity crush",
    "I asked him to track my spending because I'm terrible with money",
    "I punished myself at the gym this morning",
    "the teacher quizzed me on the French verbs",
    "I planned it for Saturday, the party will be great",
    "my boss demands to see the report by Friday",
    "we moved away from the city for a quieter life",
    "I had to ask the manager's permission to leave early",
    "the editor has to approve every post on the company blog",
    "we walked into the sea at sunset, it was freezing",
    "I'm going to burn the old letters in the garden",
    "nobody will believe me when I say I met the Queen",
]


@pytest.mark.parametrize("text", CONCERN)
def test_round6_concern_families(text: str) -> None:
    assert level(text) == "concern"


@pytest.mark.parametrize("text", URGENT)
def test_round6_urgent_families(text: str) -> None:
    assert level(text) == "urgent"


@pytest.mark.parametrize("text", EVERYDAY)
def test_round6_guards(text: str) -> None:
    assert level(text) == "none"


def test_round6_danger_words_and_their_negation() -> None:
    assert has_danger_word("she says I'm hysterical")
    assert has_danger_word("he gives me the silent treatment")
    assert not has_danger_word("we went for a walk by the canal")


def test_classifier_may_say_concern_without_a_danger_word_only_when_very_sure() -> None:
    from nearer.core.language.analyzer import model_safety

    th = {"urgent": 0.5, "concern": 0.6, "long_words": 25, "concern_no_danger": 0.7}
    assert model_safety(0.1, 0.65, th, danger=False, words=8) == "concern"
    assert model_safety(0.1, 0.5, th, danger=False, words=8) == "none"
    never = {**th, "concern_no_danger": 2.0}
    assert model_safety(0.1, 0.65, never, danger=False, words=8) == "none"
