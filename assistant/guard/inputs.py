"""Input limits for a person's question: empty, binary, control characters, length, language (pure)."""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import InputError

LONG_POST_CHARS = 4000
_ALLOWED_CONTROLS = frozenset("\t\n\r")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
ENGLISH_HINTS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "is",
        "are",
        "was",
        "be",
        "been",
        "am",
        "i",
        "my",
        "me",
        "you",
        "your",
        "it",
        "this",
        "that",
        "what",
        "how",
        "should",
        "can",
        "could",
        "would",
        "do",
        "does",
        "did",
        "not",
        "no",
        "have",
        "has",
        "had",
        "will",
        "job",
        "jobs",
        "work",
        "career",
        "resume",
        "interview",
        "offer",
        "any",
        "about",
        "from",
        "at",
        "as",
        "but",
        "if",
        "so",
        "get",
        "just",
        "im",
        "i'm",
        "dont",
        "don't",
        "want",
        "need",
        "help",
        "where",
        "when",
        "who",
        "why",
        "which",
        "do",
        "their",
        "them",
        "they",
        "he",
        "she",
        "we",
        "our",
        "us",
        "find",
        "after",
        "last",
        "night",
        "again",
        "by",
        "up",
        "out",
        "into",
        "than",
        "then",
        "there",
        "here",
        "its",
        "it's",
        "know",
        "think",
        "like",
    ]
)


# Function words of other languages written in Latin letters, by language. Left out: single letters, and words
# English also uses or that name things in job questions (die, van, met, con, non, com, mit, est, et, pour, comment,
# come, ADA, APA, Hindi, ...).
_FOREIGN_WORDS = {
    "Spanish": (
        "el la los las una unos del que por para mi mis es como cómo qué pero más muy puedo tengo estoy su sus lo le"
        " este esta en"
    ),
    "French": "les des du une je tu elle nous vous dans sur pas mes qui cette être suis j'ai aux il",
    "German": (
        "der das und ist ich nicht ein eine einen für auf zu wie mein meine sich sie wir bei von oder aber auch kann"
        " habe"
    ),
    "Portuguese": "uma da dos na não meu minha mais você trabalho",
    "Italian": "gli di della che sono mio mia anche lavoro",
    "Dutch": "het een ik niet voor zijn dat mijn wat ook naar bij kan",
    "Indonesian and Malay": "yang ke dari untuk dengan saya tidak ini itu bagaimana bisa pekerjaan",
    "Turkish": "bir bu için ile nasıl benim çok daha",
    "Polish": "nie się jak jest że czy pracy mój moja",
    "Tagalog": "ang ng sa mga ako ko ay paano",
    "Swahili": "kwa ni za katika kazi jinsi mimi",
    "Vietnamese, romanized": "toi cua viec lam nhu",
    "Swedish, Danish and Norwegian": "och att det är jag inte som på för ikke jeg hvordan hur",
    "Romanian": "și în cu pentru nu mea",
    "Czech and Hungarian": "práce és hogy nem egy hogyan munka",
}
FOREIGN_HINTS = frozenset(w for words in _FOREIGN_WORDS.values() for w in words.split())


def check_question(text: object, max_chars: int) -> str:
    """Return the question stripped, or raise InputError saying what is wrong and what to do."""
    if isinstance(text, bytes):
        raise InputError("The question arrived as binary data. Send it as plain text.")
    if not isinstance(text, str):
        raise InputError(f"The question must be text, not {type(text).__name__}.")
    stripped = text.strip()
    if not stripped:
        raise InputError("The question is empty. Type what you would like help with.")
    kinds = {unicodedata.category(ch) for ch in stripped if ch not in _ALLOWED_CONTROLS}
    if "Cs" in kinds:  # lone surrogates: text decoded from bad UTF-8, or half of an emoji; models cannot read them
        raise InputError(
            "The question contains characters that are not valid text (a broken character or bad UTF-8). "
            "Paste it again as plain text."
        )
    if "Cc" in kinds:
        raise InputError("The question contains control characters or binary data. Paste it again as plain text.")
    letters = sum(ch.isalpha() for ch in stripped)
    if letters == 0:
        raise InputError("The question has no words in it. Type what you would like help with.")
    text = unicodedata.normalize("NFC", stripped)  # measured as triage will read it: NFC can lengthen a text
    if len(text) > max_chars:
        raise InputError(
            f"The question is {len(text):,} characters long; the limit is {max_chars:,}. "
            "Shorten it to the part you need help with."
        )
    return text


NOT_ENGLISH = "not English"  # the triage note for a question that does not look English; the tie-break skips it


def looks_english(text: str) -> bool:
    """True unless the text is clearly in another language or script.

    Another script, or more function words of another language than of English (at least two), says no. Otherwise
    English function words say yes; short texts without them ("Salary negotiation tips, remote UX designer?") get the
    benefit of the doubt, and only a long text with almost none is taken for another language."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ch.isascii() for ch in letters) / len(letters) < 0.6:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in ENGLISH_HINTS for w in words)
    foreign = sum(w in FOREIGN_HINTS for w in words)
    if foreign >= 2 and foreign > english:
        return False
    if len(words) < 5 or english / len(words) >= 0.12:
        return True
    return len(words) < 12 and foreign == 0
