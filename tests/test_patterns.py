"""No pattern of the package backtracks without end: a page or a text is untrusted input.

Every module-level compiled pattern is run over short runs of the characters pages are made
of (commas, spaces, arrows, digits, letters, dashes, CJK) followed by what makes a match
fail. A pattern with nested repetition takes seconds at 30 characters and years at 48 (the
pager pattern once did, over a run of "»"); a linear one takes microseconds. The scan runs
in a child process so that such a pattern fails the test instead of hanging it.
"""

from __future__ import annotations

import subprocess
import sys

SCAN = r"""
import importlib, pkgutil, re, sys, time
import newsconv

UNITS = [
    ",", " ", "a", "A", "1", ".", "-", "_", ":", ";", "|", "/", "@", "#", "'", '"', "<", ">",
    "»", "«", "›", "→", "·", "•", "—", "*", "(", ")", "[", "]", "\n", "\t", "\u00a0", "日",
    "a ", "1 ", ", ", "a,", "1.", "1:", "a.", "Ab ", "a-", "a1", "aA", "Mc", "A. ", "1, ",
    "« ", "- ", "* ", "> ", "| ", ". ", "a\n", " \n", "May ", "de ", "www.", "© ",
]
TAILS = ("", "!", "a", "1", "\n", " x")


def slow(pattern, subject):
    start = time.perf_counter()
    pattern.search(subject)
    pattern.fullmatch(subject)
    return time.perf_counter() - start > 0.25


patterns = {}
for module in pkgutil.walk_packages(newsconv.__path__, "newsconv."):
    for name, value in vars(importlib.import_module(module.name)).items():
        if isinstance(value, re.Pattern):
            patterns.setdefault(id(value), (f"{module.name}.{name}", value))
for name, pattern in patterns.values():
    print(name, file=sys.stderr, flush=True)  # the last one named is the one that hung
    for unit in UNITS:
        for tail in TAILS:
            text = unit * (48 // len(unit)) + tail
            subject = text.encode() if isinstance(pattern.pattern, bytes) else text
            if slow(pattern, subject) and slow(pattern, subject):  # twice: not a pause
                print(name, repr(text))
print(len(patterns), "patterns")
"""


def test_no_pattern_backtracks_without_end_on_a_run_of_characters() -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", SCAN], capture_output=True, text=True, timeout=120
        )
    except subprocess.TimeoutExpired as err:
        named = (err.stderr or b"").decode().split()
        hung = named[-1] if named else "?"
        raise AssertionError(f"{hung} backtracks without end on a run of characters") from err
    assert done.returncode == 0, done.stderr
    *slow, total = done.stdout.splitlines()
    assert not slow, slow
    assert int(total.split()[0]) > 100  # the package's patterns were all found
