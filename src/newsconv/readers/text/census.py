"""What each character of a page is, counted per line in one pass over the page.

Describing a line asks how many letters it has, how many of its words start with a
capital, how many CJK characters it holds, how many words, commas and bullets it has, and
whether it holds a digit or what may start a link. Asked line by line, each is a regex or a
byte trick with a call's overhead, and a regex costs some hundred machine instructions a
character outside ASCII. Here every distinct line is joined into one text whose code
points index a table of character classes (built once, from Python's own Unicode data)
and the classes are summed per line by numpy: a few passes over the page in C, whatever
the script.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsconv.scripts import CJK_RANGES

#: The class bits of a character: a letter (``[^\W\d_]``, or a combining mark: a vowel sign
#: of Devanagari, Thai or Myanmar is part of its syllable), an uppercase character, a
#: character that continues a word (``[\w'’-]`` or a mark: a letter after one is no
#: initial), CJK, a mark that starts a link or a handle, a decimal digit (``\d``), what
#: separates the links of a row of them, what opens an HTML tag.
LETTER, UPPER, JOINER, CJK, LINK_MARK, DIGIT, SEPARATOR, TAG = 1, 2, 4, 8, 16, 32, 64, 128
#: The classes counted as they are, after the letters, the initials and capital initials;
#: then the characters counted.
_COUNTED = (CJK, SEPARATOR)
_COUNTED_CHARS = " ,"
#: Where the combining marks of the scripts that write with them are (Latin's to Myanmar,
#: Khmer, Mongolian and Balinese; Javanese and the like): looked up once, by category.
_MARK_BLOCKS = ((0x0300, 0x1DFF), (0xA800, 0xABFF))
#: What continues a word besides letters and digits.
_JOINERS = "_'’-"
#: What a URL or a handle holds ("https://", "@jane", "#tag"; "www." aside).
_LINK_MARKS = "@#/"
#: What a footer prints between the links of a row ("About ▪ Contact ▪ Jobs").
_SEPARATORS = "▪•|·"
#: The Basic Multilingual Plane, where nearly all text is, and all of Unicode.
_BMP, _CODE_POINTS = 0x10000, 0x110000
_DOT = ord(".")
#: How many counts the census sums per line: letters, initials, capital initials, and what
#: :data:`_COUNTED` and :data:`_COUNTED_CHARS` name.
_ROWS = 3 + len(_COUNTED) + len(_COUNTED_CHARS)
#: How many characters are classified at once: a line's counts in a piece fit 16 bits.
PIECE = (1 << 16) - 1


#: One count a line.
Counts = npt.NDArray[np.intp]
#: Code points, or the class bits of characters.
CodePoints = npt.NDArray[np.uint32]
Classes = npt.NDArray[np.uint8]


class Census(NamedTuple):
    """Per line, as arrays (their tests are asked of a page's lines at once): letters, word
    initials (letters after no :data:`JOINER`), capital initials, CJK characters (the
    ranges of :data:`newsconv.scripts.CJK`), :data:`SEPARATOR` characters, spaces,
    commas, all characters; the classes any of its characters have (their bits or-ed); its
    first and last characters (code points; an empty line's are a line break)."""

    letters: Counts
    initials: Counts
    capitals: Counts
    cjk: Counts
    separators: Counts
    spaces: Counts
    commas: Counts
    lengths: Counts
    classes: Classes
    first: CodePoints
    last: CodePoints


@functools.cache
def _classes(size: int) -> Classes:
    """The class bits of the code points below ``size``: some 3 ms for the BMP, 40 for all
    of Unicode (made when a page first needs them)."""
    chars = np.arange(size, dtype=np.uint32).view("U1")
    alnum = np.char.isalnum(chars)
    table = (alnum & ~np.char.isdecimal(chars)).astype(np.uint8) * LETTER
    table |= np.char.isupper(chars).astype(np.uint8) * UPPER
    table[alnum] |= JOINER
    table[list(map(ord, _JOINERS))] |= JOINER
    table[_marks_below(size)] |= LETTER | JOINER
    for first, last in CJK_RANGES:
        table[first : last + 1] |= CJK
    table[np.char.isdecimal(chars)] |= DIGIT
    table[list(map(ord, _LINK_MARKS))] |= LINK_MARK
    table[list(map(ord, _SEPARATORS))] |= SEPARATOR
    table[ord("<")] |= TAG
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
    """What each of ``texts`` holds (see :class:`Census`).

    A page is counted at one go; a huge input (a line of megabytes) :data:`PIECE`
    characters at a time (:func:`_in_pieces`), since the arrays take some 20 bytes a
    character.
    """
    if not texts:
        none = np.zeros(0, np.intp)
        return Census._make(
            [*[none] * (_ROWS + 1), none.astype(np.uint8), *[none.astype(np.uint32)] * 2]
        )
    # Each line ends in "\n" (which counts for nothing), so none is empty to the sums.
    lines = "\n".join(texts) + "\n"
    sizes = np.fromiter(map(len, texts), np.intp, len(texts)) + 1
    starts = sizes.cumsum() - sizes
    # Where each line's first and last characters are, in order.
    edges = np.empty(2 * len(texts), np.intp)
    edges[::2] = starts
    np.maximum(starts + sizes - 2, starts, out=edges[1::2])
    if len(lines) > PIECE:
        counts, held, edge_codes = _in_pieces(lines, starts, edges)
    else:
        codes = np.frombuffer(lines.encode("utf-32-le", "surrogatepass"), np.uint32)
        classes, marks, _ = _marks(codes, _Edge(0, 0, False))
        counts = np.add.reduceat(marks, starts, axis=1, dtype=np.uint16).astype(np.intp)
        held = np.bitwise_or.reduceat(classes, starts)
        edge_codes = codes[edges]
    return Census._make([*counts, sizes - 1, held, edge_codes[::2], edge_codes[1::2]])


def _in_pieces(lines: str, starts: Counts, edges: Counts) -> tuple[Counts, Classes, CodePoints]:
    """The counts, classes and edge characters of :func:`take_census`, for ``lines`` (that
    start at ``starts`` and have their first and last characters at ``edges``) counted
    :data:`PIECE` characters at a time: a line across two pieces adds up its counts in both."""
    counts = np.zeros((_ROWS, len(starts)), np.intp)
    held = np.zeros(len(starts), np.uint8)
    edge_codes = np.empty(len(edges), np.uint32)
    before = _Edge(0, 0, False)  # nothing before the first piece
    for offset in range(0, len(lines), PIECE):
        piece = lines[offset : offset + PIECE]
        first = int(starts.searchsorted(offset, side="right")) - 1  # the piece starts in it
        stop = int(starts.searchsorted(offset + len(piece)))  # the lines it reaches
        bounds = starts[first:stop] - offset
        bounds[0] = 0  # the first of them may have started in the piece before
        codes = np.frombuffer(piece.encode("utf-32-le", "surrogatepass"), np.uint32)
        classes, marks, before = _marks(codes, before)
        counts[:, first:stop] += np.add.reduceat(marks, bounds, axis=1, dtype=np.uint16)
        held[first:stop] |= np.bitwise_or.reduceat(classes, bounds)
        low, high = edges.searchsorted((offset, offset + len(piece))).tolist()
        edge_codes[low:high] = codes[edges[low:high] - offset]
    return counts, held, edge_codes


def classes_of(codes: CodePoints) -> Classes:
    """The class bits of each of ``codes``."""
    table = _classes(_BMP)
    if len(codes) and codes.max() >= _BMP:  # an emoji, a mathematical letter, a rare ideograph
        table = _classes(_CODE_POINTS)
    return table.take(codes, mode="wrap")  # the fastest mode; no code is out of the table


class _Edge(NamedTuple):
    """What a piece's first characters need of the piece before it: the classes of its
    last character and the one before, and whether its last is an initialism's dot."""

    last: int
    second_last: int
    initialism_dot: bool


def _marks(codes: CodePoints, before: _Edge) -> tuple[Classes, npt.NDArray[np.uint8], _Edge]:
    """The class bits of each character of a piece (``codes``); whether each is a letter,
    an initial, a capital initial, of each class of :data:`_COUNTED` and each of
    :data:`_COUNTED_CHARS` (rows of 0 and 1); and what the next piece needs of its end.

    ``before`` is what the piece before left (see :class:`_Edge`).
    """
    classes = classes_of(codes)
    marks = np.empty((_ROWS, len(classes)), np.uint8)
    letters = marks[0].view(bool)
    np.bitwise_and(classes, LETTER, out=marks[0])  # LETTER is the lowest bit: 0 or 1
    starts = (classes & JOINER) == 0  # a word may start after it
    # An initialism's letters after the first ("B.T.B.S.", "U.S.", "e.g.") are no words'
    # initials: a letter after a dot that follows a letter standing alone.
    dots = codes == _DOT
    dots[2:] &= letters[1:-1] & starts[:-2]
    if len(dots) > 1:
        dots[1] &= letters[0] and before.last & JOINER == 0
    dots[0] &= bool(before.last & LETTER) and before.second_last & JOINER == 0
    initials = marks[1].view(bool)
    initials[0] = letters[0] and before.last & JOINER == 0 and not before.initialism_dot
    # A letter after a start that is no such dot ("starts > dots"); a line's first letter
    # follows "\n".
    np.logical_and(letters[1:], starts[:-1] > dots[:-1], out=initials[1:])
    np.logical_and(initials, classes & UPPER, out=marks[2].view(bool))
    for row, counted in enumerate(_COUNTED, start=3):
        np.not_equal(classes & counted, 0, out=marks[row].view(bool))
    for row, char in enumerate(_COUNTED_CHARS, start=3 + len(_COUNTED)):
        np.equal(codes, ord(char), out=marks[row].view(bool))
    second_last = int(classes[-2]) if len(classes) > 1 else before.last
    return classes, marks, _Edge(int(classes[-1]), second_last, bool(dots[-1]))
