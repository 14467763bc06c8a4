"""Deterministic crisis patterns (typos and a few other languages included); never an LLM."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

# Each pattern names a kind of danger. They are matched on lower-cased text with repeated letters squeezed,
# so "kil myself", "killl myself" and "suicidel" are caught; idioms like "this commute is killing me" are not.
_SELF = r"(?:my ?self|myslef|mysefl|mysef|my life)"
# people a threat can be aimed at, after "my", "our", "his", "her" or "the" ("he'd kill my bonus" is not one)
_PEOPLE = (
    r"manager|boss|supervisor|team lead|coworkers?|co-workers?|colleagues?|team|tutor|personal tutor|teacher|"
    r"students?|family|kids|children|wife|husband|partner|girlfriend|boyfriend|mom|mum|mother|dad|father|parents|son|"
    r"daughter|brother|sister|landlord|neighbou?r|customers?|clients?|foreman|forewoman|(?:shop )?steward|crew|staff|"
    r"owner|director|ceo|hr|patients?|passengers?|employees|workers|principal|professor|dispatcher"
)
# "overdosed on coffee", "an overdose of meetings": not drugs
_NOT_FOOD = (
    r"(?! on (?:coffee|caffeine|espresso|energy drinks?|red bull|sugar|chocolate|candy|meetings|zoom|emails|tutorials|"
    r"information|content|podcasts|netflix|work|studying|prep|practice|interviews)\b)"
)
PATTERNS: dict[str, tuple[str, ...]] = {
    "suicide": (
        # suicide, suicidal, suicidel, sucide, suiside; not "career suicide", "suicide squad", "suicide prevention"
        r"(?<!career )(?<!social )\bsu+[ie]?[cs]+[iy]?d(?:e|al|el|ing)?\b"
        r"(?! (?:squad|squeeze|sprints?|drills?|doors?|prevention|hotline|awareness|line|rates?|statistics|research|"
        r"cases)\b)",
        r"\bkill?(?:ing)? " + _SELF,
        r"\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|suffocate|starve|starving)"
        r" " + _SELF + r"\b",
        r"\bun-?aliv(?:e|ing)\b",
        r"\bslit(?:ting)? (?:my )?wrists?\b",
        r"\boverdos(?:e|ed|ing)\b(?![- ](?:risk|prevention|awareness|training|kits?|reversal|counsel)\w*)" + _NOT_FOOD,
        r"\b(?:i'?m|i am|i) (?:just )?(?:want|wanna|going|gonna|plan|planning|ready|trying) to die\b"
        r"(?! (?:of|from|laughing|if|when|before)\b)",
        r"\bdie (?:tonight|today|this week|soon)\b",
        r"\b(?:end|take) my own life\b",
        r"\btake (?:all )?(?:of )?(?:my|the|these) (?:pills|meds|tablets)\b(?! (?:to work|with food|in the morning)\b)",
        r"\bdon'?t (?:want|wanna) to be here anymore\b",
        r"\bkms\b",
        r"\bend(?:ing)? (?:it all|it tonight|it this weekend|my life|things for good|everything)\b",
        r"\b(?:night|day|weekend|week) (?:i|to) end it\b",
        r"\bthink(?:ing|in)? (?:about|bout|of) ending (?:it|things|my life)\b",
        r"\b(?:if i|i) (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:here|alive) anymore\b",
        r"\breason to keep going\b",
        r"\bcrashing my car\b",
        r"\btak(?:e|ing) my (?:own )?life\b(?! (?:back|in|into|to|forward|seriously|more|and|from)\b)"
        r"|\btook my own life\b",
        r"\b(?:want|wanna|going|plan|planning|ready) to (?:die|be dead|not wake up|not be here)\b"
        r"(?! (?:of|from|laughing|if|when|before|waiting)\b)",
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
        r"\b(?:overdose|od)\b" + _NOT_FOOD + r" on\b",
        r"\b(?:pills|bottle of (?:sleeping )?pills) (?:are )?(?:lined up|in front of me|next to me)\b",
        r"\bstaring at (?:the|a) bottle of\b",
        r"\b(?:stockpiling|saving up|hoarding|stashing) (?:my )?(?:meds|pills|medication|antidepressants|"
        r"sleeping pills|"
        r"painkillers)\b",
        r"\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|roof|rooftop|building|balcony|parking garage|car park|"
        r"multi-?stor(?:e)?y|overpass|cliff|tower|window)\b(?! than\b)",  # "rather jump off a cliff than": idiom
        r"\b(?:pills|tablets|meds) (?:saved|stashed|stored) up\b",
        r"\b(?:pistol|gun|rifle|shotgun) (?:in my lap|to my head|in my mouth)\b",
        r"\bhow high the bridge\b",
        r"\b(?:standing|stand|sitting|stood) (?:on|at) (?:the|a) (?:edge of (?:the|a) )?(?:bridge|ledge|roof|"
        r"rooftop|cliff|"
        r"platform edge|railing)\b",
        r"\b(?:step(?:ping)?|jump(?:ing)?|throw(?:ing)? myself) in front of (?:a|the) (?:train|bus|truck|car|subway)\b",
        r"\b(?:wrote|written|writing) (?:a|my) (?:suicide |goodbye )?note\b",
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
        r"\b(?:knife|blade|razor|gun|pistol) (?:against|to|at) my (?:wrists?|throat|neck|head|chest|temple)\b",
        r"\b(?:my|the) service weapon\b.*\busing it\b",
        # slang and misspellings people use for suicide, and wishes to die said without "to"
        r"\b(?:ctb|sewerslide|sewer slide)\b",
        r"\boff (?:my ?self|myslef)\b",
        r"\bif i kill(?:ed)? " + _SELF,
        r"\b(?:want|wanting|wanna|wantin) to kill yourself\b",
        r"\b(?:wantin|wanting) to die\b(?! (?:of|from|laughing|on)\b)",
        r"\bjump(?:ing)? off the top of\b",
        r"\binto the (?:sea|ocean|lake|river) and (?:not|never) (?:come|coming) back\b",
        r"\b(?:lethal|fatal) (?:dose|amount)\b|\bit takes to die\b",
        r"\b(?:meds|pills|drugs|medication|tablets)\b(?: \w+){0,5} (?:would|will|could) kill me\b",
        r"\b(?:don'?t|do not) (?:plan|intend|expect) (?:on|to) (?:be|being) (?:alive|around)\b",
        r"\bno quiero vivir\b|\bsuicidarme\b|\btogliermi la vita\b",
        r"\b(?:i )?(?:wanna|wnt to|wan to|want ?ta|wana) die\b(?! (?:of|from|laughing|if|when|before)\b)",
        r"\bi deserve to die\b",
        r"\b(?:using|use) it on " + _SELF,
        # "jump" alone is a career idiom ("jump to a start-up"): only an unfinished intent at a sentence's end counts
        r"\b(?:meaning|meant|tempted) to jump(?=\s*(?:[.!,;]|$))",
        r"\b(?:took|swallowed|take|taking|swallow(?:ing)?) (?:about |like |around |over )?(?:[1-9]\d+|a (?:whole |"
        r"full )?bottle|"
        r"the (?:whole |full )?bottle|all) (?:of )?(?:my |the )?(?:sleeping |sleep )?(?:pills|tablets|meds|"
        r"antidepressants|painkillers)\b",
        r"\bswallow(?:ed|ing)? (?:a|the) (?:whole |entire |full )?bottle\b",
        r"\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my car |my truck |the car )?(?:"
        r"into|off) "
        r"(?:a|the) (?:concrete )?(?:barrier|wall|tree|bridge|cliff|river|pole|lake|median|overpass|oncoming)\b",
        r"\bnicht mehr leben\b",
        r"\bmich (?:umzubringen|umbringen|töten)\b",
        r"\b(?:quitarme|quitar mi) la vida\b",
        r"\bme (?:tuer|suicider)\b",
        # someone else's stated intent, reported by a parent, friend or coworker
        r"\b(?:wants?|wanted|wanting|going|gonna|trying|tried|threaten(?:s|ed|ing)?|plans?|planning) to kill "
        r"(?:herself|himself|themselves|themself)\b",
        r"\bthink(?:s|ing)? (?:about|of) killing (?:herself|himself|themselves|themself)\b",
        r"\bbetter off (?:[\w']+ ){0,6}if i (?:was|were|am) dead\b",
        r"\b(?:inject|injecting|take|taking|swallow|swallowing) (?:all|every (?:last )?(?:one|unit|drop)) (?:of )?"
        r"(?:my|the) (?:insulin|pills|meds|medication|tablets|painkillers|sleeping pills)\b",
    ),
    "self-harm": (
        r"\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning) (?:my ?self|yourself|myslef)\b"
        r"(?! (?:at work|on the job|lifting)\b)",
        r"\bs(?:el|le)f[- ]?harm",
        r"\bcut(?:ting|s)? (?:my|into my) (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b",
        r"\b(?:fresh|new) cuts (?:on|all over) my\b|\bcovered in (?:fresh |new )?cuts\b",
        r"\b(?:i'?m|i am|i'?ve been|been|started|start|starting) cutting again\b",
        r"\b(?:relapsed?|relapsing) (?:on|into) (?:sh|self[- ]?harm|cutting)\b|\bsh urges\b",
        r"\b(?:until|till|til) (?:it|they|i) (?:bleeds?|bled)\b",
        r"\bsh again\b",
        r"\b(?:want|wanting|urge|urges|craving) to cut\b(?! (?:ties|back|my|our|the|a|costs|down|corners|it|loose|"
        r"in|out|"
        r"off|hours|spending)\b)",
        r"\b(?:bruise[ds]?|burn(?:ed|t)?|cut|scratch(?:ed)?|punch(?:ed)?|hurt|hit) (?:my ?self|my (?:arms?|hands?|"
        r"legs?|"
        r"head|face|wrists?|skin|body))(?: \w+){0,4} on purpose\b",
        r"\b(?:took|take|taking) a (?:razor|blade|knife) to my\b",
        r"\b(?:me )?(?:corto|cortó) (?:los|las|nos|os) (?:brazos|braços|piernas|pernas|muñecas|pulsos)\b",
        r"\bme scarifi",
        r"\b(?:cut|cuts|cutting|burns|burning|harms|harming) (?:himself|herself|themselves|themself)\b"
        r"(?! (?:at work|on the job|lifting|shaving|off|short|out|loose|a)\b)",
        r"\b(?:hit|hitting|punch(?:ed|ing)?|slap(?:ped|ping)?) myself (?:in the (?:head|face)|until|till|so hard)\b",
        r"\bgave myself (?:a )?(?:black eye|bruises?|concussion|burns?|cuts?)\b",
        r"\b(?:hold|held|holding|put|putting|press(?:ed|ing)?) my (?:hand|arm|fingers?|palm|wrist) (?:over|on|onto|"
        r"against|in) (?:the |a )?(?:gas |stove |hot )?(?:burner|flame|stove|fire|iron|hob|lighter|candle)\b"
        r"(?! (?:by accident|accidentally)\b)",
        r"\b(?:starv(?:e|ed|ing)|skip(?:ped|ping)? (?:every|all(?: of)?(?: my)?) meals?|not eat(?:ing)?)\b"
        r"(?: [\w']+){0,6} to punish myself\b|\bstarv(?:e|ed|ing) myself\b(?! of\b)",
        r"\b(?:carv(?:e|ed|ing)|scratch(?:ed|ing)?|etch(?:ed|ing)?)\b(?: [\w']+){0,4} into my (?:arms?|skin|legs?|"
        r"wrists?|thighs?|stomach|hands?)\b",
    ),
    "danger": (
        r"\b(?:threaten(?:ed|ing|s)? to|going to|said (?:he|she|they)(?:'d| would| will)"
        r"|says (?:he|she|they)(?:'ll| will)"
        r"|(?:he|she|they)(?:'ll| will)(?: really)?|hed|he'd|she'd) (?:kill|hurt|beat|shoot|stab|rape) me\b",
        r"\b(?:hits|hit|beats|beat|chokes|choked|strangled|shoved|punched|punches|slapped|slaps|kicked|kicks) me\b"
        r"(?! (?:up|off|out|with|a|an|to)\b)",
        r"\b(?:afraid|scared|terrified) (?:for my life|of (?:him|her) hurting me)\b",
        r"\bnot safe (?:at home|to go home|in my (?:home|house))\b",
        r"\b(?:abusive|violent) (?:partner|husband|wife|boyfriend|girlfriend|ex)\b",
        r"\b(?:has|had|brought) a (?:gun|knife|weapon)\b.*\b(?:me|us|shoot)\b",
        r"\bhiding (?:in|from)\b.*\b(?:right now|he|she)\b",
        r"\bfollowed me home\b",
        r"\b(?:he|she|they) knows? where i (?:live|sleep)\b",
        r"\b(?:don'?t|do not|no longer) feel safe\b",
        r"\b(?:scared|afraid|terrified) to (?:leave the building|go home|go to work|leave work|go back to work)\b",
        r"\b(?:holds?|took|taken|takes|keeps?|has|have) (?:my|our|all our) passports?\b",
        r"\b(?:he|she|they)(?:'ll| will|'d| would) (?:find|get|hurt) me\b",
        r"\b(?:showed|shows|pulled) me a (?:knife|gun|weapon|pistol|rifle|machete|blade)\b",
        r"\b(?:threaten(?:s|ed|ing)?|came at|comes at) me with a (?:knife|gun|weapon|bat|hammer)\b",
        r"\bbring(?:ing)? (?:a|my|his|her|their|the) (?:gun|weapon|knife|rifle|pistol|shotgun)(?: in)? (?:to|into|on) "
        r"(?:work|school|class|campus|the (?:office|site|fair|job|meeting|shop|warehouse|store)|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday)\b",
        r"\bbring(?:ing)? (?:a|my|his|her|their|the) (?:gun|weapon|knife|rifle|pistol|shotgun) (?:tomorrow|tonight)\b",
        r"\b(?:i'?d|i had) better (?:stay|keep) quiet\b",
        # threats against the writer, their family or a workplace, said directly or reported
        r"\b(?:threaten(?:ed|ing|s)? to|going to|gonna|said (?:he|she|they)(?:'d| would| will)|"
        r"(?:he|she|they)(?:'ll| will|'d| would)) (?:kill|hurt|beat|shoot|stab|rape) "
        r"(?:my (?:family|kids|children|wife|husband|mom|mum|mother|dad|father|parents|son|daughter)|us)\b",
        r"\b(?:break|snap) (?:your|my) (?:legs|neck|arms?|jaw)\b",
        r"\b(?:slit|cut|slash) (?:my|your|our|his|her) throats?\b",
        r"\bsays (?:he|she|they)'?s (?:gonna|going to) (?:kill|hurt|beat|shoot|stab) me\b",
        r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:kill|shoot|stab|hurt) you\b",
        r"\b(?:bash|beat|kick|smash|cave) (?:my|your) (?:head|face|skull) in\b",
        r"\b(?:bash|smash|cave) (?:his|her|their|the|[\w']+'s)(?: [\w']+){0,2} (?:head|face|skull) in\b",
        r"\bshoot(?:ing)? up (?:the|a|my|our|this|his|her) (?:office|school|workplace|building|place|company|campus|"
        r"warehouse|store|site|plant|factory|class|fair|meeting)\b",
        r"\bshoot(?:ing)? (?:everyone|everybody|all of (?:them|us|you)|them all)\b(?! (?:an?|the|some|my|our|"
        r"quick|this)\b)",
        r"\b(?:he'?s|she'?s|they'?re|someone'?s|somebody'?s|there'?s (?:a|some) (?:guy|man|woman|person))(?: \w+){0,4} "
        r"with a (?:gun|knife|weapon|rifle|machete)\b",
        r"\bgrabbed me by (?:the|my) (?:throat|neck|hair)\b",
        r"\b(?:got|was) (?:jumped|stabbed|raped|beaten up)\b(?! in the back\b)",
        r"\b(?:rape|raped|molested|sexually assaulted) me\b|\bdrugged (?:my drink|me)\b",
        r"\b(?:locks?|locked) (?:us|me) (?:in|up) (?:the |a |my |his |her |their |our )?(?:apartment|house|flat|"
        r"back|storeroom|stockroom|cooler|freezer|warehouse|truck|van|container|"
        r"dorm\w*|"
        r"basement|shed|at night|every night|overnight|when (?:he|she|they))\b",
        r"\b(?:holding|held) (?:us|me) (?:at|against|captive|hostage)\b",
        r"\bwon'?t let (?:me|us|anyone|any of us) leave (?:the|this) (?:farm|site|house|compound|dorm\w*|camp|"
        r"country)\b",
        r"\b(?:i'?m|i am|we'?re|we are) being trafficked\b|\bthis is (?:human )?trafficking\b",
        r"\b(?:got|getting|received|receiving|sends? me|sent me) (?:an? )?death threats?\b",
        r"\b(?:said|says|texted|texts|told|tells|wrote|writes|messaged|posted|keeps (?:texting|telling|messaging))"
        r"(?: me)?(?: that)? (?:i|i'?d|i'?ll|i should|i deserve to|you should|you deserve to|someone should|"
        r"somebody should)(?: just)? (?:die|be dead|kill me|be killed|get killed)\b(?! on\b)",
        r"\byou'?re dead when\b|\bit'?ll be a bullet\b|\bbullet (?:in|through) (?:my|your) (?:head|brain|skull)\b",
        r"\bcom(?:e|ing) back (?:to|and) (?:kill|shoot|hurt|stab) (?:me|us|everyone)\b",
        r"\b(?:find|get|catch) me (?:\w+ ){0,3}and (?:hurt|kill|shoot|stab|beat|rape) me\b",
        r"\bburn (?:the|my|our) (?:house|home|flat|apartment|place) down with (?:me|us)\b",
        # a threat in general form: someone will or would kill, hurt or attack the writer or others
        r"\b(?:he|she|they|someone|somebody|(?:his|her|their) \w+)(?:'d|'ll| would| will|'s going to| is going to|"
        r" are going to|'re going to|'s gonna| is gonna| gonna)(?: [\w']+){0,2} (?:come and |come back and )?"
        r"(?:kill|shoot|stab|rape|strangle|murder|attack) (?:me|us|you|everyone|everybody|him|her|them|"
        r"(?:my|our|his|her|their|the) (?:" + _PEOPLE + r"))\b",
        r"\b(?:he|she|they|someone|(?:his|her|their) \w+)(?:'d|'ll| would| will|'s going to| is going to|'s gonna|"
        r" gonna)(?: [\w']+){0,2} (?:come and )?(?:break my (?:hands|legs|arms|fingers|neck|jaw)|push me (?:down|"
        r"off|out of)|"
        r"throw me (?:off|out of|down) (?:the|a|my) (?:scaffold\w*|roof|balcony|bridge|building|stairs|window))\b",
        r"\b(?:anyone|whoever)\b(?: \w+){0,5} (?:will|would|'ll) (?:be|get) (?:beaten|killed|shot|stabbed)\b",
        r"\bend up dead\b(?! (?:last|broke)\b)",
        r"\band (?:kill|stab|shoot|rape|strangle) me\b(?! with\b)",
        r"(?:^|[\s'\"])you'?re dead(?:['\"!.,]|$)",
        r"\b(?:come|coming|came|turn|turning|show|showing|showed) (?:back |up |in )?(?:\w+ ){0,2}with a "
        r"(?:gun|shotgun|rifle|pistol|knife|machete|weapon|bat)\b",
        r"\bpipe ?bombs?\b|\bbomb(?:ing)? (?:the|our|my) (?:school|office|building|workplace|campus|company|factory)\b",
        r"\bif (?:he|she) can'?t have me\b",
        r"\b(?:hit|hits|beat|beats|struck|attacked) me with (?:a|an|his|her|their) (?:metal |wooden |"
        r"iron )?(?:pipe|bat|stick|"
        r"chair|belt|hammer|bottle|brick|crowbar|bar|pole)\b",
        r"\bpull(?:ed|s|ing)? a (?:knife|gun|weapon) on (?:me|us)\b",
        r"\b(?:physically|sexually) (?:assault|abus|attack)\w* (?:me|by)\b|\babuses me\b",
        # harm the writer means to do to others
        r"\b(?:i'?m|i am|i) (?:really )?(?:going to|gonna|want to|wanna|will|plan to|planning to) "
        r"(?:kill|hurt|shoot|stab|murder) "
        r"(?:my (?:manager|boss|coworker|co-worker|colleague|supervisor|team lead|landlord|ex)|him|her|them|"
        r"everyone|everybody|someone|somebody|people)\b",
        r"\brun(?:ning)? (?:him|her|them) over\b",
        r"\bmaking (?:all of )?them pay\b.*\b(?:rifle|gun|weapon)\b|\b(?:rifle|gun|weapon)\b.*\bmak(?:e|ing) "
        r"(?:all of )?them pay\b",
        # harm done or threatened, described by the act (round 3 of the pattern sets)
        r"\b(?:tried|trying|try) to (?:drag|pull|force|push) me into (?:his|her|their|a|the) (?:car|van|truck|"
        r"house)\b",
        r"\b(?:got|was|been|get|getting) (?:punched|kicked|slapped|strangled|choked|assaulted|stabbed) "
        r"in the (?:face|head|chest|stomach)\b",
        r"\b(?:got|was|been|get|getting) (?:punched|strangled|choked|assaulted|stabbed) "
        r"by (?:a|an|my|the|his|her|our)\b",
        r"\bburn\b(?: [\w']+){1,4} down with\b(?: [\w']+){0,3} (?:inside|in it|in there)\b",
        r"\b(?:picturing|imagining|fantasi[sz]ing about|thinking about|think about|keep seeing myself)(?: [\w']+){0,8} "
        r"(?:shooting|stabbing|killing|strangling) (?:him|her|them|everyone|everybody|(?:my|the|that) (?:"
        + _PEOPLE
        + r"))\b",
        r"\bpulled (?:out )?a (?:knife|gun|pistol|blade|machete|rifle)\b",
        r"\b(?:hit|hits|beat|beats|struck|attacked) (?:him|her|them|us|(?:the|a|my|our) (?:new )?\w+) with (?:a|an|his|"
        r"her|their) (?:metal |wooden |iron )?(?:pipe|bat|stick|chair|belt|hammer|bottle|brick|crowbar|pole)\b",
        r"\b(?:threw|throws|throwing|hurled) (?:a|an|the|his|her) (?:chair|bottle|knife|brick|glass|mug|stapler|hammer|"
        r"rock|stone|box|plate|pan|tool|wrench)s? at (?:me|us|my head)\b",
        r"\bsplit my (?:head|lip|skull) open\b",
        r"\b(?:beats?|beating|punches|kicks|hits) (?:him|her)(?: up)? (?:every|daily|regularly|when|whenever|if|and|"
        r"again|with)\b",
        r"\b(?:beats?|beating|punches|kicks) my (?:brother|sister|son|daughter|wife|husband|mom|mum|mother|dad|father|"
        r"friend|cousin|partner)\b(?! (?:at|in|to|by|on)\b)",
        r"\bthrow (?:him|her|me|us|them) overboard\b",
        r"\bblow (?:your|my|his|her|their) (?:head|brains?) (?:off|out)\b",
        r"\b(?:we|i|you)(?:'ll| will| would|'d|'re going to| are going to|'m going to) (?:be|get) (?:beaten|stabbed|"
        r"raped)\b(?! (?:by|to|in|at|on)\b)",
        r"\b(?:smashed|broke|cracked) (?:a |the )?\w+ (?:over|on|across) my (?:head|face)\b",
        r"\b(?:you'?ll|you will) never walk again\b|\bmake sure you never (?:walk|see|breathe) again\b",
        r"\bi know where you (?:live|sleep)\b",
    ),
    "other-language": (
        r"\b(?:quiero|voy a) (?:morir|matarme|suicidarme)\b",
        r"\bme quiero (?:morir|matar)\b",
        r"\bje veux (?:mourir|me tuer)\b",
        r"\bich will (?:sterben|mich umbringen)\b",
        r"\bquero (?:morrer|me matar)\b",
        r"\b(?:me va a matar|me van a matar|vai me matar|va me tuer)\b",
        r"\bmenac[ée]e?s? de mort\b",
        r"\bmi (?:pareja|esposo|marido|novio|novia|jefe|ex) me (?:pega|golpea)\b",
        r"\b(?:matarme|me matar|matar-me|me suicidar|uccidermi|buttarmi (?:dal|da un|sotto))\b",
        r"\bvoglio farla finita\b(?! con\b)",
        r"\b(?:er|sie) (?:bringt|wird) mich (?:um|umbringen)\b|\b(?:hat|haben) mich (?:geschlagen|verprügelt)\b",
        r"\b(?:nos|me) (?:tiene|tienen|tenía) encerrad[oa]s?\b|\bme amenaz[óo] con (?:un|una) (?:cuchillo|pistola|"
        r"arma|machete)\b",
        r"\bmnie (?:pobił|pobiła|bije|uderzył)\b|\bgroz\w*,? (?:że|ze)\b.{0,60}\bzabij",
    ),
}

_COMPILED = {kind: [re.compile(p) for p in pats] for kind, pats in PATTERNS.items()}


def patterns_digest() -> str:
    """A short fingerprint of the patterns: training fits the crisis thresholds around what they catch."""
    return hashlib.sha256(json.dumps(PATTERNS, sort_keys=True).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class CrisisMatch:
    """Which kind of danger a pattern found, and the words that matched."""

    kind: str
    text: str


def normalise(text: str) -> str:
    """Lower-case, straighten quotes, squeeze letters repeated three or more times and collapse spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)
    return re.sub(r"\s+", " ", text)


def find_crisis(text: str) -> CrisisMatch | None:
    """The first crisis pattern in the text, or None."""
    clean = normalise(text)
    for kind, patterns in _COMPILED.items():
        for pattern in patterns:
            match = pattern.search(clean)
            if match:
                return CrisisMatch(kind, match.group(0))
    return None
