from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.text import normalize_text, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Gen. Kim said U.S. troops arrived on Oct. 18 in Seoul. Lt. Park agreed. Dr. J. Smith did not."
    assert sentences(text) == [
        "Gen. Kim said U.S. troops arrived on Oct. 18 in Seoul.",
        "Lt. Park agreed.",
        "Dr. J. Smith did not.",
    ]
    # "No." is short for a number only before one: an answer's "No." is a sentence
    assert sentences("He was No. 5 in line. No. When Seoul first spoke, it said so.") == [
        "He was No. 5 in line.", "No.", "When Seoul first spoke, it said so."]


def test_quotations_stay_whole() -> None:
    text = "“They are ready,” he said. “These troops are expected to be ready by Nov. 1.” She agreed."
    assert sentences(text) == [
        "“They are ready,” he said.",
        "“These troops are expected to be ready by Nov. 1.”",
        "She agreed.",
    ]


def test_lines_are_paragraphs() -> None:
    spans = split_sentences("One line here.\nSecond line. Third sentence.")
    assert [s.paragraph for s in spans] == [0, 1, 1]


@given(st.text())
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text())
def test_spans_index_the_original(text: str) -> None:
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]


# --- word-led patterns: find_led / search_led must give what finditer / search give --------

import re  # noqa: E402
from unittest import mock  # noqa: E402

from reconcile import attribution, claims, dates  # noqa: E402
from reconcile.text import (find_led, lead_words, lower_words, next_words, search_led,  # noqa: E402
                            whole_word_alternatives)

# The patterns extraction runs through find_led or search_led.
LED_PATTERNS = [attribution._VERB_RE, attribution._ACCORDING_RE, claims._PLANNED, claims._ALREADY, claims._CONDITIONAL,
                claims._ACTUAL_STRONG, claims._PREVIOUS, claims._BRIEFING_PHRASE, claims._DENY, claims._UNCERTAIN,
                *(p for _, p in claims._SCOPES),
                *(p for _, p in dates._PATTERNS)]


def test_lead_words_are_read_from_the_pattern() -> None:
    assert lead_words(re.compile(r"\b(?:plans?|set to|prepar(?:e|ed)|(?:to|will)\s+send)\b", re.I)) == {
        "plan", "plans", "set", "prepare", "prepared", "to", "will"}
    assert lead_words(re.compile(r"\b(?:Said|told)\b")) == {"Said", "told"}  # case kept without re.I
    assert lead_words(re.compile(r"\b[12]\d\b")) == {f"{i}" for i in range(10, 30)}


def test_lead_words_pass_over_lookarounds() -> None:
    # A look-around consumes nothing: the words are those of the pattern without it, a wider set.
    assert lead_words(re.compile(r"\b(?:deny|fake(?=\s*[,.;]|\s*$))\b", re.I)) == {"deny", "fake"}
    assert lead_words(re.compile(r"\b(?=[st])(?:said|told)\b")) == {"said", "told"}
    assert lead_words(re.compile(r"\bfoo(?=bar)\w+\b")) is None  # the word still runs on


def test_lead_words_unknown_when_a_match_may_start_or_end_inside_a_word() -> None:
    assert lead_words(re.compile(r"said")) is None  # no \b: "unsaid" matches
    assert lead_words(re.compile(r"\bsaid")) is None  # no end: "saidx" matches
    assert lead_words(re.compile(r"\bfight\w*\b")) is None  # the word may run on
    assert lead_words(re.compile(r"\b-?\s*May\b")) is None  # may start with "-"
    assert lead_words(re.compile(r"\b(?:\d+)\b")) is None


_PIECES = [" ", " ", " ", ", ", ". ", "-", "'", "_", "x", "\u00e9", "\u017f", "\u212a", "2024", "18", "1st", "31"]
_WORDS = sorted({w for p in LED_PATTERNS for w in (lead_words(p) or ())} |
                {w for p in LED_PATTERNS for after in next_words(p).values() for w in after} |
                {"Said", "SAID", "unsaid", "saidx", "October", "Oct.", "Mondays", "send", "be", "the", "of", "end"})


@given(st.lists(st.sampled_from(_WORDS + _PIECES), max_size=40))
def test_led_matching_equals_a_full_scan(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern in LED_PATTERNS:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in find_led(pattern, text)] == expected, pattern.pattern[:60]
        assert search_led(pattern, text) == bool(expected)
        # (as the callers pass them: the text's own lower-cased words, which the whole-word shortcut reads)
        assert search_led(pattern, text, lower_words(text)) == bool(expected), pattern.pattern[:60]


def test_next_words_are_read_from_the_pattern() -> None:
    assert next_words(re.compile(r"\b(?:to date|so\s+far|(?:has|have) been|to(?=x)|will|can't)\b", re.I)) == {
        "so": {"far"}, "has": {"been"}, "have": {"been"}, "can": {"t"}}  # not "to": its look-ahead is not read
    assert next_words(re.compile(r"\b(?:set to|set)\b", re.I)) == {}  # "set" alone is a match
    assert next_words(re.compile(r"\b(?:not\s*true)\b", re.I)) == {}  # (\s* may join the words)
    assert next_words(re.compile(r"\b(?:set to|go on)\b")) == {}  # case kept: not read
    assert next_words(re.compile(r"\b(?:set to|go on)\s+x", re.I)) == {"set": {"to"}, "go": {"on"}}  # (ends "to")
    assert next_words(re.compile(r"\b(?:set to|go on)x", re.I)) == {}  # its last word may run on: not read


