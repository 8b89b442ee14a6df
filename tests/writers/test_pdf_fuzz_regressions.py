"""Documents the fuzzer broke in the PDF writer."""

from __future__ import annotations

import pytest

import newsconv
from newsconv import build
from newsconv.errors import OutputError
from newsconv.model import Block, Document, ListBlock, Metadata


def test_lists_nested_past_weasyprints_recursion_are_a_one_line_error() -> None:
    # 70 nested lists (a valid JSON document) raised RecursionError inside WeasyPrint.
    block: Block = build.para("deep")
    for _ in range(120):
        block = ListBlock(((block,),))
    with pytest.raises(OutputError, match="nested too deeply") as caught:
        newsconv.write(Document(Metadata(title="T"), (block,)), to="pdf")
    assert "\n" not in str(caught.value)
