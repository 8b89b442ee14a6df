"""Documents the fuzzer broke in the EPUB writer: what ebooklib itself puts in XML."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta, timezone

import pytest

import newsconv
from newsconv import build
from newsconv.model import Document, Metadata, Person


def test_control_characters_in_metadata() -> None:
    # Title, author and site went to ebooklib (lxml) as they were: ValueError.
    meta = Metadata(title="Head\x01line\uffff", authors=(Person("A\x02"),), site_name="S\x0c")
    data = newsconv.write(Document(meta, (build.para("Body."),)), to="epub")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        opf = next(name for name in book.namelist() if name.endswith(".opf"))
        assert "Headline" in book.read(opf).decode()


@pytest.mark.parametrize(
    "when",
    [
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
        datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-14))),
    ],
)
def test_dates_at_the_edge_of_the_calendar(when: datetime) -> None:
    # Their UTC form is outside datetime's range: OverflowError when the book was dated.
    doc = Document(Metadata(title="T", published=when), (build.para("Body."),))
    assert newsconv.write(doc, to="epub").startswith(b"PK")
    assert newsconv.write_book([doc, doc], to="epub").startswith(b"PK")
