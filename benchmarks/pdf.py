"""Seconds per article for a PDF: the whole ``newsconv ... --to pdf`` process against Chromium.

    .venv/bin/python benchmarks/pdf.py [--corpus ../shared/corpus] [--pages N] [--no-chromium]

For each saved news page (the corpus' text-dump pages, real articles in 15 languages, first
``--pages`` of them), both tools run as a new process, one after the other, on the same
``input.html``: ``newsconv input.html --to pdf -o out.pdf`` and Debian's headless Chromium
with ``--print-to-pdf`` (the page as a browser prints it; network blocked by resolving no
host, as newsconv does not fetch either). Wall-clock seconds, CPU seconds (user and system,
with every child process the tool waited for: Chromium's renderers) and peak resident memory
of the main process (``ru_maxrss``), all from ``wait4``, are taken per run; the table gives
medians, and the ratios newsconv/Chromium; on a busy machine trust the CPU column. Pages and
bookmarks come from pypdf. A last row gives newsconv's per-article cost in one batch process
over all the pages (``newsconv PAGES... --to pdf -o DIR --jobs 1``), imports paid once.

A run that takes over a minute is stopped and its page left out for both tools (with
scripts on, Chromium never finishes printing ``la-nacion``). newsconv's modules are
byte-compiled first, as ``pip install`` does: in an editable install
under ``PYTHONDONTWRITEBYTECODE`` every run would otherwise compile them again (0.1 s).
"""

from __future__ import annotations

import argparse
import compileall
import io
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

PROJECT = Path(__file__).resolve().parent.parent
NEWSCONV = PROJECT / ".venv" / "bin" / "newsconv"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--no-pdf-header-footer",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
#: Seconds after which a run is stopped and its page left out of both tools' figures.
TIMEOUT = 60


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    cpu: float
    peak_mib: float
    pages: int
    bookmarks: int


def run(command: list[str], output: Path) -> Run | None:
    """Run ``command`` as a new process; its time, peak memory and what its PDF holds, or
    ``None`` when it ran past :data:`TIMEOUT` (Chromium runs some pages' scripts forever)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    watchdog = threading.Timer(TIMEOUT, os.killpg, (process.pid, signal.SIGKILL))
    watchdog.start()
    _, status, usage = os.wait4(process.pid, 0)
    watchdog.cancel()
    seconds = time.perf_counter() - start
    if seconds >= TIMEOUT:
        return None
    if os.waitstatus_to_exitcode(status) != 0 or not output.exists():
        raise SystemExit(f"failed: {' '.join(command)}")
    reader = PdfReader(io.BytesIO(output.read_bytes()))
    return Run(
        seconds,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,
        len(reader.pages),
        len(reader.outline),
    )


def pages(corpus: Path, count: int) -> list[Path]:
    names = sorted(p.name for p in (corpus / "textdumps").iterdir() if p.is_dir())
    return [corpus / "readability" / name / "input.html" for name in names[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--no-chromium", action="store_true")
    args = parser.parse_args()
    chromium = None if args.no_chromium else shutil.which("chromium")
    compileall.compile_dir(PROJECT / "src" / "newsconv", quiet=1)

    results: dict[str, list[Run]] = {"newsconv": [], "chromium": []}
    print("| page | newsconv s (CPU) | chromium s (CPU) | newsconv pages | chromium pages |")
    print("| --- | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="newsconv-bench-") as temp:
        for page in pages(args.corpus, args.pages):
            ours = Path(temp) / "newsconv.pdf"
            mine = run([str(NEWSCONV), str(page), "--to", "pdf", "-o", str(ours), "-q"], ours)
            other = None
            if chromium:
                theirs = Path(temp) / "chromium.pdf"
                command = [chromium, *CHROMIUM_FLAGS, f"--print-to-pdf={theirs}", page.as_uri()]
                other = run(command, theirs)
            for leftover in Path(temp).glob("*.pdf"):
                leftover.unlink()
            if mine is None or (chromium and other is None):
                print(f"| {page.parent.name} | left out: a run took over {TIMEOUT} s | | | |")
                continue
            results["newsconv"].append(mine)
            line = f"| {page.parent.name} | {mine.seconds:.2f} ({mine.cpu:.2f}) | "
            if other is not None:
                results["chromium"].append(other)
                line += f"{other.seconds:.2f} ({other.cpu:.2f}) | {mine.pages} | {other.pages} |"
            else:
                line += f"- | {mine.pages} | - |"
            print(line, flush=True)

    print("\n| tool | median s/article | median CPU s | median peak MiB | pages | with bookmarks |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for tool, runs in results.items():
        if runs:
            marked = sum(r.bookmarks > 0 for r in runs)
            print(
                f"| {tool} | {statistics.median(r.seconds for r in runs):.2f} "
                f"| {statistics.median(r.cpu for r in runs):.2f} "
                f"| {statistics.median(r.peak_mib for r in runs):.0f} "
                f"| {statistics.median(r.pages for r in runs):.0f} | {marked}/{len(runs)} |"
            )
    with tempfile.TemporaryDirectory(prefix="newsconv-bench-") as temp:
        inputs = [str(page) for page in pages(args.corpus, args.pages)]
        command = [str(NEWSCONV), *inputs, "--to", "pdf", "-o", temp, "--jobs", "1", "-q"]
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        wall, count = time.perf_counter() - start, len(list(Path(temp).glob("*.pdf")))
        cpu = (usage.ru_utime + usage.ru_stime) / count
        print(f"| newsconv, one batch process | {wall / count:.2f} | {cpu:.2f} | - | - | - |")
    if results["chromium"]:
        for label, measure in (("time", "seconds"), ("CPU", "cpu")):
            ours, theirs = (
                statistics.median(getattr(r, measure) for r in results[tool])
                for tool in ("newsconv", "chromium")
            )
            print(f"newsconv / chromium median {label}: {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
