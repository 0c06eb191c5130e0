"""reconcile.retrieval: the index finds the claim a query restates."""

from __future__ import annotations

from reconcile.retrieval import SearchParams, TextIndex, clean_text, terms

CLAIMS = {
    "troops": ("North Korea sent 1,500 special forces troops to Russia in October.",
               "Did North Korea Send Troops to Russia?"),
    "ships": ("Russian landing ships carried North Korean equipment to Vladivostok.",
              "Did Russian Ships Carry North Korean Equipment?"),
    "grain": ("Ukraine shipped two million tonnes of grain through the Black Sea corridor.", "Ukraine Grain Exports"),
    "vaccine": ("A vaccine against the flu causes autism in children.", "Do Flu Vaccines Cause Autism?"),
    "dam": ("The dam at Nova Kakhovka was destroyed by an explosion in June 2023.", "Was the Kakhovka Dam Blown Up?"),
}  # fmt: skip


def index(params: SearchParams | None = None) -> TextIndex:
    ix = TextIndex(params)
    for cid, (text, title) in CLAIMS.items():
        ix.add(cid, text, title=title)
    return ix


def test_the_exact_claim_ranks_first() -> None:
    ix = index()
    for cid, (text, _) in CLAIMS.items():
        assert ix.search(text, k=1)[0][0] == cid


def test_a_reworded_tweet_finds_its_claim() -> None:
    tweet = ("BREAKING: Pyongyang has sent special forces to Russia, 1,500 troops so far https://t.co/abc "
             "pic.twitter.com/xyz — News Desk (@newsdesk) October 18, 2024")
    assert index().search(tweet, k=1)[0][0] == "troops"
    assert index(SearchParams(fuzz_weight=0.0)).search(tweet, k=1)[0][0] == "troops"


def test_inflections_meet_through_the_stemmer() -> None:
    assert index().search("vaccinated children autistic? flu vaccines", k=1)[0][0] == "vaccine"


def test_scores_are_sorted_and_k_is_respected() -> None:
    hits = index().search("North Korea Russia", k=5)
    assert [h for h, _ in hits] == ["troops", "ships"]  # only two claims share a word with it
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert len(index().search("North Korea Russia", k=1)) == 1


def test_no_shared_word_no_hit() -> None:
    assert index().search("zzzz qqqq", k=5) == []


def test_clean_text_drops_links_and_the_date_but_keeps_who_said_it() -> None:
    cleaned = clean_text("Wow #DefundTheCBC https://t.co/x — Brad Trost (@BradTrostCPC) December 26, 2019")
    assert "https" not in cleaned and "2019" not in cleaned
    assert "Defund The CBC" in cleaned and "Brad Trost" in cleaned


def test_terms_have_bigrams() -> None:
    assert "north_korea" in terms("North Korea")
