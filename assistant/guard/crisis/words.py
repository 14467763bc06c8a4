"""Word lists the crisis patterns share: "myself", the verb "threaten", people a threat can be aimed at, "not food"."""

# The patterns match lower-cased text with letters repeated three or more times squeezed to two (`normalise`).
SELF = r"(?:my ?self|my ?slef|myslef|mysefl|my ?sef|myslf|my life)"
# the verb "threaten" in every form, and the misspellings people send ("threatned", "threated", "threatend")
THREATEN = r"(?:threaten(?:s|ed|ing)?|threatn?e?n?ed|threatend)"
# people a threat can be aimed at, after "my", "our", "his", "her" or "the" ("he'd kill my bonus" is not one)
PEOPLE = (
    r"manager|boss|supervisor|team lead|coworkers?|co-workers?|colleagues?|team|tutor|personal tutor|teacher|"
    r"students?|family|kids|children|wife|husband|partner|girlfriend|boyfriend|mom|mum|mother|dad|father|parents|son|"
    r"daughter|brother|sister|landlord|neighbou?r|customers?|clients?|foreman|forewoman|(?:shop )?steward|crew|staff|"
    r"owner|director|ceo|hr|patients?|passengers?|employees|workers|principal|professor|dispatcher"
)
# "overdosed on coffee", "an overdose of meetings": not drugs
NOT_FOOD = (
    r"(?! on (?:coffee|caffeine|espresso|energy drinks?|red bull|sugar|chocolate|candy|meetings|zoom|emails|tutorials|"
    r"information|content|podcasts|netflix|work|studying|prep|practice|interviews)\b)"
)
