"""Danger patterns added in sessions 28 and 29: violence at work now, threats pasted from chats and forms, veiled and
formal threats, and the broad briefs' wordings."""

from assistant.guard.crisis.words import (
    PEOPLE,
    THREATEN,
)

DANGER_WORDINGS: tuple[str, ...] = (
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
