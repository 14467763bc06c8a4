"""Undoing the disguises people use to get past word filters, so the crisis patterns can read the plain words.

On social platforms people learn to write "k1ll mys3lf", "s*icide", "s u i c i d a l", "self-h@rm", "unal1ve", letters
from other alphabets or fancy fonts, and emoji for the means ("gonna take all the 💊"); on a phone in a hurry, words
run together with no spaces ("iwanttoendmylife"). A person writing that way to us means what the plain words mean.
Each disguised word is replaced only when it becomes a word the patterns look for (`WORDS`), so ordinary text ("3rd
floor", "401k", "f*ck this") is left exactly as it was.
"""

from __future__ import annotations

import re
import unicodedata

# words the crisis patterns are built from, in the forms people disguise
_WORDS = """kill kills killed killing myself yourself himself herself suicide suicidal suicided die died dying dead
    death cut cuts cutting hang hanging hanged shoot shooting shot stab stabbing knife gun guns rifle harm self note
    unalive unaliving unalived overdose overdosed pills meds rope sewer slide life end ending me you him her kms kys sh
    bleed burn burnt burning jump bridge noose poison razor blade wrists wrist"""
WORDS = frozenset(_WORDS.split())
# digits and symbols used for letters
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}
)
# Cyrillic and Greek letters that look like Latin ones ("ѕuісіdе")
LOOK_ALIKES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "һ": "h", "ԁ": "d", "ӏ": "l", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h",
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "ν": "v",
    }
)  # fmt: skip
# emoji people use for the means or the outcome; 💀 is left alone, it mostly means laughing
EMOJI = {
    "💊": "pills",
    "🪢": "rope",
    "🔫": "gun",
    "🔪": "knife",
    "⚰️": "coffin",
    "⚰": "coffin",
    "🪦": "grave",
    "🩸": "blood",
}
# "s/h" for self-harm only where the words around it say so ("relapsed on s/h", "s/h scars"): it is also shipping and
# handling ("s/h fees", "plus s/h")
_SH = r"\bs/h\b"
_AFTER_A_VERB = "|".join(rf"(?<=\b{w} )" for w in ("did", "do", "doing", "been", "stop", "from", "about"))
SHORTHAND = (
    (re.compile(r"\bs/h-?(?=ing\b)"), "self-harm"),
    (re.compile(r"(?<=\b(?:on|to|of|my) )" + _SH), "self-harm"),
    (re.compile(f"(?:{_AFTER_A_VERB})" + _SH), "self-harm"),
    (re.compile(_SH + r"(?= (?:scars?|urges?|again|marks|cuts|relapse|thoughts))"), "self-harm"),
    (re.compile(r"\bsh'd\b"), "self-harmed"),
)  # fmt: skip
# a word with a disguise in it: a digit or symbol between letters, a star, or a letter from another alphabet
_TOKEN = re.compile(r"[\w@$!*|]+")
_DISGUISED = re.compile(
    r"[a-z\u0400-\u04ff\u0370-\u03ff][0-9@$!*|]|[0-9@$!*|][a-z\u0400-\u04ff\u0370-\u03ff]|[\u0400-\u04ff\u0370-\u03ff]"
)
# single letters with spaces, dots or hyphens between them: "k i l l", "s.u.i.c.i.d.e", "c-u-t"
_SPACED = re.compile(r"\b[a-z](?:[ .\-][a-z]){2,}\b")


# words run together: a run of 20 or more letters (longer than almost any English word) is split into the listed words
# and these common ones, so the patterns see "i want to end my life"; letters that fit no word stay together, and a run
# with no listed crisis word in it is left as written
_COMMON = """a i am an and are as at be been but by can could did do does dont for from get got going gonna had has
    have he her here hes his how if im in into is it its ive just know last like my no not now of off on one or out
    over really said say says she should so some still take tell than that the them then there they this to told too
    tried try up us very want wanted wants was we week were what when where which who why will with would your after
    again all also any back because before being both came come day days even ever every feel felt first go gone good
    help home hope job leave left long look lost made make more most much need never new next night nothing only other
    own people right same see show shift since someone something sure think time today tomorrow tonight until way well
    went work year years boss manager team office interview explain missed final decided plan planning hit locked lock
    kitchen pay paid training costs leaving alive anymore done tired enough gun pills"""
