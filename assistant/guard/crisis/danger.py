"""Crisis patterns for danger from other people, threats of violence, and danger written in other languages."""

from assistant.guard.crisis.words import (
    A_MISTAKE,
    BOSSES,
    NOT_A_BOSS_GOING_TO,
    NOT_WORK_GOING_TO,
    PEOPLE,
    SHOOT,
    THREATEN,
)

DANGER: tuple[str, ...] = (
    r"\b(?:" + THREATEN + r" to|going to" + NOT_A_BOSS_GOING_TO + r"|said (?:he|she|they)(?:'d| would| will)"
    r"|says (?:he|she|they)(?:'ll| will)"
    r"|(?:he|she|they)(?:'ll| will)(?: really)?|hed|he'd|she'd|theyll|theyd) (?:kill|hurt|beat|"
    + SHOOT
    + r"|stab|rape) me\b",
    # a workplace figure "is going to kill me": a threat unless a mistake or a discovery follows
    r"\b(?:" + "|".join(BOSSES.split()) + r")(?:'s| is|s) going to (?:kill|hurt|beat|" + SHOOT + r"|stab|rape) me\b"
    r"(?!" + A_MISTAKE + r")",
    r"\b(?:hits|hit|beats|beat|chokes|choked|strangled|shoved|punched|punches|slapped|slaps|kicked|kicks) me\b"
    r"(?! (?:up|off|out|with|a|an|to)\b)",
    r"\b(?:afraid|scared|terrified) (?:for my life|of (?:him|her) hurting me)\b",
    r"\bnot safe (?:at home|to go home|in my (?:home|house))\b",
    r"\b(?:abusive|violent) (?:partner|husband|wife|boyfriend|girlfriend|ex)\b",
    r"\b(?:has|had|brought) a (?:gun|knife|weapon)\b.*\b(?:me|us|shoot)\b",
    r"\bhiding (?:in|from)\b.*\b(?:right now|he|she)\b",
    r"\b(?:follows|following|followed) me home\b|\b(?:is|been|keeps?) stalking me\b"
    r"|\b(?:he|she|they|someone|somebody|he'?s|she'?s|they'?re)(?: \w+)? watch(?:es|ing)? me (?:sleep|while i sleep)\b",
    r"\b(?:he|she|they) knows? where i (?:live|sleep)\b",
    r"\b(?:don'?t|do not|no longer) feel safe\b",
    r"\b(?:scared|afraid|terrified) to (?:leave the building|go home|go to work|leave work|go back to work)\b",
    r"\b(?:holds?|took|taken|take|takes|keeps?|has|have|confiscated|confiscates|seized|withholds?|withheld) "
    r"(?:my|our|all our) passports?\b",
    r"\b(?:he|she|they)(?:'ll| will|'d| would) (?:find|get|hurt) me\b",
    r"\b(?:showed|shows|pulled) me (?:a|the|his|her) (?:knife|gun|weapon|pistol|rifle|machete|blade)\b(?! (?:skills?"
    r"|techniques?|set|block|drawer|collection|sharpen\w*|grip|cuts?|he uses|she uses|they use|to use)\b)",
    r"\b(?:showed|shows) me (?:the|his|her|their) (?:knife|gun|weapon|pistol|rifle|machete|blade) (?:in|under|on|"
    r"inside) (?:his|her|their) (?:bag|pocket|car|jacket|belt|waistband|coat|locker|desk|truck)\b",
    r"\b(?:" + THREATEN + r"|came at|comes at) me with a (?:broken )?(?:knife|gun|weapon|bat|hammer|bottle|machete|axe"
    r"|screwdriver|crowbar|brick)\b",
    r"\bbring(?:ing)? (?:a|my|his|her|their|the) (?:[\w']+ ){0,2}(?:gun|weapon|knife|rifle|pistol|shotgun)(?: in)? "
    r"(?:to|into|on) (?:work|school|class|campus|the (?:\w+ )?(?:office|site|fair|job|meeting|shop|warehouse|store"
    r"|plant|factory|mill|depot|yard|hq|firm"
    r"|standup|stand-up|all-hands|shift|huddle|briefing)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\bbring(?:ing)? (?:a|my|his|her|their|the) (?:[\w']+ ){0,2}(?:gun|weapon|knife|rifle|pistol|shotgun) (?:tomorrow"
    r"|tonight|tmrw)\b",
    r"\b(?:i'?d|i had) better (?:stay|keep) quiet\b",
    # threats against the writer, their family or a workplace, said directly or reported
    r"\b(?:" + THREATEN + r" to|going to" + NOT_WORK_GOING_TO + r"|gonna|said (?:he|she|they)(?:'d| would| will)|"
    r"(?:he|she|they)(?:'ll| will|'d| would)) (?:kill|hurt|beat|" + SHOOT + r"|stab|rape) "
    r"(?:my (?:family|kids|children|wife|husband|mom|mum|mother|dad|father|parents|son|daughter)|us)\b",
    r"\b(?:break|snap) (?:your|my) (?:legs|neck|arms?|jaw)\b(?! to\b)",
    r"\b(?:slit|cut|slash) (?:my|your|our|his|her) throats?\b",
    r"\bsays (?:he|she|they)'?s (?:gonna|going to) (?:kill|hurt|beat|" + SHOOT + r"|stab) me\b",
    r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:kill|" + SHOOT + r"|stab|hurt) you\b",
    r"\b(?:bash|beat|kick|smash|cave) (?:my|your) (?:head|face|skull) in\b",
    r"\b(?:bash|smash|cave) (?:his|her|their|the|(?:my |the )?(?:[\w']+ )?[\w']+'s)(?: [\w']+){0,2} (?:head|face"
    r"|skull) in\b",
    r"\bshoot(?:ing)? up (?:the|a|my|our|this|his|her) (?:office|school|workplace|building|place|company|campus|"
    r"warehouse|store|site|plant|factory|class|fair|meeting)\b",
    r"\bshoot(?:ing)? (?:everyone|everybody|all of (?:them|us|you)|them all)\b(?! (?:an?|the|some|my|our|quick"
    r"|this)\b)",
    r"\b(?:he'?s|she'?s|they'?re|someone'?s|somebody'?s|there'?s (?:a|some) (?:guy|man|woman|person))(?: \w+){0,4} "
    r"with a (?:gun|knife|weapon|rifle|machete)\b",
    r"\bgrabbed me by (?:the|my) (?:throat|neck|hair)\b",
    r"\b(?:got|was) (?:jumped|stabbed|raped|beaten up)\b(?! in the back\b)(?!(?: to death)? (?:every night|nightly|on "
    r"stage|onstage|in (?:the|a|every) (?:play|show|film|movie|production|scene|performance))\b)",
    r"\b(?:rape|raped|molested|sexually assaulted) me\b|\bdrugged (?:my drink|me)\b",
    r"\b(?:locks?|locked|lock) (?:us|me|them|him|her) (?:in|up) (?:the |a |my |his |her |their |our )?(?:apartment"
    r"|house|flat|rooms?|bedroom|closet|cellar|back|storeroom|stockroom|cooler|freezer|warehouse|truck|van|container"
    r"|dorm\w*|basement|shed|storage room|store ?room|kitchen|toilets?|bathroom|at night|every night|overnight"
    r"|when (?:he|she|they))\b",
    r"\b(?:holding|held) (?:us|me) (?:at|against|captive|hostage)\b",
    r"\bwon'?t let (?:me|us|anyone|any of us) leave (?:the|this) (?:farm|site|house|compound|dorm\w*|camp|country)\b",
    r"\b(?:i'?m|i am|we'?re|we are) being trafficked\b|\bthis is (?:human )?trafficking\b",
    r"\b(?:got|getting|received|receiving|sends? me|sent me) (?:an? )?death threats?\b",
    r"\b(?:said|says|texted|texts|told|tells|wrote|writes|messaged|posted|keeps (?:texting|telling|messaging))"
    r"(?: me)?(?: that)? (?:i|i'?d|i'?ll|i should|i deserve to|you should|you deserve to|someone should|"
    r"somebody should)(?: just)? (?:die|be dead|kill me|be killed|get killed)\b(?! (?:on|in the water)\b)",
    r"\b(?:you'?re|ur|your) dead (?:when|the (?:second|minute|moment)|as soon as|once)\b|\bit'?ll be a bullet\b"
    r"|\bbullet (?:in|through) (?:my|your) (?:head|brain"
    r"|skull)\b",
    r"\bcom(?:e|ing) back (?:to|and) (?:kill|" + SHOOT + r"|hurt|stab) (?:me|us|everyone)\b",
    r"\b(?:find|get|catch) me (?:\w+ ){0,3}and (?:hurt|kill|" + SHOOT + r"|stab|beat|rape) me\b",
    r"\bburn (?:the|my|our) (?:house|home|flat|apartment|place) down with (?:me|us)\b",
    # a threat in general form: someone will or would kill, hurt or attack the writer or others
    r"\b(?:he|she|they|someone|somebody|(?:his|her|their) \w+)(?:'d|'ll| would| will|'?s going to| is going to|"
    r" are going to|'re going to|'?s gonna| is gonna| gonna)(?: [\w']+){0,2} (?:come and |come back and )?"
    r"(?:kill|" + SHOOT + r"|stab|rape|strangle|murder|attack|drown) (?:me|us|you|everyone|everybody|him|her|them|"
    r"(?:my|our|his|her|their|the) (?:" + PEOPLE + r"))\b",
    r"\b(?:he|she|they|someone|(?:his|her|their) \w+)(?:'d|'ll| would| will|'s going to| is going to|'s gonna| gonna)"
    r"(?: [\w']+){0,2} (?:come and )?(?:break my (?:hands|legs|arms|fingers|neck|jaw)|push me (?:down|off|out of)"
    r"|throw me (?:off|out of|down) (?:the|a|my) (?:scaffold\w*|roof|balcony|bridge|building|stairs|window))\b",
    r"\b(?:anyone|whoever)\b(?: \w+){0,5} (?:will|would|'ll) (?:be|get) (?:beaten|killed|shot|stabbed)\b",
    r"\bend up dead\b(?! (?:last|broke)\b)",
    r"\band (?:kill|stab|" + SHOOT + r"|rape|strangle) me\b(?! with\b)",
    r"(?:^|[\s'\"])you'?re dead(?:['\"!.,]|$)",
    r"\b(?:come|coming|came|turn|turning|show|showing|showed|walk|walked|walking|burst|stormed|barged|ran|running) "
    r"(?:back |up |in )?(?:\w+ ){0,3}with (?:a|an|his|her|their|some) "
    r"(?:guns?|shotguns?|rifles?|pistols?|knife|knives|machetes?|weapons?|bats?)\b"
    r"(?! (?:skills?|sets?|blocks?|rolls?|kits?|sharpen\w*|cases?|demo\w*|collection|display|blazing)\b)",
    r"\bpipe ?bombs?\b|\bbomb(?:ing)? (?:the|our|my) (?:school|office|building|workplace|campus|company|factory)\b",
    r"\bif (?:he|she) can'?t have me\b",
    r"\b(?:hit|hits|beat|beats|struck|attacked) me with (?:a |an |his |her |their |the )?(?:metal |wooden |"
    r"iron |extension |electric )?(?:pipe|bat|stick|"
    r"chair|belt|hammer|bottle|brick|crowbar|bar|pole|cord|cable|wire|whip|hose|rod|wrench|spanner)\b",
    r"\bpull(?:ed|s|ing)? a (?:knife|gun|weapon) on (?:me|us)\b(?! in (?:the|a) (?:stage|fight|rehearsal|scene|film"
    r"|play)\b)",
    r"\b(?:physically|sexually) (?:assault|abus|attack)\w* (?:me|by)\b|\babuses me\b",
    # harm the writer means to do to others
    r"\b(?:i'm|im|i am|i) (?:really )?(?:going to|gonna|want to|wanna|will|plan to|planning to) "
    r"(?:kill|hurt|" + SHOOT + r"|stab|murder) "
    r"(?:my (?:manager|boss|coworker|co-worker|colleague|supervisor|team lead|landlord|ex)|him|her|them|"
    r"everyone|everybody|someone|somebody|people)\b(?! in the back\b)",
    r"\brun(?:ning)? (?:him|her|them) over\b|\brun (?:me|us) over\b(?! (?:with|on|about)\b)",
    r"\bmaking (?:all of )?them pay\b.*\b(?:rifle|gun|weapon)\b|\b(?:rifle|gun|weapon)\b.*\bmak(?:e|ing) (?:all of"
    r" )?them pay\b",
    r"\bmake (?:him|her) pay\b(?! for\b)[^.!?]{0,80}\b(?:rifle|gun|pistol|shotgun|knife)\b(?![- ](?:for|to)[- ]hire)"
    r"|\b(?:rifle|gun|pistol|shotgun|knife)\b[^.!?]{0,80}\bmake (?:him|her) pay\b",
    # harm done or threatened, described by the act (round 3 of the pattern sets)
    r"\b(?:tried|trying|try) to (?:drag|pull|force|push) me into (?:his|her|their|a|the) (?:car|van|truck|house)\b",
    r"\b(?:got|was|been|get|getting) (?:punched|kicked|slapped|strangled|choked|assaulted|stabbed) "
    r"in the (?:face|head|chest|stomach)\b(?! for a living\b)",
    r"\b(?:got|was|been|get|getting) (?:punched|strangled|choked|assaulted|stabbed) "
    r"by (?:a|an|my|the|his|her|our)\b",
    r"\bburn\b(?: [\w']+){1,4} down with\b(?: [\w']+){0,3} (?:inside|in it|in there)\b",
    r"\b(?:picturing|imagining|fantasi[sz]ing about|thinking about|think about|keep seeing myself)(?: [\w']+){0,8} "
    r"(?:shooting|stabbing|killing|strangling) (?:him|her|them|everyone|everybody|(?:my|the|that) (?:"
    + PEOPLE
    + r"))\b",
    r"\bpulled (?:out )?a (?:knife|gun|pistol|blade|machete|rifle)\b"
    r"(?![^.!?]{0,30}\b(?:stage|scene|rehearsal|film|play|drill|training)\b)",
    r"\b(?:picturing|imagining|fantasi[sz]ing about)(?: [\w']+){0,4} (?:hurting|beating|attacking) (?:him|her|them|"
    r"(?:my|the|that) (?:" + PEOPLE + r"))\b(?!'s| (?:by|with|if|chances|career|feelings|reputation)\b)",
    r"\b(?:hit|hits|beat|beats|struck|attacked) (?:him|her|them|us|(?:the|a|my|our) (?:new )?\w+) with (?:a|an|his|"
    r"her|their) (?:metal |wooden |iron )?(?:pipe|bat|stick|chair|belt|hammer|bottle|brick|crowbar|pole)\b",
    r"\b(?:threw|throws|throwing|hurled) (?:a|an|the|his|her) (?:chair|bottle|knife|brick|glass|mug|stapler|hammer|"
    r"rock|stone|box|plate|pan|tool|wrench)s? at (?:me|us|my head)\b",
    r"\bsplit my (?:head|lip|skull) open\b",
    r"\b(?:beats?|beating|punches|kicks|hits) (?:him|her)(?: up)? (?:every|daily|regularly|when|whenever|if|and|again"
    r"|with)\b",
    r"\b(?:beats?|beating|punches|kicks) my (?:brother|sister|son|daughter|wife|husband|mom|mum|mother|dad|father|"
    r"friend|cousin|partner)\b(?! (?:at|in|to|by|on)\b)",
    r"\bthrow (?:him|her|me|us|them) overboard\b",
    r"\bblow (?:your|my|his|her|their) (?:head|brains?) (?:off|out)\b",
    r"\b(?:we|i|you)(?:'ll| will| would|'d|'re going to| are going to|'m going to) (?:be|get) (?:beaten|stabbed|"
    r"raped)\b(?! (?:by|to|in|at|on)\b)",
    r"\b(?:smashed|broke|cracked) (?:a |the )?(?:\w+ ){1,2}(?:over|on|across|into) my (?:head|face)\b",
    r"\b(?:you'?ll|you will) never walk again\b|\bmake sure you never (?:walk|see|breathe) again\b",
    r"\bi know where you (?:live|sleep)\b",
    r"\bshoot (?:the|this|our|my) (?:place|office|school|workplace|restaurant|store|shop|building|site|warehouse"
    r"|factory|plant) up\b",
    r"(?<!used to )\b(?:beat|beats) me up\b(?! (?:about|over|for|with|in|on|at)\b)",
    r"\b(?:pushed|shoved|threw) me (?:down|off) (?:the|a) (?:stairs|steps|staircase|ladder|scaffold\w*|"
    r"balcony|roof|loading dock)\b(?! (?:crew|team|project|job|rota|schedule|list|contract)\b)",
    # session 26, from a seventh writer's explicit messages
    r"\b" + THREATEN + r" to (?:burn|strangle|choke|drown|murder|poison|kidnap) (?:me|us|my (?:family|kids|"
    r"children|wife|husband|son|daughter))\b(?! (?:with|on|in (?:front|the (?:review|reference))|out)\b)",
    r"\b(?:throw|throws|throwing|threw|pour|pours|pouring|poured|splash|splashing|splashed) acid "
    r"(?:in|on|at|over|into) (?:my|me|her|his|your|our)\b",
    r"\b(?:wait|waiting|lie in wait) (?:\w+ ){0,2}(?:by|outside|at|for) (?:his|her|their|the) (?:car|house|home|flat|"
    r"place|door|apartment|office)\b[^.!?]{0,40}\bwith (?:a|my|the|his|her) (?:\w+'s )?(?:bat|knife|gun|crowbar|"
    r"hammer|machete|pistol|rifle)\b",
    # session 26, from an eighth writer's explicit messages
    r"\b(?:set fire to|torch|burn)\b(?: [\w']+){1,4} with (?:me|us|him|her|them|my \w+)(?: and (?:my "
    r"|the )?\w+)? (?:in it|inside"
    r"|in there|in)\b",
    r"\b(?:i'?m|i am|i) (?:really |seriously )?(?:intend|intending|plan|planning|going|gonna|decided|about)(?: to)? "
    r"(?:physically |seriously |badly )?(?:harm|hurt|poison|attack|stab|strangle|smother) (?:my |our |the )?"
    r"(?:former |old )?(?:" + PEOPLE + r"|ex|coworkers'|co-workers')(?![\w'-])"
    r"(?! (?:chances|career|feelings|reputation|morale|numbers|sales|bonus|by|with|against|into)\b)",
    r"\band (?:kill|stab|strangle|murder) (?:him|her|them)\b(?! (?:with kindness|off|in (?:the|a) game)\b)",
    r"\b(?:gonna|going to|finna|tryna) jump me\b(?! (?:to|ahead|up|into)\b)",
    r"\b(?:gonna|going to|will|finna|tryna)(?: \w+)? smoke (?:me|you|him|her|us)\b(?! (?:out|up|in|at|with)\b)",
    r"\b(?:beat|beating|kick|kicking|choke|choking|stab|stabbing|strangle|strangling) (?:him|her|them|me|you|(?:my|his|"
    r"her) (?:ex|" + PEOPLE + r"))(?: half)? to death\b",
    r"\bchok(?:ed|es|ing) me (?:out|until|till|til)\b(?! of\b)",
    r"\b(?:he|she|they)(?:'ll| will|'d| would) hurt (?:us|her|him|them|my (?:kids|children|son|daughter|baby|family|"
    r"wife|husband|mom|mum|dad))\b(?!'s| (?:feelings|chances|career|reputation|by|with|financially)\b)",
    r"\bbreak every bone in (?:your|my|his|her|their)\b",
    r"\byou (?:won'?t|will not|wont) make it (?:home|to your (?:car|house|home|door|flat)) alive\b(?! (?:from|after"
    r"|lol)\b)",
    r"\b(?:have|got|has) (?:a |the |my |his )?(?:knife|gun|pistol|rifle|machete) ready\b(?! for\b)",
    r"\b(?:he|she|they|husband|wife|boyfriend|girlfriend|partner|dad|mom|mum|father|mother|stepdad|stepmom|boss|"
    r"manager|ex)(?: \w+)? (?:(?:burned|burnt|scalded|slashed|stabbed|whipped) my (?:arms?|face|hands?|legs?|back|"
    r"skin|neck)|(?:slashed|stabbed|whipped) me)\b(?! in the back\b)",
    r"\b(?:smother|suffocate|strangle|drown)\w* (?:my|our|the|his|her) (?:baby|son|daughter|kids?|children|child)\b",
    # session 26, from a ninth writer's explicit messages: sexual violence at work, stalking, harm to children, elders
    r"\bforc(?:es|ed|ing|e) me (?:to (?:have sex|sleep with|do sexual|touch|perform)|into (?:sex|bed))\b"
    r"|\bforc(?:e|es|ed|ing) (?:himself|herself) (?:on|upon) me\b",
    r"\btouch(?:es|ed|ing)? me\b[^.!?]{0,40}\b(?:when i (?:tell|told|say|said)|even (?:when|after|though)|without "
    r"(?:my )?consent|forcibly|against my will)\b|\bgrop(?:ed|es|ing) me\b|\btouch\w* (?:her|his|my) private (?:parts"
    r"|area)\b",
    r"\b(?:rip|tear|pull)(?:ped|ping|ing)? (?:my|her) clothes off\b",
    r"\b(?:waiting|waited|lurking|hiding) (?:for me )?(?:in|outside|by|at) (?:my|our) (?:\w+ )?(?:garden|house|flat"
    r"|home|door|car|building|office|work)\b[^.!?]{0,30}\bwith a (?:knife|gun|bat|machete|crowbar|hammer)\b",
    r"\b(?:beats?|beating|punches|punching|kicks|kicking|slaps?|slapping|chokes|choking) (?:him|her|them|the "
    r"(?:residents|patients|kids|children|boy|girl|baby|little \w+))\b(?=\s*[.!;]|\s*$)",
    r"\bthrew (?:him|her|me|the \w+(?: \w+)?) (?:against|into|across) the (?:wall|floor|door|room)\b",
    r"\bshov(?:es|ed|ing) (?:him|her|me) (?:about|around)\b|\bslap(?:s|ped|ping)? (?:the )?(?:residents|patients"
    r"|children|kids|baby)\b",
    r"\bbeats? (?:the|my|his|her) (?:little |young )?(?:boy|girl|son|daughter|kids?|children|baby)\b(?! (?:at|in"
    r"|to)\b)",
    r"(?<!\bi )\b(?:squeezed|squeezes|squeezing|grabbed|grabs) my (?:neck|throat)\b(?! (?:pillow|brace|scarf|tie"
    r"|warmer|gaiter)\b)",
    # session 26, from a tenth writer's explicit messages
    r"\b(?:coming|come|going|gonna come) (?:to|over to|round to) (?:my|our) (?:\w+ )?(?:apartment|flat|house|home"
    r"|place|work|office|job) (?:to|and) (?:kill|stab|shoot|hurt|beat|rape) (?:me|us)\b",
    r"\b(?:he|she|they)(?:'d|'ll| would| will) (?:kill|hurt|stab|shoot) (?:both|all|the (?:two|three|four)) of us\b(?!"
    r" (?:in|at|with|on)\b)",
    r"\b(?:held|holds|holding|put|pressed|pointed)(?: [\w']+){0,3} (?:knife|gun|blade|box ?cutter|pistol|rifle|machete"
    r"|razor) (?:up )?(?:to|against|at) (?:my|our|his|her) (?:throat|neck|head|face|chest|temple|brother|sister|son"
    r"|daughter|mum|mom|kids?)\b(?![^.!?]{0,30}\b(?:rehearsal|stage combat|stage fight|fight scene)\b)",
    r"\b(?:he|she|they)(?:'ll| will|'d| would|'s gonna|'s going to)? (?:slice|cut|rip|gut) (?:me|you|us) open\b",
    r"\bshoot (?:the|my|our) (?:director|" + PEOPLE + r")\b(?!'s| (?:an?|the|some|over|back|a quick|down|with|up)\b)",
    r"\bpinn?(?:ed|ing|s)? (?:me|her|him|them) (?:to|against) (?:the |a )?(?:\w+ )?(?:wall|floor|door|ground"
    r"|bed)\b(?! (?:plan|space"
    r"|lamp)\b)",
    # session 27, from an eleventh writer's explicit messages (danger at or around work)
    r"\b(?:going to|gonna|will|'ll|want to|wanna|plan to|planning to) run over my (?:boss|manager|supervisor|"
    r"coworker|co-worker|colleague|ex|husband|wife|boyfriend|girlfriend|partner|team lead)\b(?!'| with the\b)",
    r"\bif i can'?t have (?:you|her|him),? (?:then )?(?:no ?(?:one|body)|no-one) (?:else )?(?:will|can|gets? to)\b",
    r"\b(?:he|she|they)\b[^.!?]{0,60}\b(?:will|would|'ll|going to|gonna|threatens? to|threatened to)\b[^.!?]{0,40}"
    r"\b(?:cut|slash|burn|disfigure|throw acid on) my face\b(?! (?:out|from|off|in|into)\b)",
    # session 27, from a twelfth writer's explicit messages (danger through screens: DMs, team chats, sextortion)
    r"\b(?:says?|said|saying|texted|wrote|posted|" + THREATEN + r") (?:that )?(?:they'?re|he'?s|she'?s|they are|"
    r"he is|she is|they'?ll|he'?ll|she'?ll) (?:coming|going to come|gonna come) (?:to get|for) me\b(?! (?:at|from|"
    r"after|in|with|for|on|by|tomorrow morning)\b)",
    r"\byou won'?t make it (?:home|out(?: of there)? alive)(?=\s*(?:[.!,;'\"]|$))",
    r"\bbring (?:a|your|the) body bags?\b(?![^.!?]{0,20}\b(?:lol|haha|lmao|jk)\b)",
    r"\b(?:going to|gonna|will|'ll|wanna|want to) jump (?:him|her|them) (?:in|at|after|outside|when)\b",
    r"\b(?:going to|gonna)\b[^.!?]{0,40}\bhurt (?:him|her|them) (?:bad|badly|really bad|so bad)\b",
    r"\b(?:i'?ll|i will|we'?ll|we will|gonna) (?:find|hunt) you(?: down)? and (?:kill|cut|hurt|stab|shoot|end|beat"
    r"|gut) you\b",
    r"\b(?:you'?re|youre|ur|you are|you) (?:gonna|going to|will) die\b[^.!?]{0,40}\bi'?ll make sure\b",
    r"\bsend (?:someone|somebody|people|guys|a guy) (?:to|who will|that will|who'?ll) (?:(?:break|smash) (?:your|my|"
    r"his|her) (?:face|legs|arms|jaw|knees)|(?:hurt|beat|kill|cut|stab|shoot|rough up) (?:you|me|him|her))\b",
    r"\bbring(?:ing)? (?:a|my|the) (?:knife|gun|rifle|pistol|weapon)\b[^.!?]{0,20}\b(?:and|so) (?:nobody|no one"
    r"|no-one)\b",
    r"\bon (?:his|her|their) way (?:here |over |to my \w+ )?to (?:kill|hurt|beat|stab|shoot) (?:me|us)\b",
    # session 28, from a fifteenth writer's explicit messages (violence at work now: robbery, clients, debts) and a
    # sixteenth's (threats pasted from chats, emails and forms)
    r"\b(?:held|holding|hold|pulled|pulling|pointed|pointing|put|waved|waving|drew|aimed|aiming) (?:a |the |his |her "
    r"|their )?(?:knife|gun|pistol|machete|blade|weapon|shotgun|rifle|box ?cutter|razor) (?:to|at|on) (?:me|us|my "
    r"(?:chest|face|head|throat|neck|stomach|back|side))\b(?! (?:in|during) (?:training|rehearsal|the (?:course|class"
    r"|drill|demo|rehearsal|stage fight|fight scene))\b)",
    r"\b(?:said|says|told me|tells me|threatened|shouted|yelled|screamed|warned)\b[^.!?]{0,20}\b(?:i'?m|im|i am|i"
    r"|you'?re|youre|you are|you|we|we'?re|nobody|no one|none of (?:us|you))\b (?:not|won'?t|wont|never|will not"
    r"|ain'?t|is not|isn'?t|are not|aren'?t) (?:be )?(?:leaving|leave|walk(?:ing)? out|get(?:ting)? out|make it out"
    r"|making it out|go(?:ing)? home)(?: (?:of )?(?:here|(?:this|the) (?:room|house|flat|building|site|warehouse"
    r"|basement|car|van|truck|kitchen|farm|place|yard)))? alive\b(?!\W{0,3}(?:lol|haha|lmao|jk)\b)",
    r"\b(?:i'?ll|i will|he'?ll|she'?ll|they'?ll|he will|she will|they will) be (?:at|outside|by|waiting (?:at|outside"
    r"|by)) (?:your|her|his|their|my|the) (?:\w+ ){0,2}(?:door|house|home|flat|place|car|office|work)\b[^.!?]{0,30}"
    r"\bwith (?:a|my|his|her|the) (?:bat|knife|gun|crowbar|hammer|machete|pistol|rifle|shotgun)\b",
    r"\b(?:going to|gonna|will|'ll|want to|wanna|about to|" + THREATEN + r" to|plan to|planning to|if i|i'?d) "
    r"(?:break|snap|smash|bust) (?:his|her|their|your|(?:my |the )?(?:[\w-]+ )?[\w-]+'s) (?:jaw|nose|face|skull|ribs"
    r"|teeth"
    r"|kneecaps?|legs|arms"
    r"|neck|fingers|hands)\b",
    r"\b(?:got|have|keep|carry)(?:ing)? (?:a|my) (?:gun|pistol|knife|rifle|shotgun) in (?:my|the) \w+\b[^.!?]{0,10}?"
    r"[,.]? ?(?:remember that|don'?t forget (?:it|that)|just so you know|and i'?ll use it|and i'?m not afraid to use "
    r"it)\b",
    r"\b(?:waiting|wait|be) (?:by|at|outside|next to|near) your (?:car|house|door|flat|home)\b[^\n]{0,60}\byou "
    r"(?:won'?t|will not|wont) (?:be )?(?:driving|going|getting|walking|making it) home\b",
    r"\bbring(?:ing)? (?:a|my|his|her|their|the) (?:[\w']+ ){0,2}(?:gun|weapon|knife|rifle|pistol|shotgun|machete)"
    r"(?: in| along| to work)? and (?:shoot|kill|stab|hurt|murder)\w* (?:the|my|him|her|them|everyone|everybody"
    r"|people|us)\b(?! (?:range|targets?|clays?|breeze|photos?|videos?|footage|scene|headshots?)\b)",
    r"\bbeat (?:you|him|her|them|me) (?:bloody|senseless|to a pulp|black and blue|unconscious)\b",
    r"\b(?:anyone|anybody|whoever)\b(?: \w+){0,5} (?:gets|get|will get|'ll get|would get) (?:a bullet|shot|stabbed"
    r"|a beating)\b(?! (?:down|at|of)\b)",
    r"\b(?:he'?s|she'?s|they'?ve|he has|she has|they have|he had|she had) got a (?:knife|gun|machete|pistol|rifle"
    r"|weapon|blade)\b(?! (?:collection|set|roll|kit|block|sharpen\w*|skills?|licen[cs]e|permit|course|of)\b)",
    r"\b(?:push|shove|throw|kick)\w* (?:him|her|them|my (?:" + PEOPLE + r")) (?:down|off|out of) (?:the|a) "
    r"(?:stairs|stairwell|steps|staircase|balcony|roof|window|bridge|scaffold\w*|ladder|loading dock)\b",
    # poison put into someone's drink or food: said with the verb ("spiking his tea with cyanide") or after the poison
    # is named ("the rat poison from the shed goes in her coffee")
    r"\b(?:(?:put|putting|slip|slipping|add|adding|spike|spiking|lace|lacing|pour|pouring)\w* (?:some )?(?:rat poison"
    r"|poison|antifreeze|bleach|cyanide|arsenic|rohypnol) |rat poison\b[^.!?]{0,60}\b)in(?:to)? (?:my|his|her|their"
    r"|the) (?:[\w-]+'s )?(?:[\w-]+ ){0,3}(?:coffee|tea|drink|food|lunch|mug|cup|meal|pot|urn|kettle)\b",
    r"\bset (?:the |his |her |their |my |our )?(?:[\w']+ ){0,2}on fire with (?:him|her|them|(?:the|my) (?:[\w-]+ ){0,2}"
    r"(?:" + PEOPLE + r"))(?: still)? (?:inside|in it|in there|in)\b",
    r"\b(?:i'?ll|i will|gonna|going to|we'?ll) put you in (?:the|a|an early) (?:ground|grave|coffin|box|body bag)\b",
    r"\bwith (?:\w+ )?(?:machetes|knives|guns|bats|weapons|crowbars|a (?:gun|knife|machete|bat|crowbar)) to (?:kill"
    r"|hurt|stab|shoot|murder|get) (?:me|us)\b",
    # session 28, from a seventeenth writer's explicit messages (veiled and formal threats, euphemism); each family its
    # own pattern opening with plain words
    r"\baccidents (?:happen|can happen) to (?:people|those|anyone|snitches|whistle-?blowers) who (?:talk|snitch"
    r"|complain|report|blow|tell|speak|testify|go to)\w*\b",
    r"\b(?:people|those|anyone|snitches|whistleblowers|whistle-blowers) who (?:talk|snitch|blow the whistle|complain"
    r"|report)\w*\b[^.!?]{0,40}\b(?:fall off|fall down|get hurt|have accidents|end up (?:dead|hurt|in the river|in "
    r"hospital))\b",
    r"\bmake(?:(?<=i'll make)|(?<=ill make)|(?<=i will make)|(?<=we'll make)|(?<=gonna make)|(?<=going to make)) "
    r"(?:you|her|him|them|(?:that|the|my) (?:hr )?(?:lady|guy|man|woman|" + PEOPLE + r")) disappear\b"
    r"(?! (?:from|off)\b)",
    r"\b(?:going to|gonna|will|'ll|about to|want to) put (?:him|her|them|(?:my|the|that) (?:" + PEOPLE + r"|ex)) in "
    r"(?:the )?hospital\b",
    r"\b(?:banging|pounding|hammering|kicking|trying to break) (?:on|down|at) (?:the|my) (?:\w+ )?door with (?:a|an) "
    r"(?:knife|gun|bat|hammer|axe|machete)\b",
    r"\b(?:said|says|told me|warned|threatened|informed me)\b[^.!?]{0,60}\b(?:i|you) '?(?:won'?t|will not|wont"
    r"|would not"
    r"|wouldn'?t) live to\b",
    r"\b(?:in|at) (?:our|the) (?:lobby|reception|office|building|warehouse|car park|parking lot|front desk|shop|store"
    r"|site)\b(?: \w+){0,3} with a (?:gun|knife|rifle|shotgun|machete|weapon)\b(?! (?:set|skills?|block|roll|kit"
    r"|licen[cs]e|permit|course|display|collection)\b)",
    r"\b(?:teach|give) (?:him|her|them|my [\w-]+|the [\w-]+) a lesson (?:he|she|they) (?:won'?t|will not|wont|will "
    r"never) (?:walk away from|survive|recover from)\b",
    r"\bmake (?:him|her|them|(?:that|the|my) [\w-]+) pay in blood\b",
    r"\b(?:give|giving) (?:him|her|them|(?:my|the) (?:" + PEOPLE + r"|ex)) a beating\b",
    r"\b(?:would|'d) hate for (?:something|anything) to happen to (?:you|them|her|him|your (?:kids|children|family"
    r"|wife|husband|son|daughter|mum|mom|dad|mother|father|little \w+))\b",
    r"\brun (?:my|the|that) (?:" + PEOPLE + r"|ex) over\b",
    r"\b(?:wear|wearing) concrete (?:shoes|boots|overshoes)\b",
    r"\bsleep(?:ing)? with the fishes\b",
    r"\b(?:going to|gonna|will|'ll) stab (?:the|that|a) (?:boy|girl|guy|man|woman|kid|lad)\b",
    # session 28, from a nineteenth writer's explicit messages
    r"\b(?:he|she|they) (?:has|had|have|'s got|has got) a (?:knife|gun|machete|weapon|bat|axe)\b(?! (?:collection|set"
    r"|licen[cs]e|permit|for|block|roll|in his kit)\b)",
    r"\bkick(?:ing|ed|s)? (?:my|our) (?:front |bedroom |bathroom )?door (?:in|down)\b",
    r"\buntil (?:he|she|they) stops? (?:moving|breathing)\b|\bput my fist through (?:his|her|their|my \w+'s|the \w+'s) "
    r"face\b",
    r"\bloading (?:his|her|their|a|the) (?:gun|rifle|shotgun|pistol)\b[^.!?]{0,40}\b(?:(?:shouting|screaming|yelling) "
    r"(?:my name|at me|for me)|looking for me|coming for me)\b",
    r"\bgo after my (?:family|kids|children|wife|husband|parents|mum|mom|dad|sister|brother)\b",
    r"\bmake (?:him|her|them|each of them|all of them|every one of them|(?:my|the|that) (?:" + PEOPLE + r")) bleed\b",
    r"\b(?:tried|try|trying) to (?:strangle|choke|kill|stab|drown|suffocate|smother) (?:me|us|my \w+)\b(?! with (?:a "
    r"|his |her )?(?:hug|cuddle|kindness|love)\b)",
    r"\b(?:going to|gonna|will|'ll|plan to|want to) poison (?:the|my|his|her|their|our) (?:\w+ )?(?:coffee|tea|water"
    r"|food|lunch|drinks?|pot|cooler|urn|kettle|supply)\b",
    r"\b(?:gunman|gunmen|active shooter)\b(?! (?:training|drill|drills|simulation|scenario|exercise|response|policy"
    r"|plan|course)\b)[^.!?]{0,20}\b(?:in|at|inside) (?:our|my|the) (?:office|building|school|store"
    r"|shop|warehouse|site|floor|lobby|hospital|ward|plant)\b|\b(?:gunman|active shooter) (?:is |'s )?(?:here|inside"
    r"|in the building)\b",
    r"\b(?:he|she|they)(?:'ll| will|'d| would| is going to|'s going to|'s gonna) cut me\b(?! (?:a|an|some|off|out|in"
    r"|loose|short|down|slack|free|from|into|on)\b)",
    # session 28, R28-6
    r"\b(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:hitting|punching|kicking|beating|choking|strangling|stabbing"
    r"|attacking) (?:me|us|her|him|my \w+)\b"
    r"(?! (?:at|in) (?:chess|cards|games?|tennis|golf|pool|darts|fifa|every|the (?:game|race|match|polls|rankings))\b)",
    r"\bis (?:hitting|punching|beating|choking|strangling|stabbing|attacking) (?:me|us|my (?:mom|mum|mother|dad|sister"
    r"|brother|wife|husband|kids?|son|daughter|grandma|grandmother))\b"
    r"(?! (?:at|in) (?:chess|cards|games?|tennis|golf|pool|darts|fifa|every|the (?:game|race|match|polls|rankings))\b)",
    r"\bgrabbed my (?:arm|wrist|hair|neck)\b(?! to (?:help|pull|stop)\b)",
    r"\b(?:he|she|they)(?:'d|'ll| would| will)? put me in (?:the|a|an early) (?:ground|grave|coffin|box|body bag)\b",
    r"\bsmashing (?:the|my|our) (?:window|windows|door)\b[^.!?]{0,10}\b(?:right now|now)\b",
    r"\bgun(?:ning)? down (?:every|each|all|my|the|everyone|everybody|people|them|him|her)\b|\bgun (?:him|her|them"
    r"|everyone|everybody) down\b",
    r"\bswing(?:ing)? (?:a|the|his|her) (?:machete|knife|bat|axe|hammer|crowbar|bottle) at (?:me|us|my)\b",
    r"\bput a bullet (?:in|through) (?:me|you|my|your|him|her|them|his)\b",
    r"\b(?:i'?m|im|i am) stabbing (?:him|her|them|(?:my|the|that) (?:" + PEOPLE + r"))\b",
    r"\bgot (?:robbed|mugged|held up) at (?:knife|gun)point\b(?![^.!?]{0,30}\b(?:in (?:19|20)\d\d|years ago|as a "
    r"(?:kid|child|teen))\b)",
    r"\bshook (?:her|him|the baby|the child) so hard\b",
    r"\bslapped (?:me|her|him|one of \w+ \w+|my \w+) across the face\b",
    r"\bfind you in pieces\b",
    r"\bswung (?:a|an|the|his|her) (?:\w+ )?(?:pole|bat|bottle|chair|hammer|pipe|stick|knife|bar|crowbar|wrench"
    r"|extinguisher|axe) at (?:me|my head)\b",
    r"\b(?:held|holding|pressed|put) (?:a|the|his|her) (?:gun|knife|pistol|blade) to the back of my (?:head|neck)\b",
    r"\btouched me under my (?:clothes|shirt|skirt|dress)\b",
    r"\byou (?:won'?t|wont|will not) walk away this time\b",
    r"\bslipped something in(?:to)? my drink\b",
    r"\bforced (?:his|her|my|their) (?:hand|arm|face) (?:onto|on|into|against) the (?:hot )?(?:stove|oven|iron|burner"
    r"|hob|fire)\b",
    r"\b(?:kicked|punched|hit|beat) (?:her|him) when (?:she|he) (?:refused|said|tried)\b",
    r"\bbeat (?:him|her|them) (?:till|until) (?:he|she|they) (?:can'?t|cannot) (?:stand|walk|move|breathe)\b",
    r"\bpull(?:ed)? up my (?:skirt|dress)\b",
    r"\b(?:toss|throw|push|chuck) you off (?:your|the|my) (?:balcony|roof|bridge|building)\b",
    r"\bstabbed (?:my|our|his|her) (?:\w+ )?in the (?:side|chest|stomach|neck|leg|arm)\b",
    # session 28, R28-7
    r"\bstabbed me\b(?! in the back\b)(?! (?:with|on) (?:a|the) (?:fork|pen|pencil)\b)",
    r"\bbreak both (?:his|her|their) (?:legs|arms|hands)\b",
    r"\b(?:cornered|trapped)\b[^.!?]{0,40}\bwith a (?:broken bottle|knife|gun|machete|bat|hammer)\b",
    r"(?<!partner )\bpinned me down\b(?! (?:in|during|at) (?:judo|bjj|wrestling|training|class|sparring|practice)\b)",
    r"\b(?:robbing|holding up) (?:the|our|my) (?:till|store|shop|station|bank|counter)\b[^.!?]{0,30}\b(?:right now"
    r"|now)\b",
    r"\bbring an ambulance\b(?! (?:to|for|and)\b)",
    r"\battacking people\b[^.!?]{0,10}\b(?:right now|now)\b|\b(?:right now|now) attacking people\b",
    r"\bi'?(?:ll| will) be '?disappeared\b",
    r"\bsetting fire to (?:the|our|his|her) \w+\b[^.!?]{0,30}\b(?:locked|trapped|still) inside\b",
    r"зламає мені|вб'є мене|вбʼє мене|убь[её]т меня",
    r"\b(?:is|are|'s|'re) shooting at (?:me|us|my (?:house|home|car|flat)|our (?:house|home|car|flat))\b"
    r"(?=[^.!?]{0,20}\b(?:right now|now)\b)",
    r"\bis choking (?:her|him|me)\b",
    # session 29, R29-1
    r"\bmy ex(?![-\w])(?: (?:husband|wife|boyfriend|girlfriend|partner))? (?:has been|keeps|kept"
    r"|is still) following me\b(?! on\b)",
    r"\b(?:i'm|im|i am) (?:gonna|going to) stab (?:\w+ )?(?:(?:my|our|the|that) (?:step)?(?:foreman|boss|manager"
    r"|supervisor|dad|father|mum|mom|ex|husband|wife|boyfriend|girlfriend|coworker|co-worker|colleague|landlord"
    r"|neighbou?r|teacher|brother|sister|roommate|flatmate)|him|her|them)\b(?![^.!?]{0,25}\b(?:in the back|at)\b)",
    r"\bwhipping (?:my|me|her|him|us)\b[^.!?]{0,20}\bwith (?:his|her|a|the) (?:belt|cord|cable|stick|whip)\b",
    r"\bcoming (?:back )?(?:(?:tonight|tomorrow|later|today) )?with (?:his|her|their) (?:boys|friends|mates|crew"
    r"|guys) to (?:cut|stab|hurt|kill|get|beat|jump) me\b",
    r"\b(?:just|right now)\b[^.!?]{0,40}\b(?:me|us)\b[^.!?]{0,30}\bat (?:knife|gun) ?point\b",
    r"\bcornered me (?:in|at|behind) (?:the|a) \w+(?: \w+)? and (?:grabbed|groped|touched|hit|kissed"
    r"|pinned) me\b(?! (?:a|an|some|the)\b)",
    r"\b(?:going to|gonna|will|plan to|want to) shoot up (?:the|my|our|this|that) (?:depot|office|school|building"
    r"|warehouse|plant|store|shop|workplace|place|site|job|company|factory|hospital|meeting|party)\b",
    r"\bdragged me (?:to|into|out of|across|down|along) (?:the|his|her|a) \w+ by (?:my|the) hair\b",
    r"\bmake (?:him|her|them) (?:pay|hurt)(?! for\b)\b[^!?]{0,100}\b(?:hatchet|machete|axe|knife|gun|bat|crossbow"
    r"|gas can|petrol can)\b",
    r"\bgoing to make (?:my|the|that) \w+(?:-\w+)? (?:pay|hurt)\b[^!?]{0,100}\b(?:hatchet|machete|axe|knife|gun|bat"
    r"|crossbow|gas can|petrol can)\b",
    r"\b(?:hacking|smashing|chopping|bashing) at (?:my|our) (?:front |back )?door with an? (?:machete|axe|hatchet"
    r"|knife|bat|hammer|crowbar)\b",
    r"\bkicking(?:(?<=\bhe's kicking)|(?<=\bhes kicking)|(?<=\bshe's kicking)|(?<=\bshes kicking)"
    r"|(?<=\bthey're kicking)|(?<=\btheyre kicking)|(?<=\bhe is kicking)|(?<=\bshe is kicking)"
    r"|(?<=\bthey are kicking)) the door in\b",
    r"\bbreak (?:it|the door) down\b[^!?]{0,60}\bthe door ?frame is (?:cracking|splitting|breaking|giving)\b",
    r"\bstanding over me\b[^.!?]{0,40}\bhand on (?:his|her) (?:holster|gun|pistol|weapon)\b",
    r"\b(?:he|she|they) twisted my (?:arm|wrist|fingers?) (?:till|until) (?:it|they|something) (?:popped|cracked"
    r"|snapped|broke)\b",
    r"\b(?:i've|ive|i have) waited in the (?:car park|parking lot|lot)\b[^!?]{0,60}\bbringing the (?:bat|knife|gun"
    r"|hammer|machete|axe)\b",
    r"\b(?:bat|knife|gun|machete|axe|hammer|crowbar)\b[^.!?]{0,40}\b(?:i'?m|im|i am) waiting for (?:him|her"
    r"|them)\b[^.!?]{0,30}\b(?:when (?:he|she|they) (?:clocks? out|gets? (?:off|home|out)|leaves?)|in the (?:car park"
    r"|parking lot|lot))\b",
    r"\balready (?:stabbed|slashed|cut) (?:the (?:receptionist|guard|security guard|manager|cashier|driver|nurse"
    r"|teacher)|someone|somebody|two people|a (?:guy|man|woman|customer|colleague|coworker))\b",
    r"\brun (?:him|her|them|my (?:old )?\w+|the \w+) (?:down|over) with (?:my|the|his|a) (?:truck|car|van)\b",
    r"\bwent at me with (?:a|the|his|her) (?:bat|knife|hammer|bottle|machete|axe|crowbar|pipe|chair)\b",
    r"\b(?:hit|beat|kicked|punched|hitting|beating) (?:my|his|her|the|a) (?:cousin|brother|sister|friend|dad|father"
    r"|mum|mom|son|daughter|coworker|co-worker|colleague|man|guy|worker|boy|girl|wife"
    r"|husband)\b[^.!?]{0,30}\buntil (?:he|she|they) (?:not|stop|stopped|isn'?t|wasn'?t|is not|was not) moving\b",
    r"\bpulled (?:a|the|his|her) (?:\w+ )?(?:knife|gun|blade|machete|pistol) on me\b(?![^.!?]{0,40}\b(?:in (?:19"
    r"|20)\d\d|years ago|once|as a (?:kid|child|teen)|at my (?:old|last|first)|stage|scene|rehearsal|film|play|drill"
    r"|class|training)\b)",
    r"\bheld (?:it|the knife|a knife|the blade) (?:to|against) my (?:neck|throat)\b(?![^.!?]{0,30}\b(?:rehearsal|stage"
    r"|scene|film|play|class|training|drill|demo)\b)",
    r"\blocked me in (?:the|a|his|her) (?:[\w-]+ ){0,2}(?:cooler|freezer|basement|shed|closet|cupboard|storeroom"
    r"|stockroom|van|boot|trunk)\b(?![^.!?]{0,30}\b(?:lol|haha|jk)\b)",
    r"\btook my phone\b[^.!?]{0,20}\blocked (?:me in|my (?:room|door))\b",
    r"\blocked the (?:\w+ )?door\b[^!?]{0,100}\b(?:took|has) my phone\b",
    r"\b(?:pulled|dragged|pushed|forced) me (?:inside|in) and locked the door\b(?! (?:so|to|for|and laughed)\b)",
    r"\bjust (?:threw|thrown) (?:hot |boiling )?(?:coffee|tea|water|soup|oil|acid|bleach|a drink) (?:in|into|at"
    r"|on) my face\b",
    r"\b(?:i'm|im|i am) hiding in (?:the|a) (?:back ?room|closet|cupboard|stockroom"
    r"|storeroom)\b(?! from (?:my )?(?:boss|manager|work|meetings?|small talk|the (?:party|meeting"
    r"|team))\b)(?![^.!?]{0,30}\b(?:lol|haha|lmao)\b)",
    r"\b(?:taken|took|stole|got) something\b[^!?]{0,60}\bit goes in(?:to)? (?:her|his|their) (?:coffee|tea|drink|food"
    r"|lunch|water)\b",
    r"\bbroke(?:(?<=\bthey broke)|(?<=\bhe broke)|(?<=\bshe broke)|(?<=\bthey just broke)|(?<=\bhe just broke)"
    r"|(?<=\bshe just broke)) (?:two |three |both |all )?(?:of )?my (?:fingers|arms?|wrists?|nose"
    r"|jaw|ribs?|hands?|legs?)\b(?![^.!?]{0,40}\b(?:years ago|in (?:19|20)\d\d|as a (?:kid|child)|playing"
    r"|during (?:the )?(?:game|match|training))\b)",
    r"\b(?:he's|hes|she's|shes|he is|she is) standing between me and the door\b",
    r"\bbring a body ?bag\b(?![^.!?]{0,20}\b(?:lol|haha|lmao|jk)\b)",
    r"\b(?:i'm|im|i am|i'll|ill|i will|gonna|going to)\b[^.!?]{0,60}\bbreak(?:ing)? (?:his|her|their) (?:jaw|nose|neck"
    r"|face|skull|teeth|legs|arms)\b",
    r"\bpointing (?:a|the|his|her) (?:broken bottle|knife|gun|pistol|rifle|machete|blade|shotgun) at me\b",
    r"\b(?:at|outside) my (?:gate|door|house|window|flat|apartment|car) with (?:something|a (?:knife|gun|bat|weapon))"
    r" in (?:his|her|their) hands?\b",
    # session 29, R29-2
    r"\b(?:ma este|most|holnap) megöl\b",
    r"\bgone (?:out )?to the (?:truck|car|shed|garage|house) (?:for|to get) (?:his|her|the) (?:rifle|gun|shotgun"
    r"|pistol|knife|axe)\b",
    r"\b(?:tire iron|crowbar|bat|knife|machete|gun)\b[^.!?]{0,10}\band (?:he's|hes|she's|they're) waiting (?:by"
    r"|outside|at) my\b",
    r"\b(?:going to|gonna) stab (?:\w+ )?(?:(?:my|our|the|that) (?:step)?(?:foreman|boss|manager|supervisor|dad|father"
    r"|mum|mom|ex|husband|wife|boyfriend|girlfriend|coworker|co-worker|colleague|landlord|neighbou?r|teacher|brother"
    r"|sister|roommate|flatmate))\b(?![^.!?]{0,25}\b(?:in the back|at)\b)",
    r"\blocked me in (?:the|a|his|her) (?:engine room|cabin|hold|container|trailer|sleeper)\b",
    r"\bnobody finds a body\b",
    r"\bcame into my (?:room|bedroom|tent|cabin)\b[^.!?]{0,30}\bheld me down\b(?! to (?:tickle"
    r"|play)\b)(?![^.!?]{0,30}\b(?:as a kid|when i was (?:a kid|little))\b)",
    r"\b(?:messaged|texted|wrote|sent)(?: me)?:? [\"']look outside[\"']",
    r"\bmy ex (?:is|'s) (?:in|at|outside) (?:the|my)\b[^.!?]{0,30}\bwith a (?:bat|knife|gun|machete|hammer|crowbar"
    r"|bar)\b(?! of\b)",
    r"\b(?:put|held|pressed|pointed) (?:his|her|their|a|the) (?:sidearm|service weapon|revolver|glock|handgun) (?:to"
    r"|against|at) my (?:head|throat|neck|chest|temple|face)\b",
    r"\brunning (?:him|her|them) (?:down|over) (?:in the (?:lot|car park|parking lot|street|road)|with (?:my"
    r"|the) (?:car|truck|van))\b",
    r"\bbelt\b[^!?]{0,30}\b(?:he|she) says (?:he's|she's|hes|shes) not done\b(?! (?:with|yet|until|by|on|in|for|the"
    r"|fixing|repairing)\b)",
    r"\bstryper mig\b",
    r"\blåst in mig\b",
    r"\b(?:jumped|attacked|ambushed) me in the (?:locker room|car park|parking lot|toilets?|bathroom|stairwell"
    r"|alley)\b",
    r"\bthrew (?:a |the )?(?:pan|pot|kettle|cup|mug|jug) of (?:boiling|hot) (?:water|oil|coffee|tea) (?:at|over"
    r"|on) me\b",
    r"\blocked (?:all )?the doors\b[^!?]{0,60}\b(?:can't|cannot) leave until i\b",
    r"\bdown with (?:him|her|them|the family|the kids) (?:still )?inside\b",
    r"\bshoot\b[^!?]{0,60}\bpiece(?:'s| is) in my (?:backpack|bag|car|jacket|pocket|waistband|glovebox)\b",
    r"\boutside (?:the|my) (?:house|flat|door|home)\b[^.!?]{0,40}\b(?:one|he|she|someone) has a (?:shotgun|gun|knife"
    r"|rifle|machete|bat)\b",
    r"\bdragged me into the (?:[\w-]+ ){0,2}(?:freezer|cooler|van|toilets?|bathroom|storeroom|stockroom|basement"
    r"|shed) and (?:shut|locked|closed) the door\b",
    r"\b(?:going to|gonna) put (?:him|her|them|my (?:ex-?boss|boss|manager|ex|foreman|supervisor|coworker"
    r"|colleague)(?: \w+)?) in (?:the )?hospital\b",
    r"\bwaiting in the car park with a (?:bar|bat|knife|gun|crowbar|hammer)\b(?! of\b)",
    r"\bslashed my (?:face|arm|neck|hand|back|chest)\b",
    r"\b(?:you're|ur) on the \d+(?:st|nd|rd|th) floor\b[^!]{0,20}\bcoming up(?=\s*(?:[.!,;\"']|$))",
    # session 29, R29-3
    r"\b(?:i'm|im|i am) (?:going to|gonna) stab \w+ from (?:accounts|hr|finance|sales|marketing|payroll|it|work"
    r"|the office|the \w+ team)\b(?![^.!?]{0,20}\bin the back\b)",
    r"\b(?:i'm|im|i am) (?:going to|gonna) run \w+ (?:over|down) in the (?:car park|parking lot|lot|street)\b",
    r"\b(?:he's|hes|she's|someone's|he is) in my (?:garden|yard|house|flat|hallway) right now\b",
    r"\bcrash us both\b",
    r"\b(?:someone's|someone has|a man has|he's|a guy has) been following me (?:from|in|since|for)\b",
    r"\bwaiting behind the door with a (?:hammer|knife|bat|bar|crowbar)\b",
    r"\bto mnie zabije\b",
    r"\bcame at me with (?:a|the|his|her) (?!toy )(?:\w+ )?(?:knife|bat|hammer|bottle|machete|axe)\b",
    r"\boutside the (?:\w+ )?(?:salon|shop|office|store|cafe|café)\b[^.!?]{0,30}\bwith a (?:baseball bat|bat|knife|gun"
    r"|machete|crowbar)\b",
    r"\bput something in (?:\w+'s|his|her|their) (?:coffee|tea|drink|food|lunch|water) (?:tomorrow |tonight )?(?:so"
    r"|to make)\b",
    r"\bforced (?:his|her) way in\b",
    r"\bwaiting (?:at|outside|by) (?:the|my) \w+(?: \w+)? to (?:stab|kill|hurt|beat|get|jump|shoot) me\b",
    r"\blocked me in the office\b(?![^.!?]{0,20}\bby (?:mistake|accident)\b)[^.!?]{0,30}\b(?:not leaving|can't leave"
    r"|won't let me)\b",
    r"\b(?:i'm|im|i am) (?:going to|gonna) batter (?:(?:my|our|the|that) (?:supervisor|boss|manager|foreman|ex|stepdad"
    r"|dad|neighbour|neighbor|coworker|colleague)|him|her|them)\b",
    r"\b(?:we're|we are|i'm|im|i am) hiding in the (?:vault|back|store|stock|server) ?room\b",
    r"\bwait for (?:her|him|them) in the (?:\w+ )?(?:car park|parking lot|garage)\b[^.!?]{0,30}\bwith the (?:knife|gun"
    r"|bat|hammer|crowbar)\b",
    r"\bput me under the ground\b(?! floor\b)",
    r"\b(?:finish|kill|bury) me and my family\b",
    r"\bgrab(?:bed)? (?:em|my) neck\b(?! pillow\b)",
    r"\bshowed me (?:his|her) (?:hunting )?(?:knife|gun|pistol|rifle|machete)\b(?! (?:collection|set|kit|shop"
    r"|stall)\b)",
    r"\bbreak (?:his|her) head with (?:an?|the|my )?(?:iron |metal )?(?:rod|bar|pipe|hammer|bat|brick|stone)\b",
    r"\b(?:will|gonna|going to) chop (?:him|her)(?: up)?(?=\s*(?:[.!,;]|$))",
    r"سيذبحني",
    r"يضربني الآن",
    r"\b(?:revolver|gun|pistol|rifle)\b[^.!?]{0,60}\b(?:i'm|im|i am) shooting (?:her|him|them) when\b",
    r"\b(?:i'm|im|i am) being kept in (?:a|the|this) (?:house|room|flat|basement|apartment)\b",
    r"\brun \w+ over with my (?:truck|car|van)\b",
    r"\bhave me shut in\b[^.!?]{0,40}\btook my phone\b",
    r"\brat poison\b[^.!?]{0,30}\bin \w+'s (?:coffee|tea|drink|food|lunch)\b",
    r"\bjust broke into my (?:apartment|flat|house|home|room)\b",
    r"\bgoing to cut up my face\b",
)

