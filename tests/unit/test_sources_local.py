"""Reading local files: front matter (strict and lenient), related coverage, failures as data."""

from __future__ import annotations

from datetime import datetime, timezone

from reconcile.model import Document, RelatedRef
from sources.collect import collect
from sources.local import read_file, related_refs, split_front_matter
from sources.related import CatalogueEntry, resolve_links

NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)


def test_front_matter_with_an_unquoted_colon_is_read_line_by_line() -> None:
    raw = ("---\ntitle: North Korea to send 12,000 troops to help Russia in Ukraine war: report\n"
           "outlet: Kyodo News\npublished: 2024-10-18   # the day\n---\nBody.\n")
    meta, body, notes = split_front_matter(raw)
    assert meta["title"] == "North Korea to send 12,000 troops to help Russia in Ukraine war: report"
    assert meta["published"] == "2024-10-18"
    assert body == "Body.\n"
    assert notes and "strict YAML" in notes[0]


def test_file_without_front_matter_takes_its_first_line_as_title(tmp_path) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("A headline here\nSecond line with 1,500 troops.\n", encoding="utf-8")
    doc = read_file(p, NOW).document
    assert doc is not None and doc.title == "A headline here" and doc.published_at is None


def test_unreadable_published_date_is_a_note_not_a_failure(tmp_path) -> None:
    p = tmp_path / "odd.md"
    p.write_text("---\ntitle: Odd\npublished: yesterday\n---\nBody text here.\n", encoding="utf-8")
    doc = read_file(p, NOW).document
    assert doc is not None and doc.published_at is None
    assert any("published" in n for n in doc.notes)


def test_failures_are_rows_and_the_rest_goes_on(tmp_path) -> None:
    (tmp_path / "good.md").write_text("---\ntitle: Good\n---\nAbout 1,500 troops.\n", encoding="utf-8")
    (tmp_path / "empty.md").write_text("   \n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"caf\xe9 is latin-1, not utf-8 \x80")
    (tmp_path / "png.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = collect([str(tmp_path), str(tmp_path / "missing")], NOW)
    assert [d.title for d in result.documents] == ["Good"]
    reasons = sorted(e.reason for e in result.errors)
    assert reasons == ["binary", "empty", "not_found", "not_utf8"]


def test_related_coverage_headlines_and_links() -> None:
    body = "Text.\nRelated coverage:\nFirst headline about troops\n- [Second one](https://example.org/b)\n"
    assert related_refs(body) == (RelatedRef("First headline about troops"),
                                  RelatedRef("Second one", "https://example.org/b"))


def test_headlines_resolve_by_fuzzy_title_and_unknown_ones_stay_unresolved() -> None:
    seed = Document(uri="seed.txt", text="x", title="seed", related=(
        RelatedRef("NATO calls North Korean troop dispatch in Ukraine major \u201cescalation\u201d"),
        RelatedRef("Something nobody wrote"),
    ))
    catalogue = [CatalogueEntry("n1", 'NATO calls North Korean troop dispatch in Ukraine major "escalation"', None,
                                "nato.md"), CatalogueEntry("g1", "G7 defense chiefs oppose status quo change", None,
                                                           "g7.md")]
    links = resolve_links(seed, catalogue)
    assert links[0].to_doc_id == "n1" and links[0].resolved_by == "headline-fuzzy" and links[0].score >= 90
    assert links[1].to_doc_id is None and links[1].resolved_by == "unresolved"
