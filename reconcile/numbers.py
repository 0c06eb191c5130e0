"""Find quantities in a sentence: written forms, hedges, bounds, ranges and vague amounts.

``find_quantities(sentence)`` returns one :class:`Quantity` per amount of something,
with offsets into the sentence. Numbers that are not amounts (years, days of a month,
clock times, ordinals, model names such as "F-16", phone numbers, long ids) are left
out here, so everything returned is a candidate count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reconcile.records import fast_init
from reconcile.text import (alternation, ascii_words, fold, has_ascii_digit, may_end_with, search_end,
                           text_ending, word_starts)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}  # fmt: skip
ABBREVIATED_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# Hedge words before a number, longest first so "more than" wins over "more".
HEDGES = {
    "about": ["about", "approximately", "approx.", "around", "some", "roughly", "nearly",
              "almost", "an estimated", "estimated", "close to", "circa", "just under",
              "just over", "or so", "an approximate", "upward of", "maybe", "perhaps", "something like",
              "in the region of", "give or take"],  # "perhaps 11,000", "taught maybe a hundred words"
    "at_least": ["at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
                 "no less than", "a minimum of", "above", "exceeding", "well over", "beyond",
                 "passed", "surpassed", "exceeded", "topped", "higher than", "gone past", "went past"],
    # ("the count had passed 10,000", "climbed higher than 7,000 kilometres", "the number had gone past 10,000")
    "up_to": ["up to", "as many as", "fewer than", "less than", "under", "at most",
              "no more than", "a maximum of", "below", "as much as", "within"],  # "end the war within 24 hours"
}  # fmt: skip
# "upward of" reads as at_least; move it there without breaking the table's layout.
HEDGES["about"].remove("upward of")
HEDGES["at_least"].append("upward of")
HEDGE_OF = {h: q for q, hs in HEDGES.items() for h in hs}

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

# Vague amounts: the word, then the interval it stands for once multiplied by a scale.
VAGUE_WITH_SCALE = {
    "several": (2, 9),
    "a few": (2, 5),
    "a couple of": (2, 3),
    "a couple": (2, 3),
    "a handful of": (2, 5),
    "many": (2, 9),
}
VAGUE_PLURAL_SCALE = {  # "tens of thousands", "hundreds of", "thousands of"
    "tens of thousands": (20_000, 90_000),
    "hundreds of thousands": (200_000, 900_000),
    "tens of millions": (20_000_000, 90_000_000),
    "hundreds of millions": (200_000_000, 900_000_000),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 900),
    "thousands": (2_000, 9_000),
    "millions": (2_000_000, 9_000_000),
    "billions": (2_000_000_000, 9_000_000_000),
    "tens of billions": (20_000_000_000, 90_000_000_000),
    "hundreds of billions": (200_000_000_000, 900_000_000_000),
}


@fast_init
@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # offsets into the sentence, hedge included
    end: int
    number_start: int  # where the figure itself starts (after the hedge)
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | about | at_least | up_to | range | vague
    unit_hint: str | None = None  # percent | usd | eur | ... when the figure carries it
    text: str = ""


_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
# "12,000"; "12 000", the thousands spaced as much of Europe writes them (a no-break or thin
# space folds to " "), but not a run that goes on in digits or commas ("3 000,000"); "12000".
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = "hundred|thousand|million|billion|trillion"
# A run of number words: "twelve thousand", "ten-thousand", "one hundred and fifty",
# "a dozen", "a thousand". A leading "a" only counts before a scale word or "dozen".
_WORDS = (
    rf"(?:\ba[\s-]+(?=(?:dozen|{_SCALE_WORDS})\b))?"
    rf"\b(?:{_NUMBER_WORD})\b(?:(?:[\s-]+and)?[\s-]+\b(?:{_NUMBER_WORD})\b)*"
)

# ISO 4217 codes written before or after an amount ("USD 2,000", "2.7 million KRW"): upper case only.
_CODE_UNITS = {"USD": "usd", "EUR": "eur", "GBP": "gbp", "JPY": "jpy", "KRW": "krw", "RUB": "rub", "UAH": "uah",
               "CNY": "cny", "AUD": "aud", "NZD": "nzd", "CAD": "cad", "CHF": "chf"}
_CODES = "(?-i:" + "|".join(_CODE_UNITS) + ")"

# One figure: digits (with an optional scale word or letter), or a run of number words.
_FIGURE = (
    # ("$US2000", "A$1.3 billion", "NZ$50 million": a dollar named by its country, before or after the sign)
    rf"(?:(?P<cur>US\$|\$US|AU\$|NZ\$|HK\$|A\$|C\$|S\$|\$|€|£|¥|₩|{_CODES}(?=\s?\d))\s?)?"
    rf"(?:(?P<digits>{_DIGITS})(?:(?:\s|-)(?P<dscale>{_SCALE_WORDS})s?\b|(?P<abbr>k|bn|mn|m)\b)?"
    rf"|(?P<words>{_WORDS}))"
)
_FIGURE_RE = re.compile(_FIGURE, re.IGNORECASE)

_PERCENT_AFTER = re.compile(r"\s?(%|percent\b|per cent\b|percentage points?\b)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"\s?(dollars|US dollars|U\.S\. dollars|American dollars|euros|pounds|yen|won|rubles|roubles|hryvnias?|yuan|"
    rf"{_CODES})\b",
    re.IGNORECASE
)
_CURRENCY = {"$": "usd", "US$": "usd", "$US": "usd", "A$": "aud", "AU$": "aud", "NZ$": "nzd", "HK$": "hkd",
             "C$": "cad", "S$": "sgd", "€": "eur", "£": "gbp", "¥": "jpy", "₩": "krw",
             "dollars": "usd", "us dollars": "usd", "u.s. dollars": "usd", "american dollars": "usd",
             "euros": "eur", "pounds": "gbp", "yen": "jpy",
             "won": "krw", "rubles": "rub", "roubles": "rub", "hryvnia": "uah",
             "hryvnias": "uah", "yuan": "cny", **_CODE_UNITS, **{k.lower(): v for k, v in _CODE_UNITS.items()}}  # fmt: skip


_WORD_SEPARATOR = re.compile(r"[\s-]+")  # compiled once: words_to_number runs for each figure in words


def words_to_number(words: str) -> float | None:
    """'twelve thousand' → 12000, 'fifteen hundred' → 1500, 'a dozen' → 12; None if not a number."""
    tokens = [t for t in _WORD_SEPARATOR.split(words.lower()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] == "a":
        tokens = ["one", *tokens[1:]]
        if len(tokens) == 1:
            return None
    total, current, seen = 0, 0, False
    for tok in tokens:
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            scale = SCALES[tok]
            if current == 0 and total == 0:
                current = 1
            # "fifteen hundred thousand": a larger scale multiplies everything so far.
            if total and total < scale and current == 0:
                total *= scale
            else:
                total += current * scale
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _parse_figure(m: re.Match[str]) -> tuple[float, str | None] | None:
    cur, digits, dscale, abbr, words = m.group("cur", "digits", "dscale", "abbr", "words")  # (one call, not six)
    unit = _CURRENCY.get(cur or "", None) if cur else None
    if digits:
        value = float(digits.replace(",", "").replace(" ", ""))
        if dscale:
            value *= SCALES[dscale.lower()]
        elif abbr:
            value *= ABBREVIATED_SCALES[abbr.lower()]
        if not math.isfinite(value):
            return None  # 310 digits overflow a float to inf: no one reports that, and inf breaks arithmetic
        return value, unit
    value = words_to_number(words) if words else None
    return (value, unit) if value is not None else None


# --- what is not an amount -------------------------------------------------------------

_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_ENDINGS = tuple(m + dot for m in MONTHS.split("|") for dot in ("", "."))  # its matches' ends (may_end_with)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|local time|hours?\s+GMT))", re.I)
_MODEL_BEFORE = re.compile(r"(?:[A-Za-z]-|[A-Za-z]{1,3}|[#№])$")  # F-16, G7, Su-25, #3
_MODEL_AFTER = re.compile(r"^(?:-?[A-Za-z]\b|[A-Za-z]\d)")  # 9M723, 3D (but not 12-thousand)
_FURNITURE_BEFORE = re.compile(
    r"\b(?:page|no\.|articles?|resolutions?|tel|phone|fax|room|route|highway|flight|"
    r"item|chapter|section|paragraph|vol\.?|issue|id|code|ward|class)\s*$",
    re.IGNORECASE,
)
_FURNITURE_ENDINGS = ("page", "no.", "article", "articles", "resolution", "resolutions", "tel", "phone", "fax", "room", "route", "highway",
                      "flight", "item", "chapter", "section", "paragraph", "vol", "vol.", "issue", "id", "code", "ward",
                      "class")
# The later numbers of a list of them: "resolutions 1718, 1874 and 2397", "Articles 4 and 51".
_FURNITURE_LIST_BEFORE = re.compile(r"\b(?:resolutions|articles|paragraphs|sections|pages|chapters|items)\s+"
                                    r"\d[\d, ]*(?:,|\s(?:and|or))\s*$", re.IGNORECASE)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|of|from|until|till|by|before|after|during|year|early|late|mid|spring|summer|"
    r"autumn|fall|winter|the|this|that|'s|through|to|between|and)\s*$",
    re.IGNORECASE,
)
_DECADE_AFTER = re.compile(r"^s\b")  # the 1990s


_WORD_NEXT = re.compile(r"\s*([A-Za-z]+)")


def _looks_like_year(value: float, raw: str, before: str, after: str) -> bool:
    if "," in raw or "." in raw or not (1800 <= value <= 2100) or len(raw) != 4:
        return False
    # "2000 troops" is a count; "in 2022", "2022 invasion", "Oct. 18, 2024" are years.
    nxt = _WORD_NEXT.match(after)
    if nxt and nxt.group(1).lower() in COUNT_NOUN_HINTS:
        return bool(_YEAR_CONTEXT_BEFORE.search(before)) and nxt.group(1).lower() not in (
            "troops", "soldiers", "people",
        )  # fmt: skip
    return True


# Nouns that make a bare four-digit figure read as a count rather than a year.
COUNT_NOUN_HINTS = frozenset(
    """troops soldiers people personnel forces servicemen fighters men women children civilians
    workers officers ships vessels tanks shells missiles rockets drones aircraft units brigades
    casualties dead wounded refugees prisoners dollars euros containers rounds""".split()
)


_ID_AFTER = re.compile(r"^[-/.]\d")
# Number words that are not amounts: "one of", "Group of Seven".
_LOWER_WORD_AFTER = re.compile(r"^\s+[a-z]")
_ONE_OF_AFTER = re.compile(r"^\s+(?:of|another|day|time|side|way|thing|point)\b")
_CAPITAL_AFTER = re.compile(r"^\s+(?:[A-Z])")
_PLACE_OF_ENDINGS = ("of ", "about ", "some ", "roughly ", "nearly ", "around ")
_PLACE_OF_BEFORE = re.compile(r"\b(?:city|town|village|island|port|capital)\s+of\s+"
                              r"(?:(?:about|some|roughly|nearly|around)\s+)?$", re.I)
_FAMILY_AFTER = re.compile(r"\s+(?:young\s+|small\s+|grown\s+)?(?:children|sons|daughters|kids|grandchildren|brothers|"
                           r"sisters|siblings)\b")
_GROUP_OF_BEFORE = re.compile(r"\b(?:Group|GROUP|G|Big)\s+of\s*$")  # "Group of Seven"; "a group of fifteen hundred" counts
_ID_BEFORE = re.compile(r"\d[-/.]$")
# What a text _ID_BEFORE matches ends with ($ also matches before a last newline).
_ID_BEFORE_ENDS = ("-", "/", ".", "\n")
_COMMA_BEFORE = re.compile(r",\s*$")
_BLANK = re.compile(r"^\s*$")


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\u2014]|$)")  # nothing counted after the figure: the clause ends


_PHONE = re.compile(r"\+?\d{1,5}(?:[ -]\d{1,5}){2,}")  # three groups of digits or more, apart by spaces or dashes


def _phone_groups(folded: str, start: int, end: int) -> bool:
    """Whether the digits at folded[start:end] are one group of a run of three or more (a phone number)."""
    return any(p.start() <= start and end <= p.end()
               for p in _PHONE.finditer(folded, max(0, start - 20), min(len(folded), end + 20)))


def _is_not_amount(sentence: str, folded: str, m: re.Match[str], value: float) -> bool:
    start, end = m.start(), m.end()
    before = folded[max(0, start - 40) : start]
    after = folded[end : end + 40]
    if " of " in before and before.endswith(_PLACE_OF_ENDINGS) and _PLACE_OF_BEFORE.search(before):
        return True  # "a port city of 600,000", "this island of about 2,300 people": a place's size, not the story's
    if m.group("digits") and not m.group("cur"):
        digits = m.group("digits")
        ending = text_ending(before)  # read once for the month and furniture tests (text.may_end_with)
        month_before = (ending is None or ending.endswith(_MONTH_ENDINGS)) and search_end(_MONTH_BEFORE, before)
        # (A month after the figure only matters for a day, "18 October": not read after "12,000".)
        if month_before or "," not in digits and value <= 31 and _MONTH_AFTER.match(after.lstrip(" ")):
            # "Oct. 18", "18 October" — but "12,000 in October" is an amount.
            if "," not in digits and value <= 31 and not m.group("dscale"):
                return True
            if month_before and len(digits) == 4 and value > 1800:
                return True  # "October 2024"
        # (A figure is usually followed by a space, where an ordinal, a decade, a model number or an
        # id cannot start: those patterns are not tried there; the cheap tests go first.)
        spaced = after[:1] == " "
        if not spaced and (_ORDINAL_AFTER.match(after) or _DECADE_AFTER.match(after)) or _TIME_AFTER.match(after):
            return True
        if not before.endswith(" ") and search_end(_MODEL_BEFORE, before):  # the cheap test first
            return True
        if not spaced and _MODEL_AFTER.match(after) and not m.group("abbr"):
            return True
        if (ending is None or ending.endswith(_FURNITURE_ENDINGS)) and search_end(_FURNITURE_BEFORE, before):
            return True
        if (ending is None or ending.endswith((",", " and", " or"))) and \
                _FURNITURE_LIST_BEFORE.search(folded, max(0, start - 160), start):
            return True
        if not spaced and _ID_AFTER.match(after) or before.endswith(_ID_BEFORE_ENDS) and _ID_BEFORE.search(before):
            return True  # phone numbers, ids, dates written 18/10/2024, version strings
        if "," not in digits and "." not in digits and " " not in digits and len(digits) >= 7:
            return True  # long bare digit strings are ids, not counts
        if " " in digits and (before[-1:] == "+" or len(digits) >= 11):
            return True  # spaced groups after "+", or of nine digits or more, are a phone number: "+420 221 122 000"
        if digits[0] == "0" and len(digits) > 1 and digits.isdigit():
            return True  # "0161", "0723": a leading zero writes a code, not a count
        if (before[-1:] == " " and before[-2:-1].isdigit() or after[:1] == " " and after[1:2].isdigit()) and \
                _phone_groups(folded, start, end):
            return True  # "call 0161 496 0723", "0 800 300 116": a group of a phone number
        if after[:1] == "+" and after[1:2].isdigit() or before[-1:] == "+" and before[-2:-1].isdigit():
            return True  # the "2+2" talks: a meeting's name, not two of anything
        if _looks_like_year(value, digits, before, after) and not m.group("dscale"):
            return True
        if len(digits) == 4 and _BLANK.match(after[:1]) and _COMMA_BEFORE.search(before):
            return True  # "Oct. 18, 2024"
    if m.group("words"):
        words = m.group("words").strip().lower()
        if words in ("one", "a", "a dozen") and not _LOWER_WORD_AFTER.match(after):
            return True
        if words == "one" and _ONE_OF_AFTER.match(after):
            return True
        if value <= 10 and before.endswith(("the ", "The ")) and _CLAUSE_END_AFTER.match(after):
            return True  # "many people link the two: ...", "between the three.": a pronoun, not a count
        if sentence[start : start + 1].isupper() and _CAPITAL_AFTER.match(after):
            # "Group of Seven Nations" – a capitalised name, unless it opens the sentence
            if start > 0:
                return True
        if _GROUP_OF_BEFORE.search(before):
            return True
        if before.endswith(("his ", "her ", "their ", "my ", "our ")) and _FAMILY_AFTER.match(after):
            return True  # "fled Kharkiv with her two children": a family, no count of the story's
    return False


# --- hedges, ranges and vague amounts --------------------------------------------------

_HEDGE_RE = re.compile(
    r"(?:^|(?<=[\s(\"']))(" + alternation(sorted(HEDGE_OF, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
# Compiled once: these run for each figure.
_OF_AFTER = re.compile(r"^\s+of\b")
_TO_OR_DASH = re.compile(r"to|-")


def _shared_scale(value: float, value2: float) -> float | None:
    """The scale that "VALUE or VALUE2" writes once, after the second figure: "ten or twelve thousand"
    is 10,000 to 12,000. None when no thousand, million or billion puts the first just below the second."""
    for scale in (1e3, 1e6, 1e9):
        if value * scale <= value2 < value * scale * 10:
            return scale
    return None
# "handed over 3,000", "spread over three sites": not a hedge
_HANDED_BEFORE = re.compile(r"\b(?:taken|took|handed|turned|hand|spread|split|scattered|divided|stretched|strung)\s+$")
_HEDGE_ENDINGS = tuple({h.split()[-1] for h in HEDGE_OF})  # the last words of its matches (text.may_end_with)
_OR_SO_AFTER = re.compile(r"\s+or\s+(so|more)\b")  # "3,000 or so", "3,000 or more"
_PLUS_AFTER = re.compile(r"\s*\+")  # "3,000+"
_RANGE_JOIN = re.compile(r"^\s*(?:-|to|and|or)\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)
_VAGUE_PLURAL_RE = re.compile(
    r"\b(" + "|".join(sorted(VAGUE_PLURAL_SCALE, key=len, reverse=True)) + r")(?=\s+of\b|\s+(?:more\s+)?[a-z])",
    re.IGNORECASE,
)
_VAGUE_SCALE_RE = re.compile(
    r"\b(" + "|".join(sorted(VAGUE_WITH_SCALE, key=len, reverse=True)) + r")\s+(hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)

# A word each vague pattern needs, whole: the scale word of "several thousand", the first
# word of "tens of thousands" or "dozens".
_VAGUE_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
_VAGUE_PLURAL_WORDS = frozenset(phrase.split()[0] for phrase in VAGUE_PLURAL_SCALE)


def _matches_if_words(pattern: re.Pattern[str], folded: str, words: frozenset[str] | None,
                      needed: frozenset[str]) -> Iterable[re.Match[str]]:
    """``pattern.finditer(folded)``, skipped when the ASCII sentence has none of the *needed* words."""
    if words is not None and needed.isdisjoint(words):
        return ()
    return pattern.finditer(folded)


# How many times one figure is another: "has more than tripled", "three times the count of a week
# ago", "twice as many", "about half of the shells" (a share, 50 percent). Only the forms that
# compare amounts: "doubled down", "think twice" and "visited three times" are none.
_MULTIPLE_VERBS = {"doubled": 2, "doubles": 2, "doubling": 2, "tripled": 3, "triples": 3, "tripling": 3,
                   "quadrupled": 4, "quadruples": 4, "quadrupling": 4}
_MULTIPLE_BEFORE_NOUN = {"double": 2, "triple": 3, "quadruple": 4, "twice": 2}  # "triple the number"
_MULTIPLE_RE = re.compile(
    r"\b(?:(?P<hedge>more than|nearly|almost|about|roughly|over|at least|some|well over)\s+)?(?:"
    r"(?P<verb>" + "|".join(_MULTIPLE_VERBS) + r")\b(?!\s+down\b)|"
    r"(?P<word>" + "|".join(_MULTIPLE_BEFORE_NOUN) + r")\s+(?=(?:the|what|its|their|that|as)\b)|"
    r"(?P<times>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times\s+"
    r"(?=(?:the|what|its|their|that|as|more|higher|larger|bigger|greater)\b)|"
    r"(?<!first )(?<!second )(?<!other )(?<!and a )(?<!a )(?P<half>half)\s+(?=of\s+(?:the|all|them|its|their)\b|"
    r"(?:the|all)\s+[a-z]))",
    re.IGNORECASE,
)
_MULTIPLE_WORDS = frozenset([*_MULTIPLE_VERBS, *_MULTIPLE_BEFORE_NOUN, "times", "half"])


def _multiples(sentence: str, folded: str, words: frozenset[str] | None) -> list[Quantity]:
    """The ratios and halves in *sentence* (unit_hint "times", or "percent" for a half)."""
    out = []
    for m in _matches_if_words(_MULTIPLE_RE, folded, words, _MULTIPLE_WORDS):
        if m.group("verb"):
            value, end = float(_MULTIPLE_VERBS[m.group("verb").lower()]), m.end("verb")
        elif m.group("word"):
            value, end = float(_MULTIPLE_BEFORE_NOUN[m.group("word").lower()]), m.end("word")
        elif m.group("times"):
            times = m.group("times").lower()
            value, end = float(UNITS.get(times) or int(times)), m.end("times") + len(" times")
        else:
            value, end = 50.0, m.end("half")
        hedge = m.group("hedge")
        qualifier = HEDGE_OF[hedge.lower()] if hedge else "exact"
        start = m.start() if hedge else m.start(m.lastgroup)
        number_start = m.start(m.lastgroup)
        out.append(Quantity(start, end, number_start, value, value if qualifier == "at_least" else None, None,
                            qualifier, "percent" if m.group("half") else "times", text=sentence[start:end]))
    return out


# A sentence without a digit or a number word holds no amount: most sentences stop here.
_NUMBER_WORDS = [*UNITS, *TENS, *SCALES, "dozen", "dozens", "several", "couple", "few", "scores", "tens", "hundreds",
                 "thousands", "millions", "billions"]
_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)


_DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # (opens with a class: re skips ahead to the next digit)
_FIGURE_START_WORDS = frozenset([*UNITS, *TENS, *SCALES, "dozen", "a"])
_A_SCALES = frozenset(["dozen", *_SCALE_WORDS.split("|")])  # the words _WORDS's leading "a" must stand before
_FIGURE_START_WORDS_NOT_A = _FIGURE_START_WORDS - {"a"}
_ASCII_DIGITS = frozenset("0123456789")


def _figure_matches(folded: str, words: frozenset[str] | None) -> list[re.Match[str]]:
    """``_FIGURE_RE.finditer(folded)``, without running the pattern at every position.

    In ASCII text a figure can only start at a digit, at "$" or "US$", or at a word that
    is a number word or "a"; trying the pattern at those positions only, left to right and
    past the end of the last match (as text.finditer_at), gives the same matches as finditer.
    Of a run of digits only the first is tried: the pattern always matches at a digit (its
    "\\d+"), so the run's later digits lie inside that match, unless it ends inside the run
    ("12,3456": "12,345"), where the next try is where it ended, as finditer's is.
    """
    if words is None:
        return list(_FIGURE_RE.finditer(folded))
    starts = [m.start() for m in _DIGIT_RUN.finditer(folded)]
    starts += [p - 4 for p in starts if p >= 4 and folded[p - 1] == " " and folded[p - 4 : p - 1] in _CODE_UNITS] + \
        [p - 3 for p in starts if p >= 3 and folded[p - 3 : p] in _CODE_UNITS]
    if "$" in folded:
        dollar = folded.find("$")
        while dollar >= 0:
            starts.append(dollar)
            if dollar >= 2 and folded[dollar - 2 : dollar].lower() == "us":
                starts.append(dollar - 2)
            elif dollar >= 2 and folded[dollar - 2 : dollar].upper() in ("AU", "NZ", "HK"):
                starts.append(dollar - 2)
            elif dollar >= 1 and folded[dollar - 1] in "ACSacs":  # (the pattern ignores case: "a$" is "A$")
                starts.append(dollar - 1)
            dollar = folded.find("$", dollar + 1)
    # "a" starts a figure only before a scale word or "dozen" ("a thousand"): without one, the
    # usual case, a sentence's many "a"s are not tried (and its words not walked for them).
    start_words = _FIGURE_START_WORDS if not _A_SCALES.isdisjoint(words) else _FIGURE_START_WORDS_NOT_A
    present = start_words.intersection(words)
    if present:  # where those words stand (str.find), not a walk over every word of the sentence
        starts += word_starts(folded.lower(), present)
    out = []
    pos = 0
    match = _FIGURE_RE.match
    for p in sorted(starts):
        if p < pos:
            continue
        m = match(folded, p)
        while m is not None:
            out.append(m)
            pos = m.end()
            # Ended inside a run of digits: finditer tries there next (and matches, at a digit).
            m = match(folded, pos) if pos < len(folded) and folded[pos] in _ASCII_DIGITS and \
                folded[pos - 1] in _ASCII_DIGITS else None
    return out


def find_quantities(sentence: str) -> list[Quantity]:
    """Every amount in *sentence*, with hedge, bounds and the offsets of its text."""
    words = ascii_words(sentence)
    if words is not None:  # ASCII: _ANY_NUMBER matches where there is a digit or one of its words
        if _NUMBER_WORD_SET.isdisjoint(words) and _MULTIPLE_WORDS.isdisjoint(words) and not has_ascii_digit(sentence):
            return []
    elif not _ANY_NUMBER.search(sentence) and not _MULTIPLE_RE.search(sentence):
        return []
    folded = fold(sentence)
    found: list[Quantity] = _multiples(sentence, folded, words)
    taken: list[tuple[int, int]] = [(q.start, q.end) for q in found]

    def overlaps(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in taken)

    # Vague amounts first: "several thousand", "tens of thousands".
    for m in _matches_if_words(_VAGUE_SCALE_RE, folded, words, _VAGUE_SCALE_WORDS):
        lo, hi = VAGUE_WITH_SCALE[m.group(1).lower()]
        scale = SCALES[m.group(2).lower()]
        found.append(Quantity(m.start(), m.end(), m.start(), None, lo * scale, hi * scale, "vague",
                              text=sentence[m.start() : m.end()]))
        taken.append((m.start(), m.end()))
    for m in _matches_if_words(_VAGUE_PLURAL_RE, folded, words, _VAGUE_PLURAL_WORDS):
        if overlaps(m.start(), m.end()):
            continue
        word = m.group(1).lower()
        after = folded[m.end() : m.end() + 30]
        if word in ("scores", "millions", "billions", "thousands", "hundreds", "dozens") and not _OF_AFTER.match(after):
            continue  # "thousands" alone needs "of": "thousands of troops"
        lo, hi = VAGUE_PLURAL_SCALE[word]
        found.append(Quantity(m.start(), m.end(), m.start(), None, lo, hi, "vague",
                              text=sentence[m.start() : m.end()]))
        taken.append((m.start(), m.end()))

    figures: list[tuple[re.Match[str], float, str | None]] = []
    for m in _figure_matches(folded, words):
        if not m.group(0).strip() or taken and overlaps(m.start(), m.end()):
            continue
        if m.start() > 0 and (folded[m.start() - 1].isalnum() or folded[m.start() - 1] in "_"):
            continue  # inside a word or an alphanumeric code
        parsed = _parse_figure(m)
        if parsed is None:
            continue
        value, unit = parsed
        if _is_not_amount(sentence, folded, m, value):
            continue
        figures.append((m, value, unit))

    i = 0
    while i < len(figures):
        m, value, unit = figures[i]
        start, end = m.start(), m.end()
        number_start = start
        qualifier = "exact"
        low = high = None
        # A range: "2,000 to 12,000", "between 10,000 and 12,000", "10-12 thousand".
        if i + 1 < len(figures):
            m2, value2, unit2 = figures[i + 1]
            join = folded[end : m2.start()]
            between = _BETWEEN_BEFORE.search(folded[max(0, start - 12) : start])
            if _RANGE_JOIN.fullmatch(join) and (
                _TO_OR_DASH.search(join) or (between and "and" in join.lower())
            ):
                if "and" in join.lower() and not between:
                    pass
                else:
                    # "10 to 12 thousand": the scale written once applies to both ends.
                    if m2.group("dscale") and not m.group("dscale") and value < value2 / 10:
                        value *= SCALES[m2.group("dscale").lower()]
                    if value < value2:
                        low, high, qualifier = value, value2, "range"
                        end = m2.end()
                        unit = unit or unit2
                        if between:
                            start = start - (len(folded[max(0, start - 12) : start]) - between.start())
                        i += 1
            elif join.strip().lower() == "or" and 0 < value < value2 / 10 and \
                    (scale := _shared_scale(value, value2)) is not None:
                # "ten or twelve thousand", "two or three thousand": one scale, written once, for both.
                low, high, qualifier = value * scale, value2, "range"
                end = m2.end()
                unit = unit or unit2
                i += 1
        if qualifier == "exact":
            window = folded[max(0, start - 20) : start]
            hedge = _HEDGE_RE.search(window) if may_end_with(window, _HEDGE_ENDINGS) else None
            if hedge:
                qualifier = HEDGE_OF[hedge.group(1).lower()]
                start = start - (len(folded[max(0, start - 20) : start]) - hedge.start(1))
                if hedge.group(1).lower() == "over" and _HANDED_BEFORE.search(folded[max(0, start - 20) : start]):
                    qualifier, start = "exact", number_start
            elif more := _OR_SO_AFTER.match(folded[end : end + 12]):
                qualifier = "about" if more.group(1).lower() == "so" else "at_least"
                end += more.end()
            elif _PLUS_AFTER.match(folded[end : end + 2]):
                qualifier = "at_least"
            if qualifier == "at_least":
                low = value
            elif qualifier == "up_to":
                high = value
        after = folded[end : end + 25]
        pm = _PERCENT_AFTER.match(after)
        cm = None if pm or unit else _CURRENCY_AFTER.match(after)  # (read only when it can decide)
        if pm:
            unit = "percent"
            end += pm.end()
        elif cm and not unit:
            unit = _CURRENCY.get(cm.group(1).lower())
            end += cm.end()
        found.append(
            Quantity(
                start=start,
                end=end,
                number_start=number_start,
                value=None if qualifier == "range" else value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit_hint=unit,
                text=sentence[start:end],
            )
        )
        i += 1
    if found and ("between" in folded or " and " in folded) and (words is None or not _GAP_WORDS.isdisjoint(words)):
        # "the gap between 3,000 and 12,000", "the difference between the 3,000 and the 12,000": figures named to
        # compare them, not an amount
        gaps = [g.span() for g in _GAP_BETWEEN.finditer(folded)]
        found = [q for q in found if not any(a <= q.start < b for a, b in gaps)]
    if len(found) > 1:
        found.sort(key=lambda q: q.start)
    return found


_GAP_WORDS = frozenset("gap gaps difference differences discrepancy discrepancies distance".split())
_GAP_BETWEEN = re.compile(r"\b(?:gaps?|differences?|discrepanc(?:y|ies)|distance)\s+between\s+(?:the\s+)?"
                          r"[^.;:?!]{1,60}?\s+and\s+(?:the\s+)?[^\s.;:?!,]+(?:\s+[a-z]+)?", re.I)