def test_whole_word_alternatives_are_read_from_the_pattern() -> None:
    assert whole_word_alternatives(re.compile(r"\b(?:plans?|set to|will|prepar(?:e|ed)|fake(?=\s*,))\b", re.I)) == {
        "plan", "plans", "will", "prepare", "prepared"}  # not "set to" (two words), nor "fake" (its look-ahead)
    assert whole_word_alternatives(re.compile(r"\b(?:will|would)\b")) == frozenset()  # case kept: not read
    assert whole_word_alternatives(re.compile(r"\b(?:will|would)\b\s+send", re.I)) == frozenset()  # more follows
    assert whole_word_alternatives(re.compile(r"\b(?:fight\w*|war)\b", re.I)) == {"war"}


@given(st.lists(st.sampled_from(_WORDS + _PIECES + ["and", "said", "that", ";", ":", "(", ")", "\u2014", ", and",
                                                    " and are", "who", "which", ", as", "\t"]), max_size=40))
def test_clause_cuts_equal_a_full_scan(parts: list[str]) -> None:
    text = "".join(parts)
    assert claims._clause_cuts.__wrapped__(text) == tuple(m.span() for m in claims._CUT.finditer(claims.fold(text)))


@given(st.lists(st.sampled_from(_WORDS + _PIECES + ["and", "AND", ";", ",", ", and", " and are", "and that", ", with",
                                                    ", a claim", "will", "that", ", so that", "Andrew"]), max_size=40),
       st.integers(0, 400), st.integers(0, 400))
def test_statement_clauses_equal_a_full_scan(parts: list[str], a: int, b: int) -> None:
    text = "".join(parts)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    att = attribution.Attribution("x", ("x",), 0, 0, start, end, "said")
    expected, at = [], start
    for m in claims._CLAUSE_CUT.finditer(claims.fold(text), start, end):
        expected.append((at, m.start()))
        at = m.end()
    expected.append((at, end))
    assert claims._statement_clauses(text, att) == [c for c in expected if c[1] - c[0] > 12]


# --- end-anchored patterns: search_end must give what search gives --------------------------

from reconcile import numbers  # noqa: E402
from reconcile.text import search_end, tail_runs, tail_width  # noqa: E402

END_PATTERNS = [attribution._NOUN_BEFORE, attribution._MEDIA_BEFORE, attribution._INVERSION_BEFORE,
                attribution._PASSIVE_BEFORE, attribution._NEGATED, attribution._PRONOUN_RE,
                attribution._PREPOSITION_BEFORE, numbers._MONTH_BEFORE, numbers._FURNITURE_BEFORE,
                numbers._MODEL_BEFORE, claims._FIRST_BEFORE]


