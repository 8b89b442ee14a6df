"""The text reader on text other tools make of the corpus pages: lynx, w3m, pandoc, html2text.

    .venv/bin/python -m benchmarks.tool_text [--corpus ../shared/corpus]
        [--tools lynx,w3m,pandoc,html2text] [--repeat N] [-v]

A browser's copy (``textdumps/``, ``benchmarks/heldout_text.py``) is one way a page becomes
text; scripts more often run ``lynx -dump`` or ``w3m -dump`` or ``pandoc -t plain``, and
pipelines keep pages as Markdown (html2text). Each tool here makes its text of every
``readability/`` and ``multilingual/`` page with an expected body, and the text reader is
scored on it as on a browser's copy (``heldout_text.run_group``: mean body P/R/F1, title and
headline match, pages/s), beside the whole text taken as the body. Tools that are not
installed are skipped. The texts are made afresh each run (some seconds a tool), so the
figures follow the tools' own versions: docs/extraction.md names the ones it was measured
with. ``-v`` lists every page under 0.8 F1 and every headline miss.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.extraction import PROJECT, Case, table
from benchmarks.heldout_text import low_pages, run_group

#: How each tool makes its text of a page's file: the settings docs/extraction.md quotes.
COMMANDS = {
    "lynx": ["lynx", "-dump", "-force_html", "-width=80", "-display_charset=utf-8"],
    "w3m": ["w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8"],
    "pandoc": ["pandoc", "-f", "html", "-t", "plain", "--columns=72"],
}
TIMEOUT = 60


def command_text(command: list[str]) -> Callable[[Path], str]:
    def made(page: Path) -> str:
        done = subprocess.run([*command, str(page)], capture_output=True, timeout=TIMEOUT)
        return done.stdout.decode("utf-8", errors="replace")

    return made


def html2text_text(page: Path) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 78
    raw = page.read_bytes()
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        html = raw.decode("latin-1")
    return str(converter.handle(html))


def available_tools(wanted: list[str]) -> dict[str, Callable[[Path], str]]:
    """The tools of ``wanted`` this machine has, each with what makes its text."""
    tools: dict[str, Callable[[Path], str]] = {}
    for name in wanted:
        if name in COMMANDS and shutil.which(COMMANDS[name][0]):
            tools[name] = command_text(COMMANDS[name])
        elif name == "html2text" and importlib.util.find_spec("html2text"):
            tools[name] = html2text_text
    return tools


def corpus_pages(corpus: Path) -> Iterator[tuple[str, Path, dict[str, object]]]:
    """(name, page file, expected) of each HTML page with an expected body."""
    for part in ("readability", "multilingual"):
        for case in sorted(p for p in (corpus / part).iterdir() if p.is_dir()):
            expected = json.loads((case / "expected.json").read_text("utf-8"))
            if str(expected["body_text"]).strip():
                yield f"{part}/{case.name}", case / "input.html", expected


def tool_cases(corpus: Path, made: Callable[[Path], str]) -> list[Case]:
    return [
        Case(
            name,
            made(page).encode("utf-8"),
            str(expected["body_text"]),
            expected["title"] if isinstance(expected["title"], str) else None,
            expected["published"] if isinstance(expected["published"], str) else None,
        )
        for name, page, expected in corpus_pages(corpus)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--tools", default="lynx,w3m,pandoc,html2text")
    parser.add_argument("--repeat", type=int, default=1, help="best of N timed runs")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    wanted = args.tools.split(",")
    tools = available_tools(wanted)
    for name, made in tools.items():
        cases = tool_cases(args.corpus, made)
        rows, results = run_group(cases, args.repeat)
        print(table(f"Text reader, text made by {name}", rows, len(cases)))
        if args.verbose:
            print("\n".join(low_pages(cases, results, rows[1])))
        print()
    if missing := [name for name in wanted if name not in tools]:
        print(f"Not installed, skipped: {', '.join(missing)}")


if __name__ == "__main__":
    main()