SPLIT_WORDS = WORDS | frozenset(_COMMON.split())
_LONGEST = max(map(len, SPLIT_WORDS))
_RUN = re.compile(r"[a-z]{20,}")


def _split(match: re.Match[str]) -> str:
    """A run of letters split into the fewest pieces, each a known word or a stretch of letters that fits none."""
    run = match.group(0)
    # cost[i]: the fewest pieces for run[:i]; start[i]: where the last of them begins (a word, or one leftover letter)
    cost = [0] + [len(run) + 1] * len(run)
    start = [0] * (len(run) + 1)
    for i in range(len(run)):
        if cost[i] + 1 < cost[i + 1]:
            cost[i + 1], start[i + 1] = cost[i] + 1, i
        for j in range(i + 2, min(len(run), i + _LONGEST) + 1):
            if cost[i] + 1 <= cost[j] and run[i:j] in SPLIT_WORDS:
                cost[j], start[j] = cost[i] + 1, i
    pieces: list[str] = []
    end = len(run)
    while end:
        piece = run[start[end] : end]
        if pieces and piece not in SPLIT_WORDS and pieces[-1] not in SPLIT_WORDS:
            pieces[-1] = piece + pieces[-1]  # leftover letters side by side stay one stretch
        else:
            pieces.append(piece)
        end = start[end]
    pieces.reverse()
    return " ".join(pieces) if WORDS.intersection(pieces) else run


def _with_stars(word: str) -> str | None:
    """The one listed word a starred word can stand for ("k*ll" -> "kill"), if there is exactly one."""
    pattern = re.compile(re.escape(word).replace(r"\*", "[a-z]") + r"\Z")
    found = [w for w in WORDS if pattern.match(w)]
    return found[0] if len(found) == 1 else None


def _plain(match: re.Match[str]) -> str:
    """A disguised word made plain when it becomes a listed word, else left as written."""
    word = match.group(0)
    core = word.strip("!|")  # "die!" ends a sentence; only symbols inside a word stand for letters
    if not _DISGUISED.search(core):
        return word
    plain = core.translate(LOOK_ALIKES).translate(LEET)
    if "*" in plain:
        plain = _with_stars(plain) or plain
    return word.replace(core, plain) if plain in WORDS else word


def _joined(match: re.Match[str]) -> str:
    """Spaced letters joined when they spell a listed word."""
    word = re.sub(r"[ .\-]", "", match.group(0))
    return word if word in WORDS else match.group(0)


def reveal(clean: str) -> str:
    """The normalised text with its disguised crisis words made plain (pure; the text itself when nothing is)."""
    text = unicodedata.normalize("NFKC", clean).lower()  # fancy fonts ("𝕜𝕚𝕝𝕝") become plain letters
    text = _RUN.sub(_split, text)
    for emoji, word in EMOJI.items():
        text = text.replace(emoji, f" {word} ")
    for pattern, word in SHORTHAND:
        text = pattern.sub(word, text)
    text = _SPACED.sub(_joined, text)
    if _DISGUISED.search(text):  # most texts have no disguised word: skip the word-by-word pass
        text = _TOKEN.sub(_plain, text)
    return re.sub(r"\s+", " ", text)


def disguise_tables() -> dict[str, object]:
    """What `reveal` makes plain, as data: part of the patterns' fingerprint, so a change retrains triage."""
    return {
        "words": sorted(WORDS),
        "split_words": sorted(SPLIT_WORDS),
        "emoji": EMOJI,
        "shorthand": [[p.pattern, w] for p, w in SHORTHAND],
        "look_alikes": sorted(LOOK_ALIKES.items()),
        "leet": sorted(LEET.items()),
    }
