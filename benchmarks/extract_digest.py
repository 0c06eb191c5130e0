"""A digest of every claim extraction gives on the bundled corpus and on synthetic articles.

    python benchmarks/extract_digest.py [--synthetic 1000]

Prints one SHA-256 per part (bundled corpus, synthetic articles 0..N-1) and one over both.
Each claim's full field tuple is hashed in order, so a change to any field of any claim,
to the order of claims or to their number changes the digest: a speed change to
extraction must leave it as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import article  # noqa: E402
from reconcile.claims import extract_claims  # noqa: E402
from reconcile.entities import load_aliases  # noqa: E402
from reconcile.model import Claim, Document  # noqa: E402
from sources.collect import read_local  # noqa: E402

_FIELDS = [f.name for f in fields(Claim)]


def corpus_documents(folder: Path) -> list[Document]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    collected = read_local(files, datetime(2024, 11, 1, tzinfo=timezone.utc), workers=1)
    assert not collected.errors, collected.errors
    return sorted(collected.documents, key=lambda d: d.uri)


def digest(documents, aliases) -> tuple[str, int, int]:
    h = hashlib.sha256()
    docs = claims = 0
    for doc in documents:
        docs += 1
        h.update(f"doc {doc.uri}\n".encode())
        for c in extract_claims(doc, aliases):
            claims += 1
            h.update(repr(tuple(getattr(c, name) for name in _FIELDS)).encode())
            h.update(b"\n")
    return h.hexdigest(), docs, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, action="append", metavar="DIR",
                        help="a folder of documents; repeatable [default: sources/corpus]. Document ids hash the "
                             "path, so compare two versions of the code on the same folder.")
    args = parser.parse_args()
    aliases = load_aliases()
    total = hashlib.sha256()
    folders = args.corpus or [Path(__file__).resolve().parents[1] / "sources" / "corpus"]
    parts = [(folder.name, corpus_documents(folder.resolve())) for folder in folders]
    for name, docs in (*parts, ("synthetic", (article(i) for i in range(args.synthetic)))):
        d, n_docs, n_claims = digest(docs, aliases)
        total.update(d.encode())
        print(f"{name:<10} docs {n_docs:>5} claims {n_claims:>6} sha256 {d}")
    print(f"{'all':<10} sha256 {total.hexdigest()}")


if __name__ == "__main__":
    main()
