"""Text primitives: normalisation for matching, and sentence segmentation with offsets.

Offsets are Python ``str`` offsets into the original text; nothing here changes the
text a quote is cut from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as _c  # the parsed pattern's opcodes: see lead_words
from re import _parser

from reconcile.records import fast_init

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


# The words of ASCII text, maximal runs of [A-Za-z0-9_], are found without a regex: these
# byte tables turn every other character into a space (the second also lower-cases A-Z), and
# split() then returns the runs. A regex findall steps through the matching engine at about
# 20 ns a character; one translate costs a tenth of that, and this runs on every sentence
# and on the windows around every figure.
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_WORDS_ONLY = bytes(c if c in _WORD_BYTES else ord(" ") for c in range(256))
_WORDS_ONLY_LOWER = bytes(ord(chr(c).lower()) if c in _WORD_BYTES else ord(" ") for c in range(256))


def _word_set(data: bytes, table: bytes) -> frozenset[str]:
    """The words of the ASCII bytes *data*, as *table* maps them: ``frozenset(re.findall(r"[A-Za-z0-9_]+", ...))``."""
    return frozenset(data.translate(table).decode("ascii").split())


@lru_cache(maxsize=2)
def ascii_words(text: str) -> frozenset[str] | None:
    """The lower-cased words of an ASCII *text*; None when *text* is not ASCII.

    A word is a maximal run of ``\\w`` characters, so a regex ``\\b(?:x|y)\\b`` that ignores case
    can only match *text* when x or y is one of these words. The extractors use this to skip
    patterns that cannot match. Only for ASCII text, where ``\\w``, ``\\d`` and ``re.I`` mean what
    they seem to; others run the patterns. Cached for the last two texts: the date, quantity and
    attribution finders ask about the same sentence one after the other.

    The set comes from one byte-table translate (see _word_set): no regex, no per-word ``lower()``,
    for a function that runs on every sentence. The words as written (:func:`ascii_cased_words`)
    are a second set, which only a case-sensitive pattern needs, and only when its lower-case
    words are here: built apart, for the few sentences that get that far.
    """
    return _word_set(text.encode("ascii"), _WORDS_ONLY_LOWER) if text.isascii() else None


_DIGIT_BYTES = b"0123456789"


@lru_cache(maxsize=2)
def has_ascii_digit(text: str) -> bool:
    """Whether the ASCII *text* holds a digit (``re.search(r"[0-9]", text)``). Deleting the digits
    with a byte translate is a plain C loop, where the regex tests a class at every character;
    cached for the last two texts: the date and the quantity finders both ask of a sentence."""
    data = text.encode("ascii")
    return len(data.translate(None, _DIGIT_BYTES)) != len(data)


@lru_cache(maxsize=2)
def ascii_cased_words(text: str) -> frozenset[str] | None:
    """The words of an ASCII *text* as written (see :func:`ascii_words`); None when it is not ASCII."""
    return _word_set(text.encode("ascii"), _WORDS_ONLY) if text.isascii() else None


def word_starts(text: str, words: Iterable[str]) -> list[int]:
    """Sorted offsets where one of *words* stands as a whole word in the ASCII *text* (distinct: two
    different words cannot both stand whole at one offset).

    A whole word is bounded by the text's ends or by characters that are not
    ``[A-Za-z0-9_]``: where ``\\b`` is, in ASCII text. ``str.find`` jumps between the few
    places a word occurs; most of *words* are not in the text at all.
    """
    out = []
    n = len(text)
    for word in words:
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or text[i - 1] not in _ASCII_WORD_CHARS) and (j == n or text[j] not in _ASCII_WORD_CHARS):
                out.append(i)
            i = text.find(word, i + 1)
    out.sort()
    return out


# [A-Za-z0-9_]: a set probe per occurrence instead of a function call (word_starts' text is ASCII).
_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # for an ASCII character: [A-Za-z0-9_]


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int],
                endpos: int | None = None, ordered: bool = False) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, 0, endpos))``, trying *pattern* only at the offsets *starts*.

    ``finditer`` tries every offset left to right and, after a match, goes on at its end.
    Doing the same over *starts* alone gives the same matches whenever every offset where
    *pattern* can match is among *starts* (extra offsets only cost a failed ``match``), and
    *pattern* never matches the empty string. ``match(text, pos)`` sees the text before
    *pos*, so ``\\b`` and look-behinds behave as in ``finditer``.

    Word-led alternations (``\\b(?:said|told|...)\\b``) get no fast first-character scan from
    ``re``: it tries every alternative at every offset. Anchored at the few offsets where a
    match can start, they cost a handful of ``match`` calls instead.

    *ordered*: *starts* are already sorted and distinct (as word_starts gives them).
    """
    out = []
    pos = 0
    # (A repeated offset needs no set: tried again after a failure, it fails again; after a match,
    # it lies before the match's end and is skipped.)
    for p in starts if ordered else sorted(starts):
        if p < pos:
            continue
        m = pattern.match(text, p) if endpos is None else pattern.match(text, p, endpos)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of the literal *phrases*, tried in the given order, grouped by first letter.

    ``re`` tries the alternatives of ``a|b|c`` one after the other at every offset; grouped as
    ``(?:troops|tanks)|(?:sent|sign)``, it skips a whole group on its first letter. The
    matches are the same: phrases that start with different letters never match at the same
    offset, and each group keeps the phrases' order. Under ``re.I`` too, for ASCII first
    letters; phrases are not grouped when one starts with another character (``re.I`` matches
    the Kelvin sign with "k").
    """
    phrases = list(phrases)
    if not all(p[:1].isascii() and p for p in phrases):
        return "|".join(re.escape(p) for p in phrases)
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0].lower(), []).append(re.escape(p))
    return "|".join(f"(?:{'|'.join(group)})" for group in groups.values())


# --- word-led patterns -------------------------------------------------------------------
#
# Most extraction patterns are word-led alternations: ``\\b(?:said|told|...)\\b``. ``re`` gets
# no fast first-character scan for them and tries every alternative at every offset of the
# text. In ASCII text each of their matches starts with a whole word from a small set (the
# pattern's *lead words*), so they can be tried only where such a word stands. The lead
# words are read from the pattern itself, so a rule added to a pattern is covered without
# a second list to keep in step; a pattern this reader does not follow returns None and
# runs as before.

_LEAD_LIMIT = 4000  # more lead words than this and the set is not worth building
_DIGITS = "0123456789"


def _first_words(pattern: re.Pattern[str], prefixes: bool) -> _Partial | None:
    """The first words *pattern* can match after its opening ``\\b`` (see :func:`_lead_seq`)."""
    try:
        ops = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    if not ops or ops[0] != (_c.AT, _c.AT_BOUNDARY):
        return None
    return _lead_seq(ops[1:], {("", False)}, prefixes=prefixes)


def lead_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words every match of *pattern* in ASCII text starts with, whole; None if unknown.

    Lower-cased when the pattern ignores case. Known only for a pattern that opens with
    ``\\b`` and whose first word is spelled out by literals, classes of literals or digits,
    groups, alternations and optional parts, and then ends at a non-word character or a
    ``\\b`` (``\\b(?:plans?|set to|prepar(?:e|ed))\\b``). A first word that may run on
    (``fight\\w*``, ``\\d+``) or start with a non-word character makes it None.
    """
    found = _first_words(pattern, prefixes=False)
    if found is None or not all(done for _, done in found):
        return None
    lower = bool(pattern.flags & re.IGNORECASE)
    return frozenset(word.lower() if lower else word for word, _ in found)


