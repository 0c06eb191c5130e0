from __future__ import annotations

from hypothesis import given
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
