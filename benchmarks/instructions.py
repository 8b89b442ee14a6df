"""Instructions a page for the readers and the bare lxml parse, counted by valgrind.

    .venv/bin/python benchmarks/instructions.py [--corpus ../shared/corpus]
        [--part html|text|lxml] [--passes 3]

Wall clock on a shared 2-core machine swings by 10% between runs; instruction counts do
not, so speed work is compared with them. Each figure runs this script twice under
``valgrind --tool=cachegrind`` (with ``OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0``): once
reading every page of the part once, once reading them once and then ``--passes`` times
more. The difference, divided by the pages read in the extra passes, is what a page costs
once the process is warm (imports, caches and the language model loaded), as the
benchmark's best-of-N timing sees it. ``html`` and ``lxml`` are ``readability/``'s 130
pages (the reader, and ``lxml.html.fromstring`` as the floor the issue measures against);
``text`` is ``textdumps/`` and ``seed/``. valgrind must be installed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


def pages(corpus: Path, part: str) -> list[bytes]:
    if part == "text":
        paths = sorted((corpus / "textdumps").glob("*/input.txt"))
        paths += sorted((corpus / "seed").glob("*.txt"))
    else:
        paths = sorted((corpus / "readability").glob("*/input.html"))
    return [path.read_bytes() for path in paths]


def reading(part: str) -> Callable[[bytes], object]:
    """What one page costs: the reader of ``part`` (its diagnostics logged, as the CLI
    and the benchmarks do) or the bare parse."""
    if part == "lxml":
        import lxml.html

        return lxml.html.fromstring

    from newsconv import registry
    from newsconv.diagnostics import log_diagnostic
    from newsconv.errors import NoArticleFound
    from newsconv.options import ReadOptions

    reader = registry.reader(part)
    options = ReadOptions()

    def read(data: bytes) -> object:
        try:
            return reader.read(data, options=options, source=None, report=log_diagnostic)
        except NoArticleFound:
            return None

    return read


def run_passes(corpus: Path, part: str, passes: int) -> None:
    """Read every page once, then ``passes`` more times (what valgrind counts)."""
    read, data = reading(part), pages(corpus, part)
    for _ in range(1 + passes):
        for page in data:
            read(page)


def counted(corpus: Path, part: str, passes: int) -> int:
    """The instructions of this script run under cachegrind with ``passes`` extra passes."""
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--corpus", str(corpus), "--part", part,
        "--passes", str(passes), "--run",
    ]  # fmt: skip
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = _TOTAL.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no total:\n{done.stderr[-2000:]}")
    return int(found[1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--part", choices=("html", "text", "lxml"), default="html")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:  # the child valgrind counts
        run_passes(args.corpus, args.part, args.passes)
        return
    size = len(pages(args.corpus, args.part))
    warm = counted(args.corpus, args.part, 0)
    more = counted(args.corpus, args.part, args.passes)
    per_page = (more - warm) / (args.passes * size)
    print(f"{args.part}: {per_page / 1e6:.2f}M instructions a page ({size} pages)")


if __name__ == "__main__":
    main()
