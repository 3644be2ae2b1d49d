"""Cue lexicons for message patterns and barriers: readable phrases, used two ways.

1. As features: the count of each group's matches joins the model's input, which carries what
   the lexicon knows beyond the phrasing of our own training texts.
2. As evidence: the matched phrases are what the UI highlights for a judgement.

Each group is a list of regular expressions (case-insensitive, matched on word boundaries).
"""

from __future__ import annotations

import re
from typing import Final

from .features import fold

_YOU = r"(?:you|u|ya|you'?re|ur|your)"

PATTERN_CUES: Final[dict[str, tuple[str, ...]]] = {
    "criticism": (
        r"you\s+(?:always|never|constantly|don'?t\s+ever|can'?t\s+ever|only\s+ever|just\s+never)",
        r"u\s+(?:always|never)",
        r"why\s+(?:can'?t|don'?t|won'?t|didn'?t|do|are|would)\s+(?:you|u)",
        r"what'?s\s+wrong\s+with\s+(?:you|u)|wtf\s+is\s+wrong",
        r"(?:you'?re|you\s+are|ur|u\s+r)\s+(?:so\s+|such\s+a\s+|just\s+|too\s+|always\s+)?"
        r"(?:lazy|selfish|useless|careless|inconsiderate|thoughtless|irresponsible|immature|"
        r"unreliable|cold|controlling|hopeless|impossible|clueless|rude|mean|negative|needy|"
        r"dramatic|childish|stubborn|disorganized|messy|forgetful|self[-\s]?centered|self[-\s]?absorbed)",
        r"every\s+(?:single\s+)?time|not\s+once|for\s+once|as\s+usual|typical\b",
        r"(?:can'?t|couldn'?t)\s+you\s+(?:just|even|ever)|is\s+it\s+(?:so|too)\s+hard\s+to",
        r"your\s+fault|because\s+of\s+you|you\s+made\s+me|thanks\s+to\s+you",
        r"you\s+don'?t\s+(?:even\s+)?(?:care|listen|help|try|think|notice|bother|appreciate)",
        r"you\s+(?:only|just)\s+(?:care|think)\s+about\s+(?:yourself|you)",
        r"you\s+let\s+me\s+down|you\s+ruin\w*|kind\s+of\s+(?:person|partner)\s+(?:who|that)",
        r"what\s+kind\s+of\s+(?:person|partner|parent)|who\s+does\s+that",
    ),
    "contempt": (
        r"whatever\b|pathetic|idiot|stupid|moron|loser|dumb\b|disgust\w*|gross\b|joke\b|clown",
        r"oh\s+(?:wow|great|sure|please|poor|look|how|boo)|wow\.|bravo|slow\s+clap|congrat\w*",
        r"(?:roll|rolls|rolling|rolled)\s+(?:my|his|her|their)\s+eyes|eye\s?roll|\U0001F644",
        r"grow\s+up|get\s+a\s+grip|cry\s+me\s+a\s+river|boo\s+hoo|poor\s+(?:baby|you|thing)",
        r"(?:so|how|real|very)\s+(?:mature|impressive|brave|original|helpful|nice)",
        r"genius|einstein|mr\.?\s+\w+|ms\.?\s+\w+|princess|sweetie|sweetheart|honey\b|champ\b",
        r"good\s+one|nice\s+try|yeah\s+right|sure\s+(?:jan|thing|you\s+did)|as\s+if\b|lol\s+ok",
        r"(?:you|u)\s+(?:call|called)\s+that|is\s+that\s+(?:the\s+best|all)\s+you",
        r"can'?t\s+even\s+(?:\w+\s+)?properly|a\s+child\s+could|even\s+a\s+child",
        r"ha\b|haha\w*|lol\b|lmao\b|pfft|tsk|smh|ugh\b|\U0001F602|\U0001F923",
        r"(?:you|u)\s+(?:disgust|sicken|embarrass|repuls)\w*\s+me|embarrassing|pitiful|ridiculous",
        r"must\s+be\s+(?:nice|lovely|hard)|how\s+(?:nice|lovely)\s+for\s+you|riveting|fascinating",
    ),
    "defensiveness": (
        r"(?:it'?s|its|that'?s|thats)\s+not\s+my\s+fault|not\s+my\s+fault|don'?t\s+blame\s+me",
        r"i\s+(?:didn'?t|did\s+not)\s+(?:do\s+anything|mean\s+it|know|say\s+that)|i\s+never\s+said",
        r"what\s+about\s+(?:you|u|when\s+you|the\s+time)|you\s+(?:do|did)\s+it\s+too|you'?re\s+one\s+to\s+talk",
        r"(?:you'?re|you\s+are)\s+the\s+one\s+who|well\s+(?:you|u)\b|at\s+least\s+i\b",
        r"i\s+was\s+(?:only|just)\b|i'?m\s+(?:doing|trying)\s+my\s+best|i'?m\s+only\s+human",
        r"(?:that'?s|thats)\s+not\s+(?:true|fair|what\s+happened)|that'?s\s+not\s+how\s+it\s+happened",
        r"i\s+(?:had|have)\s+no\s+choice|(?:what|how)\s+was\s+i\s+supposed\s+to|what\s+did\s+you\s+expect",
        r"i\s+can'?t\s+do\s+anything\s+right|nothing\s+i\s+do\s+is\s+(?:ever\s+)?(?:good\s+)?enough",
        r"why\s+is\s+it\s+always\s+me|always\s+(?:my|me)\s+fault|here\s+we\s+go\s+again",
        r"because\s+(?:you|u)\b|if\s+you\s+(?:hadn'?t|had|didn'?t|would|weren'?t)|only\s+because",
        r"i\s+work\s+(?:all\s+day|hard|so\s+hard)|i\s+was\s+(?:tired|busy|exhausted|stressed)",
        r"excuse\s+me\s+for|sorry\s+(?:for\s+)?(?:existing|breathing)|so\s+i'?m\s+the\s+bad\s+guy",
        r"you\s+knew\s+(?:i\s+was|what)|you'?re\s+overreacting|you'?re\s+(?:being\s+)?(?:too\s+)?sensitive",
        r"stop\s+(?:attacking|blaming)\s+me|you\s+always\s+(?:assume|twist|blame|make\s+it)",
    ),
    "stonewalling": (
        r"i'?m\s+done(?:\s+talking)?|i\s+am\s+done|done\s+(?:talking|discussing|with\s+this)",
        r"(?:not|won'?t\s+be|i'?m\s+not)\s+(?:talking|discussing|doing\s+this|having\s+this)",
        r"leave\s+me\s+alone|go\s+away|don'?t\s+talk\s+to\s+me|stop\s+talking",
        r"forget\s+it|drop\s+it|never\s?mind|nvm|end\s+of\s+(?:discussion|story|conversation)",
        r"not\s+now|later\.|some\s+other\s+time|can\s+we\s+not\b|i\s+don'?t\s+(?:care|want\s+to\s+talk)",
        r"^\s*(?:k|ok|okay|fine|sure|yep|nope|no|mhm|cool|whatever)\s*[.!]*\s*$",
        r"^\s*\.\.\.\s*$|nothing\s+to\s+say|i\s+have\s+nothing|i'?ve\s+got\s+nothing|no\s+comment",
        r"i'?m\s+(?:going|heading)\s+(?:out|to\s+bed|for\s+a\s+(?:walk|drive))\.?$|(?:going|gone)\s+to\s+bed",
        r"it\s+is\s+what\s+it\s+is|talk\s+to\s+the\s+hand|i'?m\s+not\s+answering|said\s+all\s+i",
        r"(?:silent|silence|ignore|ignoring|blocked|muted|muting)\b|don'?t\s+wait\s+up",
        r"we'?re\s+not\s+having\s+this|not\s+discussing|this\s+conversation\s+is\s+over|conversation'?s\s+over",
    ),
    "gentle": (
        r"i\s+(?:feel|felt|am\s+feeling|'?m\s+feeling|was\s+feeling)\b|i'?m\s+(?:hurt|sad|scared|worried|"
        r"anxious|lonely|upset|overwhelmed|frustrated|disappointed)",
        r"(?:could|can|would)\s+(?:we|you)\b|would\s+you\s+be\s+(?:willing|open|up\s+for)|how\s+about\s+we",
        r"i\s+(?:need|'?d\s+like|would\s+like|'?d\s+love|want\s+us\s+to|'?d\s+appreciate|would\s+appreciate)",
        r"(?:take|taking|need)\s+a\s+(?:break|pause|breather|minute|moment|few\s+minutes|time\s?out)",
        r"calm\s+down\s+(?:and|then|first)|cool\s+(?:off|down)|come\s+back\s+to\s+(?:this|it)|talk\s+(?:later|after|tonight|tomorrow)",
        r"when\s+(?:you|we|i|the|it)\b|it\s+(?:would\s+)?mean\w*\s+a\s+lot|i\s+love\s+you|love\s+you",
        r"let'?s\b|together\b|i\s+(?:understand|hear\s+you|get\s+it)|i'?m\s+sorry|thank\s+you|thanks\b",
        r"(?:that|this)\s+(?:hurt|stung)|i\s+miss(?:ed)?\s+(?:you|us)|my\s+part|on\s+me\b",
    ),
    "neutral": (
        r"(?:pick|picking)\s+up|grocer\w*|milk\b|dinner\b|lunch\b|breakfast\b|tonight\b|tomorrow\b",
        r"what\s+time|(?:at|by)\s+\d|o'?clock|\d\s*(?:am|pm)\b|appointment|meeting|reminder|remember\s+to",
        r"did\s+you\s+(?:see|get|remember|call|lock|feed|book|pay)|don'?t\s+forget|running\s+late|on\s+my\s+way",
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|weekend|vet\b|dentist|doctor|school|bins?\b",
        r"\bplease\s+(?:grab|get|buy|pick|bring)|(?:we'?re|we\s+are)\s+out\s+of|need\s+to\s+(?:buy|book|pay)",
    ),
}