def lead_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """What the first word of every match of *pattern* in ASCII text starts with; None if unknown.

    As :func:`lead_words`, for patterns whose first word may run on: ``\\b(?:deploy\\w*|sen[dt])\\b``
    → deploy, send, sent. Where the reader cannot follow the pattern, the word read so far is
    the prefix (a whole lead word is a prefix of itself). None when a match may start with
    any word.
    """
    found = _first_words(pattern, prefixes=True)
    if found is None or any(not word for word, _ in found):
        return None
    lower = bool(pattern.flags & re.IGNORECASE)
    return tuple(sorted({word.lower() if lower else word for word, _ in found}))


_Partial = set[tuple[str, bool]]  # (the first word so far, whether it has ended)


def _lead_seq(ops: list, partials: _Partial, prefixes: bool = False) -> _Partial | None:
    """*partials* after the parsed sequence *ops*. Where an element cannot be followed: None, or
    with *prefixes*, the words so far, ended (each is a prefix of the word a match starts with)."""
    for op, av in ops:
        if all(done for _, done in partials):
            break
        following = _lead_op(op, av, partials, prefixes)
        if following is None or len(following) > _LEAD_LIMIT:
            return {(word, True) for word, _ in partials} if prefixes else None
        partials = following
    return partials


def _lead_op(op: object, av: object, partials: _Partial, prefixes: bool = False) -> _Partial | None:
    """*partials* after one more parsed element; None when it is not one this reader follows."""
    done = {p for p in partials if p[1]}
    open_ = {p for p in partials if not p[1]}
    if op is _c.LITERAL or op is _c.IN:
        chars = _chars_of(op, av)
        if chars is None:
            return None
        out = set(done)
        for word, _ in open_:
            for ch in chars:
                if _is_word_char(ch):
                    out.add((word + ch, False))
                elif not word:
                    return None  # the match may start with a non-word character
                else:
                    out.add((word, True))
        return out
    if op is _c.AT and av is _c.AT_BOUNDARY:
        if any(not word for word, _ in open_):
            return None
        return done | {(word, True) for word, _ in open_}
    if op is _c.ASSERT or op is _c.ASSERT_NOT:
        # A look-ahead or look-behind consumes nothing and only narrows where a match may be:
        # passed over, the words read are those of a pattern that matches more, so still every
        # word a match can start with ("fake(?=\s*[,.;])" starts with "fake").
        return partials
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None
        out = _lead_seq(list(body), open_, prefixes)
        return None if out is None else done | out
    if op is _c.BRANCH:
        out = set(done)
        for alternative in av[1]:
            branch = _lead_seq(list(alternative), open_, prefixes)
            if branch is None:
                return None
            out |= branch
        return out
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low, high, body = av
        once = _lead_seq(list(body), open_, prefixes)
        if once is None:
            return None
        if high == 1:  # optional: once or not at all
            return done | open_ | once if low == 0 else done | once
        if not all(finished for _, finished in once):
            return None  # a repeated word character: the word may run on
        return done | once | (open_ if low == 0 else set())
    return None


