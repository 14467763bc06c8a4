"""Suicide patterns added in sessions 28 and 29 from writers given broad briefs: the means, place and moment named
instead of the common phrasings, short bursts, an everyday register, the crisis as a post's last line."""

from assistant.guard.crisis.words import WEEKDAY

SUICIDE_BROAD_BRIEFS: tuple[str, ...] = (
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
