"""Crisis patterns for danger to oneself: suicide (and its slang and euphemisms) and self-harm."""

from assistant.guard.crisis.words import (
    IN_A_GROUP,
    MENTIONED,
    NOT_DISCLOSED_BY,
    NOT_FOOD,
    NOT_NAMED,
    NOT_SOMEONE_ELSE,
    SELF,
    SOMEONE_ELSE,
    THREATEN,
    WEEKDAY,
)

# "lost her brother to suicide", "lost him to suicide": a bereavement told, not a risk
LOST_TO = "".join(rf"(?<!\b{who} to )" for who in [*SOMEONE_ELSE.split(), "him", "her", "them"])
# "someone on my team attempted suicide", "patients who self-harm": someone else, told by a manager or a carer
ATTEMPTED_BY = "".join(
    rf"(?<!\b{who} attempted )" for who in [*SOMEONE_ELSE.split(), "someone", "somebody", "team", "member", "employee"]
)
WHO_SELF_HARM = "".join(
    rf"(?<!\b{who} who )" for who in ("patients", "people", "clients", "students", "those", "youth", "teens", "kids")
)

SUICIDE: tuple[str, ...] = (
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
    # session 24, from a fifth writer's explicit messages: word families the patterns above did not reach
    r"\bkys\b" + MENTIONED,
    r"\b(?:tell|telling|told|say|saying|said) (?:it )?(?:to )?myself to (?:kill myself|die)\b",
    r"\bkill yourself\b(?! (?:over|working|trying|doing|for)\b).{0,80}\b(?:say|said|tell|told|telling|saying) (?:it )?"
    r"(?:to )?myself\b",
    r"\b(?:going|gonna|plans?|planning|wants?|about) to end (?:his|her|their) (?:own )?life\b",
    r"\bdead is (?:all |what )?i (?:want|wish)\b",
    r"\b(?:i )?want\W{1,3}to\W{1,3}die\b(?! (?:of|from|laughing|if|when|before|on (?:the|this|that|a) hill)\b)",
    r"\b(?:won'?t|will not|wont|not going to) be alive (?:tomorrow|tonight|next|much longer|anymore|for long|by (?:"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|then))\b",
    r"\b(?:closed|shut|locked) garage\b[^.!?]{0,60}\bengine (?:running|on)\b"
    r"|\bengine (?:running|on)\b[^.!?]{0,60}\b(?:closed|shut|locked) garage\b",
    r"\b(?:tied|tie|tying|made|making|bought) (?:a |the )?noose\b",
    r"(?<!prevención del )(?<!prevencion del )(?<!prevenção do )(?<!prevencao do )\bsuicid(?:ar|arse|io)\b",
    r"\bclimb(?:ed|ing)? (?:over|onto|up on) the (?:railing|rail|ledge|parapet|barrier) (?:on|of) (?:the|a) "
    r"(?:bridge|roof|overpass|building|balcony|car park|parking garage)\b",
    r"\b(?:way|ways|how|best way|easiest way|quickest way) to kill (?:yourself|oneself|myself)\b"
    r"(?! (?:over|working|trying|doing|for|with work|slowly)\b)",
    r"\bover ?do(?:es|se|sed|ze|zed|sing) on (?:my |the |all (?:of )?(?:my )?)?(?:insulin|pills|meds|medication|"
    r"tablets|painkillers|sleeping pills|antidepressants|heroin|fentanyl)\b",
    r"\b(?:gonna|going to|want to|wanna|will|i'?ll|plan to|about to) end (?:my ?self|myslef)\b",
    r"\b(?:pills|tablets|meds)\b.{0,80}\b(?:take|swallow|taking|swallowing) (?:all|every (?:last )?one) of them\b",
    r"\b(?:jump(?:ing)?|(?:throw|throwing|hurl|hurling|fling|flinging) myself) (?:off|from) the top "
    r"(?:level|floor|deck|storey|story) of\b",
    # session 25, from a sixth writer's explicit messages: word families the patterns above did not reach
    r"\b(?:i'?m|im|i am|i'?d be|i would be) (?:probably )?worth more (?:to (?:my family|them|everyone|my kids)"
    r" )?dead\b",
    r"\b(?:going|gonna|planning|decided|about) to jump (?:this time|tonight|today|tomorrow)\b"
    r"(?! (?:and|into|to|on|at|ship|from)\b)",
    r"\b(?:the day|the night) (?:i'?m|im|i am|i) (?:going to|gonna) jump(?=\s*(?:[.!,;]|$))",
    r"\bhow (?:much|many)(?: [\w']+){0,3} (?:pills|tablets|meds|medication|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|insulin|antidepressants|painkillers|of (?:my|these|those|them|it))(?: [\w']+){0,3} "
    r"(?:would|will|is|are|could) (?:be )?(?:fatal|lethal)\b",
    # "I'm going to walk into the sea" is a common joke: only with a time it is a plan
    r"\bwalk(?:ing)? (?:into|in front of) (?:the )?(?:river|sea|ocean|lake|traffic|oncoming traffic|a train|the train) "
    r"(?:tonight|today|tomorrow|this (?:weekend|evening|morning|afternoon))\b",
    r"\b(?:i'?ve|i have|i|i'?m|im|i am) (?:finally )?(?:decided|going|gonna|ready|planning) to end "
    r"(?:it|things|everything)\b(?! (?:with|between|there|here|on|at|early|by|for)\b)",
    r"\b(?:a|the) (?:plan|date)(?: and (?:a|the) (?:date|day|plan|time))? to end (?:it|things|my life|everything)\b",
    r"\b(?:take|taking|took|swallow(?:ing|ed)?|mix(?:ing)?|use|using|inject(?:ing)?)\b[^.!?]{0,60}\bso (?:that )?i "
    r"(?:don'?t|won'?t|never|"
    r"do not|will not|wouldn'?t|would not) wake up(?: again| ever| tomorrow)?(?=\s*(?:[.!,;]|$))",
    r"\b(?:i've|ive|i have|i've got|ive got|got|i) (?:got )?(?:the|a) rope (?:ready|tied)\b(?! (?:for|and|off)\b)",
    r"\bi'?(?:ll| will) be dead (?:by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"the weekend|next week|the end of the (?:week|day|month))|tomorrow|tonight)\b"
    r"(?! (?:with|from|of|at this|if|lol|haha|after|because)\b)",
    r"\b(?:gonna|going to|want to|wanna|i'?ll|i will|just) stop existing"
    r"(?=\s*(?:[.!,;]|$)|\s+(?:altogether|completely|forever|tbh|honestly)\b)",
    # session 26, from a seventh writer's explicit messages: word families the patterns above did not reach
    r"\b(?:i'?ll|ill|i will) have ended (?:my life|it all)\b",
    r"\b(?:will|gonna|going to|want to|wanna|i'?ll|to) (?:finish|stop) my life\b"
    r"(?!'|\s+(?:coach\w*|story|as|at|in|with|on|from|being|going)\b)",
    r"\btop(?:ping)? (?:my ?self|myslef)\b(?! (?:up|off|from|each|every|last)\b)",
    r"\b(?:take|taking|drink|drinking|swallow|swallowing|eat|eating|consume) (?:some |the |rat |a )?poison\b"
    r"(?! (?:pill|and|expecting|hoping|pen)\b)",
    r"\b(?:bottle|can|jug|cup|glass) of (?:pesticide|weed ?killer|antifreeze|bleach|poison|insecticide|paraquat|"
    r"herbicide|cyanide)\b[^.!?]{0,60}"
    r"\b(?:drink|swallow|drinking|swallowing) (?:it|the lot|all of it|the whole (?:thing|bottle))\b",
    r"\b(?:until|till|til) i (?:stop breathing|drown|suffocate)\b(?! (?:hard|heavily)\b)"
    r"|\bengine (?:running|on)\b[^.!?]{0,40}\buntil i (?:die|pass out|fall asleep)\b",
    r"\b(?:decided|deciding|made up my mind|make up my mind) to die\b(?! (?:on|of|from|laughing|in|trying|with)\b)",
    r"\b(?:tonight|today|tomorrow|this (?:weekend|evening|friday))(?:'s| is| will be) the (?:night|day) i "
    r"(?:die|end it|kill myself)\b"
    r"(?! (?:of|from|laughing|inside|a little|with|between|there|at|on)\b)",
    r"(?:\b|(?<=na)|(?<=to))end ?my ?life\b",
    r"\bcharcoal\b(?: [\w']+){0,3} burn(?:ing|t)? (?:it )?(?:in|inside) (?:my|the)\b"
    r"|\bburn(?:ing|t)? (?:a |the |some )?(?:bag of )?charcoal (?:in|inside) (?:my|the) (?:car|bedroom|bathroom|room|"
    r"flat|apartment|tent|van)\b",
    r"\bjump(?:ing)? (?:off|from) (?:the |my )?(?:\d+\w*|\w+(?:th|nd|rd|st)) (?:floor|storey|story)\b"
    r"(?=\s*(?:[.!?,;]|$)|\s+(?:of|window|balcony|tonight|today|tomorrow|and|to die)\b)",
    r"\b(?:better|best) (?:if |that )?i (?:die|am dead|was dead|were dead)\b(?! (?:trying|laughing|of|on|in)\b)",
    r"\b(?:does|would|will|is) it (?:hurt|painful) to (?:hang|drown|suffocate|poison|overdose|slit|shoot (?:yourself|"
    r"myself|oneself)|kill (?:yourself|myself|oneself))\b",
    r"\bquit(?:ting)? (?:on )?life\b(?!\s*(?:as|in|at|of|on|insurance|coach\w*|sciences?|support|style)\b)",
    # session 26, from an eighth writer's explicit messages (formal letters, voice-to-text, less common methods)
    r"\bnot (?:to |going to |gonna )?be (?:alive|breathing) (?:by|on|after|past|come)\b",
    r"\bmake sure (?:i'?m|im|i am|i) (?:not alive|not breathing|dead(?! (?:certain|sure|set|serious|right|on|last)\b))",
    r"\bi (?:won'?t|wont|will not) be breathing (?:by|on|after|tomorrow|tmrw|tonight|next)\b",
    r"\bmy last (?:night|day) alive\b(?! as\b)|\bchoos(?:e|ing) to be dead\b",
    r"\b(?:set|picked|chosen|chose) (?:a|the) date (?:for|of) my (?:death|suicide)\b",
    r"\b(?:die|death|dying|end (?:it|my life)) by my own hand\b",
    r"\bend (?:it|things|everything) (?:permanently|forever)\b(?! (?:with|between)\b)|\bend(?:ing)? things (?:this "
    r"(?:weekend|week|friday|evening)|tonight|today|tomorrow|(?:on )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday))\b(?! (?:with|between|early)\b)",
    r"\bso (?:that )?i (?:die|will die|am dead|end up dead)(?=\s*(?:[.!,;]|$))",
    r"\b(?:throw|throwing|hurl|hurling|fling|flinging) myself (?:off|from|out of|under) (?:a|the|my)\b"
    r"(?! (?:deep end|diving board|stage|high dive|bus)\b)",
    r"\b(?:decided|ready|going|want|wanna|gonna|plan|planning|time) to leave this (?:world|earth|life)\b"
    r"(?! (?:a |better|behind|of)\b)",
    r"\b(?:lie|lay|lying|sit|sitting|stand|standing)(?: down)? on the (?:train |railway |rail )?(?:tracks|rails)\b",
    r"\b(?:gas|gassing|electrocute|electrocuting) (?:my ?self|myslef)\b(?! up\b)",
    r"\bopen(?:ing|ed)? (?:up )?my (?:wrists?|veins)\b|\b(?:i'?ll|i will|i'?m going to|gonna|let myself"
    r"|and) bleed out\b",
    r"\b(?:belt|rope|noose|ligature) (?:around|round) my (?:own )?neck\b",
    # session 26, from a ninth writer's explicit messages (hedged thoughts, method questions, attempts, others' intent)
    r"\bpart of me (?:wants?|wishes|would like) to (?:die|be dead|end it|not (?:wake up|exist|be here))\b"
    r"(?! (?:on|of|laughing|from|with|in)\b)",
    r"\b(?:pills|tablets|meds|dose)\b[^.!?]{0,60}\bto (?:not|never) wake up\b",
    r"\b(?:the fall|the jump|the height)\b(?! in\b)[^.!?]{0,30}\b(?:certain|sure|guaranteed|enough|definitely) to kill"
    r" me\b|\bhigh enough\b[^.!?]{0,40}\bi'?d (?:definitely |surely |actually )?die\b",
    r"\b(?:will|would|is) (?:that|it|this) (?:be )?enough to kill me\b",
    r"\b(?:fatal|lethal|deadly) (?:for|to) (?:someone|a person|a (?:man|woman)) (?:my|of my) (?:weight|size)\b"
    r"|\b(?:is|would be|will be) (?:fatal|lethal|deadly) for me\b",
    r"\b(?:took|swallowed) (?:a lot of|too many|loads of|a bunch of|a handful of|a whole lot of) (?:pills|tablets|meds|"
    r"painkillers|sleeping pills)\b(?! for (?:my|a|the) (?:cold|flu|cough|headache|migraine|back|pain)\b)",
    r"\bthrow(?:ing)? myself off(?=\s*(?:[.!,;]|$)|\s+(?:and|but|tonight|today|tomorrow)\b)",
    r"\bjisatsu\b|\bjasal\b|\bjukgo ?sip",
    # session 26, from a tenth writer's explicit messages (long posts, plans told as jokes or lists, mixed languages)
    r"\b(?:is|'s|will be) the (?:night|day|date) (?:that )?i (?:die|hang|jump|end it|kill myself|end my life)\b"
    r"(?! (?:of|from|laughing|inside|a little|with|between|there|at|on|ship|into|to)\b)",
    r"\brope (?:is|was|has been) (?:bought|ready|tied)\b(?! (?:for|and|badly|on|to)\b)",
    r"\bbe done with (?:living|being alive|it all|life|breathing|existing)\b(?! (?:admin|in|at|as)\b)",
    r"\bgo(?:ing)? over the (?:railing|rail|parapet|balcony)"
    r"(?=\s*(?:[.!,;]|$)|\s+(?:of|at|on|from|into|and|tonight|tomorrow|today)\b)",
    r"\bme voy a (?:matar|suicidar)\b(?! (?:estudiando|trabajando|de)\b)",
    # session 27, from an eleventh writer's explicit messages (second-language English, intent tied to a career
    # outcome, phone fragments)
    r"\b(?:want|wanna|going|gonna|thinking|think|decided|decide|planning|plan|ready|will|trying|try) (?:to )?finish "
    r"(?:my ?self\b(?! off (?:the|my|this)\b)|my (?:own )?life(?=\s*(?:[.!,;]|$)|\s+(?:since|because|bc|tonight|today"
    r"|tomorrow|soon|now|this|but|before|after|if|when)\b))",
    r"\bi(?: will|'ll| am going to|'m going to| m going to| want to| wanna| am gonna|'m gonna| gonna) kill me\b"
    r"(?! (?:a|some)\b)",
    r"\bif\b(?![^.!?]{0,60}\b(?:contract|lease|relationship|partnership|subscription|agreement|trial|deal"
    r"|membership|engagement|project|campaign|experiment)\b)[^.!?]{0,60}\b(?:i'?m|im|i am|i'?ll|i will) "
    r"(?:gonna |going to )?end(?:ing)? it (?:on|this|next|by) "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight)\b",
    r"\bend(?:ing)? it after my last (?:shift|day)\b(?! (?:by|with|on good terms)\b)",
    # the article left out, as people writing in a second language do: only where the sentence goes on with a place,
    # a time or its end ("jump from roof repair into solar" is a career move)
    r"\b(?:jump(?:ing)? (?:off|from)|(?:step(?:ping)?|jump(?:ing)?|throw(?:ing)? myself) in front of) (?:bridge|roof"
    r"|building|balcony|cliff|tower|window|train|bus|truck|lorry|car|subway|metro|tram|traffic)"
    r"(?=\s*(?:[.!,;]|$)|\s+(?:at|near|in|on|tonight|tomorrow|today|this|after|before|and|because|bc|when|so)\b)",
    r"\boverdoes on (?:my |his |her |the |all )?(?:\w+ )?(?:meds|pills|tablets|medication|insulin|painkillers)\b",
    # session 27, from a twelfth writer's explicit messages (algospeak, emoji for the means, Gen-Z slang; the disguised
    # spellings themselves are made plain by disguise.py)
    r"\b(?:gonna|going to|about to|will|'ll) end it\b[^.!?]{0,20}\b(?:not joking|not kidding|for real|i mean it|"
    r"i'?m serious|im serious|no cap)\b",
    r"\b(?:want|wanna|ready) (?:to )?be in (?:a|my) (?:coffin|grave|casket)\b",
    r"\bbottle of (?:sleeping )?pills\b(?! for)[^.!?]{0,60}\b(?:taking|take|swallow|swallowing) (?:them|it|all)\b",
    r"\byeet(?:ing)? my ?self (?:off (?:a|the|my) (?:roof|bridge|balcony|building|parking garage|cliff|ledge|top)|out "
    r"(?:of )?(?:a|the|my) (?:window|car|plane|building)|from (?:a|the|my) (?:roof|bridge|balcony|window|building|"
    r"parking garage)|in front of (?:a|the) (?:train|bus|car|truck|traffic)|into (?:oncoming )?traffic)\b",
    r"\bending my ?self\b",
    # session 28, from a fifteenth writer's explicit messages (the means at hand at work, finality, money after death)
    # and a sixteenth's (pasted forms, tickets, chat logs, transcripts)
    r"\benough\b[^.!?]{0,40}\b(?:that |so )?i (?:won'?t|wont|will not|never|don'?t) wake up\b(?! (?:tired|late|early"
    r"|groggy|hungry|in time|on time|until|till|before|at|with|feeling|rested|refreshed)\b)",
    r"\b(?:pills|tablets|meds|medication|painkillers|insulin|vials?|ampoules?|morphine|opioids|oxy\w*|fentanyl|"
    r"controlled drugs|potassium|pentobarbital|diazepam|benzos)\b[^\n]{0,150}?\b(?:take|taking|swallow|swallowing|"
    r"down|downing|inject|injecting) (?:them all|it all|all of (?:them|it)|the (?:whole )?lot|every (?:last )?"
    r"(?:one|drop)(?: of (?:them|it))?)\b(?! (?:to|back|with|into|out|off|from|for|of|on|in|at|as|daily|every)\b)",
    r"\b(?:potassium|kcl|pentobarbital|phenobarbital)\b[^.!?]{0,100}\binject(?:ing)? (?:my ?self|it into (?:my ?self|"
    r"my (?:arm|vein)))\b|\binject(?:ing)? (?:my ?self|me) with (?:potassium|kcl|pentobarbital|an overdose|a lethal"
    r"|air|bleach|all (?:of )?(?:it|them|the|my))\b",
    r"\bturn(?:ing)? (?:the |my |his |a )?(?:gun|rifle|pistol|shotgun|weapon|firearm|service weapon|revolver) on "
    r"(?:my ?self|myslef)\b|\b(?:gun|rifle|pistol|shotgun|weapon|firearm|revolver)\b[^\n]{0,120}?\bturn(?:ing)? it on "
    r"(?:my ?self|myslef)(?=\s*(?:[.!,;]|$)|\s+(?:tonight|today|tomorrow|after|when|this|at|before)\b)",
    r"\b(?:shotgun|gun|rifle|pistol|revolver)(?:'s| is| has been)? (?:\w+ and )?loaded\b[^.!?]{0,40}\b(?:it'?s|its"
    r"|it is|that'?s) (?:meant )?for me\b",
    r"\b(?:walk|walking|go|going|head|heading|drive|driving|swim|swimming)(?: out)? (?:into|in to|out to|to) the "
    r"(?:woods|forest|sea|ocean|lake|river|hills|mountains|moors?|desert|water)\b[^.!?]{0,40}\b(?:won'?t|will not"
    r"|wont|not|never) (?:be )?(?:walk|com|return|swim)\w* (?:out|back)\b(?! (?:until|till|before|for|with)\b)",
    r"\b(?:poison|pills|tablets|meds|morphine|insulin|vials?|potassium|cyanide|chemicals?|overdose|pentobarbital)\b"
    r"[^\n]{0,150}?\b(?:going to|gonna|will|'ll|plan(?:ning)? to|mean to|about to) (?:swallow|inject) (?:it|them"
    r"|the lot|it all|"
    r"all of (?:it|them)|the whole lot)\b(?= (?:tonight|today|tomorrow|when i get home|after (?:handover|my shift|the "
    r"shift|work|my last)|this (?:weekend|evening|afternoon|morning)|on (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday))\b)",
    r"\b(?:let|make) (?:them|everyone|people|my (?:family|wife|husband|kids|mum|mom|parents)|the (?:site|company"
    r"|insurers?|coroner)) (?:think|believe) i (?:slipped|fell)(?=\s*(?:[.!,;]|$)|\s+(?:and|off|from)\b)",
    r"\b(?:unhook|unclip)\w*\b[^.!?]{0,60}\b(?:let go|jump|drop|fall)(?=\s*(?:[.!,;]|$)|\s+(?:from|off|tonight|today"
    r"|tomorrow)\b)",
    r"\b(?:climb|step|get)\w* (?:out of (?:the|my) (?:cab|window|car|cradle|basket|cockpit)|(?:onto|over|up on) the "
    r"(?:roof|ledge|railing|parapet|barrier|fence|edge))\b[^.!?]{0,20}\band jump(?=\s*(?:[.!,;]|$)|\s+(?:tonight"
    r"|today|tomorrow|off|from)\b)",
    r"\b(?:ledge|top lift|railing|parapet|roof|rooftop|scaffold\w*|balcony|bridge)\b[^.!?]{0,60}"
    r"\bthinking (?:about|of) (?:going over|jumping|falling|stepping off|letting go)(?=\s*(?:[.!,;]|$)|\s+(?:off|over)"
    r"\b)",
    r"\b(?:pillar|tree|bridge|abutment|barrier|overpass|pylon|lamppost)\b[^.!?]{0,80}\b(?:drive|driving|crash"
    r"|crashing|steer|steering|swerve|swerving|plough|ploughing|plow|plowing) (?:my \w+ |the \w+ )?(?:straight |right "
    r"|head[- ]on |deliberately )?into it\b",
    r"\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to) (?:going|go|jump|jumping|slip"
    r"|slipping) over the side\b(?: of the (?:boat|ship|ferry|trawler|vessel|deck))?"
    r"(?=\s*(?:[.!,;]|$)|\s+(?:with (?:my )?(?:boots|weights)|and (?:nobody|no one|never|not)|tonight|tomorrow|on "
    r"(?:night|the night))\b)",
    r"\b(?:scheduled|queued|timed)\b[^.!?]{0,80}\b(?:emails?|messages?|posts?|letters?|texts?)\b[^\n]{0,120}?"
    r"\b(?:by then|by the time (?:they|it|you|people|anyone|everyone)\b[^.!?]{0,30}),? i'?(?:ll| will) (?:already )?be "
    r"dead\b",
    r"\b(?=last )(?<!your )(?<!\bthe )(?<!their )(?<!\bhis )(?<!\bher )(?<!\bour )last (?:day|night|week|weekend) "
    r"alive\b(?! as\b)|\b(?=my )(?<!if it was )(?<!if it were )my last "
    r"(?:day|night|week|weekend|one) on (?:this )?earth\b",
    r"\btak(?:e|ing) my own life\b(?! (?:back|in|into|forward|seriously|more|decisions?|choices|path|story"
    r"|experiences?|lessons?|insurance)\b)",
    r"\b(?:planning|plan|going|gonna|want|wanna|decided|ready|about|thinking about|considering) (?:to )?tak(?:e|ing) "
    r"my life\b(?! (?:back|in|into|to|forward|seriously|more|from|decisions?|choices|path|story|experiences?"
    r"|lessons?|insurance|and (?:my )?(?:career|work|job))\b)",
    # session 28, from a seventeenth writer's explicit messages (formal, religious and gamer wording; euphemisms); each
    # family is its own pattern and opens with plain words, so it is compiled letters first (see `fast_form`)
    r"\b(?:die|death|dying|dead|maker|angels|heaven|lord)\b[^.!?]{0,40}\bby my own (?:hand|hands|doing)\b",
    r"\blay(?:ing)? down my (?:own )?life by my own (?:hand|hands|doing)\b",
    r"\bend (?:it|my life|things|my days)\b[^.!?]{0,40}\bby my own (?:hand|hands|doing)\b",
    r"\bshuffle off this mortal coil\b[^.!?]{0,30}\bby my own (?:hand|hands|doing)\b",
    r"\bdepart(?:ing)? this (?:world|earth|life|mortal)\b",
    r"\bend my (?:earthly|mortal) (?:life|existence|days|journey)\b",
    r"\bbring my (?:days|life) to (?:a |an )?(?:close|end)\b",
    r"\bput an end to (?:myself|my (?:own )?(?:life|days|existence))\b(?! of\b)",
    r"\b(?:take|taking|took) my leave of (?:this )?(?:life|world|earth)\b",
    r"\b(?:exit|departure) from (?:this )?(?:world|life|earth)\b(?! (?:sciences?|insurance|coach\w*)\b)",
    r"\battempt (?:up)?on my (?:own )?life\b",
    r"\blast train out of (?:life|this (?:life|world))\b",
    r"\bcease (?:living|to live)\b(?! (?:in|at|on)\b)",
    r"\bnot see another \w+\b[^.!?]{0,20}\b(?:i have|i'?ve) (?:decided|resolved|made up my mind)\b",
    r"\bmy (?:(?<=this is my )|(?<=it's my )|(?<=its my )|(?<=today is my )|(?<=tonight is my )|(?<=tomorrow is my ))"
    r"(?:last|final) (?:evening|night|day|week|morning) (?:up)?on (?:this )?earth\b",
    r"\b(?:meet|meeting) my maker (?:tonight|today|tomorrow|this (?:week|weekend)|on (?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday))\b",
    r"\bself-?delet(?:e|ing|ed)\b(?! (?:my|the|your|old|all|some|his|her|their|those|these|a|an|it|them|posts?|tweets?"
    r"|comments?|messages?|photos?|accounts?|from)\b)",
    r"\b(?:uninstall|despawn|forcequit|force-quit|force quit)\w* (?:my ?self|my own (?:process|life|body))\b"
    r"(?! (?:from|out of|off)\b)",
    r"ctrl\+alt\+delete myself\b",
    r"\b(?:pills|tablets|meds|insulin|painkillers|sleeping pills) (?:i'?ve|i have) been (?:saving|hoarding|stockpiling"
    r"|collecting|stashing)\b",
    r"\b(?:planned|planning|plan) my final exit\b(?! (?:interview|survey|meeting|form|paperwork|checklist)\w*)",
    r"\bhelium\b[^.!?]{0,20}\b(?:and|with) (?:a|the) (?:bag|hood)\b(?! of\b)",
    r"\bnot (?:to )?renew my lease on life\b",
    r"\b(?:never|wont|won't) renew my lease on life\b",
    r"\btak(?:e|ing) (?:a|the) long walk off (?:a |the )?(?:short )?pier (?:tonight|today|tomorrow|this \w+)\b",
    r"\b(?:tonight|today|tomorrow)\b[^.!?]{0,20}\bwalk(?:ing)? (?:onto|on to|into) the (?:train |railway |rail )?"
    r"tracks\b",
    r"\bwalk(?:ing)? (?:onto|on to|into) the (?:train |railway |rail )?tracks (?:tonight|today|tomorrow)\b",
    r"\btake myself out of the picture (?:for good|permanently|forever)\b",
    r"\bmade my peace and (?:i )?(?:will|shall|am going to) go (?:tonight|today|tomorrow)\b",
    r"\b(?:picked|chosen|chose|scouted) (?:the|a) (?:bridge|cliff)\b(?! (?:design|project|contract|team|route"
    r"|inspection|job)\b)",
    r"\bstep(?:ping)? off (?:the|a) (?:overpass|bridge|ledge|building|balcony|cliff|multi[- ]?stor(?:e)?y)\b"
    r"(?![^.!?]{0,15}\b(?:onto|to the|into)\b)(?! (?:deck|walkway|platform|ramp)\b)",
    r"\b(?:procured|acquired|obtained|bought) the means\b(?! (?:to|of|for)\b)",
    r"\bthe means (?:are|is) (?:acquired|ready|in place|procured)\b",
    r"\bthe noose(?:'s| is) (?:tied|up|ready|hung)\b",
    r"\b(?:gun|pistol|shotgun|rifle)(?:'s| is) (?:already )?(?:loaded|in the glovebox)\b(?=[^.!?]{0,10}[.!])",
    r"\bthe rope(?:'s| is) (?:up(?=\s*(?:[.!,;]|$))|(?:up )?in the (?:garage|car|boot|trunk|shed)\b)",
    # session 28, from a nineteenth writer's explicit messages (a broad brief: every message worded differently)
    r"\b(?:going to|gonna|about to|will|'ll) step off(?=\s*(?:[.!,;]|$))",
    r"\bnoose\b[^.!?]{0,80}\b(?:going to use it|gonna use it|'ll use it|will use it|made for myself|tied for myself)\b",
    r"\b(?:took|take|swallowed|overdosed on)\b[^.!?]{0,40}\b(?:pills|tablets|meds|medication)\b[^.!?]{0,10}\bto die\b",
    r"\b(?:to|going to|gonna|will|'ll|decided to|mind to) stop living\b(?! (?:in|at|with|for|paycheck|like|off|under"
    r"|on)\b)",
    r"\b(?:courage|nerve|guts) to (?:jump(?! ship| into| to| at)|let go(?! of))\b",
    r"\btake myself out\b(?! (?:of|for|to|on)\b)",
    r"\bdone (?:with )?living\b(?! (?:in|at|with|here|there|abroad|out|under|on|off|like|paycheck|for)\b)",
    r"\b(?:roof|rooftop|ledge|balcony|bridge|top floor)\b[^.!?]{0,120}\bgo over the edge(?=\s*(?:[.!,;]|$))",
    r"\bpankh[ae] se latak\w*|\b(?:faa?nsi|phaa?nsi) (?:laga|lagaa|le)\w*",
    r"\b(?:put|putting) myself in the ground\b",
    r"\b(?<!n't )(?<!not )(?<!never )(?:drink|drinking|drank|swallow|swallowing|swallowed|down|downed) (?:the |some "
    r"|a bottle of |the whole "
    r"bottle of )?(?:bleach|antifreeze|drain cleaner|weed ?killer|pesticide|paraquat)\b(?! (?:water|solution|mix)\b)",
    r"\bwalk into the (?:sea|ocean|river|lake)\b[^.!?]{0,10}[.!]?\s*(?:(?:i'?m )?not (?:actually |even )?joking|no joke"
    r"|i mean it)",
    r"\b(?:won'?t|not going to|not|never) (?:be )?climb(?:ing)? back(?: over| down)?(?=\s*(?:[.!,;]|$))",
    r"\bbridge\b[^.!?]{0,60}\bclimb(?:ed|ing)? over the (?:railing|rail|parapet|barrier)\b(?! to (?:check|fix|inspect"
    r"|reach|get|grab|repair|clean|paint)\b)",
    r"\b(?<!n't )(?<!not )(?<!never )(?:drive|driving|crash|crashing|steer|steering|swerve|swerving)\w* (?:my \w+ |the "
    r"\w+ )?(?:into|off) (?!the skid)[^.!?]{0,30}\bon purpose\b",
    r"\blet (?:them|someone|people|my \w+) find me\b(?! (?:on|in|at|through|via) (?:linkedin|indeed|google|the job|job"
    r"|my (?:portfolio|website|profile))\b| a job)",
    r"\b(?:they'?ll|someone will|they will) find me (?:dead|hanging|in the morning)\b",
    r"\b(?:meaning|meant|trying|tried|wanted|want|going) to bleed (?:to death|out\b(?! (?:the|a|my|our|air)\b))",
    # session 28, R28-6: a twenty-first and twenty-second writer's explicit messages (broad briefs)
    r"\binject(?:ing)? (?:all of it|it all|the lot|everything) into (?:my ?self|me)\b",
    r"\b(?:roof|ledge|bridge|balcony|rooftop)\b[^.!?]{0,60}\bstep off the edge\b",
    r"\b(?:i will not|i won'?t|i wont) live (?:after|past|beyond) (?:this|the|next) (?:month|week|weekend|year|friday"
    r"|day)\b",
    r"\b(?:already|just) bought (?:the|a) rope\b(?! (?:for|ladder)\b)",
    r"\bpoint(?:ing)? (?:it|the gun|a gun|the pistol|the rifle) at my (?:own )?head\b",
    r"\bwalk(?:ing)? into (?:it|the (?:river|sea|lake|ocean|water))\b[^.!?]{0,20}\b(?:not|never) (?:coming|come) "
    r"(?:out|back)\b",
    r"\b(?:rifle|gun|pistol|shotgun)\b[^.!?]{0,60}\binto the (?:woods|forest|hills|fields?)\b[^.!?]{0,40}\b(?:not"
    r"|never)"
    r" (?:come|coming|walk|walking) (?:out|back)\b",
    r"\blethal dos(?:e|es|age)\b[^.!?]{0,60}\bgo(?:ing)? through with it\b",
    r"\bsauter (?:du|d'un|de la|par la) (?:pont|toit|fen[eê]tre|immeuble|falaise)\b",
    r"\bjumped (?:off|from) (?:a|the) (?:bridge|roof|building|balcony|overpass|cliff)\b[^.!?]{0,30}\b(?:and (?:lived"
    r"|survived)|to die)\b",
    r"\bi have the (?:rope|pills|gun) and (?:i have )?the (?:date|day|time|place)\b",
    r"\bhoping (?:my heart would stop|i (?:would|wouldn'?t|would not) (?:die|wake up))\b",
    r"\bplanning my (?:own )?death\b(?!-)",
    r"\b(?:rat poison|poison|bleach|antifreeze) is my (?:dinner|lunch|breakfast|last meal|drink)\b",
    r"\b(?:plan|planning|intend|going) to be dead (?:before|by|when|after)\b",
    r"\bfinish(?:ing)? myself off\b(?! (?:the|my|this)\b)",
    r"\b(?:i'?m|im|i am) (?:going to|gonna) hang from(?=\s*(?:[.!?,;]|$))",
    r"\bengine running\b[^.!?]{0,40}\bwith me in (?:it|the car|the truck|the van)(?=\s*(?:[.!,;]|$)|\s+(?:tonight"
    r"|today|and)\b)|\bshut the garage door\b[^.!?]{0,40}"
    r"\bengine running\b",
    r"\b(?:roof|rooftop|bridge|balcony|ledge)\b[^.!?]{0,60}\band (?:leaping|jumping|leap|jump)(?=\s*(?:[.!,;]|$))",
    r"\bstring(?:ing)? myself up\b",
    r"\bbringe mich\b[^.!?]{0,20}\bum\b",
    r"\bnoose tied(?=\s*(?:[.!,;]|$))",
    r"\b(?:aim|aiming|point|pointing)\w* (?:my|the) (?:rig|truck|car|lorry|van) at (?:the|a) (?:\w+ )?(?:pillar|wall"
    r"|tree"
    r"|barrier|bridge|abutment)\b",
    # session 28, R28-7: a twenty-fourth writer's explicit messages (broad brief)
    r"\bgoing off the (?:roof|ledge|balcony|bridge) of\b",
    r"\bfrom the (?:drug|medicine|meds|controlled drugs?) (?:cupboard|cabinet|trolley)\b[^.!?]{0,30}\bto (?:not|never) "
    r"wake up\b",
    r"\b(?:put|putting|press|pressing|hold|holding|resting) (?:it|the gun|the pistol|the rifle|my (?:gun|pistol|rifle"
    r"|service weapon)) (?:to|against|under) my (?:own )?(?:head|temple|chin|mouth)\b",
    r"\b(?:step|jump|throw myself|walk)\w*(?: out| off)? in front of the \d{1,2}[:.]\d{2}\b",
    r"\bswallowed everything in (?:the|my) (?:medicine cabinet|bathroom cabinet|cupboard|first aid kit)\b",
    r"\b(?:tonight|today|tomorrow|friday|this weekend) i stop existing\b",
    r"\btirarme (?:del|de un|de una|de la|desde el|desde la|por la|a las) (?:puente|edificio|balc[oó]n|ventana|azotea"
    r"|techo|v[ií]as)\b",
    r"\bgarage\b[^.!?]{0,40}\bengine running\b[^.!?]{0,30}\b(?:door|doors) (?:shut|closed|locked)\b",
    r"\b(?:i'?m|im|i am) letting go in (?:a few|five|ten|\d+) (?:minutes|mins)\b",
    r"\b(?:put|putting|stick|sticking) my head in the (?:gas )?oven\b(?! to (?:check|clean|look|see)\b)",
    r"\bdon'?t plan (?:on|to) wak(?:e|ing) up\b",
    r"\bmake my death look like an accident\b",
    r"\bmade an attempt\b(?! to\b)[^.!?]{0,20}\b(?:handful|bottle|overdose|pills|tablets|rope|jump)\b",
    r"\bnot coming (?:down|out|home|back) alive\b(?!\W{0,3}(?:lol|haha|lmao|jk)\b)",
    r"\btrain\b[^.!?]{0,40}\b(?:i'?m|im|i am) going to be under it\b",
    r"\bthat'?s when i swallow (?:the lot|them|it all|everything)\b",
    # session 29, R29-1: a twenty-fifth and twenty-sixth writer's explicit messages (broad briefs: the means, place and
    # moment named instead of the common phrasings)
    r"\b(?:i've|ive|i have) (?:got )?(?:the |a |my )?(?:extension cord|rope|belt|cable|noose)\b[^.!?]{0,15}\b(?:tied"
    r"|hung|hanging|up) (?:off )?(?:on|to|around|from|over) (?:the|a) (?:\w+ )?(?:rafters?|beams?|banister|loft"
    r"|ceiling)(?: already)?(?=\s*(?:[.!,;]|$))",
    r"\bbought (?:the |a |some )?rope (?:today|yesterday|this morning|tonight)\b(?! (?:for|to)\b)",
    r"\b(?:gun|pistol|sidearm|rifle|shotgun|revolver|glock|service weapon)\b[^.!?]{0,40}\bloaded\b(?! (?:onto|into|on"
    r"|in|up|with)\b)[^.!?]{0,40}\b(?:in my lap|on my lap|in my mouth|(?:i'?m|im|i am) done(?=\s*(?:[.!,;]|$)))",
    r"\b(?:it's|its) loaded and (?:sitting )?(?:in|on) my lap\b",
    r"\b(?:eat|eating|ate) my (?:gun|pistol|rifle|shotgun|service weapon)\b",
    r"\blogging off for good\b[^.!?]{0,30}\b(?:bridge|overpass|tracks|cliff|roof)\b",
    r"\b(?:won't|wont|not going to|not|never) (?:be )?climb(?:ing)? back (?:over|down|up) (?:the|that) (?:rail|railing"
    r"|ledge|fence|barrier|parapet|wall)(?=\s*(?:[.!,;]|$))",
    r"\b(?:car|engine|truck|van)\b[^.!?]{0,10}\brunning\b[^.!?]{0,40}\btaped (?:up )?the (?:gaps|cracks)\b",
    r"\bgarage\b[^.!?]{0,40}\b(?:door|doors) (?:shut|closed|down|locked)\b[^.!?]{0,20}\bengine running\b",
    r"\bcharcoal\b[^.!?]{0,30}\b(?:lit|burning)\b[^.!?]{0,5}in (?:the|my) (?:bathroom|bedroom|car|room|tent|flat"
    r"|apartment)\b",
    r"\bgoing up (?:one more|one last) time\b[^.!?]{0,60}\bnot (?:climbing|coming) (?:down|back)(?: (?:the"
    r"|that) ladder| down)?(?=\s*(?:[.!,;]|$))",
    r"\benough (?:\w+ ){0,3}to (?:not|never) wake up and (?:i'?m|im|i am) doing it\b",
    r"\b(?:going|go) deep enough to (?:not|never) wake up\b",
    r"\bveneno\b[^.!?]{0,30}\bvou (?:tomar|beber)\b",
    r"\b(?:anchor|chains|chain|weights|weight|rocks|stones)\b[^.!?]{0,30}\b(?:wrapped|tied|chained) (?:round|around"
    r"|to) me\b",
    r"\b(?:river|lake|sea|water|pond|canal)\b[^.!?]{0,40}\b(?:rocks|stones|weights) in my (?:coat |jacket )?pockets\b",
    r"\btook (?:like |about |around |maybe |over )?(?:[2-9]\d|\d{3}) (?:of (?:the|my) )?(?:tylenol|paracetamol|pills"
    r"|tablets|advil|ibuprofen|aspirin|sleeping pills|xanax|oxy\w*)\b",
    r"\b(?:laid|lined|set) (?:out|up) (?:all )?(?:the|my) (?:pills|tablets)\b[^.!?]{0,20}\band the (?:wine|vodka"
    r"|whiskey|whisky|alcohol|booze|gin)\b",
    r"\b(?:train|express|tube|metro|platform)\b[^!?]{0,80}\b(?:stepping|jumping|walking|standing) (?:off "
    r"|out )?(?:in front of|under) it(?=\s*(?:[.!,;]|$))",
    r"\bgoing off (?:my|the|our) (?:balcony|roof|ledge) (?:tonight|today|tomorrow|now|this (?:evening|morning"
    r"|weekend))\b",
    r"\btabletten habe ich (?:schon |gerade )?(?:genommen|geschluckt), alle\b",
    r"\b(?:habe|hab) (?:gerade |schon )?alle (?:meine |die )?tabletten (?:genommen|geschluckt)\b",
    r"\balle (?:pillen|tabletten|medicijnen)\b[^.!?]{0,20}\b(?:ingenomen|geslikt)\b",
    r"\btried to hang (?:myself )?(?:(?:an hour|half an hour|\w+ (?:hours|minutes|mins)) ago|last night|yesterday"
    r"|this morning)\b",
    r"\bthe knot slipped\b[^!?]{0,80}\b(?:i'?ll|i will|gonna|going to) (?:get it right|try (?:it )?again"
    r"|do it (?:again|properly))\b",
    r"\bwith (?:the|my|dad'?s|my dad'?s) (?:rifle|shotgun|gun|pistol)\b[^.!?]{0,30}\b(?:once|when|after) (?:the wife"
    r"|my wife|my husband|the kids|everyone|they|she|he)(?:'s| is| are)? (?:asleep|in bed)\b[^.!?]{0,20}\binsurance\b",
    r"\b(?:paracetamol|tylenol|pills|tablets|painkillers)\b[^.!?]{0,80}\b(?:taking|swallowing|take|swallow) the (?:lot"
    r"|whole lot)\b",
    r"\b(?:flooring|gunning) it (?:over|off) the (?:edge|cliff|side|bridge)\b(?! of the ramp\b)"
    r"(?![^.!?]{0,30}\b(?:stunt|shot|scene|film)\b)",
    r"\balready drawn it up\b[^!?]{0,80}\binject\w*",
    r"\btatalon (?:na )?ako (?:sa|mula sa) (?:tulay|building|gusali|bubong)\b",
    r"\busing (?:my )?(?:dad'?s|dads|father'?s|brother'?s|husband'?s|the) (?:gun|pistol|rifle|shotgun) (?:tonight"
    r"|today|tomorrow|on myself)\b",
    r"\bgo(?:ing)? home to (?:the lord|god|jesus)\b(?!')[^.!?]{0,20}\b(?:tonight|today|tomorrow)\b",
    r"\b(?:ledge|roof|car park|parking garage|bridge|storeys|stories|floors up)\b[^!?]{0,80}\bmy legs over the (?:side"
    r"|edge)\b",
    r"\b(?:7boob|hboob|7ubub)\b[^.!?]{0,60}\bebla3\w*",
    r"\b(?:took|swallowed) (?:the|all the|all my|all of the) (?:pills"
    r"|tablets)\b[^.!?]{0,30}\bago\b[^.!?]{0,30}\b(?:getting|feel\w*|starting to feel|going) (?:really |so "
    r"|very )?(?:sleepy|heavy|drowsy|dizzy|numb|woozy)\b",
    r"\blast shift ever\b[^.!?]{0,30}\bthe (?:pills|rope|gun|pistol) (?:are|is) in my (?:locker|bag|car|pocket|coat)\b",
    r"\bdecided how and when(?=\s*(?:[.!,;]|$))",
    r"\b(?:standing|sitting|stood|sat) on the (?:edge|ledge) of (?:the|a|my) (?:[\w-]+ ){0,3}(?:roof|building|bridge"
    r"|garage|car park|tower|cliff|balcony|overpass)\b[^.!?]{0,30}\b(?:going to|gonna|about to) jump\b(?! (?:in|into"
    r"|on|onto|at|ship|the gun|to|through|back|up)\b)",
    r"\b(?:i'm|im|i am) (?:already )?over the (?:railing|rail|barrier|parapet)(?=\s*(?:[.!,;]|$))",
    r"\b(?:put|got) my affairs in order\b[^!?]{0,160}\b(?:i'?m|im|i am) doing it (?:tonight|tomorrow)\b",
    r"\b(?:decided|made up my mind)\b[^.!?]{0,10}\bi (?:won'?t|will not|wont) be alive (?:for|by|to|on|when)\b",
    r"\bdriving to the (?:bridge|cliffs?|quarry|lake|river|coast)\b[^.!?]{0,20}\b(?:and )?not (?:driving"
    r"|coming) back(?=\s*(?:[.!,;]|$))",
    r"\bnoose (?:hanging|tied|ready|up) (?:in|from|on) my (?:closet|wardrobe|room|bedroom|garage|loft|attic"
    r"|basement)\b(?![^.!?]{0,40}\b(?:halloween|display|decoration|prop|costume|film|play)\b)",
    r"\bby then i'?ll be gone\b[^!?]{0,40}\bi know exactly how i'?m (?:doing|going to do) it\b",
    r"\beverything (?:set up|ready) in the (?:bathroom|garage|bath)\b[^!]{0,120}\b(?:i'?m|im|i am) doing it "
    r"(?:tonight|tomorrow night|" + WEEKDAY + r" night)\b",
    r"\b(?:taking|take) my foot off the brake after (?:this|i (?:send|post))\b",
    r"\bmade up my mind\b[^.!?]{0,30}\bthe (?:pills|tablets|rope|gun) (?:are|is) ready(?=\s*(?:[.!,;]|$))",
    r"\bwalking to the (?:overpass|bridge|cliffs?|tracks) now(?=\s*(?:[.!,;]|$))",
    r"\b(?:i'm|im|i am|i'll be|ill be) dead by (?:"
    + WEEKDAY
    + r"|tomorrow|tonight)\b[.!,]? ?(?:not a joke|no joke|i mean it|seriously)\b",
    r"\bkendimi as(?:acağım|acagim|ıcam|icam)\b",
    r"\bnhảy từ (?:sân thượng|tầng|cầu)\b",
    # session 29, R29-2: a twenty-eighth writer's explicit messages (short messages and bursts; the means named)
    r"\btook everything in (?:the|my) (?:medicine|bathroom) cabinet\b(?! to\b)",
    r"\bengine running and the (?:cab|car|garage|van|windows) sealed(?: up)? on purpose\b",
    r"\b(?:tonight|today|tomorrow|now) i(?:'ll| will)? use it on me\b",
    r"\bdriving to the (?:bridge|cliffs?|quarry|lake|river|coast) now\b[^!?]{0,20}\bnot (?:driving"
    r"|coming) back(?=\s*(?:[.!,;]|$))",
    r"\b(?:roof|ledge|bridge|balcony|cliff)\b[^!?]{0,40}\bgoing over the (?:edge|side|railing) (?:at \d|tonight|today"
    r"|when)\b",
    r"\b(?:took|taken|drew up|drawn up|saved|stolen|stole) enough (?:\w+ ){0,3}to stop my heart\b",
    r"\bdrew up enough\b[^.!?]{0,30}\bto (?:not|never) wake up(?=\s*(?:[.!,;]|$))",
    r"\b(?:densha|senro) ni tobikomi\w*",
    r"\bttwieonaeril\b",
    r"\bden thelw na ksypnhsw\b",
    r"\bwith (?:a|the) rope over the (?:beam|rafters?|banister|branch)\b",
    r"\bnote'?s on the\b[^!?]{0,40}\b(?:chair|stool)(?:'s| is) under the (?:beam|rafters?|banister|hook)\b",
    r"\btied it\b[^.!?]{0,30}\bkick (?:the|away the) (?:stool|chair)\b",
    r"\b(?:swallowed|took|downed) the rest of (?:my|the) \w+ with (?:half |a whole )?(?:a )?bottle of (?:vodka|whisky"
    r"|whiskey|wine|gin|rum)\b",
    r"\bmy last day (?:breathing|alive)(?=\s*(?:[.!,;]|$))",
    r"\b(?:wont|won't|wnt) (?:be|b) here\b[^!?]{0,30}\bgot (?:da|the|my) pills(?=\s*(?:[.!,;]|$))",
    r"\bshaft\b[^!?]{0,60}\b(?:that's|thats) where (?:i'm|im|i am) going (?:down|in)\b",
    r"\bfrom me (?:and )?not (?:from )?the police\b",
    r"\b(?:go|going|walk|walking) in and (?:don't|dont|not|never) come (?:up|out|back)(?=\s*(?:[.!,;]|$))",
    r"\babout to let go(?:(?<=\bi'm about to let go)|(?<=\bim about to let go)"
    r"|(?<=\bi am about to let go))(?=\s*(?:[.!,;]|$))",
    r"\bcounted out\b[^.!?]{0,40}\b(?:i'm|im|i am) (?:starting now|taking them (?:tonight|now|today))\b(?! to\b)",
    r"\btried to hang (?:myself )?(?:in|from|off) the (?:stairwell|garage|shed|loft|attic|closet|basement|barn|woods"
    r"|bathroom|bedroom)\b",
    r"\bdrove (?:my \w+ |the \w+ )?into (?:a|the) (?:tree|wall|pole|barrier|river|lake|bridge"
    r"|truck)\b[^.!?]{0,10}\bon purpose\b",
    r"\b(?:blade|razor|knife)\b[^.!?]{0,40}\b(?:going|cutting|go) deep(?:er)? this time\b",
    r"\bcounting to (?:ten|10|three|3|five|5) (?:then|and then|and) i(?:'ll)? jump(?=\s*(?:[.!,;]|$))",
    r"\b(?:shotgun|rifle|gun|pistol)\b[^.!?]{0,40}\bnot (?:walking|coming) back(?=\s*(?:[.!,;]|$))",
    r"\bnot the dog (?:that |who )?finds me\b",
    r"\bwalking into the (?:lake|river|sea|ocean)\b[^.!?]{0,40}\bwith my pockets full(?: of (?:rocks"
    r"|stones))?(?=\s*(?:[.!,;]|$))",
    r"\b(?:handgun|gun|pistol|revolver|rifle|shotgun)\b[^.!?]{0,30}\bis in my lap\b",
    # session 29, R29-3: a thirty-first and thirty-second writer's explicit messages (an everyday register; English as a
    # second language with literal idioms; the crisis as the last line)
    r"\b(?:tonight is the night|tonight) i stop being here(?=\s*(?:[.!,;]|$))",
    r"\bgarage with the (?:car|engine) running and the (?:door|doors) (?:down|shut|closed)\b",
    r"\b(?:platform|train)\b[^!?]{0,80}\b(?:going to|gonna|about to) (?:step|jump|walk) (?:off |out )?(?:in front of"
    r"|under) it(?=\s*(?:[.!,;]|$))",
    r"\b(?:prescription|pills|tablets|meds)\b[^!?]{0,60}\btaking (?:all of it|them all|the lot) at once\b",
    r"\bnot planning (?:to be|on being) around (?:past|after) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)|tonight|tomorrow|this week(?:end)?)\b[^!?]{0,80}\b(?:my will|passwords|goodbye)\b",
    r"\bwill find me in the morning and (?:maybe|then)\b",
    r"\bpastillas\b[^.!?]{0,60}\bme las voy a tomar todas\b",
    r"\b(?:won't|wont|will not) be alive (?:on|by) \w+\b[^!?]{0,40}\b(?:(?:i've|ive) decided(?=\s*(?:[.!,;]|$))"
    r"|gave away|given away)",
    r"\b(?:walk|go|drive) (?:up )?to the (?:cliffs?|bridge|river|sea"
    r"|lake)\b[^.!?]{0,10}\band not come back(?=\s*(?:[.!,;]|$))",
    r"\b(?:survived|jumping|jumped|bridge|overdose)\b[^!?]{0,140}\bthis time i (?:won't|will not|wont) survive\b",
    r"\bavalé toutes? (?:mes|les) (?:pilules|cachets|comprimés|médicaments)\b",
    r"\beverything i need to (?:not|never) wake up(?=\s*(?:[.!,;]|$))",
    r"\b(?:aren't|isn't|won't be|are not|is not) the ones? (?:who|that) finds? me(?=\s*(?:[.!,;]|$))",
    r"\b(?:shotgun|gun|rifle|pistol)\b[^.!?]{0,40}\bloaded on my (?:bed|lap)\b",
    r"\bbecause i'll be dead(?=\s*(?:[.!,;]|$))",
    r"\bwalking in until i'm under(?=\s*(?:[.!,;]|$))",
    r"\b(?:balcony|ledge|roof|bridge|railing)\b[^.!?]{0,40}\b(?:i'm|im|i am) climbing over(?=\s*(?:[.!,;]|$))",
    r"\bto make sure i (?:don't|dont|won't|wont|never) wake up(?=\s*(?:[.!,;]|$| and i'm taking it\b))",
    r"\bthe rope is (?:already )?(?:in (?:the boot|the trunk|my car|my bag)\b(?! for\b)"
    r"|(?:up|tied|hanging) in (?:the|my) (?:shed|garage|loft|attic|closet|barn|basement|room|bedroom)\b)",
    r"\bwanted to die and (?:i )?still do\b",
    r"\btake away my (?:own )?life\b(?!')",
    r"\b(?:i|will|to) finish myself (?:with|tonight|today)\b",
    r"\brat poison\b[^.!?]{0,40}\b(?:will eat it|going to eat it|eat it|drink it)\b",
    r"\bdecided to give my life\b(?! to\b)",
    r"\btonight i (?:will|'ll|am going to) hang(?=\s*(?:[.!,;]|$))",
    r"\btied (?:the )?rope (?:on|to) (?:the )?ceiling fan\b",
    r"\b(?:not|never) wake up again(?=\s*(?:[.!,;]|$))",
    r"\blay hands on myself\b",
    r"\b(?:take|taking) myself (?:away )?(?:from|out of) this world(?=\s*(?:[.!,;]|$))",
    r"\bthrow myself (?:down )?(?:from|off) (?:this|the|my) (?:building|roof|bridge|balcony|window)\b",
    r"\bbridge\b[^.!?]{0,40}\bgo down into (?:the )?river\b",
    r"\btake out my (?:own )?soul\b",
    r"\b(?:i'm|im|i am) doing it properly tonight\b",
    r"\btook every (?:antidepressant|pill|tablet|sleeping pill)s? i had\b(?! to\b)",
    r"\bdriving (?:the|my) (?:truck|car|van) off the (?:edge|cliff)\b",
    r"\bjumping as soon as i (?:put|send|hit|finish)\b",
    r"\bopened up (?:both )?(?:my )?wrists\b",
    r"\bbelt is hanging from the (?:closet|wardrobe|door|beam|rail|banister)\b",
    r"\b(?:tablets|pills|attempt)\b[^!?]{0,80}\bfinishing what i started\b",
)

