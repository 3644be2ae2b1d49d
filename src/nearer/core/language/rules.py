"""Danger-signal rules: a readable regex lexicon with idiom and negation guards.

The rules are the safety net under the classifier: a missed ``urgent`` is the worst error the
product can make, so any rule hit raises the safety level whatever the model says. Guards keep
idioms ("this commute is killing me") and negations ("he has never hit me") from firing.
Every rule is a phrase a reviewer can read; tests pin both the hits and the guards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from .features import fold

Level = Literal["urgent", "concern"]

# Someone close: used where a bare verb would be too loose ("they hit me with a surprise").
_WHO = (
    r"(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|spouse|fianc[eé]e?"
    r"|hubby|wifey|him|her|them)"
)
_NT = r"(?:n'?t|not)"
_ME = r"(?:me|my\s+(?:body|face|arm|arms|wrist|wrists|neck|throat|head|hair|chest|back|leg|legs))"

# (kind, level, pattern). kind "self" = harm to the writer by the writer; "partner" = from
# someone else. Negated "partner" hits are dropped; negated "self" hits drop to concern.
_RULES: Final[tuple[tuple[str, Level, str], ...]] = (
    # --- self-harm and suicide -------------------------------------------------------------
    ("self", "urgent", r"\b(?:kill(?:ing)?|hang(?:ing)?|shoot(?:ing)?|off(?:ing)?)\s+my\s?self\b"),
    ("self", "urgent", r"\bsuicid\w*|\bsu[i1]c[i1]de\b|\bunalive\b|\bkms\b"),
    ("self", "urgent", r"\bend(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|my\s+life|everything)\b"),
    ("self", "urgent", r"\btake\s+my\s+(?:own\s+)?life\b|\btaking\s+my\s+(?:own\s+)?life\b"),
    (
        "self",
        "urgent",
        r"\b(?:want|wanna|wanted|going|ready|plan|planning)\s+(?:to\s+)?(?:just\s+)?die\b"
        r"(?!\s+(?:of|from|laughing|of\s+embarrassment))",
    ),
    (
        "self",
        "urgent",
        r"\bwish\s+(?:i|I)\s+(?:was|were|could\s+be)\s+(?:dead|gone|never\s+born)\b",
    ),
    (
        "self",
        "urgent",
        r"\bwish\s+i\s+(?:could|would)\s+(?:just\s+)?(?:die|disappear\s+for\s+good|not\s+wake\s+up"
        r"|go\s+to\s+sleep\s+and\s+not\s+wake\s+up|never\s+wake\s+up|stop\s+existing)",
    ),
    (
        "self",
        "urgent",
        rf"\bdo{_NT}\s+(?:want|wanna)\s+to\s+(?:be\s+alive|live|exist|wake\s+up|be\s+here\s+any\s?more"
        r"|be\s+around\s+any\s?more|keep\s+living|go\s+on\s+living)",
    ),
    ("self", "urgent", r"\b(?:better\s+off\s+(?:dead|without\s+me)|world\s+without\s+me)\b"),
    (
        "self",
        "urgent",
        r"\b(?:no|any)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:live|living|being\s+alive|going\s+on)\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?|starv(?:e|ing))\s+my\s?self\b"
        r"|\bself[-\s]?harm\w*",
    ),
    (
        "self",
        "urgent",
        r"\bover\s?dos(?:e|ed|ing)\b|\b(?:sav|stockpil|hoard|collect)\w*\s+(?:up\s+)?(?:my\s+|the\s+)?(?:pills|meds|tablets)\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:swallow|take|took|taking)\s+(?:all\s+(?:of\s+)?)?(?:my|the|those)\s+(?:pills|meds|tablets)\b",
    ),
    (
        "self",
        "urgent",
        r"\bjump(?:ing)?\s+(?:off|from|in\s+front\s+of)\s+(?:a|the|that)\s+(?:bridge|roof|building|train|cliff|balcony|car|bus)",
    ),
    (
        "self",
        "urgent",
        r"\b(?:suicide|goodbye)\s+(?:note|letter)s?\b|\bwr[io]te\s+(?:my|a)\s+goodbye",
    ),
    (
        "self",
        "urgent",
        r"\b(?:not|won'?t)\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+long|anymore|any\s+more"
        r"|to\s+see)",
    ),
    ("self", "urgent", r"\bmake\s+it\s+(?:all\s+)?stop\s+(?:for\s+good|forever|permanently)\b"),
    ("self", "urgent", r"\bdisappear\s+(?:for\s+good|forever|permanently)\b"),
    ("self", "urgent", r"\bnot\s+wake\s+up\b|\bnever\s+wake\s+up\b"),
    ("self", "urgent", r"\bthoughts\s+of\s+(?:dying|death|ending)|\bi\s+think\s+about\s+dying\b"),
    (
        "self",
        "urgent",
        r"\bunaliv\w*|\bkill(?:ed|ing)?\s+my\s?self\b|\b(?:rather|better)\s+be\s+dead\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing)\b|\b(?:ways|how)\s+to\s+"
        r"(?:die|kill\s+my\s?self|end\s+it|end\s+my\s+life|do\s+it\s+painlessly)\b|\b(?:plan|planning|"
        r"planned)\s+(?:how|when)\s+to\s+(?:die|do\s+it|end\s+it)\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:pills|meds|medication|tablets|painkillers|paracetamol|acetaminophen|tylenol|ibuprofen|"
        r"antidepressants|insulin|sleeping\s+pills)\b[^\n]{0,60}?\b(?:enough|all\s+(?:of\s+them|at\s+once)"
        r"|at\s+once|in\s+my\s+hand|right\s+here|counted|how\s+many)\b"
        r"|\b(?:sav\w*|stockpil\w*|hoard\w*|collect\w*|swallow\w*|took\s+(?:like\s+)?\d+|took\s+all|"
        r"handful\s+of|bunch\s+of|bottle\s+of|buying)\s+(?:up\s+)?(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?"
        r"(?:[\w']+\s+)?(?:pills|meds|tablets|painkillers|paracetamol|antidepressants|sleeping\s+pills)\b"
        r"|\bswallowed\s+(?:everything|all|the\s+whole)",
    ),
    (
        "self",
        "urgent",
        r"\b(?:cut|cutting|sliced|slit|slitting|scratch\w*|carv\w*|burn\w*)\s+(?:again|deeper|my\s+"
        r"(?:wrists?|arms?|thighs?|legs?|skin|stomach))\b|\brazor\b[^.!?\n]{0,40}\b(?:arms?|wrists?|"
        r"thighs?|skin)\b|\bknives?\b[^.!?\n]{0,40}\bmy\s+wrists?\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:noose|i\s+(?:just\s+)?bought\s+(?:a\s+)?rope|the\s+ledge|on\s+the\s+edge\s+of\s+(?:the|my)\s+(?:roof|"
        r"balcony|bridge|platform)|car\s+running\s+in\s+the\s+garage|(?:crash|drive)\s+(?:the|my)\s+car"
        r"\s+(?:into|on\s+purpose|off)|(?:step|stepping|jump|jumping)\s+in\s+front\s+of\s+(?:the|a)\s+"
        r"(?:train|bus|truck|car)|jump(?:ing)?\s+off\s+(?:the|a|our|that|my)\s+\w+|swim\s+out\s+"
        r"[^.!?\n]{0,30}not\s+come\s+back|tallest\s+buildings?)",
    ),
    (
        "self",
        "urgent",
        r"\b(?:don'?t|do\s+not)\s+(?:try\s+to\s+)?(?:find|look\s+for|come\s+looking\s+for)\s+me\b|"
        r"\b(?:last|final)\s+(?:entry|message|post|goodbye|letter)\b|\bsaying\s+goodbye\s+to\s+everyone"
        r"|\bwon'?t\s+have\s+to\s+(?:deal\s+with|worry\s+about|put\s+up\s+with)\s+me\b|\b(?:after|when)"
        r"\s+i'?m\s+gone\b|\bif\s+i\s+(?:was|were)\s+gone\b(?!\s+(?:from|for|by|before|on|at|out))|\bnot\s+(?:gonna|going\s+to)\s+be\s+here\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:tonight|today)(?:'s|\s+is)\s+the\s+night\b|\bmade\s+(?:my\s+)?peace\s+with\s+(?:it|dying|"
        r"leaving|this)|\bmade\s+my\s+peace\b|\btying\s+up\s+loose\s+ends\b|\bbe\s+gone\s+before\b"
        r"|\b(?:won'?t|will\s+not|not\s+going\s+to|don'?t\s+think\s+i'?ll)\s+be\s+(?:alive|here|around)"
        r"\s+(?:by|tomorrow|for\s+much|next|much(?!\s+(?:this|next|at|over|today|tonight|on|in|during|"
        r"until|for\s+(?:the|a)|these|online|lately))|after)|\bif\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t)\s+"
        r"(?:here|around|alive)\b|\bthink\w*\s+about\s+(?:is\s+)?(?:dying|death|not\s+being\s+here|"
        r"ending\s+it\s+all|ending\s+my\s+(?:own\s+)?life)",
    ),
    (
        "self",
        "urgent",
        r"\bwant\s+(?:it\s+all|everything)\s+to\s+(?:be\s+over|end|stop)\b|\b(?:strip|packet|box|"
        r"bottle|handful|bunch|load)\s+of\s+(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:pills|tablets|meds|"
        r"painkillers|paracetamol|antidepressants)\b|\bstopped\s+taking\s+my\s+\w+\s+on\s+purpose"
        r"|\b(?:razor|blade)s?\b[^.!?\n]{0,40}\b(?:bath|wrists?|arms?|thighs?|skin|what\s+to\s+do)\b"
        r"|\bjump\w*\s+(?:off|from)\b(?!\s+(?:one|topic|job|thing|idea|a\s+plane|the\s+plane))"
        r"|\b(?:crash\w*|driv\w*)\s+(?:the|my)\s+car\s+(?:into|off|on\s+purpose)|\bon\s+the\s+roof\b"
        r"[^.!?\n]{0,40}\blook\w*\s+down|\bplatform\s+edge\b|\bedge\s+of\s+the\s+platform\b"
        r"|\bsorry\s+for\s+everything\b[^\n]{0,120}\b(?:goodbye|bye|love\s+you)\b|\bgoodbye\s+"
        r"(?:everyone|forever|for\s+good)\b",
    ),
    (
        "self",
        "urgent",
        r"\bgiv\w*\s+(?:away\s+)?(?:my|all\s+my)\s+(?:things|stuff|belongings|possessions)\s+away\b"
        r"|\bgave\s+away\s+(?:my|all\s+my)\s+(?:things|stuff|belongings|possessions)\b|\bwithout\s+me"
        r"\s+in\s+it\b|\bhow\s+many\s+(?:of\s+)?(?:my\s+)?(?:\w+\s+)?(?:pills|tablets|paracetamol|"
        r"painkillers|meds)\b|\bnone\s+of\s+this\s+is\s+your\s+fault\b[^\n]{0,60}\blove\s+you\b",
    ),
    # --- violence and threats from someone else -------------------------------------------
    (
        "partner",
        "urgent",
        rf"\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?"
        rf"|shov(?:e|ed|es|ing)|beat(?:s|en|ing)?|smack(?:ed|s)?|strangl(?:e|ed|es|ing)"
        rf"|chok(?:e|ed|es|ing)|throttl(?:e|ed|es|ing)|bit|bites|bitten|burn(?:ed|t)|headbutt(?:ed)?"
        rf"|elbow(?:ed)?|backhand(?:ed)?|stomp(?:ed)?\s+on|spat\s+on|spit\s+on|pinn(?:ed)?|pins"
        rf"|smother\w*|suffocat\w*|stabb?\w*|shook|shakes|shaking|attacked(?!\s+me\s+(?:verbally|with\s+words|over|for|about))|tied|ties|tying"
        rf"|beat\s+up|beats\s+up|cut(?=\s+me\s+(?:with|again|deep|open))|burnt|scald\w*|whipp?\w*|belt\w*)\s+{_ME}\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:push|pushed|pushes|pushing|shoved|threw|throws|thrown|slammed|slams|dragged|drags"
        r"|yanked|yanks|knocked|knocks)\s+me\s+(?:down|into|against|over|off|onto|out\s+of\s+the\s+car"
        r"|to\s+the\s+(?:ground|floor)|across|around|hard|so\s+hard|backwards|up\s+against)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:grab|grabbed|grabs|grabbing|squeez\w*|pinned|pinning|twist\w*|yank\w*|dragg?\w*|pull\w*)"
        r"\s+(?:me\s+by\s+)?"
        r"(?:the|my)\s+(?:throat|neck|hair|wrists?|arms?|face|jaw)\b"
        r"|\b(?:held|holds)\s+(?:me\s+by\s+)?(?:the|my)\s+(?:throat|neck)\b",
    ),
    (
        "partner",
        "urgent",
        r"\bhands?\s+(?:a?round|on|over|at)\s+my\s+(?:neck|throat|mouth)\b|\bmy\s+(?:neck|throat)\s+"
        r"(?:until|till|and\s+squeez)",
    ),
    ("partner", "urgent", r"\b(?:held|holds|pinned|pins|sat\s+on|kneel\w*\s+on)\s+me\s+down\b"),
    (
        "partner",
        "urgent",
        r"\bthr[eo]w\w*\s+(?:a|the|his|her|their|my)\s+(?!shade|party|fit|tantrum|look)\w+"
        r"(?:\s+\w+)?\s+at\s+(?:me|my\s+head)\b",
    ),
    (
        "partner",
        "urgent",
        r"\bthreat\w*\s+to\s+(?:kill|hurt|shoot|stab|burn|harm|beat|strangle|choke|murder|end|"
        r"poison|drown|smother|run\s+me\s+over|break\s+my|throw\s+acid|disfigure)\b",
    ),
    (
        "partner",
        "urgent",
        rf"\b{_WHO}\s+(?:said|says|swore|told\s+me|screamed|texted|yelled)\s+(?:that\s+)?{_WHO}?"
        r"\s*(?:'d|would|will|'ll|is\s+going\s+to|was\s+going\s+to|could|gonna)\s+(?:(?:kill|hurt|shoot"
        r"|stab|murder|strangle|choke|beat|finish|drown|poison|burn)\s+(?:me|us|you|him|them|the\s+kids|"
        r"the\s+children|the\s+baby|my\s+\w+|our\s+\w+|(?:him|her|them)sel(?:f|ves)|her(?!\s+(?:own\s+)?"
        r"(?:knee|back|ankle|wrist|foot|feet|leg|arm|hand|finger|shoulder|hip|head|toe|elbow|neck|"
        r"feelings|chances|career|reputation|case|pride)\b))\b|end\s+(?:it\s+all|it|things|everything|"
        r"(?:my|his|her|their|our)\s+life|me|us|(?:him|her|them)sel(?:f|ves))\b|break\s+my)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:kill|hurt|shoot|stab|murder)\s+(?:me|us|the\s+kids|my\s+\w+)\s+if\s+(?:i|we)\s+"
        r"(?:ever\s+)?(?:leave|left|go|try|tell|told|call|called|report|talk|see)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:i'?ll|i\s+will|i'?m\s+(?:going|gonna)\s+to?|i\s+swear\s+i'?ll|i\s+could)\s+"
        r"(?:kill|murder|strangle|stab|shoot)\s+you\b(?!\s+if\s+you\s+(?:eat|spoil|forget|touch|drink|finish))",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:going\s+to|gonna|will|wants\s+(?:to|me))\s+(?:kill|hurt)\s+me\b"
        r"|\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex)\s+wants?\s+me\s+dead\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:gun|pistol|rifle|shotgun|firearm|knife|knives|blade|machete|weapon|bat)\w*\b"
        r"[^.!?\n]{0,40}\b(?:at\s+me|to\s+my\s+(?:head|throat|chest|face)|at\s+my\s+(?:head|throat|face)"
        r"|in\s+my\s+face|threat\w*|scare\s+me|kill|if\s+i|waved|pointed|held\s+it)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:pointed|waved|held|pulled|showed\s+me|brandished|grabbed|took\s+out|loaded|cleaned|"
        r"cleaning|sharpen\w*|bought)\s+(?:a|the|his|her|their)\s+(?:gun|pistol|rifle|shotgun|knife"
        r"|blade|machete|weapon)",
    ),
    ("partner", "urgent", r"\b(?:gun|knife)\s+to\s+my\b"),
    (
        "partner",
        "urgent",
        r"\block(?:ed|s|ing)?\s+me\s+in\b|\block(?:ed|s)?\s+(?:me\s+)?in\s+(?:the|a|my|our)\s+"
        r"(?:room|bathroom|bedroom|house|basement|closet|car|flat|apartment)\b",
    ),
    (
        "partner",
        "urgent",
        rf"\b(?:wo{_NT}|wouldn'?t|would\s+not|does{_NT}|didn'?t|did\s+not|never)\s+let\s+me\s+"
        r"(?:leave|go|out|get\s+out|walk\s+out|out\s+of\s+(?:the|his|her|their)\s+sight)\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:stop(?:ped|s)?|prevent(?:ed|s)?|keep(?:s)?|kept)\s+me\s+from\s+(?:leaving|going|getting"
        r"\s+out|calling|walking\s+out|running)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:block(?:ed|s|ing)?|stood\s+in|stands\s+in|standing\s+in)\s+(?:the|my)\s+"
        r"(?:door|doorway|exit|way\s+out|only\s+way\s+out)\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:hid|hides|hidden|hiding)\s+(?:my|the)\s+(?:car\s+|house\s+)?keys\b|\b(?:took|takes|taken|"
        r"grabbed|kept|keeps)\s+(?:away\s+)?(?:my|the)\s+(?:car\s+|house\s+)?(?:keys|phone)\b[^.!?\n]{0,40}?"
        r"\b(?:so\s+(?:i|that\s+i)\s+(?:can'?t|couldn'?t|cannot|could\s+not)|(?:can'?t|couldn'?t)"
        r"\s+(?:leave|go|get\s+out|call)|won'?t\s+give\s+(?:them|it)\s+back|until\s+i|to\s+stop\s+me|"
        r"lock\w*|trap\w*)|\btook\s+my\s+phone\s+so\s+i"
        r"|\b(?:trapped|can'?t\s+(?:get\s+)?out|can'?t\s+escape)\s+(?:in\s+)?(?:here|the\s+house|"
        r"the\s+room|the\s+car|the\s+bathroom|with\s+(?:him|her|them))\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:afraid|scared|terrified|fear)\s+(?:for\s+my\s+life|(?:that\s+)?(?:he|she|they)(?:'ll|"
        r"\s+will|\s+is\s+going\s+to|\s+might|\s+would|\s+could)\s+(?:kill|really\s+hurt|hurt)\s+me)",
    ),
    (
        "partner",
        "urgent",
        r"\bbruis\w*\s+(?:on|all\s+over|around)\s+my\s+(?:arms?|neck|throat|face|wrists?|ribs|"
        r"back|chest|eye)|\bbruis\w*[^.!?\n]{0,40}\b(?:where\s+(?:he|she|they)|from\s+(?:him|her|"
        r"them|when|where))|\b(?:black\s+eye|split\s+lip|broken\s+(?:rib|nose|jaw)|marks\s+on\s+my"
        r"\s+(?:neck|throat)|fingerprints\s+on\s+my)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:forced|forces|forcing|made)\s+me\s+(?:to\s+)?(?:have\s+sex|sleep\s+with|do\s+sexual)"
        r"|\b(?:raped|rape|sexually\s+assault\w*)\b|\bwo?uldn'?t\s+take\s+no\s+for",
    ),
    ("partner", "urgent", r"\braised\s+(?:his|her|their\w*)\s+(?:fist|hand)\s+(?:at|to)\s+me\b"),
    (
        "partner",
        "urgent",
        r"\bdrove\s+(?:like\s+a\s+maniac|recklessly|at\s+\d+)\s+to\s+(?:scare|punish)\s+me\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:hurt|hurts|hurting)\s+me\s+(?:physically|again|badly)\b|\bphysically\s+(?:hurt|abus\w+)\b",
    ),
    (
        "partner",
        "urgent",
        rf"\b{_WHO}(?:'ll|'d|\s+will|\s+would|\s+is\s+going\s+to|\s+was\s+going\s+to|\s+is\s+gonna|"
        r"\s+could|\s+might)\s+(?:(?!(?:never|not|no)\b)\w+\s+){0,4}(?:kill|murder|strangle|shoot|stab|finish|break|hurt|"
        r"snap)\s+(?:me|us|"
        r"the\s+kids|the\s+children|the\s+baby|my\s+(?:neck|arm|legs?|jaw|face|kids?))\b|\bkill\s+"
        r"(?:the\s+kids|the\s+children|the\s+baby|(?:him|her|them)sel(?:f|ves)|us\s+all)\b|\bi'?d\s+be\s+"
        r"dead\s+(?:before|if)\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:smash\w*|slam\w*|bash\w*|bang\w*|shov\w*|push\w*|hit|threw|throw\w*)\s+my\s+(?:head|face)\s+"
        r"(?:into|against|on|off)\b|\bkick\w*\s+(?:me\s+in\s+)?(?:my|the)\s+(?:\w+\s+)?(?:belly|stomach|"
        r"ribs|head|face|back)\b|\bbroke\s+(?:\w+\s+)?(?:of\s+)?my\s+(?:ribs?|nose|jaw|arm|wrist|fingers?)"
        r"|\b(?:pillow|hand|hands)\s+over\s+my\s+(?:face|mouth|nose)\b|\b(?:tied|duct[-\s]?taped|zip[-\s]?"
        r"tied|chained)\s+me\b|\bacid\b|\bburn\s+(?:the\s+house\s+down|me)\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:threw|throwing|throws|thrown)\s+(?:\w+\s+){0,3}at\s+(?:me|us|the\s+kids)\b|\bthrew\s+me\s+"
        r"out\s+of\s+(?:the|a)\s+(?:moving\s+)?car\b|\b(?:drown|poison|kill|hurt)\s+(?:the|my|our)\s+"
        r"(?:dog|cat|pets?|kids|children|baby)\b|\bcrash\s+(?:us|the\s+car\s+with)\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:he|she|they|ex|him|her|them|someone|partner|husband|wife|boyfriend|girlfriend)\s+(?:\w+\s+)"
        r"{0,2}(?:follow(?:ed|ing|s)|stalk\w*)\s+me\b(?!\s+(?:on|back|first)\b)|"
        r"\brestraining\s+order\b|\bprotective\s+order\b|\bknows\s+where\s+i(?:'m|\s+am|\s+live)\b|"
        r"\bfound\s+(?:out\s+)?(?:my|the)\s+(?:new\s+)?(?:address|place|flat|apartment)\b|\b(?:outside|"
        r"at)\s+my\s+(?:window|door|house|flat|work)\s+at\s+(?:night|\d)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:gun|pistol|rifle|shotgun|firearm|revolver)s?\b[^.!?\n]{0,60}\b(?:me|us|kids|"
        r"threat\w*|kill|scare\w*|table|point\w*|wav\w*|if\s+i|leave|leaving|drunk|drinking|"
        r"angry|remember|out\s+again)\b"
        r"|\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend)\b[^.!?\n]{0,40}\b(?:got|has|"
        r"took|keeps|bought|pulled|loaded|grabbed)\s+(?:\w+\s+){0,2}(?:gun|pistol|rifle|shotgun)"
        r"|\b(?:his|her|their|a|the)\s+knife\b[^.!?\n]{0,60}\b(?:me|my|us|leave|leaving|kill|hurt)\b"
        r"|\b(?:me|my|us|leave|leaving|kill|hurt)\b[^.!?\n]{0,60}\b(?:his|her|their)\s+knife\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:locked|lock|locks)\s+(?:me\s+)?out\b[^.!?\n]{0,40}\b(?:cold|night|punish\w*)\b|\bnailed\s+"
        r"(?:the\s+)?(?:\w+\s+)?(?:window|door)s?\s+shut\b|\bhaven'?t\s+been\s+allowed\s+(?:outside|out)\b"
        r"|\bnot\s+allowed\s+(?:to\s+leave|outside|out\s+of\s+the\s+house)\b|\bi'?m\s+hiding\s+"
        r"(?:in|from)\b|\bbanging\s+on\s+the\s+door\b|\bsurvive\s+the\s+next\s+time\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:set|setting|sets)\s+(?:\w+\s+){0,3}on\s+fire\b[^.!?\n]{0,30}\b(?:me|us|kids)\b|\bburn"
        r"\w*\s+(?:\w+\s+){0,3}down\s+with\s+(?:me|us)\b|\bbroke\s+into\s+my\s+(?:flat|house|home|"
        r"apartment|car|room)|\b(?:lighter|cigarette|iron|hot\s+\w+)\s+(?:to|on|against)\s+my\s+"
        r"(?:arm|hand|skin|leg|face|neck|back)\b|\btied\s+(?:up\s+)?my\s+(?:hands|wrists|feet|legs)"
        r"|\bnext\s+time\s+(?:he|she|they)\s+(?:won'?t\s+stop|will\s+kill|might\s+kill|'ll\s+kill)"
        r"|\b(?:restraining|protective|protection|non-molestation)\s+order\b|\ban\s+order\s+against\s+"
        r"(?:him|her|them)|\b(?:never|not)\s+(?:leave|get\s+out\s+of)\s+(?:this|the)\s+\w+\s+alive\b"
        r"|\bnever\s+see\s+(?:\w+\s+){1,2}alive\b|\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend)\s+(?:\w+\s+)?(?:nearly|almost)"
        r"\s+(?:killed|strangled|choked)\s+me",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:he|she|they)(?:'s|\s+has|\s+had)?\s+(?:\w+\s+){0,5}lock\w*\s+(?:every|all\s+the|all)"
        r"\s+(?:doors?|windows?)|\block\w*\s+the\s+doors?\s+(?:on\s+me|so\s+i|from\s+the\s+outside)|\b(?:kept|keeps|keep)\s+me\s+(?:locked|inside|prisoner|hostage)"
        r"|\bheld\s+me\s+(?:hostage|prisoner|captive)",
    ),
    # --- indirect phrasings (added with the false-alarm work; each is a general shape) -------
    (
        "self",
        "urgent",
        r"\b(?:want|wanna|wanted|going|gonna|ready|plan\w*|decided|about)\s+(?:to\s+)?(?:just\s+)?"
        r"end\s+it\b(?!\s+(?:with|between|for\s+good\s+with)\b)(?![^.!?\n]{0,30}\b(?:relationship|"
        r"marriage|engagement|him|her|them|contract|lease|call|meeting|game|argument|fight|chat)\b)"
        r"|\bsleep\s+(?:forever|and\s+never\s+wake)|\bwish\s+i\s+(?:didn'?t|did\s+not)\s+have\s+to\s+"
        r"(?:come\s+back|wake\s+up|exist|be\s+here)|\b(?:sat|sitting|sit)\s+in\s+the\s+garage\s+with\s+"
        r"the\s+(?:car|engine)\s+running|\b(?:car|engine)\s+running\s+in\s+the\s+(?:closed\s+)?garage"
        r"|\b(?:a|the|got\s+a|bought\s+a)\s+rope\b[^.!?\n]{0,40}\b(?:garage|beam|loft|attic|tree|ready|"
        r"hidden|hid|neck)\b|\bno\s+longer\s+(?:want|wish)\s+to\s+(?:live|be\s+alive|exist)\b",
    ),
    (
        "self",
        "concern",
        r"\b(?:thinking|thought)\s+(?:of|about)\s+ending\s+(?:it|things|everything)\b(?!\s+(?:with|between)\b)",
    ),
    (
        "partner",
        "urgent",
        r"\bif\s+i\s+(?:ever\s+)?(?:leave|left|try\s+to\s+leave|go|tell\s+(?:anyone|someone|the\s+police)|"
        r"call\s+the\s+police|report\s+(?:him|her|them))\b[^.!?\n]{0,12}?\b(?:he|she|they)(?:'ll|ll|'d|\s+will"
        r"|\s+would|\s+said|\s+says|\s+swore|\s+told\s+me)\s+(?:\w+\s+){0,4}(?:kill|hurt|find\s+me|come\s+after|"
        r"hunt|finish|end|burn|make\s+me\s+pay)"
        r"|\bfind\s+me\s+wherever\b|\b(?:hell|shell|theyll|hed|shed)\s+(?:\w+\s+)?(?:kill|hurt|snap|"
        r"break|stab|shoot|strangle|choke|finish)\s+(?:me|my|us|the\s+kids)\b|\b(?:he|she|they)(?:'ll|"
        r"\s+will|\s+would|'d)\s+(?:\w+\s+){0,3}hurt\s+(?:her|him|them)\s+too\b|\btake\s+the\s+(?:baby|"
        r"kids|children)\s+and\s+(?:jump|drive\s+(?:off|into)|disappear|kill)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:grab\w*|held|holds|took|takes|pick\w*\s+up)\s+(?:me|him|her|them|our\s+\w+|my\s+\w+)\s+by\s+"
        r"the\s+(?:throat|neck)\b|\b(?:hammer|axe|crowbar|machete)\b[^.!?\n]{0,60}\b(?:at\s+me|"
        r"threat\w*|scare\s+me|kill|if\s+i|waved|pointed|what\s+(?:he|she|they)\s+(?:could|would|might)"
        r"\s+do)|\b(?:tried|trying|try)\s+to\s+(?:choke|strangle|smother|drown|suffocate)\b",
    ),
    # --- coercive control, abuse without immediate danger, hopelessness ------------------------
    (
        "partner",
        "concern",
        r"\b(?:check|checks|checked|checking|goes\s+through|went\s+through|going\s+through|reads|"
        r"read|snoop\w*\s+(?:through|in)|looks\s+through|look\s+through)\s+(?:all\s+)?my\s+(?:phone"
        r"|texts|messages|email|emails|dms|whatsapp|browser|history|bank|receipts|mail)",
    ),
    (
        "partner",
        "concern",
        r"\btrack(?:s|ed|ing)?\s+(?:my\s+)?(?:location|phone|car|every|where|me)\b|\b(?:gps|tracker|"
        r"spyware|tracking\s+app|find\s+my)\b|\blocation\s+(?:on|shared|sharing)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:demand\w*|make\w*|made|insist\w*)\s+(?:on\s+)?(?:me\s+)?(?:to\s+)?(?:give|share|hand\s+over|"
        r"know)\s+(?:him|her|them\s+)?(?:all\s+)?my\s+passwords?\b|\bknows?\s+all\s+my\s+passwords\b",
    ),
    (
        "partner",
        "concern",
        r"\b(?:control\w*|takes|took|keeps|kept|holds|manag\w+\s+all)\s+(?:all\s+)?(?:of\s+)?(?:the|my|our)"
        r"\s+(?:money|finances|paychecks?|salary|wages?|bank\s+cards?|cards?|credit\s+cards?|"
        r"accounts?|spending|earnings)",
    ),
    (
        "partner",
        "concern",
        r"\ban?\s+(?:allowance|pocket\s+money)\b|\bask\s+(?:him|her|them)\s+for\s+money\b",
    ),
    (
        "partner",
        "concern",
        rf"\b(?:wo{_NT}|wouldn'?t|does{_NT}|doesn'?t|never)\s+let\s+me\s+(?:see|visit|talk\s+to|call|"
        r"text|go\s+out|have|work|get\s+a\s+job|keep|spend|wear|drive(?!\s+(?:his|her|their)\s+(?:new\s+)?car)"
        r"|use|meet|hang\s+out)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:i'?m|im|i\s+am|i\s+was|i'?m\s+not)\s+(?:not\s+)?allowed\s+to\b(?!\s+(?:watch|touch\s+the\s+remote|"
        r"have\s+the\s+last|pick\s+the\s+(?:film|movie|music)|choose\s+the\s+(?:film|movie|music)|cook\s+"
        r"(?:curry|fish)|sing|play\s+(?:that|this)\s+song))|\bneed\s+(?:his|her|their)"
        r"\s+permission\b|\bask\w*\s+(?:his|her|their)\s+permission\b|\bhave\s+to\s+ask\s+(?:him|her|them)"
        r"\s+(?:before|if|for\s+permission)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:cut|cuts|cutting|isolat\w+|kept|keeps|keeping)\s+me\s+(?:off\s+)?(?:away\s+)?from\s+"
        r"(?:my\s+|all\s+my\s+)?(?:friends|family|mom|mum|dad|parents|sister|brother|people)|"
        r"\bisolat(?:ed|es|ing)\s+me\b|\bmade\s+me\s+(?:quit|stop\s+(?:seeing|talking)|delete|block|"
        r"unfollow|cut\s+off)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:punch\w*|kick\w*|smash\w*|broke|breaks|break\w*|threw|throws|throwing)\s+(?:a\s+hole\s+in\s+)?"
        r"(?:the\s+|a\s+|my\s+|our\s+)?(?:walls?|doors?|holes?|plates|dishes|glasses|things|stuff|phone|"
        r"furniture|tv|laptop|mirror|table|chairs?)\b",
    ),
    (
        "partner",
        "concern",
        r"\b(?:scared|afraid|terrified|frightened)\s+(?:of\s+(?:him|her|them|my\s+(?:partner|husband|"
        r"wife|boyfriend|girlfriend))|of\s+what\s+(?:he|she|they)|to\s+go\s+home|when\s+(?:he|she|they)\s+(?:gets?|drinks?|"
        r"comes?|is|are)|(?:he|she|they)(?:'ll|\s+will|\s+might|\s+would)\s+(?:explode|lose\s+it|"
        r"lose\s+(?:his|her|their)\s+temper|snap|find\s+out))",
    ),
    ("partner", "concern", r"\bwalk\w*\s+on\s+egg\s?shells\b"),
    (
        "partner",
        "concern",
        r"\bthreat\w*\s+to\s+(?:leave|take\s+the\s+(?:kids|children|dog|car)|kick\s+me\s+out|tell|out\s+me"
        r"|post|share|send|ruin|report|cut\s+me\s+off|throw\s+me\s+out|take\s+my)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:destroy\w*|smash\w*|broke|break\w*)\s+my\s+(?:phone|things|stuff|laptop|belongings)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:screams?|screaming|screamed|yells?|yelling|yelled|shouts?|shouting|shouted)\s+"
        r"(?:at\s+me\s+)?(?:in\s+my\s+face|until\s+i|for\s+hours|right\s+in)|\b(?:gets?|got|getting)\s+in"
        r"\s+my\s+face\b|\bcorner\w*\s+me\b|\bkick\w*\s+me\s+out\b|\bthrew\s+me\s+out\b",
    ),
    (
        "partner",
        "concern",
        r"\b(?:calls?|called|calling|tells?|told|telling)\s+me\s+(?:i'?m\s+|i\s+am\s+|that\s+i'?m\s+)?"
        r"(?:a\s+|an\s+)?(?:worthless|useless|crazy|stupid|pathetic|nothing|ugly|fat|insane|psycho|"
        r"whore|slut|bitch|idiot|retard\w*|disgusting)",
    ),
    (
        "partner",
        "concern",
        r"\bgaslight\w*|\bcoerc\w+|\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend)"
        r"(?:'s|\s+is|\s+are|\s+was|\s+can\s+be|\s+gets|\s+has\s+become)?\s+(?:so\s+|very\s+|really\s+|"
        r"super\s+|extremely\s+)?controlling\b|\bjealous\s+rage|\bshow\w*\s+up\s+at\s+my\s+(?:work|job|office|school|friend)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:calls?|texts?|called|texted|messages?)\s+me\s+(?:\d+|twenty|thirty|fifty|a\s+hundred|"
        r"dozens\s+of)\s+times\b|\b(?:needs?|wants?|has)\s+to\s+know\s+where\s+i\s+am\b",
    ),
    (
        "self",
        "concern",
        r"\b(?:i\s+(?:feel|felt)|i'?m\s+feeling|feeling|i'?m|im|i\s+am)\s+(?:so\s+|completely\s+|totally\s+|just\s+)?(?:hopeless|worthless|empty\s+inside|like\s+a\s+burden|like\s+nothing)\b",
    ),
    (
        "self",
        "concern",
        r"\b(?:no\s+way\s+out|nothing\s+(?:will\s+ever|is\s+ever\s+going\s+to)\s+change|give\s+up\s+on\s+(?:everything|life)|can'?t\s+go\s+on|what'?s\s+the\s+point\s+of\s+(?:anything|it\s+all|trying|even\s+trying|me))\b",
    ),
    (
        "self",
        "concern",
        r"\b(?:i'?m|im|i\s+am)\s+(?:such\s+)?a\s+burden\b",
    ),
    (
        "partner",
        "concern",
        r"\b(?:makes?|made|forces?|forced)\s+me\s+(?:send|share|show|account\s+for|ask|explain|hand"
        r"\s+over|feel\s+like\s+i'?m\s+(?:crazy|going\s+mad|losing\s+my\s+mind|nothing))\b|\b(?:controls?|"
        r"decides?)\s+(?:what|who|where|when|how)\s+i\b|\brules\s+for\s+me\b|\b(?:keeps?|kept|took|"
        r"hides?|hid)\s+my\s+(?:passport|documents|id|birth\s+certificate|papers)\b|\b(?:pressur\w*|"
        r"guilt\w*|push\w*)\s+me\s+(?:into|for)\s+sex|\bowe\s+(?:him|her|them)\s+sex\b|\b(?:afraid|"
        r"scared|terrified)\s+to\s+(?:go\s+home|come\s+home|be\s+home|be\s+alone\s+with)",
    ),
    (
        "self",
        "concern",
        r"\bdon'?t\s+see\s+(?:the|any)\s+point\b|\bnothing\s+(?:feels\s+like\s+it\s+)?matters\b|\bcan'?t"
        r"\s+(?:picture|imagine|see)\s+(?:it|things|anything|life)\s+(?:getting|ever\s+getting)\s+better"
        r"|\bwant\s+it\s+to\s+be\s+over\b|\bno\s+(?:future|way\s+forward)\b",
    ),
    (
        "partner",
        "concern",
        r"\b(?:won'?t|wouldn'?t|doesn'?t|never)\s+let\s+me\s+(?!(?:pay|cook|lift|carry|help|in|touch|do\s+the|"
        r"win|drive\s+when\s+i'?m\s+tired|watch|finish|forget|eat\s+the\s+last|drive\s+(?:his|her|their)"
        r"\s+(?:new\s+)?car|near\s+the\s+(?:bbq|barbecue|grill|kitchen))\b)\w+|\bforbid\w*\s+me\b|\bchanged\s+(?:the|my|all\s+the)\s+"
        r"(?:\w+\s+)?passwords?\b|\blogs?\s+into\s+my\b|\bdelet\w+\s+(?:my\s+)?(?:comments|messages|"
        r"photos|contacts|friends|numbers)\b|\bsilent\s+treatment\s+for\s+(?:days|a\s+week|weeks)\b"
        r"|\b(?:turns?|turned|shows?|showed)\s+up\s+at\s+my\s+(?:work|job|office)\s+(?:unannounced|"
        r"uninvited|to\s+check)|\bpressur\w*\s+me\s+into\b|\bsays?\s+i'?m\s+[\"']?(?:crazy|insane|"
        r"imagining\s+(?:it|things)|making\s+it\s+up)|\b(?:mocks|humiliates|belittles|demeans)\s+"
        r"(?:me|my)\b|\bhumiliat\w+\s+me\s+in\s+front\s+of",
    ),
    (
        "self",
        "concern",
        r"\bcan'?t\s+see\s+(?:it|this|things|anything|that)\s+(?:changing|getting\s+better|improving|"
        r"being\s+different|ever\s+changing)|\bgiven\s+up\s+(?:hoping|hope|on\s+(?:everything|life|"
        r"myself))|\bfuture\s+(?:just\s+)?(?:looks|feels|seems)\s+(?:blank|empty|dark|pointless|bleak)"
        r"|\bno\s+door\s+out\b|\bcan'?t\s+see\s+(?:any\s+)?way\s+(?:out|to\s+leave)|\bfeel(?:ing)?\s+"
        r"(?:so\s+)?trapped\b",
    ),
    # --- word families added in the recall work (generic shapes, not sentences) ---------------
    # Physical danger from a partner described without the obvious verbs.
    (
        "partner",
        "urgent",
        r"\b(?:had|has|held|holds|pinned|pins|pushed|shoved|slammed|trapped|backed|kept)\s+me\s+"
        r"(?:pinned\s+|pressed\s+|shoved\s+)?(?:up\s+)?against\s+(?:the|a)\s+(?:wall|fridge|door|counter|car|floor|sink|window|cupboard|"
        r"table|bannister|railing)"
        r"|\b(?:couldn'?t|could\s+not|can'?t|cannot)\s+breathe\b[^.!?\n]{0,60}\b(?:his|her|their)\s+"
        r"(?:arm|hands?|weight|knee|forearm|fingers)|\b(?:his|her|their)\s+(?:arm|hands?|weight|knee|"
        r"forearm|fingers)\b[^.!?\n]{0,60}\b(?:couldn'?t|could\s+not|can'?t)\s+(?:breathe|move|shout|"
        r"scream)|\b(?:sat|sits|sitting|kneel\w*|knelt|lay|lies|lying|put\s+(?:his|her|their)\s+"
        r"(?:whole\s+)?weight)\s+on\s+(?:me|my\s+(?:chest|back|neck|stomach))\b"
        r"|\b(?:pressed|pushed|held|put)\s+(?:a|the)\s+pillow\s+(?:down|over)|\b(?:plastic\s+)?bag\s+"
        r"over\s+my\s+head|\b(?:held|pushed|put|kept)\s+(?:me|my\s+head)\s+(?:\w+\s+)?under\s?(?:the\s+)?"
        r"water\b|\bsqueez\w*\s+(?:until|till|til)\s+i\b|\bwent\s+limp\b|\bpulled\s+out\s+(?:clumps\s+of\s+)?"
        r"my\s+hair|\bcame\s+at\s+me\s+with\b|\bwent\s+for\s+me\s+with\b|\bswung\s+(?:a|the|his|her|"
        r"their)\s+(?:\w+\s+){0,2}at\s+(?:me|my)\b|\b(?:tried|trying)\s+to\s+run\s+me\s+(?:over|down)"
        r"|\b(?:reversed|drove|driving|swerved)\s+(?:the\s+car\s+)?(?:at|towards)\s+me\b|\bgrabbed\s+the\s+"
        r"(?:steering\s+)?wheel\b|\bcut\s+(?:the|my)\s+brake|\bfists?\s+(?:up|raised|clenched)\b"
        r"|\bbleed\w*\s+from\s+my\s+(?:ear|head|mouth)|\bmy\s+head\s+(?:is|was|won'?t\s+stop)\s+bleed"
        r"|\btell\s+(?:the\s+)?(?:doctors?|nurses?|hospital|people|everyone|them)\s+(?:that\s+)?i\s+"
        r"(?:fell|tripped|walked\s+into|slipped)",
    ),
    # Threats without the word "kill", to the writer, the kids or the pets.
    (
        "partner",
        "urgent",
        r"\b(?:no\s+one|nobody|noone)\s+(?:would|will|'d|'ll|could)\s+(?:ever\s+)?find\s+(?:me|my\s+body|"
        r"you|your\s+body|us)\b|\bif\s+(?:he|she|they|i)\s+can'?t\s+have\s+(?:me|you)\b[^.!?\n]{0,30}"
        r"\b(?:no\s+one|nobody|noone)\b|\b(?:rather|prefer\s+to)\s+see\s+(?:me|you)\s+dead\b"
        r"|\b(?:won'?t|will\s+not|never)\s+(?:see|make\s+it\s+to)\s+(?:your|my)\s+next\s+(?:birthday|"
        r"christmas|year|summer|anniversary)|\b(?:you'?re|you\s+are|i'?m|i\s+am)\s+next\b|\bnext\s+is\s+you"
        r"|\bnext\s+time\s+it\s+(?:won'?t|will)\s+be\s+(?:the|you|your)\b|\b(?:he|she|they)\s+(?:said|says|"
        r"told\s+me|texted)[^.!?\n]{0,30}\blook\s+like\s+(?:an\s+)?accident|\baccidents\s+happen\b"
        r"|\bend\s+up\s+(?:in\s+the\s+ground|in\s+a\s+ditch|like\s+(?:his|her)\s+(?:last|ex))"
        r"|\bif\s+(?:anything|something)\s+(?:happens|ever\s+happens)\s+to\s+me\b|\bif\s+you\s+"
        r"(?:don'?t|do\s+not)\s+hear\s+from\s+me\b|\b(?:left|put|sent|gave|showed)\s+(?:me\s+)?a\s+"
        r"bullet|\bput\s+something\s+in\s+my\s+(?:drink|food|tea|coffee)|\bpoison\w*\s+(?:my|me|the\s+"
        r"kids|our)\b|\bbreak\s+every\s+bone|\bsay\s+goodbye\s+to\s+(?:\w+\s+){0,2}while\s+(?:i|you)\s+"
        r"(?:still\s+)?can\b|\bthreat\w*\s+(?:me\s+)?with\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:bottle|"
        r"knife|hammer|bat|gun|scissors|club|glass|iron|belt)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:threat\w*|swore|promised)\s+(?:to\s+)?(?:\w+\s+){0,2}(?:take|hurt|harm|throw|drown|kill|"
        r"snatch|abduct|run\s+off\s+with|poison|get\s+rid\s+of)\s+(?:the|my|our)\s+(?:baby|kids?|children|"
        r"son|daughter|dog|cat|pets?|puppy)\b|\b(?:shook|shaking|shakes|threw|throw|dropped|hit|hits|"
        r"hurt|hurts)\s+the\s+baby\b|\bhurt\w*\s+(?:my|the|our)\s+(?:dog|cat|pets?|puppy)\s+to\b"
        r"|\b(?:hurt|harm)\s+(?:my|our)\s+(?:little\s+)?(?:boy|girl|son|daughter|kids?|baby)\b",
    ),
    # Hiding or fleeing from a partner; being locked out in the cold.
    (
        "partner",
        "urgent",
        r"\bhid\w*\s+(?:in|at|behind|under|inside)\s+[^.!?\n]{0,40}\b(?:until|till|til|while)\s+"
        r"(?:he|she|they)\b|\bslept\s+in\s+(?:the|my|our|a)\s+car\b[^.!?\n]{0,60}\b(?:scared|afraid|"
        r"terrified|he\s+was|she\s+was|they\s+were|from\s+(?:him|her|them)|safe)\b|\b(?:locked\s+my\s?"
        r"self|with\s+the\s+door\s+locked)\b[^\n]{0,80}\b(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+was)?"
        r"\s+(?:outside|angry|coming|shouting|banging|screaming)|\bran\s+out\s+(?:barefoot|in\s+my\s+"
        r"(?:pyjamas|pajamas|nightie))|\bthought\s+(?:this\s+is\s+it|i\s+was\s+(?:going\s+to\s+die|dying)|"
        r"(?:he|she)\s+(?:was\s+going\s+to|would)\s+kill\s+me)|\bkill\w*\s+us\s+all\b|\b(?:tracked|followed|"
        r"traced)\s+me\s+to\s+(?:my|her|his|the|a|our)\b|\blocked\s+me\s+out\s+on\s+the\s+(?:balcony|doorstep|porch)"
        r"|\b(?:not\s+allowed|never\s+allowed)\s+out\s+of\s+(?:the|my)\s+(?:bedroom|room|house|flat)"
        r"|\b(?:took|takes|pulled)\s+the\s+battery\s+out\s+of\s+my\s+phone|\bbroke\s+(?:down|in)\s+the\s+"
        r"door\b|\bkicked\s+(?:it|the\s+door)\s+in\b|\bbroke\s+my\s+phone\s+so\s+i\s+can'?t",
    ),
    # Stalking, above all after leaving.
    (
        "partner",
        "urgent",
        r"\b(?:since|after)\s+i\s+(?:left|moved\s+out|moved|got\s+away|ended\s+it)\b[^.!?\n]{0,80}\b"
        r"(?:turn\w*\s+up|show\w*\s+up|outside|parked|follow\w*|waiting|watching|found)|\bi\s+left\s+"
        r"(?:\w+\s+){0,3}ago\b[^.!?\n]{0,60}\b(?:turn\w*\s+up|show\w*\s+up|outside|parked|follow\w*|"
        r"waiting|watching)|\b(?:parked|waiting|sitting|watching)\b[^.!?\n]{0,40}\b(?:every\s+(?:night|"
        r"day|morning|evening)|outside\s+my\s+(?:house|flat|place|door|work|window))\b(?![^.!?\n]{0,20}"
        r"\b(?:to\s+surprise|with\s+(?:coffee|flowers|lunch)))|\b(?:photos?|pictures?|pics)\s+of\s+my\s+"
        r"new\s+(?:front\s+door|house|flat|place|street|car)|\b(?:found|knows|got|posted|has)\s+(?:my|our)\s+"
        r"new\s+(?:address|number|place|flat|house|home)|\bknows?\s+(?:which|what)\s+(?:school|nursery|"
        r"street|gym)\b|\bhe'?s\s+(?:been\s+)?(?:texting|messaging|saying)\s+(?:me\s+)?that\s+(?:he'?s|"
        r"he\s+is)\s+outside|\bi\s+think\s+(?:he|she)'?s\s+looking\s+for\s+me|\bdoesn'?t\s+know\s+where"
        r"\s+i\s+am\s+yet\b|\bwaiting\s+for\s+me\s+when\s+i\s+(?:got|get)\s+off",
    ),
    # Self-harm: plans, means, goodbyes and burden statements in plainer words.
    (
        "self",
        "urgent",
        r"\b(?:pills|tablets|meds)\s+(?:\w+\s+)?(?:lined\s+up|laid\s+out|ready|counted\s+out)|\btake\s+"
        r"everything\s+in\s+the\s+(?:cabinet|cupboard|medicine|bathroom|drawer)|\b(?:took|swallowed|"
        r"taken|take)\s+(?:a\s+)?whole\s+(?:packet|bottle|box|strip|pack)|\b(?:vodka|wine|alcohol|booze|"
        r"whisky|whiskey|gin|drink)\b[^.!?\n]{0,20}\bwith\s+(?:my|the|all\s+(?:my|the))\s+(?:pills|"
        r"tablets|meds)|\bpainless\s+(?:ways?|methods?|death)|\bgoogl\w*\s+(?:painless|how\s+to\s+die|"
        r"ways\s+to)|\bhow\s+(?:high|tall|far\s+down|deep)\s+(?:the|that)\s+(?:bridge|building|car\s+park|"
        r"cliff|roof|drop|river)|\bresearch\w*\s+how\s+(?:much|many)\s+(?:it\s+)?(?:takes|would\s+take)"
        r"|\b(?:a|the)\s+rope\b[^.!?\n]{0,40}\b(?:boot|trunk|car|bag|wardrobe)\b|\bblades?\b"
        r"[^.!?\n]{0,40}\b(?:drawer|keep\s+opening|hid\w*)\b|\b(?:want|wanna|wish\s+i\s+could)\s+(?:to\s+)?"
        r"(?:just\s+)?stop\s+breathing|\b(?:want|wanna)\s+(?:to\s+)?be\s+dead\b|\bhow\s+(?:much\s+)?"
        r"long(?:er)?\s+i\s+can\s+(?:stay\s+alive|keep\s+going|hold\s+on|last)\b|\b(?:don'?t|do\s+not|not)"
        r"\s+(?:plan|planning|intend\w*|expect\w*)\s+(?:on|to)\s+(?:wak\w*|be\s+(?:here|around|alive))"
        r"|\b(?:stop|stopped)\s+being\s+(?:here|alive|around)\b|\bnot\s+be\s+here\s+(?:tomorrow|next\s+"
        r"(?:week|month|year)|by)\b|\bsee\s+myself\s+(?:being\s+(?:here|alive|around)|getting\s+old|"
        r"living\s+(?:past|to|much|long))",
    ),
    (
        "self",
        "urgent",
        r"\bsaid\s+my\s+goodbyes\b|\bwithout\s+(?:them|anyone|her|him)\s+knowing\s+(?:they|it)\s+(?:were|"
        r"was)\s+(?:a\s+)?goodbye|\blast\s+thing\s+i'?(?:ll|\s+will)\s+(?:post|write|say)|\bknow\s+"
        r"(?:it'?s|this\s+is)\s+the\s+last\s+time\b|\b(?:wrote|written|writing|write)\s+(?:\w+\s+)?"
        r"(?:letters|notes)\s+(?:to|for)\s+(?:everyone|each\s+of|all\s+of|my\s+(?:kids|family|mum|mom|"
        r"parents|children|sister|brother))|\btell\s+(?:my|the)\s+(?:\w+\s+){0,2}i\s+loved\s+(?:them|him|"
        r"her|you)\b|\bif\s+i'?m\s+not\s+(?:\w+\s+){0,2}(?:tomorrow|by)\b[^\n]{0,40}\bknow\s+why"
        r"|\b(?:imagin|think|plan|pictur)\w*\s+(?:about\s+)?my\s+(?:own\s+)?funeral|\b(?:don'?t|do\s+not)"
        r"\s+trust\s+myself\s+(?:alone|tonight|to\s+be\s+safe|around)|\bwhat\s+i'?(?:ll|\s+might|\s+will|"
        r"\s+could|d)\s+do\s+to\s+my\s?self|\b(?:don'?t|do\s+not)\s+want\s+to\s+be\s+(?:saved|rescued|"
        r"found)|\b(?:not|no\s+longer|stopped\s+being)\s+(?:scared|afraid)\s+of\s+(?:dying|death)"
        r"|\bknow\s+(?:how|when|where)\s+i'?(?:d|\s+would|ll|\s+will)\s+do\s+it\b|\b(?:driv\w*|crash\w*|"
        r"steer\w*)\s+(?:the\s+car\s+|my\s+car\s+)?(?:into|off)\s+(?:a|the)\s+(?:tree|wall|river|lorry|"
        r"truck|cliff|oncoming|bridge)|\b(?:disappear|go\s+somewhere|walk\s+into\s+the|swim\s+out)"
        r"[^.!?\n]{0,50}\b(?:and\s+)?(?:not|never)\s+come\s+back|\b(?:relieved|better|easier|happier|"
        r"fine)\s+(?:once|when|after|if)\s+i'?m\s+(?:gone|not\s+here|dead)|\b(?:fine|better|happier|"
        r"easier)\s+without\s+me\b|\bbreathe\s+easier\s+without\s+me|\bwaste\s+of\s+(?:oxygen|space|air)"
        r"\b[^.!?\n]{0,30}\b(?:fix|end|stop)|\bonly\s+way\s+out\b[^.!?\n]{0,40}\b(?:not\s+being|dying|"
        r"death|die|end)|\bwhere\s+nobody\s+(?:will|would|can)\s+find\s+me"
        r"|\b(?:pain|it|everything)\s+to\s+(?:end|stop)\s+(?:permanently|forever|for\s+good)"
        r"|\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+myself\s+(?:being\s+(?:here|alive|around)|getting\s+"
        r"old|living\s+(?:past|to|much|long))",
    ),
    # Coercive control, humiliation and hopelessness in plainer words.
    (
        "partner",
        "concern",
        r"\b(?:gives?|gave)\s+me\s+(?:an?\s+)?(?:\S*\d+\s*|(?:ten|twenty|fifty|a\s+hundred|\w+)\s+)"
        r"(?:quid|pounds|dollars|euros|bucks)\s+(?:a|per|each)\s+(?:week|month|day)|\b(?:every|each)\s+"
        r"(?:receipt|penny|cent|purchase)\b|\b(?:loans?|debts?|credit\s+cards?)\s+in\s+my\s+name\b|\bsign"
        r"\w*\s+over\s+my\s+(?:savings|house|wages|money|share)|\bwithhold\w*\s+(?:the\s+)?(?:money|food)"
        r"|\bin\s+(?:his|her)\s+name\b[^.!?\n]{0,40}\bremind|\b(?:keeps|has|took|holds)\s+(?:all\s+)?"
        r"(?:the|my)\s+bank\s+cards?\b(?![^.!?\n]{0,40}\bbecause)|\bmy\s+bank\s+card\s+in\s+(?:his|her)\s+"
        r"(?:wallet|pocket)|\bshare\s+my\s+location\b[^.!?\n]{0,30}\b(?:24/7|all\s+the\s+time|always|"
        r"mad|angry)|\b(?:photo|pic|picture)\s+of\s+(?:where\s+i\s+am|who\s+i'?m\s+with)|\bvideo\s+call\s+"
        r"(?:him|her)\s+when\s+i'?m\s+out|\btimes\s+how\s+long\s+i\b|\b(?:need|have)\s+to\s+tell\s+(?:him|"
        r"her)\s+(?:every|where)|\b(?:has|knows|got)\s+my\s+(?:\w+\s+)?(?:login|password|passcode|pin)\b"
        r"|\bapp\s+on\s+my\s+phone\s+i\s+didn'?t|\blistens?\s+(?:at|behind)\s+the\s+door|\bwatch\w*\s+"
        r"(?:everything|every\s+move)\s+i\b|\breport\w*\s+back\s+on\s+(?:what|where|who)\s+i\b|\bwatch\s+"
        r"me\s+when\s+(?:he|she)'?s\s+away|\b(?:checks?|checked)\s+the\s+mileage",
    ),
    (
        "partner",
        "concern",
        r"\b(?:don'?t|do\s+not|no)\s+(?:really\s+)?(?:have\s+)?(?:any\s+)?friends\s+(?:left|anymore|any\s+"
        r"more)|\bnobody\s+left\s+to\s+talk\s+to\b(?![^.!?\n]{0,30}\babout\b)|\bhaven'?t\s+seen\s+my\s+"
        r"(?:family|friends|parents|mum|mom|sister|brother)\s+in\s+(?:over\s+)?(?:a\s+year|years|months)"
        r"|\b(?:made|makes|forced)\s+me\s+(?:cut\s+off|stop\s+seeing|delete|quit)\b|\bsplit\s+us\s+"
        r"up\b|\bask\s+(?:him\s+|her\s+)?before\s+i\s+see\s+anyone|\bpicks?\s+(?:a\s+)?fights?\s+(?:every"
        r"\s+time|whenever)\s+i\b|\bwithout\s+(?:him|her)\s+so\s+i\s+don'?t\s+go|\bquit\s+my\s+job\s+because"
        r"\s+(?:he|she)|\banswers\s+for\s+me\b|\bwon'?t\s+let\s+me\s+(?:go\s+to\s+the\s+doctor|see\s+my|have\s+(?:my\s+own|a\s+"
        r"(?:job|phone|bank))|work\b|learn\s+to\s+drive|\w+\s+alone)|\bnot\s+allowed\s+(?:a|my\s+own|to\s+(?:see|have|go|work|close|lock))|\bmake\s+sure"
        r"\s+everyone\s+knows|\btold\s+(?:my|everyone|our)\s+[^.!?\n]{0,20}i'?m\s+(?:mentally\s+ill|crazy|"
        r"unstable|mad)|\b(?:deport\w*|immigration)\b|\bvisa\s+depends\s+on|\bno\s+court\s+would\b|\bleave"
        r"\s+me\s+with\s+nothing\b|\bstop\s+paying\s+the\s+(?:rent|bills|mortgage)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:mocks?|mocked|laughs?\s+at|laughed\s+at|embarrass\w*|shames?|shamed)\s+(?:me|the\s+way\s+i)"
        r"\b[^.!?\n]{0,50}\b(?:in\s+front\s+of|everyone|online|daily|every\s+(?:day|single\s+day)|when\s+i"
        r"\s+cried)|\bcalls?\s+me\s+names\b|\blucky\s+(?:anyone|someone)\b"
        r"|\bposts?\s+(?:things|stuff|photos|lies)\s+about\s+me\b|\bspits?\s+insults|\bremembering\s+"
        r"things\s+wrong|\bthings\s+never\s+happened|\b(?:don'?t|do\s+not)\s+trust\s+my\s+own\s+(?:memory|"
        r"mind|judg\w*)|\b(?:when|whenever)\s+(?:he|she|his|her)\b[^.!?\n]{0,30}\bstomach\s+drops\b|\balways\s+on\s+guard\b|\brehearse\s+every|\bscared\s+to\s+say"
        r"\s+no\s+to\s+(?:him|her|them|my\s+(?:partner|husband|wife|boyfriend|girlfriend|bf|gf))|\balways\s+"
        r"the\s+reason\b|\b(?:drives?|driving)\s+(?:really\s+)?(?:aggressively|recklessly)\s+when\s+"
        r"(?:he|she)'?s\s+(?:angry|mad)|\btoo\s+(?:ugly|fat|stupid|old)\s+for\s+anyone|\b(?:no\s+one|"
        r"nobody)\s+else\s+(?:would|will)\s+(?:ever\s+)?want\s+me|\bnothing\s+without\s+(?:him|her)\b",
    ),
    (
        "self",
        "concern",
        r"\bnothing\s+to\s+get\s+up\s+for|\bwith\s+no\s+end\b|\bnow\s+i\s+just\s+survive|\bstopped\s+"
        r"hoping|\bdon'?t\s+care\s+(?:about\s+anything|what\s+happens\s+to\s+me)|\bbarely\s+(?:eat|sleep|"
        r"anything)|\bcry\s+(?:in\s+the\s+\w+\s+)?every\s+(?:day|night)|\bhaven'?t\s+laughed\s+in\b"
        r"|\b(?:given|give|gave)\s+up\s+on\s+(?:being\s+happy|life|everything|myself|hope|me)\b|\bnot\s+"
        r"existing\b|\bwouldn'?t\s+mind\s+if\s+i\s+(?:didn'?t|did\s+not|never)\s+wake|\bfeel\w*\s+(?:so\s+)?"
        r"(?:empty|numb|invisible)\s+(?:all\s+the\s+time|inside|every\s+day|most\s+days|any\s?more)|\bfeel"
        r"\s+like\s+a\s+ghost|\bi'?m\s+numb\s*[.!]|\bi'?m\s+disappearing\b"
        r"|\blost\s+myself\b|\bexhausted\s+from\s+pretending|\b(?:no|there'?s\s+no)\s+future\s+for\s+me"
        r"|\bnothing\s+matters\b|\bpain\s+to\s+(?:end|stop)|\b(?:tired\s+of\s+being\s+a|a)\s+weight\s+on\s+"
        r"everyone|\bwaste\s+of\s+(?:oxygen|space)\b|\bdrowning\s+and\s+nobody",
    ),
    # --- round 4: other people at risk, consequences, euphemisms, questions, typos ----------
    # Third person: someone close to the writer hurt by their partner or family.
    (
        "partner",
        "urgent",
        r"\b(?:husband|boyfriend|bf|partner|ex|wife|girlfriend|gf|stepdad|stepfather|stepmum|dad|father"
        r"|grandad|grandpa|brother|uncle|fianc[eé]e?|he|she)\b[^.!?\n]{0,40}?\b(?:chok(?:e|es|ed|ing)|"
        r"strangl\w*|beat(?:s|ing)?|hits|hitting|punch\w*|kick(?:s|ed|ing)|slap\w*|pushed|pushes|dragg\w*|"
        r"pinned|stabb\w*|smother\w*|suffocat\w*)\s+(?:her|him)\b(?!\s+(?:up|back|with\s+(?:the|a|his|her)"
        r"\s+(?:news|question|idea)|to\s+(?!the\b|a\b|her\b|his\b|my\b|death\b)\w+))",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:kill|murder|hurt|shoot|stab|burn|end|find)\s+(?:her|him|them)\s+if\s+(?:she|he|they)\b"
        r"|\bhands?\s+(?:were\s+|was\s+)?(?:a?round|on|over)\s+(?:my|her|his)\s+(?:neck|throat)"
        r"|\b(?:bruises?|marks?|fingerprints?|finger\s+shaped\s+bruises)\s+(?:on|around|round)\s+(?:my|her|his)"
        r"\s+(?:neck|throat)\b|\bput\s+(?:her|him|me)\s+in\s+(?:the\s+)?hospital\b",
    ),
    # Danger told through its consequences: injuries blamed on him, orders breached, release.
    (
        "partner",
        "urgent",
        r"\b(?:restraining|protection|protective|court|no[-\s]contact|non[-\s]molestation)\s+order\b"
        r"[^\n]{0,80}?\b(?:anyway|means\s+nothing|showed\s+up|turned\s+up|was\s+(?:in|at|outside|standing)"
        r"|slashed|followed|broke|broken|violat\w*|still\s+comes?)|\b(?:violat\w*|broke|breach\w*|ignor\w*)"
        r"\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:restraining|protection|protective|court|no[-\s]contact)\s+order"
        r"|\b(?:got\s+bail|out\s+(?:of\s+)?(?:prison|jail)|let\s+him\s+go|released\s+him)\b[^\n]{0,80}?\b(?:on\s+"
        r"his\s+way|dr(?:ive|ove|iving)\s+past|texting|coming\s+(?:back|for\s+me)|knows\s+where)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:after|because\s+of|from)\s+what\s+(?:he|she)\s+did\b|\bit\s+was\s+(?:him|her)\b[^\n]{0,40}?"
        r"\b(?:third|second|again|every)\b|\btold\s+(?:them|the\s+\w+|work|everyone)\s+(?:that\s+)?(?:i|it\s+was)"
        r"\s+(?:fell|tripped|an?\s+(?:accident|allergy))\b[^\n]{0,40}?\b(?:him|he)\b"
        r"|\bknows\s+(?:where|which)\s+(?:the\s+kids|our|my)\b[^\n]{0,80}?\b(?:take\s+them|hurt|kill|what\s+would"
        r"\s+happen|never\s+see|make\s+me\s+pay|pick\s+(?:him|her|them)\s+up)"
        r"|\b(?:hide|bury|dump)\w*\s+(?:my|your|her|his)\s+body\b|\bbury\s+(?:me|you|her)\b(?!\s+in\s+(?:the\s+)?sand)"
        r"|\bhole\b[^.!?\n]{0,40}\bfor\s+me\b|\b(?:die|kill\w*|goes\s+down)\b[^.!?\n]{0,40}\btak\w*\s+me\s+with\s+"
        r"(?:him|her)\b|\bif\s+(?:i\s+go\s+missing|anything\s+happens\s+to\s+me)\b[^\n]{0,60}?\b(?:him|husband|"
        r"boyfriend|partner|police|it\s+was)\b|\b(?:he|she)\s+(?:said|says|told\s+me)\s+(?:nobody|no\s+one)\s+"
        r"would\s+(?:miss|look\s+for|notice)\s+me\b|\bmurder[-\s]suicide\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:he|she)(?:'s|\s+is|\s+was|\s+kept)\s+(?:pounding|banging|hammering|kicking|smashing)\s+(?:on\s+|down\s+)?"
        r"(?:the\s+|my\s+)?(?:\w+\s+)?door\b|\bhiding\s+(?:in|from)\b[^.!?\n]{0,40}\b(?:from\s+(?:him|her|my\s+"
        r"(?:husband|boyfriend|partner|wife|girlfriend))|with\s+the\s+(?:baby|kids))"
        r"|\b(?:chokd|choakd|chockd|strangld|kiked|punchd|slapd)\s+me\b|\b(?:say|says|said|sed)\s+(?:he|she)\s+(?:will|wud|"
        r"would)\s+(?:kill|hurt|burn|put\s+fire\s+on|shoot)\s+me\b",
    ),
    # Self: euphemisms, means questions, farewells, non-native and typo'd phrasings.
    (
        "self",
        "urgent",
        r"\b(?:not|never|don'?t\s+plan\s+on|no\s+plan\s+on)\s+waking\s+up\b(?!\s+(?:until|till|til|before|for|"
        r"early|on\s+time))|\bmake\s+sure\s+i\s+(?:don'?t|never|won'?t)\s+wake|\bdon'?t\s+come\s+back\s+from\b"
        r"|\blet\s+the\s+(?:pills|tablets|meds)\s+do\b|\b(?:don'?t|do\s+not)\s+(?:bother\s+)?(?:saving|save|"
        r"resuscitate)\s+me\b|\bcheck(?:ing)?\s+out\s+(?:for\s+real|for\s+good|permanently|of\s+(?:life|this\s+"
        r"world)|soon\b|early[^\n]{0,20}sorry)|\bnot\s+the\s+hotel\s+kind\b|\blog(?:ging)?\s+off\s+(?:permanently|"
        r"for\s+good|forever)\b|\bi\s+won'?t\s+be\s+(?:a\s+problem|a\s+burden)\s+(?:for\s+(?:anyone|anybody|you)\s+)?"
        r"(?:much\s+longer|for\s+long|soon)|\bwo?n'?t\s+be\s+any(?:body|one)'?s\s+burden",
    ),
    (
        "self",
        "urgent",
        r"\bbleed\s+out\b|\bbridges?\b[^.!?\n]{0,30}\b(?:nets?|high\s+enough)\b|\b(?:dose|amount)\s+(?:that|which)"
        r"\s+would\s+(?:do\s+it|kill|be\s+(?:fatal|lethal|enough))|\b(?:lethal|fatal)\s+dose\b|\bhow\s+many\s+of\s+"
        r"these\s+would\s+it\s+take\b|\bwould\s+it\s+hurt\s+if\s+i\s+(?:drove|jumped|crashed|fell|stepped|hung)"
        r"|\bhang\s+(?:yourself|himself|herself|themselves)\b|\bhop(?:e|ed|ing)\s+(?:that\s+)?(?:i\s+(?:crash|die|"
        r"don'?t\s+wake|get\s+hit)|(?:a|the|some)\s+(?:car|bus|truck|lorry|train)\s+(?:hits|would\s+hit)\s+me)"
        r"|\b(?:sitting|standing|lying|lay)\s+on\s+the\s+(?:railway|train)\s+(?:line|tracks?)|\bgarage\b"
        r"[^.!?\n]{0,40}\bengine\s+(?:on|running)|\blong\s+walk\s+into\s+the\s+(?:sea|ocean|river)|\bwalk\w*\s+"
        r"into\s+the\s+(?:sea|ocean|river|lake)\b[^\n]{0,60}?\b(?:further|not\s+come\s+back|keep\s+going)"
        r"|\b(?:finish|end)\s+my\s+life\b|\b(?:no|not|dont|don'?t)\s+want\s+(?:to\s+)?live\s+any\s?more"
        r"|\bfinish\s+it\s+properly\b|\bgiv\w*\s+(?:away\s+)?my\s+(?:dog|cat|pets?)\b[^\n]{0,80}?\b(?:goodbyes?|"
        r"after|better\s+than\s+i\s+can)|\b(?:dog|cat)\s+is\s+going\s+to\s+(?:the|my)\s+neighbou?r",
    ),
    # --- round 5: word families that generalise (informal spelling, third person, terse) ------
    # Self: command voices, the means found, cutting too deep, not seeing a future alive.
    (
        "self",
        "urgent",
        r"\bvoices?\b[^.!?\n]{0,40}\b(?:tell|telling|told|say|says|said|want|wants|keep\s+telling)\s+(?:me\s+)?"
        r"(?:to\s+|i\s+should\s+|i\s+need\s+to\s+)(?:jump|die|kill|hurt|cut|end|do\s+it|stop\s+breathing|drown)"
        r"|\bdos(?:e|es|age)\b[^.!?\n]{0,40}\b(?:(?:not|isn'?t|aren'?t)\s+that\s+many|enough\s+to\s+(?:die|kill|not\s+wake)|"
        r"would\s+(?:do\s+it|kill\s+me|be\s+enough)|it\s+would\s+take)|\bhow\s+many\s+(?:pills|tablets|"
        r"paracetamol|painkillers|sleeping\s+pills|of\s+(?:my|these|them))\s+(?:\w+\s+)?(?:would|it\s+takes|"
        r"does\s+it\s+take|to\s+(?:die|kill|overdose|not\s+wake|never\s+wake|end))"
        r"|\bcut(?:ting)?\s+(?:too|that|so|really|very)\s+deep|\bcan'?t\s+stop\s+cut+ing|\bkeep\s+cut+ing"
        r"|\bfresh\s+cuts\b|\b(?:can'?t|cant|won'?t|wont)\s+stop\s+(?:the\s+)?blee?d\w*|\bblee?d\w*\s+"
        r"(?:won'?t|wont|will\s+not|doesn'?t|isn'?t)\s+stop|\bblood\s+everywhere\b[^\n]{0,30}\b(?:can'?t|cant|"
        r"won'?t|wont)\s+stop"
        r"|\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+myself\s+(?:alive|still\s+here|living|around)\b"
        r"|\bwon'?t\s+be\s+alive\b|\bnot\s+be\s+alive\s+(?:by|for|much|next|to\s+see)"
        r"|\blet(?:ting)?\s+go\s+(?:for\s+good|forever|tonight|of\s+(?:life|living))\b"
        r"|\b(?:this|tonight|today)\s+is\s+my\s+last\s+(?:night|day)\b(?!\s+(?:in|at|of|on|here|there|before|"
        r"with|as|working|off|for|to))"
        r"|\b(?:wants?|wanna)\s+to\s+be\s+gone\b(?!\s+(?:by\s+\d|before\s+(?:the|rush|traffic|\d)))"
        r"|\b(?:kil+|kll)\s+my\s?sel[fv]\b|\bsu(?:ci|cu|s[ie])c?[ie]?de?\b|\bsuiside\w*|\bsucid\w*"
        r"|\b(?:want|wanna|wan)\s*(?:2|to)\s+die\b|\bend\s+my\s+(?:lyf|lyfe|lief)\b"
        r"|\b(?:going\s+t[oa]o?|gonna|gunna|gona|will|i'?ll|wanna|wana|ready\s+to|about\s+to|plann?ing\s+to|"
        r"plan\s+to)\s+end\s+(?:it|things)\b(?!\s+(?:with|between|all\s+with|here|there|now\s+with)|\s*(?:,\s*)?(?:thanks|"
        r"for\s+(?:today|now|the\s+(?:day|night|week))))",
    ),
    # Self: farewells and sign-offs; things set in order for after; somebody else's goodbye.
    (
        "self",
        "urgent",
        r"\b(?:bye|goodbye)\b[^\n]{0,20}\b(?:love\s+you\s+all|sorry\s+(?:everyone|for\s+everything)|forgive"
        r"\s+me)\b(?![^\n]{0,40}\b(?:see\s+you|tomorrow|next\s+week|soon|later|when\s+i'?m\s+back|x+\b))"
        r"|\b(?:i'?m\s+)?done\s*[.!,]+\s*sorry\s+(?:everyone|everybody|all|guys|for\s+everything)"
        r"|\b(?:know|say\s+goodbye|tell\s+(?:you|someone|them|somebody))\b[^.!?\n]{0,30}\bbefore\s+i\s+go\s*"
        r"(?:[.!?,]|$)|\bwho\s+gets\s+(?:what|my\s+\w+)\b[^\n]{0,60}\bjust\s+in\s+case|\bjust\s+in\s+case\b"
        r"[^\n]{0,60}\bwho\s+gets\s+(?:what|my)|\b(?:left|written|wrote|made)\s+(?:\w+\s+){0,2}instructions\b"
        r"[^.!?\n]{0,40}\b(?:my\s+(?:things|stuff|pets?|dog|cat|body|funeral|accounts)|who\s+gets)"
        r"|\b(?:passwords|account\s+details|pin\s+numbers?)\b[^\n]{0,60}\b(?:envelope|written\s+down|wrote\s+"
        r"down|for\s+my\s+(?:wife|husband|brother|sister|mum|mom|dad|kids|partner))\b[^\n]{0,60}\b(?:just\s+in"
        r"\s+case|when\s+i'?m\s+gone|after\s+i'?m\s+gone|(?:she|he|they)'?ll\s+be\s+(?:ok|okay|fine|alright))"
        r"|\b(?:goodbye|bye|farewell|thank\s+you\s+for\s+everything)\b[^\n]{0,100}\b(?:phone\s+(?:is|was|'s|"
        r"went)\s+(?:off|dead|straight\s+to\s+voicemail)|(?:isn'?t|not|stopped)\s+answering|can'?t\s+reach\s+"
        r"(?:her|him|them))|\b(?:kill\w*|hurt\w*|harm\w*|cut\w*|hang\w*)\s+(?:her|him|them)sel(?:f|ves)\b"
        r"(?!\s+(?:laughing|at\s+the\s+gym|working|on|with|playing|doing|falling|climbing|lifting|by\s+"
        r"accident|shaving|cooking))|\b(?:took|swallowed|taken)\s+(?:a\s+whole|all\s+(?:of\s+)?"
        r"(?:her|his|their|the))\s+(?:\w+\s+)?(?:pills|tablets|meds|medication|bottle|packet|box)",
    ),
    # Partner: terse emergencies, a door being broken, hiding, no air, blocked exits.
    (
        "partner",
        "urgent",
        r"\b(?:he|she)'?s\s+here\s*[.!,]+\s*help\b|\bhelp\s*[.!,]*\s*(?:he|she|my\s+\w+)\s*(?:'s|s|\s+is)\s+"
        r"(?:breaking|kicking|trying\s+to\s+(?:get|break)\s+in|outside|coming|back|here|inside)"
        r"|\b(?:he|she|hes|shes|my\s+ex|ex|husband|boyfriend|partner|wife|girlfriend)(?:'s|\s+is|\s+was|\s+kept|"
        r"\s+keeps|\s+started|\s+tried)?\s+(?:to\s+)?(?:breaking|break|kicking|kick|smashing|smash|forcing|bashing|"
        r"pounding|banging|hammering)\s+(?:down\s+|in\s+|on\s+)?(?:the|my|our)\s+(?:\w+\s+)?door"
        r"|\bhiding\s+(?:in|under|behind|inside)\s+(?:the|my|a|our)\s+(?:wardrobe|closet|cupboard|bathroom|"
        r"basement|attic|shed|loft|bed|car|garage|kids'?\s+room|laundry)\b(?![^.!?\n]{0,40}\b(?:hide\s+and\s+seek|"
        r"game|party|lol|haha|tornado|storm|surprise))|\blocked\s+in\b[^\n]{0,30}\bno\s+"
        r"(?:phone|key|keys|way\s+out)|\bcan'?t\s+breathe\b[^\n]{0,30}\b(?:he|she|hes|shes)\s+(?:won'?t|wont|"
        r"will\s+not|is\s+not|isn'?t|not)\s+(?:stop|stopping|let\s+go|letting\s+go|get\s+off|getting\s+off)|\b(?:he|she)\s+(?:won'?t|wont)\s+(?:stop|let\s+go|get\s+off"
        r"\s+me)\b[^\n]{0,30}\bcan'?t\s+breathe|\bnot\s+safe\b[^\n]{0,30}\b(?:he'?s|hes|she'?s|he\s+is|she\s+is)"
        r"\s+(?:outside|here|back|home|coming|inside|downstairs)"
        r"|\bwon'?t\s+let\s+(?:me|her|him)\s+(?:out\s+of\s+(?:the|our|my|her|his)\s+(?:house|flat|room|"
        r"apartment|apt|car|bedroom)|leave\s+(?:the\s+(?:house|flat|room|apartment)|him|her)\b|out\b(?!\s+"
        r"(?:of\s+(?:class|school|work|practice)|early|late|until\s+i\s+(?:finish|do))))"
        r"|\bchair\s+(?:wedged\s+)?(?:under|against)\s+the\s+(?:door\s+)?handle|\bsle(?:ep|pt)\s+with\s+(?:my|our)\s+(?:shoes|"
        r"clothes|coat|boots)\s+on\b[^\n]{0,40}\b(?:run|escape|in\s+case)|\bin\s+case\s+i\s+(?:have|need)\s+to"
        r"\s+(?:run|escape|get\s+out)\b(?!\s+(?:for|to\s+the|out\s+to|an?\s+errand))",
    ),
    # Partner: injuries and their cover stories, consequences, threats in plain or broken English.
    (
        "partner",
        "urgent",
        r"\b(?:swollen|bruis\w*|black\s+eye|marks|split\s+lip|stitches)\b[^\n]{0,80}\b(?:told|tell|said\s+to)"
        r"\s+(?:work|school|the\s+\w+|my\s+\w+|them|everyone|people|her|him)\s+(?:that\s+)?(?:it\s+was|they"
        r"\s+were|i\s+(?:fell|tripped|walked\s+into|slipped))|\b(?:they|it|the\s+\w+)\s+(?:were|was)\s+"
        r"(?:really\s+)?(?:from|because\s+of)\s+(?:him|her|my\s+(?:husband|boyfriend|partner|wife|girlfriend|"
        r"ex|dad|stepdad))\b|\b(?:he|she)\s+(?:says|said|told\s+(?:me|them|everyone|the\s+\w+))\s+(?:that\s+)?"
        r"i\s+(?:tripped|fell|slipped|walked\s+into)\b(?!\s+(?:asleep|for|in\s+love|behind|off\s+the\s+"
        r"(?:sofa|couch|bed)))|\bregret\s+calling\s+(?:the\s+)?(?:police|cops|"
        r"ambulance|911|999)|\bputs?\s+(?:you|me|her)\s+in\s+(?:the\s+)?(?:hospital|a&e|er)\b"
        r"|\b(?:he|she|him|husband|boyfriend|partner|wife|girlfriend)\b[^.!?\n]{0,30}\bburn(?:ed|t|s|ing)?\s+"
        r"(?:me|my\s+(?:hand|hands|arm|arms|skin|face|leg|back|neck|chest))\b|\bsupposed\s+to\s+(?:stay|keep)"
        r"\s+(?:\d+\s*\w+\s+|\w+\s+)?away\b|\b(?:he|she|my\s+ex|ex)\s+(?:\w+\s+)?(?:broke|breaks|broken|"
        r"breaking)\s+in(?:to\s+(?:my|our|the|her)\s+(?:house|home|flat|apt|apartment|place|room|car)|\s+"
        r"(?:again|last\s+night|while))|\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to|'s\s+"
        r"going\s+to|\s+gonna)\s+(?:end|finish|off)\s+me\b|\b(?:he|she|they|my\s+ex)(?:'s|\s+is|\s+was|\s+said"
        r"\s+(?:he|she)'?s|\s+says\s+(?:he|she)'?s)\s+(?:coming|going\s+to\s+come)\s+(?:for|after)\s+me\b(?!\s+"
        r"(?:at|around|about|in\s+(?:a|an|the|\d)|after|before|with|tomorrow|tonight\s+at))"
        r"|\bif\s+i\s+(?:leave|go|tell|call|report)\b[^.!?\n]{0,40}\b(?:he|she)\s+(?:will\s+|'ll\s+|would\s+|"
        r"gonna\s+|wil\s+)?(?:kill|hurt|harm|beat|burn|shoot|stab)\s+(?:me|my|the|our|her|him|them)\b"
        r"|\b(?:afraid|scared|terrified|worried)\b[^.!?\n]{0,30}\b(?:won'?t|not|never)\s+(?:wake\s+up|survive|"
        r"make\s+it\s+out|be\s+alive)\b[^.!?\n]{0,40}\b(?:him|her|because)"
        r"|\b(?:got|get|gets|been|was|were|being)\s+(?:\w+\s+)?(?:chok(?:ed|d)|strangl(?:ed|d)|beat(?:en)?\s+up|"
        r"punched|slapped|smothered|suffocated|raped|assaulted)\b(?!\s+up\b|\s+with\b|[^.!?\n]{0,30}\b(?:in\s+(?:college|"
        r"school|high\s+school|uni|university|my\s+(?:childhood|teens|twenties))|as\s+a\s+(?:kid|child|teen|"
        r"teenager)|years\s+ago|when\s+i\s+was\s+(?:young|little|a\s+kid|\d+)))"
        r"|\b(?:press\w*|held|hold\w*|push\w*|forc\w*|shov\w*)\s+(?:a|the|his|her)\s+(?:pillow|hand|hands|bag|"
        r"cushion|towel)\s+(?:over|on|against|across|down\s+on)\s+(?:my|her|his)\s+(?:face|mouth|nose)"
        r"|\bdrag(?:s|ged|ging)?\s+(?:me|her)\s+(?:across|along|by|down|out|through|into|up|back|around|round"
        r"|off)\b(?!\s+\w+\s+(?:to|for)\b|\s+(?:to|for)\b|\s+of\s+bed\b)"
        r"|\b(?:knife|gun|blade)\b[^.!?\n]{0,60}\b(?:it'?s|is|"
        r"was)\s+for\s+(?:her|him|you)\b",
    ),
    # --- round 5b: plainer and broader shapes of the same dangers -----------------------------
    # Partner: necks and heads, confinement, blocked exits, weapons out, threats in other words.
    (
        "partner",
        "urgent",
        r"\b(?:cord|rope|belt|forearm|arm|hands?|fingers|knee|wire|cable|leash|tie|strap)\b[^.!?\n]{0,25}\b"
        r"(?:around|round|across|on|against)\s+(?:my|her|his)\s+(?:neck|throat)\b(?![^.!?\n]{0,20}\b(?:hug|"
        r"cuddl\w*|kiss\w*|photo|selfie))|\b(?:finger\s?marks|handprints?|hand\s+marks)\s+(?:on|around|round)"
        r"\s+(?:my|her|his)\s+(?:neck|throat|arm|arms|face)\b|\b(?:held|holds|holding|pushed|pushes|forced|kept"
        r"|shoved)\s+(?:my|her|his)\s+head\s+(?:under|in|into|down\s+(?:in|into|under))\b"
        r"|\b(?:shut|locked|kept|trapped)\s+(?:me\s+|her\s+|him\s+|us\s+)?in\s+(?:the|my|a|our|her|his)\s+"
        r"(?:\w+\s+)?(?:room|bedroom|bathroom|cellar|basement|shed|flat|house|cupboard|closet|garage|attic)\b"
        r"[^.!?\n]{0,60}\b(?:key|since|for\s+(?:hours|days|the\s+night)|won'?t|can'?t|isn'?t\s+letting)"
        r"|\block(?:ed|s)?\s+(?:her|him|us|the\s+kids)\s+in\b(?!\s+(?:for\s+(?:a\s+)?(?:deal|rate|price)))"
        r"(?![^.!?\n]{0,40}\b(?:by\s+accident|accidentally|by\s+mistake))"
        r"|\bso\s+(?:i|she|we)\s+(?:can'?t|couldn'?t|cannot)\s+(?:get\s+out|leave|escape|run)\b(?!\s+of\s+(?:the\s+|my\s+)?"
        r"(?:passenger|car|seat|bed|space|spot|parking|lease|contract|meeting))"
        r"|\bnot\s+allowed\s+out\s+without\s+(?:him|her)\b|\bheld\s+(?:me|her|him)\s+(?:over|off|out\s+of)\s+"
        r"(?:the|a)\s+(?:balcony|railing|edge|ledge|window|bridge|stairs?|banister)"
        r"|\b(?:got|has|had|took|pulled|grabbed|brought|has\s+got)\s+(?:the|a|his|her|my)\s+(?:\w+\s+)?"
        r"(?:knife|gun|pistol|rifle|bat|machete|axe|hammer)\s+out\b(?!\s+(?:to|for)\s+(?:fix|hang|put|build|"
        r"make|open|cut|chop|slice|carve|prepare|cook|do|take|the|a)\b)|\b(?:knife|gun|blade|machete|pistol)"
        r"\s+in\s+(?:his|her)\s+(?:coat|pocket|jacket|bag|waistband)\b|\bheld\s+(?:it|the\s+\w+|a\s+\w+)\s+"
        r"(?:to|against)\s+my\s+(?:face|throat|neck|head|chest)\b|\bbeat\w*\s+(?:me|her|him|his\s+\w+|her\s+\w+|"
        r"my\s+\w+)\s+(?:unconscious|senseless|black\s+and\s+blue|so\s+(?:bad|badly|hard))(?!\s+(?:at|in)\b)"
        r"|\b(?:hitting|beating|hits|beats|punching|punches|strangling|choking|chokes)\s+(?:my|his|her)\s+(?:nan|"
        r"gran|grandma|mum|mom|mother|sister|wife|husband|girlfriend|boyfriend|partner|daughter|son|kids|"
        r"children|baby)\b(?!\s+(?:at|in)\b)|\b(?:scared|afraid|terrified|worried)\s+(?:that\s+)?(?:he|she|"
        r"they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|\s+might|\s+would|'d)\s+(?:kill|hurt|murder)"
        r"\s+(?:me|her|him|us|them|the\s+kids)\b",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:put|puts|putting)\s+(?:me|you|her)\s+in\s+(?:the\s+)?(?:ground|grave|a\s+box|a\s+coffin)"
        r"|\bwon'?t\s+be\s+breathing\b|\bfinish\s+what\s+(?:he|she|they)\s+start(?:ed)?\b|\b(?:find|found)\s+"
        r"(?:a|the|my|your|her)\s+body\b(?!\s+(?:wash|lotion|spray|butter|shop|pump|combat|double))"
        r"|\b(?:i'?ll|i\s+will|you'?ll|you\s+will|she'?ll|i'?d|i\s+would)\s+(?:have|had)\s+an\s+accident\b"
        r"[^.!?\n]{0,40}\b(?:nobody|no\s+one|question|believe|one\s+day)|\bone\s+day\s+i'?(?:ll|d)\s+have\s+an"
        r"\s+accident|\bcut\s+(?:my|your|her)\s+face\b|\b(?:drive|drove|run|ran|crash)\s+us\s+(?:both\s+)?off"
        r"\s+the\s+road|\bwatching\s+me\s+right\s+now\b|\bdescribed\s+what\s+i'?m\s+wearing\b"
        r"|\bpoured\s+(?:petrol|gasoline|gas|lighter\s+fluid|bleach|acid|boiling\s+water)\s+(?:on|over)\b"
        r"|\brammed\s+(?:my|our|her)\s+car|\btried\s+to\s+run\s+(?:me|her)\s+(?:over|off\s+the\s+road)"
        r"|\b(?:pull\w*|drag\w*|yank\w*|grab\w*|threw|lift\w*|held)\s+(?:me|her)\b[^.!?\n]{0,40}\bby\s+"
        r"(?:my|her)\s+(?:hair|throat|neck)\b|\b(?:he'?s|she'?s|hes|my\s+ex\s+is|he\s+is)\s+(?:in\s+the\s+"
        r"house|inside|downstairs|upstairs|at\s+the\s+door)\b[^\n]{0,60}\b(?:what\s+do\s+i\s+do|help|scared|"
        r"hiding|baby|kids)|\b(?:hiding|hid|in\s+the\s+"
        r"dark|wardrobe|closet)\b[^\n]{0,80}\blooking\s+for\s+me\b|\b(?:tearing|searching|ripping)\s+the\s+"
        r"(?:house|flat|place)\b[^.!?\n]{0,30}\blooking\s+for\s+me|\bif\s+i\s+(?:try\s+to\s+|ever\s+)?"
        r"(?:leave|go)\b[^.!?\n]{0,30}\b(?:i'?ll|i\s+will|you'?ll|i'?d)\s+never\s+see\s+(?:her|him|them|"
        r"the\s+(?:kids|baby|children))\s+again|\bgrave\b[^.!?\n]{0,60}\bfor\s+me\b|\b(?:hospital|a&e|er)\b"
        r"[^\n]{0,40}\b(?:he|she)\s+did\s+this\b|\bwhen\s+(?:he|she)\s+gets\s+out\b[^\n]{0,40}\b(?:find|come"
        r"\s+for|kill|get|hurt)\s+me\b|\bpicture\s+of\s+(?:a|his|her)\s+(?:gun|knife)\b",
    ),
    # Self: means gathered, places and heights, ropes, edges, last acts, counts of pills.
    (
        "self",
        "urgent",
        r"\b(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing)\s+up)\s+(?:my\s+|all\s+my\s+|[a-z']+\s+(?:old\s+)?)?"
        r"(?:pills|tablets|meds|medication|prescriptions?|painkillers|sleeping\s+pills)"
        r"|\b(?:tonight|today|this\s+weekend|tomorrow)\b[^.!?\n]{0,40}\b(?:let|make)\s+it\s+(?:all\s+)?stop\b"
        r"|\b(?:razor|blade|knife|pills)\b[^\n]{0,80}\bnext\s+time\s+i\s+(?:won'?t|wont|will\s+not)\s+stop"
        r"|\b(?:drive|drove|driving|jump|jumping|step|stepping|walk|walking)\s+off\s+(?:the|a|that)\s+(?:"
        r"overpass|bridge|cliff|flyover|car\s+park|multi[-\s]storey|roof|building|balcony|ledge)\b"
        r"|\b(?:research\w*|look\w*\s+up|googl\w*|work\w*\s+out|figur\w*\s+out)\s+(?:\w+\s+){0,2}(?:which|what)"
        r"\s+(?:bridge|building|floor|cliff|car\s+park|height)\b[^.!?\n]{0,30}\b(?:highest|high\s+enough|"
        r"tallest|would\s+be\s+enough|enough)\b|\b(?:which|what)\s+(?:bridge|building|floor|cliff|height)\b"
        r"[^.!?\n]{0,30}\b(?:high\s+enough|would\s+be\s+enough)\b|\b(?:rope|belt|cord|noose)\b[^.!?\n]{0,40}\b"
        r"(?:banister|beam|rafter|door\s+frame|ceiling|hold\s+my\s+weight|would\s+hold|hang)\b(?![^.!?\n]{0,30}"
        r"\b(?:hammock|swing|tyre|tire|boat|tent|washing|clothes|picture|lights|decorations))"
        r"|\b(?:edge|cliffs?|ledge|railing|platform|bridge|tracks|roof)\b[^\n]{0,80}\b(?:nearly\s+did\s+it|"
        r"almost\s+did\s+it|when\s+i'?m\s+braver|working\s+up\s+the\s+(?:nerve|courage)|lean\w*\s+(?:a\s+"
        r"little\s+)?(?:more|further))|\ball\s+(?:my|of\s+my|the)\s+(?:pills|tablets|meds|medication)\b"
        r"[^\n]{0,60}\bwaiting\s+(?:till|until|for)\s+(?:everyone|they|he|she|the\s+\w+)\s+(?:is\s+|are\s+|"
        r"'s\s+)?(?:asleep|gone|leaves?|out)"
        r"|\b(?:by\s+the\s+time|if|when)\s+you(?:'re|\s+are)?\s+(?:see|read|reading|find|found)\w*\s+this\b"
        r"[^\n]{0,60}\b(?:gone|not\s+your\s+fault|love\s+you|dead|too\s+late)"
        r"|\b(?:only|last)\s+(?:thing|reason|person)\s+(?:keeping|that\s+kept|that\s+keeps)\s+me\s+(?:here|"
        r"going|alive)\b[^.!?\n]{0,40}\b(?:died|gone|left|dead|passed)"
        r"|\b(?:took|swallowed|taken|had)\s+(?:about\s+|like\s+|around\s+|maybe\s+|over\s+)?(?:\d{2,}|twenty|"
        r"thirty|forty|fifty|a\s+handful|a\s+bunch|loads)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?(?:[\w']+\s+)?"
        r"(?:pills|tablets|meds|antidepressants|painkillers|paracetamol|sleeping\s+pills|medication)\b(?!\s+"
        r"(?:out|to\s+put|into|with\s+me|in\s+my\s+bag))|\b(?:don'?t|dont|do\s+not)\s+(?:want|wanna|wana|wan)\s*(?:to\s+|2\s+)?(?:be\s+alive|live\s+any|exist)"
        r"|\b(?:happy|happier|better|easier|lighter)\b[^.!?\n]{0,20}\bif\s+i\s+(?:just\s+)?(?:was|were)\s+"
        r"(?:dead|gone)\b(?!\s+(?:from|for|by|before|on|at|out))|\b(?:better|happier|easier)\b[^.!?\n]{0,20}\bif\s+i\s+(?:just\s+)?dis+ap+ear\w*"
        r"|\b(?:tracks|train|bridge|cliff|edge|roof|pills|rope|jump)\b[^.!?\n]{0,60}\b(?:thinking|think|"
        r"thought|know|knowing)\s+(?:that\s+)?(?:it|that)\s+(?:would|'d|will)\s+be\s+(?:quick|painless|fast)\b|\bdidn'?t\s+tell\s+(?:him|her|them)\s+it\s+was\s+(?:the\s+)?last\s+(?:one|time)\s*(?:[.!?]|$)"
        r"|\b(?:gun|pistol|revolver|rifle)\b[^.!?\n]{0,40}\bkeep\s+(?:holding|looking\s+at|thinking\s+about)"
        r"\s+it\b|\bhop(?:e|ed|ing)\s+(?:that\s+)?i\s+(?:lose\s+control|crash|don'?t\s+make\s+it|won'?t\s+"
        r"make\s+it|never\s+arrive)",
    ),
    # Concern: control, checking, gaslighting and hopelessness in more everyday words.
    (
        "partner",
        "concern",
        r"\b(?:goes|go|went|going)\s+through\s+(?:my|the)\s+(?:phone|bins|bag|purse|wallet|pockets|messages|"
        r"emails|things|stuff|drawers|receipts|browser|history|car)\b|\bcheck(?:s|ed|ing)?\s+(?:what|who|where|"
        r"how\s+much)\s+i(?:'ve|\s+have)?\s+(?:bought|spent|talked|texted|went|go|been|see|saw|eat|ate|spend)"
        r"|\b(?:shows?|showing|turns?|turning)\s+up\s+(?:wherever|everywhere|every\s+time|whenever)\s+i\b"
        r"|\btwists?\s+everything\b[^.!?\n]{0,30}\b(?:until|till|so)\b|\bi'?m\s+(?:always\s+)?the\s+one\s+"
        r"(?:apologi[sz]ing|saying\s+sorry)|\bmakes?\s+me\s+(?:feel\s+)?(?:like\s+i'?m\s+)?(?:crazy|going\s+mad|"
        r"imagining\s+(?:it|things))|\bif\s+(?:i|you)\s+(?:really\s+)?lov(?:ed|e)\s+(?:him|her|me)\s+(?:i|you)\s+"
        r"(?:would|'d)\s+(?:quit|stop|give\s+up|leave|cut\s+off|delete|not\s+see|drop)"
        r"|\b(?:made|makes|forced|forces)\s+me\s+(?:cancel|quit|give\s+up|leave|drop|delete|unfollow|block)\s+"
        r"(?:my\s+)?(?:job|course|degree|hobby|hobbies|friends?|band|team|"
        r"instagram|socials)|\b(?:made|makes|forced|forces)\s+me\s+stop\s+(?:seeing|talking\s+"
        r"to|calling|visiting)\s+(?:my\s+)?(?:friends|family|sister|brother|mum|mom|dad|parents)"
        r"|\bcompares?\s+me\s+to\s+(?:his|her|their)\s+ex\b|\bsuddenly\s+(?:needs|gets\s+sick|has\s+an?\s+"
        r"(?:emergency|crisis))\b[^.!?\n]{0,40}\b(?:cancel|can'?t\s+go|stay\s+home)",
    ),
    (
        "self",
        "concern",
        r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:things|it|anything|life|my\s+life)\s+(?:ever\s+)?"
        r"(?:getting|get)\s+(?:any\s+)?better|\bget\s+through\s+(?:each|every|the)\s+day\s+without\s+crying"
        r"|\bliving\s+with\s+a\s+stranger\b|\btoo\s+(?:tired|scared|broke|exhausted|ashamed)\s+to\s+leave\b"
        r"|\b(?:don'?t|doesn'?t)\s+think\s+(?:it|this|the\s+\w+)\s+will\s+ever\s+(?:lift|end|get\s+better|"
        r"go\s+away|pass)|\bwhat'?s\s+(?:even\s+)?the\s+point\s+of\s+(?:trying|anything|me|getting\s+up|going\s+on)"
        r"|\bwhy\s+(?:do\s+)?i\s+(?:even\s+)?(?:keep|bother)\s+trying\b|\bnothing\s+(?:i\s+do\s+)?(?:ever\s+)?"
        r"(?:changes|helps|matters)\b"
        r"|\bdon'?t\s+recogni[sz]e\s+myself\b",
    ),
    # --- round 6 (after holdout2's first look): broader concern families, as word families ---
    # Gaslighting and discrediting: being told one's memory or mind is wrong, or being called
    # unwell to others.
    (
        "partner",
        "concern",
        r"\b(?:says?|said|insists?|insisted|claims?|claimed|tells?\s+me|told\s+me|keeps?\s+(?:saying|"
        r"telling\s+me)|convinc\w+\s+me)\b[^.!?\n]{0,30}\b(?:i'?m|i\s+am|i\s+was|i'?d|i\s+had|i)\s+"
        r"(?:just\s+)?(?:remember\w*\s+(?:it|things|everything|that)\s+wrong|misremember\w*|imagin\w+|"
        r"mak\w+\s+(?:it|things|stuff)\s+up|made\s+(?:it|that)\s+up|paranoid|hysterical|delusional|"
        r"losing\s+(?:it|my\s+mind)|unwell|unstable|mentally\s+ill|sick\s+in\s+the\s+head|dreamt\s+it"
        r"|dreamed\s+it)\b"
        r"|\b(?:doubt\w*|question\w*|second[-\s]?guess\w*|not\s+sure\s+of|can'?t\s+trust)\s+(?:my\s+own|"
        r"myself|my)\s*(?:memory|mind|sanity|judge?ment|version|eyes|perception)?\b[^.!?\n]{0,40}\b"
        r"(?:because|since|when|after)\s+(?:he|she|they|my\s+(?:partner|husband|wife|boyfriend|"
        r"girlfriend))\b"
        r"|\b(?:calls?|called|calling)\s+me\s+(?:a\s+)?(?:hysterical|paranoid|delusional|unhinged|"
        r"mental|a\s+nutcase|a\s+headcase|unstable)\b"
        r"|\b(?:tells?|told|telling|convinc\w+|warns?|warned)\s+(?:people|everyone|everybody|others|"
        r"our\s+friends|my\s+(?:friends|family|parents|boss|doctor|mum|mom|dad)|the\s+(?:doctor|"
        r"school|police))\b[^.!?\n]{0,30}\b(?:i'?m|i\s+am)\s+(?:unwell|unstable|crazy|mad|a\s+liar|"
        r"lying|paranoid|hysterical|an?\s+(?:alcoholic|drunk|addict)|mentally\s+ill|not\s+well)",
    ),
    # Silence, sulking or withdrawal used as punishment.
    (
        "partner",
        "concern",
        r"\b(?:to|as\s+(?:a\s+)?)\s*punish(?:ment)?\s+(?:me|for)\b|\bpunish(?:es|ed|ing)?\s+me\b"
        r"|\b(?:freezes?|froze|shuts?)\s+me\s+out\s+for\s+(?:days|a\s+week|weeks)",
    ),
    # Money: no access, money taken, debts of gratitude.
    (
        "partner",
        "concern",
        r"\b(?:no|don'?t\s+have(?:\s+any)?|without(?:\s+any)?|lost|cut\s+off\s+my)\s+access\s+to\s+"
        r"(?:our|the|my|any)\s+(?:own\s+|joint\s+)?(?:money|accounts?|bank|finances|cards?|savings)"
        r"|\b(?:takes?|took|taking)\s+(?:all\s+(?:of\s+)?|whatever\s+|every\s+penny\s+|every\s+cent\s+)"
        r"(?:my\s+|the\s+)?(?:money|cash|wages|pay|earnings|i\s+(?:have|earn|make|get))\b"
        r"|\bsays?\s+i\s+owe\s+(?:him|her|them)\b|\b(?:remind\w*|throws?\s+it\s+in\s+my\s+face)\s+"
        r"(?:me\s+)?(?:how\s+much|of\s+(?:everything|all\s+the\s+money))\s+(?:he|she|they)\s+"
        r"(?:paid|pays|spent|spends|bought|buys|gave|gives)"
        r"|\b(?:says?|said|claims?)\s+i'?m\s+(?:bad|useless|hopeless|irresponsible|terrible|stupid)\s+"
        r"with\s+money\b",
    ),
    # Monitoring: demands to see, quizzing, timing, explanations for lateness.
    (
        "partner",
        "concern",
        r"\bdemand\w*\s+(?:to\s+(?:see|read|check|know)\s+(?:my|who|where|what\s+i|all\s+my)|(?:that\s+)?i\s+"
        r"(?:share|send|show|tell|explain|hand|give)|my\s+(?:phone|passwords?|location|pin))"
        r"|\b(?:scroll\w*|snoop\w*|rifl\w*|dig\w*)\s+through\s+my\s+(?:phone|messages|texts|chats|"
        r"emails|bag|things|stuff|drawers|pockets)"
        r"|\b(?:quizz?\w*|interrogat\w*|cross[-\s]examin\w*)\s+me\s+(?:about|over)\s+(?:who|where|what"
        r"\s+i|every|my\s+(?:phone|texts|messages|friends|day|whereabouts|calls))"
        r"|\btimes\s+me\s+when\b|\b(?:wants?|demands?|expects?)\s+(?:an?\s+)?(?:explanation|reason|"
        r"account)\s+(?:for\s+every|if\s+i'?m|when\s+i'?m|whenever\s+i'?m)",
    ),
    # Isolation: being turned against people, made to stop seeing them, moved away from them,
    # and sulks or anger whenever one sees anyone.
    (
        "partner",
        "concern",
        r"\b(?:turn\w*|set\w*|poison\w*)\s+me\s+against\s+(?:him|her|them)\b|\b(?:trying|want\w*|out)\s+"
        r"to\s+(?:break|split|tear|come\s+between)\s+us(?:\s+up)?\b"
        r"|\b(?:wants?|told|tells|makes?|made|pressur\w*)\s+me\s+(?:to\s+)?(?:stop|quit)\s+(?:seeing|going"
        r"\s+to|talking\s+to|visiting|calling|texting)\s+(?:my\s+)?(?:therapist|counsel+or|friends?|"
        r"family|mum|mom|dad|parents|sister|brother|church|doctor|support\s+group|group|colleagues)"
        r"|\bmoved\s+(?:us|me)\s+(?:\w+\s+){0,3}(?:away|far)\s+from\s+(?:my|all\s+my|everyone|everybody)"
        r"|\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|bf|gf)\b[^.!?\n]{0,20}\b(?:complains?|"
        r"sulks?|gets?\s+(?:angry|jealous|upset|mad|moody|furious|nasty)|kicks?\s+off|goes?\s+(?:mad|"
        r"mental|ballistic))\s+(?:if|when|whenever|every\s+time)\s+i\s+(?:so\s+much\s+as\s+)?(?:call|"
        r"see|text|talk\s+to|speak\s+to|message|meet|visit|go\s+(?:out|to\s+the\s+gym)|wear|dress)\b"
        r"|\bmeans\s+i\s+(?:don'?t|do\s+not)\s+(?:really\s+)?(?:love|care\s+about|respect)\s+(?:him|her)\b"
        r"|\bjealous\s+(?:if|when|whenever|every\s+time)\s+i\s+so\s+much\s+as\b",
    ),
    # Humiliation and put-downs, repeated or in front of others.
    (
        "partner",
        "concern",
        r"\b(?:makes?|made)\s+fun\s+of\s+(?:my|me)\b[^.!?\n]{0,40}\b(?:in\s+front\s+of|friends|everyone|"
        r"family|people|online|in\s+public|every\s+day)"
        r"|\b(?:insults?|insulted|insulting|criticis\w+|criticiz\w+|belittl\w+|puts?\s+down|picks?\s+"
        r"apart|tears?\s+(?:me\s+)?apart)\s+(?:me|my)\b[^.!?\n]{0,50}\b(?:every\s+(?:day|single)|daily|"
        r"constantly|all\s+the\s+time|in\s+front\s+of|in\s+public|like\s+it'?s\s+normal)"
        r"|\b(?:makes?|made)\s+(?:all\s+(?:of\s+)?)?the\s+decisions\b|\bdecides\s+everything\b",
    ),
    # Hopelessness without intent, in plainer words.
    (
        "self",
        "concern",
        r"\b(?:everything|life|it\s+all|all\s+of\s+it|my\s+life|existence|each\s+day|every\s+day|"
        r"nothing)\s+(?:just\s+|really\s+)?(?:feels?|felt|seems?|is|has\s+(?:felt|seemed)|matters)\s+"
        r"(?:so\s+|completely\s+|totally\s+|just\s+|kind\s+of\s+|pretty\s+)?(?:meaningless|pointless|"
        r"futile|hopeless|empty|grey|gray|bleak|heavy)\b"
        r"|\bwhy\s+(?:even\s+)?bother\s+(?:trying|getting\s+up|living|going\s+on|with\s+(?:anything|any"
        r"\s+of\s+it|life))\b|\bpoint\s+(?:of|in)\s+(?:getting|even\s+getting)\s+(?:out\s+of\s+bed|up)\b",
    ),
    # Urgent: chased with an object, hiding locked in from someone, threats over leaving.
    (
        "partner",
        "urgent",
        r"\b(?:he|she|they|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|father|mum|"
        r"mom|stepmum|mother|brother))\s+(?:\w+\s+){0,2}chas\w+\s+(?:me|us|the\s+kids|my\s+\w+)\b"
        r"[^.!?\n]{0,40}\bwith\s+(?:a|an|the|his|her)\s+"
        r"(?!(?:water|nerf|toy|pillow|spider|hose|snowball|tickle|feather|camera|puppy|dog|cat)\b)\w+"
        r"|\blocked\s+myself\s+in\b[^.!?\n]{0,40}\b(?:from|until|because|so|while)\s+(?:he|she|him|"
        r"her|they|them)\b"
        r"|\bpay\s+for\s+(?:leaving|walking\s+out|dumping|breaking\s+up|going\s+to\s+the\s+police|"
        r"reporting|telling)\b",
    ),
    # Round 6, second batch (from our own dev misses after the second data batch): permission
    # and approval, decisions routed through one person, the children used or turned, "nobody
    # will believe you", mimicry, dread and lost interest; heads held under, walking into water
    # or traffic, threats to burn people out.
    (
        "partner",
        "concern",
        r"\b(?:have|had|need|needs)\s+to\s+ask\s+(?:for\s+)?permission\s+(?:to|for|before)\b"
        r"|\b(?:approve|vet)\s+(?:every|each|all\s+(?:of\s+)?)\s*(?:my\s+|the\s+)?(?:photo|post|picture|"
        r"outfit|purchase|message|text|friend)s?\s+(?:before\s+i|i\s+(?:post|send|wear|buy|make))\b"
        r"|\b(?:every|each|all)\s+(?:the\s+)?(?:decision|choice|penny|purchase)s?\s+(?:in\s+this\s+"
        r"(?:house|home|family)\s+)?(?:goes|go|has\s+to\s+go|have\s+to\s+go)\s+through\s+(?:him|her)\b"
        r"|\b(?:tells?|told|telling)\s+(?:the|our|my)\s+(?:kids|children|son|daughter|boys|girls)\b"
        r"[^.!?\n]{0,25}\b(?:i'?m\s+(?:lazy|useless|stupid|crazy|mad|a\s+bad|worthless|pathetic|a\s+"
        r"joke)|(?:not\s+to|they\s+shouldn'?t|they\s+don'?t\s+have\s+to)\s+listen\s+to\s+me)"
        r"|\buses?\s+the\s+(?:kids|children)\s+to\s+(?:find\s+out|spy|check|report|get\s+at)"
        r"|\bturn\w*\s+the\s+(?:kids|children)\s+against\s+me\b"
        r"|\b(?:no\s?one|nobody)\s+(?:will|would|'ll)\s+(?:ever\s+)?believe\s+(?:me|you)\s+(?:over|"
        r"against|if|because)\b|\bsays?\s+(?:no\s?one|nobody)\s+(?:will|would|'ll)\s+(?:ever\s+)?believe"
        r"\s+(?:me|you)\b"
        r"|\b(?:imitat\w+|mimic\w*|impersonat\w+)\s+(?:my|me)\b[^.!?\n]{0,40}\b(?:laugh|in\s+front\s+of|"
        r"everyone|to\s+(?:mock|humiliate))",
    ),
    (
        "self",
        "concern",
        r"\blost\s+(?:all\s+)?interest\s+in\s+(?:everything|anything|life|the\s+things\s+i|things\s+i)"
        r"|\bdread\w*\s+(?:the\s+(?:whole\s+)?day|every\s+(?:single\s+)?day|each\s+day|waking\s+up|getting"
        r"\s+up|(?:the\s+)?mornings)\b|\b(?:tired|exhausted|worn\s+out|sick)\s+(?:of|from)\s+pretending\s+"
        r"(?:i'?m|to\s+be|everything'?s|that\s+i'?m)\s+(?:fine|okay|ok|happy|alright)|\bcolou?r\s+(?:has\s+)?"
        r"drained\s+(?:out\s+of|from)\s+(?:my|everything)",
    ),
    (
        "partner",
        "urgent",
        r"\b(?:holds?|held|holding|pushes|pushed|forces?|forced|puts?)\s+(?:[\w']+\s+){0,3}head\s+under\s+"
        r"(?:the\s+)?(?:bath\s+|bathwater|water|tap|sink)"
        r"|\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?:burn|torch)\s+"
        r"(?:us|me|the\s+house|the\s+flat|the\s+place|our\s+\w+)(?:\s+(?:out|down))?\b",
    ),
    (
        "self",
        "urgent",
        r"\b(?:going\s+to|gonna|want\s+to|wanna|will|i'?ll|thinking\s+(?:of|about))\s+(?:just\s+)?walk\w*"
        r"\s+into\s+(?:the\s+)?(?:sea|river|lake|ocean|traffic|water|oncoming)\b",
    ),
    # --- round 7 (after holdout3's first look): word families, not sentences ---
    # Leaving plans in other words: not being around much longer, who gets my things, deciding
    # to die, walking into water as a plan.
    (
        "self",
        "urgent",
        r"\b(?:not|won'?t|wont|n'?t)\s+(?:gonna\s+|going\s+to\s+)?be\s+(?:around|here|alive)\s+(?:for\s+)?"
        r"(?:much|very|a\s+lot)\s+longer\b"
        r"|\b(?:sorted|worked|figured|decided|arranged|planned|wrote\s+down|written\s+down)\s+(?:out\s+)?"
        r"who\s+(?:gets|will\s+get|should\s+(?:get|have)|takes|can\s+have)\s+(?:all\s+)?my\s+(?:stuff|"
        r"things|belongings|savings|money|car|cat|dog|books|clothes|room|records|jewell?e?ry)\b"
        r"|\b(?:decid\w+|decision|made\s+up\s+my\s+mind|ready|chosen|chose)\s+to\s+(?:kill\s+(?:myself|"
        r"yourself|themselves)|end\s+(?:my|your)\s+(?:life|own\s+life)|take\s+my\s+(?:own\s+)?life|die)\b"
        r"|\b(?:plan\w*|decid\w*|intend\w*|ready|about|need|needing)\s+to\s+(?:just\s+)?walk\w*\s+into\s+"
        r"(?:the\s+)?(?:sea|river|lake|ocean|traffic|water|waves)\b",
    ),
    # Weapons pointed at someone; a threat to be waiting with one; photos of one's home sent as
    # a threat.
    (
        "partner",
        "urgent",
        r"\bpoint\w*\s+(?:a|his|her|their|the|that|a\s+loaded)\s+(?:gun|pistol|rifle|shotgun|knife|"
        r"crossbow|blade)\s+at\s+(?:me|you|her|him|us|my|our|the\s+kids)\b"
        r"|\b(?:be\s+)?wait\w*\s+(?:for\s+(?:me|you|her|him|us)\s+)?with\s+(?:a\s+(?:knife|gun|blade|bat|"
        r"hammer|machete)|something\s+(?:sharp|heavy))\b"
        r"|\b(?:sent|sends|texted|left|posted)\s+(?:me|her|him|us)?\s*(?:a\s+)?(?:photo|picture|pic|"
        r"video)s?\s+of\s+(?:my|her|his|our|their)\s+(?:bedroom\s+|front\s+|new\s+|kitchen\s+)?"
        r"(?:window|door|house|flat|car|street|building|kids)\b[^.!?\n]{0,40}\b(?:soon|watching|"
        r"see\s+you|know\s+where|found\s+you|waiting)",
    ),
    (
        "partner",
        "concern",
        r"\b(?:he|she|they|ex|husband|wife|boyfriend|girlfriend|partner)\s+(?:keeps?|kept|has\s+been)\s+"
        r"(?:driving|walking|cycling|hanging\s+around|going)\s+past\s+"
        r"(?:my|our|her|his|the)\s+(?:\w+\s+){0,2}(?:house|flat|work|school|office|gym|place)\b",
    ),
    # Control in other words: passwords, checking presence, video calls to prove where, reading
    # every message, visiting only one side's family, "betrayal" for seeing someone alone.
    (
        "partner",
        "concern",
        r"\b(?:wants?|wanted|demands?|demanded|asks?\s+for|insists?\s+on|made\s+me\s+(?:give|hand\s+over|"
        r"share)|has|knows|needs)\s+(?:[\w']+\s+){0,4}passwords?\b"
        r"|\b(?:rings?|rang|calls?|called|phones?|phoned|texts?|texted|messages?)\s+my\s+(?:work|office|"
        r"boss|manager|friends?|mum|mom|dad|family|sister|brother|colleagues?)\s+to\s+(?:check|see|make\s+"
        r"sure|find\s+out|ask)\b(?![^.!?\n]{0,40}\b(?:safe|safely|okay|ok|alright|well|in\s+one\s+piece)\b)"
        r"|\bcheck\w*\s+(?:that\s+|if\s+|whether\s+)?i'?m\s+(?:actually|really|still|definitely)\s+"
        r"(?:there|at|where|with)\b"
        r"|\b(?:video[-\s]?call|facetime|send\s+(?:a\s+|her\s+|him\s+)?(?:photo|picture|selfie|video))\w*\b"
        r"[^.!?\n]{0,50}\b(?:see|prove|show|check)\s+(?:who|where)\s+i\b"
        r"|\bevery\s+time\s+(?:i|my\s+phone)\s+(?:get|gets|buzz\w*|ring\w*|receive\w*)\b[^.!?\n]{0,40}\b"
        r"(?:asks?|wants?|demands?|grabs?|snatch\w*)\b"
        r"|\bwants?\s+to\s+read\s+(?:all\s+|every\s+|each\s+)?(?:my\s+)?(?:texts|messages|chats|emails|dms)"
        r"|\b(?:only|always)\s+(?:see|visit|spend\s+time\s+with)\s+(?:his|her|their)\s+(?:family|friends|"
        r"parents|side)\b[^.!?\n]{0,20}\bnever\s+mine\b"
        r"|\b(?:would\s+be|that'?s|it'?s|is|called\s+it|calls\s+it)\s+(?:a\s+|an\s+act\s+of\s+)?"
        r"(?:betrayal|disloyal\w*|betraying\s+(?:him|her|us))\b",
    ),
    # Put-downs and discrediting in other words: "says I embarrass him", "should be ashamed",
    # insults passed off as jokes, "says I'm attacking him", "says I'm still broken".
    (
        "partner",
        "concern",
        r"\b(?:says?|said|tells?\s+me|told\s+me)\s+i\s+(?:embarrass|humiliate|shame|disgust)\s+(?:him|her|"
        r"them)\b"
        r"|\b(?:says?|said|tells?\s+me|told\s+me)\s+i\s+should\s+be\s+(?:ashamed|embarrassed)\b"
        r"|\binsults?\b[^.!?\n]{0,60}\b(?:jok\w*|kidding|banter|teasing)\b"
        r"|\b(?:says?|said|tells?\s+me|told\s+me)\s+i'?m\s+(?:always\s+)?(?:attacking|bullying|abusing|"
        r"picking\s+on|persecuting)\s+(?:him|her|them)\b"
        r"|\b(?:says?|said|tells?\s+me|told\s+me)\s+i'?m\s+(?:still\s+|too\s+)?(?:broken|damaged|"
        r"unlovable|defective|a\s+mess)\b",
    ),
    # Love made conditional on giving something up.
    (
        "partner",
        "concern",
        r"\bif\s+(?:i|you)\s+(?:really\s+|truly\s+|actually\s+)?lov\w+\s+(?:him|her|them|me)\s*,?\s*"
        r"(?:i|you)(?:'d|\s+would|\s+will|'ll)\s+(?:quit|stop|give\s+up|drop|leave|cut|never|delete|block|"
        r"move|change|not)\b",
    ),
    # Intimidation by breaking things during a row.
    (
        "partner",
        "concern",
        r"\b(?:smash\w*|broke|threw|punched|kicked|snapped)\s+(?:a|the|my|his|her|our)\s+(?:plate|plates|"
        r"glass|mug|phone|door|wall|cup|chair|vase|tv|laptop|mirror|bowl)\b[^.!?\n]{0,60}\b(?:argument|"
        r"fight|row|rage|angry|temper|shouting|careful|scared|at\s+me)"
        r"|\b(?:argument|fight|row|rage|angry|temper|shouting)\b[^.!?\n]{0,60}\b(?:smash\w*|broke|threw|"
        r"punched|kicked)\s+(?:a|the|my|his|her|our)\s+(?:plate|plates|glass|mug|phone|door|wall|cup|chair|"
        r"vase|tv|laptop|mirror|bowl)\b",
    ),
    # Hopelessness in plain words: hollow, fading, nothing matters or changes anything.
    (
        "self",
        "concern",
        r"\b(?:feel|feeling|felt|i'?m)\s+(?:so\s+|just\s+|completely\s+|totally\s+)?(?:hollow|empty\s+"
        r"inside|like\s+i'?m\s+(?:fading|disappearing|invisible|a\s+ghost|not\s+really\s+here))"
        r"|\bnothing\s+(?:really\s+)?matters\s+(?:any\s?more|to\s+me)"
        r"|\bnothing\s+i\s+do\s+(?:seems\s+to\s+|ever\s+)?(?:make|makes|matter|matters|change|changes|"
        r"help|helps)\b"
        r"|\b(?:don'?t|do\s+not|no\s+longer)\s+(?:even\s+)?have\s+the\s+energy\s+to\s+(?:feel|care|cry|"
        r"be\s+sad)|\binside\s+(?:there'?s|there\s+is|i\s+feel)\s+nothing"
        r"|\b(?:wake\s+up|get\s+up)\s+(?:and\s+)?(?:already\s+)?(?:feel|feeling)\s+(?:tired|exhausted|"
        r"defeated)\s+(?:of|by)\s+(?:the|another)\s+day",
    ),
)

# Idioms that look like danger words. A rule hit inside (or overlapping) one of these is dropped.
_IDIOMS: Final = re.compile(
    r"(?i)\b(?:"
    r"(?:is|are|was|were|'s|'re|it'?s|that'?s|this\s+is)\s+(?:\w+\s+)?killing\s+me"
    r"|killing\s+me\s+(?:softly|here|slowly)"
    r"|(?:you'?re|you\s+are|this\s+(?:\w+\s+)?is|it'?s|that'?s|these\s+\w+\s+are)\s+killing\s+me"
    r"|kill(?:ed|s|ing)?\s+(?:it|the\s+vibe|time|the\s+mood|the\s+lights?|the\s+engine|the\s+music)"
    r"|kill(?:ing)?\s+myself\s+(?:at|with|over|for|to\s+(?:finish|get|make|meet|keep|pay)|trying|laughing)"
    r"|(?:i|we)\s+(?:could|would|'d)\s+(?:just\s+)?(?:kill|murder)\s+(?:for|him|her|them|you)"
    r"|murder\s+(?:a|some)\s+\w+|dying\s+(?:to|for)|(?:almost|nearly|literally)\s+died\s+(?:laughing|of)"
    r"|die\s+(?:of|from)\s+(?:embarrassment|boredom|laughter|shame|cringe)"
    r"|to\s+die\s+for|dead\s+(?:tired|serious|on|set|end|line|weight|inside\s+lol)|drop[-\s]dead"
    r"|(?:it|that|this|reality|the\s+realization|the\s+news|the\s+thought|the\s+memory|suddenly\s+it|grief|"
    r"sadness|loneliness|the\s+feeling)\s+(?:just\s+|really\s+|finally\s+|suddenly\s+)?(?:hit|hits)\s+me"
    r"|hit\s+me\s+(?:up|back|like\s+a|with\s+(?:a|the|that|your|this)\s+(?:question|surprise|news|"
    r"truth|fact|joke|song|playlist|bombshell|reality|pun|meme|story))|hits\s+me\s+(?:hard|in\s+the\s+feels)"
    r"|i\s+(?:\w+\s+)?(?:hit|banged|bumped|bashed|smacked|knocked)\s+my\s+(?:head|face|elbow|knee|toe)"
    r"|(?:baby|toddler|kids?|son|daughter|dog|cat|puppy|kitten|horse|bump|little\s+one|nephew|niece)"
    r"\s+(?:\w+\s+){0,2}(?:kicked|bit|bites|hit|scratched|headbutted|punched|threw|pushed|grabbed|"
    r"pulled)"
    r"|push(?:ed)?\s+me\s+into\s+(?:the|a)\s+(?:pool|water|lake|sea|snow|puddle|river)"
    r"|(?:news|trial|documentary|podcast|film|movie|show|series|book|episode|game|case|novel)\b[^.!?\n]{0,60}"
    r"\b(?:strangled|killed|stabbed|shot|beat|choked|murdered)\s+(?:her|him)"
    r"|kill\s+me\s+if\s+i\s+(?:spoil\w*|ate|eat|forget|forgot|finish\w*|touch\w*|drink|drank|miss\w*|"
    r"was\s+late|am\s+late|'m\s+late|lose|lost|tell\s+(?:anyone\s+)?(?:the\s+)?(?:ending|spoiler))"
    r"|tired\s+of\s+living\s+(?:out\s+of|in|with|like|on|at)|(?:hopeless|useless|worthless)\s+at\b"
    r"|crazy\s+for\s+(?:putting|liking|eating|buying|watching|loving|wanting)|permission\s+to\s+borrow"
    r"|show\w*\s+up\s+at\s+my\s+(?:work|job|office)\s+(?:with|to\s+surprise)"
    r"|(?:hunt|hunter|hunting|shooting\s+range|clay|licen[cs]e|gun\s+safe|locked\s+in\s+a\s+safe)"
    r"|attacked\s+me\s+with\s+(?:kisses|questions|tickles|hugs)|shook\s+me\s+(?:up|awake)"
    r"|(?:like|as\s+if)\s+(?:\w+\s+){0,2}jump\w*\s+off|kill\s+for\s+(?:a|an|some|the|one)\b"
    r"|(?:exam|test|workout|run|hike|class|walk|climb|stairs|day|week|shift|that|this|it|which|"
    r"rollercoaster|ride|spice|curry|heat)\s+(?:\w+\s+){0,2}(?:nearly|almost)\s+killed\s+me"
    r"|(?:be|was|is)\s+the\s+(?:end|death)\s+of\s+me|hard\s+on\s+my\s?self|died\s+(?:like\s+)?\d+\s+times"
    r"|(?:kill|killing|killed|kills)\s+me\s+(?:at|in|on)\s+(?:the\s+|this\s+|that\s+)?(?:game|level|boss|"
    r"round|match|fight|mario|fortnite)|boss\s+fight|respawn\w*|(?:in|on)\s+the\s+game"
    r"|ending\s+my\s+(?:contract|lease|subscription|membership|shift|tenancy|streak)"
    r"|track\w*\s+(?:my|our|the)\s+(?:flight|parcel|package|order|delivery|train|bus)"
    r"|(?:\bi|urge\s+to|want\s+to|need\s+to|i\s+\w+\s+to)\s+check\s+my\s+(?:phone|email|emails|messages|texts)"
    r"|jump\w*\s+(?:off|from)\s+(?:the\s+|a\s+)?(?:diving\s+board|high\s+board|rocks\s+into|plane|sofa|bed|couch"
    r"|pier|jetty|dock|boat|swing|trampoline|harbou?r\s+wall|bottom\s+step|stage|bandwagon)"
    r"|(?:last|final)\s+(?:message|post|entry)\s+(?:before\s+(?:i\s+|we\s+)?(?:board\w*|take\s+off|takeoff|"
    r"(?:the|my|our)\s+(?:flight|holiday|break|trip|exam)|land\w*|go\s+offline|los\w+\s+signal|sign\w*\s+off|"
    r"bed)|from|of\s+the|for\s+(?:today|tonight|now|the\s+"
    r"(?:day|week|year|trip))|until|on\s+(?:this|the)\s+(?:topic|thread|subject))"
    r"|choked?\s+(?:me\s+)?up|chok(?:e|ed|ing)\s+(?:on|back)|beat\s+me\s+(?:at|to|in)\b"
    r"|push(?:ed|es)?\s+me\s+(?:to\s+(?:do|be|try|grow|get|go|keep|finish|study|work|apply|see)|out\s+of\s+my\s+comfort)"
    r"|kick(?:ed|s)?\s+me\s+(?:under\s+the\s+table|in\s+(?:my|her|his|their)\s+sleep|in\s+bed)"
    r"|knocked\s+me\s+(?:out|off\s+my\s+feet)\s+(?:with|at|in)|blew\s+me\s+away"
    r"|gun\s+(?:show|range\s+with\s+friends)|(?:nail|glue|water|nerf|staple|heat|spray)\s+guns?|jump(?:ed|ing)?\s+the\s+gun"
    r"|stick\w*\s+to\s+(?:my|our|your)\s+guns|top\s+gun|butter\s+knife|knife\s+(?:skills|set|block)"
    r"|bat(?:s)?\s+an\s+eye|baseball\s+bat\s+(?:and\s+glove|for\s+(?:the|our|his|her))"
    r"|locked\s+(?:me\s+)?in\s+(?:a|the)\s+(?:deal|contract|price|rate|plan|lease|routine)"
    r"|in\s+a\s+rut|(?:stuck|trapped)\s+in\s+(?:traffic|a\s+meeting|meetings)"
    r"|bruised\s+(?:ego|pride|banana|knee|shin|fruit)|my\s+(?:ego|pride)\s+(?:is|was)\s+bruised"
    r"|shoot\s+me\s+(?:a|an)\s+(?:text|message|email|line)"
    r"|overdosed?\s+on\s+(?:coffee|caffeine|sugar|netflix|chocolate|candy|tv|screens?)"
    r"|(?:feel|felt|sounds?)\s+like\s+(?:i'?m\s+)?dying\s+(?:of|from)"
    r"|disappear\s+(?:into|for\s+(?:a|an|the)\s+(?:bit|while|weekend|hour|day|few))"
    r"|(?:tracking|track)\s+(?:my|our)\s+(?:steps|sleep|spending|budget|habits?|workouts?|runs?|package|order|progress|period|cycle|mood)"
    r"|(?:find\s+my)\s+(?:keys|glasses|phone\s+charger|way|feet|voice)"
    r"|read\s+my\s+(?:mind|texts\s+aloud\s+to\s+me|email\s+for\s+typos)"
    r"|an?\s+allowance\s+(?:for|to)\s+(?:the|our)\s+(?:kids?|children|son|daughter)"
    r"|(?:kids?'?s?|children'?s?|son'?s?|daughter'?s?)\s+allowance"
    r"|not\s+allowed\s+to\s+(?:bring|park|smoke|use\s+(?:phones|the\s+pool)|take\s+photos)"
    r"|end\s+(?:it\s+all\s+)?on\s+a\s+high\s+note"
    r"|(?:boss|mom|mum|mother|dad|father|parents|teacher|coach|sister|brother|gran|grandma|nan|"
    r"manager|landlord)\s+(?:is\s+|'s\s+|will\s+|'ll\s+)?(?:going\s+to\s+|gonna\s+)?(?:kill|murder)\s+me"
    r"|(?:kill|murder|strangle)\s+me\s+(?:when|if)\s+(?:(?:he|she|they)\s+(?:sees?|finds?\s+out|hears?|"
    r"notices?|realizes?)|i'?m\s+late|i\s+(?:forget|forgot|ate|eat|miss|spend|spent|break|broke|lose|"
    r"lost))"
    r"|(?:wanted|want)\s+to\s+die\s+(?:on|at|during)\s+(?:the|this|that|my)\s+(?:treadmill|gym|"
    r"meeting|stairs|run|hike|class|workout|call|date)"
    r"|(?:gun|guns)\s+(?:blazing|for\s+hire)|(?:son|sons)\s+of\s+a\s+gun|smoking\s+gun|hired\s+gun"
    r"|(?:follow|followed|follows|following)\s+me\s+(?:on|back)\b|(?:acid)\s+(?:reflux|test|trip|wash|jazz)"
    r"|(?:boxing|training|rugby|football|hockey|gym|sparring|judo|karate)\b[^.!?\n]{0,40}\bbruis\w*"
    r"|pinn?\w*\s+(?:my\s+arms|me)\s+(?:down\s+)?in\s+(?:a\s+)?(?:tickle|pillow|play)|tickle\s+fight|pillow\s+fight|play[-\s]?fight\w*|wrestl\w*\s+(?:with\s+)?(?:the\s+)?(?:kids|dog)"
    r"|(?:frisbee|ball|football|snowball|shuttlecock)\b[^.!?\n]{0,30}\b(?:by\s+accident|accidentally)"
    r"|(?:dog|puppy|horse|cow|goat)\s+(?:\w+\s+){0,2}knocked\s+me"
    r"|rope\s+swing|skipping\s+rope|jump\s+rope|tow\s+rope|climbing\s+rope|rope\s+(?:bridge|course)"
    r"|(?:boxing|sparring|rugby|football|match|game|class|training|mma|karate|judo|paintball|laser\s+tag)"
    r"\b[^.!?\n]{0,40}\b(?:punched|kicked|shot|slapped|choked)|shot\s+down|kicked\s+(?:out|off)"
    r"|(?:punched|kicked|slapped|choked)\b[^.!?\n]{0,30}\b(?:boxing|sparring|rugby|football|mma|karate|judo"
    r"|training|practice|match)"
    r"|(?:nose|nosebleed|gums?|paper\s+cut|shaving|period)\b[^.!?\n]{0,40}\bblee?d\w*"
    r"|how\s+many\s+[^.!?\n]{0,30}\b(?:can|should|do)\s+(?:i|you|we)\s+(?:safely\s+)?(?:take|give)\s+"
    r"[^.!?\n]{0,20}\b(?:a|per|in\s+a|each)\s+(?:day|24\s+hours)"
    r"|hiding\s+from\s+(?:my\s+)?(?:in[-\s]laws|the\s+(?:rain|sun|heat|kids|boss|cold)|my\s+(?:boss|kids|"
    r"homework|emails|inbox|chores|responsibilities))"
    r"|hide[-\s]and[-\s]seek|surprise\s+party|hid\w*\s+(?:in|under|behind)\s+the\s+\w+\s+(?:at|during|from)"
    r"\s+(?:the|a|my|our)\s+(?:party|wedding|meeting|work|office|in[-\s]laws|kids|rain|heat|boss|cat|dog|spider)"
    r"|(?:last|final)\s+post\s+before\s+(?:we|i)\s+(?:go|head|leave|fly)"
    r"|(?:eggshells|trapped)\s+(?:at|in|around)\s+(?:work|the\s+office|this\s+(?:lease|job|contract)|my\s+(?:job|lease))"
    r"|thr[eo]w(?:s|ing|n)?\s+(?:\w+\s+){0,2}(?:shade|a\s+party|a\s+fit|a\s+tantrum|compliments|"
    r"a\s+surprise|a\s+pillow|pillows|popcorn|a\s+sock|socks|a\s+ball|the\s+ball|snowballs?|confetti|"
    r"grapes|a\s+towel|cushions?|(?:his|her|their)\s+(?:dinner|food|toys?|cup|bottle))"
    # round 7: performance praise ("killed it", "murdered that song", "slayed")
    r"|(?:absolutely|totally|completely|literally|just|really|so)\s+(?:murdered|killed|slayed|destroyed|"
    r"smashed|crushed|nailed|owned|annihilated)\s+(?:it|that|this|the\s+\w+)"
    r"|(?:murder|kill|slay|destroy|smash|crush)(?:ed|s|ing)?\s+(?:that|this|the|my|his|her|their|our|a)\s+"
    r"(?:\w+\s+)?(?:song|track|cover|solo|karaoke|set|gig|exam|test|presentation|interview|audition|"
    r"performance|dance|outfit|look|speech|verse|chorus|high\s+note|solo|routine|pitch|essay|recital)"
    r"|killing\s+(?:it|the\s+game)|slay\w*"
    # stories, screens and games: killing, shooting and dying in a film, show, book, game or podcast
    r"|true[-\s]crime|murder\s+(?:mystery|mysteries|podcast|documentary|doc|drama|case|trial|"
    r"series|show|board\s+game|party)|crime\s+(?:novel|drama|show|series|podcast|thriller|fiction|"
    r"documentary|doc)|whodunn?it|cluedo|serial\s+killer\s+(?:doc|documentary|podcast|show|series|"
    r"film|movie|book)"
    r"|(?:film|movie|show|series|season|episode|finale|book|novel|chapter|game|level|mission|podcast|"
    r"documentary|doc|thriller|horror|play|musical|opera|anime|manga|comic|netflix|character|villain|"
    r"hero|detective|zombies?|boss|npc|sniper|campaign|quest|match|round|squad|fortnite|call\s+of\s+duty|"
    r"minecraft|gta|audiobook|trailer|scene|plot)\b[^.!?\n]{0,60}\b(?:strangl\w*|kill\w*|stabb?\w*|"
    r"shot|shoots?|shooting|beat|beats|choked?|murder\w*|died|dies|dead|poison\w*|drown\w*|hang\w*|"
    r"gun\w*|knife|weapons?|blood\w*)"
    r"|(?:strangl\w*|kill\w*|stabb?\w*|shot|shoots?|shooting|murder\w*|died|dies|dead|poison\w*|"
    r"drown\w*|gun\w*|knife)\b[^.!?\n]{0,60}\b(?:in|on|from|of|during)\s+(?:the|this|that|a|an|my|"
    r"our|his|her|their|every)\s+(?:\w+\s+)?(?:film|movie|show|series|season|episode|finale|book|novel|"
    r"chapter|game|level|mission|podcast|documentary|play|musical|opera|anime|manga|comic|video\s+game|"
    r"trailer|scene)s?\b"
    # sport and games: "destroyed them 5-0", "slaughtered us in the final"
    r"|(?:team|match|game|league|final|semi|cup|derby|quiz|tournament|fixture|season|tennis|football|"
    r"soccer|rugby|cricket|netball|hockey|basketball|volleyball|chess|scrabble|monopoly|mario\s+kart|"
    r"fifa|poker|darts|pool|bowling|squash|badminton|golf|race|\d+\s*-\s*\d+)\b[^.!?\n]{0,60}\b"
    r"(?:destroy|crush|slaughter|annihilat|murder|thrash|batter|hammer|demolish|kill|smash|massacr|"
    r"obliterat|wreck|bull(?:y|ied)|beat)\w*"
    r"|(?:destroy|crush|slaughter|annihilat|murder|thrash|batter|hammer|demolish|kill|smash|massacr|"
    r"obliterat|wreck|beat)\w*\s+(?:\w+\s+){0,4}(?:at|in|on)\s+(?:the\s+|our\s+|their\s+)?(?:match|"
    r"game|final|semi|cup|derby|quiz|tournament|league|chess|tennis|football|scrabble|monopoly|"
    r"mario\s+kart|fifa|poker|darts|pool|bowling|squash|badminton|golf|race|cards|trivia)"
    r"|(?:destroy|crush|slaughter|annihilat|thrash|hammer|demolish|smash|massacr|beat)\w*\s+(?:\w+\s+){0,3}"
    r"\d+\s*-\s*\d+"
    # cooking and kitchens
    r"|beat\w*\s+(?:in\s+)?(?:the\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:eggs?|egg\s+whites|yolks?|"
    r"butter|batter|cream|mixture|sugar|dough)|(?:smash|crush|stab|pierce)\w*\s+(?:the\s+)?(?:garlic|"
    r"potatoes?|avocado|biscuits?|ice|nuts|spuds|film|sausages?)|kill\s+the\s+(?:heat|oven|hob|gas|"
    r"engine|lights|music|wifi)|knife\s+sharpener"
    # phones and batteries; shared locations; everyday phone checks
    r"|(?:phone|battery|hers|his|mine|laptop)\s+(?:(?:was|is|went|'s)\s+(?:dead|flat)|died|dies)"
    r"|dead\s+(?:battery|phone)"
    r"|(?:we|both\s+of\s+us|the\s+family)\s+(?:both\s+|all\s+)?(?:turn\w*\s+on|share|use|have|switch\w*"
    r"\s+on)\s+(?:our\s+)?locations?(?:\s+sharing)?|find\s+each\s+other"
    r"|check\w*\s+(?:my|her|his|the)\s+phone\s+for\s+(?:the\s+)?(?:bus|train|times?|weather|directions|"
    r"map|score|news|tickets?|address|recipe)"
    # photography, music and theatre
    r"|(?:shot|shoot|shooting)\s+(?:a|the|some|our|my|their)\s+(?:\w+\s+)?(?:photos?|video|film|scene|"
    r"footage|wedding|portraits?|ad|advert|music\s+video|reel|episode)|photo\s*shoot|hit\s+(?:song|"
    r"single|show|record|series)"
    # doors wedged against wind or pets; goodbye cards and parties; starting pistols; school talks
    r"|(?:chair|wedge|doorstop|bin|box)\b[^.!?\n]{0,40}\bso\s+(?:that\s+)?(?:the\s+)?(?:wind|draught|draft|"
    r"cat|cats|dog|dogs|puppy|kids?|baby|toddler|rain)\b"
    r"|(?:wrote|write|writing|signed|sign|made|bought|got)\s+(?:a|the|her|him|them|my|our|his)?\s*good\s?bye\s+"
    r"(?:card|party|present|gift|drinks|lunch|cake|dinner|speech|video|message\s+for\s+(?:the|my|our|his|her)"
    r"\s+(?:teacher|boss|colleague|team|class))"
    r"|good\s?bye\s+(?:card|party|present|gift|drinks|lunch|cake|speech)\s+for"
    r"|starting\s+(?:pistol|gun)|(?:knife|gun)\s+(?:crime|safety)\s+(?:talk|awareness|campaign|workshop|"
    r"lesson|assembly|statistics|figures|report|documentary|charity|course)"
    r"|(?:film|movie|show|series|episode|finale|book|novel|story|play)\b[^.!?\n]{0,40}\b(?:driv\w+|jump\w*|"
    r"fall\w*|crash\w*|goes|went)\s+off\s+(?:a|the)\s+(?:cliff|bridge|roof|edge)"
    r")"
)

# A negation right before a hit ("he has never hit me", "she would not ever hurt me"). Only
# auxiliary words may stand between, so "I can't believe he hit me" still counts.
_NEG_WORD = r"(?:\bnever|\bnot|n't|\b(?:dont|doesnt|didnt|wont|wouldnt|hasnt|hadnt|isnt|wasnt))"
_AUX = (
    r"(?:ever|even|once|actually|really|physically|has|have|had|would|will|did|do|does|is|was|"
    r"going\s+to|gonna|try\s+to|tried\s+to|want\s+to|wanna|plan\s+to|intend\s+to|he|she|they|"
    r"i|be|been|am|'m|'s|'ve|'d)"
)
_NEGATION = re.compile(rf"(?i){_NEG_WORD}\s+(?:{_AUX}\s+){{0,3}}$")
_SELF_NEGATION = _NEGATION


# Joking about "killing" someone rarely comes with a laugh marker when it is real; only the
# words most often used as hyperbole are let off by one nearby.
_HYPERBOLE = re.compile(
    r"(?i)\b(?:kill|killing|killed|die|dying|dead|murder|murdered|strangle|strangled|strangling)\b"
)
_LAUGH = re.compile(
    r"(?i)\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl|jk|j/k|kidding)\b"
    r"|[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F61C\U0001F92A\U0001F61D\U0001F643]"
)


@dataclass(frozen=True, slots=True)
class Hit:
    level: Level
    start: int
    end: int
    self_harm: bool = False


# Matched against ``fold(text)`` (lower case, same length), so no IGNORECASE: twice as fast.
_COMPILED: Final = tuple((kind, level, re.compile(p)) for kind, level, p in _RULES)


def safety_hits(text: str) -> list[Hit]:
    """Every guarded danger-signal match in ``text``, in order of position."""
    return safety_scan(text)[0]


def safety_scan(text: str) -> tuple[list[Hit], bool]:
    """The guarded hits, and whether the text holds an idiom that looks like danger."""
    text = fold(text)
    idioms = [m.span() for m in _IDIOMS.finditer(text)]
    hits: list[Hit] = []
    for kind, level, rx in _COMPILED:
        for m in rx.finditer(text):
            start, end = m.span()
            if end == start:
                continue
            if any(s < end and start < e for s, e in idioms):
                continue
            if _HYPERBOLE.search(m.group()) and _LAUGH.search(text, max(0, start - 80), end + 80):
                continue
            before = text[max(0, start - 40) : start]
            final_level: Level = level
            if kind == "partner" and _NEGATION.search(before):
                continue
            if kind == "self" and _SELF_NEGATION.search(before):
                final_level = "concern"
            hits.append(Hit(final_level, start, end, kind == "self"))
    hits.extend(_combined_hits(text, idioms))
    hits.extend(_farewell_hits(text, idioms))
    if _NO_INTENT.search(text):
        # "I think about not existing but I would never act on it": hopelessness, not intent.
        hits = [Hit("concern", h.start, h.end) if h.self_harm else h for h in hits]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits, bool(idioms)


# A stated absence of intent turns self-harm hits into ``concern`` (never partner hits).
_NO_INTENT: Final = re.compile(
    r"\b(?:(?:not|never)\s+(?:going\s+to|gonna)\s+(?:do|act\s+on)\s+(?:anything|it)|would\s+never\s+"
    r"(?:act\s+on\s+it|do\s+anything|do\s+it|hurt\s+myself)|not\s+in\s+a\s+dangerous\s+way|i'?m\s+safe\b"
    r"|no\s+(?:plans?|intention)\s+(?:to|of)\s+(?:act|do|hurt)|(?:don'?t|do\s+not)\s+plan\s+to\s*(?:[.!?]|$)"
    r"|i\s+haven'?t\s+(?:and|but)\s+(?:i\s+)?(?:won'?t|don'?t|never\s+will))"
)
# Hopelessness, burden or farewell plus a decision or plan, anywhere in the same text: each is
# ordinary on its own ("I've picked a date", "I'm so tired"), together they read as a plan.
_HOPELESS: Final = re.compile(
    r"\b(?:nothing\s+(?:left\s+)?to\s+(?:hope|live)\s+for|no\s+future|no\s+point|no\s+way\s+out|only\s+way\s+out|making\s+arrangements\b(?!\s+for)|sorted\s+my\s+affairs|(?:will|note)\s+(?:is\s+)?(?:done|written)|written\s+my\s+will|nobody\s+(?:will|would|has\s+to)\s+(?:have\s+to\s+)?worry\s+about\s+me|no\s+one\s+(?:will|would)\s+have\s+to\s+worry|can'?t\s+(?:keep\s+going|go\s+on|do\s+(?:it|this)\s+"
    r"any\s?more|take\s+it\s+any\s?more)|tired\s+of\s+(?:being|living|everything|it\s+all)|burden|"
    r"weight\s+on\s+everyone|nothing\s+matters|hopeless|want\s+it\s+(?:all\s+)?over|waste\s+of\s+"
    r"(?:oxygen|space)|better\s+off|without\s+me|sorry\s+(?:everyone|for\s+everything)|goodbye|"
    r"i'?m\s+(?:so\s+)?(?:done|finished)\s+with\s+(?:life|everything|it\s+all)|wish\s+i\s+(?:was|were)"
    r"\s+(?:dead|gone)|the\s+pain\s+to\s+(?:end|stop)|cancel+ed\s+everything|paid\s+off\s+(?:all\s+)?my\s+"
    r"debts|(?:everyone|everybody|they|you\s+all|my\s+family)\s+can\s+(?:finally\s+)?(?:move\s+on|be\s+happy|"
    r"be\s+free|forget\s+(?:about\s+)?me)|thinking\s+about\s+it\s+(?:again|every\s+day|all\s+the\s+time)|can'?t\s+see\s+a\s+way\s+"
    r"(?:through|out|forward)|(?:wasn'?t|isn'?t|is\s+not|was\s+not)\s+(?:anyone'?s|anybody'?s|your)\s+fault"
    r"|thank(?:s|\s+you)\s+(?:to\s+)?(?:for\s+everything|everyone\s+who\s+(?:tried|helped|cared))|tired\s+of"
    r"\s+waking\s+up\b(?!\s+(?:at|early|so|before))|nobody\s+would\s+(?:notice|care|miss\s+me)|giv\w*\s+"
    r"(?:[\w']+\s+){1,6}away\b|(?:wrote|written|finished)\s+the\s+(?:letter|note|letters|notes)\b"
    r"|(?:think|thinking|thought)\s+(?:about|of)\s+ending\s+(?:it|things|everything)\b(?!\s+with)"
    r"|nice\s+knowing\s+(?:you|some\s+of\s+you|y'?all|everyone)|(?:always|been)\s+(?:so\s+)?(?:good|"
    r"kind)\s+to\s+me|(?:always\s+being|for\s+being)\s+(?:so\s+)?(?:good|kind|nice)\s+to\s+me)"
)
_DECISION: Final = re.compile(
    r"\b(?:made\s+up\s+my\s+mind|(?:i'?ve|i\s+have)\s+decided|decided\s+to\s+(?:make\s+it|end|go|stop)"
    r"|(?:have|got|made)\s+a\s+plan|i'?m\s+ready\b|the\s+will\s+is\s+done|(?:picked|chosen|chose)\s+(?:a|the)\s+(?:date|day|time|place)|everything'?s\s+ready|"
    r"everything\s+is\s+ready|(?:going\s+to|gonna|will|i'?ll)\s+do\s+it\s+(?:tonight|today|tomorrow|"
    r"soon|this\s+week)|tonight(?:'s|\s+is)\s+the\s+night|make\s+it\s+easier\s+for\s+(?:them|"
    r"everyone)|(?:to\s+)?fix\s+that|not\s+be\s+(?:here|around)|this\s+time\b|won'?t\s+need\s+(?:it|them|"
    r"any)|when\s+i\s+go\b|(?:when|after|once)\s+i'?m\s+gone|be\s+over\s+soon|(?:bought|got|have)\s+(?:what|"
    r"everything)\s+i\s+need|(?:got\s+)?(?:the|my)\s+stuff\s+(?:is\s+)?ready|if\s+i'?m\s+not\s+(?:here|around|online|alive)\s+"
    r"(?:tomorrow|by|next)|look\s+after\s+(?:my\s+)?\w+(?:\s+\w+)?\s+for\s+me\b(?!\s+(?:while|when|this|next|"
    r"for\s+a|until|over))|make\s+sure\s+i\s+(?:don'?t|dont|never)|picked\s+(?:out\s+)?the\s+(?:spot|place|"
    r"day|date)|(?:my|this\s+is\s+my)\s+last\s+(?:photo|post|message|text|words)|won'?t\s+be\s+(?:around|"
    r"here)\s+to|i'?m\s+calm\s+now|(?:feel|felt)\s+(?:so\s+)?(?:calm|peaceful)\s+now"
    r"|got\s+(?:the|all\s+the|my)\s+(?:stuff|things)\s+together|gathered\s+(?:everything|what\s+i\s+need|"
    r"the\s+(?:stuff|things|pills|tablets))|planned\s+it\s+for\s+(?:tonight|tomorrow|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|the\s+weekend|next\s+week)|when\s+(?:the\s+house|the\s+"
    r"flat|everyone|nobody|no\s+one)\s*(?:'s|is|are)?\s+(?:empty|asleep|out|away))"
)
# Farewells: two different ones in the same text, with no sign of an ordinary goodbye (a trip, a
# last day at work, "see you"), read as a farewell note.
_FAREWELL: Final = re.compile(
    r"\b(?:good\s?bye|bye\s+(?:everyone|all|everybody|world|guys)|farewell|nice\s+knowing\s+(?:you|"
    r"some\s+of\s+you|y'?all|everyone)|(?:always|been)\s+(?:so\s+)?(?:good|kind)\s+to\s+me|thank(?:s|"
    r"\s+you)\s+for\s+(?:everything|being\s+(?:there|my\s+friend))|love\s+you\s+all|take\s+care\s+of\s+"
    r"(?:yourselves|each\s+other)|look\s+after\s+each\s+other|sorry\s+for\s+everything|remember\s+me"
    r"|forgive\s+me|say\s+goodbye\s+properly|last\s+(?:message|goodbye|words)"
    r"|(?:always\s+being|for\s+being)\s+(?:so\s+)?(?:good|kind|nice)\s+to\s+me"
    r"|(?:i'?m|i\s+am)\s+(?:only\s+)?saying\s+(?:good)?bye\s+to)"
)
_ORDINARY_GOODBYE: Final = re.compile(
    r"\b(?:see\s+(?:you|ya|y'?all)|back\s+(?:soon|on|in|next)|holiday|vacation|trip|flight|travel\w*"
    r"|last\s+day|new\s+job|leaving\s+do|retir\w+|moving|move\s+to|off\s+to|party|wedding|funeral"
    r"|graduat\w+|semester|term|season|team|class|shift|tomorrow|monday|next\s+(?:week|time|year)"
    r"|later|lol|haha|xd"
    r"|(?:goodbye|bye)\s+to\s+(?:my|the|our|this|that)\s+(?:old\s+|little\s+|trusty\s+)?(?:car|house|flat|home|"
    r"job|office|bike|van|phone|laptop|sofa|school|uni|city|garden|desk|bakery|shop|café|cafe|pub))\b"
)


def _combined_hits(text: str, idioms: list[tuple[int, int]]) -> list[Hit]:
    hope = [m for m in _HOPELESS.finditer(text) if not _inside(m.span(), idioms)]
    if not hope:
        return []
    out: list[Hit] = []
    for m in _DECISION.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _inside(m.span(), idioms) or _SELF_NEGATION.search(before):
            continue
        out.append(Hit("urgent", m.start(), m.end(), self_harm=True))
    return out


def _farewell_hits(text: str, idioms: list[tuple[int, int]]) -> list[Hit]:
    found = [m for m in _FAREWELL.finditer(text) if not _inside(m.span(), idioms)]
    if len({m.group() for m in found}) < 2 or _ORDINARY_GOODBYE.search(text):
        return []
    return [Hit("urgent", m.start(), m.end(), self_harm=True) for m in found]


def _inside(span: tuple[int, int], idioms: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in idioms)


def safety_level(hits: list[Hit]) -> str:
    if any(h.level == "urgent" for h in hits):
        return "urgent"
    return "concern" if hits else "none"


# Words and phrases about danger, broader than the rules and never an alarm by themselves: the
# classifier may raise a text's safety level on its own only where one of these occurs (see
# ``analyzer._decide``). Everyday words that also appear in danger stories ("said", "told",
# "leave", "call", "keys", "door", "hurt" alone, "last night", "done", "over", "can't take it")
# are deliberately not here: short ordinary sentences full of them were the classifier's false
# alarms.
_DANGER: Final = re.compile(
    r"\b(?:"
    # violence, weapons, injuries
    r"hit(?:s|ting)?\s+(?:me|her|him|us|them|the\s+kids|my|our)|punch\w*|slap\w*|kick\w*\s+(?:me|my|us)|"
    r"shov\w*|push\w*\s+me|chok\w*|strangl\w*|throttl\w*|smother\w*|suffocat\w*|throat|neck|"
    r"grab\w*\s+(?:me|my|him|her|our)|pinn?\w*\s+(?:me|down)|held\s+me|hold\w*\s+me\s+down|bruis\w*|"
    r"blood\w*|bleed\w*|injur\w*|hospital|a\s*&\s*e|stitches|broken\s+\w+|beat\w*\s+(?:me|up|her|him)|"
    r"weapon\w*|guns?|pistol|rifle|shotgun|knife|knives|blade\w*|razor\w*|hammer|axe|bat\b|acid|"
    r"hurt\w*\s+(?:me|myself|my\s?self|her|him|them|us|you|the\s+kids|the\s+baby|our|my\s+\w+)|"
    r"harm\w*|violen\w*|abus\w*|assault\w*|rap(?:e|ed|ing)\b|attack\w*|threat\w*|kill\w*|murder\w*|"
    r"stab\w*|shoot\w*|shot\s+(?:me|at)|burn\w*\s+(?:me|my|down)|drown\w*|poison\w*|"
    # being trapped, fear, help
    r"lock\w*\s+(?:me|us|the\s+door)|locked\s+in|trapped|escape\w*|hostage|prisoner|won'?t\s+let\s+me|"
    r"not\s+(?:let|allowed)|stop\w*\s+me\s+from|block\w*\s+the|scared|afraid|terrif\w*|frighten\w*|"
    r"fear\w*|unsafe|not\s+safe|danger\w*|police|911|999|112|shelter|refuge|hotline|helpline|"
    r"restraining|stalk\w*|follow\w*\s+me|showed\s+up|turn\w*\s+up|knows\s+where|"
    # coercive control
    r"control\w*|permission|allowance|passwords?|track\w*|location|monitor\w*|spy\w*|spied|"
    r"check\w*\s+(?:my|me|up\s+on)|goes\s+through\s+my|went\s+through\s+my|read\w*\s+my|"
    r"my\s+(?:phone|messages|texts|money|bank|card|account|wages|paycheck|salary|friends|family)|"
    r"isolat\w*|cut\s+(?:me\s+)?off|jealous\w*|accus\w*|rage|temper|explod\w*|smash\w*|scream\w*\s+at|"
    r"yell\w*\s+at|threw|throw\w*\s+(?:things|stuff|\w+\s+at)|eggshells|gaslight\w*|humiliat\w*|"
    r"belittl\w*|insult\w*|worthless|useless|stupid|crazy|psycho|forc\w*|pressur\w*|coerc\w*|"
    r"decides?\s+(?:what|who|where|when|how)|tells?\s+me\s+what\s+(?:to|i)|makes?\s+me|made\s+me|"
    # self-harm, suicide, hopelessness, farewells
    r"die\b|dying|dead|death|suicid\w*|unaliv\w*|kms|end\s+(?:it|things|everything|my)|ending\s+(?:it|"
    r"things|everything|my)|not\s+(?:be\s+)?(?:here|around|alive)|wake\s+up|sleep\s+forever|"
    r"disappear\w*|gone|goodbye|farewell|note|letter|will\b|insurance|gave\s+away|giv\w*\s+away|"
    r"pills|tablets|meds|medication|overdose\w*|painkillers|paracetamol|rope|noose|bridge|cliff\w*|"
    r"ledge|roof|tracks|jump\w*|garage|cut\w*\s+(?:myself|my\s+(?:arm|wrist|leg|thigh|skin))|"
    r"self[-\s]?harm\w*|burden|better\s+off|without\s+me|hopeless\w*|pointless|no\s+point|"
    r"no\s+way\s+out|can'?t\s+go\s+on|give\s+up\s+on|given\s+up|empty|numb|nothing\s+left|"
    r"easier\s+this\s+way|take\s+care\s+of\s+(?:yourself|them|her|him|the\s+kids)|good\s+friend\s+to\s+me|"
    r"plan\w*\s+to\s+do\s+it|do\s+it\s+(?:tonight|this|soon)|go\s+through\s+with\s+it|"
    r"last\s+(?:time|message|post|entry)|final\w*|for\s+good|forever|anymore|any\s+more|"
    r"sorry\s+for\s+everything|love\s+you\s+all|"
    # control and put-downs in plainer words; hopelessness without the usual words
    r"(?:where|who)\s+i(?:'m|\s+am|\s+was|\s+go|\s+went)\b|nobody\s+else|no\s+one\s+else\s+would|"
    r"grateful|lucky\s+(?:he|she|they)|tolerat\w*|put\s+up\s+with\s+me|i'?m\s+nothing|"
    r"paycheck|wages|receipts|pocket\s+money|every\s+penny|without\s+asking|asking\s+first|approv\w*|"
    r"cameras?|airtag|gps|mileage|screenshots?|search\w*\s+my|my\s+(?:bag|journal|diary|laptop|screen|"
    r"instagram|socials|email|clothes|makeup)|no\s+friends|friends\s+left|stopped\s+(?:seeing|talking\s+"
    r"to|going)|bad\s+influence|lets\s+me|furious|(?:angry|mad|weird|cold)\s+(?:if|when|whenever)|"
    r"twist\w*|against\s+me|puts?\s+me\s+down|mak\w*\s+fun\s+of\s+me|compar\w*\s+me|dump\s+me|"
    r"(?:private|naked|nude)\s+(?:photos|pictures|pics)|secrets|take\s+the\s+(?:house|kids|children|"
    r"baby)|stop\s+paying|comes?\s+along|point\s+(?:of|in)\s+(?:anything|trying|getting|it|me)|"
    r"see\s+the\s+point|way\s+out|get\s+out\b|ever\s+(?:get|be)\s+(?:better|different)|losing\s+"
    r"myself|recogni[sz]e\s+myself|just\s+existing|not\s+living|through\s+the\s+motions|ghost|"
    r"cry\s+(?:most|every)\s+nights?|stopped\s+eating|who\s+to\s+talk\s+to|changes\s+anything|"
    # the urgent phrasings listed in the false-alarm brief, and their plain neighbours
    r"if\s+i\s+(?:ever\s+)?(?:leave|left|go|try|tell|call|report)|(?:took|takes|hid|hides|kept|keeps)\s+"
    r"(?:my|the)\s+(?:car\s+|house\s+)?keys|(?:won'?t|will\s+not|wont)\s+be\s+(?:here|around|alive)|"
    r"done\s+with\s+(?:everything|life|it\s+all|all\s+of\s+(?:it|this)|living)|can'?t\s+breathe|"
    r"passed\s+out|black\w*\s+out|ambulance|drag\w*|slamm?\w*|threw\s+me|hands\s+on\s+me|"
    r"(?:run|ran|get|got)\s+away|hid(?:e|ing)\s+(?:in|from)|outside\s+(?:my|the)\s+(?:door|house|flat|"
    r"window)|bang\w*\s+on|coming\s+(?:for|after)\s+me|find\s+me|swore|next\s+time|miss\s+me|"
    r"(?:don'?t|do\s+not)\s+want\s+to\s+(?:be\s+here|exist|live|wake)|tired\s+of\s+(?:everything|"
    r"it\s+all|being)|can'?t\s+do\s+this\s+any\s?more|no\s+one\s+would|nobody\s+would|"
    # the recall work: physical danger, stalking, plans and control in plainer words
    r"(?:couldn'?t|can'?t|could\s+not)\s+breathe|against\s+(?:the|a)\s+wall|hid\s+(?:in|from|at)|"
    r"slept\s+in\s+the\s+car|bullets?|look\s+like\s+an\s+accident|funeral|limp|"
    r"new\s+(?:address|place|number|flat)|parked\s+(?:outside|down|across)|wait\w*\s+for\s+me|"
    r"burden|relieved|peaceful|made\s+up\s+my\s+mind|decided|lined\s+up|river|balcony|"
    r"car\s+park|packet|weight\s+on|savings|loans?|receipts?|in\s+(?:his|her)\s+name|deport\w*|"
    r"visa|login|calls?\s+me\s+names|mock\w*|laugh\w*\s+at\s+me|embarrass\w*|on\s+guard|"
    r"rehearse|nobody\s+left|quit\s+my\s+job|survive|numb|tunnel|trust\s+myself|fists?|"
    r"brakes?|run\s+me\s+over|came\s+at\s+me|swung|pillow\s+(?:over|down)|underwater|bag\s+over|"
    r"gave\s+(?:away\s+)?(?:my|the)\s+(?:dog|cat|pets?)|who\s+gets\s+what|before\s+i\s+go\b|"
    r"won'?t\s+need\s+(?:them|it|any)|deleted\s+(?:all\s+)?my\s+(?:socials|accounts|profiles)|"
    r"(?:would|'d|will)\s+(?:cope|get\s+over\s+it|be\s+(?:okay|ok|fine)\s+without)|"
    # round 5: means, places, confinement and terse emergencies in plainer words
    r"prescriptions?|antidepressants|stones\s+in\s+my\s+pockets|hang\b|hanging\s+myself|belt\b|shut\s+in|"
    r"lock\w*\s+(?:her|him|them|the\s+kids)\s+in|unconscious|by\s+(?:my|her)\s+(?:hair|throat|neck)|rammed|"
    r"watching\s+me|looking\s+for\s+me|everyone\s+who\s+tried|thank(?:s|\s+you)\s+for\s+everything|"
    r"keep(?:s|ing)?\s+me\s+(?:here|alive|going)|stockpil\w*|reading\s+this|(?:he|she)'?s\s+here\b|"
    r"what\s+do\s+i\s+do|can'?t\s+get\s+out|not\s+allowed\s+out|voices|overpass|railing|platform\s+edge|"
    r"carbon\s+monoxide|exhaust|insulin|razor|petrol|my\s+throat|by\s+the\s+throat|"
    # round 6: control, discrediting, punishment and hopelessness in plainer words
    r"punish\w*|insult\w*|hysterical|paranoid|delusional|unwell|unstable|demand\w*|quizz?\w*|"
    r"interrogat\w*|access\s+to|owe\s+(?:him|her|them)|meaningless|futile|bother\s+(?:trying|getting)|"
    r"explanation|imagin\w+\s+(?:it|things|that)|remember\w*\s+(?:it|things)\s+wrong|my\s+own\s+(?:memory|"
    r"mind|sanity)|second[-\s]?guess\w*|against\s+(?:him|her)|(?:break|split)\s+us|in\s+front\s+of\s+"
    r"(?:our|my|his|her|the|everyone|people)|mak\w*\s+fun|chas\w+\s+me|pay\s+for\s+(?:leaving|this)|"
    r"since\s+i\s+left|across\s+the\s+street|different\s+numbers|fake\s+accounts?|silent\s+for|"
    r"the\s+silent\s+treatment|out\s+of\s+bed|decisions|"
    # round 7: leaving plans, threats and control in other words
    r"(?:around|here)\s+(?:much|very)\s+longer|who\s+gets\s+my|my\s+(?:stuff|things|belongings)\s+"
    r"(?:sorted|to)|(?:chosen|picked|set)\s+the\s+(?:day|date)|walk\w*\s+into\s+the\s+(?:sea|river|"
    r"lake|ocean|waves)|saying\s+(?:good)?bye|look\s+after\s+\w+\s+for\s+me|food\s+out\s+for|"
    r"point\w*\s+(?:a|his|her|the)\s+\w+\s+at|something\s+(?:sharp|heavy)|which\s+(?:route|way)\s+i|"
    r"driv\w+\s+past|bedroom\s+window|hollow|fading|betray\w*|disloyal|ashamed|apologis\w*|apologiz\w*|"
    r"attacking\s+(?:him|her)|broken|video\s+call\w*|facetime|who\s+(?:it\s+is|i'?m\s+with)|"
    r"never\s+mine|rings?\s+my\s+work|actually\s+there|if\s+i\s+(?:really\s+)?loved|"
    r"doesn'?t\s+matter\s+any\s?more|make\s+a\s+difference"
    r")"
)


def has_danger_word(text: str) -> bool:
    """Whether ``text`` holds a word or phrase about danger (see ``_DANGER``), outside idioms
    and not right after a negation."""
    folded = fold(text)
    idioms = [m.span() for m in _IDIOMS.finditer(folded)]
    for m in _DANGER.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in idioms):
            continue
        # "He has never hit me": a negated danger word is no danger word.
        if _NEGATION.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        # "I'll strangle him if he eats my chips again 😂": hyperbole next to a laugh marker.
        near = (max(0, m.start() - 80), m.end() + 80)
        if _HYPERBOLE.search(m.group()) and _LAUGH.search(folded, *near):
            continue
        return True
    return False
