"""Metadata figures over the corpus: title match, date found, language and authors.

    .venv/bin/python benchmarks/metadata.py [--corpus ../shared/corpus] [--baselines] [-v]

Scores newsconv's HTML metadata reader over ``readability/`` and ``multilingual/`` the way
the corpus README says: titles by whitespace-normalised equality
(:func:`newsconv.evaluate.same_title`), dates by their first 10 characters, where the
reference has one. ``--baselines`` scores trafilatura's and readability-lxml's metadata on
the same pages (the ``bench`` extra); ``-v`` prints every miss.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

from newsconv.evaluate import same_title
from newsconv.readers.html.decode import decode_html
from newsconv.readers.html.metadata import read_metadata


@dataclass(frozen=True, slots=True)
class Found:
    title: str | None
    published: str | None  # ISO 8601, at least the date
    lang: str | None = None
    authors: tuple[str, ...] = ()


@dataclass
class Tally:
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    langs: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    seconds: float = 0.0

    def row(self, name: str) -> str:
        def rate(values: list[bool]) -> str:
            return f"{sum(values) / len(values):.3f} /{len(values)}" if values else "   -"

        return (
            f"{name:<12} title {rate(self.titles):<12} date {rate(self.dates):<12} "
            f"lang {rate(self.langs):<12} author {rate(self.authors):<12} "
            f"{self.seconds * 1000 / max(len(self.titles), 1):.1f} ms/page"
        )


def newsconv_meta(data: bytes, url: str | None) -> Found:
    root = lxml.html.document_fromstring(decode_html(data))
    meta = read_metadata(root, url=url)
    return Found(
        meta.title,
        meta.published.isoformat() if meta.published else None,
        meta.lang,
        tuple(person.name for person in meta.authors),
    )


def trafilatura_meta(data: bytes, url: str | None) -> Found:
    from trafilatura import extract_metadata

    found = extract_metadata(data.decode("utf-8", errors="replace"), default_url=url)
    if found is None:
        return Found(None, None)
    authors = tuple(a.strip() for a in (found.author or "").split(";") if a.strip())
    return Found(found.title, found.date, found.language, authors)


def readability_meta(data: bytes, url: str | None) -> Found:
    from readability import Document

    doc = Document(data.decode("utf-8", errors="replace"), url=url)
    return Found(doc.short_title(), None)


SYSTEMS: dict[str, Callable[[bytes, str | None], Found]] = {
    "newsconv": newsconv_meta,
    "trafilatura": trafilatura_meta,
    "readability": readability_meta,
}


def score(system: str, corpus: Path, part: str, verbose: bool) -> Tally:
    extract = SYSTEMS[system]
    tally = Tally()
    cases = sorted(p for p in (corpus / part).iterdir() if p.is_dir())
    extract((cases[0] / "input.html").read_bytes(), None)  # load models before timing
    for case in cases:
        want = json.loads((case / "expected.json").read_text("utf-8"))
        data = (case / "input.html").read_bytes()
        start = time.perf_counter()
        got = extract(data, want.get("url"))
        tally.seconds += time.perf_counter() - start
        checks = {
            "title": (
                tally.titles,
                want["title"] is not None,
                same_title(got.title, want["title"]),
            ),
            "date": (
                tally.dates,
                bool(want.get("published")),
                (got.published or "")[:10] == (want.get("published") or "")[:10],
            ),
            "lang": (tally.langs, bool(want.get("lang")), _same_lang(got.lang, want.get("lang"))),
            "author": (tally.authors, bool(want.get("authors")), _authors_ok(got, want)),
        }
        for name, (values, applies, ok) in checks.items():
            if applies:
                values.append(ok)
                if verbose and not ok:
                    print(
                        f"  {system} {part}/{case.name} {name}: got {getattr(got, _FIELD[name])!r}"
                        f" want {want.get(_FIELD[name])!r}"
                    )
    return tally


_FIELD = {"title": "title", "date": "published", "lang": "lang", "author": "authors"}


def _same_lang(got: str | None, want: str | None) -> bool:
    return bool(got and want) and got.split("-")[0].lower() == want.split("-")[0].lower()


def _authors_ok(got: Found, want: dict[str, object]) -> bool:
    """Every expected name appears among ours (the corpus keeps bylines as one string)."""
    expected = " ".join(" ".join(map(str, want.get("authors") or [])).split()).casefold()
    return bool(got.authors) and all(name.casefold() in expected for name in got.authors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).parent.parent.parent / "shared" / "corpus"
    )
    parser.add_argument("--baselines", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    systems = list(SYSTEMS) if args.baselines else ["newsconv"]
    for part in ("readability", "multilingual"):
        print(f"{part}:")
        for system in systems:
            print("  " + score(system, args.corpus, part, args.verbose).row(system))


if __name__ == "__main__":
    main()
