"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.dates import find_dates, resolve_anaphoric

TUESDAY = date(2024, 10, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Last Friday, the agency said", date(2024, 10, 18)),
        ("the ambassador said Monday that", date(2024, 10, 21)),
        ("the minister said on Friday", date(2024, 10, 18)),
        ("they will be ready by Nov. 1", date(2024, 11, 1)),
        ("talks on 18 October 2024 ended", date(2024, 10, 18)),
        ("it happened on Oct. 18, 2024 at dawn", date(2024, 10, 18)),
        ("it started three days ago", date(2024, 10, 19)),
        ("He said yesterday", date(2024, 10, 21)),
        ("the shipment arrived earlier this month", date(2024, 10, 1)),
        ("more will arrive next month", date(2024, 11, 1)),
        ("the report came out last week", date(2024, 10, 14)),
    ],
)
def test_resolution(sentence: str, expected: date) -> None:
    found = find_dates(sentence, TUESDAY)
    assert found, sentence
    assert found[0].value == expected


def test_ranges_keep_both_ends() -> None:
    (d,) = find_dates("carried between Oct. 8 and 13 aboard", TUESDAY)
    assert (d.value, d.value_end, d.role) == (date(2024, 10, 8), date(2024, 10, 13), "range")
    (d,) = find_dates("carried between 8 and 13 October aboard", TUESDAY)
    assert (d.value, d.value_end) == (date(2024, 10, 8), date(2024, 10, 13))
    # "as early as Oct. 27 or 28": one window of two days, and 28 is no count of anything.
    (d,) = find_dates("sent into combat as early as Oct. 27 or 28, he said", TUESDAY)
    assert (d.text, d.value, d.value_end) == ("Oct. 27 or 28", date(2024, 10, 27), date(2024, 10, 28))
    (d,) = find_dates("could be in combat on 27 or 28 October, he said", TUESDAY)  # the day first
    assert (d.value, d.value_end, d.role) == (date(2024, 10, 27), date(2024, 10, 28), "range")
    assert [x.text for x in find_dates("on 8 or 13 October", TUESDAY)] == ["13 October"]  # two days apart: two


def test_deadline_role() -> None:
    (d,) = find_dates("expected to be ready by Nov. 1", TUESDAY)
    assert d.role == "deadline"
    (d,) = find_dates("to be ready by the end of next week", date(2024, 11, 6))
    assert (d.role, d.value) == ("deadline", date(2024, 11, 17))  # next week's, not this week's


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    (d,) = find_dates("Last Friday, the agency said", None)
    assert d.value is None
    assert "publication date" in d.note


def test_numbers_are_not_dates() -> None:
    assert find_dates("about 1,500 troops and 11,000 more", TUESDAY) == []


@pytest.mark.parametrize("sentence, expected, role", [
    ("The vote comes a day after the agency said so.", date(2024, 10, 23), "point"),
    ("The meeting came two days after Blinken spoke.", date(2024, 10, 22), "point"),
    ("The move came just a week after the talks.", date(2024, 10, 17), "period"),  # a week, not a day
])
def test_the_news_of_the_day_counted_back(sentence: str, expected: date, role: str) -> None:
    (d,) = find_dates(sentence, date(2024, 10, 24))
    assert (d.value, d.role) == (expected, role)


def test_after_without_coming_is_not_a_date() -> None:
    assert find_dates("Troops left a day after the order.", date(2024, 10, 24)) == []


@pytest.mark.parametrize(("text", "first", "last"), [
    ("in early November", date(2024, 11, 1), date(2024, 11, 10)),
    ("since mid-October", date(2024, 10, 11), date(2024, 10, 20)),
    ("in late October", date(2024, 10, 21), date(2024, 10, 31)),
    ("in October", date(2024, 10, 1), date(2024, 10, 31)),
    ("said late last month", date(2024, 10, 21), date(2024, 10, 31)),  # published in November (below)
    ("said in mid-last month", date(2024, 10, 11), date(2024, 10, 20)),
    ("due early next month", date(2024, 12, 1), date(2024, 12, 10)),
])
def test_early_mid_and_late_narrow_a_month(text: str, first: date, last: date) -> None:
    (d,) = find_dates(text, date(2024, 11, 1))
    assert (d.value, d.value_end) == (first, last)


