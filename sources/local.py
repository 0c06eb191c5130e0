"""Local files as documents: Markdown/text with optional YAML front matter, and HTML.

The format is the contract's (ARCHITECTURE.md, "Local document format"). A file that
cannot be read becomes an :class:`IngestError` with a reason, never an exception that
stops the other files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

import yaml

from reconcile.model import Document, IngestError, RelatedRef

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is not an article
MAX_TITLE_CHARS = 300

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
_RELATED_HEADER = re.compile(
    r"^\s*(?:#+\s*)?(?:related coverage|related stories|related articles|related|see also|read more|"
    r"more coverage|more on this story)\s*:?\s*$",
    re.I | re.M,
)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]{1,300})\]\((?P<url>[^)\s]{1,2000})\)")


@dataclass(frozen=True, slots=True)
class ReadResult:
    document: Document | None
    error: IngestError | None


def iter_files(root: Path) -> Iterator[Path]:
    """Document files under *root* (a file or a folder), sorted, hidden files skipped."""
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in SUFFIXES and not any(p.startswith(".") for p in path.parts):
            yield path


def parse_published(value: object) -> datetime | None:
    """A front-matter date (YAML date, datetime or ISO string) as a UTC datetime; None if unreadable."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=timezone.utc)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return None


_FM_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s?(?P<value>.*)$")


def _lenient_front_matter(block: str) -> dict[str, object]:
    """`key: rest of line`, for front matter that is not strict YAML.

    The contract's own example has an unquoted title with ": " in it ("...Ukraine war:
    report"), which YAML rejects. Each line is then read as a key and the rest of the line;
    a trailing `# comment` after whitespace is dropped, and quotes around a value are removed.
    """
    meta: dict[str, object] = {}
    for line in block.splitlines():
        m = _FM_LINE.match(line.strip())
        if not m:
            continue
        value = re.sub(r"\s+#.*$", "", m.group("value")).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[m.group("key").lower()] = value or None
    return meta


def split_front_matter(raw: str) -> tuple[dict[str, object], str, list[str]]:
    """(metadata, body, notes). Front matter that YAML rejects is read line by line instead."""
    m = _FRONT_MATTER.match(raw)
    if not m:
        return {}, raw.lstrip("\ufeff"), []
    body = raw[m.end() :]
    block = m.group(1) or ""
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError:
        meta = _lenient_front_matter(block)
        if not meta:
            return {}, body, ["front matter is neither YAML nor `key: value` lines; ignored"]
        return meta, body, ["front matter is not strict YAML; read as `key: value` lines"]
    if not isinstance(meta, dict):
        return {}, body, ["front matter is not a mapping; ignored"]
    return {str(k).lower(): v for k, v in meta.items()}, body, []


def related_refs(body: str) -> tuple[RelatedRef, ...]:
    """Headlines (and links) listed under a 'Related coverage' style header."""
    m = _RELATED_HEADER.search(body)
    if not m:
        return ()
    refs = []
    for line in body[m.end() :].splitlines():
        line = line.strip()
        if not line:
            if refs:
                break
            continue
        if _RELATED_HEADER.match(line):
            continue
        link = _MD_LINK.search(line)
        if link:
            refs.append(RelatedRef(link.group("text").strip(), link.group("url")))
        else:
            text = re.sub(r"^[-*•\d.)\s]+", "", line).strip()
            if 8 <= len(text) <= 300:
                refs.append(RelatedRef(text))
    return tuple(refs)


def _text_field(meta: dict[str, object], key: str, notes: list[str]) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value).strip()[:MAX_TITLE_CHARS] or None
    notes.append(f"front matter `{key}` is a {type(value).__name__}, not text; ignored")
    return None


def read_text_document(path: Path, raw: str, fetched_at: datetime) -> Document:
    meta, body, notes = split_front_matter(raw)
    title = _text_field(meta, "title", notes)
    if not title:
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        title = first[:MAX_TITLE_CHARS]
    published = None
    if "published" in meta:
        published = parse_published(meta["published"])
        if published is None:
            notes.append(f"front matter `published` ({str(meta['published'])[:40]!r}) is not a date; "
                         "relative dates stay unresolved")
    return Document(
        uri=str(path),
        text=body,
        title=title,
        outlet=_text_field(meta, "outlet", notes),
        published_at=published,
        url=_text_field(meta, "url", notes),
        fetched_at=fetched_at,
        source_kind="file",
        related=related_refs(body),
        notes=tuple(notes),
    )


def decode(data: bytes, name: str) -> tuple[str | None, IngestError | None]:
    """Bytes → text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, IngestError(name, "read", "bad_utf16", str(exc))
    if b"\x00" in data[:4096]:
        return None, IngestError(name, "read", "binary", "the file holds NUL bytes: not a text document")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, IngestError(name, "read", "not_utf8", f"not valid UTF-8 at byte {exc.start}")


def read_file(path: Path, fetched_at: datetime) -> ReadResult:
    """One file as a document, or the reason it is not one."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return ReadResult(None, IngestError(name, "read", "too_large",
                                                f"{size:,} bytes; the limit is {MAX_FILE_BYTES:,}"))
        data = path.read_bytes()
    except OSError as exc:
        return ReadResult(None, IngestError(name, "read", "unreadable", f"{type(exc).__name__}: {exc}"))
    if path.suffix.lower() in (".html", ".htm"):
        # HTML declares its own charset (<meta charset>), as a web page does.
        from sources.html import decode_html, document_from_html

        if not data.strip():
            return ReadResult(None, IngestError(name, "read", "empty", "the file holds no text"))
        return document_from_html(decode_html(data)[0], uri=name, url=None, fetched_at=fetched_at)
    raw, error = decode(data, name)
    if error or raw is None:
        return ReadResult(None, error)
    if not raw.strip():
        return ReadResult(None, IngestError(name, "read", "empty", "the file holds no text"))
    doc = read_text_document(path, raw, fetched_at)
    if not doc.text.strip():
        return ReadResult(None, IngestError(name, "read", "empty", "front matter but no body"))
    return ReadResult(doc, None)