def _chars_of(op: object, av: object) -> str | None:
    """The ASCII characters a LITERAL or an IN element stands for, \\s as one space."""
    if op is _c.LITERAL:
        return chr(av) if av < 128 else None  # a non-ASCII letter may match ASCII under re.I
    chars = ""
    for kind, value in av:
        if kind is _c.LITERAL and value < 128:
            chars += chr(value)
        elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            chars += _DIGITS  # in ASCII text
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars += " "  # whitespace is not a word character; which one does not matter
        else:
            return None
    return chars


def whole_word_alternatives(pattern: re.Pattern[str]) -> frozenset[str]:
    """The words that make a match of the case-blind *pattern* wherever they stand whole in ASCII text.

    For a pattern ``\\b(?:alt|alt|...)\\b`` with ``re.I``: the alternatives that are one word and
    nothing else, spelled out (``\\b(?:plans?|will|set to)\\b`` → plan, plans, will; not "set to", nor
    ``fake(?=...)``, whose look-ahead asks more). Where such a word stands, ``\\b`` holds before it and
    after it, so the pattern matches there. Empty for a pattern of any other shape.
    """
    if not pattern.flags & re.IGNORECASE:
        return frozenset()  # (the callers' word sets are lower-cased)
    ops = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(ops) != 3 or ops[0] != (_c.AT, _c.AT_BOUNDARY) or ops[2] != (_c.AT, _c.AT_BOUNDARY):
        return frozenset()
    op, av = ops[1]
    if op is _c.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
        op, av = list(av[3])[0]  # a group around the alternation
    alternatives = av[1] if op is _c.BRANCH else [[ops[1]]]
    words: set[str] = set()
    for alternative in alternatives:
        spelled = _spelled_out(list(alternative))
        if spelled and all(word and all(ch in _ASCII_WORD_CHARS for ch in word) for word in spelled):
            words.update(word.lower() for word in spelled)
    return frozenset(words)


