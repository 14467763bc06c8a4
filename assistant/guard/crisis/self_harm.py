"""Crisis patterns for self-harm: cutting, burning and hurting oneself on purpose, not the idioms of work."""

from assistant.guard.crisis.words import (
    IN_A_GROUP,
    NOT_DISCLOSED_BY,
    THREATEN,
    WHO_SELF_HARM,
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
