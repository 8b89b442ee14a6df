"""Publish articles: each to Markdown, JSON, HTML and PDF, then all of them in one EPUB.

    python examples/publish.py out/                 # the example articles beside this script
    python examples/publish.py out/ a.html b.txt    # your own articles

A failure on one article is reported on one line and the others go on; the exit status is 1
when any article failed, so the script can run unattended (cron, CI).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import newsconv

EXAMPLES = Path(__file__).resolve().parent
FORMATS = ("md", "json", "html", "pdf")
ARTICLE_SUFFIXES = (".html", ".txt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Publish articles in every format.")
    parser.add_argument("out", type=Path, help="folder for the results (made if missing)")
    parser.add_argument("articles", type=Path, nargs="*", help="default: the examples")
    args = parser.parse_args(argv)
    articles = args.articles or sorted(
        path for path in EXAMPLES.iterdir() if path.suffix in ARTICLE_SUFFIXES
    )
    args.out.mkdir(parents=True, exist_ok=True)

    docs: list[newsconv.Document] = []
    for path in articles:
        try:
            # The reader is chosen by the suffix (.html, .txt), else by sniffing the bytes.
            doc = newsconv.read(path)
            for fmt in FORMATS:
                # The writer is chosen by the target's suffix; each file is written
                # atomically, so a failure never leaves half a file behind.
                newsconv.write(doc, args.out / f"{path.stem}.{fmt}")
        except newsconv.NewsconvError as err:
            # Every error a user can cause is a NewsconvError; anything else is a bug
            # and keeps its traceback.
            print(f"failed: {err.at(str(path))}", file=sys.stderr)
            continue
        docs.append(doc)
        print(f"{path.name}: {doc.metadata.title or '(untitled)'}")

    if docs:
        # One book of every article that was read: a chapter each, with a contents page.
        book = newsconv.BookInfo(title="newsconv examples", author="The newsconv developers")
        try:
            newsconv.write_book(docs, args.out / "examples.epub", book=book)
        except newsconv.NewsconvError as err:
            print(f"failed: {err}", file=sys.stderr)
            return 1
    return 0 if len(docs) == len(articles) else 1


if __name__ == "__main__":
    sys.exit(main())
