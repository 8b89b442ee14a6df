"""Pages the fuzzer broke: control characters, raw or as references, in pruned markup; a
class of spaces alone; a cell's huge span."""

from __future__ import annotations

import pytest

import newsconv
from newsconv.model import Table

PARAGRAPH = "<p>A paragraph of article text, long enough for the page to count as an article.</p>"


@pytest.mark.parametrize("control", ["\x01", "&#x1;", "\x0e", "&#xFFFE;", "\x1b"])
def test_control_character_before_a_pruned_element(control: str) -> None:
    # The sidebar is removed; the text after it, control character and all, moves onto
    # its parent, and lxml refused to set it ("All strings must be XML compatible").
    page = (
        f"<html><body><article><div>{control}<aside class='sidebar'>Side</aside>"
        f"tail {control} text</div>{PARAGRAPH * 4}</article></body></html>"
    )
    doc = newsconv.read(page.encode(), format="html")
    assert "article text" in newsconv.write(doc, to="txt").decode()


def test_a_cell_spans_no_more_than_a_browser_lets_it() -> None:
    # colspan="99999999" went into the model as it was; the Markdown writer, which lays
    # spans out as empty cells, never finished.
    rows = "".join(f"<tr><td>Row {i} has some text</td><td>value {i}</td></tr>" for i in range(5))
    span = "<tr><td colspan='99999999' rowspan='99999999'>a</td><td>b</td></tr>"
    table = f"<table>{span}{rows}</table>"
    page = f"<html><body><article>{PARAGRAPH * 4}{table}</article></body></html>"
    doc = newsconv.read(page.encode(), format="html")
    (cell, _), *_ = next(block for block in doc.blocks if isinstance(block, Table)).rows
    assert (cell.colspan, cell.rowspan) == (1000, 65534)
    assert newsconv.write(doc, to="md")


def test_a_story_box_whose_class_is_spaces_alone_is_read() -> None:
    # The boxes after the story's are looked at by its class's first word, and a class of
    # spaces and tabs has none ("list index out of range").
    sentence = "Plain words of an ordinary article sentence, long enough to count."
    page = (
        f"<html><head><title>{sentence}</title></head>"
        f'<body><div class=" \t\n">{sentence}<p></body></html>'
    )
    doc = newsconv.read(page.encode(), format="html")
    assert sentence in newsconv.write(doc, to="txt").decode()