def next_words(pattern: re.Pattern[str]) -> dict[str, frozenset[str]]:
    """The case-blind *pattern*'s lead words that only start a match with one of a few words next:
    each → those words (lower-cased), for a pattern ``\\b(?:alt|alt|...)\\b`` (as whole_word_alternatives).

    ``\\b(?:to date|so far|(?:has|have) been)\\b`` → to: {date}, has: {been}, have: {been} (and so: {far}):
    in a text whose words do not hold "date", no match starts at "to". A lead word that some alternative spells out only in part (a
    look-around, an open repeat, ``\\w``), or that may end the match, is not listed: it may start one
    whatever follows. The alternation may also be followed by whitespace and more (``\\b(?:...)\\s+...``),
    which ends its last word as ``\\b`` does. Empty for a pattern of any other shape.
    """
    if not pattern.flags & re.IGNORECASE:
        return {}  # (the callers' word sets are lower-cased)
    ops = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(ops) < 3 or ops[0] != (_c.AT, _c.AT_BOUNDARY) or not (
            len(ops) == 3 and ops[2] == (_c.AT, _c.AT_BOUNDARY) or _is_space_run(*ops[2])):
        return {}
    op, av = ops[1]
    if op is _c.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
        op, av = list(av[3])[0]  # a group around the alternation
    alternatives = av[1] if op is _c.BRANCH else [[ops[1]]]
    follows: dict[str, set[str]] = {}
    free: set[str] = set()  # lead words that may start a match whatever follows them
    for alternative in alternatives:
        spelled = _spelled_out(list(alternative), spaces=True)
        if spelled is None:
            # Its lead words (what follows the alternation ends them), at least: none of them is listed.
            leads = _lead_seq([*alternative, ops[2]], {("", False)})
            if leads is None or not all(done for _, done in leads):
                return {}
            free.update(word.lower() for word, _ in leads)
            continue
        for text in spelled:
            words = _WORD_RUN.findall(text.lower())
            first = _WORD_RUN.match(text.lower())
            if first is None:
                return {}  # (a match opening with a non-word character: no lead words to list)
            if len(words) < 2:
                free.add(words[0])  # the alternative is its lead word (and punctuation), nothing more
            else:
                follows.setdefault(words[0], set()).add(words[1])
    return {word: frozenset(after) for word, after in follows.items() if word not in free}


_WORD_RUN = re.compile(r"[A-Za-z0-9_]+")


def _is_space_run(op: object, av: object) -> bool:
    """Whether the parsed element matches one whitespace character or more, and nothing else (``\\s+``)."""
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low, _high, body = av
        body = list(body)
        return low >= 1 and len(body) == 1 and _only_space(*body[0])
    return _only_space(op, av)


def _spelled_out(ops: list, spaces: bool = False) -> set[str] | None:
    """Every string the parsed sequence *ops* matches, when it is made of literals, classes of
    literals, groups, alternations and optional parts only (no look-around, no open repeat); else None.

    *spaces*: whitespace (``\\s``, ``\\s+``) is spelled as one space and ``\\b`` as nothing, for a
    reader of the words only (next_words)."""
    out = {""}
    for op, av in ops:
        if spaces and op is _c.AT and av is _c.AT_BOUNDARY:
            continue
        if spaces and _is_space_run(op, av):
            options = {" "}
        elif op is _c.LITERAL:
            options = {chr(av)}
        elif op is _c.IN:
            if not all(kind is _c.LITERAL for kind, _ in av):
                return None
            options = {chr(value) for _, value in av}
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            options = _spelled_out(list(av[3]), spaces)
        elif op is _c.BRANCH:
            options = set()
            for alternative in av[1]:
                branch = _spelled_out(list(alternative), spaces)
                if branch is None:
                    return None
                options |= branch
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            once = _spelled_out(list(av[2]), spaces)
            options = None if once is None else once | {""}
        else:
            return None
        if options is None:
            return None
        out = {a + b for a in out for b in options}
        if len(out) > _LEAD_LIMIT:
            return None
    return out