BARRIER_CUES: Final[dict[str, tuple[str, ...]]] = {
    "fear-of-vulnerability": (
        r"open(?:ing)?\s+up|let\s+(?:my|his|her|their)\s+guard\s+down|guard\w*\s+up|(?:put\s+up\s+)?walls?\b",
        r"(?:look|seem|appear|feel)\w*\s+weak|show\w*\s+(?:weakness|emotion|feelings)|cry\w*\s+in\s+front",
        r"(?:too\s+)?(?:exposed|vulnerable|vulnerability)|keep\s+(?:it|things|my\s+feelings)\s+to\s+myself",
        r"(?:hide|hiding|hid)\s+(?:it|how\s+i|my\s+(?:feelings|fears|struggles))|have\s+it\s+(?:all\s+)?together",
        r"(?:share|sharing|admit\w*|tell\w*)\s+(?:my|how\s+i|what\s+i)\s+(?:feel|fears?|scared|need)",
        r"(?:used\s+against\s+me)|(?:afraid|scared)\s+(?:to|of)\s+(?:show|share|let|admit|being\s+seen)",
    ),
    "unresolved-past-trauma": (
        r"childhood|growing\s+up|as\s+a\s+(?:kid|child|teen)|when\s+i\s+was\s+(?:little|young|a\s+kid|\d+)",
        r"my\s+(?:dad|father|mom|mum|mother|parents|stepdad|stepmom)|my\s+(?:first|last|previous)\s+(?:husband|wife|partner|relationship|marriage)",
        r"\bex\b|past\s+relationship|abus\w+|trauma\w*|trigger\w*|flashback\w*|nightmares?|ptsd|therapy",
        r"betray\w*|cheated\s+on\s+me|assault\w*|neglect\w*|hypervigilan\w*|flinch\w*|old\s+wounds?",
        r"still\s+(?:haunts|affects|shapes)|(?:never|haven'?t)\s+(?:dealt|processed|gotten\s+over)",
    ),
    "lack-of-communication": (
        r"(?:don'?t|never|barely|rarely|can'?t)\s+(?:really\s+)?(?:talk|communicate|discuss|say)",
        r"talk(?:ing)?\s+to\s+a\s+wall|mind\s?read\w*|read\s+(?:my|his|her|their)\s+mind|guess\w*\s+what",
        r"(?:how\s+was\s+your\s+day|fine\b)|small\s+talk|logistics|dead\s+air|silent\s+treatment",
        r"misunderst\w*|assum\w+|(?:never|don'?t)\s+(?:know|tell)\s+(?:what|when|how)|on\s+the\s+same\s+page",
        r"(?:tell|told)\s+me\s+(?:when|what|how)|check\s+in|(?:talk|talking)\s+past\s+each\s+other|clam\w*\s+up",
    ),
    "holding-onto-resentment": (
        r"(?:still|keep)\s+(?:angry|mad|bitter|upset|hurt|bring\w*\s+(?:it\s+)?up|thinking\s+about)",
        r"years?\s+ago|months?\s+ago|ever\s+since|(?:can'?t|couldn'?t)\s+(?:let\s+(?:it\s+)?go|forgive|forget|get\s+past)",
        r"grudge|resent\w*|bitter\w*|keep\w*\s+score|scorecard|tally|forgive\w*|(?:never|didn'?t)\s+apologi[sz]\w*",
        r"(?:brings?|bring\w*|dredg\w*)\s+up|throw\w*\s+(?:it\s+)?(?:back\s+)?in\s+(?:my|his|her|their)\s+face|still\s+stings",
        r"(?:where\s+was\s+this|after\s+what\s+(?:he|she|they|you)\s+did)|the\s+time\s+(?:he|she|they|you)",
    ),
    "fear-of-rejection": (
        r"(?:leave|leaving|dump\w*|abandon\w*|replace\w*)\s+me|(?:get|got|gets)\s+(?:tired|bored|sick|fed\s+up)\s+of\s+me",
        r"not\s+(?:good|pretty|smart|interesting|enough)\s+enough|not\s+enough\b|too\s+much\s+for",
        r"reassur\w*|reject\w*|needy|clingy|(?:does|did)\s+(?:he|she|they)\s+still\s+(?:love|want|like)",
        r"(?:hasn'?t|didn'?t|haven'?t)\s+(?:texted|replied|messaged|called)|(?:left\s+on\s+)?read\b|online\b",
        r"(?:scared|afraid|terrified|worried)\s+(?:he|she|they|of\s+being)|apologi[sz]\w*\s+(?:constantly|all\s+the\s+time)",
        r"(?:be\s+)?(?:dumped|ghosted|unlovable|unwanted)|what\s+if\s+(?:he|she|they)|walk\s+away\s+from\s+me",
    ),
    "emotional-unavailability": (
        r"shut\w*\s+down|numb\b|distant|closed\s+off|cold\b|detached|robot|wall\s+up|switch\w*\s+off",
        r"(?:don'?t|doesn'?t|can'?t)\s+(?:know|say|name|feel|show)\s+(?:how|what)\s+(?:i|he|she|they)\s+feel",
        r"(?:never|doesn'?t|won'?t)\s+(?:shares?|talks?\s+about)\s+(?:his|her|their|my)\s+feelings|(?:keep|keeps)\s+(?:me|people)\s+at\s+arm'?s",
        r"present\b|(?:physically\s+)?there\s+but|(?:feel|felt)\s+(?:alone|lonely)\s+(?:with|next\s+to)|miles\s+away",
        r"deflect\w*|change\w*\s+the\s+subject|(?:busy|keep\s+myself\s+busy)\s+so|emotionally\s+(?:absent|unavailable|distant)",
    ),
    "unrealistic-expectations": (
        r"should\s+(?:just\s+)?know|(?:read|reads)\s+my\s+mind|perfect\w*|soul\s?mate|fairy\s?tale|the\s+one\b",
        r"(?:in\s+)?(?:the\s+)?movies|romance\s+novels?|happily\s+ever\s+after|spark\b|butterflies",
        r"(?:make|makes)\s+me\s+happy|complete\s+me|(?:meet|meets|fill)\s+(?:all\s+)?(?:my|every)\s+need",
        r"disappoint\w*|(?:never|not)\s+(?:measures?|lives?)\s+up|expect\w*|ideal\b|standards?\b|(?:should|ought\s+to)\s+be",
        r"(?:change|grow\s+into|become)\s+(?:someone|the\s+person|what\s+i)|always\s+(?:be|feel)\s+(?:happy|in\s+love|romantic|exciting)",
    ),
    "neglecting-quality-time": (
        r"(?:no|never\s+have|don'?t\s+have)\s+(?:any\s+)?time|barely\s+see|(?:like\s+)?roommates|ships\s+(?:passing|in\s+the\s+night)",
        r"date\s+nights?|(?:just\s+the\s+two|alone\s+time|couple\s+time|time\s+together|one[-\s]on[-\s]one)",
        r"(?:phones?|screens?|netflix|tv|scrolling|notifications?|laptop)\b|(?:busy|hectic)\s+(?:schedules?|lives|weeks?)",
        r"work\w*\s+late|(?:night|late)\s+shifts?|kids'?\s+(?:schedule|activities)|calendar|(?:months|weeks)\s+since",
        r"(?:haven'?t|didn'?t)\s+(?:been\s+out|gone\s+out|spent\s+time|had\s+(?:a\s+)?(?:real|proper))|undivided\s+attention",
    ),
    "fear-of-conflict": (
        r"(?:avoid|avoiding|dodge|dodging)\s+(?:\w+\s+)?(?:conflict|arguments?|fights?|the\s+topic|talking|confrontation)",
        r"keep\w*\s+the\s+peace|rock\s+the\s+boat|bite\s+my\s+tongue|swallow\w*\s+(?:it|my)|walk\w*\s+away\s+from\s+(?:fights?|arguments?)",
        r"go\w*\s+along\s+with|(?:just\s+)?agree\w*\s+(?:with\s+(?:whatever|everything)|to\s+avoid)|say\w*\s+(?:yes|it'?s\s+fine|i'?m\s+fine)",
        r"(?:scared|afraid|terrified|hate|dread)\w*\s+(?:of\s+)?(?:conflict|fights?|fighting|arguments?|arguing|confrontation|disagree\w*)",
        r"(?:never|don'?t|can'?t)\s+(?:fight|argue|disagree|push\s+back|say\s+no)|tension|tense\b|raised\s+voices?|conflict",
    ),
    "emotional-burnout": (
        r"exhaust\w*|drain\w*|burn\w*\s+out|burnt\s+out|depleted|running\s+on\s+empty|nothing\s+left\s+(?:to\s+give)?",
        r"(?:so|too|always)\s+tired|overwhelm\w*|stress\w*|frazzled|zombie|fried\b|spent\b|can'?t\s+keep\s+up",
        r"(?:work|job|shifts?|kids|baby|caregiving|caring\s+for|deadlines?|mortgage|bills)\b",
        r"(?:no|zero)\s+energy|(?:too|so)\s+(?:tired|exhausted)\s+to|running\s+on\s+fumes|snap\w*\s+at",
    ),
    "comparing-to-others": (
        r"other\s+couples?|everyone\s+else|(?:our|my|his|her)\s+friends'?\s+(?:relationship|marriage|husband|wife|partner|boyfriend|girlfriend)",
        r"instagram|insta\b|social\s+media|facebook|tiktok|pinterest|highlight\s+reel|feeds?\b|posts?\b",
        r"compar\w*|(?:why\s+can'?t|wish)\s+(?:we|my\s+\w+)\s+(?:be|was|were)\s+(?:more\s+)?like|jealous\s+of\s+(?:their|other)",
        r"my\s+(?:sister|brother|best\s+friend|friend|coworker|colleague|parents)'?s?\s+(?:husband|wife|partner|boyfriend|girlfriend|relationship|marriage)",
        r"(?:they|their\s+relationship)\s+(?:seem|seems|look|looks)\s+(?:so\s+)?(?:happy|perfect|in\s+love)|behind\s+(?:everyone|our\s+friends)|timeline",
    ),
    "lack-of-physical-affection": (
        r"\bhug\w*|kiss\w*|cuddl\w*|touch\w*|hold\w*\s+hands|holding\s+hands|affection\w*|physical\b",
        r"\bsex\w*|intima\w*|(?:other\s+)?side\s+of\s+the\s+bed|snuggl\w*|spoon\w*|hand\s+on\s+my|pecks?\b",
        r"(?:pulls?|pulled|flinch\w*|shrug\w*)\s+away|(?:doesn'?t|don'?t|never|won'?t)\s+(?:reach|initiate|hold|touch)",
    ),
}


