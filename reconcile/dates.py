"""Find date expressions in a sentence and resolve them against the publication date.

The common forms are resolved here, by rule ("Oct. 18", "18 October 2024", "last
Friday", "on Monday", "last week", "earlier this month", "next month", "three days
ago", "between Oct. 8 and 13"). dateparser is only asked about what these rules do not
cover and that still looks like a date, because it costs 1–2 ms a call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from reconcile.records import fast_init
from reconcile.text import (ascii_words, find_led, finditer_at, fold, has_ascii_digit, may_end_with, search_led,
                           word_starts)

MONTH_NUMBER = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAY_NUMBER = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                  "saturday": 5, "sunday": 6}  # fmt: skip
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}  # fmt: skip

# "May" is a month and a modal verb: only take it with a day or a year beside it.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (The same patterns, for modules that look for a day beside other words: attribution's "On October 23 the agency".)
MONTH_PATTERN, DAY_PATTERN, WEEKDAY_PATTERN = _MONTH, _DAY, _WEEKDAY

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # between Oct. 8 and 13 / Oct. 8-13 / from Oct. 8 to Oct. 13
    ("md_range", re.compile(
        rf"\b(?:(?P<lead>between|from)\s+)?(?P<mon>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|to|and|or|through|until)\s*"
        rf"(?:(?P<mon2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    # between 8 and 13 October / 8-13 October
    ("dm_range", re.compile(
        rf"\b(?:(?P<lead>between|from)\s+)?(?P<d1>{_DAY})\s*(?:-|to|and|or|through|until)\s*(?P<d2>{_DAY})\s+"
        rf"(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    ("md", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?", re.I)),
    ("dm", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?", re.I)),
    ("my", re.compile(rf"\b(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of)?-?\s*"
                      rf"(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|this|next|on|since|by|until|from|past)\s+)?(?P<wd>{_WEEKDAY})"
                           rf"(?:\s+(?P<tod>morning|afternoon|evening|night))?\b", re.I)),
    ("relday", re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|"
                          r"earlier today|last night|overnight)\b", re.I)),
    ("relperiod", re.compile(r"\b(?P<w>(?:earlier|later|early|late)\s+this\s+(?:week|month|year)|"
                             r"(?:early|mid|late)[\s-]+(?:last|next)\s+month|"
                             r"(?:last|this|next|past)\s+(?:week|month|year|weekend)|"
                             r"(?:the\s+)?(?:end|beginning|start)\s+of\s+(?:the|this|next)\s+(?:week|month|year))\b",
                             re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
                       r"(?P<u>days?|weeks?|months?)\s+ago\b", re.I)),
    # "The vote comes a day after the agency said ...": the news of the day, counted back.
    ("after", re.compile(r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten)\s+(?P<u>days?|weeks?)\s+after\b", re.I)),
    # "the same day", "the next day", "a day earlier": a day counted from the last one named (resolved by
    # the caller, which knows the text before; see resolve_anaphoric).
    ("sameday", re.compile(r"\b(?:(?:on\s+)?(?:the\s+same|that|the\s+next|the\s+following|the\s+previous)\s+day|"
                           # ("Zelensky, a day before that, had said ...": the day before the one just named)
                           r"the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later|(?:before|after)\s+(?:that|then))|"
                           # ("Five days later, the Pentagon put the figure at around 10,000": from the day before)
                           # ("Five days before that, the White House had put the figure at 3,000")
                           r"(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(?:earlier|later|"
                           r"(?:before|after)\s+(?:that|then)))\b",
                           re.I)),
    # "It said at the time that ...", "Seoul at that time counted ...", "What it had counted then was ...": the day
    # last named (a "then" only after a verb of saying or counting: "and then said" is a later step).
    ("thentime", re.compile(r"\b(?:at\s+(?:the|that)\s+time|(?:(?<=\bsaid )|(?<=\bsays )|(?<=\bcounted )|"
                            r"(?<=\breported )|(?<=\bestimated )|(?<=\bgave )|(?<=\bspoke )|(?<=\bwrote ))then)\b",
                            re.I)),
    ("month", re.compile(rf"\b(?P<prep>in|by|until|since|from|during|early|mid|late|end of|the end of)[\s-]+"
                         rf"(?P<mon>January|February|March|April|June|July|August|September|October|November|December)\b",
                         re.I)),
    # "said on the 18th", "since the 23rd": a day of the month with no month named (the Korean and Japanese
    # wires' style), this month's or, when it is still ahead, last month's. Not "the 12th day", "the 11th Corps".
    ("nth", re.compile(r"\b(?P<lead>on|since|from|until|till|by|as of)\s+the\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
                       r"(?!\s+(?:of\b|century|anniversary|floor|round|day|week|month|year|time|brigade|corps|division|"
                       r"army|regiment|battalion|session|meeting|summit|congress|plenary|minute|hour|straight|"
                       r"consecutive|place|largest|biggest|most|district|street|avenue|amendment|parallel|"
                       r"separate|special|airborne|assault|mechani[sz]ed|infantry|tank|motori[sz]ed|guards?)\b)", re.I)),
]


_PATTERN_OF = dict(_PATTERNS)
_RANK = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}  # the order the patterns are tried in
# Early, mid and late in a month: its first, second and last ten days or so.
_PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date | None  # first day of the period; None when it cannot be resolved
    value_end: date | None  # last day, for ranges and periods
    relative: bool  # needs the publication date to resolve
    role: str  # point | deadline | since | range | period
    note: str  # how it was resolved, or why not


def _month_day(published: date | None, month: int, day: int, year: int | None) -> tuple[date | None, str]:
    if year is not None:
        try:
            return date(year, month, day), "absolute"
        except ValueError:
            return None, "invalid calendar date"
    if published is None:
        return None, "unresolved: no year and no publication date"
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best, "year taken from the publication date"


_ROLE_PREFIX = re.compile(
    r"\b(by|until|till|before|no later than|ahead of|in time for|since|from|after)\s+(?:the\s+)?$", re.I
)


_ROLE_ENDINGS = ("by", "until", "till", "before", "than", "of", "for", "since", "from", "after", "the")  # may_end_with


def _role_from_prefix(text_before: str) -> str:
    m = _ROLE_PREFIX.search(text_before) if may_end_with(text_before, _ROLE_ENDINGS) else None
    if not m:
        return "point"
    word = m.group(1).lower()
    if word in ("since", "from", "after"):
        return "since"
    return "deadline"


def _weekday(published: date, weekday: int, rel: str, future_context: bool) -> date:
    delta = (published.weekday() - weekday) % 7
    if rel == "last":
        return published - timedelta(days=delta or 7)
    if rel == "next":
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead or 7)
    if future_context:
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead)
    return published - timedelta(days=delta)


_FUTURE_CUE = re.compile(r"\b(?:will|would|is to|are to|plans? to|expected to|set to|due to|scheduled)\b", re.I)


def _future_clause(folded: str, pos: int) -> bool:
    """Whether the clause that holds the date at *pos* looks ahead ("are expected to ... on Monday").

    A future word elsewhere in the sentence does not move this date: "Yoon is expected to
    speak this week, as a poll released Friday showed ..." is last Friday.
    """
    window = folded[max(0, pos - 100) : pos]
    cut = max(window.rfind(","), window.rfind(";"), window.rfind(" as "), window.rfind(" while "),
              window.rfind(" after "), window.rfind(" but "))
    return search_led(_FUTURE_CUE, window[cut + 1 :] if cut >= 0 else window)


def _month_start(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(d: date) -> date:
    return _month_start(d, 1) - timedelta(days=1)


# Every pattern needs one of these words or an ISO date; most sentences have none.
_HINT_PREFIXES = tuple(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun yesterday today tonight "
    "tomorrow morning after evening night overnight week weekend month year ago day time then".split()
)
_HINT = re.compile(r"\b(?:" + "|".join(_HINT_PREFIXES) + r")|\d{4}-\d\d-\d\d", re.I)


_MONTHS3 = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_DAYS3 = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
# Which hint words (first three letters) each pattern needs before it is worth running.
_NEEDS = {
    "iso": set(), "md_range": _MONTHS3, "dm_range": _MONTHS3, "md": _MONTHS3, "dm": _MONTHS3, "my": _MONTHS3,
    "month": _MONTHS3, "weekday": _DAYS3,
    "relday": {"yes", "tod", "ton", "tom", "mor", "aft", "eve", "nig", "ove"},
    "relperiod": {"wee", "mon", "yea"}, "ago": {"ago"}, "after": {"aft"}, "sameday": {"day"}, "nth": set(),
    "thentime": {"tim", "the"},
}
# In an ASCII sentence, most patterns need one of these as a whole word, so "Mark" or
# "Moscow" does not start a month or weekday search. dm, dm_range and my need a digit and a
# word that starts like a month: their month may run into the next letters ("18 Oct"
# matches in "18 Octopus").
_WHOLE_WORDS = {
    "md_range": frozenset(MONTH_NUMBER), "md": frozenset(MONTH_NUMBER), "month": frozenset(MONTH_NUMBER),
    "weekday": frozenset(WEEKDAY_NUMBER),
    "relday": frozenset("yesterday today tonight tomorrow morning afternoon evening night overnight".split()),
    "relperiod": frozenset({"week", "weekend", "month", "year"}), "ago": frozenset({"ago"}),
    "after": frozenset({"after"}), "sameday": frozenset({"day", "days"}), "thentime": frozenset({"time", "then"}),
    "nth": frozenset(f"{d}{'st' if d % 10 == 1 and d != 11 else 'nd' if d % 10 == 2 and d != 12 else 'rd' if d % 10 == 3 and d != 13 else 'th'}"
                     for d in range(1, 32)),
}
_MONTH_PREFIXED = ("dm_range", "dm", "my")


_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_NOT_DIGIT = re.compile(r"\D")  # "18th" → 18; compiled once, it runs for each day
_OR_NEXT = re.compile(r"\d\s+or\s+\d")
_TO_THROUGH = re.compile(r"\b(?:to|through|until)\b", re.I)


_ANY_WHOLE_WORD = frozenset().union(*_WHOLE_WORDS.values())
# word → the patterns that need it: a sentence's few date words give its patterns without a test per pattern.
_KINDS_OF_WORD: dict[str, list[str]] = {}
for _kind, _needed in _WHOLE_WORDS.items():
    for _word in _needed:
        _KINDS_OF_WORD.setdefault(_word, []).append(_kind)
_YEAR_WORDS = frozenset(str(year) for year in range(1800, 2100))  # the years "my" reads, as whole words


# The words seen so far that start like a month (their first three letters are one of _MONTHS3), and those
# that do not: a sentence's words are tested against these sets in C, and only a word not seen before is
# sliced and tested (the sentence's words come from ascii_words, their hashes already computed). Capped.
_MONTH_LIKE: set[str] = set()
_NOT_MONTH_LIKE: set[str] = set()
_MONTH_LIKE_CAP = 200_000


def _has_month_like(lower_words: frozenset[str]) -> bool:
    """``any(word[:3] in _MONTHS3 for word in lower_words)``: a word starts like a month."""
    if not _MONTH_LIKE.isdisjoint(lower_words):
        return True
    if lower_words <= _NOT_MONTH_LIKE:
        return False
    if len(_NOT_MONTH_LIKE) >= _MONTH_LIKE_CAP:
        _NOT_MONTH_LIKE.clear()
        _MONTH_LIKE.clear()
    for word in lower_words:
        if word[:3] in _MONTHS3:
            _MONTH_LIKE.add(word)
            return True
        _NOT_MONTH_LIKE.add(word)
    return False


def _ascii_kinds(sentence: str, lower_words: frozenset[str]) -> set[str]:
    """The patterns that can match the ASCII *sentence*, whose lower-cased words are *lower_words*."""
    kinds: set[str] = set()
    for word in _ANY_WHOLE_WORD.intersection(lower_words):
        kinds.update(_KINDS_OF_WORD[word])
    if has_ascii_digit(sentence) and _has_month_like(lower_words):
        kinds.update(_MONTH_PREFIXED)
        if _YEAR_WORDS.isdisjoint(lower_words):
            kinds.discard("my")  # its year (whitespace before, \b after) is a whole word
    if "-" in sentence and _ISO.search(sentence):
        kinds.add("iso")
    return kinds


# dm and dm_range open with a day ("18 October", "8-13 October") or, for a range, with "between"
# or "from": text.lead_words cannot spell out a day, so these scanned the whole sentence. In
# ASCII text their matches start at a digit or at one of these words.
_DAY_LEAD_WORDS = {"dm": frozenset(), "dm_range": frozenset({"between", "from"})}


# Both open with \b, and a digit after a digit is no word start: of "12,000" only "1" and the first "0" can
# start a day. The first digit of each run of digits ("[0-9][0-9]*" opens with a class, so re skips
# ahead to the next digit), for the two patterns of a sentence.
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")


@lru_cache(maxsize=1)
def _digit_run_starts(folded: str) -> list[int]:
    return [m.start() for m in _DIGIT_RUN.finditer(folded)]


def _day_led(kind: str, folded: str, lower_words: frozenset[str]) -> list[re.Match[str]]:
    """``list(pattern.finditer(folded))`` for the dm or dm_range pattern (*kind*) on an ASCII
    sentence whose lower-cased words are *lower_words*, tried only where a run of digits starts
    and at its lead words."""
    starts = _digit_run_starts(folded)
    present = _DAY_LEAD_WORDS[kind].intersection(lower_words)
    if present:
        starts = starts + word_starts(folded.lower(), present)  # (a new list: the runs are remembered)
    return finditer_at(_PATTERN_OF[kind], folded, starts)


def _hinted_kinds(folded: str) -> set[str]:
    """The patterns worth running on a non-ASCII sentence: those whose hint words _HINT finds."""
    present = {m.group(0).lower()[:3] for m in _HINT.finditer(folded)}
    return {kind for kind, _ in _PATTERNS if _NEEDS[kind] & present or (kind == "iso" and "-" in folded)} | \
        ({"nth"} if _ORDINAL_DAY.search(folded) else set())


_ORDINAL_DAY = re.compile(r"\bthe\s+(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b", re.I)


_ANAPHORIC = "a day counted from the last one named: "
_THEN = "the time just named"


def resolve_anaphoric(dates: list[DateMention], last_day: date | None,
                      recent_day: date | None = None) -> tuple[list[DateMention], date | None]:
    """Resolve "the same day" / "the next day" against the day last named before it (in the text
    before, or earlier in the sentence); returns the dates and the last day named after them.

    "at the time" and "said then" take only a day named close by: earlier in the sentence or in the one before it
    (*recent_day*); a day named further back is seldom the time they mean ("Barely a week earlier, the White House
    had put the number at 3,000, and at the time officials said ...")."""
    out = []
    for d in dates:
        if d.note == _THEN:
            day = recent_day
            d = DateMention(d.start, d.end, d.text, day, day, True, d.role, f"{_THEN} ({day})") if day else \
                DateMention(d.start, d.end, d.text, None, None, True, d.role, "unresolved: no day named just before it")
        elif d.note.startswith(_ANAPHORIC):
            if last_day is not None:
                day = last_day + timedelta(days=int(d.note[len(_ANAPHORIC):]))
                d = DateMention(d.start, d.end, d.text, day, day, True, d.role, f"{d.note} day ({last_day})")
                last_day = recent_day = day
            else:
                d = DateMention(d.start, d.end, d.text, None, None, True, d.role, "unresolved: no day named before it")
        elif d.role == "point" and d.value is not None and d.value == d.value_end:
            last_day = recent_day = d.value
        out.append(d)
    return out, last_day


def find_dates(sentence: str, published: date | None) -> list[DateMention]:
    """Every date expression in *sentence*, resolved against *published* where it can be."""
    words = ascii_words(sentence)
    if words is not None:  # ASCII: folding changes nothing, and the words tell which patterns can match
        kinds = _ascii_kinds(sentence, words)
        folded = sentence
    elif not _HINT.search(sentence) and not _ORDINAL_DAY.search(sentence):
        return []  # (on the text as written: a folded dash must not make an ISO date)
    else:
        folded = fold(sentence)
        kinds = _hinted_kinds(folded)
    if not kinds:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    future: bool | None = None  # whether the sentence has a future cue; looked up at the first match
    # Only the patterns the sentence's words allow (usually one or two of the nine), in _PATTERNS' order.
    for kind in sorted(kinds, key=_RANK.__getitem__) if len(kinds) > 1 else kinds:
        pattern = _PATTERN_OF[kind]
        # Tried only where the pattern's first word stands (text.find_led), dm and dm_range at
        # digits and their words (_day_led). my and ago scan the text: text.lead_words cannot
        # spell out a count or a leading "-".
        matches = _day_led(kind, folded, words) if words is not None and kind in _DAY_LEAD_WORDS else \
            find_led(pattern, folded, words)
        for m in matches:
            s, e = m.start(), m.end()
            if taken and any(s < y and x < e for x, y in taken):
                continue
            if future is None:
                future = search_led(_FUTURE_CUE, folded, words)
            mention = _resolve(kind, m, folded, published, future and _future_clause(folded, s))
            if mention is None:
                continue
            value, value_end, relative, role, note = mention
            # Widen a mention to the preposition before it, so the quote reads naturally.
            found.append(DateMention(s, e, sentence[s:e], value, value_end, relative, role, note))
            taken.append((s, e))
    if len(found) > 1:
        found.sort(key=lambda d: d.start)
    return found


def _resolve(
    kind: str, m: re.Match[str], folded: str, published: date | None, future: bool
) -> tuple[date | None, date | None, bool, str, str] | None:
    before = folded[max(0, m.start() - 25) : m.start()]
    role = _role_from_prefix(before)
    if role == "since" and folded.startswith("'s ", m.end()):
        role = "point"  # "after Wednesday's session": the day of the session, not all the days after it
    g = m.groupdict()
    if kind == "iso":
        try:
            d = date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return d, d, False, role, "absolute"
    if kind in ("md_range", "dm_range"):
        mon = MONTH_NUMBER[g["mon"].rstrip(".").lower()]
        mon2 = MONTH_NUMBER[g["mon2"].rstrip(".").lower()] if g.get("mon2") else mon
        d1, d2 = int(_NOT_DIGIT.sub("", g["d1"])), int(_NOT_DIGIT.sub("", g["d2"]))
        if kind == "dm_range" and not g.get("lead") and "-" not in m.group(0):
            if not _TO_THROUGH.search(m.group(0)) and not (_OR_NEXT.search(m.group(0)) and
                                                           0 < int(_NOT_DIGIT.sub("", g["d2"])) - int(_NOT_DIGIT.sub("", g["d1"])) <= 2):
                return None  # "8 and 13 October" without "between": ambiguous, leave it ("27 or 28 October" is one of two)
        year = int(g["y"]) if g.get("y") else None
        a, note = _month_day(published, mon, d1, year)
        b, _ = _month_day(published, mon2, d2, year if year else (a.year if a else None))
        if a is None or b is None or b < a:
            return (None, None, year is None, "range", note) if a is None else None
        return a, b, year is None, "range", note
    if kind in ("md", "dm"):
        mon = MONTH_NUMBER[g["mon"].rstrip(".").lower()]
        if g["mon"].lower() == "may" and not g.get("y") and kind == "dm":
            pass
        day = int(_NOT_DIGIT.sub("", g["d"]))
        year = int(g["y"]) if g.get("y") else None
        d, note = _month_day(published, mon, day, year)
        return d, d, year is None, role, note
    if kind == "my":
        mon = MONTH_NUMBER[g["mon"].rstrip(".").lower()]
        first = date(int(g["y"]), mon, 1)
        return first, _month_end(first), False, "period", "absolute month"
    if kind == "month":
        mon = MONTH_NUMBER[g["mon"].lower()]
        prep = g["prep"].lower()
        if published is None:
            return None, None, True, "period", "unresolved: month without a year and no publication date"
        role = "deadline" if prep in ("by", "until") else "since" if prep in ("since", "from") else "period"
        year = published.year
        # A deadline lies ahead ("by December"), a start behind ("since August").
        ahead = role == "deadline" or (future and role != "since")
        if ahead and mon < published.month:
            year += 1
        elif not ahead and mon > published.month:
            year -= 1
        first = date(year, mon, 1)
        if prep in _PART_OF_MONTH:  # "mid-October": the 11th to the 20th
            lo, hi = _PART_OF_MONTH[prep]
            end = _month_end(first)
            return (first.replace(day=lo), end if hi >= end.day else first.replace(day=hi), True, role,
                    f"{prep} month; year from the publication date")
        return first, _month_end(first), True, role, "month; year from the publication date"
    if kind == "thentime":
        return None, None, True, "point", _THEN
    if kind == "sameday":
        w = " ".join(m.group(0).lower().split())
        w = w.removesuffix(" that").removesuffix(" then")  # "a day before that" is "a day before"
        offset = 1 if ("next" in w or "following" in w or w.endswith(("after", "later"))) else \
            -1 if ("previous" in w or w.endswith(("before", "earlier"))) else 0
        if g.get("n"):  # "five days later"
            offset *= int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"].lower()]
        return None, None, True, "point", f"{_ANAPHORIC}{offset:+d}"
    if published is None:
        return None, None, True, role, f"unresolved: '{m.group(0)}' needs a publication date"
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        if rel in ("by", "until"):
            role = "deadline"
        elif rel in ("since", "from"):
            role = "since"
        d = _weekday(published, WEEKDAY_NUMBER[g["wd"].lower()], rel, future and rel not in ("last", "past"))
        return d, d, True, role, "relative to the publication date"
    if kind == "nth":
        day, lead = int(g["d"]), g["lead"].lower()
        role = "deadline" if lead in ("by", "until", "till") else "since" if lead in ("since", "from") else role
        ahead = day > published.day
        first = _month_start(published, -1 if ahead and not (future or role == "deadline") else 0)
        if day > _month_end(first).day:
            return None
        d = first.replace(day=day)
        return d, d, True, role, "day of the month; the month from the publication date"
    if kind == "relday":
        w = g["w"].lower()
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
        d = published + timedelta(days=offset)
        return d, d, True, role, "relative to the publication date"
    if kind == "relperiod":
        w = " ".join(g["w"].lower().split())
        unit = w.split()[-1]
        if unit == "weekend":
            sat = published - timedelta(days=(published.weekday() - 5) % 7)
            if w.startswith("next"):
                sat += timedelta(days=7)
            return sat, sat + timedelta(days=1), True, "period", "relative to the publication date"
        rel = w.replace("-", " ").split()[-2]  # "last month", "late last month": the word before the unit
        step = -1 if rel in ("last", "past") else 1 if rel == "next" else 0
        if unit == "week":
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            start, end = monday, monday + timedelta(days=6)
        elif unit == "month":
            start = _month_start(published, step)
            end = _month_end(start)
        else:
            start, end = date(published.year + step, 1, 1), date(published.year + step, 12, 31)
        part = w.split()[0].split("-")[0]
        if unit == "month" and part in _PART_OF_MONTH:  # "late last month": its last ten days or so
            lo, hi = _PART_OF_MONTH[part]
            start, end = start.replace(day=lo), end if hi >= end.day else start.replace(day=hi)
        if w.startswith(("earlier", "early")) and step <= 0:  # "earlier this month": up to today
            end = max(start, min(end, published))
        if "end of" in w:  # "by the end of the month": the last day is the date that counts
            start = end
            role = "deadline" if role == "point" else role
        return start, end, True, "period" if role == "point" else role, "relative to the publication date"
    if kind == "after":
        n_raw = g["n"].lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS[n_raw]
        weeks = g["u"].lower().startswith("week")
        d = published - timedelta(days=n * (7 if weeks else 1))
        # ("a week earlier" names a week, not a day, as "last week" does: a period, dated by its day for matching.)
        return d, d, True, "period" if weeks else "point", "counted back from the publication date ('comes a day after')"
    if kind == "ago":
        n_raw = g["n"].lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS.get(n_raw, 1)
        u = g["u"].lower().rstrip("s")
        days = n * {"day": 1, "week": 7, "month": 30}[u]
        d = published - timedelta(days=days)
        # ("a week ago", "two months ago" name a week or a month, as "last week" does: a period.)
        return d, d, True, role if u == "day" else "period", "relative to the publication date"
    return None
