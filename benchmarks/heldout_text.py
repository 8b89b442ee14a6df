"""Held-out figures for the text reader: saved pages it was never tuned on, copied as text.

    .venv/bin/python -m benchmarks.heldout_text [--corpus ../shared/corpus]
        [--cache DIR] [--refresh] [--chromium chromium] [--repeat N] [-v] [--check]

The text reader is tuned on ``textdumps/``, 40 of the ``readability/`` pages copied as
text. This makes the same copy of every other ``readability/`` page and of the
``multilingual/`` pages, the way the corpus README says ``textdumps/`` was made: Debian's
chromium, headless, JavaScript off, all network blocked (host resolver, dead proxy and
DevTools URL blocking; any network response is an error), the page opened from a local
file read as UTF-8, ``script``/``noscript``/``template`` removed, then
``document.body.innerText``. Made this way, all 40 textdumps come out byte for byte
(``--check`` remakes them and says which differ).
Chromium is driven over ``--remote-debugging-pipe``, so no websocket package is needed.

Pages whose expected body is empty are skipped, and so are pages that render nothing with
scripts off (the README's reason for leaving ``engadget`` and ``seattletimes-1`` out).
Dumps are cached in ``--cache`` (outside the project and the corpus). Scoring is
``benchmarks/extraction.py``'s, imported: mean body P/R/F1, exact title and headline
match, pages/s, beside the whole input taken as the body. ``-v`` lists every page under
0.8 F1 with its P and R, and every headline miss.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.extraction import (
    PROJECT,
    Case,
    Result,
    Row,
    System,
    newsconv_system,
    passthrough,
    score,
    table,
    timed_runs,
)

from newsconv.evaluate import same_headline, token_f1

FIXTURE_BYTES = 4096  # the README's synthetic fixtures are all under 4 KB
LOW_F1 = 0.8
BLOCKED_URLS = ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--remote-debugging-pipe",
    "--blink-settings=scriptEnabled=false",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--no-first-run",
    "--no-default-browser-check",
]
# An empty string stands for "nothing rendered": innerText of a body without layout
# boxes is its raw text content, which no copy from a browser window would give.
DUMP_JS = """(() => {
  for (const node of document.querySelectorAll('script, noscript, template')) node.remove();
  const body = document.body;
  return body && body.getClientRects().length ? body.innerText : '';
})()"""
UTF8_BOM = b"\xef\xbb\xbf"  # outranks any <meta charset>: the page is read as UTF-8


class BrowserError(RuntimeError):
    """Chromium failed, timed out, or a page reached the network."""


class Chromium:
    """A headless chromium spoken to over the DevTools pipe: NUL-ended JSON on fds 3 and 4."""

    def __init__(self, executable: str, profile: Path, timeout: float = 60.0) -> None:
        self.profile = profile
        self.timeout = timeout
        to_child, self._out = os.pipe()
        self._in, from_child = os.pipe()
        self._process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            pass_fds=(3, 4),  # kept open across exec; the rest close
            preexec_fn=lambda: _as_fds_3_and_4(to_child, from_child),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._last_id = 0

    def close(self) -> None:
        os.close(self._out)
        os.close(self._in)
        self._process.terminate()
        self._process.wait(timeout=self.timeout)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Send one command; its result and the events that arrived before it."""
        self._last_id += 1
        message: dict[str, Any] = {"id": self._last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        events: list[dict[str, Any]] = []
        while True:
            reply = self._receive()
            if reply.get("id") == self._last_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {}), events
            events.append(reply)

    def wait_for(self, event: str, session: str) -> list[dict[str, Any]]:
        """Every message up to and including the first ``event`` of ``session``."""
        seen: list[dict[str, Any]] = []
        while True:
            message = self._receive()
            seen.append(message)
            if message.get("method") == event and message.get("sessionId") == session:
                return seen

    def _receive(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._in], [], [], left)[0]:
                raise BrowserError(f"chromium sent nothing for {self.timeout:.0f} s")
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise BrowserError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        result: dict[str, Any] = json.loads(message)
        return result


def _as_fds_3_and_4(to_child: int, from_child: int) -> None:
    """In the child: chromium reads commands from fd 3 and writes replies to fd 4.

    Both ends are copied before either move, since one may itself be fd 3 or 4.
    """
    reads, writes = os.dup(to_child), os.dup(from_child)
    os.dup2(reads, 3)
    os.dup2(writes, 4)


def dump_page(browser: Chromium, html: bytes) -> str:
    """The page's ``document.body.innerText`` as the corpus made it, or "" if nothing renders."""
    page = browser.profile / "page.html"
    page.write_bytes(UTF8_BOM + html)
    target = browser.call("Target.createTarget", {"url": "about:blank"})[0]["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})[0][
        "sessionId"
    ]
    steps: list[tuple[str, dict[str, Any]]] = [
        ("Page.enable", {}),
        ("Network.enable", {}),
        ("Network.setBlockedURLs", {"urls": BLOCKED_URLS}),
        ("Emulation.setScriptExecutionDisabled", {"value": True}),
        ("Page.navigate", {"url": page.as_uri()}),
    ]
    events: list[dict[str, Any]] = []
    try:
        for method, params in steps:
            events += browser.call(method, params, session)[1]
        events += browser.wait_for("Page.loadEventFired", session)
        result, late = browser.call(
            "Runtime.evaluate", {"expression": DUMP_JS, "returnByValue": True}, session
        )
    finally:
        browser.call("Target.closeTarget", {"targetId": target})
    _check_offline(events + late)
    return str(result["result"]["value"])


def _check_offline(events: list[dict[str, Any]]) -> None:
    for event in events:
        if event.get("method") == "Network.responseReceived":
            url = event["params"]["response"]["url"]
            if not url.startswith(("file:", "data:", "about:")):
                raise BrowserError(f"a page got a network response from {url}")