SELF_HARM: tuple[str, ...] = (
    r"\b(?:cut|cutting|cuttin|hurt|hurting|hurtin|harm|harming|harmin|burn|burning|burnin) "
    r"(?:my ?self|yourself|myslef)\b"
    r"(?! (?:at work|on the job|lifting|out|off|financially|professionally|by staying|by not)\b)"
    r"(?! (?:a|an|another) (?:new |fresh |quick |spare )?(?:template|piece|slice|copy|key|deal|break|stencil|pattern"
    r"|cd|disc|playlist|portion|share|path|niche)\b)",
    r"\b(?=s(?:el|le)f)"
    + NOT_DISCLOSED_BY
    + WHO_SELF_HARM
    + r"(?<!threats and )(?<!violence and )(?<!suicide and )(?<!abuse and )"
    + r"\bs(?:el|le)f[- ]?harm(?!(?:ed|ing)? (?:behaviou?rs? )?"
    + IN_A_GROUP
    + r")(?!(?:ed|ing)?(?: and (?!(?:the|my|i"
    r"|it|now|then|im|i'm)\b)(?:[\w-]+ ){1,3}|[ -])"
    r"(?:risk|assessments?|posts?|content|polic(?:y|ies)|prevention|awareness|training|research|protocols?|screening|"
    r"reviews?|cases|presentations|patients|data|statistics|management|liaison|escalations?|queues?|videos?|"
    r"encouragement|reports?|streams?|related|categor(?:y|ies)|classifiers?|labels?|keywords?|moderation|flags?"
    r"|tags?|stud(?:y|ies)|codes?|outreach|admissions?|disclosures?|hospital admissions?)\b)",
    r"\bcut(?:ting|ing|tin|s)? (?:my|into my) (?:(?:upper|lower|inner|left|right) )?(?:arms?|forearms?|wrists?|legs?|"
    r"thighs?|skin|stomach|hips?)\b"
    r"(?! (?:workout|day|exercises?|routine|training|session|short)\b)",
    r"\b(?:fresh|new) cuts (?:on|all over) my\b|\bcovered in (?:fresh |new )?cuts\b",
    r"\b(?:i'?m|im|i am|i'?ve been|been|started|start|starting) cutt(?:ing|in) again\b",
    r"\b(?:relapsed?|relapsing) (?:on|into) (?:sh|self[- ]?harm|cutting)\b|\bsh urges\b",
    r"\b(?:until|till|til) (?:it|they|i) (?:bleeds?|bled)\b(?! (?:from|in) the (?:cold|frost|wind)\b)|\b(?:until|till"
    r"|til) (?:it|they) bruise[ds]?\b",
    r"\bsh again\b",
    r"\b(?:want|wanting|urge|urges|craving) to cut\b(?! (?:ties|back|my|our|the|a|costs|down|corners|it|loose|in|out"
    r"|off|hours|spending|myself (?:off|out))\b)",
    r"\b(?=bruise|burn|cut|scratch|punch|hurt|hit)(?<!thinks i )(?<!think i )(?<!thought i )(?<!says i )(?<!said i )"
    r"(?<!n't )(?:bruise[ds]?|burn(?:ed|t)?|cut|scratch(?:ed)?|punch(?:ed)?|hurt|hit) (?:my ?self|(?:the (?:inside"
    r"|back|top) "
    r"of )?my (?:arms?|hands?|legs?"
    r"|head|face|wrists?|skin|body))(?: \w+){0,4} on purpose\b",
    r"\b(?:took|take|taking) a (?:\w+ )?(?:razor(?: blade)?|blade|knife) to my\b",
    r"\b(?:me )?(?:corto|cortó|corté|corte|cortaba|volví a cortar|volvi a cortar) (?:los|las|nos|os) "
    r"(?:brazos|braços|piernas|pernas|muñecas|pulsos)\b",
    r"\bmi sono tagliat[ao](?: di nuovo| ancora)? (?:le braccia|i polsi|le gambe)\b",
    r"\bme scarifi",
    r"\bpoci(?:ęłam|ąłem|ęła|ął) się\b|\bsię poci(?:ęłam|ąłem|ęła|ął)\b|\bzrobi(?:ć|c) sobie krzywd(?:ę|e)\b",
    r"\b(?:cut|cuts|cutting|burns|burning|harms|harming) (?:himself|herself|themselves|themself)\b"
    r"(?! (?:at work|on the job|lifting|shaving|off|short|out|loose|a)\b)",
    r"\b(?:hit|hitting|punch(?:ed|ing)?|slap(?:ped|ping)?) myself (?:in the (?:head|face|legs?|stomach|arms?|thighs?"
    r"|chest|ribs|gut|mouth|jaw|teeth)|until|till|so hard)\b",
    r"\bgave myself (?:a |some )?(?:fresh |new |more )?(?:black eye|bruises?|concussion|burns?|cuts?)\b",
    r"\b(?:hold|held|holding|put|putting|press(?:ed|ing)?) my (?:hand|arm|fingers?|palm|wrist) (?:over|on|onto|"
    r"against|in) (?:the |a )?(?:gas |stove |hot )?(?:burner|flame|stove|fire|iron|hob|lighter|candle)\b"
    r"(?! (?:by accident|accidentally)\b)",
    r"\b(?:starv(?:e|ed|ing)|skip(?:ped|ping)? (?:every|all(?: of)?(?: my)?) meals?|not eat(?:ing)?)\b"
    r"(?: [\w']+){0,6} to punish myself\b|\bstarv(?:e|ed|ing) myself\b(?! of\b)",
    r"\b(?:carv(?:e|ed|ing)|scratch(?:ed|ing)?|etch(?:ed|ing)?)\b(?: [\w']+){0,9} into my (?:arms?|skin|legs?|"
    r"wrists?|thighs?|stomach|hands?)\b",
    r"\b(?:clean|free) (?:from|of) (?:cutting|self[- ]?harm|burning myself)\b(?![- ]edge)",
    r"\b(?:burn(?:ed|t)?|burning|cut|cutting) (?:my ?self|my (?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach))"
    r" with (?:a |the )?(?:lighter|cigarettes?|razor|blade|knife|scissors|match(?:es)?|iron|candle)\b",
    r"\b(?:cuts|burns|scars|bruises) on my (?:arms?|forearms?|wrists?|legs?|thighs?|skin|body|stomach)\b.{0,150}"
    r"\bdid (?:it|this|that|them) to myself\b",
    r"\bme (?:machuco|machuquei|cortei)\b",
    r"\b(?:slit(?:ting)?|slash(?:ed|ing)?|slic(?:e|ed|ing)) (?:my )?(?:(?:upper|lower|inner|left|right) )?(?:arms?"
    r"|forearms?|thighs?|legs?|skin)\b",
    # session 26, from a seventh writer's explicit messages
    r"\b(?:make|made|making|do|did|doing) (?:a |the |some )?cuts? (?:on|in|into|to) my (?:arms?|forearms?|wrists?|"
    r"legs?|thighs?|skin|stomach|body)\b",
    r"\bcutt?(?:ing|in)? my (?:hands?|fingers?) with (?:a |the |my )?(?:blade|razor)s?\b",
    r"\b(?:slam|bang|hit|smash|bash)(?:s|med|ming|ed|ing|ting|es)? my head (?:against|into|on)\b[^.!?]{0,60}\b(?:so "
    r"(?:that )?i (?:can|could) feel|on purpose|until (?:i (?:black|pass|bleed|bled|see stars)|(?:it )?(?:is |was )?"
    r"(?:bleeds|bled|bleeding))|black(?:ed)? out)\b",
    r"\b(?:(?:ciggies|cigs|cigarettes?|fags?|smokes|joints?) out|out (?:my |a |the )?(?:ciggies|cigs|cigarettes?|fags?|"
    r"smokes|joints?)) on (?:my ?self|my (?:arms?|forearms?|hands?|skin|legs?|"
    r"wrists?|thighs?|body|stomach|ankles?|feet|foot|knees?|shoulders?|chest))\b",
    r"(?:^|[.!?;,] ?|\b(?:i'?m|im|i am|i) ?)(?:gonna|going to|about to|need to|will|want to|wanna) cut "
    r"(?:tonight|today|again)\b(?!'| (?:short|back|down|out|my|the|our|a|it|costs|ties|hours|staff|jobs|people|in|next|"
    r"this|before|after|soon)\b)",
    # session 26, from an eighth writer's explicit messages
    r"\b(?:deliberately|intentionally|purposely|purposefully) (?:injur|hurt|harm|cut|burn)\w* (?:my ?self|my (?:arms?|"
    r"legs?|skin|hands?|body))\b(?! financially\b)",
    r"\buntil my (?:knuckles|hands?|fingers|skin|arms?) (?:split|bleed|bled|breaks?|broke|cracked)\b",
    r"\b(?:going to|gonna|will|want to|wanna|i'?ll) scald (?:my ?self|my (?:hands?|arms?|skin|legs?))\b",
    r"\b(?:bleach|salt|alcohol|acid|vinegar) (?:on|into|in) (?:the (?:cuts|wounds|burns) on my|my (?:cuts|wounds"
    r"|burns))\b",
    r"\b(?:press|hold|held|put|push)\w* (?:the |a )?(?:hot |lit )?(?:\w+ )?(?:iron|lighter|cigarettes?|blade|knife"
    r"|spoon) "
    r"(?:onto|on|against|into|to) my (?:own )?(?:forearms?|arms?|skin|wrists?|legs?|thighs?|hands?|stomach)\b",
    r"\b(?:smash|crush|break|hit|slam|burn|cut|bite|scratch)\w* my own (?:\w+ )?(?:hands?|fingers?|knuckles|arms?"
    r"|legs?|head"
    r"|face|skin|wrists?)\b",
    # session 26, from a tenth writer's explicit messages
    r"\bbit(?:e|ing|ten)? my (?:arms?|hands?|wrists?|fingers)\b[^.!?]{0,40}\b(?:break the skin|bleed|on purpose)\b",
    r"\bcuts? with (?:the|a|my) (?:razor|blade)\b(?! (?:while|when) shaving\b)",
    r"\bkhud ko\b[^.!?]{0,30}\b(?:kaat|jala|maar)\w*",
    # session 26, from a ninth writer's explicit messages
    r"\b(?:going|gonna|wants?|planning|plans?|" + THREATEN + r") to (?:hurt|harm|cut|burn) (?:herself|himself|"
    r"themselves|themself)\b(?! (?:lifting|at work|on the|by|with|if|financially)\b)",
    r"\b(?:going to|gonna|wants? to|will|plans? to|started|keeps?|been) cut(?:ting)? (?:his|her|their) (?:arms?"
    r"|wrists?|legs?|thighs?)\b",
    r"\b(?:burns|cuts|scars)\b[^.!?]{0,80}\b(?:does|did|doing) (?:it|this|that|them) to (?:herself|himself|themselves"
    r"|myself)\b",
    r"\bhurt(?:ing)? my (?:body|arms?|legs?|skin|wrists?) with (?:a |the |my )?(?:knife|blade|razor|lighter"
    r"|scissors)\b",
    r"\bscald(?:ed|ing)? (?:my ?self|my (?:hands?|arms?|skin|legs?)) with\b[^.!?]{0,40}\b(?:whenever|every time|to "
    r"punish|on purpose|to feel|when the (?:anxiety|urge|pain|stress))\b",
    r"\bnijeke (?:cut|kete|aghat)\w*|\bhaat kete\b",
    # session 27, from an eleventh writer's explicit messages
    r"\b(?:scratch|pick|bite|cut|hit|punch)\w* my (?:skin|arms?|legs?|face|wrists?|hands?) (?:until|till|til) "
    r"(?:there is |there's )?blood\b(?![^.!?]{0,60}\b(?:eczema|itch\w*|rash|hives|allerg\w*|psoriasis|bites)\b)",
    r"\b(?:relapsed?|relapsing) and (?:cut|burned|burnt|hurt myself|sh)\b(?! (?:back|down|ties|contact|off|out|corners"
    r"|my hours)\b)|\bi (?:cut|burned|burnt) again (?:last night|yesterday|tonight|today|this morning)\b(?!')",
    r"\bburning my (?:hands?|arms?|legs?|skin|wrists?|fingers) with (?:the |a )?(?:cigarettes?|lighters?)\b"
    r"(?! (?:by accident|accidentally)\b)",
    r"\b(?:beat|beating|whip|whipping|hit|hitting|lash|lashing) myself with (?:a |the |my )?(?:belt|cane|stick|whip"
    r"|cord|hanger|rope)\b",
    r"\b(?:put|putting|press|pressed|pressing|hold|held|holding) my (?:arms?|hands?|fingers?|wrists?|skin) (?:on|onto"
    r"|against|in|over) (?:the |a )?hot \w+\b[^.!?]{0,20}\b(?:on purpose|to punish myself|deliberately)\b",
    # session 27, from a twelfth writer's explicit messages
    r"\b(?:using|use|used) (?:a |the |my )?(?:knife|blade|razor|lighter|scissors) on my (?:arms?|forearms?|wrists?|"
    r"legs?|thighs?|skin|stomach|body)\b",
    # session 28, from a fifteenth and a sixteenth writer's explicit messages (harm done on purpose at or around work)
    r"\b(?=burn|cut|scratch|stick|stab|jab|punch|hit|bang|slam|dig|scald|bit|pierce|prick|smash)(?<!n't )(?<!not )"
    r"(?<!never )(?<!thinks i )(?<!think i )(?<!thought i )(?<!says i )(?<!said i )(?<!claims i )"
    r"(?:burn|burnt|cut|scratch|stick|stab|jab|punch|hit|bang|slam|dig|scald|bite|bit|pierce|prick|smash)\w*\b"
    r"[^.!?,]{0,60}\b(?:my ?self|my (?:own )?(?:skin|arms?|forearms?|wrists?|legs?|thighs?|hands?|fingers?|knuckles"
    r"|stomach|head|face|scalp|body))\b[^.!?,]{0,90}(?<!not )(?<!never )\b(?:on purpose|deliberately|intentionally"
    r"|purposely)\b",
    r"\b(?:held|hold|holding|press\w*|put|putting)\b[^.!?,]{0,30}\b(?:tongs|iron|lighter|straighteners|cigarettes?"
    r"|blade|knife|needles?|kettle|oven|stove|hob|pan|flame|candle)\b[^.!?,]{0,30}\b(?:on|against|to|into|onto) my "
    r"(?:own )?(?:skin|arms?|forearms?|wrists?|legs?|thighs?|hands?|fingers?|stomach|face|body)\b[^.!?,]{0,60}"
    r"(?<!not )\b(?:on purpose|deliberately|intentionally|purposely)\b",
    r"\b(?:until|till|til) (?:it|the skin|my skin) (?:breaks|broke|splits|split) and (?:bleeds|bled|bruises|bruised)\b"
    r"|\b(?:until|till|til) (?:the|my) skin (?:breaks|broke|splits|split|bleeds|bled)\b",
    r"\b(?:press|hold|held|put|push|kept)\w*\b[^.!?]{0,30}\bmy (?:own )?(?:skin|arms?|forearms?|wrists?|legs?|thighs?"
    r"|hands?|fingers?|stomach|face)\b[^.!?]{0,40}\b(?:till|until|til) (?:it|they|the skin|my skin) "
    r"(?:blister\w*|split|bled|bleeds)\b",
    r"\bhid(?:e|ing|den)? (?:the |my |these )?fresh (?:cuts|burns|wounds|marks|scratches)\b",
    r"\b(?:burns|cuts|marks|bruises|scars)\b[^\n]{0,100}?\bdid (?:them|it|these|those)(?: to)?(?: myself)? with "
    r"(?:a |the |my )?(?:\w+ )?(?:iron|lighter|razor|blade|knife|scissors|cigarettes?|compass|tongs|straighteners"
    r"|kettle)\b",
    r"\bput (?:them|it|one|the (?:cigarette|ciggie|cig|fag)s?|(?:ciggies|cigs|cigarettes?|fags?)) out on (?:my ?self|"
    r"my (?:own )?(?:skin|arms?|forearms?|hands?|legs?|wrists?|thighs?|body|stomach))\b",
    # session 28, from a seventeenth writer's explicit messages (formal wording and euphemism)
    r"\b(?:returned to|resumed|permitted myself|gone back to|went back to)\b[^.!?]{0,30}\b(?:the|my) (?:blade|razor)\b"
    r"(?! (?:fade|shave|scooter|sharpen\w*|for|to shave)\b)",
    r"\brelapsed (?:with|to|into)\b[^.!?]{0,30}\b(?:the|my) (?:blade|razor)\b(?! (?:fade|shave|scooter|sharpen\w*|for"
    r"|to shave)\b)",
    r"\bopening my skin\b",
    r"\bpunish(?:ing)? my (?:body|self|skin|arms?|legs?) with (?:a |the |my )?(?:blade|razor|knife|lighter|belt"
    r"|cigarettes?)\b",
    r"\bmake myself bleed\b",
    r"\b(?:knife|blade|razor)s? (?:on|into|across|against) my (?:own )?(?:legs?|arms?|forearms?|thighs?|wrists?|skin"
    r"|stomach)\b",
    # session 28, from a nineteenth writer's explicit messages
    r"\bcort[áa]ndome\b(?! (?:el|las|los|la) (?:pelo|cabello|uñas|barba|flequillo)\b)|\bme (?:estoy"
    r"|he estado) cortando\b",
    r"\bscratch(?:ed|ing)? my (?:arms?|legs?|skin|wrists?|face|hands?) raw\b(?![^.!?]{0,40}\b(?:eczema|itch\w*|rash"
    r"|hives|allerg\w*|psoriasis|bites|mosquito\w*)\b)",
    r"\b(?:slam|bang|hit|smash|bash)\w* my head (?:against|into|on)\b[^.!?]{0,60}\b(?:til|till|until) my (?:nose|head"
    r"|forehead|lip|face) (?:bled|was bleeding|split)\b",
    # session 28, R28-6
    r"\bwrists?\b[^.!?]{0,40}\b(?:sliced|slit|slashed|cut) (?:them|it)\b",
    r"\bje me (?:suis )?(?:br[uû]l|coup|scarifi)\w*\b[^.!?]{0,60}\b(?:expr[eè]s|volontairement)\b",
    r"\b(?:i'?m|im|i am) a cutter(?=\s*(?:[.!,;]|$))",
    r"\b(?:jab|stab|stick|push|drive)\w* (?:a |the )?(?:sewing )?(?:needle|pin|compass|fork|nail) (?:deep )?into my "
    r"(?:own )?(?:palm|hand|arm|leg|thigh|skin|finger|wrist)\b",
    r"\bbroke my own (?:finger|hand|arm|wrist|toe|nose)\b",
    r"\bscrub(?:bed|bing)? my (?:arms?|skin|legs?) raw\b",
    r"\b(?:ripped|pulled|tore|hit|burned|burnt|cut|scratched|bit|starved|hurt|punched|slapped)\b[^.!?]{0,60}\bto "
    r"punish myself\b",
    r"\b(?:kept|held|left|put|pressed)\b my (?:palm|hand|arm|fingers?|wrist) (?:on|in|over|against) (?:the |a )?(?:hot "
    r"|stove )?(?:burner|stove|hob|flame|oven|grill|iron|oil|pan|kettle)\b[^.!?,]{0,30}\b(?:on purpose|deliberately"
    r"|by purpose|to punish)\b",
    r"\b(?:bite|bit|biting)\w* my (?:arm|hand|wrist|fingers?) (?:hard enough to|until|till) (?:draw blood|it bleeds"
    r"|bleed|blood)\b",
    r"\b(?:pushed|stuck|shoved|jammed|pushing|sticking)\b[^.!?]{0,20}\b(?:needles?|pins?)\b[^.!?]{0,20}\bunder (?:the"
    r"|my) skin\b",
    r"\bwent at my (?:legs?|arms?|wrists?|thighs?|skin|stomach) with\b",
    r"\bpour(?:ed|ing)? (?:boiling|hot) (?:water|oil|tea|coffee) (?:on|over) my (?:feet|foot|hands?|arms?|legs?|skin"
    r"|thighs?)\b(?![^.!?]{0,30}\b(?:by accident|accidentally|spilled)\b)",
    r"\buntil (?:the|my) skin (?:is|was) (?:raw and (?:open|bleeding)|open|bleeding"
    r"|broken)\b(?![^.!?]{0,40}\b(?:eczema|itch\w*|rash)\b)",
    r"\bice and salt\b[^.!?]{0,40}\bon purpose\b",
    r"\b(?:brought|slammed|smashed) (?:a|the|my) (?:\w+ )?hammer down on my (?:own )?(?:left |right )?(?:hand|fingers?"
    r"|foot|knee)\b(?![^.!?]{0,30}\b(?:by accident|accidentally|by mistake)\b)",
    r"\b(?:till|until|til) it welts\b",
    r"\breopen(?:ing|ed)? (?:the |my )?(?:wounds|cuts|scabs|scars) on my\b",
    r"\bje me suis fait du mal\b",
    r"\b(?:ate|swallowed)\b[^.!?]{0,20}\b(?:pins|needles|glass|batteries|razor blades|nails)\b[^.!?]{0,20}\bon purpose"
    r"\b",
    r"\bdragged (?:a|the) (?:shard|blade|razor|knife|piece of glass|glass)\b[^.!?]{0,40}\bacross my\b",
    r"\bbranded myself(?=\s*(?:[.!,;]|$)|\s+(?:with (?:a|the) (?:hot|spoon|lighter|iron)|again|tonight))"
    r"|\bhot spoon on "
    r"my\b",
    r"\b(?:i'?ve|ive|i have) been cutting since\b(?! (?:\d|six|seven|eight|five|early|this|dawn|morning|the "
    r"(?:morning|shift)))",
    r"\b(?:threw|flung|hurled|throw|fling)\w* myself down (?:the|a) (?:stairs|staircase|steps)\b",
    # session 28, R28-7
    r"\bscratch(?:ing|ed)? my (?:arms?|legs?|skin|wrists?) open\b",
    r"\bme hice cortes\b",
    r"\bgouged my (?:ankle|arm|leg|wrist|skin|thigh|hand)\b(?! on\b)",
    r"\b(?:spoon|lighter|cigarette|blade|knife|iron)\b[^.!?]{0,60}\bpressing it into my (?:chest|arm|skin|leg|stomach"
    r"|thigh|wrist)\b",
    r"\b(?:lighter|flame)\b[^.!?]{0,20}\bover (?:the inside of )?my (?:thighs?|arms?|wrists?|skin|legs?|hands?)\b",
    r"\bbeat my (?:legs|arms|thighs|body|stomach) black and blue\b",
    r"\bused a (?:scalpel|blade|razor|knife)\b[^.!?]{0,30}\bon my (?:own )?(?:stomach|arms?|legs?|wrists?|thighs?"
    r"|skin)\b",
    r"\bmy (?:hands?|arms?|legs?|skin|wrists?|feet)\b[^.!?]{0,40}\buntil the skin comes off\b",
    # session 29, R29-1
    r"\b(?:wall|door|locker|desk|mirror)\b[^.!?]{0,30}\b(?:till|til) my (?:knuckles|hands?|fingers|skin) (?:split"
    r"|bleed|bled|breaks?|broke|cracked)\b",
    r"\brelapsed\b(?:\. (?:razor|razr|blade)\b|[^!?]{0,10}\bused the (?:razor|razr|blade)\b)",
    r"\bme suis (?:encore )?(?:brûlée?|brulee?|coupée?|coupee?|scarifiée?) (?:le bras|les bras|les poignets|la jambe"
    r"|les jambes|la main)\b",
    r"\b(?:bang|slam|hit|smash|bash)\w* my head (?:on|against|into) (?:the|a) (?:[\w-]+ ){0,3}(?:wall|post|desk|door"
    r"|floor|locker|pillar|table|mirror)\b[^.!?]{0,40}\b(?:till|til|until) i (?:see|saw) stars\b",
    r"\b(?:smash|hit|bash|whack)\w* (?:them|my (?:hands?|fingers?|knuckles|knees?|shins?)) with (?:the|a"
    r"|my) (?:\w+ )?(?:hammer|mallet|wrench|bat)\b[^.!?]{0,30}\bon purpose\b",
    r"\bheld (?:a|the|my) (?:lighter|flame|match|cigarette) to my (?:palm|hand|arm|wrist|skin|fingers?|thigh|leg)\b",
    r"\bcutting again\.(?:(?<=^cutting again\.)|(?<=[.!?]cutting again\.)|(?<=[.!?] cutting again\.))[^!?]{0,40}"
    r"\b(?:knife|blade|razor)\b",
    r"\bslam\w* my (?:\w+ )?(?:hand|fingers?|arm|head) in the (?:car )?door\b[^!?]{0,20}\bon purpose\b",
    r"\bhit my (?:legs|arms|thighs|stomach|body|head) with (?:the|a|my) (?:\w+ )?(?:tray|belt|hammer|stick|bat"
    r"|hairbrush|ruler|pan)\b(?! (?:by accident|accidentally)\b)",
    r"\bopened (?:my|up my) (?:arm|wrist|leg|thigh|skin)s? (?:up )?with (?:a|the|my) (?:razor|blade|knife"
    r"|glass)\b(?![^.!?]{0,30}\b(?:by accident|accidentally)\b)",
    r"\bpress\w* my (?:bare )?(?:hands?|arms?|skin) (?:on|against|to) (?:the )?(?:\w+ ){0,3}(?:till|until) (?:they"
    r"|it) (?:burn|blister|bleed)s?\b",
    r"\bday (?:0|zero) again\b[^!?]{0,30}\b(?:scissors|blade|razor|knife|cut|cuts|lighter)\b",
    r"\b(?:eaten|eating|food|water)\b[^.!?]{0,30}\bon purpose\b[^!?]{0,60}\b(?:i deserve it|punish(?:ing)? myself)\b",
    r"\b(?:took|swallowed) (?:a (?:whole )?handful|all|the whole (?:bottle|pack"
    r"|box))\b[^.!?]{0,60}\bto punish myself\b",
    r"\bmaking myself (?:throw up|vomit|sick) after (?:every|each|all my) meals?\b",
    r"\bcompass (?:point )?(?:to|into) (?:the|my) (?:wrist|arm|hand|skin|thigh)\b",
    r"\bm-am t[ăa]iat (?:din nou )?(?:pe|la) (?:bra[țţt]e?|m[âa]n[ăa]|picioare?|înc\w*)",
    r"\bporezal[ai]? (?:sebe )?(?:ruki|ruku|zapyast\w*|nogi)\b",
    r"\b(?:hold|held|put|press|pressed|pressing) my (?:hands?|arms?|fingers?|palms?) (?:on|onto|against"
    r"|to) the (?:grill|stove|hob"
    r"|hot ?plate|burner|griddle|oven rack|fryer|flat ?top)\b[^.!?]{0,20}\bon purpose\b",
    r"\bpress\w* it (?:on|onto|against) the (?:oven rack|grill|stove|iron|hob)\b[^.!?]{0,20}\bto make a new one\b",
    r"\bpick(?:ed|ing)? at the (?:burn|cut|scab|wound)s? on my (?:arm|leg|wrist|hand"
    r"|thigh)s?\b[^.!?]{0,30}\bopen wound\b",
    r"\bused (?:a|the|my) (?:\w+ )?(?:knife|blade|razor|scissors|lighter) on my (?:upper |lower |inner )?(?:arms?"
    r"|forearms?|wrists?|legs?|thighs?|skin|stomach|body)\b",
    r"\bdragged (?:the|a|my) (?:\w+ )?(?:opener|blade|razor|knife|scissors|glass|key) (?:across|along|down"
    r"|over) my (?:leg|arm|wrist|thigh|skin|stomach)s?\b",
    r"\bcarv(?:e|ed|ing) (?:into )?my (?:forearms?|arms?|wrists?|legs?|thighs?|skin|stomach)\b",
    # session 29, R29-2
    r"\bused the blade out of (?:my|a|the) (?:pencil )?sharpener\b",
    r"\bopened my (?:fore)?arm up again\b(?! to\b)",
    r"\bsliced (?:along |across |into |open )?my (?:shin|arm|forearm|leg|thigh|wrist|stomach|skin)s?\b(?! (?:on"
    r"|open on) (?:a|the)\b)(?![^.!?]{0,30}\b(?:by accident|accidentally)\b)",
    r"\b(?:rock face|rock|post|pillar)\b[^.!?]{0,30}\b(?:till|til|until) my knuckles (?:split|bled|bleed|broke"
    r"|cracked)\b",
    r"\bpoured (?:the )?(?:bleach|acid|boiling water|drain cleaner) (?:over|on|onto) my (?:own )?(?:hands?|arms?|skin"
    r"|legs?|feet)\b",
    r"\bnot deep (?:enough|enuf) (?:to|2) die\b",
    r"\b(?:push|pushing|pushed|stick|sticking|stuck|jab|jabbing) (?:a )?needles? (?:under|into"
    r"|in) my (?:finger)?nails\b",
    r"\b(?:grind|grinding|ground|put|putting|stub|stubbing|stubbed) my (?:smoke|cigarette|cig"
    r"|fag) out on my (?:wrists?|arms?|hands?|skin|legs?|thighs?)\b",
    r"\bbit my (?:arm|hand|wrist|fingers?) so hard (?:it|that it) broke the skin\b",
    r"\bburning my (?:skin|arms?|hands?|legs?) with (?:hot|heated) (?:metal|iron|spoons?|knives"
    r"|knife)\b(?![^.!?]{0,30}\b(?:by accident|accidentally)\b)",
    r"\bdeeper than usual and it (?:won't|will not|doesn't) stop bleeding\b",
    r"\bpálil[ae]? ruku\b",
    r"\bsi pálil\w* (?:ruku|ruce|kůži)\b",
    # session 29, R29-3
    r"\bburned my (?:arm|hand|wrist|leg|thigh|skin)s? with (?:my|a|the) (?:lighter|cigarette|iron"
    r"|match)\b(?![^.!?]{0,30}\b(?:by accident|accidentally)\b)",
    r"\bopen my (?:fore)?arms? up again\b(?! to\b)",
    r"\bheld my (?:hands?|arms?) under the (?:hot|boiling) (?:tap|water)\b[^.!?]{0,40}\bon purpose\b",
    r"\b(?:mich|mir)\b[^.!?]{0,80}\bgeritzt\b",
    r"\buse (?:them|the blades?) on my (?:stomach|arms?|legs?|thighs?|wrists?|skin)\b",
    r"\babout to burn my (?:palms?|arms?|hands?|wrists?|skin|thighs?) again\b",
    r"\bstabbed my own (?:leg|arm|hand|thigh)\b",
    r"\buntil my scalp bleeds\b",
    r"\bslam\w* my head into the (?:shelving|shelves|shelf|cupboard|freezer|fridge)\b[^.!?]{0,20}\buntil i (?:see"
    r"|saw) stars\b",
    r"\bscrubbed my (?:hands|arms|skin)\b[^.!?]{0,90}\bon purpose\b",
    r"\bburnt the inside of my (?:arm|wrist|thigh)\b",
    r"\bhit my head (?:in|on|against) the wall\b[^.!?]{0,30}\buntil blood\b",
    r"\b(?:scratched|cut|poked|stabbed) my (?:hands?|arms?|legs?|thighs?|wrists?) with\b[^.!?]{0,30}\b(?:till"
    r"|until) (?:blood (?:came|comes)|bleeding)\b(?! stopped\b)",
    r"\b(?:knife|blade|razor|glass)\b[^.!?]{0,20}\bto draw (?:many |some )?lines on my\b",
    r"\bpoke\b[^.!?]{0,30}\buntil bleeding\b",
    r"\b(?:bleach|acid)\b[^.!?]{0,30}\bon my skin on purpose\b",
    r"\bpushed the (?:\w+ )?needle into my (?:fingers?|hands?|arms?|legs?|skin)\b",
    r"\bscratching my (?:arms?|legs?|wrists?|skin) with (?:broken )?glass\b",
    r"\bopen up my (?:thigh|wrist|leg|skin)s? again\b",
    r"\bburned (?:\w+ )?(?:circles|marks|lines) into my\b",
    r"\bstopped eating on purpose\b[^.!?]{0,30}\b(?:punish\w*|i deserve)\b",
    r"\bdug the (?:scissors|blade|knife|compass) in(?=\s*(?:[.!,;]|$))",
    r"\bpress it into my (?:arm|skin|leg|thigh|wrist)\b",
    r"\bscraped my (?:wrists?|arms?|skin|legs?) raw\b",
    r"\bbanging my head on the bathroom (?:tile|tiles|wall|floor) for the last\b",
)