# Softer signals for the safety model. These are features only (never alarms by themselves):
# the hard rules live in ``rules.py``.
SAFETY_CUES: Final[dict[str, tuple[str, ...]]] = {
    "control": (
        r"(?:won'?t|doesn'?t|didn'?t|never)\s+let\s+me|not\s+allowed|permission|(?:makes?|made)\s+me",
        r"where\s+i\s+(?:am|was|go)|who\s+i'?m\s+(?:with|talking|texting)|every\s+(?:minute|penny|message)",
        r"(?:my|our)\s+(?:money|bank|card|account|paycheck|salary|passwords?|phone|location|friends|family)",
        r"jealous\w*|accus\w+|cheating|punish\w*|rules?\b|forbid\w*|monitor\w*|track\w*|spy\w*",
        r"(?:checks?|checking|checked|reads?|watch\w*)\s+(?:my|me)|cameras?|app\s+on\s+my|deleted\s+my",
        r"nobody\s+else\s+(?:would|will)|(?:should|must)\s+be\s+grateful|(?:crazy|unstable|mad)\b",
        r"(?:scared|afraid|terrified|frightened|on\s+edge|flinch\w*|eggshells|tiptoe\w*)",
        r"(?:screams?|yell\w*|shout\w*|rage|furious|temper|explod\w*|smash\w*|slamm?\w*|punch\w*\s+(?:walls?|doors?))",
        r"(?:isolat\w+|cut\s+off|no\s+friends|stopped\s+(?:seeing|talking\s+to)|lost\s+touch)",
        r"(?:pressur\w+|forc\w+|guilt\w*|sulk\w*|owe)\b",
    ),
    "distress": (
        r"goodbye|farewell|(?:last|final)\s+(?:time|message|entry|note)|note\b|letter\b",
        r"(?:end|over|gone|done|disappear\w*|vanish\w*|leave\s+(?:this|it\s+all)|not\s+here)\b",
        r"(?:pills|tablets|meds|medication|overdose|rope|bridge|ledge|roof|train|razor|blade|knives?)\b",
        r"burden|better\s+off|without\s+me|no\s+one\s+would|nobody\s+would|miss\s+me|care\s+if",
        r"(?:can'?t|couldn'?t)\s+(?:do\s+this|go\s+on|take\s+(?:it|this)|keep\s+going)|any\s?more\b",
        r"(?:hopeless|worthless|pointless|empty|numb|trapped|exhausted|tired\s+of|no\s+point|no\s+way\s+out)",
        r"(?:tonight|this\s+weekend|tomorrow|plan\w*|decided|made\s+up\s+my\s+mind|peace\s+with|ready)\b",
        r"(?:sorry\s+for\s+everything|love\s+you\s+all|take\s+care\s+of|look\s+after|thank\s+you\s+for)",
    ),
    "violence": (
        r"(?:hit|hits|punch\w*|slap\w*|kick\w*|shov\w*|push\w*|chok\w*|strangl\w*|grab\w*|beat\w*)\b",
        r"(?:threat\w*|kill\w*|hurt\w*|harm\w*|weapon|gun|knife|knives|bruis\w*|bleed\w*|blood)\b",
        r"(?:lock\w*|trapped|keys|blocked|door|escape|run\b|ran\s+out|hid\w*|hiding|police|shelter)",
        r"(?:throat|neck|hair|wrists?|ribs?|face|head)\b|(?:on\s+(?:his|her|their)\s+way|outside\s+my)",
    ),
}