# id(pattern) → (pattern, its lead words, whether it ignores case, its whole-word alternatives, the next
# words its lead words need: next_words). Keyed by id: hashing a compiled pattern hashes its whole code
# each time. The pattern is kept in the value, so its id is never reused.
_Leads = tuple[re.Pattern[str], frozenset[str] | None, bool, frozenset[str], dict[str, frozenset[str]]]
_LEADS: dict[int, _Leads] = {}


def _leads(pattern: re.Pattern[str]) -> _Leads:
    """What _LEADS keeps for *pattern*, read from it on its first use."""
    known = _LEADS.get(id(pattern))
    if known is None:
        known = _LEADS[id(pattern)] = (pattern, lead_words(pattern), bool(pattern.flags & re.IGNORECASE),
                                       whole_word_alternatives(pattern), next_words(pattern))
    return known


def _able_leads(present: frozenset[str], needs: dict[str, frozenset[str]], words: Iterable[str]) -> AbstractSet[str]:
    """The lead words of *present* that can start a match in a text of *words*: those whose next words
    (next_words: *needs*) are not all missing. "to" is in most windows; "to date" rarely."""
    gated = needs.keys() & present  # (usually none or one: the rest are kept without a test)
    if not gated:
        return present
    able = set(present)
    for word in gated:
        if needs[word].isdisjoint(words):
            able.discard(word)
    return able


def _lead_starts(pattern: re.Pattern[str], text: str, words: frozenset[str] | None) -> list[int] | None:
    """Offsets where a lead word of *pattern* stands in *text*; None when *pattern* must scan."""
    _, lead, lower, _, needs = _LEADS.get(id(pattern)) or _leads(pattern)
    if lead is None or not text.isascii():
        return None
    if words is None:  # the words as a list: probed once here, a set would cost more to build
        words = text.encode("ascii").translate(_WORDS_ONLY_LOWER if lower else _WORDS_ONLY).decode("ascii").split()
    present = lead.intersection(words)
    if present and needs:
        present = _able_leads(present, needs, words)
    if not present:
        return []  # the usual case: the text is not lower-cased for nothing
    return word_starts(text.lower() if lower else text, present)  # ASCII: lower() keeps the offsets


# id(pattern) → (pattern, a search for its lead prefixes at the words of a text joined by spaces).
_PREFIXES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def search_prefixed(pattern: re.Pattern[str], text: str, words: frozenset[str] | None = None) -> bool:
    """``bool(pattern.search(text))``, not run when no word of the ASCII *text* starts with a
    lead prefix of *pattern* (:func:`lead_prefixes`).

    *words* are the words of *text* as the pattern sees them (lower-cased for a pattern that
    ignores case), when the caller has them; None for text that is not ASCII.
    """
    known = _PREFIXES.get(id(pattern))
    if known is None:
        prefixes = lead_prefixes(pattern)
        # " deploy" stands in " ".join(words), after a space, exactly when a word starts with "deploy".
        known = _PREFIXES[id(pattern)] = (
            pattern, None if prefixes is None else re.compile(" (?:" + alternation(prefixes) + ")"))
    starts_word = known[1]
    if starts_word is not None and text.isascii():
        if words is None:
            words = text.encode("ascii").translate(
                _WORDS_ONLY_LOWER if pattern.flags & re.IGNORECASE else _WORDS_ONLY).decode("ascii").split()
        # (One search over the joined words: a loop testing each word with startswith cost twice as much.)
        if starts_word.search(" " + " ".join(words)) is None:
            return False
    return pattern.search(text) is not None


