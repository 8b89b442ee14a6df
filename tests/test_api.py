"""The library API as a publishing script uses it."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsconv
from newsconv.build import para
from newsconv.diagnostics import Collector
from newsconv.errors import FormatError, OptionError, OutputError, ParseError, UnreadableInput
from newsconv.limits import MAX_DEPTH
from newsconv.model import Document, Metadata, Person, Quote

DOC = Document(
    Metadata(
        title="Floods recede",
        authors=(Person("Ada Obi"),),
        published=datetime(2021, 5, 20, 6, 50, tzinfo=timezone(timedelta(hours=1))),
    ),
    (para("The water is going down."), para("Schools reopen on Monday.")),
)


def test_write_without_target_returns_bytes_and_read_takes_them_back() -> None:
    data = newsconv.write(DOC, to="json")
    assert isinstance(data, bytes)
    assert newsconv.read(data, format="json").blocks == DOC.blocks


def test_write_to_a_path_picks_the_format_from_the_suffix(tmp_path: Path) -> None:
    target = newsconv.write(DOC, tmp_path / "a.json")
    assert target == tmp_path / "a.json"
    doc = newsconv.read(target)
    assert doc.metadata.published == DOC.metadata.published
    assert doc.metadata.source == str(target)


def test_read_records_the_source_and_sniffs_without_a_suffix(tmp_path: Path) -> None:
    path = tmp_path / "article"
    path.write_bytes(newsconv.write(DOC, to="json"))
    assert newsconv.read(path).metadata.source == str(path)


def test_raw_bytes_record_no_source_but_a_given_name() -> None:
    """A name in angle brackets only labels messages; an archive member's name is a source."""
    data = newsconv.write(DOC, to="json")
    assert newsconv.read(data).metadata.source is None
    assert newsconv.read(data, name="<stdin>").metadata.source is None
    assert newsconv.read(data, name="in.zip/a.json").metadata.source == "in.zip/a.json"


def test_convert_reads_and_writes_in_one_call(tmp_path: Path) -> None:
    source = newsconv.write(DOC, tmp_path / "a.json")
    target = newsconv.convert(source, tmp_path / "a.md")
    assert target.read_text("utf-8").startswith("---\n")
    assert "Schools reopen on Monday." in target.read_text("utf-8")


def test_unknown_output_format_fails_before_reading(tmp_path: Path) -> None:
    with pytest.raises(FormatError):
        newsconv.convert(tmp_path / "missing.json", tmp_path / "a.docxx")


def test_errors_name_the_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(ParseError, match=f"^{bad}: "):
        newsconv.read(bad)
    with pytest.raises(UnreadableInput, match="no such file"):
        newsconv.read(tmp_path / "nope.json")


def test_options_as_mapping_or_object_and_wrong_type_refused() -> None:
    assert newsconv.write(DOC, to="md", options={"front_matter": "false"}).startswith(
        b"# Floods recede\n\nThe"
    )
    with pytest.raises(OptionError, match="unknown option 'colour'"):
        newsconv.write(DOC, to="md", options={"colour": "red"})
    with pytest.raises(OptionError, match="expected"):
        newsconv.write(DOC, to="md", options=newsconv.BookInfo())  # type: ignore[arg-type]


def test_write_book_refuses_a_format_without_books() -> None:
    with pytest.raises(FormatError, match="the md writer cannot make a book"):
        newsconv.write_book([DOC, DOC], to="md")


def test_diagnostics_reach_the_callback() -> None:
    html = (
        b"<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav><article>"
        + (
            b"<p>"
            + b"A long enough sentence about the news of the day, with detail. " * 4
            + b"</p>"
        )
        * 3
        + b"</article></body></html>"
    )
    seen = Collector()
    newsconv.read(html, format="html", on_diagnostic=seen)
    assert seen.items, "the reader should say what it removed"


def _quoted(levels: int) -> Document:
    block = para("The deepest words of a document nested quote in quote.")
    for _ in range(levels - 2):  # the paragraph and its text are two levels
        block = Quote((block,))
    return Document(Metadata(title="Deep", source="deep.json"), (block,))


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "json", "epub", "pdf"])
def test_documents_deeper_than_the_writers_take_are_refused_in_one_line(fmt: str) -> None:
    assert newsconv.write(_quoted(MAX_DEPTH), to=fmt)
    message = f"deep.json: nested {MAX_DEPTH + 1} levels deep; newsconv takes at most {MAX_DEPTH}"
    with pytest.raises(OutputError) as refused:
        newsconv.write(_quoted(MAX_DEPTH + 1), to=fmt)
    assert str(refused.value) == message


def test_a_book_with_one_document_too_deep_is_refused() -> None:
    with pytest.raises(OutputError, match=f"nested {MAX_DEPTH + 1} levels"):
        newsconv.write_book([_quoted(3), _quoted(MAX_DEPTH + 1)], to="epub")
