"""Bytes to text, deciding the encoding the way a careful browser would.

Order: a byte-order mark; then valid UTF-8 (multi-byte UTF-8 is almost never produced by
chance, so it beats a label that says otherwise: the common "declared latin-1, really
UTF-8" page); then the declared label, mapped as the WHATWG Encoding Standard maps it
(``iso-8859-1`` means windows-1252, ``gb2312`` means gb18030, ...); then detection by
charset-normalizer. UTF-8 or a declared codec that explains all but a few stray bytes
still wins (saved pages are often patched by hand). Binary data is refused rather than
turned into mojibake.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from newsconv.errors import DecodingError, OptionError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Labels whose WHATWG meaning is a superset of what Python's codec of that name decodes.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "utf8": "utf-8",
    "unicode": "utf-16",
    "x-user-defined": "cp1252",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "x-cp1251": "cp1251",
    "x-euc-jp": "euc_jp",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
}


#: Python text codecs that are no encoding of a file: host-name codecs (IDNA refuses the
#: "replace" error handler), the one that refuses all input, and Python's source escapes
#: (a backslash in a page raises a warning; "\\ud800" makes half a surrogate pair).
_NOT_FILE_ENCODINGS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}
)


def chosen_codec(label: str) -> str:
    """The codec for an encoding the user asked for (``--encoding``); a label that names
    none is an :class:`~newsconv.errors.OptionError`, never a silent guess."""
    codec = codec_for(label)
    if codec is None:
        raise OptionError(f"unknown encoding {label!r}")
    return codec


def codec_for(label: str | None) -> str | None:
    """The Python codec for an encoding label, or ``None`` when the label is unknown or
    names no encoding of text files (``base64``, ``zlib``, ``idna``...)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _WHATWG.get(name, name)
    try:
        codec = codecs.lookup(name).name
        if codec in _NOT_FILE_ENCODINGS:
            return None
        b"a".decode(codec, "replace")  # a bytes-to-bytes codec (base64, zlib) refuses
    except (LookupError, ValueError):  # ValueError: a NUL in the label ("utf-8\0")
        return None
    return codec


def sniff_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


#: Characters XML 1.0 does not allow anywhere, not even escaped.
_SURROGATE = re.compile("[\ud800-\udfff]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids.

    Documents may hold them (a page's ``&#x1;``, a JSON ``"\\u0001"``), but lxml refuses
    them, and XHTML (EPUB) cannot carry them.
    """
    return _XML_ILLEGAL.sub("", text)


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD, as HTML and Markdown read ``&#xD800;``.

    JSON's ``"\\ud800"`` and YAML's ``"\\ud800"`` decode to half a character, which no
    UTF-8 output can carry.
    """
    return _SURROGATE.sub("\ufffd", text)


def decode(
    data: bytes,
    *,
    declared: str | None = None,
    find_label: Callable[[bytes], str | None] | None = None,
) -> tuple[str, str]:
    """Decode ``data``; return the text and the codec used.

    ``declared`` is the label the input carries (HTTP header, ``<meta charset>``), if any.
    ``find_label`` looks for one in ``data`` when ``declared`` names no codec (a page's
    ``<meta charset>``): only once the bytes prove not to be UTF-8, which wins over any
    label (most pages are, and looking costs a third of decoding them).
    Raises :class:`DecodingError` for binary data or bytes no encoding explains.
    """
    bom = sniff_bom(data)
    if bom is not None:
        return data.decode(bom, errors="replace"), bom
    if b"\x00" in data[:65536]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DecodingError("binary data, not text")
        return data.decode(utf16, errors="replace"), utf16
    text = _decode_mostly(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if find_label is not None and codec_for(declared) is None:
        declared = find_label(data)
    codec = codec_for(declared)
    if codec is not None and (text := _decode_mostly(data, codec)) is not None:
        # A declared UTF-7 can give half a surrogate pair.
        return (text if codec == "utf-8" else without_surrogates(text)), codec
    from charset_normalizer import from_bytes  # 10 ms: only pages that declare nothing

    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise DecodingError("the bytes are not text in any known encoding")
    return data.decode(best.encoding, errors="replace"), best.encoding


def _decode_mostly(data: bytes, codec: str) -> str | None:
    """``data`` in ``codec`` if it decodes, or nearly: at most one bad sequence per eight
    good non-ASCII characters (a wrong codec fails far more often than that)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return text if good >= 8 * bad else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in every other byte of its ASCII characters,
    and (unlike binary data) almost none in the other half."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    least = max(2, len(sample) // 100)
    if odd >= least and even * 50 <= odd:
        return "utf-16-le"
    if even >= least and odd * 50 <= even:
        return "utf-16-be"
    return None
