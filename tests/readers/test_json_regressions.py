"""JSON the fuzzer broke: lone surrogates, and nesting the writer writes but could not read."""

from __future__ import annotations

import json

import pytest

import newsconv
from newsconv.errors import ParseError
from newsconv.limits import MAX_DEPTH
from newsconv.readers.json import MAX_JSON_DEPTH


def _document(block: dict[str, object], title: str = "T") -> bytes:
    return json.dumps({"newsconv-json": "1.0", "metadata": {"title": title}, "blocks": [block]})


def _paragraph(text: str) -> dict[str, object]:
    return {"type": "paragraph", "children": [{"type": "text", "text": text}]}


def test_lone_surrogates_become_replacement_characters() -> None:
    # "\ud800" decoded to half a character: every writer failed to encode it as UTF-8.
    doc = newsconv.read(_document(_paragraph("a\ud800b"), "x\udfff").encode(), format="json")
    assert doc.metadata.title == "x\ufffd"
    assert "a\ufffdb" in newsconv.write(doc, to="md").decode()


def test_what_the_writer_writes_of_deep_quotes_reads_back() -> None:
    # 70 nested quotes (as from a page's nested blockquotes) overflowed jsonschema's
    # recursion at Python's default limit: the JSON writer's output did not read back.
    block = _paragraph("deep")
    for _ in range(70):
        block = {"type": "quote", "children": [block]}
    doc = newsconv.read(_document(block).encode(), format="json")
    assert newsconv.read(newsconv.write(doc, to="json"), format="json") == doc


def test_json_deeper_than_the_limit_is_a_one_line_error() -> None:
    block = _paragraph("deep")
    for _ in range(MAX_JSON_DEPTH // 2):
        block = {"type": "quote", "children": [block]}
    with pytest.raises(ParseError, match=f"nested deeper than {MAX_JSON_DEPTH} levels"):
        newsconv.read(_document(block).encode(), format="json")


def _lists(levels: int) -> bytes:
    """Lists nested to ``levels`` levels of the model, a paragraph and its text included."""
    block = _paragraph("deep")
    for _ in range(levels - 2):
        block = {"type": "list_block", "ordered": False, "items": [[block]]}
    return _document(block).encode()


def test_every_writer_renders_the_deepest_lists_the_reader_accepts() -> None:
    # A list is three JSON levels deep; at 600 levels the HTML writer's recursion ran out.
    doc = newsconv.read(_lists(MAX_DEPTH), format="json")
    for to in ("md", "json", "html", "txt", "epub"):
        assert newsconv.write(doc, to=to)
    with pytest.raises(ParseError, match=f"nested {MAX_DEPTH + 1} levels deep"):
        newsconv.read(_lists(MAX_DEPTH + 1), format="json")


def test_a_cell_spans_no_more_than_html_allows() -> None:
    # The schema took any colspan; the Markdown writer never finished laying out 10**9.
    cell = {"children": [{"type": "text", "text": "c"}], "colspan": 10**9}
    with pytest.raises(ParseError, match="colspan"):
        newsconv.read(_document({"type": "table", "rows": [[cell]]}).encode(), format="json")
