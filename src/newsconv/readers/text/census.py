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
import unicodedata
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsconv.readers.text.vocabulary import CJK_CHARS

#: The class bits of a character: a letter (``[^\W\d_]``, or a combining mark: a vowel sign
#: of Devanagari, Thai or Myanmar is part of its syllable), an uppercase character, a
#: character that continues a word (``[\w'’-]`` or a mark: a letter after one is no
#: initial), CJK.
LETTER, UPPER, JOINER, CJK = 1, 2, 4, 8
#: Where the combining marks of the scripts that write with them are (Latin's to Myanmar,
#: Khmer, Mongolian and Balinese; Javanese and the like): looked up once, by category.
_MARK_BLOCKS = ((0x0300, 0x1DFF), (0xA800, 0xABFF))
#: What continues a word besides letters and digits.
_JOINERS = "_'’-"
#: The Basic Multilingual Plane, where nearly all text is, and all of Unicode.
_BMP, _CODE_POINTS = 0x10000, 0x110000
_DOT = ord(".")
#: How many characters are classified at once.
PIECE = 1 << 18


class Census(NamedTuple):
    """Per line: letters, word initials (letters after no :data:`JOINER`), capital
    initials, and CJK characters (the ranges of :data:`.vocabulary.CJK_CHARS`)."""

    letters: list[int]
    initials: list[int]
    capitals: list[int]
    cjk: list[int]


@functools.cache
def _classes(size: int) -> npt.NDArray[np.uint8]:
    """The class bits of the code points below ``size``: some 3 ms for the BMP, 40 for all
    of Unicode (made when a page first needs them)."""
    chars = np.arange(size, dtype=np.uint32).view("U1")
    alnum = np.char.isalnum(chars)
    table = (alnum & ~np.char.isdecimal(chars)).astype(np.uint8) * LETTER
    table |= np.char.isupper(chars).astype(np.uint8) * UPPER
    table[alnum] |= JOINER
    table[list(map(ord, _JOINERS))] |= JOINER
    table[_marks_below(size)] |= LETTER | JOINER
    for first, last in re.findall(r"(.)-(.)", CJK_CHARS):
        table[ord(first) : ord(last) + 1] |= CJK
    return table


@functools.cache
def _marks_below(size: int) -> list[int]:
    """The combining marks (categories Mn and Mc) of :data:`_MARK_BLOCKS` below ``size``."""
    return [
        code
        for first, last in _MARK_BLOCKS
        for code in range(first, min(last + 1, size))
        if unicodedata.category(chr(code)) in ("Mn", "Mc")
    ]


def take_census(texts: list[str]) -> Census:
    """The counts of each of ``texts``.

    A page is counted at one go; a huge input (a line of megabytes) :data:`PIECE`
    characters at a time, since the arrays take some 20 bytes a character.
    """
    if not texts:
        return Census([], [], [], [])
    # Each line ends in "\n" (which counts for nothing), so none is empty to the sums.
    lines = "\n".join(texts) + "\n"
    sizes = np.fromiter(map(len, texts), np.intp, len(texts)) + 1
    starts = np.cumsum(sizes) - sizes
    counts = np.zeros((4, len(texts)), np.intp)
    before = _Edge(0, 0, False)  # nothing before the first piece
    for offset in range(0, len(lines), PIECE):
        piece = lines[offset : offset + PIECE]
        first = int(np.searchsorted(starts, offset, side="right")) - 1  # the piece starts in it
        stop = int(np.searchsorted(starts, offset + len(piece)))  # the lines it reaches
        bounds = starts[first:stop] - offset
        bounds[0] = 0  # the first of them may have started in the piece before
        marks, before = _marks(piece, before)
        counts[:, first:stop] += np.add.reduceat(marks, bounds, axis=1, dtype=np.intp)
    return Census(*counts.tolist())


class _Edge(NamedTuple):
    """What a piece's first characters need of the piece before it: the classes of its
    last character and the one before, and whether its last is an initialism's dot."""

    last: int
    second_last: int
    initialism_dot: bool


def _marks(piece: str, before: _Edge) -> tuple[npt.NDArray[np.uint8], _Edge]:
    """Whether each character of ``piece`` is a letter, an initial, a capital initial and
    a CJK character (rows of 0 and 1); and what the next piece needs of its end.

    ``before`` is what the piece before left (see :class:`_Edge`).
    """
    codes = np.frombuffer(piece.encode("utf-32-le", "surrogatepass"), np.uint32)
    table = _classes(_BMP)
    if codes.max() >= _BMP:  # an emoji, a mathematical letter, a rare ideograph
        table = _classes(_CODE_POINTS)
    classes = table.take(codes)
    marks = np.empty((4, len(classes)), np.uint8)
    letters = marks[0].view(bool)
    np.not_equal(classes & LETTER, 0, out=letters)
    initials = marks[1].view(bool)
    initials[:] = letters
    starts = (classes & JOINER) == 0  # a word may start after it
    initials[0] &= before.last & JOINER == 0 and not before.initialism_dot
    initials[1:] &= starts[:-1]  # a line's first letter follows "\n"
    # An initialism's letters after the first ("B.T.B.S.", "U.S.", "e.g.") are no words'
    # initials: a letter after a dot that follows a letter standing alone.
    dots = codes == _DOT
    dots[2:] &= letters[1:-1] & starts[:-2]
    if len(dots) > 1:
        dots[1] &= letters[0] and before.last & JOINER == 0
    dots[0] &= bool(before.last & LETTER) and before.second_last & JOINER == 0
    initials[1:] &= ~dots[:-1]
    np.logical_and(initials, classes & UPPER, out=marks[2].view(bool))
    np.not_equal(classes & CJK, 0, out=marks[3].view(bool))
    second_last = int(classes[-2]) if len(classes) > 1 else before.last
    return marks, _Edge(int(classes[-1]), second_last, bool(dots[-1]))
