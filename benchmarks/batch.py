"""Batch throughput and memory on archives built from the corpus pages.

Builds a zip and a WARC of N articles (the Readability corpus pages, repeated) for each
size, converts them with the real command (``newsconv ARCHIVE --to md -o DIR``) in a
fresh process per run, and prints articles per second, the speedup from 1 to 2
processes, and the peak memory of the whole process tree (parent and workers, sampled
from /proc). The baseline converts the same pages one by one in this process through
``newsconv.read`` and ``newsconv.write``.

    .venv/bin/python benchmarks/batch.py                      # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/batch.py --sizes 200 --jobs 1 2 --no-epub
    .venv/bin/python benchmarks/batch.py --sizes 10000 --jobs 2 --baseline 0
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsconv
from newsconv import registry

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "readability"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Run:
    label: str
    size: int
    jobs: int | str
    seconds: float
    cpu: float  # user + system seconds of every process involved: what the work cost
    peak_mib: float
    ok: int
    failed: int

    @property
    def rate(self) -> float:
        return self.size / self.seconds


def corpus_pages() -> list[tuple[str, bytes]]:
    pages = sorted(CORPUS.glob("*/input.html"))
    if not pages:
        sys.exit(f"no corpus pages under {CORPUS}")
    return [(page.parent.name, page.read_bytes()) for page in pages]


def repeated(pages: list[tuple[str, bytes]], size: int) -> Iterator[tuple[int, str, bytes]]:
    for index in range(size):
        name, data = pages[index % len(pages)]
        yield index, name, data


def build_zip(path: Path, pages: list[tuple[str, bytes]], size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for index, name, data in repeated(pages, size):
            archive.writestr(f"{index // 1000:02d}/{name}-{index}.html", data)
    return path


def build_warc(path: Path, pages: list[tuple[str, bytes]], size: int) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for index, name, data in repeated(pages, size):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            url = f"https://bench.example/{index // 1000}/{name}-{index}.html"
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers
            )
            writer.write_record(record)
    return path


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    total = 0
    for pid in family:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
        except (OSError, ValueError, IndexError):
            continue
    return total


def run_cli(label: str, size: int, jobs: int, args: list[str], report: Path) -> Run:
    """Run ``newsconv ARGS`` in a fresh process, sampling its tree's memory meanwhile."""
    command = [sys.executable, "-c", "from newsconv.cli import main; main()", *args]
    command += ["-j", str(jobs), "--quiet", "--report", str(report)]
    before = cpu_seconds(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    seconds = time.perf_counter() - started
    cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - before
    done.set()
    sampler.join()
    statuses = [json.loads(line)["status"] for line in report.read_text().splitlines()]
    failed = statuses.count("failed")
    return Run(label, size, jobs, seconds, cpu, peak / 2**20, len(statuses) - failed, failed)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def baseline(pages: list[tuple[str, bytes]], size: int, out: Path) -> Run:
    """The same pages converted one by one in this process: the per-article floor."""
    out.mkdir()
    before = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    ok = failed = 0
    for index, name, data in repeated(pages, size):
        try:
            doc = newsconv.read(data, format="html")
            newsconv.write(doc, out / f"{name}-{index}.md")
            ok += 1
        except newsconv.NewsconvError:
            failed += 1
    seconds = time.perf_counter() - started
    cpu = cpu_seconds(resource.RUSAGE_SELF) - before
    return Run("one by one, in-process", size, "-", seconds, cpu, 0.0, ok, failed)


def has_writer(name: str) -> bool:
    try:
        registry.writer(name)
    except (newsconv.NewsconvError, ImportError):  # not written yet: measure the rest
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-epub", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--baseline", type=int, default=None, help="articles one by one (default: smallest size)"
    )
    args = parser.parse_args()
    pages = corpus_pages()
    newsconv.read(pages[0][1], format="html")  # warm the imports before the baseline
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(dir=args.workdir) as temp:
        work = Path(temp)
        count = min(args.sizes) if args.baseline is None else args.baseline
        if count:
            runs.append(baseline(pages, count, work / "baseline"))
            print_run(runs[-1])
        for size in args.sizes:
            archive = build_zip(work / f"{size}.zip", pages, size)
            warc = build_warc(work / f"{size}.warc.gz", pages, size)
            for jobs in args.jobs:
                out = work / f"zip-{size}-{jobs}"
                md = [str(archive), "--to", "md", "-o", str(out)]
                runs.append(run_cli("zip → md", size, jobs, md, work / f"r{size}-{jobs}.jsonl"))
                print_run(runs[-1])
            most = max(args.jobs)
            md = [str(warc), "--to", "md", "-o", str(work / f"warc-{size}")]
            runs.append(run_cli("warc.gz → md", size, most, md, work / f"w{size}.jsonl"))
            print_run(runs[-1])
            if not args.no_epub and has_writer("epub"):
                book = [str(archive), "--to", "epub", "-o", str(work / f"{size}.epub")]
                runs.append(run_cli("zip → one epub", size, most, book, work / f"e{size}.jsonl"))
                print_run(runs[-1])
            for built in (archive, warc):
                built.unlink()
    print_summary(runs)


def print_run(run: Run) -> None:
    print(
        f"{run.label:<24} {run.size:>6} articles  jobs {run.jobs!s:>2}  {run.seconds:8.1f} s  "
        f"{run.rate:7.1f}/s  cpu {1000 * run.cpu / run.size:5.0f} ms/article  "
        f"peak {run.peak_mib:7.0f} MiB  ok {run.ok} failed {run.failed}  "
        f"(load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
        flush=True,
    )


def print_summary(runs: list[Run]) -> None:
    print("\nsummary")
    rates = {(r.label, r.size, r.jobs): r.rate for r in runs}
    for size in sorted({r.size for r in runs if r.label == "zip → md"}):
        one, two = rates.get(("zip → md", size, 1)), rates.get(("zip → md", size, 2))
        if one and two:
            print(f"  speedup 1 → 2 processes at {size} articles: {two / one:.2f}x")
    base = next((r for r in runs if r.label.startswith("one by one")), None)
    serial = next((r for r in runs if r.label == "zip → md" and r.jobs == 1), None)
    if base and serial:
        wall = (serial.seconds / serial.size) / (base.seconds / base.size)
        cpu = (serial.cpu / serial.size) / (base.cpu / base.size)
        print(f"  per-article cost, batch --jobs 1 / one by one: {wall:.2f}x wall, {cpu:.2f}x cpu")
    for label in ("zip → md", "warc.gz → md", "zip → one epub"):
        mine = [r for r in runs if r.label == label]
        most = max((r.jobs for r in mine if isinstance(r.jobs, int)), default=0)
        peaks = sorted((r.size, r.peak_mib) for r in mine if r.jobs == most)
        if peaks:
            shown = ", ".join(f"{mib:.0f} MiB at {size}" for size, mib in peaks)
            print(f"  peak memory, {label}, {most} processes: {shown}")


if __name__ == "__main__":
    main()
