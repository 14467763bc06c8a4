"""Crisis patterns for danger from other people and threats of violence; later wordings in danger_wordings.py."""

from assistant.guard.crisis.danger_wordings import DANGER_WORDINGS
from assistant.guard.crisis.words import (
    A_MISTAKE,
    BOSSES,
    NOT_A_BOSS_GOING_TO,
    NOT_WORK_GOING_TO,
    PEOPLE,
    SHOOT,
    THREATEN,
)

DANGER_COMMON: tuple[str, ...] = (
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
)

DANGER: tuple[str, ...] = DANGER_COMMON + DANGER_WORDINGS
