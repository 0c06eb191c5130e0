"""reconcile.similarity: paraphrases score above non-paraphrases, and the frozen model is sane."""

from __future__ import annotations

import pytest

from reconcile.similarity import FEATURES, MEANS, SCALES, WEIGHTS, features, is_paraphrase, similarity, stem, tokens

PARAPHRASES = [
    ("North Korea has sent about 1,500 special forces troops to Russia, the NIS said.",
     "Some 1,500 North Korean special forces soldiers have been sent to Russia, according to the NIS."),
    ("The ministry denied that its forces shelled the power plant on Friday.",
     "On Friday the ministry denied its forces had shelled the power plant."),
    ("Shares of the company fell 5 percent to $20.50 in early trading.",
     "The company's shares dropped 5 percent to $20.50 in early trade."),
]  # fmt: skip
NON_PARAPHRASES = [
    ("North Korea has sent about 1,500 special forces troops to Russia, the NIS said.",
     "Ukraine said 11,000 North Korean troops were fighting in the Kursk region."),
    ("The ministry denied that its forces shelled the power plant on Friday.",
     "The ministry said the power plant would reopen next month after repairs."),
    ("Shares of the company fell 5 percent to $20.50 in early trading.",
     "The company said it would cut 2,000 jobs and close three plants by 2026."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrases_are_paraphrases(a: str, b: str) -> None:
    assert is_paraphrase(a, b)


@pytest.mark.parametrize(("a", "b"), NON_PARAPHRASES)
def test_other_sentences_are_not(a: str, b: str) -> None:
    assert not is_paraphrase(a, b)


def test_every_paraphrase_outscores_every_non_paraphrase() -> None:
    assert min(similarity(a, b) for a, b in PARAPHRASES) > max(similarity(a, b) for a, b in NON_PARAPHRASES)


def test_changing_the_figure_lowers_the_score() -> None:
    a = "Officials said 1,500 troops arrived in the port city on Monday."
    assert similarity(a, a.replace("1,500", "12,000")) < similarity(a, a)


def test_score_is_a_bounded_symmetric_number() -> None:
    a, b = PARAPHRASES[0]
    assert 0.0 <= similarity(a, b) <= 100.0
    assert similarity(a, b) == pytest.approx(similarity(b, a))
    assert similarity("", "") >= 0.0  # empty input does not divide by zero


def test_the_frozen_model_has_one_weight_per_feature() -> None:
    assert len(FEATURES) == len(features("a b", "a c")) == len(WEIGHTS) == len(MEANS) == len(SCALES)
    assert any(w != 0 for w in WEIGHTS), "the fitted weights were not pasted in"


def test_tokens_normalise_figures_and_stem_meets_inflections() -> None:
    assert tokens("$1,500 and 2.50% of 3,000.") == ["1500", "and", "2.5", "of", "3000"]
    assert stem("reported") == stem("reports") == stem("report")
    assert stem("released") == stem("release")


def test_features_still_fit_the_frozen_weights() -> None:
    """Pinned scores: changing a feature without refitting (`mrpc.py --fit`) breaks the model silently."""
    assert similarity(*PARAPHRASES[0]) == pytest.approx(96.45, abs=0.05)
    assert similarity(*NON_PARAPHRASES[1]) == pytest.approx(27.93, abs=0.05)
