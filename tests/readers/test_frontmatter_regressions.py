"""Front matter the fuzzer broke: impossible YAML dates, deep nesting, wrongly typed values."""

from __future__ import annotations

import json

import pytest

import newsconv
from newsconv.errors import ParseError
from newsconv.readers.json import check


def _read(front: str) -> newsconv.Document:
    page = f"---\n{front}\n---\n\n# Title\n\nSome body text.\n"
    return newsconv.read(page.encode(), format="md", on_diagnostic=lambda _: None)


@pytest.mark.parametrize("when", ["2021-13-45", "0000-01-01", "2021-01-01T25:00:00"])
def test_a_date_no_calendar_has_is_skipped(when: str) -> None:
    # PyYAML built the timestamp itself and raised ValueError out of the reader.
    doc = _read(f"date: {when}\ntitle: Kept")
    assert doc.metadata.published is None
    assert doc.metadata.title == "Kept"


def test_deeply_nested_yaml_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="nested too deeply"):
        _read("title: " + "[" * 2000)


def test_wrongly_typed_values_still_give_valid_json() -> None:
    # An int author URL and a negative image width went into the model, and the JSON
    # writer then wrote a document its own schema rejects.
    doc = _read("authors: [{name: Ann, url: 3}]\nimage: {src: a.png, width: -5}")
    assert doc.metadata.authors[0].url == "3"
    check(json.loads(newsconv.write(doc, to="json")))


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    # YAML's "\ud800" escape decoded to half a character; every writer failed to encode it.
    doc = _read('title: "a\\ud800"\ntags: ["\\udfff"]')
    assert doc.metadata.title == "a\ufffd"
    assert doc.metadata.tags == ("\ufffd",)
    assert newsconv.write(doc, to="json")
