"""Suicide patterns added in sessions 24 to 28: word families the common patterns did not reach, found in the fifth to
nineteenth writers' explicit messages (second-language English, algospeak, formal and religious wording, the means
at hand at work)."""

from assistant.guard.crisis.words import MENTIONED

SUICIDE_WORDINGS: tuple[str, ...] = (
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
)
