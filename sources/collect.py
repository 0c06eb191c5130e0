"""Turn the user's --source arguments into documents: folders, files and URLs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reconcile.model import Document, IngestError
from sources.local import iter_files, read_file


@dataclass
class Collected:
    documents: list[Document] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def collect(sources: list[str], fetched_at: datetime) -> Collected:
    """Every document the sources hold; each failure becomes an IngestError and the rest go on."""
    out = Collected()
    for source in sources:
        if is_url(source):
            from sources.web import fetch_document

            result = fetch_document(source, fetched_at=fetched_at)
            if result.document:
                out.documents.append(result.document)
            if result.error:
                out.errors.append(result.error)
            continue
        path = Path(source).expanduser()
        if not path.exists():
            out.errors.append(IngestError(source, "resolve", "not_found", "no such file or folder"))
            continue
        files = list(iter_files(path.resolve()))
        if path.is_dir() and not files:
            out.errors.append(IngestError(source, "resolve", "empty_folder", "no .md, .txt or .html files"))
        for file in files:
            result = read_file(file, fetched_at)
            if result.document:
                out.documents.append(result.document)
            if result.error:
                out.errors.append(result.error)
    return out