def find_led(pattern: re.Pattern[str], text: str, words: frozenset[str] | None = None) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, tried only where a lead word of *pattern* stands.

    *words* are the words of *text* as the pattern sees them, when the caller has them:
    ``ascii_words(text)`` (lower-cased) for a pattern that ignores case, else ``ascii_cased_words(text)``.
    Text that is not ASCII, or a pattern without known lead words, runs ``finditer``:
    outside ASCII, ``\\w`` and ``re.I`` reach characters a word set does not model.
    """
    starts = _lead_starts(pattern, text, words)
    if starts is None:
        return list(pattern.finditer(text))
    return finditer_at(pattern, text, starts, ordered=True) if starts else []  # usually none of its words is there


def search_led(pattern: re.Pattern[str], text: str, words: frozenset[str] | None = None, wider: bool = False) -> bool:
    """``bool(pattern.search(text))``, tried only where a lead word of *pattern* stands (as
    :func:`find_led`): some offset matches exactly when ``search`` finds a match.

    A lead word that is a whole alternative of the pattern (:func:`whole_word_alternatives`: "will" of
    ``\\b(?:will|set to)\\b``) answers at once: the pattern matches where it stands.

    *wider*: *words* may be a superset of the text's words (those of a longer text holding it): they
    then only choose which lead words to look for, and word_starts finds where those stand whole."""
    # (_lead_starts' first steps, written out: the present lead words decide before their offsets are found.)
    _, lead, lower, whole, needs = _LEADS.get(id(pattern)) or _leads(pattern)
    if lead is None or not text.isascii():
        return pattern.search(text) is not None
    if words is None:
        words = text.encode("ascii").translate(_WORDS_ONLY_LOWER if lower else _WORDS_ONLY).decode("ascii").split()
    present = lead.intersection(words)
    if present and needs:
        present = _able_leads(present, needs, words)
    if not present:
        return False  # the usual case
    if not wider and not whole.isdisjoint(present):
        return True  # (present holds the text's own words: one of them stands whole, and matches)
    starts = word_starts(text.lower() if lower else text, present)  # ASCII: lower() keeps the offsets
    match = pattern.match
    for p in starts:  # usually none (a loop, not any() over a generator: this runs for every window)
        if match(text, p) is not None:
            return True
    return False


# id(pattern) → (pattern, how many characters before the trailing whitespace a match spans,
# how many whitespace runs it may hold before that whitespace).
_TAIL_BOUNDS: dict[int, tuple[re.Pattern[str], int | None, int | None]] = {}


def _tail_bounds(pattern: re.Pattern[str]) -> tuple[int | None, int | None]:
    known = _TAIL_BOUNDS.get(id(pattern))
    if known is None:
        known = _TAIL_BOUNDS[id(pattern)] = (pattern, *_read_tail_bounds(pattern))
    return known[1], known[2]


def tail_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of *pattern* spans before the text's trailing whitespace.

    Known for a pattern that ends with ``$`` (not multi-line), optionally after ``\\s*`` or
    ``\\s+``, and whose other part has a bounded width (``\\b(?:page|no\\.|vol\\.?)\\s*$`` → 10);
    None for any other pattern.
    """
    return _tail_bounds(pattern)[0]


def tail_runs(pattern: re.Pattern[str]) -> int | None:
    """The most whitespace runs a match of *pattern* holds before the text's trailing whitespace.

    For the end-anchored patterns :func:`tail_width` cannot bound because they have whitespace
    inside: ``\\b(?:to|in)\\s+(?:the\\s+)?$`` → 2 ("to the"). Each ``\\s``, ``\\s+`` or literal
    space counts one run; a part that may match whitespace an unbounded number of times
    (``[^,]*``, ``(?:\\s+\\w+)*``) makes it None.
    """
    return _tail_bounds(pattern)[1]


def _read_tail_bounds(pattern: re.Pattern[str]) -> tuple[int | None, int | None]:
    if pattern.flags & re.MULTILINE:
        return None, None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    ops = list(parsed)
    if not ops or ops[-1] != (_c.AT, _c.AT_END):
        return None, None
    ops.pop()
    if ops and ops[-1][0] in (_c.MAX_REPEAT, _c.MIN_REPEAT) and len(ops[-1][1][2]) == 1 and \
            _only_space(*ops[-1][1][2][0]):
        ops.pop()  # the trailing \s* or \s+: whatever whitespace ends the text
    high = _parser.SubPattern(parsed.state, ops).getwidth()[1]
    return (high if high < _c.MAXREPEAT else None), _space_runs(ops)


def _only_space(op: object, av: object) -> bool:
    """Whether the element matches whitespace and nothing else (``\\s``, a space)."""
    if op is _c.LITERAL:
        return chr(av).isspace()
    return op is _c.IN and all(kind is _c.CATEGORY and value is _c.CATEGORY_SPACE or
                               kind is _c.LITERAL and chr(value).isspace() for kind, value in av)