def test_tail_width_is_read_from_the_pattern() -> None:
    assert tail_width(re.compile(r"\b(?:page|no\.|vol\.?)\s*$", re.I)) == 4
    assert tail_width(re.compile(r"[,\"]\s*$")) == 1
    assert tail_width(re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")) is None  # whitespace inside: unbounded
    assert tail_width(re.compile(r"said$", re.M)) is None
    assert tail_width(re.compile(r"\bsaid")) is None


def test_tail_runs_are_read_from_the_pattern() -> None:
    assert tail_runs(re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")) == 2  # "to the"
    assert tail_runs(re.compile(r"\b(?:he|the spy agency)\s*(?:also\s+)?$")) == 4  # literal spaces count
    assert tail_runs(re.compile(r"(?:\b(?:did|does)\s+not|n't)\s+$")) == 1
    assert tail_runs(re.compile(r"\bdid\s+not|n't\s+$")) is None  # "$" ends one alternative only
    assert tail_runs(re.compile(r"[^,]*$")) is None  # may match any number of runs
    assert tail_runs(re.compile(r"(?:\s+\w+)*\s*$")) is None
    assert tail_runs(re.compile(r"(?:\s+\w+){0,3}$")) == 3
    assert tail_runs(re.compile(r"said$", re.M)) is None


@given(st.lists(st.sampled_from(_WORDS + _PIECES + ["the ", "The", "media ", "news", "Oct.", "september", "page",
                                                    "no.", "vol", '"', ",", "\n", "\t", "\u00a0", "\u2009", "\x1c",
                                                    "  ", "is", "were ", "also", "did", "not", "n't", "refused",
                                                    "he", "the agency", "the spy agency", "to", "first", "F-", "#",
                                                    "\u3000"]), max_size=30))
def test_end_anchored_search_equals_a_full_search(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern in END_PATTERNS:
        assert search_end(pattern, text) == bool(pattern.search(text)), pattern.pattern[:60]


# --- the words between a speaker and the verb: _speaker_end must give what the search gives ----

_BETWEEN_PIECES = ["also", "further", "then", "later", "since", "has", "it", "on", "last", "this", "told", "in a statement",
                   "in its report",
                   "on Telegram", "on X", "Monday", "reporters", "Park", "said", "statement", "X", ",", "\u00e9t\u00e9",
                   "_", " ", " ", "  ", "\t", "\n", "\u3000", "\x1c"]


@given(st.lists(st.sampled_from(_BETWEEN_PIECES), max_size=12))
def test_speaker_end_equals_the_search(parts: list[str]) -> None:
    before = "".join(parts)
    assert attribution._speaker_end(before) == attribution._BETWEEN_SPEAKER_AND_VERB.search(before).start()


# --- alternation: grouping the phrases by first letter must not change a match -------------

from reconcile.text import alternation  # noqa: E402

_PHRASE = st.text(alphabet="abAB .-\u212a\u017fks", min_size=1, max_size=4)


@given(st.lists(_PHRASE, min_size=1, max_size=8), st.text(alphabet="abAB .-\u212a\u017fksK", max_size=30))
def test_grouped_alternation_matches_as_the_plain_one(phrases: list[str], text: str) -> None:
    plain = "|".join(re.escape(p) for p in phrases)
    for flags in (0, re.I):
        grouped = re.compile(f"(?:{alternation(phrases)})", flags)
        expected = re.compile(f"(?:{plain})", flags)
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in expected.finditer(text)]


# --- lead prefixes: search_prefixed must give what search gives ------------------------------

from reconcile.text import lead_prefixes, search_prefixed  # noqa: E402

PREFIXED_PATTERNS = [p for _, p in claims._EVENT_RE] + [claims._DENY, claims._UNCERTAIN]
_PREFIXED_WORDS = sorted({w for p in PREFIXED_PATTERNS for w in lead_prefixes(p)} |
                         {"deployed", "Deployment", "fighting", "ferried", "sen", "trains", "xtrain", "meet", "denied"})


def test_lead_prefixes_are_read_from_the_pattern() -> None:
    assert lead_prefixes(re.compile(r"\b(?:deploy\w*|sen[dt]|land(?:ed|ing))\b", re.I)) == (
        "deploy", "landed", "landing", "send", "sent")
    assert lead_prefixes(re.compile(r"\b\d+ troops")) is None  # the first word may be any number
    assert lead_prefixes(re.compile(r"troops")) is None  # not word-led


@given(st.lists(st.sampled_from(_PREFIXED_WORDS + _PIECES), max_size=30))
def test_prefixed_search_equals_a_full_search(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern in PREFIXED_PATTERNS:
        assert search_prefixed(pattern, text) == bool(pattern.search(text)), pattern.pattern[:60]


# --- shortcuts that skip a scan: each must give what the scan gives ----------------------------

from reconcile import entities  # noqa: E402
from reconcile.text import ascii_cased_words, ascii_words, lower_words, may_end_with  # noqa: E402

_FURNITURE_PIECES = ["Related coverage", "related:", "Read more :", "see also", "Tags", "share this", "more coverage x",
                     "text.", "\n", "\n\n", " ", "\t", "\r", "\u2028", "\x1c", "\u00a0", "\u017fee also", "MOST READ",
                     "Recommended", "you may also like", "more on this story", "related stories"]


@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=12))
def test_body_end_equals_the_search(parts: list[str]) -> None:
    text = "".join(parts)
    m = claims._FURNITURE.search(text)
    assert claims.body_end(text) == (m.start() if m else len(text))
    # its phrases grouped by first letter (text.alternation) match as the plain alternation does
    plain = re.compile(r"^\s*(?:related coverage|related stories|related articles|related|read more|see also|"
                       r"more on this story|more coverage|recommended|you may also like|most read|tags|share this)"
                       r"\s*:?\s*$", re.I | re.M)
    assert [m.span() for m in claims._FURNITURE.finditer(text)] == [m.span() for m in plain.finditer(text)]


_FIGURE_PIECES = ["a", "A", "a dozen", "a-thousand", "a thousands", "thousand", "one", "two hundred", "dozen", "$",
                  "US$", "us$", "1", "12,000", "1,0001", "12,3456", "1234,567", "3.5", " ", " ", "-", ",", "x", "k", "m",
                  "bn", "million", "Oct", "_", "\u00e9"]


@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=25))
def test_figure_starts_equal_a_full_scan(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [m.span() for m in numbers._FIGURE_RE.finditer(text)]
    assert [m.span() for m in numbers._figure_matches(text, ascii_words.__wrapped__(text))] == expected


@given(st.lists(st.sampled_from(attribution._TIME_WORD_LIST + ["Reporters'", "ON", "weeks", "\u212a", "\u017f",
                                                               "\u017funday", "_", "'", " ", " ", ",", "1", "\u00e9"]),
                max_size=15))
def test_time_words_match_as_the_plain_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    plain = re.compile(r"\b(?:" + "|".join(attribution._TIME_WORD_LIST) + r")\b", re.I)
    assert attribution._TIME_WORDS.sub(" ", text) == plain.sub(" ", text)


@given(st.lists(st.sampled_from(attribution._TIME_WORD_LIST + ["Reporters'", "ON", "On", "weeks", "x's", "'", "''",
                                                               "the'", "'the", "on2", "Korea's", "_", "\u212a",
                                                               "\u017f", "\u00e9", " ", " ", ", ", ".", "-", "\t"]),
                max_size=15))
def test_content_words_count_as_the_sub_and_findall(parts: list[str]) -> None:
    text = "".join(parts)
    expected = len(attribution._CONTENT_WORD.findall(attribution._TIME_WORDS.sub(" ", text)))
    assert attribution._content_words(text) == expected


_ODD_NAMES = """
[[entity]]
canonical = "Odd"
type = "agency"
aliases = ["U.S.'s Army", "A.'s", "B's's", "u.s.", "Zed's", "Zed's's Force", "zed", "Q. R.", "The Big One Two Three"]
"""
_TABLE = entities.load_aliases(_ODD_NAMES)
_TABLE.find("x")
# The same table trying every length up to a start word's longest name, as lookup did before.
_EVERY_LENGTH = entities.load_aliases(_ODD_NAMES)
_EVERY_LENGTH.find("x")
_EVERY_LENGTH._start_lengths = entities._StartLengths(
    {word: tuple(range(max(sizes), 0, -1)) for word, sizes in _EVERY_LENGTH._starts.items()})
_EVERY_LENGTH._second_words = entities._SecondWords(None)  # and every second token
_NAME_PIECES = ["U.S.'s", "U.S.", "Army", "A.'s", "A.", "B's's", "B's", "Zed's.", "Zed's's", "Force", "zed", "Q.",
                "R.'s", "R.'s.", "Big.", "Big's", "BIG", "north", "Pentagon", "Pentagon's.", "front", "line.",
                "R.", "the", "The", "Big", "One", "Two", "Three", "Russia", "Russia.", "Russia's", "Korea's",
                "Korea", "North", "South", "Kremlin", "NATO", "Seoul's", "spy", "agency", "Kursk", "region"]


@given(st.lists(st.tuples(st.sampled_from(_NAME_PIECES), st.sampled_from([" ", " ", ", ", "  ", "-", "'s "])),
                max_size=12))
def test_alias_lookup_tries_only_the_lengths_names_have(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert [(m.start, m.end, m.canonical, m.form) for m in _TABLE.find(text)] == \
        [(m.start, m.end, m.canonical, m.form) for m in _EVERY_LENGTH.find(text)]


@given(st.lists(st.sampled_from(["Seoul", "Seoul's", "U.S.", "x", "1", "12", "Jong-un", "'", "'s", ".", "..", "-", "--",
                                 "'.", "-x", "x-", "x.", "x..", "_", " ", " ", ", ", "\t", "\u00e9", "\u212a"]),
                max_size=14))
@example(["x", " ", "Seoul", "x."])
@example(["1", ".", "1"])
def test_ascii_tokens_are_the_split_tokens(parts: list[str]) -> None:
    text = "".join(parts)
    tokens = entities._ascii_tokens(text)
    assert tokens is None or tokens == entities._TOKEN_SPLIT.split(text)[1::2]


_ALIASES = entities.load_aliases()


@given(st.lists(st.tuples(st.sampled_from(_NAME_PIECES + ["troops", "said", "'s", "U.S.", "Oct.", "-", "Pyongyang",
                                                          "Korean", "Zelensky", "Volodymyr"]),
                          st.sampled_from([" ", " ", ", ", "  ", "-", "'s ", ". "])), max_size=12))
def test_alias_lookup_ruling_out_by_tokens_finds_what_the_split_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    with mock.patch.object(entities, "_ascii_tokens", lambda text: None):  # (always the regex split)
        expected = [(m.start, m.end, m.canonical, m.form) for m in _ALIASES.find(text)]
    assert [(m.start, m.end, m.canonical, m.form) for m in _ALIASES.find(text)] == expected


# End-anchored patterns and the endings listed for them (text.may_end_with): every match must end so.
ENDINGS = [(attribution._NOUN_BEFORE, attribution._NOUN_ENDINGS), (attribution._NEGATED, attribution._NEGATED_ENDINGS),
           (attribution._PASSIVE_BEFORE, attribution._PASSIVE_ENDINGS), (numbers._MONTH_BEFORE, numbers._MONTH_ENDINGS),
           (numbers._FURNITURE_BEFORE, numbers._FURNITURE_ENDINGS), (numbers._HEDGE_RE, numbers._HEDGE_ENDINGS),
           (dates._ROLE_PREFIX, dates._ROLE_ENDINGS), (claims._PLACE_PREP, claims._PLACE_PREP_ENDINGS),
           (claims._NOT_ACTOR_PREP, claims._NOT_ACTOR_PREP_ENDINGS), (attribution._ROLE_NP_RE, attribution._ROLE_ENDINGS),
           (attribution._JOINED_END, attribution._JOINED_END_WORDS),
           (attribution._PREPOSITION_BEFORE, attribution._PREPOSITION_ENDINGS),
           (attribution._PRONOUN_RE, attribution._PRONOUN_ENDINGS), (claims._WHOLE_BEFORE, claims._WHOLE_ENDINGS)]
_ENDING_PIECES = sorted({e for _, endings in ENDINGS for e in endings} | {
    "The", "So-", "x's", "NOT", "did", "declined", "no later", "ahead", "Korea", "said", "Oct", "approx", "or", " ",
    "  ",
    "\n", "\t", ",", "_", "(", "\u017f", "\u0131", "\u00a0", "\u3000", "x", "-", ".", "people familiar with the",
    "think", "state", "Spokes", "OFFICIALS", "non", "an", "U.S."})


@given(st.lists(st.sampled_from(_ENDING_PIECES), max_size=10))
def test_endings_listed_for_the_end_anchored_patterns_hold_for_every_match(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern, endings in ENDINGS:
        assert may_end_with(text, endings) or not pattern.search(text), pattern.pattern[:60]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_word_sets_equal_the_regex_words(text: str) -> None:
    words = re.findall(r"[A-Za-z0-9_]+", text)
    assert ascii_words.__wrapped__(text) == frozenset(w.lower() for w in words)
    assert ascii_cased_words.__wrapped__(text) == frozenset(words)
    assert lower_words(text) == frozenset(w.lower() for w in words)
    assert ascii_words.__wrapped__(text + "\u00e9") is None and lower_words("\u00e9" + text) is None
    assert ascii_cased_words.__wrapped__(text + "\u00e9") is None


from reconcile import dates  # noqa: E402

_DAY_PIECES = ["1", "8", "13", "31", "32", "0", "1st", "18th", "2024", "12,000", "x1", "_8", " ", "  ", "-", "to", "and",
               "or", "through",
               "between", "Between", "FROM", "from", "of", "Oct", "Oct.", "October", "may", "x", "_", ",", "."]


@given(st.lists(st.sampled_from(_DAY_PIECES), max_size=14))
def test_day_led_date_patterns_equal_a_full_scan(parts: list[str]) -> None:
    text = "".join(parts)
    for kind in dates._DAY_LEAD_WORDS:
        expected = [m.span() for m in dates._PATTERN_OF[kind].finditer(text)]
        assert [m.span() for m in dates._day_led(kind, text, ascii_words.__wrapped__(text))] == expected, kind


# --- may_attribute reads the case-sensitive word set only when a lower-cased verb is there -----

@given(st.lists(st.sampled_from(["said", "Said", "SAID", "told", "Told", "according", "According", "reports", "put",
                                 "Put", "the", "estimate", "x", " ", " ", ",", "_", "'", "\u00e9"]), max_size=12))
def test_may_attribute_gate_equals_the_two_word_sets(parts: list[str]) -> None:
    text = "".join(parts)
    if not text.isascii():
        return
    cased, lower = ascii_cased_words.__wrapped__(text), ascii_words.__wrapped__(text)
    expected = not (attribution._VERB_WORDS.isdisjoint(cased) and attribution._OTHER_WORDS.isdisjoint(lower))
    assert attribution.may_attribute(text) == expected


# --- the possessed figure's pattern opens with its apostrophe: the same matches as the look-behind first -----

_LOOK_BEHIND_FIRST = re.compile(attribution._POSSESSED_FIGURE.pattern.replace("'(?<=[A-Za-z]')s", "(?<=[A-Za-z])'s", 1),
                                attribution._POSSESSED_FIGURE.flags)


@given(st.lists(st.sampled_from(["Seoul", "Kyiv", "x", "1", " ", "'", "'s", "'S", "s", ":", "\u017f", "\u212a", "\u00e9",
                                 "count", "own", "at", "about", "of", "3,000", "12", "_"]), max_size=14))
@example(["Seoul", "'s", " ", "count", " ", "at", " ", "about", " ", "12"])
def test_possessed_figure_matches_as_with_the_look_behind_first(parts: list[str]) -> None:
    text = "".join(parts)
    assert _LOOK_BEHIND_FIRST.pattern != attribution._POSSESSED_FIGURE.pattern
    expected = [(m.span(), m.groups()) for m in _LOOK_BEHIND_FIRST.finditer(text)]
    assert [(m.span(), m.groups()) for m in attribution._POSSESSED_FIGURE.finditer(text)] == expected


# --- statement terms: the remembered word terms are the computed ones, within a cap -----------

def test_statement_word_terms_are_remembered_within_a_cap(monkeypatch) -> None:
    from reconcile import statements

    text = "the troops reflected a deepening partnership, 'deepening' ties and the accusations"
    statements._WORD_TERMS.clear()
    first = statements.statement_terms(text, 0, [])
    assert statements.statement_terms(text, 0, []) == first  # now from the remembered terms
    for token, term in statements._WORD_TERMS.items():
        assert term == statements._word_term(token)
    monkeypatch.setattr(statements._WordTerms, "_CAP", 3)
    statements._WORD_TERMS.clear()
    assert statements.statement_terms(text, 0, []) == first
    assert len(statements._WORD_TERMS) <= 3
    statements._WORD_TERMS.clear()


@given(st.text(alphabet=" \t\n\u3000\u00a0abAB.,", max_size=60), st.sampled_from([("of",), ("the", "a"), ("b.",)]))
def test_may_end_with_reads_the_tail_as_the_whole_text(text: str, endings: tuple[str, ...]) -> None:
    expected = not text.isascii() or text.rstrip()[-16:].lower().endswith(endings)
    assert may_end_with(text, endings) == expected


@given(st.lists(st.sampled_from(["of", "OF", "out of", "among them", "Among", "including", "the", "those", "them",
                                 "about", "some", "3,000", "10", " ", " ", ",", ";", "x", "\u0130ncluding", "\u212a"]),
                max_size=30), st.integers(0, 200))
def test_part_of_before_equals_the_search(parts: list[str], pos: int) -> None:
    text = "".join(parts)
    pos = min(pos, len(text))
    expected = claims._PART_OF.search(text, max(0, pos - 120), pos) is not None
    assert claims._part_of_before(text, pos) == expected


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_has_ascii_digit_equals_the_regex(text: str) -> None:
    from reconcile.text import has_ascii_digit

    assert has_ascii_digit.__wrapped__(text) == bool(re.search(r"[0-9]", text))


@given(st.frozensets(st.sampled_from(["1799", "1800", "2024", "2099", "2100", "0202", "202", "20245", "year", "x1900",
                                      "1900x", "1999", "oct"])))
def test_year_words_stand_for_the_year_test(words: frozenset[str]) -> None:
    old = any(len(w) == 4 and w.isdigit() and "1800" <= w < "2100" for w in words)
    assert (not dates._YEAR_WORDS.isdisjoint(words)) == old


# --- a figure, then who gave it: tried only at the first digit of each run of figures ---------

_GIVER_PIECES = ["1", "12,000", "3.5", "10,", ".", ",", "0", "\u0663", " ", " ", "  ", "\u00a0", "\n", " thousand",
                 " troops", " the", " The", " it", " they", " he", " she", " that", " that Japan", "Japan", " US",
                 " department", " said", " says", " gave", " estimated", "x", "-", "'", '"', ";", "_", " unsaid",
                 " cited", ", the Pentagon said", " million"]


@given(st.lists(st.sampled_from(_GIVER_PIECES), max_size=25))
def test_giver_matches_equal_a_full_scan(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [(m.span(), m.groupdict()) for m in attribution._FIGURE_THEN_GIVER.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in attribution._giver_matches(text)] == expected
    words = ascii_words.__wrapped__(text)  # the verbs' gate, for ASCII text
    assert [(m.span(), m.groupdict()) for m in attribution._giver_matches(text, words)] == expected


# --- page furniture: the line pattern is tried only when a sentence has one of its first words ----

_FURNITURE_PIECES = [*claims._FURNITURE_LINE_PHRASES, "Related", "RELATED", "relatedness", "Photos", "photo:", ":",
                     " ", " ", "  ", "\t", "x", "-", "'", ".", "_", "1", "\u00e9", "\u017f", "\u212a"]


@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=8))
@example(["_", "Related", ":"])  # an italic "_Related:" line: "_" is a word character, so "_related" is one word
def test_furniture_line_gate_equals_the_match(parts: list[str]) -> None:
    text = "".join(parts)
    assert claims._is_furniture_line(text) == (claims._FURNITURE_LINE.match(text) is not None)


# --- dates: whether a word starts like a month, from the words seen before and within a cap ------

@given(st.lists(st.frozensets(st.sampled_from(["oct", "oct.", "october", "octopus", "mark", "march", "may", "mayor",
                                               "x", "1", "", "de", "dec", "declined", "moscow", "june", "jun"]),
                              max_size=5), max_size=6))
def test_month_like_words_are_remembered_within_a_cap(sets: list[frozenset[str]]) -> None:
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates, "_MONTH_LIKE_CAP", 4)
        mp.setattr(dates, "_MONTH_LIKE", set())
        mp.setattr(dates, "_NOT_MONTH_LIKE", set())
        largest = 0
        for words in sets:
            assert dates._has_month_like(words) == any(w[:3] in dates._MONTHS3 for w in words)
            # The cap is checked before a sentence's words are added: at most one sentence's worth over it.
            largest = max(largest, len(words))
            assert len(dates._NOT_MONTH_LIKE) <= 4 + largest


# --- alias lookup's tokens: a split and running sums give finditer's tokens and offsets ----------

@given(st.lists(st.sampled_from(_NAME_PIECES + [" ", "  ", ", ", "-", "'", ".", "..", "'s", "\u00e9", "\u2019", "_", "1",
                                                "x-", "-y", "\t", "\n"]), max_size=20))
def test_alias_token_split_equals_finditer(parts: list[str]) -> None:
    from itertools import accumulate

    text = "".join(parts)
    split = entities._TOKEN_SPLIT.split(text)
    bounds = list(accumulate(map(len, split)))
    got = [(bounds[2 * k], bounds[2 * k + 1], word) for k, word in enumerate(split[1::2])]
    assert got == [(m.start(), m.end(), m.group()) for m in entities._TOKEN.finditer(text)]
    assert all(not any(c.isalnum() and c.isascii() for c in gap) for gap in split[::2])


# --- the reporting verbs (case-sensitive) are looked up with the sentence's lower-cased words ------

@given(st.lists(st.sampled_from(["said", "Said", "SAID", "told", "Told", "put", "Put", "put the number", "the", "x",
                                 "unsaid", "saidx", " ", " ", ",", "_", "'", "1"]), max_size=12))
def test_verb_lookup_with_lower_cased_words_equals_finditer(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [m.span() for m in attribution._VERB_RE.finditer(text)]
    assert [m.span() for m in find_led(attribution._VERB_RE, text, ascii_words.__wrapped__(text))] == expected


# --- lawmakers and briefings: 'in' tests written out for a generator, and a gate before a search ---

_LAWMAKER_PIECES = [*claims._LAWMAKER_WORDS, "Rep", "rep.", "MP", "MPs", "Assembly", "man", "woman", "Lawmaker",
                    "lawmakers", "legislators", "committee", "Committee", "ommittee", "parliament", "Parliament",
                    "arliament", "National", "National Assembly", "member", "of", "Park", " ", " ", ",", ".", "s", "x"]


@given(st.lists(st.sampled_from(_LAWMAKER_PIECES), max_size=8))
def test_lawmaker_gate_equals_any_word(parts: list[str]) -> None:
    text = "".join(parts)
    assert claims._may_name_lawmaker(text) == any(w in text for w in claims._LAWMAKER_WORDS)


@given(st.lists(st.sampled_from(_LAWMAKER_PIECES), max_size=8))
def test_briefed_body_gate_passes_every_match(parts: list[str]) -> None:
    text = "".join(parts)
    if claims._BRIEFED_BODY.search(text) is not None:
        assert claims._may_be_briefed(text)


@given(st.lists(st.sampled_from(["rule", "ruled", "rules", "ruling", "rul", "Rule", " out", "out", " ", "not ",
                                 "did", "said", "x", "-", "d", "e"]), max_size=6))
def test_rule_out_gate_passes_every_match(parts: list[str]) -> None:
    verb = "".join(parts)
    if claims._RULE_OUT.search(verb) is not None:
        assert "rul" in verb


# --- round 15's gates: each skips only what cannot match -----------------------------------------

_ACCORDING_PIECES = ["according to", "According to", "a", "A", "the", "The", "new", "latest", "fresh", "figure",
                     "estimate", "count", "tally", "from", "From", "FROM", "fromage", "data", "given by", "per", "the",
                     "NIS", "Seoul", "cited by", "citing", "quoted", " ", " ", "  ", ",", ".", "x", "1", "_"]


@given(st.lists(st.sampled_from(_ACCORDING_PIECES), max_size=12))
@example(["A", " ", "new", " ", "estimate", " ", "from", " ", "Seoul"])
def test_according_lead_words_read_with_their_next_words_find_every_match(parts: list[str]) -> None:
    text = " ".join(parts)
    expected = [m.span() for m in attribution._ACCORDING_RE.finditer(text)]
    assert [m.span() for m in find_led(attribution._ACCORDING_RE, text, ascii_words.__wrapped__(text))] == expected


_CASUALTY_PIECES = ["killed", "Killed", "KILLED", "wounded", "injured", "dead", "deadly", "died", "or", "and", "had",
                    "been", "were", "soldiers", "sent", "reportedly", "1,500", " ", " ", "_", "-", "x"]


@given(st.lists(st.sampled_from(_CASUALTY_PIECES), max_size=10), st.integers(0, 30))
def test_casualty_gate_equals_the_match(parts: list[str], pos: int) -> None:
    text = " ".join(parts)
    expected = claims._CASUALTY_AFTER.match(text, pos)
    found = claims._casualty_after(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@given(st.lists(st.sampled_from(["deploy", "fight", "clash", "confirm", "concern", "x", "topic:deploy", "front",
                                 "when:expected", "arms", "pay"]), max_size=5),
       st.sampled_from([None, "actual", "planned", "conditional"]),
       st.sampled_from([None, "affirm", "deny", "uncertain"]))
def test_frame_of_without_a_frame_concept_is_none(terms: list[str], modality: str | None, polarity: str | None) -> None:
    from reconcile import statements

    frame = statements.frame_of(terms, modality, polarity)
    if statements._FRAME_CONCEPTS.isdisjoint(terms):
        assert frame is None
    assert frame is None or frame in dict(statements.FRAMES)


@given(st.lists(st.sampled_from(["An earlier", "A previous", "An older", "This", "this", "An", "A", " ", "version",
                                 "of", "this", "article", "story", "has been", "was", "corrected", "The", "x"]),
                max_size=10))
def test_correction_openings_precede_every_notice(parts: list[str]) -> None:
    text = " ".join(parts)
    if claims._CORRECTION_NOTICE.match(text) is not None:
        assert text.startswith(claims._CORRECTION_OPENINGS)


# --- a story of troops: the article-wide test tries the pattern only where its words' stems stand --------------

def test_troop_stems_start_every_troop_word() -> None:
    assert all(word.startswith(claims._TROOP_STEMS) for word in lead_words(claims._TROOP_WORDS))


@given(st.lists(st.sampled_from(["Troops", "troop", "TROOPS", "soldier", "Soldiers", "servicemen", "deployment",
                                 "Deployed", "dispatch", "dispatcher", "x", " ", "_", "-", ".", "\u017f", "\u212a",
                                 "\u00e9", "s", "ed"]), max_size=12), st.integers(0, 80))
@example(["troops"], 3)
@example(["redeploy", " ", "troop"], 80)
def test_names_troops_is_the_pattern_search(parts: list[str], end: int) -> None:
    text = "".join(parts)
    assert claims._names_troops(text, end) == (claims._TROOP_WORDS.search(text, 0, end) is not None)


# --- statement words: runs of their characters, from a byte translate, are the pattern's matches ---------------

_WORD_ALPHABET = st.sampled_from(["a", "b", "Z", "x", "the", "'", "-", "_", " ", " ", ".", ",", "1", "0", "\t", "\n",
                                  "\u00e9", "\u212a", "\u017f", "don't", "--", "'s", "air-defence"])


@given(st.lists(_WORD_ALPHABET, max_size=16))
def test_statement_words_are_the_pattern_words(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [w for w in claims._STATEMENT_WORD.findall(text.lower() if text.isascii() else normalize_text(text))
                if w not in claims._STOPWORDS]
    assert claims._statement_words(text) == expected


# --- sentence splitting: the boundary's next character and the abbreviation test read without a regex -----------

from reconcile import text as text_module  # noqa: E402


@given(st.lists(st.sampled_from(["Oct", "U.S", "Gen", "J", "x", "said", "Seoul", "18", ".", ". ", ".  ", ".\t",
                                 ".\n", "\n", ". A", "A", " ", "\u00a0", "\u2028", "\"", "(", "é", "É", ".\u00a0B",
                                 "No", "no", "5", ". 5"]),
                max_size=30))
def test_is_abbreviation_equals_the_search(parts: list[str]) -> None:
    text = "".join(parts)
    for dot_at in (i for i, c in enumerate(text) if c == "."):
        m = text_module._WORD_BEFORE.search(text, max(0, dot_at - 12), dot_at)
        word = m.group(1) if m else None
        assert text_module._is_abbreviation(text, dot_at) == (word is not None and _abbreviation(word, text, dot_at))


@given(st.lists(st.sampled_from(["Oct", "U.S", "Gen", "J", "x", "said", "Seoul", "18", ".", ". ", ".  ", ".\t",
                                 ".\n", "\n", ". A", "A", " ", "\u00a0", "\u2028", "\"", "(", "!", "? ", "\n\n",
                                 ".\u00a0B", "|"]), max_size=30))
def test_sentence_split_equals_the_regex_next_character(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [(s.start, s.end, s.paragraph) for s in _split_with_regex(text)]
    assert [(s.start, s.end, s.paragraph) for s in split_sentences(text)] == expected


def _abbreviation_by_search(text: str, dot_at: int) -> bool:
    m = text_module._WORD_BEFORE.search(text, max(0, dot_at - 12), dot_at)
    if not m:
        return False
    return _abbreviation(m.group(1), text, dot_at)


def _abbreviation(word: str, text: str, dot_at: int) -> bool:
    """The abbreviation test as written out: a listed word ("No" only before a number), an initialism, an initial."""
    if word.lower() in text_module.ABBREVIATIONS and word in ("No", "Nos", "no", "nos"):
        return text[dot_at + 1 :].lstrip()[:1].isdigit() and not text[dot_at + 1 : dot_at + 3].strip() == ""
    return "." in word or word.lower() in text_module.ABBREVIATIONS or len(word) == 1 and word.isupper()


def _split_with_regex(text: str) -> list:
    """split_sentences as it read each boundary's next character before: with _NEXT_CHAR alone."""
    spans: list = []
    folded = text_module.fold(text)
    paragraph, pos = -1, 0
    for line in folded.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        paragraph += 1
        start = line_start
        if line[:1] == "|":
            text_module._append(spans, text, start, line_start + len(line), paragraph)
            continue
        for m in text_module._BOUNDARY.finditer(folded, line_start, line_start + len(line)):
            end = m.end()
            nxt = text_module._NEXT_CHAR.match(folded, end, line_start + len(line) + 1)
            if not nxt:
                continue
            ch = nxt.group(1)
            if not (ch.isupper() or ch.isdigit() or ch in "\"'(["):
                continue
            if folded[m.start()] == "." and m.end() - m.start() == 1 and _abbreviation_by_search(folded, m.start()):
                continue
            text_module._append(spans, text, start, end, paragraph)
            start = end
        text_module._append(spans, text, start, line_start + len(line), paragraph)
    return spans


# --- a window's words: the sentence's when the window cuts none of them (text.slice_words) ---------------------

from reconcile.text import slice_words  # noqa: E402


@given(st.lists(st.sampled_from(_WORDS + _PIECES), max_size=30), st.integers(0, 200), st.integers(0, 200))
def test_led_search_with_slice_words_equals_a_full_search(parts: list[str], a: int, b: int) -> None:
    text = "".join(parts)
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    words, wider = slice_words(text, a, b)
    if wider:  # a superset of the window's own words
        assert words >= lower_words(text[a:b])
    for pattern in (claims._PLANNED, claims._ALREADY, claims._CONDITIONAL, claims._ACTUAL_STRONG,
                    claims._BRIEFING_PHRASE, claims._DENY, claims._UNCERTAIN, claims._FUTURE, claims._FORECAST,
                    claims._IF_CLAUSE):
        window = text[a:b]
        assert search_led(pattern, window, words, wider) == bool(pattern.search(window)), pattern.pattern[:60]
