"""Body extraction figures over the shared corpus, newsconv against its baselines.

    .venv/bin/python benchmarks/extraction.py [--corpus ../shared/corpus]
        [--part html|multilingual|text] [--no-baselines] [--repeat N] [-v]

``html``: the HTML reader over ``readability/`` (130 saved pages), with trafilatura and
readability-lxml (the ``bench`` extra) run on the same pages in the same process, and a
bare ``lxml.html.fromstring`` of each page as the speed floor. ``multilingual``: the same
over ``multilingual/``. ``text``: the text reader over ``textdumps/`` and ``seed/``.
Scoring is :mod:`newsconv.evaluate` (token F1, whitespace-normalised title), dates by their
first 10 characters. The text part adds "headline match" (``evaluate.same_headline``): a
page copied as text shows its headline, not the ``<title>`` that many references are (the
headline with the site's name after it). Systems take turns page by page and each page
counts its best of ``--repeat`` runs, so a busy machine skews them alike. Prints Markdown
tables; ``-v`` adds every page under 0.9 F1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from newsconv import registry
from newsconv.diagnostics import log_diagnostic
from newsconv.errors import NoArticleFound
from newsconv.evaluate import same_headline, same_title, token_f1
from newsconv.options import ReadOptions
from newsconv.tree import plain_text

PROJECT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    data: bytes
    body: str
    title: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Result:
    body: str
    title: str | None = None
    published: str | None = None


System = Callable[[bytes], Result]


def html_cases(folder: Path) -> Iterator[Case]:
    for case in sorted(p for p in folder.iterdir() if p.is_dir()):
        expected = json.loads((case / "expected.json").read_text("utf-8"))
        yield Case(
            case.name,
            (case / "input.html").read_bytes(),
            expected["body_text"],
            expected["title"],
            expected["published"],
        )


def text_cases(corpus: Path) -> Iterator[Case]:
    for case in sorted(p for p in (corpus / "textdumps").iterdir() if p.is_dir()):
        expected = json.loads((case / "expected.json").read_text("utf-8"))
        yield Case(
            f"textdumps/{case.name}",
            (case / "input.txt").read_bytes(),
            expected["body_text"],
            expected["title"],
            expected["published"],
        )
    seed = corpus / "seed"
    if (seed / "expected.json").is_file():
        expected = json.loads((seed / "expected.json").read_text("utf-8"))
        meta = expected["metadata"]
        yield Case(
            "seed",
            (seed / expected["input"]).read_bytes(),
            "\n\n".join(expected["body_paragraphs"]),
            meta.get("title"),
            meta.get("published"),
        )


# --- systems ---------------------------------------------------------------------------


def newsconv_system(format: str) -> System:
    reader = registry.reader(format)

    def run(data: bytes) -> Result:
        try:
            # The API's default reporter, as a user gets it: info notes unbuilt.
            doc = reader.read(data, options=ReadOptions(), source=None, report=log_diagnostic)
        except NoArticleFound:
            return Result("")
        published = doc.metadata.published
        return Result(
            plain_text(doc), doc.metadata.title, published.isoformat() if published else None
        )

    return run


def trafilatura_system(data: bytes) -> Result:
    import trafilatura

    found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    if found is None:
        return Result("")
    return Result(found.text or "", found.title, found.date)


def readability_system(data: bytes) -> Result:
    from readability import Document

    page = Document(data)
    return Result(_html_text(page.summary(html_partial=True)), page.short_title())


def _html_text(html: str) -> str:
    """Text of an HTML fragment with block boundaries kept as line breaks."""
    root = lxml.html.fromstring(html)
    for element in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br"):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def passthrough(data: bytes) -> Result:
    """The whole input as the body: the score a text reader that does nothing gets."""
    return Result(data.decode("utf-8", errors="replace"))


def lxml_floor(data: bytes) -> Result:
    lxml.html.fromstring(data)
    return Result("")


# --- scoring ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    system: str
    precision: float
    recall: float
    f1: float
    titles: str
    dates: str
    seconds: float
    per_page: dict[str, float]
    headlines: str | None = None  # the text part's looser title figure

    def markdown(self, pages: int) -> str:
        rate = pages / self.seconds if self.seconds else float("inf")
        titles = self.titles if self.headlines is None else f"{self.titles} | {self.headlines}"
        quality = (
            f"{self.precision:.3f} | {self.recall:.3f} | **{self.f1:.3f}** | {titles} "
            f"| {self.dates}"
            if self.per_page
            else "- | - | - | - | -"
        )
        return f"| {self.system} | {quality} | {rate:.0f} | {self.seconds * 1000 / pages:.1f} |"


def timed_runs(
    systems: list[tuple[str, System]], cases: list[Case], repeat: int
) -> dict[str, tuple[dict[str, Result], float]]:
    """Each system's results and seconds over ``cases``.

    Systems take turns page by page, so a machine that gets busier or quieter during the
    run slows them all alike; each page counts its best time of ``repeat`` runs.
    """
    results: dict[str, dict[str, Result]] = {name: {} for name, _ in systems}
    best: dict[str, dict[str, float]] = {name: {} for name, _ in systems}
    for _ in range(repeat):
        for case in cases:
            for name, system in systems:
                start = time.perf_counter()
                results[name][case.name] = system(case.data)
                elapsed = time.perf_counter() - start
                best[name][case.name] = min(elapsed, best[name].get(case.name, elapsed))
    return {name: (results[name], sum(best[name].values())) for name, _ in systems}


def score(
    name: str,
    results: dict[str, Result],
    seconds: float,
    cases: list[Case],
    *,
    scored: bool,
    headlines: bool = False,
) -> Row:
    if not scored:
        return Row(name, 0.0, 0.0, 0.0, "-", "-", seconds, {})
    scores = {c.name: token_f1(results[c.name].body, c.body) for c in cases}
    titled = [c for c in cases if c.title is not None]
    dated = [c for c in cases if c.published]
    title_hits = sum(same_title(results[c.name].title, c.title) for c in titled)
    headline_hits = sum(same_headline(results[c.name].title, c.title) for c in titled)
    date_hits = sum(
        (results[c.name].published or "")[:10] == (c.published or "")[:10] for c in dated
    )
    return Row(
        name,
        statistics.mean(s.precision for s in scores.values()),
        statistics.mean(s.recall for s in scores.values()),
        statistics.mean(s.f1 for s in scores.values()),
        _share(title_hits, len(titled)),
        _share(date_hits, len(dated)),
        seconds,
        {name: score.f1 for name, score in scores.items()},
        _share(headline_hits, len(titled)) if headlines else None,
    )


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def table(title: str, rows: list[Row], pages: int) -> str:
    headlines = any(row.headlines is not None for row in rows)
    titles = "title match | headline match" if headlines else "title match"
    lines = [
        f"### {title} ({pages} pages)",
        "",
        f"| system | P | R | F1 | {titles} | date match | pages/s | ms/page |",
        "| --- " * (8 + headlines) + "|",
        *(row.markdown(pages) for row in rows),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--part", choices=("html", "multilingual", "text"), action="append")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="best of N timed runs")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for part in args.part or ["html", "multilingual", "text"]:
        rows, cases = run_part(
            part, args.corpus, baselines=not args.no_baselines, repeat=args.repeat
        )
        print(table(_TITLES[part], rows, len(cases)))
        print()
        if args.verbose:
            for row in rows:
                low = {n: f for n, f in row.per_page.items() if f < 0.9}
                for name, f1 in sorted(low.items(), key=lambda item: item[1]):
                    print(f"    {row.system:<18} {f1:.3f}  {name}")
            print()


_TITLES = {
    "html": "HTML reader, corpus/readability",
    "multilingual": "HTML reader, corpus/multilingual",
    "text": "Text reader, corpus/textdumps + seed",
}


def run_part(
    part: str, corpus: Path, *, baselines: bool, repeat: int
) -> tuple[list[Row], list[Case]]:
    systems: list[tuple[str, System]]
    if part == "text":
        cases = list(text_cases(corpus))
        systems = [("newsconv (text)", newsconv_system("text")), ("whole input", passthrough)]
    else:
        cases = list(html_cases(corpus / ("readability" if part == "html" else "multilingual")))
        systems = [("newsconv", newsconv_system("html"))]
        if baselines:
            systems += [
                ("trafilatura", trafilatura_system),
                ("readability-lxml", readability_system),
            ]
        systems.append(("lxml parse (floor)", lxml_floor))
    runs = timed_runs(systems, cases, repeat)
    rows = [
        score(name, *runs[name], cases, scored=system is not lxml_floor, headlines=part == "text")
        for name, system in systems
    ]
    return rows, cases


if __name__ == "__main__":
    main()
