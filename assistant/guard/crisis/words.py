"""Word lists the crisis patterns share: "myself", the verb "threaten", people a threat can be aimed at, "not food",
someone else as the one who overdosed, a group studied, the boss in "my boss is going to kill me", self-harm disclosed
by someone in one's care, algospeak named rather than used, the days of the week, and the look-backs that leave
out a bereavement or someone else's attempt."""

# The patterns match lower-cased text with letters repeated three or more times squeezed to two (`normalise`).
SELF = r"(?:my ?self|my ?slef|myslef|mysefl|my ?sef|myslf|my life)"
# the verb "threaten" in every form, and the misspellings people send ("threatned", "thretened", "threatend")
THREATEN = r"(?:thre?a?te?n(?:s|ing)?|threate?ning|thre?a?te?n?e?d)"
# a day of the week, as in "dead by friday"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "shoot" as a threat, not the idiom "shoot me an email", "shoot us a line", "shoot you the deck"
SHOOT = (
    r"shoot(?! (?:me|us|you|him|her|them) (?:an?|back|across|through|some|the (?:details|link|info|deck|file|"
    r"invite|agenda|slides))\b)(?! (?:me|us|you|him|her|them) over\b(?! (?:a|an|my|his|her|this|that|the|some) "
    r"(?:refund|complaint|debt|money|bill|review|write-?up|report|grievance|dispute|loan|parking|fight)\b))"
)
# people a threat can be aimed at, after "my", "our", "his", "her" or "the" ("he'd kill my bonus" is not one)
PEOPLE = (
    r"manager|boss|supervisor|team lead|coworkers?|co-workers?|colleagues?|team|tutor|personal tutor|teacher|"
    r"students?|family|kids|children|wife|husband|partner|girlfriend|boyfriend|mom|mum|mother|dad|father|parents|son|"
    r"daughter|brother|sister|landlord|recruiters?|interviewers?|neighbou?r|customers?|clients?|foreman|forewoman"
    r"|(?:shop )?steward|crew|staff|"
    r"owner|director|ceo|hr|patients?|passengers?|employees|workers|principal|professor|dispatcher"
)
# "overdosed on coffee", "an overdose of meetings": not drugs
NOT_FOOD = (
    r"(?! on (?:coffee|caffeine|espresso|energy drinks?|red bull|sugar|chocolate|candy|meetings|zoom|emails|tutorials|"
    r"information|content|podcasts|netflix|work|studying|prep|practice|interviews)\b)"
)
# "my friend overdosed", "a coworker who overdosed": someone else's overdose, told in a question about work
SOMEONE_ELSE = (
    "he she they who friend brother sister cousin son daughter mom mum dad mother father husband wife partner "
    "coworker co-worker colleague roommate flatmate uncle aunt nephew niece boyfriend girlfriend patient client student"
)
NOT_SOMEONE_ELSE = "".join(rf"(?<!\b{who} )" for who in SOMEONE_ELSE.split())
# "a student disclosing self-harm": a professional asked how to respond to someone in their care
DISCLOSERS = "student patient client child kid teen employee someone person colleague coworker"
NOT_DISCLOSED_BY = "".join(
    rf"(?<!{who} {verb} )" for who in DISCLOSERS.split() for verb in ("disclosing", "discloses", "disclosed")
)
# "suicidal ideation in young men", "self-harm among adolescents": a group studied, in research or policy
IN_A_GROUP = (
    r"(?:in|among|amongst) (?:young|teen\w*|adolescents?|older|elderly|veterans|men|women|students|children|youth|"
    r"farmers|workers|lgbt\w*|males|females|boys|girls|\w+ (?:men|women|people|adults|students))\b"
)
# "my boss is going to kill me when she sees the typo": a workplace figure angry at a mistake, not a threat
BOSSES = (
    "boss manager supervisor lead client professor prof teacher editor recruiter hr ceo director coach mentor "
    "lecturer tutor advisor pi"
)
# "this job is going to kill me", "this exam is going to kill us": the work itself, an idiom like "this commute is
# killing me"
WORK_THINGS = (
    "job exam exams commute deadline deadlines workload project course degree shift shifts week interview presentation "
    "rota schedule finals midterms meetings overtime semester term thesis dissertation assignment assignments hours "
    "hunt search internship bootcamp audit"
)


def _not_after(words: str, links: tuple[str, ...] = ("'s ", " is ", "s ")) -> str:
    """Look-behinds that refuse "going to" right after any of the words ("boss's", "boss is", "bosss")."""
    return "".join(rf"(?<!{word}{link}going to)" for word in words.split() for link in links)


# work things also take the plural: "these exams are going to kill me", "the night shifts are going to kill me"
NOT_WORK_GOING_TO = _not_after(WORK_THINGS, ("'s ", " is ", "s ", " are "))
NOT_A_BOSS_GOING_TO = _not_after(BOSSES) + NOT_WORK_GOING_TO
# what follows the idiom: a mistake or a discovery, or a laugh
A_MISTAKE = (
    r"\s*(?:[,.!]?\s*(?:lol|haha|lmao)|(?:when|once|if|after) (?:she|he|they|i) (?:sees?|finds? out|hears?|reads?|"
    r"notices?|realis|realiz|learns?|miss|forget|mess|screw|don'?t|do not|hand|quit|leave|submit|send|sent|tell|"
    r"am late|'m late|show up late|turn|get|ask)|,? (?:i|we) (?:just |accidentally )?(?:sent|forgot|missed|deleted|"
    r"broke|lost|messed|screwed|spilled|booked))"
)
# algospeak named rather than used: a quoted term ("'unalive' jokes", unless "'unalive' myself") or one term in a list
# of others ("unalive, sewer slide, grape"), as a moderator or researcher writes about them
ALGOSPEAK = r"(?:unalive|sewer ?slide|seggs|grape|corn|kms|kys|yeet|le dollar bean|pew pew|accountant|spicy eggplant)"
MENTIONED = r"(?!['\"](?! (?:my ?self|me)\b))(?!,? (?:and |or )?['\"]?" + ALGOSPEAK + r"\b)"
NAMERS = ("algospeak like", "words like", "terms like", "such as", r"e\.g\.", r"e\.g\.,")
NOT_NAMED = "".join(rf"(?<!{w} )" for w in NAMERS)
# "lost her brother to suicide", "lost him to suicide": a bereavement told, not a risk
LOST_TO = "".join(rf"(?<!\b{who} to )" for who in [*SOMEONE_ELSE.split(), "him", "her", "them"])
# "someone on my team attempted suicide", "patients who self-harm": someone else, told by a manager or a carer
ATTEMPTED_BY = "".join(
    rf"(?<!\b{who} attempted )" for who in [*SOMEONE_ELSE.split(), "someone", "somebody", "team", "member", "employee"]
)
WHO_SELF_HARM = "".join(
    rf"(?<!\b{who} who )" for who in ("patients", "people", "clients", "students", "those", "youth", "teens", "kids")
)
