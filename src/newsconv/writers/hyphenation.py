"""Hyphenation dictionaries whose patterns are parsed when a word first needs them.

WeasyPrint hyphenates through pyphen, whose ``HyphDict`` parses every pattern of a
language's dictionary before the first word is hyphenated: some 70 ms for English and
0.4 s for German (78,000 patterns), paid by every PDF made in a new process, though an
article looks up a few thousand of them. :class:`LazyHyphDict` indexes the patterns by
their letters, all in a few C-level passes over the file, and parses a pattern the first
time a word looks it up. Its results are pyphen's own (``tests/writers/test_hyphenation.py``
compares them on every dictionary pyphen ships).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyphen

__all__ = ["LazyHyphDict", "lazy_hyphenation"]

#: A pattern's offset and its hyphenation values, as pyphen stores it.
Pattern = tuple[int, tuple[int, ...]]

_DIGIT = re.compile(r"\d")  # what pyphen's pattern parser reads as a value


class LazyPatterns:
    """The patterns of one dictionary by their letters, each parsed on first lookup."""

    __slots__ = ("_entries",)

    def __init__(self, lines: dict[str, list[str]]) -> None:
        self._entries: dict[str, list[str] | Pattern | None] = dict(lines)

    def get(self, letters: str) -> Pattern | None:
        entry = self._entries.get(letters)
        if isinstance(entry, list):  # its lines, not parsed yet
            entry = self._entries[letters] = _parsed(entry)
        return entry


class LazyHyphDict(pyphen.HyphDict):  # type: ignore[misc]
    """pyphen's ``HyphDict``, its patterns read now and parsed when looked up."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as dictionary:
            encoding = dictionary.readline().decode()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        patterns = [line.strip() for line in path.read_text(encoding).split("\n")[1:]]
        by_letters: dict[str, list[str]] = {}
        # Digits are the only part of a pattern that is not its key: one pass takes them all.
        for pattern, letters in zip(
            patterns, _DIGIT.sub("", "\n".join(patterns)).split("\n"), strict=True
        ):
            if not pattern or pattern.startswith(pyphen.ignored):
                continue
            if "^^" in pattern or "/" in pattern:  # a hex escape or a nonstandard break
                pattern = _unescaped(pattern)
                letters = _DIGIT.sub("", _nonstandard(pattern)[0])
            by_letters.setdefault(letters, []).append(pattern)
        self.patterns = LazyPatterns(by_letters)
        self.cache: dict[str, list[int]] = {}
        self.maxlen = max(map(len, by_letters), default=0)


@contextmanager
def lazy_hyphenation() -> Iterator[None]:
    """Make the dictionaries pyphen opens meanwhile :class:`LazyHyphDict` (pyphen keeps them
    for the rest of the process)."""
    original = pyphen.HyphDict
    pyphen.HyphDict = LazyHyphDict
    try:
        yield
    finally:
        pyphen.HyphDict = original


def _unescaped(pattern: str) -> str:
    return str(pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern))


def _nonstandard(pattern: str) -> tuple[str, str | None]:
    """A pattern's letters and values, and its nonstandard break (``ssz/sz=,2,1``) if any."""
    if "/" in pattern and "=" in pattern:
        letters, alternative = pattern.split("/", 1)
        return letters, alternative
    return pattern, None


def _parsed(lines: list[str]) -> Pattern | None:
    """What pyphen keeps of the lines with the same letters: the last that has a value."""
    for pattern in reversed(lines):
        parsed = _parse(pattern)
        if parsed is not None:
            return parsed
    return None


def _parse(pattern: str) -> Pattern | None:
    """One pattern as pyphen's ``HyphDict`` parses it, or ``None`` when all its values are 0."""
    pattern, alternative = _nonstandard(pattern)
    factory: Callable[[str], int] = int
    if alternative is not None:
        factory = pyphen.AlternativeParser(pattern, alternative)
    values = tuple(factory(digit or "0") for digit, _ in pyphen.parse(pattern))
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, values[start:end]