def _compile(groups: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name, re.compile(r"(?m)(?<![\w'])(?:" + "|".join(pats) + r")(?![\w'])"))
        for name, pats in groups.items()
    )


PATTERN_GROUPS: Final = _compile(PATTERN_CUES)
BARRIER_GROUPS: Final = _compile(BARRIER_CUES)
SAFETY_GROUPS: Final = _compile(SAFETY_CUES)
_PREFIXED: Final = (
    ("pattern", PATTERN_GROUPS),
    ("barrier", BARRIER_GROUPS),
    ("safety", SAFETY_GROUPS),
)
CUE_NAMES: Final[tuple[str, ...]] = tuple(f"{p}:{n}" for p, groups in _PREFIXED for n, _ in groups)


def cue_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Matched spans per cue group (``pattern:<label>``, ``barrier:<slug>``, ``safety:<kind>``)."""
    text = fold(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for prefix, groups in _PREFIXED:
        for name, rx in groups:
            spans = [m.span() for m in rx.finditer(text) if m.end() > m.start()]
            if spans:
                out[f"{prefix}:{name}"] = spans
    return out


def cue_counts(spans: dict[str, list[tuple[int, int]]]) -> list[float]:
    """The feature vector: log(1 + count) per group, in ``CUE_NAMES`` order."""
    import math

    return [math.log1p(len(spans.get(name, ()))) for name in CUE_NAMES]