# --- cases -----------------------------------------------------------------------------


def heldout_pages(corpus: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """(group, case folder, expected) of each page with a body that textdumps/ lacks."""
    tuned = {p.name for p in (corpus / "textdumps").iterdir() if p.is_dir()}
    for part in ("readability", "multilingual"):
        for case in sorted(p for p in (corpus / part).iterdir() if p.is_dir()):
            expected = json.loads((case / "expected.json").read_text("utf-8"))
            if case.name in tuned or not expected["body_text"].strip():
                continue
            group = part
            if part == "readability":
                small = (case / "input.html").stat().st_size < FIXTURE_BYTES
                group += ", synthetic fixtures" if small else ", real pages"
            yield group, case, expected


def cached_dump(browser: Chromium | None, case: Path, cache: Path, *, refresh: bool) -> str:
    """The text copy of ``case``, made once and kept under ``cache``."""
    path = cache / case.parent.name / f"{case.name}.txt"
    if path.is_file() and not refresh:
        return path.read_text("utf-8")
    if browser is None:
        raise BrowserError(f"no cached dump at {path} and no browser to make one")
    text = dump_page(browser, (case / "input.html").read_bytes())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return text


def heldout_cases(
    corpus: Path, cache: Path, chromium: str, *, refresh: bool
) -> tuple[dict[str, list[Case]], list[str]]:
    """The held-out cases by group, and the pages skipped because nothing rendered."""
    groups: dict[str, list[Case]] = {}
    unrendered: list[str] = []
    with tempfile.TemporaryDirectory(prefix="newsconv-chromium-") as profile:
        browser: Chromium | None = None
        try:
            for group, case, expected in heldout_pages(corpus):
                missing = refresh or not (cache / case.parent.name / f"{case.name}.txt").is_file()
                if missing and browser is None:
                    browser = Chromium(chromium, Path(profile))
                text = cached_dump(browser, case, cache, refresh=refresh)
                name = f"{case.parent.name}/{case.name}"
                if not text.strip():
                    unrendered.append(name)
                    continue
                groups.setdefault(group, []).append(
                    Case(
                        name,
                        text.encode("utf-8"),
                        expected["body_text"],
                        expected["title"],
                        expected["published"],
                    )
                )
        finally:
            if browser is not None:
                browser.close()
    return groups, unrendered


def textdump_mismatches(corpus: Path, chromium: str) -> list[str]:
    """Remake each textdumps/ page from its readability/ source; the ones that differ."""
    differ = []
    with (
        tempfile.TemporaryDirectory(prefix="newsconv-chromium-") as profile,
        Chromium(chromium, Path(profile)) as browser,
    ):
        for case in sorted(p for p in (corpus / "textdumps").iterdir() if p.is_dir()):
            html = (corpus / "readability" / case.name / "input.html").read_bytes()
            if dump_page(browser, html) != (case / "input.txt").read_text("utf-8"):
                differ.append(case.name)
    return differ


# --- report ----------------------------------------------------------------------------


def run_group(cases: list[Case], repeat: int) -> tuple[list[Row], dict[str, Result]]:
    systems: list[tuple[str, System]] = [
        ("newsconv (text)", newsconv_system("text")),
        ("whole input", passthrough),
    ]
    runs = timed_runs(systems, cases, repeat)
    rows = [score(name, *runs[name], cases, scored=True, headlines=True) for name, _ in systems]
    return rows, runs["newsconv (text)"][0]


def low_pages(cases: list[Case], results: dict[str, Result], whole: Row) -> Iterator[str]:
    """One line per page under LOW_F1 body F1, worst first, and one per headline miss."""
    scored = [(token_f1(results[c.name].body, c.body), c) for c in cases]
    for found, case in sorted((s for s in scored if s[0].f1 < LOW_F1), key=lambda s: s[0].f1):
        yield (
            f"    F1 {found.f1:.3f}  P {found.precision:.3f}  R {found.recall:.3f}"
            f"  (whole input {whole.per_page[case.name]:.3f})  {case.name}"
        )
    for case in cases:
        title = results[case.name].title
        if case.title is not None and not same_headline(title, case.title):
            yield f"    title  {case.name}: got {title!r}, expected {case.title!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsconv-heldout-text"
    )
    parser.add_argument("--refresh", action="store_true", help="make every dump again")
    parser.add_argument("--chromium", default="chromium", help="the browser to run")
    parser.add_argument("--repeat", type=int, default=3, help="best of N timed runs")
    parser.add_argument(
        "--check", action="store_true", help="remake textdumps/ and compare, nothing else"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.check:
        differ = textdump_mismatches(args.corpus, args.chromium)
        print(f"textdumps remade identically except {len(differ)}: {' '.join(differ) or '-'}")
        return
    cache = args.cache.resolve()
    for inside in (PROJECT, args.corpus.resolve()):
        if cache.is_relative_to(inside):
            parser.error(f"--cache {cache} is inside {inside}; keep dumps out of it")
    groups, unrendered = heldout_cases(args.corpus, cache, args.chromium, refresh=args.refresh)
    everything = [case for cases in groups.values() for case in cases]
    for title, cases in [("all held-out pages", everything), *groups.items()]:
        rows, results = run_group(cases, args.repeat)
        print(table(f"Text reader, held-out text copies: {title}", rows, len(cases)))
        print()
        if args.verbose and cases is not everything:
            print("\n".join(low_pages(cases, results, rows[1])))
            print()
    if unrendered:
        print(f"Skipped, nothing rendered with scripts off: {', '.join(unrendered)}")


if __name__ == "__main__":
    main()
