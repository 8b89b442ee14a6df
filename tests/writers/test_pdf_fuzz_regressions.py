"""Documents the fuzzer broke in the PDF writer."""

from __future__ import annotations

import pytest

import newsconv
from newsconv import build
from newsconv.diagnostics import Collector
from newsconv.errors import OutputError
from newsconv.limits import MAX_DEPTH
from newsconv.model import Block, Document, ListBlock, Metadata
from newsconv.resources import ResourcePolicy
from newsconv.writers.pdf import PdfOptions, PdfWriter
from newsconv.writers.typeset import PdfJob


def _lists(levels: int) -> Document:
    block: Block = build.para("deep")
    for _ in range(levels - 2):  # the paragraph and its text are two levels
        block = ListBlock(((block,),))
    return Document(Metadata(title="T"), (block,))


def test_lists_as_deep_as_newsconv_takes_are_laid_out() -> None:
    # 70 nested lists (a valid JSON document) raised RecursionError inside WeasyPrint
    # before writers were given stack room for the deepest document newsconv takes.
    assert newsconv.write(_lists(MAX_DEPTH), to="pdf").startswith(b"%PDF-")


def test_the_typesetter_has_the_stack_room_itself() -> None:
    # Called directly, without the API: the job a forked child runs gets the same room.
    writer = PdfWriter()
    data = writer.write(_lists(MAX_DEPTH), options=PdfOptions(), report=Collector())
    assert data.startswith(b"%PDF-")


def test_weasyprints_recursion_error_is_a_one_line_error() -> None:
    # Deeper than any document newsconv takes: only a page made by hand gets there.
    levels = 4 * MAX_DEPTH
    page = "<ul><li>" * levels + "deep" + "</li></ul>" * levels
    job = PdfJob(page, css="", images={}, policy=ResourcePolicy())
    with pytest.raises(OutputError, match="nested too deeply") as caught:
        job.run(Collector())
    assert "\n" not in str(caught.value)
