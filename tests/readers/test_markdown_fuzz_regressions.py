"""Markdown the fuzzer broke: the top of a web page read as Markdown, odd encodings."""

from __future__ import annotations

import pytest

import newsconv


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
