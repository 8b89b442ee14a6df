"""Word documents: styles to structure, properties to metadata, nothing outside read."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from tests.readers.docx_builder import core, docx, paragraph, run
from typer.testing import CliRunner

import newsconv
from newsconv.cli import app
from newsconv.diagnostics import Collector
from newsconv.errors import UnreadableInput
from newsconv.model import Document, Emphasis, Heading, Person, Quote, Strong, Text
from newsconv.options import ReadOptions
from newsconv.readers import docx as docx_reader
from newsconv.readers.docx import DocxReader
from newsconv.registry import sniff_reader

STYLES = ("Title", "Subtitle", "heading 1", "Quote")
CRACKS = " that found deep cracks in two of its three arches and rust in the deck's steel."
STORY = (
    paragraph(run("Council closes the old bridge"), style="Title")
    + paragraph(run("Repairs to the 1904 structure will take two years"), style="Subtitle")
    + paragraph(run("The city council voted on Tuesday to close it, citing a "),
                run("survey", bold=True), run(CRACKS))
    + paragraph(run("What happens next"), style="heading1")
    + paragraph(run("“We had no choice,” the mayor said."), style="Quote")
    + paragraph(run("Engineers had warned that the bridge was carrying "),
                run("far more traffic", italic=True), run(" than it was designed for."))
)  # fmt: skip
PROPERTIES = core(
    title="Document1",
    creator="Ann Lee; Microsoft Office User",
    created="2021-05-20T06:50:00Z",
    modified="2021-05-21T08:00:00Z",
    keywords="bridge; council, transport",
    description="The bridge closes to cars.",
)


def read(data: bytes) -> Document:
    return DocxReader().read(data, options=ReadOptions(), source="story.docx", report=Collector())


def test_styles_give_the_structure_and_properties_the_metadata() -> None:
    doc = read(docx(STORY, style_names=STYLES, properties=PROPERTIES))
    meta = doc.metadata
    assert meta.title == "Council closes the old bridge"  # the text's, not "Document1"
    assert meta.subtitle == "Repairs to the 1904 structure will take two years"
    assert meta.authors == (Person("Ann Lee"),)
    assert meta.published == datetime(2021, 5, 20, 6, 50, tzinfo=timezone.utc)
    assert meta.modified == datetime(2021, 5, 21, 8, tzinfo=timezone.utc)
    assert meta.tags == ("bridge", "council", "transport")
    assert meta.description == "The bridge closes to cars."
    assert meta.lang == "en"
    first, heading, quote, last = doc.blocks
    assert Strong((Text("survey"),)) in first.children  # type: ignore[union-attr]
    assert heading == Heading(1, (Text("What happens next"),))
    assert isinstance(quote, Quote)
    assert Emphasis((Text("far more traffic"),)) in last.children  # type: ignore[union-attr]


def test_the_properties_title_serves_a_text_without_one() -> None:
    body = paragraph(run("The city council voted on Tuesday to close the old bridge" + CRACKS))
    doc = read(docx(body, properties=core(title="Bridge closes", creator="Microsoft Office User")))
    assert doc.metadata.title == "Bridge closes"
    assert doc.metadata.authors == ()


def test_a_picture_linked_outside_the_document_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG TOP SECRET")
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        f'Target="file://{secret}" TargetMode="External"/></Relationships>'
    )
    picture = (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
        'drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1" descr="x"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:blipFill><a:blip r:link="rId9"/></pic:blipFill></pic:pic></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    data = docx(picture + paragraph(run("The bridge closed" + CRACKS)), document_rels=rels)
    written = newsconv.write(read(data), to="html")
    assert b"TOP SECRET" not in written and b"VE9QIFNFQ1JFV" not in written  # nor in base64


def test_a_broken_or_huge_document_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UnreadableInput, match="not a Word document"):
        read(b"PK\x03\x04 not really a zip")
    broken = docx("<w:p><w:r><w:t>unclosed</w:r></w:p>")
    with pytest.raises(UnreadableInput, match="cannot read this Word document"):
        read(broken)
    damaged = bytearray(docx(STORY, style_names=STYLES, properties=PROPERTIES))
    entry = damaged.index(b"PK\x01\x02")  # the zip's directory: a version no reader knows
    damaged[entry + 6 : entry + 8] = b"\xff\x00"
    with pytest.raises(UnreadableInput, match="not a Word document"):
        read(bytes(damaged))
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 100)
    with pytest.raises(UnreadableInput, match="unpacks to more than"):
        read(docx(STORY, style_names=STYLES))


def test_a_document_is_known_by_its_first_bytes_and_converted_from_the_command_line(
    tmp_path: Path,
) -> None:
    data = docx(STORY, style_names=STYLES, properties=PROPERTIES)
    assert sniff_reader(data).name == "docx"
    source = tmp_path / "story.docx"
    source.write_bytes(data)
    result = CliRunner().invoke(app, ["convert", str(source), "--to", "md", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert "title: Council closes the old bridge" in result.stdout
    assert "**survey**" in result.stdout
