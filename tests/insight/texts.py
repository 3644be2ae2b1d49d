"""Texts the analyzer reads the same way every time (it is deterministic)."""

QUALITY_TIME = (
    "We never spend time together anymore. Every evening we both sit on our phones, and at "
    "weekends one of us is always busy. I miss just being with them."
)
ORDINARY = "Made pancakes this morning and went for a walk by the river. The weather was nice."
URGENT = "I can't see a way forward and I want to kill myself."
CONCERN = "He checks my phone every night and takes my bank card so I can't buy anything."
CRITICISM = "You never help with the dishes. Why can't you just do them for once?"
GENTLE = "I felt a bit left out at the party on Saturday. Could we plan the next one together?"