_NO_SPACE_CATEGORIES = (_c.CATEGORY_DIGIT, _c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE)


def _may_be_space(op: object, av: object) -> bool:
    """Whether the one-character element may match a whitespace character."""
    if op is _c.LITERAL:
        return chr(av).isspace()
    if op is _c.IN:
        for kind, value in av:
            if kind is _c.LITERAL and not chr(value).isspace():
                continue
            if kind is _c.RANGE and not any(chr(c).isspace() for c in range(value[0], value[1] + 1)):
                continue
            if kind is _c.CATEGORY and value in _NO_SPACE_CATEGORIES:
                continue
            return True
        return False
    return True  # ".", a negated character: may be a space


def _space_runs(ops: list) -> int | None:
    """The most separate whitespace runs a match of the parsed sequence *ops* can touch; None if unbounded.

    One element touches at most one run when it matches one character, or repeats an element
    that matches only whitespace (its characters are then consecutive whitespace).
    """
    total = 0
    for op, av in ops:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            total += _may_be_space(op, av)
        elif op is _c.SUBPATTERN:
            inner = _space_runs(list(av[3]))
            if inner is None:
                return None
            total += inner
        elif op is _c.BRANCH:
            runs = [_space_runs(list(alternative)) for alternative in av[1]]
            if None in runs:
                return None
            total += max(runs)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, body = av
            body = list(body)
            if len(body) == 1 and body[0][0] in (_c.LITERAL, _c.IN) and _only_space(*body[0]):
                total += 1
                continue
            once = _space_runs(body)
            if once is None or (once and high >= _c.MAXREPEAT):
                return None
            total += once * high
        else:
            return None  # a back-reference or anything else this reader does not follow
    return total


def _start_of_last_chunks(text: str, n: int) -> int:
    """Where the last *n* whitespace-separated chunks of *text* begin; 0 when it has no more than *n*."""
    parts = text.rsplit(None, n)
    if len(parts) <= n:
        return 0
    return text.find(parts[1], len(parts[0]))  # parts[0] keeps its leading whitespace: a prefix of text


def search_end(pattern: re.Pattern[str], text: str) -> bool:
    """``bool(pattern.search(text))`` for a pattern anchored at the end (:func:`tail_width`).

    A match ends in the text's trailing whitespace, so it starts at most ``tail_width``
    characters before that whitespace: the search starts there, not at the text's first
    character (``search`` with a start offset still sees the text before it for ``\\b``).
    Such patterns look at the words just before a figure or a verb, in a text that runs
    from the sentence's start.

    A pattern with whitespace inside has no such width, but a match holding at most
    ``tail_runs`` whitespace runs starts inside the last ``tail_runs + 1`` chunks of the text:
    the search starts where they begin.
    """
    known = _TAIL_BOUNDS.get(id(pattern))  # (_tail_bounds inlined: this runs for every verb and figure)
    width, runs = (known[1], known[2]) if known is not None else _tail_bounds(pattern)
    if width is not None:
        return pattern.search(text, max(0, len(text.rstrip()) - width)) is not None
    if runs is not None:
        return pattern.search(text, _start_of_last_chunks(text, runs + 1)) is not None
    return pattern.search(text) is not None


def may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """False when the ASCII *text*, its trailing whitespace aside, ends with none of *endings*.

    *endings* (lower-case, at most 16 characters) are what an end-anchored, case-blind pattern's
    matches end with, listed by the caller: the cheap test a caller puts before that pattern's
    search (most texts end otherwise). True for other text: under ``re.I``, "ſ" or "ı" match s or i.
    """
    ending = text_ending(text)
    return ending is None or ending.endswith(endings)


def text_ending(text: str) -> str | None:
    """The end of *text* before its trailing whitespace, lower-cased, at least its last 16 characters
    (or all of it); None when it is not ASCII. ``may_end_with(text, e)`` is ``ending is None or
    ending.endswith(e)``: a caller testing one text against several lists reads its ending once."""
    if not text.isascii():
        return None
    # Without copying a long text: its last 32 characters hold them unless the whitespace runs longer.
    # (Not cut to 16: the endings tested are at most 16 characters, and each copy costs a slice.)
    tail = text[-32:].rstrip()
    if len(tail) < 16 and len(text) > 32:
        tail = text.rstrip()
    return tail.lower()


