"""Markdown the fuzzer broke: the top of a web page read as Markdown, odd encodings."""

from __future__ import annotations

import pytest

import newsconv
from newsconv.errors import ParseError
from newsconv.limits import MAX_DEPTH
from newsconv.tree import depth, plain_text


@pytest.mark.parametrize(
    "block",
    [
        "<!DOCTYPE html>",  # lxml.etree.ParserError: Document is empty
        '<html class="no-js" lang="en">',  # AssertionError: too many bodies
        '<?xml version="1.0" encoding="iso-8859-1"?>',  # ValueError: Unicode strings with...
        "</div>",
    ],
)
def test_an_html_block_without_text_is_dropped(block: str) -> None:
    page = f"{block}\n\n# Title\n\nBody text.\n"
    doc = newsconv.read(page.encode(), format="md", on_diagnostic=lambda _: None)
    assert newsconv.write(doc, to="txt").decode().endswith("Body text.\n")


def test_an_html_block_keeps_its_text() -> None:
    page = "<div>a <b>b</b> ж</div>\n".encode()
    doc = newsconv.read(page, format="md", on_diagnostic=lambda _: None)
    assert newsconv.write(doc, to="txt").decode() == "a b ж\n"


def test_a_codec_that_decodes_half_a_surrogate_pair() -> None:
    # UTF-7's +2AA- decoded to a lone surrogate: every writer raised UnicodeEncodeError.
    page = b"# Title +2AA- " + b"+AOk-" * 10 + b" \xff\n\nBody text.\n"
    doc = newsconv.read(page, format="md", options={"encoding": "utf-7"})
    assert doc.metadata.title is not None and "\ufffd" in doc.metadata.title
    assert newsconv.write(doc, to="json")


def test_quotes_nested_past_commonmarks_twenty_levels_keep_their_text() -> None:
    # markdown-it's CommonMark preset stops at 20 levels and dropped the text below them.
    doc = newsconv.read(b"# T\n\n" + b"> " * 40 + b"deep text\n", format="md")
    assert plain_text(doc) == "deep text"
    assert depth(doc) == 42


def _nested(marker: str, levels: int) -> bytes:
    """Quotes or list items nested ``levels`` deep, the deepest holding "x"."""
    if marker == ">":
        return ("# T\n\n" + "> " * levels + "x\n").encode()
    return ("# T\n\n" + "".join("  " * level + "- x\n" for level in range(levels))).encode()


@pytest.mark.parametrize("marker", [">", "-"])
def test_deeper_than_newsconv_takes_is_a_one_line_error(marker: str) -> None:
    assert depth(newsconv.read(_nested(marker, MAX_DEPTH - 2), format="md")) == MAX_DEPTH
    with pytest.raises(ParseError, match=f"nested {MAX_DEPTH + 1} levels deep"):
        newsconv.read(_nested(marker, MAX_DEPTH - 1), format="md")
    # So deep that markdown-it stops parsing: refused too, rather than cut short.
    with pytest.raises(ParseError, match=f"^<bytes>: nested more than {MAX_DEPTH} levels deep$"):
        newsconv.read(_nested(marker, 3 * MAX_DEPTH), format="md")
