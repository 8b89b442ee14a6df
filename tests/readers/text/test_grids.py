"""pandoc's grid tables (``pandoc -t plain`` of a page laid out in a table) read cell by cell."""

from __future__ import annotations

import textwrap

from tests.readers.text.pages import STORY, texts
from tests.readers.text.pages import read_text as read

from newsconv.readers.text.grids import without_grids
from newsconv.readers.text.segment import segment


def grid(rows: list[list[str]], widths: list[int]) -> str:
    """A grid table as pandoc draws it: each cell's text wrapped at its column's width."""
    border = "+" + "+".join("-" * (width + 2) for width in widths) + "+"
    drawn = [border]
    for cells in rows:
        wrapped = [
            [
                line
                for paragraph in cell.split("\n\n")
                for line in [*textwrap.wrap(paragraph, width), ""]
            ][:-1]
            for cell, width in zip(cells, widths, strict=True)
        ]
        for at in range(max(map(len, wrapped))):
            parts = [
                (lines[at] if at < len(lines) else "").ljust(width)
                for lines, width in zip(wrapped, widths, strict=True)
            ]
            drawn.append("| " + " | ".join(parts) + " |")
        drawn.append(border)
    return "\n".join(drawn)


MENU = "Home\n\nNews\n\nSport\n\nWeather"


def test_a_page_laid_out_in_a_table_reads_cell_by_cell() -> None:
    """The sidebar's menu beside the article interleaved with its sentences row by row;
    read cell by cell, the article's paragraphs come back whole."""
    page = grid([[MENU, "Old bridge to close\n\n" + "\n\n".join(STORY)]], [16, 50])
    lines = segment(without_grids(page)).texts
    assert lines == [*MENU.split("\n\n"), "Old bridge to close", *STORY]
    assert texts(read(page)) == STORY


def test_a_table_inside_a_cell_is_read_in_its_place() -> None:
    inner = grid([["Most read"], ["Bridge closes"]], [20])
    page = grid([[MENU, "Old bridge to close\n\n" + "\n\n".join(STORY)]], [16, 50])
    rows = page.split("\n")
    nested = [f"| {' ' * 16} | {row.ljust(50)} |" for row in inner.split("\n")]
    page = "\n".join([*rows[:-1], *nested, rows[-1]])
    lines = segment(without_grids(page)).texts
    assert lines == [
        *MENU.split("\n\n"),
        "Old bridge to close",
        *STORY,
        "Most read",
        "Bridge closes",
    ]


def test_a_row_of_short_cells_is_a_row_of_data() -> None:
    table = grid(
        [["Application", "Original size"], ["Farm Heroes Super Saga", "71.1 MB"]], [12, 14]
    )
    lines = segment(without_grids(table))
    assert lines.texts == ["Application | Original size", "Farm Heroes Super Saga | 71.1 MB"]
    assert lines.cells == {
        0: ("Application", "Original size"),
        1: ("Farm Heroes Super Saga", "71.1 MB"),
    }


def test_a_text_without_a_grid_is_left_as_it_is() -> None:
    text = "A sum: 2+2\n\n+---- a rule of its own\n\nThe end.\n"
    assert without_grids(text) == text
