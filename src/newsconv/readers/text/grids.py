"""Grid tables, as pandoc draws a table in plain text, read cell by cell.

``pandoc -t plain`` draws a table whose cells hold more than a line as a grid: borders of
``+---+---+`` rows, and rows of ``|`` between which each cell's text is wrapped at the
cell's width. A page laid out in a table (a sidebar beside the article, cells inside
cells) becomes a grid whose columns interleave row by row, so the article's sentences
alternate with the sidebar's menu. Read cell by cell, in the order a browser copies a
table (row by row, each row's cells left to right, a cell's tables inside it first), the
grid gives the page's blocks again: each paragraph of a cell becomes a row of its own,
its wrapped rows joined, a list's items apart. A row of the table whose cells are short
(:data:`DATA_CELL`) is a row of data: its cells are joined by tabs, as a browser copies
them.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from itertools import pairwise

from newsconv.readers.text.segment import MARKER

#: A grid table's border row: "+---+---+", "+===+" under a header, ":" for alignment.
_BORDER = re.compile(r"\+(?:[-=:]+\+)+")
#: A table row whose cells hold at most so many characters and paragraphs each is a row
#: of data (a figure, a name, a date, a heading over its unit), its cells' rows wrapped
#: words; a row of a page's layout holds a menu's items, paragraphs.
DATA_CELL = 300
DATA_PARAGRAPHS = 2
#: What every text holding a grid table holds (a border's end), found at C speed.
CLUE = "-+\n"


def without_grids(text: str) -> str:
    """``text`` with each grid table replaced by its cells' text (see the module)."""
    if "+" not in text or CLUE not in text:  # "+" alone is found many times faster
        return text
    rows = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(rows):
        end = _table_end(rows, index)
        if end == index:
            out.append(rows[index])
            index += 1
        else:
            cells = "\n\n".join(_table_text(rows[index:end]))
            out.append(f"\n{cells}\n")  # apart from the rows around it
            index = end
    return "\n".join(out)


def _table_end(rows: list[str], start: int) -> int:
    """Where the grid table whose top border is the row at ``start`` ends (its bottom
    border's next row); ``start`` when no table starts there. The table's rows are as wide
    as its border and at its indent."""
    border = rows[start].rstrip()
    indent = len(border) - len(border.lstrip(" "))
    if not _BORDER.fullmatch(border, indent):
        return start
    end = start + 1
    last = start
    while end < len(rows):
        row = rows[end].rstrip()
        if len(row) != len(border) or row[:indent].strip() or row[indent] not in "+|":
            break
        if row[indent] == "+":
            last = end
        end += 1
    return last + 1 if last > start else start


def _table_text(rows: list[str]) -> Iterator[str]:
    """The text of a grid table's cells: each table row's cells left to right, a cell's
    paragraphs set again at the table's width (as the rest of the page is wrapped, so
    that its column is told as before), a row of short cells as its cells between tabs."""
    border = rows[0]
    edges = [at for at, char in enumerate(border) if char == "+"]
    width = len(border.strip())
    group: list[str] = []
    for row in rows[1:]:
        if _BORDER.fullmatch(row.strip()):
            if group:
                for text in _row_text(group, edges):
                    yield text if "\t" in text else textwrap.fill(text, width)
            group = []
        else:
            group.append(row)


def _row_text(group: list[str], edges: list[int]) -> Iterator[str]:
    """The text of one table row, whose cells lie between the columns ``edges``."""
    cells = [
        "\n".join(row[left + 2 : right].rstrip() for row in group)
        for left, right in pairwise(edges)
    ]
    paragraphs = [list(_paragraphs(without_grids(cell))) for cell in cells]
    joined = [" ".join(found) for found in paragraphs]
    if (
        len(cells) > 1
        and max(map(len, joined)) <= DATA_CELL
        and max(map(len, paragraphs)) <= DATA_PARAGRAPHS
    ):
        yield "\t".join(joined)
        return
    for found in paragraphs:
        yield from found


def _paragraphs(cell: str) -> Iterator[str]:
    """A cell's paragraphs, each one row: its wrapped rows joined, a list's item apart."""
    parts: list[str] = []
    for row in cell.split("\n"):
        text = row.strip()
        if parts and (not text or MARKER.match(text)):
            yield " ".join(parts)
            parts = []
        if text:
            parts.append(text)
    if parts:
        yield " ".join(parts)
