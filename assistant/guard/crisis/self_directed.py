"""Crisis patterns for suicide: the common ways it is said (slang and euphemisms included), then the later wordings
from suicide_wordings.py and suicide_broad_briefs.py, in the order they are searched."""

from assistant.guard.crisis.suicide_broad_briefs import SUICIDE_BROAD_BRIEFS
from assistant.guard.crisis.suicide_wordings import SUICIDE_WORDINGS
from assistant.guard.crisis.words import (
    ATTEMPTED_BY,
    IN_A_GROUP,
    LOST_TO,
    MENTIONED,
    NOT_FOOD,
    NOT_NAMED,
    NOT_SOMEONE_ELSE,
    SELF,
    THREATEN,
)

# the common ways suicide is said; the order is the order of the search
SUICIDE_COMMON: tuple[str, ...] = (
    # suicide, suicidal, suicidel, sucide, suiside; not "career suicide", "suicide squad", "suicide prevention"
    # (each pattern that looks back first looks ahead for its word, so the look-backs run only where it starts)
    r"\b(?=su)(?<!career )(?<!social )(?<!died by )(?<!dies by )(?<!death by )(?<!firearm )"
    r"(?<!'s )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!double )(?<!signs of )"
    + LOST_TO
    + ATTEMPTED_BY
    + r"\bsu+[ie]?[cs]+[iy]?d(?:e|al|el|ing)?\b"
    r"(?! (?:ideation |behaviou?rs? |attempts )?" + IN_A_GROUP + r")"
    r"(?![ -](?:squad|squeeze|sprints?|drills?|ladders?|genes?|inhibitors?|substrates?|pathways?|doors?|prevention"
    r"|postvention|hotline|awareness|line|rates?|statistics|deaths|warning signs|calls|bereavement|determinations|"
    r"texters|callers|patients|scenes|by[- ]cop|"
    r"clauses?|exclusions?|provisions?|notes|content|escalations?|queues?|related|challenges?|hashtags?|"
    r"and self[- ]?harm (?:content|reports?|escalations?|queues?|posts?|polic\w+|cases|videos?|calls|scenes)|"
    r"research|cases|intervention|burns?|first aid|crisis (?:lines?|hotlines?|cent(?:re|er)s?|services?|teams?|text|"
    r"volunteers?)|watch (?:rounds|duty|shifts|checks|protocols?)|risk "
    r"(?:assessments?|screenings?|training|factors|prediction|models?|scores?))\b)",
    r"\bkill?(?:ing)? " + SELF + r"(?! with (?:\d+[- ]hour|(?:these |the |long )?hours|overtime|work\b|extra shifts))",
    r"\bkill?(?:ing)?(?:my ?self|myslef|myslf)\b",  # run together: "killmyself"
    r"\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|suffocate|starve|starving)"
    r" " + SELF + r"\b(?! in the (?:foot|feet)\b| on (?:[\w']+ ){0,2}\w+'s neck\b)",
    NOT_NAMED
    + r"\bun-?aliv(?:e|ing)\b(?! (?:my|the|this|that|these|those|our|your|a|an) (?!life\b|self\b)\w+)"
    + MENTIONED,
    r"\bslit(?:ting)? (?:my )?wrists?\b",
    r"\b(?=overdos)(?<!accidental )(?<!accidentally )(?<!adult )(?<!paracetamol )(?<!acetaminophen )(?<!opioid )"
    r"(?<!drug )(?<!heroin )(?<!fentanyl )(?<!death from an )(?<!died from an )(?<!died of an )"
    r"(?:overdos(?:e|ing)|" + NOT_SOMEONE_ELSE + r"overdosed)\b"
    r"(?![- ](?:risk|prevention|awareness|training|kits?|reversal|counsel|consult|"
    r"deaths?|numbers|rates?|data|statistics|stats|epidemic|case|calls?|response|surveillance|reporting|mortality|"
    r"management|protocols?|treatment|toxicology|screening|curves?|victims?|patients|responses)\w*)"
    r"(?! and (?:cardiac|trauma|poisoning)\b)" + NOT_FOOD,
    r"\b(?:i'?m|i am|i) (?:just )?(?:want|wanna|going|gonna|plan|planning|ready|trying) to die\b"
    r"(?! (?:of|from|laughing|if|when|before)\b)",
    r"\bdie (?:tonight|today|this week|soon)\b",
    r"\b(?:end|take) my own life\b(?! (?:decisions?|choices|path|story|more|seriously|back)\b)",
    r"\btake (?:all )?(?:of )?(?:my|the|these) (?:pills|meds|tablets)\b(?! (?:to work|with (?:food|water|breakfast"
    r"|lunch|dinner|me)|in the (?:morning|evening)|at (?:night|work|lunch|bedtime)|every (?:day|morning|night)|daily"
    r"|on time|regularly|as prescribed|(?:the|my|that) (?:doctor|gp|vet|nurse|pharmacist|psychiatrist)\b))",
    r"\bdon'?t (?:want|wanna) to be here anymore\b",
    r"\bkms\b(?![^.!?]{0,40}\b(?:jk|just kidding|kidding)\b)" + MENTIONED,
    r"\bend(?:ing)? (?:it all|it tonight|it this weekend|my life|things for good|everything)\b",
    r"\b(?:night|day|weekend|week) (?:i|to) end it\b(?! (?:with|between|there|here|on|at|early|by|for)\b)",
    r"\bthink(?:ing|in)? (?:about|bout|of) ending (?:it|things|my (?:own )?life)\b",
    r"\b(?:if i|i) (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:here|alive) anymore\b",
    r"\breason to keep going\b",
    r"\bcrashing my car\b",
    r"\btak(?:e|ing) my (?:own )?life\b(?! (?:back|in|into|to|forward|seriously|more|and|from|decisions?|choices"
    r"|path|story)\b)"
    r"|\b(?:took|taken) my own life\b",
    # "2" for "to" as people text it ("want 2 die"), with the same idioms left out
    r"\b(?:want|wanna|going|gonna|plan|planning|ready) (?:to|2|too) (?:die|be dead|not wake up|not be here)\b"
    r"(?! (?:of|from|laughing|if|when|before|waiting|on (?:the|this|that|a) hill)\b)",
    r"\b(?:want|wanna|going|gonna|plan|planning|ready) (?:to|2|too) dye"
    r"(?=\s*(?:[.!,;]|$)|\s+(?:this|tonight|today|tomorrow|soon|on|by|next|now)\b)",
    r"\bways to die\b",
    r"\bhow (?:i(?:'d| would) do it|to do it painlessly)\b",
    r"\b(?:wish|hope) (?:i was|i were|i could be|i'd be|i) (?:dead|just don'?t wake up|never wake up)\b",
    r"\b(?:rather|prefer to) be dead\b",
    r"\bbetter off (?:dead|without me|w/?o me|if i (?:stopped existing|was gone|were gone|wasn'?t here))\b",
    r"\bstopped existing\b",
    r"\b(?:no|not any|don'?t see (?:a|any|the)) (?:reason|point) (?:to|in|of) (?:live|living|go on|going on|"
    r"keep going|keep living|being alive|being here)\b",
    r"\b(?:don'?t|do not) (?:want to|wanna|want) (?:live|be alive|exist)(?: anymore)?\b",
    r"\bdon'?t (?:want|wanna) to wake up(?! (?:and|to|every|at|early|dreading)\b)\b",
    r"\bcan'?t (?:go on|keep living)(?! (?:like|on|paycheck|with)\b)\b",
    r"\b(?:overdose|od)\b" + NOT_FOOD + r" on\b",
    r"\b(?:pills|bottle of (?:sleeping )?pills) (?:are |is )?(?:lined up|in front of me|next to me|in my hands?)\b",
    r"\bstaring at (?:the|a) bottle of\b",
    r"\b(?:stockpiling|stockpiled|saving up|hoarding|hoarded|stashing|stashed|collecting) (?:my )?(?:meds|pills"
    r"|medication|insulin|oxy\w*|opioids|antidepressants"
    r"|sleeping pills|painkillers)\b",
    r"\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|roof|rooftop|building|balcony|parking garage|car park|"
    r"multi[- ]?stor(?:e)?y|overpass|cliff|tower|window|terrace|apartment|flat|ledge|quarry|pier)\b"
    # "rather jump off a cliff than" is an idiom; "jump from my apartment management job" a career move; "lol jk"
    r"(?! (?:than|management|manager|job|role|rental|hunt\w*|search|lease|to|into)\b)"
    r"(?![^.!?]{0,12}\b(?:jk|just kidding)\b)",
    r"\b(?:pills|tablets|meds) (?:saved|stashed|stored) up\b",
    r"\b(?:pistol|gun|rifle|shotgun) (?:in my lap|to my (?:own )?head|in my mouth)\b",
    r"\bhow high the bridge\b",
    r"\b(?:standing|stand|sitting|stood) (?:on|at) (?:the|a) (?:edge of (?:the|a) )?(?:bridge|ledge|roof|rooftop|cliff"
    r"|platform edge|railing)\b",
    r"\b(?:step(?:ping)?|jump(?:ing)?|throw(?:ing)? myself)(?: out| off)? in front of (?:a|an|the|one of the) "
    r"(?:[\w:.']+ ){0,2}(?:trains?|freights?|express|bus|truck|lorry|lorries|car|subway|tube|tram|traffic)\b",
    r"\b(?:wrote|written|writing) (?:a |my |the )?(?:suicide|goodbye|farewell) notes?\b(?! (?:to|for) (?:the|my|our) "
    r"(?:team|colleagues|coworkers|co-workers|clients|class|students|office|department)\b)"
    r"|\b(?:i'?ve|i have|i) (?:already |just )?(?:wrote|written) (?:my|the) note\b"
    r"|\b(?:i'?ve|i have) (?:already |just )?written a note(?=\s*(?:[.!]|$))"
    r"|\b(?:wrote|written|writing) (?:a|my) note (?:for|to) (?:my )?(?:family|kids|children|wife|husband|parents|mum|"
    r"mom|dad|partner|everyone)\b(?! (?:about|to say|asking|explaining|saying|for (?:school|work|the))\b)",
    r"\bgoodbye (?:letters?|notes?)\b",
    r"\bgiving (?:away )?my (?:things|stuff|belongings|tools) away\b",
    r"\bgiv(?:e|ing|en)? away my (?:things|stuff|belongings)\b",
    r"\bdisappear (?:forever|for good)\b",
    r"\b(?:won'?t|not) be (?:around|here) (?:much longer|anymore|next (?:month|week))\b",
    r"\bmade plans to (?:die|end)\b",
    r"\bwon'?t (?:be )?need(?:ing)? (?:it|them|this|these|my \w+)(?: much)? (?:longer|anymore|where i'?m going)\b",
    r"\b(?:better|do better) with the (?:life )?insurance\b",
    r"\bdecided (?:this|tonight|today|tomorrow)\w* (?:weekend |week |night )?is (?:it|the day|the night)\b",
    r"\b(?:sleep|go to sleep) (?:forever|and (?:never|not) wake up)\b",
    # passive wishes not to wake or to exist, and feeling a burden: recognised warning signs of suicide risk
    r"\bstay asleep (?:forever|for good)\b",
    r"\b(?:sleep|go to sleep) and (?:just )?(?:never|not) wake up\b",
    r"\btired of (?:existing|being alive)\b",
    r"\b(?:the world|everyone|everybody|my family) (?:would|will) (?:be|run|go on) (?:\w+ )?"
    r"(?:better|smoother|easier|happier|fine) (?:without|minus|w/?o) me\b",
    r"\bi'?m (?:just )?taking up space\b",
    r"\b(?:a|such a|just a) (?:burden|weight) (?:to|for|on) "
    r"(?:everyone|everybody|my family|them all|all of them)\b",
    r"\b(?:i'?m|i am|i'?ve become|feel like) (?:just )?a burden\b"
    r"(?! to (?:my|the|our) (?:mentor|manager|boss|team|colleagues|coworkers|recruiter|referees?)\b)",
    r"\bwant to disappear(?: forever| for good| and never| completely|\s*[.!]|\s*$)",
    r"\benough (?:\w+ ){0,4}to end it\b",
    r"\b(?:knife|blade|razor|gun|pistol) (?:against|to|at) my (?:wrists?|throat|neck|head|chest|temple)\b"
    r"(?! (?:in|during|at) (?:rehearsal|the rehearsal|stage combat|the stage fight|the fight scene)\b)",
    r"\b(?:my|the) service weapon\b.*\busing it\b",
    # slang and misspellings people use for suicide, and wishes to die said without "to"
    r"\b(?:ctb|sewerslide|sewer slide)\b" + MENTIONED,
    r"\boff (?:my ?self|myslef)\b",
    r"\bif i kill(?:ed)? " + SELF,
    r"\b(?:want|wanting|wanna|wantin) to kill yourself\b",
    r"\b(?:wantin|wanting) to die\b(?! (?:of|from|laughing|on)\b)",
    r"\bjump(?:ing)? off the top of\b",
    r"\binto the (?:sea|ocean|lake|river) and (?:not|never) (?:come|coming) back\b",
    r"\b(?:lethal|fatal) (?:dose|amount)\b|\bit takes to (?:die|not wake up|never wake up)\b",
    r"\b(?:would|does|will|could) it take to (?:die|not wake up|never wake up|kill me)\b",
    r"\b(?:meds|pills|drugs|medication|tablets)\b(?: \w+){0,5} (?:would|will|could) kill me\b",
    r"\b(?:don'?t|do not) (?:plan|intend|expect) (?:on|to) (?:be|being) (?:alive|around)\b",
    r"\bno quiero vivir\b|\bsuicidarme\b|\btogliermi la vita\b",
    r"\b(?:i )?(?:wanna|wnt to|wan to|want ?ta|wana) die\b(?! (?:of|from|laughing|if|when|before)\b)",
    r"\bi deserve to die\b",
    r"\b(?:using|use) (?:it|them) on " + SELF,
    # "jump" alone is a career idiom ("jump to a start-up"): only an unfinished intent at a sentence's end counts
    r"\b(?:meaning|meant|tempted) to jump(?=\s*(?:[.!,;]|$))|\bhose (?:from|to|on|into) (?:the |my )?(?:exhaust"
    r"|tailpipe)\b",
    r"\b(?:took|swallowed|take|taking|swallow(?:ing)?|downed|downing|popped|popping) (?:about |like |around |over )?"
    r"(?:[1-9]\d+|a (?:whole |full"
    r" )?bottle|the (?:whole |full )?bottle|all) (?:of )?(?:my |the )?(?:sleeping |sleep |[a-z]+ )?(?:pills|tablets"
    r"|tabs|meds|antidepressants|painkillers)\b(?! (?:the|my|that) (?:doctor|gp|vet|nurse|pharmacist|psychiatrist) "
    r"(?:gave|prescribed|ordered)\b)|\b(?:took|swallowed|take|taking|swallow(?:ing)?) (?:every"
    r"|each) (?:last )?"
    r"(?:pill|tablet)\b(?! (?:out|into|from|off)\b)(?! i had to the\b)",
    r"\bswallow(?:ed|ing)? (?:a|the) (?:whole |entire |full )?bottle\b",
    r"\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my car |my truck |the car )?(?:into|off) "
    r"(?:(?:a|an|the) (?:[\w']+ ){0,2}(?:barrier|wall|tree|bridge|cliff|river|pole|lake|median|overpass"
    r"|oncoming|edge|pier|quay)|oncoming (?:traffic|cars?|trucks?|lorr(?:y|ies))(?! (?:on|in|at|every|each|during"
    r"|lanes?)\b))\b(?! (?:traffic|exit|lanes?|tolls?|road|car park|parking|ramp|bus)\b)",
    r"\bnicht mehr leben\b",
    r"\bmich (?:umzubringen|umbringen|töten)\b",
    r"\b(?:quitarme|quitar mi) la vida\b",
    r"\bme (?:tuer|suicider)\b|\benvie de mourir\b|\bme jeter (?:sous|du haut|par la fen)",
    # someone else's stated intent, reported by a parent, friend or coworker
    r"\b(?:wants?|wanted|wanting|going|gonna|trying|tried|" + THREATEN + r"|plans?|planning) to (?:kill|shoot|hang|"
    r"drown|poison|gas) (?:herself|himself|themselves|themself)\b",
    r"\b(?:will|'ll|going to|gonna|wants? to|" + THREATEN + r" to|plans? to|planning to|try to|tried to) (?:take|end) "
    r"(?:his|her|their) own life\b",
    r"\b(?:she|he|they) (?:wants?|wanted) to die\b(?! (?:of|from|laughing|on|in|when|if|with|at)\b)",
    r"\bso (?:that )?(?:he|she|they) (?:can|could|will|would) die\b(?! (?:happy|peacefully|in peace|at home|with "
    r"dignity|comfortabl\w+|surrounded|pain-free)\b)",
    r"\bthink(?:s|ing)? (?:about|of) killing (?:herself|himself|themselves|themself)\b",
    r"\bbetter off (?:[\w']+ ){0,6}if i (?:was|were|am) dead\b",
    r"\b(?:inject|injecting|take|taking|swallow|swallowing) (?:all|every (?:last )?(?:one|unit|drop)) (?:of )?"
    r"(?:my|the) (?:insulin|pills|meds|medication|tablets|painkillers|sleeping pills)\b"
    r"(?! (?:the|my|that) (?:doctor|gp|vet|nurse|pharmacist|psychiatrist)\b)",
)

SUICIDE: tuple[str, ...] = SUICIDE_COMMON + SUICIDE_WORDINGS + SUICIDE_BROAD_BRIEFS