def slice_words(text: str, start: int, end: int) -> tuple[frozenset[str] | None, bool]:
    """Words that serve :func:`search_led` on ``text[start:end]``, and its *wider*.

    When the slice of the ASCII *text* cuts no word (each end is the text's end or stands between
    a word character and another character), every word of the slice is a word of the text, so the
    text's own words (``ascii_words(text)``, remembered for the sentence every extractor reads) are a
    superset of the slice's: ``(ascii_words(text), True)``. Else the slice's own: ``(lower_words(slice), False)``.
    A window's word set cost about 10 K instructions; the test, a few hundred.
    """
    n = len(text)
    if start < end <= n and text.isascii() and \
            (start == 0 or text[start - 1] not in _ASCII_WORD_CHARS or text[start] not in _ASCII_WORD_CHARS) and \
            (end == n or text[end] not in _ASCII_WORD_CHARS or text[end - 1] not in _ASCII_WORD_CHARS):
        return ascii_words(text), True
    return lower_words(text[start:end]), False


def lower_words(text: str) -> frozenset[str] | None:
    """The lower-cased words of an ASCII *text* (``ascii_words(text)``, uncached); None if
    it is not ASCII."""
    return _word_set(text.encode("ascii"), _WORDS_ONLY_LOWER) if text.isascii() else None


def normalize_text(text: str) -> str:
    """Return the form of *text* that claims are compared on.

    Idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.
    """
    if text.isascii():  # NFKC leaves ASCII as it is, casefold is lower and there is nothing to fold
        return " ".join(text.lower().split())
    # casefold() can leave text un-normalised (e.g. "ß" + combining accent), so NFKC after it.
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


@fast_init
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
# ("[.!?][.!?]*" is "[.!?]+": a pattern that opens with a character class, not a repeat, lets
# re skip to the next ".", "!" or "?" instead of trying the pattern at every character.)
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"')\]]*(?=\s)")
_NEXT_CHAR = re.compile(r"\s+(\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A news sentence is a few hundred characters. A longer "sentence" is a dump (a table or a
# whole article flattened into one line): it is cut at a space so that claim extraction,
# which looks around each figure within its sentence, stays linear in the document's length.
MAX_SENTENCE_CHARS = 1_000


_NUMBER_SIGNS = frozenset({"No", "Nos", "no", "nos"})  # abbreviations only before a number
_LETTERS_AND_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _is_abbreviation(text: str, dot_at: int) -> bool:
    """True when the '.' at *dot_at* closes an abbreviation, not a sentence."""
    window = text[max(0, dot_at - 12) : dot_at]
    if window[-1:] == "\n":  # ($ also matches before a final newline: the regex's own case)
        m = _WORD_BEFORE.search(text, max(0, dot_at - 12), dot_at)
        if not m:
            return False
        word = m.group(1)
    else:
        # _WORD_BEFORE's match, without a regex search tried at each of the 12 offsets: the window's trailing
        # run of letters and dots, from its first letter.
        word = window[len(window.rstrip(_LETTERS_AND_DOT)) :].lstrip(".")
        if not word:
            return False
    if "." in word:  # U.S., U.N., a.m.: initialisms with inner dots
        return True
    if word.lower() in ABBREVIATIONS:
        # ("No. 5", but "No. When Seoul first went public, ...": an answer's "No." ends its sentence)
        return word not in _NUMBER_SIGNS or text[dot_at + 1 : dot_at + 3].strip()[:1].isdigit()
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
        if line[:1] == "|":  # a table row: one line of cells, however many full stops ("incl. 500")
            _append(spans, text, start, line_start + len(line), paragraph)
            continue
        for m in _BOUNDARY.finditer(folded, line_start, line_start + len(line)):
            end = m.end()
            if folded[end] == " " and end + 1 < line_start + len(line) and not folded[end + 1].isspace():
                ch = folded[end + 1]  # the usual single space: _NEXT_CHAR's answer, without a regex call
            else:
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
