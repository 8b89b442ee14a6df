"""Encoding labels the fuzzer broke: Python codecs that are no encoding of a text file."""

from __future__ import annotations

import pytest

import newsconv
from newsconv.encoding import codec_for
from newsconv.errors import NewsconvError

PAGE = b"<html><body><article><p>" + b"Words \xff of an article, long enough to count. " * 10


@pytest.mark.parametrize(
    "label",
    [
        *("base64", "rot13", "zlib", "hex", "undefined", "idna", "punycode"),
        *("unicode_escape", "raw_unicode_escape"),
    ],
)
def test_codecs_that_encode_no_text_file_are_unknown(label: str) -> None:
    # Each raised out of the readers: LookupError ('not a text encoding') or UnicodeError
    # ('undefined'; 'idna' refuses the "replace" error handler).
    assert codec_for(label) is None


@pytest.mark.parametrize("format", ["html", "text", "md", "json"])
@pytest.mark.parametrize("label", ["base64", "undefined", "idna", "unicode_escape"])
def test_readers_refuse_or_ignore_them(format: str, label: str) -> None:
    try:
        doc = newsconv.read(PAGE, format=format, options={"encoding": label})
    except NewsconvError as err:
        assert "\n" not in str(err)
    else:
        assert newsconv.write(doc, to="md")


def test_real_encodings_still_known() -> None:
    assert [codec_for(label) for label in ("latin-1", "Shift_JIS", "utf-7", "UTF-16")] == [
        "cp1252",
        "cp932",
        "utf-7",
        "utf-16",
    ]