def test_weeks_ago_name_a_week_and_days_ago_a_day() -> None:
    published = date(2024, 11, 1)
    (week,) = find_dates("Ukraine said 12,000 a week ago.", published)
    assert (week.role, week.value) == ("period", date(2024, 10, 25))  # a week, like "last week": no day of its own
    (days,) = find_dates("It said so three days ago.", published)
    assert (days.role, days.value) == ("point", date(2024, 10, 29))


@pytest.mark.parametrize(
    ("sentence", "expected", "role"),
    [
        ("the spy agency told lawmakers on the 18th that", date(2024, 10, 18), "point"),
        ("the State Department said on the 12th (local time)", date(2024, 10, 12), "point"),
        ("the ministry said on the 28th", date(2024, 9, 28), "point"),  # still ahead this month: last month's
        ("troops have gathered there since the 3rd", date(2024, 10, 3), "since"),
        ("they are to be moved by the 30th", date(2024, 10, 30), "deadline"),
        ("the 11th Corps said on the 2nd day of fighting", None, None),
        ("on the 21st of October", None, None),  # the day-month patterns read this one
    ],
)
def test_a_day_of_the_month_without_a_month_is_this_months_or_last(sentence: str, expected: date | None,
                                                                   role: str | None) -> None:
    found = [d for d in find_dates(sentence, TUESDAY) if "day of the month" in d.note]
    assert [(d.value, d.role) for d in found] == ([(expected, role)] if expected else [])


def test_a_day_of_the_month_in_typographic_text_and_one_the_month_does_not_have() -> None:
    (day,) = find_dates("\u201cThe troops moved,\u201d the NIS said on the 18th.", TUESDAY)
    assert day.value == date(2024, 10, 18)
    assert find_dates("the ministry said on the 31st", TUESDAY) == []  # September has 30 days


def test_after_a_days_event_is_that_day_not_every_day_since() -> None:
    (session,) = find_dates("Lee, who briefed reporters after Wednesday's session, said so.", date(2024, 10, 24))
    assert (session.value, session.role) == (date(2024, 10, 23), "point")
    (since,) = find_dates("Troops have moved after Wednesday, the NIS said.", date(2024, 10, 24))
    assert since.role == "since"


def test_a_day_before_that_is_the_day_before_the_one_just_named() -> None:
    dates, _ = resolve_anaphoric(find_dates("Zelensky, a day before that, had said 10,000 were ready.",
                                            date(2024, 10, 24)), date(2024, 10, 18))
    assert [d.value for d in dates] == [date(2024, 10, 17)]


def test_days_before_or_after_that_count_from_the_day_just_named() -> None:
    for sentence, day in (("Five days before that, the White House had put the figure at no fewer than 3,000.",
                           date(2024, 10, 23)),
                          ("Two days after that, the Pentagon said 10,000.", date(2024, 10, 30))):
        dates, _ = resolve_anaphoric(find_dates(sentence, date(2024, 11, 1)), date(2024, 10, 28))
        assert [d.value for d in dates] == [day], sentence
    # "a week earlier" stays out: annotators leave it undated as often as they give it a day.
    assert find_dates("A week earlier the same service counted around 3,000.", date(2024, 11, 1)) == []


def test_at_the_time_and_said_then_are_the_day_just_named_and_only_that() -> None:
    published, before = date(2024, 11, 1), date(2024, 10, 18)
    for sentence in ("It said at the time that 1,500 had gone.", "Seoul at that time counted 1,500.",
                     "The NIS said then that 1,500 had gone."):
        dates, _ = resolve_anaphoric(find_dates(sentence, published), date(2024, 10, 30), before)
        assert [d.value for d in dates] == [before], sentence
        dates, _ = resolve_anaphoric(find_dates(sentence, published), date(2024, 10, 30))
        assert [d.value for d in dates] == [None], sentence  # no day named just before: not the last day named
    assert find_dates("He then said 3,000 had gone, and then more.", published) == []  # "then" as "next"
