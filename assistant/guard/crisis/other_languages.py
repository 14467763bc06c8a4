"""Crisis patterns in other languages (about forty, some in Latin script as people text them): suicide and danger."""

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
