"""HTML pages: charsets, article text and metadata, related-coverage lists and body links."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import trafilatura

from sources.html import decode_html, document_from_html, related_links
from sources.local import read_file

NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)
PARAS = "".join(f"<p>Paragraph {i}: South Korea's spy agency said about 1,500 special forces were moved to Russia "
                f"and that up to 12,000 troops could follow, officials said on Friday.</p>" for i in range(4))


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>Troops story | Daily</title><meta property='og:site_name' content='The Daily'>"
            f"{head}</head><body><nav><a href='/'>Home</a></nav>{body}<footer>(c)</footer></body></html>")


RUSSIAN = "Северная Корея направила около 1500 военнослужащих в Россию, сообщила разведка."


@pytest.mark.parametrize(("data", "declared", "codec"), [
    (f"<html><body>{RUSSIAN}</body></html>".encode("cp1251"), "windows-1251", "cp1251"),
    (f"<html><head><meta charset='windows-1251'></head><body>{RUSSIAN}</body></html>".encode("cp1251"), None, "cp1251"),
    (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>{RUSSIAN}'
     f"</body></html>".encode("koi8-r"), None, "koi8-r"),
    (f"<html><body>{RUSSIAN}</body></html>".encode(), None, "utf-8"),
    (b"\xef\xbb\xbf" + f"<html><body>{RUSSIAN}</body></html>".encode(), "iso-8859-1", "utf-8-sig"),
])
def test_charset_from_bom_header_meta_or_content(data: bytes, declared: str | None, codec: str) -> None:
    text, used = decode_html(data, declared)
    assert used == codec
    assert RUSSIAN in text


def test_iso_8859_1_is_read_as_windows_1252_like_browsers_do() -> None:
    data = "<html><head><meta charset=iso-8859-1></head><body>l’élite</body></html>".encode("cp1252")
    text, used = decode_html(data)
    assert used == "cp1252" and "l’élite" in text


def test_undeclared_legacy_charset_is_guessed() -> None:
    data = f"<html><body><p>{RUSSIAN} {RUSSIAN} {RUSSIAN}</p></body></html>".encode("cp1251")
    text, _ = decode_html(data)
    assert RUSSIAN in text


def test_article_text_title_date_outlet_and_links() -> None:
    html = page(f"<article><h1>Troops story</h1>{PARAS[:-4]} as <a href='https://wire.example/a?utm_medium=x'>the wire"
                f"</a> reported.</p></article><section><h2>Related coverage</h2><ul>"
                f"<li><a href='/news/nato'>NATO calls dispatch an escalation</a></li>"
                f"<li><a href='https://other.example/g7#x'>G7 chiefs meet</a></li></ul></section>",
                head="<meta property='article:published_time' content='2024-10-18T09:00:00Z'>")
    doc = document_from_html(html, "https://daily.example/story", "https://daily.example/story", NOW).document
    assert doc is not None
    assert doc.title == "Troops story" and doc.outlet == "The Daily"
    assert doc.published_at == datetime(2024, 10, 18, tzinfo=timezone.utc)
    assert "about 1,500 special forces" in doc.text
    assert "Related coverage" not in doc.text and "[" not in doc.text  # plain prose, no markdown links
    assert [(r.anchor_text, r.url) for r in doc.related] == [
        ("NATO calls dispatch an escalation", "https://daily.example/news/nato"),
        ("G7 chiefs meet", "https://other.example/g7"),
        ("the wire", "https://wire.example/a"),
    ]


@pytest.mark.parametrize("section", [
    "<aside class='related-stories'><ul><li><a href='/a'>First related story</a></li>"
    "<li><a href='/b'>Second related story</a></li></ul></aside>",
    "<div><div><h3>See also</h3></div><ul><li><a href='/a'>First related story</a></li>"
    "<li><a href='/b'>Second related story</a></li></ul></div>",
    "<div><strong>More on this story:</strong> <a href='/a'>First related story</a> | "
    "<a href='/b'>Second related story</a></div>",
])
def test_related_coverage_lists_in_several_shapes(section: str) -> None:
    tree = trafilatura.load_html(page(f"<article>{PARAS}</article>{section}<p><a href='/c'>Not related</a></p>"))
    found = related_links(tree, "https://daily.example/story")
    assert [url for _, url in found] == ["https://daily.example/a", "https://daily.example/b"]


def test_a_read_more_link_label_is_not_a_related_heading() -> None:
    tree = trafilatura.load_html(page(f"<article>{PARAS}<a href='/full'><span>Read more</span></a>"
                                      f"<p><a href='/unrelated'>Sports</a></p></article>"))
    assert related_links(tree, "https://daily.example/story") == []


def test_links_can_never_point_at_local_files() -> None:
    html = page(f"<article><h1>Hostile</h1>{PARAS}</article><section><h2>Related</h2><ul>"
                "<li><a href='passwd'>Relative under a file base</a></li>"
                "<li><a href='file:///etc/passwd'>Absolute file</a></li>"
                "<li><a href='javascript:alert(1)'>Script</a></li>"
                "<li><a href='data:text/html,x'>Data</a></li>"
                "<li><a href='mailto:x@y.org'>Mail</a></li></ul></section>",
                head="<base href='file:///etc/'>")
    doc = document_from_html(html, "https://daily.example/story", "https://daily.example/story", NOW).document
    assert doc is not None
    assert all(r.url and r.url.startswith("https://") for r in doc.related)
    assert not any("passwd" in (r.url or "") for r in doc.related)


def test_a_page_without_article_text_is_an_error_row() -> None:
    html = "<html><head><title>App</title></head><body><div id='app'></div><script>go()</script></body></html>"
    result = document_from_html(html, "https://daily.example/app", "https://daily.example/app", NOW)
    assert result.document is None
    assert result.error.reason == "no_article_text" and result.error.stage == "extract"


def test_a_page_without_a_date_keeps_a_note_saying_so() -> None:
    doc = document_from_html(page(f"<article><h1>Undated</h1>{PARAS}</article>"), "https://d.example/x",
                             "https://d.example/x", NOW).document
    assert doc is not None and doc.published_at is None
    assert any("no publication date" in n for n in doc.notes)


def test_htmldate_finds_a_date_trafilatura_leaves_out() -> None:
    # The date is only in the URL fetched; trafilatura searches the declared canonical URL instead.
    html = page(f"<article><h1>Undated</h1>{PARAS}</article>", head="<link rel='canonical' href='https://d.example/story'>")
    url = "https://d.example/2024/10/21/story"
    assert trafilatura.bare_extraction(html, url=url, with_metadata=True).date is None
    doc = document_from_html(html, url, url, NOW).document
    assert doc is not None and doc.published_at == datetime(2024, 10, 21, tzinfo=timezone.utc)
    assert doc.url == "https://d.example/story"
    assert any("htmldate" in n for n in doc.notes)


def test_local_html_file_in_a_legacy_charset_is_read_by_its_meta_declaration(tmp_path) -> None:
    path = tmp_path / "story.html"
    body = "".join(f"<p>{RUSSIAN} Абзац {i}.</p>" for i in range(3))
    path.write_bytes(f"<html><head><meta charset='windows-1251'><title>Статья</title></head><body><article>"
                     f"<h1>Статья</h1>{body}</article></body></html>".encode("cp1251"))
    result = read_file(path, NOW)
    assert result.document is not None, result.error
    assert RUSSIAN in result.document.text