OTHER_LANGUAGE: tuple[str, ...] = (
    r"\b(?:quiero|voy a) (?:morir|matarme|suicidarme)\b(?! de\b)",
    r"\bme quiero (?:morir|matar)\b",
    r"\bje veux (?:mourir|me tuer)\b",
    r"\bich will (?:sterben|mich umbringen)\b",
    r"\bquero (?:morrer|me matar)\b",
    r"\b(?:me va a matar|me van a matar|vai me matar|va me tuer)\b",
    r"\bmenac[ée]e?s? de mort\b",
    # a partner, or (session 27) an employer named without "mi": "el señor me pega", "el capataz me golpeó"
    r"\b(?:mi (?:pareja|esposo|marido|novio|novia|jefe|ex)|se[ñn]or|patr[oó]n|jefe|encargado|due[ñn]o|capataz) me "
    r"(?:pega|golpea|peg[oó]|golpe[oó])\b(?! (?:la bronca|gritos|unos gritos|un grito|la charla|el rollo|la chapa)\b)",
    r"\b(?:dijo|dice|amenaz[oó]) que\b[^.!?]{0,60}\bme (?:mata|matar[aá]|va a matar)\b(?! de\b)",
    r"\b(?:v[aã]o|vai|vou) matar (?:a |o )?(?:minha|meu|voc[eê]|vc|te)\b|\bv[aã]o me matar\b",
    r"\b(?:matarme|me matar|matar-me|me suicidar|uccidermi|buttarmi (?:dal|da un|sotto))\b",
    r"\bvoglio farla finita\b(?! con\b)",
    r"\b(?:er|sie) (?:bringt|wird) mich (?:um|umbringen)\b|\b(?:hat|haben) mich (?:geschlagen|verprügelt)\b",
    r"\b(?:nos|me) (?:tiene|tienen|tenía) encerrad[oa]s?\b|\bme amenaz[óo] con (?:un|una) (?:cuchillo|pistola|arma"
    r"|machete)\b",
    # session 25, from a sixth writer's explicit messages
    r"\bkhudkushi\b|\bjeena nahi\b",
    r"\b(?:chcę|chce) się zabić\b|\bzabić się\b",
    r"\b(?:me|mij) te (?:vermoorden|doden)\b|\bzelfmoord\b",
    r"\bmnie (?:pobił|pobiła|bije|uderzył)\b|\bgroz\w*,? (?:że|ze)\b.{0,60}\bzabij",
    # session 26: Tagalog ("he will kill me", "to kill oneself"), Levantine Arabic and Russian in Latin script,
    # Indonesian, Vietnamese, Swahili, Turkish
    r"\bpapatayin (?:(?:daw|raw|niya|nila|ka|mo|na|talaga) ){0,3}(?:ako|kami|tayo)\b|\bmag(?:pa)?pakamatay\b",
    r"\bbad(?:d|de|di) (?:moot|mout|mut)\b|\b(?:a|i)?2tol (?:7ali|nafsi)\b",
    r"(?<!pencegahan )\bbunuh diri\b",
    r"\bpokonch\w* s soboj\b|\bpokonch\w* s soboy\b|\bzhit(?:'| )?ne khochu\b|\bne khochu zhit\b",
    r"\brạch tay\b|\btự tử\b|\btự sát\b",
    r"\b(?:ataniua|wataniua|nitajiua|kujiua)\b",
    r"\bintihar\b",
    # session 27, from a thirteenth writer's messages written wholly in other languages, by language: suicide, then
    # self-harm, then danger; each checked against that language's everyday idioms ("ça me tue", "累死了")
    r"\bme (?:golpe[oó]|golpea|peg[oó]|pegaba) con (?:un|una|el|la|su) (?:cintur[oó]n|palo|cable|correa|pu[ñn]o|zapato"
    r"|chancla)\b",
    r"\b(?:p[ôo]r fim|acabar com|tirar) (?:[àa] |a )?(?:minha|a minha) (?:pr[óo]pria )?vida\b(?! (?:de|como|no|na)\b)"
    r"|\b(?:queimo|queimei|queimava)-me"
    r" com (?:cigarros?|isqueiro|o isqueiro|ferro)\b|\bme queim(?:o|ei|ava) com (?:cigarros?|isqueiro)\b|\b(?:me|te) "
    r"(?:parte|partem|partir[áa]|partia) as pernas\b|\bparte-me as pernas\b",
    r"\bje me (?:frappe (?:la t[êe]te )?contre|scarifie|coupe (?:les bras|les poignets|les cuisses)|br[ûu]le (?:avec"
    r"|les "
    r"bras|la peau))\b|\bcouteau\b[^.!?]{0,40}\bpour (?:me|te|nous) (?:planter|tuer|poignarder)\b|\b(?:il|elle) (?:va"
    r"|allait"
    r"|veut|voulait) (?:me|nous) (?:tuer|poignarder)\b",
    r"\b(?:mir|mich) das leben (?:zu )?nehmen\b|\bnehme mir das leben\b|\bstrick gekauft\b|\britz(?:e"
    r"|te)? (?:ich )?mich\b|\bmich "
    r"(?:zu )?ritzen\b|\berschie(?:ß|ss)\w*\b[^.!?]{0,40}\b(?:mich|uns)\b|\bbringt (?:morgen |heute )?(?:eine|seine"
    r"|die) "
    r"(?:waffe|pistole|knarre|gewehr)\b",
    r"\bvoglio morire\b(?! (?:dal|dalle|di|dalla|dai)\b)|\bbuttarmi gi[ùu] (?:dal|dalla|da un|da una)\b|\bmi (?:brucio"
    r"|bruciavo|taglio|tagliavo) "
    r"(?:la pelle|le braccia|i polsi|le gambe|con l'accendino|con la lametta)\b|\b(?:detto|dice|minacciato|minaccia)\b"
    r"[^.!?]{0,60}\b(?:mi|ti) ammazz\w*",
    r"покончить с собой|покончу с собой|убить себя|убью себя|не хочу жить(?! (?:в|на|с|так|без|здесь|там)\b)"
    r"|хочу умереть|(?<!профилактика )(?<!профилактики )"
    r"(?<!профилактик[аиеу] )(?:самоубийств|суицид)|собирался прыгнуть|собиралась прыгнуть|режу (?:себе|себя)"
    r"|порезал[аи]? (?:себе|себя)|"
    r"резать себя|меня убь[ёе]т|меня убьют|убь[ёе]т меня|убьют меня|тебя убью|убью тебя",
    r"покінчити з собою|вбити себе|вб['ʼ]ю себе|накласти на себе руки|не хочу жити(?! (?:в|на|з|так|без|тут|там)\b)"
    r"|хочу померти|самогубств|ріжу (?:собі|себе)|поріза\w* (?:собі|себе)|зарі(?:же|жу) (?:мене|тебе)|вб['ʼ]є мене"
    r"|мене вб['ʼ]є|вб['ʼ]ють мене|мене вб['ʼ]ють|вб['ʼ]є,? якщо",
    r"\bkendimi (?:öldür|oldur)\w*|\bkendimi (?:köprüden|kopruden|binadan|balkondan|camdan|pencereden|çatıdan|catidan|"
    r"denize)\b|\bjiletle (?:kollarımı|kollarimi|kendimi|bileklerimi|bacaklarımı)\b|\bkollarımı kes\w*|\bkendimi kes"
    r"(?:iyorum|tim|erim)\b|\bseni öldürürüm\b|\bbeni öldür(?:eceğini|eceklerini|mekle)\b|\bbeni dövdü\b|\b(?:patron\w*"
    r"|müdür\w*|koca\w*|şef\w*|usta\w*|adam)\b"
    r"[^.!?]{0,40}\bbeni öldür\w*",
    r"आत्महत्या(?! (?:रोकथाम|निवारण))|(?:खुद|अपने आप) को (?:खत्म|ख़त्म|मार) (?:कर|डाल)|मरने के लिए (?:रेल|ट्रेन|पटरी"
    r"|छत)|जान से मार "
    r"(?:देंगे|दूंगा|दूँगा|देगा|डालेंगे|डालूंगा|डालेगा)|\bjaan se maar (?:dega|denge|dunga|dalega|dalenge|doonga)\b|"
    r"\bblade se (?:kaat|kat)\w*|\bmujhe\b[^.!?]{0,20}\b(?:dande|danda|lathi|belt|chappal) se maar\w*",
    r"(?<!الوقاية من )(?<!للوقاية من )(?<![\u0621-\u064a])(?:أنتحر|انتحر|الانتحار|انتحار)|[أا]قتل (?:نفسي|حالي)|(?:لا"
    r"|ما) (?:عدت )?(?:أريد|اريد"
    r"|بدي) (?:أن )?"
    r"(?:أعيش|اعيش|عيش)(?! (?:في|هون|هنا|مع))|\bm(?:sh|ish) 3ay(?:e|i)z a3ish\b|\ba?2t[eo]l (?:nafsi|7ali)\b"
    r"|[أا]جرح (?:نفسي|حالي)|(?:قال|هدد|"
    r"يهدد|يقول|بيقول|هددني)[^.!?،]{0,40}(?:سيقتلني|بيقتلني|رح يقتلني|راح يقتلني|حيقتلني|يقتلني|بقتلني)|\bbi2telni\b",
    r"\bsi[ęe] zabi[ćc]\b|(?<!zapobiegania )samob[óo]jstw|\bnie chce mi si[ęe] [żz]y[ćc]\b|\btn[ęe] si[ęe]\b|\bmnie "
    r"(?:pobili|zakopi[ąa]|zabij[ąa])\b",
    r"আত্মহত্যা(?! প্রতিরোধ)|নিজেকে মেরে ফেল|বাঁচতে চাই না|ব্লেড দিয়ে (?:হাত|নিজেকে)|আমাকে মেরে ফেলবে|আমাকে খুন কর"
    r"|আমাকে (?:খুব )?মেরেছে",
    r"(?<!预防)(?<!防止)自杀(?!预防|干预|热线)|不想活了|结束自己的生命|天台[^。！？]{0,20}跳|(?:用刀|用刀片|拿刀)划"
    r"|划(?:自己的)?(?:胳膊|手腕|手臂)|割(?:自己的)?(?:手腕|胳膊"
    r"|手臂)|割腕|自残|弄死我|(?:要|会|就)杀了我|打了我一顿",
    r"(?<!予防)自殺(?!予防|対策|防止)|死ぬつもり|(?:電車|線路)に飛び込|(?:腕|手首|足)を切(?:って|る|った|り)"
    r"|リストカット|"
    r"自傷|(?:刺す|殺す)(?:って|と)(?:言|いっ)|(?:夫|上司|店長|社長|彼氏|父|親方)に殴られ",
    r"자살(?! ?예방)|죽으려고|뛰어내리(?:려고|고 싶|ㄹ)|뛰어내릴|(?:팔|손목)을 (?:그어|긋|그었)|자해|죽여\s?버리겠"
    r"|죽이겠다|죽인다고|멱살을 잡",
    r"\b(?:muon|tinh|dinh) tu tu\b|\bkhong muon song\b|không muốn sống|\bgiết (?:tôi|em)\b|\bgiet (?:toi|em)\b|đá vào "
    r"(?:bụng|người) tôi",
    r"\b(?:wakasan|tapusin)(?: ko)?(?: na(?: lang)?)? ang (?:aking )?buhay(?: ko)?\b|\bgusto (?:ko )?(?:na|nang)(?: "
    r"talagang)? mamatay\b|\b(?:sinusugatan|sinasaktan) ko ang sarili\b",
    r"\bmengakhiri hidup\b|\b(?:tidak|ga|gak|nggak) mau hidup lagi\b|\b(?:me)?nyilet\b|\bmelukai diri\b|\b(?:akan"
    r"|bakal) "
    r"dibunuh\b|\bmembunuh (?:saya|aku|kamu)\b|\bmembacok\b|\bbawa golok\b|\bmemukul saya\b",
    r"\b(?:najikata|nilijikata|kujikata)\b",
    # session 27, from a fourteenth writer: other wordings in the big languages, then twenty more languages
    r"\bme (?:quito|quitar[ée]|voy a quitar) la vida\b|\bquitarme la vida\b|\bme "
    r"(?:las|los) tomo (?:todas|todos)\b|\bme (?:aviento|tiro|lanzo|voy a tirar|voy a aventar) (?:del|de un|desde el|"
    r"desde un|por el|por la) (?:puente|edificio|balc[oó]n|techo|azotea|piso|ventana)\b",
    r"\b(?:me jogar|me atirar|me jogo|me atiro) (?:do|da|de um|de uma|na frente do) (?:pr[ée]dio|ponte|janela|viaduto|"
    r"trem|metr[ôo]|sacada|telhado)\b|\bme enforc(?:ar|o)\b|\bqueim\w* (?:o )?meu (?:braço|braco|pulso|pele) com "
    r"(?:o |um )?(?:isqueiro|cigarro|faca|lâmina)\b",
    r"\b(?:je vais|j'vais|je veux|vais) en finir\b(?! (?:avec|vite|rapidement)\b)|\bme pendre\b|\bje me "
    r"pends\b",
    r"\b(?:werfe|werf|schmeiße|schmeiß) (?:ich )?mich vor (?:die|den|einen|eine) (?:s-bahn|u-bahn|zug|bahn|lkw|auto)\b"
    r"|\bmich vor "
    r"(?:den zug|die bahn|die s-bahn) (?:zu )?werfen\b|\btabletten\b[^.!?]{0,60}\balle auf einmal\b"
    r"|\bschluss mit allem(?=\s*(?:[.!,;]|$))"
    r"|\bstech\w* (?:ich )?(?:ihn|sie|dich) ab\b",
    r"\bla faccio finita\b(?! (?:con|qui|l[ìi]|per oggi|adesso con)\b)|\bmi (?:butto|lancio|getto) (?:dal|dalla|da un"
    r"|da una|sotto (?:un|il|al))\b",
    r"[أا]نهي حياتي|[إا]نهاء حياتي|[أا]رمي (?:نفسي|حالي|روحي)|نجرح (?:يدي|روحي)|جرحت روحي|(?:ه|ح|رح |راح "
    r"|سوف )[أا]?قتلك|"
    r"بقتلك|(?:ناوي|رح|راح|بدي|سوف) [أا]قتل(?:ه|ها|هم)\b",
    r"फ(?:ाँ|ां|ा)सी (?:लगा|लगाने)|\b(?:zindagi|zindgi|khud ko) kha?ta?m kar\w*|\b(?:train|gaadi) ke aage kood\w*"
    r"|\bblade se "
    r"(?:apni|apne) (?:kalai|haath|hath|baazu)|\bchaku maar (?:dunga|doonga|denge|dega)\b",
    r"楼顶跳|樓頂跳|跳楼(?!价)|跳樓(?!價)|安眠药[^。！？]{0,20}(?:全吃|吃了|吃掉)|攒够了安眠药|砍死(?!boss|怪|僵尸)"
    r"|捅死|杀了他|帶刀去|带刀去",
    r"выпилюсь|выпилиться|шагну с крыши|прыгну с крыши|прыгнуть с крыши|меня закопа\w*\b(?! в\b)|(?:найду"
    r"|поймаю) (?:его|её|ее) и "
    r"убью",
    r"\bcanıma kıy\w*|\bjiletle (?:kolumu|bileğimi)\b|\bbıçaklayacağım\b",
    r"خودم ?(?:را|رو|و)? ?(?:می\u200c?|می )?(?:کشم|بکشم)|(?<!پیشگیری از )خودکشی|منو (?:می\u200c?|می )?کشه"
    r"|من را (?:می\u200c?|می )?کشد|کتکم زد",
    r"πηδήξω από|να πέσω από|(?<!πρόληψη )(?<!πρόληψης )αυτοκτον|θα με σκοτώσ\w*|με χτύπησε",
    r"\bmă arunc (?:de pe|de la|în fața|sub)\b|\bsă-mi iau viața\b|\bîmi iau viața\b|(?<!prevenirea )\bsinucid\w*"
    r"|(?:amenințat|amenintat|zis"
    r"|spus) că mă omoar\w*",
    r"véget vetek az életemnek|véget vetni az életemnek|felakasztom magam|megölöm magam|öngyilkos(?!ság-?megelőz"
    r"|sági? megelőz)|(?:mondta|fenyeget\w*),? "
    r"hogy megöl\b|\bmeg is ütött\b",
    r"\bterjun dari (?:bangunan|jambatan|bumbung|tingkat)\b|\b(?:nak|akan|mahu) bunuh saya\b|\btumbuk muka saya\b",
    r"קץ לחיי|קץ לחיים שלי|להתאבד|(?<!מחבל )מתאבד|חות(?:ך|כת) את עצמי|פוצע(?:ת)? את עצמי|יהרוג אותי|תהרוג אותי"
    r"|יהרגו אותי|תפס אותי "
    r"בגרון",
    r"\been einde aan mijn leven\b|\bsnijd\w* (?:ik )?mezelf\b|\bmezelf snijden\b|\bme dood (?:te )?maken\b"
    r"|\bsloeg hij me\b|\bhij "
    r"sloeg me\b",
    r"\bskočím z (?:mostu|okna|střechy|domu)\b|\bzabiju se\b|(?<!prevence )(?<!prevenci )\bsebevražd\w*|\bse řežu\b"
    r"|\břežu se\b|\bmě zabij(?:e|ou)\b",
    r"\b(?:tänker|ska|vill|kommer att|planerar att) ta livet av mig\b|\bskär mig (?:i|på) (?:armarna|armen|benen"
    r"|handlederna)\b|\b(?:ska|kommer att) döda mig\b",
    r"بلیڈ سے|اپنا بازو کاٹ|جان سے مار",
    r"(?<!ป้องกันการ)ฆ่าตัวตาย|กรีดแขน|กรีดข้อมือ|ทำร้ายตัวเอง|தற்கொலை(?! தடுப்பு)|வெட்டிக்கொள்|ब्लेडले (?:आफ्नो|आफै)"
    r"|သေကြောင်းကြံ|လက်မောင်းကို လှီး",
    r"\b(?:ću|cu) se ubiti\b|\bubit ću se\b|(?<!prevencija )\bsamoubojstv\w*|\brežem se\b",
    r"ራሴን ለማጥፋት|ራሴን አጠፋ|ይገድለኛል|እንደሚገድለኝ|\bpa ara mi\b|\bm[áa]a pa m[íi]\b|\bkashe kaina\b|\bzai kashe ni\b|"
    r"\bngizozibulala\b|\bzibulala\b|\buzongibulala\b|\bis dil(?:ayaa|i doonaa|ayo)\b|\bi dili doon\w*",
)
