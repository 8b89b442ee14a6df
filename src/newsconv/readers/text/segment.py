"""Text to logical lines: any line ending, invisible characters gone, hard wrapping undone.

A page copied from a browser has one line per block (paragraph, menu item, heading) and
its table rows as cells separated by tabs; a text file written by hand or by a mail client
may wrap each paragraph at a fixed width and mark paragraphs with blank lines or
indentation. Both become the same thing here: one line per paragraph-like unit, whitespace
collapsed (:class:`Lines`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Line breaks other than ``\n``, and characters that print as nothing.
BREAKS = "\r\u2028\u2029\x0b\x0c\x85"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: A list item's bullet or number, or a quotation's ``>``.
MARKER = re.compile(r"(?:[-+*•·‣▪–—>]|\d{1,3}[.)])\s")

#: Wrapped text is at most this wide; longer lines are paragraphs a browser laid out.
MAX_WRAP_WIDTH = 120
#: Rows of similar length narrower than this are a list of short items, not wrapped prose.
MIN_WRAP_WIDTH = 40
#: How close to the wrap column most long lines must end for the text to count as wrapped.
WRAP_SLACK = 15
#: The wrap column is the length this share of rows does not exceed.
WIDTH_QUANTILE = 0.9
#: Fewer rows than this are taken as they come.
MIN_WRAPPED_ROWS = 5
#: How a table row's cells are joined in its text (the corpus's convention).
CELL_SEPARATOR = " | "


class Lines(NamedTuple):
    """The logical lines of a text: each one's text, and the cells of those that are table rows.

    Two parallel containers rather than an object a line: a page has hundreds of lines, and
    making a tuple for each cost as much as cleaning them (the reader must get through a
    thousand pages a second).
    """

    texts: list[str]
    cells: dict[int, tuple[str, ...]]


def segment(text: str) -> Lines:
    """The logical lines of ``text``, in order, without blank ones."""
    rows = _cleaned(text).split("\n")
    width = _wrap_width(rows)
    return _unwrapped(rows) if width is None else Lines(_rewrapped(rows, width), {})


def _cleaned(text: str) -> str:
    """``text`` with every line break a ``\\n`` and invisible characters gone.

    Most texts hold none of these: ``in`` finds that out many times faster than a regex.
    """
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    for char in BREAKS:
        if char in text:
            text = text.replace(char, "\n")
    for char in INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return text


def _unwrapped(rows: list[str]) -> Lines:
    """One line per row: the shape of a page copied from a browser.

    Most rows of such a copy are already clean (single spaces, none at either end, no tab
    or other space character): four C-level tests find that out for about half the cost of
    splitting the row and joining it back.
    """
    texts: list[str] = []
    cells: dict[int, tuple[str, ...]] = {}
    for row in rows:
        if row.isprintable() and "  " not in row and row[:1] != " " and row[-1:] != " ":
            if row:
                texts.append(row)
        elif "\t" in row and "\t" in row.strip():
            row_cells = tuple(" ".join(cell.split()) for cell in row.split("\t") if cell.strip())
            cells[len(texts)] = row_cells
            texts.append(CELL_SEPARATOR.join(row_cells))
        else:
            text = " ".join(row.split())
            if text:
                texts.append(text)
    return Lines(texts, cells)


def _rewrapped(rows: list[str], width: int) -> list[str]:
    """Rows joined back into paragraphs: a blank line, an indent or a short row ends one."""
    lines: list[str] = []
    parts: list[str] = []
    previous = ""  # the last non-blank row, as written
    for row in rows:
        stripped = row.strip()
        if not stripped:
            _flush(lines, parts)
            continue
        indent = len(row) - len(row.lstrip())
        if parts and (indent > _indent(previous) or not _wrapped(previous, stripped, width)):
            _flush(lines, parts)
        parts.append(stripped)
        previous = row.rstrip()
    _flush(lines, parts)
    return lines


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip())


def _flush(lines: list[str], parts: list[str]) -> None:
    if parts:
        lines.append(" ".join(" ".join(parts).split()))
        parts.clear()


def _wrap_width(rows: list[str]) -> int | None:
    """The column the text was wrapped at, or ``None`` when it was not hard-wrapped.

    Wrapped text has most of its longer rows ending just short of one column; a few rows
    (a title, a URL) may run past it.
    """
    if len(max(rows, key=len).rstrip()) > 2 * MAX_WRAP_WIDTH:
        return None  # a row no wrapped text has: most pages copied from a browser stop here
    lengths = sorted(len(row.rstrip()) for row in rows if row.strip())
    if len(lengths) < MIN_WRAPPED_ROWS:
        return None
    width = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH or lengths[-1] > 2 * MAX_WRAP_WIDTH:
        return None
    long = [n for n in lengths if width // 2 < n <= width]
    near_edge = sum(n >= width - WRAP_SLACK for n in long)
    return width if len(long) >= MIN_WRAPPED_ROWS and near_edge >= 0.6 * len(long) else None


def _wrapped(previous: str, current: str, width: int) -> bool:
    """Whether ``current`` continues the row ``previous``: its first word did not fit there."""
    if MARKER.match(current):
        return False
    first_word = current.split(maxsplit=1)[0]
    return len(previous) + 1 + len(first_word) > width - 1
