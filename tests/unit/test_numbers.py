"""Number parsing: written forms, hedges, ranges, vague amounts, and what is not an amount."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.numbers import find_quantities, words_to_number


def only(sentence: str):
    found = find_quantities(sentence)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("It sent 12,000 troops.", 12000),
        ("It sent 12 thousand troops.", 12000),
        ("It sent twelve thousand troops.", 12000),
        ("It sent 12-thousand troops.", 12000),
        ("It sent fifteen hundred troops.", 1500),
        ("It sent 15-hundred troops.", 1500),
        ("It sent ten-thousand troops.", 10000),
        ("It sent a dozen ships.", 12),
        ("It pledged 1.5 million dollars.", 1_500_000),
        ("Growth was 2.4 percent.", 2.4),
        ("It sent one hundred and fifty people.", 150),
        ("It sent 12 000 troops.", 12000),  # thousands spaced, as much of Europe writes them
        ("It sent 12\u00a0000 troops.", 12000),  # ... with a no-break space
        ("It fired 1\u202f500\u202f000 shells.", 1_500_000),  # ... with a narrow one
    ],
)
def test_written_forms(sentence: str, value: float) -> None:
    assert only(sentence).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("about 1,500 troops", "about", None, None),
        ("approximately 11,000 troops", "about", None, None),
        ("some 3,000 troops", "about", None, None),
        ("nearly 10,000 troops", "about", None, None),
        ("most of them, perhaps 11,000, are near Kursk", "about", None, None),
        ("they have been taught maybe a hundred words", "about", None, None),
        ("expects something like 10,000 to be in Russia", "about", None, None),
        ("at least 3,000 troops", "at_least", 3000, None),
        ("more than 10,000 troops", "at_least", 10000, None),
        ("the count had passed 10,000", "at_least", 10000, None),
        ("the missile climbed higher than 7,000 kilometres", "at_least", 7000, None),
        ("the number had gone past 10,000", "at_least", 10000, None),
        ("in the past 10 years", "exact", None, None),
        ("the total has topped 10,000", "at_least", 10000, None),
        ("upwards of 10,000 troops", "at_least", 10000, None),
        ("up to 12,000 troops", "up_to", None, 12000),
        ("as many as 12,000 troops", "up_to", None, 12000),
        ("fewer than 500 troops", "up_to", None, 500),
        ("2,000 to 12,000 troops", "range", 2000, 12000),
        ("between 10,000 and 12,000 troops", "range", 10000, 12000),
        ("10 to 12 thousand troops", "range", 10000, 12000),
        ("ten or twelve thousand men", "range", 10000, 12000),
        ("two or three thousand soldiers", "range", 2000, 3000),
        ("several thousand troops", "vague", 2000, 9000),
        ("tens of thousands of troops", "vague", 20000, 90000),
        ("a couple of thousand troops", "vague", 2000, 3000),
        ("hundreds of troops", "vague", 200, 900),
        ("tens of billions of dollars of weapons", "vague", 20_000_000_000, 90_000_000_000),
        ("hundreds of billions of dollars", "vague", 200_000_000_000, 900_000_000_000),
    ],
)
def test_hedges_bounds_and_ranges(sentence: str, qualifier: str, low: float | None, high: float | None) -> None:
    q = only(sentence)
    assert q.qualifier == qualifier
    assert q.low == low
    assert q.high == high


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier", "unit"),
    [
        ("By Monday the estimate had more than tripled.", 3, "at_least", "times"),
        ("It is more than three times the agency's count from a week ago.", 3, "at_least", "times"),
        ("That is more than triple the number officials had given.", 3, "at_least", "times"),
        ("The HUR estimate is four times that number.", 4, "exact", "times"),
        ("Russia now pays twice as much for each recruit.", 2, "exact", "times"),
        ("The count nearly doubled in a week.", 2, "about", "times"),
        ("Officials say about half of the shells come from North Korea.", 50, "about", "percent"),
    ],
)
def test_multiples_and_halves(sentence: str, value: float, qualifier: str, unit: str) -> None:
    q = only(sentence)
    assert (q.value, q.qualifier, q.unit_hint) == (value, qualifier, unit)
    assert sentence[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Pyongyang has doubled down on its ties with Moscow.",
        "He urged Kim to think twice about it.",
        "The envoy visited Moscow three times last year.",
        "It was quiet in the first half of October.",
        "They waited an hour and a half for the bus.",
        "A double agent was arrested.",
    ],
)
def test_what_no_multiple_is(sentence: str) -> None:
    assert [q.text for q in find_quantities(sentence) if q.unit_hint in ("times", "percent")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The invasion began in February 2022.",
        "The meeting was on Oct. 18 in Naples.",
        "The meeting was on 18 October in Naples.",
        "He spoke at 10:30 a.m. on Friday.",
        "The F-16 and the Su-25 flew.",
        "Call 02-123-4567 for details.",
        "Article id 123456789 was updated.",
        "The war is now in its third year.",
        "It joined the Group of Seven nations.",
        "One of them left in the 1990s.",
        "Comments: +420 221 122 000 (voice mail).",
        "Call the desk on 555 123 456.",
    ],
)
def test_what_is_not_an_amount(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_offsets_point_into_the_sentence() -> None:
    s = "The NIS said about 1,500 special forces had arrived."
    q = only(s)
    assert s[q.start : q.end] == "about 1,500"
    assert s[q.number_start : q.end] == "1,500"


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_round_trip(n: int) -> None:
    sentence = f"They counted {n:,} troops."
    found = [q for q in find_quantities(sentence) if q.value is not None]
    if 1800 <= n <= 2100:
        return  # a bare year-like figure is ambiguous by design; with separators it is not
    assert found and found[0].value == n


@given(st.integers(min_value=1000, max_value=99_999_999), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_digits_with_spaced_thousands_round_trip(n: int, space: str) -> None:
    sentence = f"They counted {n:,} troops.".replace(",", space)
    found = [q for q in find_quantities(sentence) if q.value is not None]
    assert [q.value for q in found] == [n]


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10 - 2] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        return _UNITS[n // 100] + " hundred" + (" " + spell(n % 100) if n % 100 else "")
    for scale, word in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            return spell(n // scale) + " " + word + (" " + spell(n % scale) if n % scale else "")
    raise AssertionError(n)


@given(st.integers(min_value=1, max_value=999_999_999_999))
def test_integers_in_words_round_trip(n: int) -> None:
    assert words_to_number(spell(n)) == n


def test_two_whole_figures_joined_by_or_stay_two_figures() -> None:
    assert [(q.value, q.qualifier) for q in find_quantities("1,500 or 3,000 troops")] == [(1500, "exact"),
                                                                                        (3000, "exact")]
    assert [q.value for q in find_quantities("one or two brigades")] == [1, 2]


def test_the_two_standing_for_things_named_before_is_no_count() -> None:
    assert find_quantities("Here in Seoul many people link the two: the fear is real.") == []
    assert [q.value for q in find_quantities("the two secretaries said so")] == [2]
    assert [q.value for q in find_quantities("hosted the 2+2 talks with 10,000+ troops in mind")] == [10000]


def test_a_dollar_named_by_its_country_before_or_after_the_sign() -> None:
    found = {t: [(q.value, q.unit_hint) for q in find_quantities(t)] for t in (
        "Russia pays each soldier around $US2000 a month", "aid worth more than A$1.3 billion",
        "NZ$5 million in aid", "a C$10 million package")}
    assert found == {"Russia pays each soldier around $US2000 a month": [(2000, "usd")],
                     "aid worth more than A$1.3 billion": [(1.3e9, "aud")], "NZ$5 million in aid": [(5e6, "nzd")],
                     "a C$10 million package": [(1e7, "cad")]}


def test_a_group_of_so_many_counts_but_the_group_of_seven_is_a_name() -> None:
    assert [q.value for q in find_quantities("a first group of fifteen hundred and a second")] == [1500]
    assert find_quantities("leaders of the Group of Seven nations met") == []


def test_figures_named_to_compare_them_are_no_amount_but_a_range_is() -> None:
    assert find_quantities("Nobody was willing to explain the gap between 3,000 and 12,000.") == []
    assert find_quantities("the difference between the 3,000 and the 12,000 is large") == []
    (span,) = find_quantities("between 10,000 and 12,000 troops are there")
    assert (span.low, span.high, span.qualifier) == (10000, 12000, "range")
    assert [q.value for q in find_quantities("the gap between Seoul and Kyiv is 9,000 soldiers")] == [9000]


def test_a_speakers_family_is_no_count() -> None:
    assert [q.value for q in find_quantities("Olena, 38, fled with her two children in 2022")] == [38]
    assert find_quantities("who fled Kharkiv with her two children") == []
    assert [q.value for q in find_quantities("two children were killed")] == [2]


def test_a_places_size_is_no_count_of_the_story() -> None:
    assert find_quantities("They stepped off into a port city of 600,000, were handed uniforms") == []
    assert find_quantities("west of this island of about 2,300 people") == []
    assert [q.value for q in find_quantities("a force of about 3,000 troops")] == [3000]


def test_a_currency_code_before_or_after_the_amount() -> None:
    found = {t: [(q.value, q.qualifier, q.unit_hint) for q in find_quantities(t)] for t in (
        "pays about USD 2,000 per month", "EUR 1,800 a month", "2.7 million KRW", "USD2000")}
    assert found == {"pays about USD 2,000 per month": [(2000, "about", "usd")],
                     "EUR 1,800 a month": [(1800, "exact", "eur")], "2.7 million KRW": [(2.7e6, "exact", "krw")],
                     "USD2000": [(2000, "exact", "usd")]}
    assert [q.unit_hint for q in find_quantities("about 2,000 used cars")] == [None]  # a code is upper case


def test_the_numbers_of_a_list_of_resolutions_or_articles_are_no_amounts() -> None:
    assert find_quantities("a violation of UN Security Council resolutions 1718, 1874, 2087 and 2397") == []
    assert find_quantities("resolutions 1718, 1874, 2087, 2094, 2270, 2321, 2371, 2375 and 2397, which") == []
    assert find_quantities("under Articles 4 and 51 of the charter") == []
    assert [q.value for q in find_quantities("resolutions 1718 and 2397 bar it; 1,500 troops went")] == [1500]


def test_within_a_span_is_at_most_that_span() -> None:
    (hours,) = find_quantities('has promised to end the war "within 24 hours"')
    assert (hours.value, hours.qualifier, hours.low, hours.high) == (24, "up_to", None, 24)
    (months,) = find_quantities("I'd expect Seoul's count to catch up within two months")
    assert (months.value, months.qualifier) == (2, "up_to")


@pytest.mark.parametrize("sentence", ["Email the newsdesk or call 0161 496 0723.",
                                      "You can send us your questions at 0 800 300 116, calls are free.",
                                      "Dial 020 7946 0018 for the desk."])
def test_a_phone_numbers_groups_are_no_amounts(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_spaced_thousands_stay_amounts() -> None:
    assert [q.value for q in find_quantities("About 1 500 soldiers, then 12 000; Russia has 1 200 000 troops.")] == \
        [1500, 12000, 1200000]
