"""Text primitives: normalisation for matching, and sentence segmentation with offsets.

Offsets are Python ``str`` offsets into the original text; nothing here changes the
text a quote is cut from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Outlets differ in typography, not meaning: fold curly quotes, dashes and odd spaces.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def fold(text: str) -> str:
    """Fold typography to ASCII look-alikes; one character in, one character out.

    Keeping the length lets regexes run on the folded text while their offsets still
    index the original. ASCII text has nothing to fold and is returned as it is (the
    extractors fold the same sentence many times; ``isascii`` is a flag check, not a scan).
    """
    if text.isascii():
        return text
    return text.translate(_FOLD)


_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


@lru_cache(maxsize=2)
def ascii_words(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(words, lower-cased words) of an ASCII *text*; None when *text* is not ASCII.

    A word is a maximal run of ``\\w`` characters, so a regex ``\\b(?:x|y)\\b`` can only
    match *text* when x or y is one of its words. The extractors use this to skip patterns
    that cannot match. Only for ASCII text, where ``\\w``, ``\\d`` and ``re.I`` mean what they
    seem to; others run the patterns. Cached for the last two texts: the date, quantity and
    attribution finders ask about the same sentence one after the other.
    """
    if not text.isascii():
        return None
    words = frozenset(_ASCII_WORD.findall(text))
    return words, frozenset(w.lower() for w in words)


def normalize_text(text: str) -> str:
    """Return the form of *text* that claims are compared on.

    Idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.
    """
    # casefold() can leave text un-normalised (e.g. "ß" + combining accent), so NFKC after it.
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    paragraph: int  # index of the paragraph (blank-line or newline separated) it sits in


# Tokens that end with a dot but do not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr sgt adm rep sen gov pres st jr sr
    rev hon amb supt insp cpl pvt brig
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol p pp fig approx est inc ltd co corp dept univ assn bros
    vs etc al cf
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s)")
_NEXT_CHAR = re.compile(r"\s+(\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A news sentence is a few hundred characters. A longer "sentence" is a dump (a table or a
# whole article flattened into one line): it is cut at a space so that claim extraction,
# which looks around each figure within its sentence, stays linear in the document's length.
MAX_SENTENCE_CHARS = 1_000


def _is_abbreviation(text: str, dot_at: int) -> bool:
    """True when the '.' at *dot_at* closes an abbreviation, not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot_at - 12), dot_at)
    if not m:
        return False
    word = m.group(1)
    if "." in word:  # U.S., U.N., a.m.: initialisms with inner dots
        return True
    if word.lower() in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isupper()  # a middle initial: "John F. Kennedy"


def split_sentences(text: str) -> list[Span]:
    """Split *text* into sentence spans, trimmed of surrounding whitespace.

    Newlines always end a sentence (news bodies put one paragraph per line); inside a
    line, a boundary is terminal punctuation followed by space and an upper-case letter,
    a digit or an opening quote, unless the dot closes an abbreviation.
    """
    spans: list[Span] = []
    folded = fold(text)
    paragraph = -1
    pos = 0
    for line in folded.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        paragraph += 1
        start = line_start
        for m in _BOUNDARY.finditer(folded, line_start, line_start + len(line)):
            end = m.end()
            nxt = _NEXT_CHAR.match(folded, end, line_start + len(line) + 1)  # no slice: linear on long lines
            if not nxt:
                continue
            ch = nxt.group(1)
            if not (ch.isupper() or ch.isdigit() or ch in "\"'(["):
                continue
            if folded[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(folded, m.start()):
                # "Oct. 18" / "U.S. troops": an abbreviation followed by a capital is ambiguous;
                # a month or title abbreviation almost never ends a sentence.
                continue
            _append(spans, text, start, end, paragraph)
            start = end
        _append(spans, text, start, line_start + len(line), paragraph)
    return spans


def _append(spans: list[Span], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # not a sentence: cut at the last space before the cap
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(spans, text, start, cut, paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end, paragraph))
