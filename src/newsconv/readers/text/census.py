"""What each character of a page is, counted per line in one pass over the page.

Describing a line asks how many letters it has, how many of its words start with a
capital, and how many CJK characters it holds. Asked line by line, each is a regex or a
byte trick with a call's overhead, and a regex costs some hundred machine instructions a
character outside ASCII. Here every distinct line is joined into one text whose code
points index a table of character classes (built once, from Python's own Unicode data)
and the classes are summed per line by numpy: a few passes over the page in C, whatever
the script.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsconv.readers.text.vocabulary import CJK_CHARS

#: The class bits of a character: a letter (``[^\W\d_]``), an uppercase character, a
#: character that continues a word (``[\w'’-]``: a letter after one is no initial), CJK.
LETTER, UPPER, JOINER, CJK = 1, 2, 4, 8
#: What continues a word besides letters and digits.
_JOINERS = "_'’-"
_CODE_POINTS = 0x110000
#: How many characters are counted at once at most (a longer line is counted alone).
BATCH = 1 << 18


class Census(NamedTuple):
    """Per line: letters, word initials (letters after no :data:`JOINER`), capital
    initials, and CJK characters (the ranges of :data:`.vocabulary.CJK_CHARS`)."""

    letters: list[int]
    initials: list[int]
    capitals: list[int]
    cjk: list[int]


@functools.cache
def _classes() -> npt.NDArray[np.uint8]:
    """The class bits of every code point (some 40 ms, on the first page described)."""
    chars = np.arange(_CODE_POINTS, dtype=np.uint32).view("U1")
    alnum = np.char.isalnum(chars)
    table = (alnum & ~np.char.isdecimal(chars)).astype(np.uint8) * LETTER
    table |= np.char.isupper(chars).astype(np.uint8) * UPPER
    table[alnum] |= JOINER
    table[list(map(ord, _JOINERS))] |= JOINER
    for first, last in re.findall(r"(.)-(.)", CJK_CHARS):
        table[ord(first) : ord(last) + 1] |= CJK
    return table


def take_census(texts: list[str]) -> Census:
    """The counts of each of ``texts``.

    A page is counted at once; a huge input in batches of lines of about :data:`BATCH`
    characters, since the arrays take some 20 bytes a character.
    """
    census = Census([], [], [], [])
    for batch in _batches(texts):
        for counts, more in zip(census, _counted(batch), strict=True):
            counts += more
    return census


def _batches(texts: list[str]) -> Iterator[list[str]]:
    """``texts`` in runs of about :data:`BATCH` characters (line breaks counted)."""
    if sum(map(len, texts)) + len(texts) <= BATCH:  # a page
        yield texts
        return
    ends = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
    start = 0
    while start < len(texts):
        stop = max(start + 1, bisect_right(ends, ends[start] + BATCH) - 1)
        yield texts[start:stop]
        start = stop


def _counted(texts: list[str]) -> list[list[int]]:
    """Letters, initials, capital initials and CJK characters of each of ``texts``."""
    # Each line ends in "\n" (which counts for nothing), so none is empty to the sums.
    lines = "\n".join(texts) + "\n"
    codes = np.frombuffer(lines.encode("utf-32-le", "surrogatepass"), np.uint32)
    classes = _classes().take(codes)
    marks = np.empty((4, len(classes)), np.uint8)
    letters = marks[0].view(bool)
    np.not_equal(classes & LETTER, 0, out=letters)
    initials = marks[1].view(bool)
    initials[:] = letters
    initials[1:] &= (classes[:-1] & JOINER) == 0  # a line's first letter follows "\n"
    np.logical_and(initials, classes & UPPER, out=marks[2].view(bool))
    np.not_equal(classes & CJK, 0, out=marks[3].view(bool))
    sizes = np.fromiter(map(len, texts), np.intp, len(texts)) + 1
    starts = np.cumsum(sizes) - sizes
    counts: list[list[int]] = np.add.reduceat(marks, starts, axis=1, dtype=np.intp).tolist()
    return counts
