import codecs

import pytest

from newsconv.encoding import codec_for, decode
from newsconv.errors import DecodingError
from newsconv.language import detect_language, direction_of

RUSSIAN = "Правительство объявило о новых мерах поддержки малого бизнеса в регионах страны."


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "utf-16", "utf-8-sig"])
def test_cyrillic_in_legacy_and_unicode_encodings(codec: str) -> None:
    text, _ = decode((RUSSIAN * 3).encode(codec))
    assert text == RUSSIAN * 3


def test_declared_label_is_used_when_bytes_are_not_utf8() -> None:
    assert decode("Привет".encode("koi8-r"), declared="koi8-r") == ("Привет", "koi8-r")


def test_valid_utf8_beats_a_wrong_latin1_label() -> None:
    assert decode("café déjà vu".encode(), declared="iso-8859-1")[0] == "café déjà vu"


def test_a_label_is_looked_for_only_in_bytes_that_are_not_utf8() -> None:
    asked: list[bytes] = []

    def find_label(data: bytes) -> str:
        asked.append(data)
        return "windows-1252"

    assert decode("café".encode(), find_label=find_label) == ("café", "utf-8")
    assert not asked
    assert decode("café".encode("cp1252"), find_label=find_label) == ("café", "cp1252")
    assert asked == ["café".encode("cp1252")]


def test_whatwg_labels_map_to_supersets() -> None:
    assert codec_for("ISO-8859-1") == "cp1252"
    assert codec_for("gb2312") == "gb18030"
    assert codec_for("Shift_JIS") == "cp932"
    assert codec_for("no-such-charset") is None
    assert codec_for("utf-8\x00") is None  # a NUL in a page's <meta charset> (a fuzzer's find)


def test_utf16_without_bom() -> None:
    assert decode(codecs.encode("<p>Hello</p>", "utf-16-le"))[0] == "<p>Hello</p>"


def test_binary_is_refused() -> None:
    with pytest.raises(DecodingError, match="binary"):
        decode(bytes(range(256)) * 8)


def test_language_detection_and_direction() -> None:
    assert detect_language(RUSSIAN) == "ru"
    assert detect_language("ok") is None
    assert direction_of("ar-EG") == "rtl"
    assert direction_of("en") == "ltr"
    assert direction_of(None) is None
