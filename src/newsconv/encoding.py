"""Bytes to text, deciding the encoding the way a careful browser would.

Order: a byte-order mark; then ISO-2022-JP, told by its shifts into JIS X 0208 (old
Japanese pages and mail are 7-bit, so they are valid UTF-8 too, and would keep their escape
codes as text); then valid UTF-8 (multi-byte UTF-8 is almost never produced by chance, so
it beats a label that says otherwise: the common "declared latin-1, really UTF-8" page);
then the declared label, mapped as the WHATWG Encoding Standard maps it (``iso-8859-1``
means windows-1252, ``gb2312`` means gb18030, ...); then detection by charset-normalizer,
with the text's language to choose among the single-byte encodings it ranks nearly alike
(as browsers weigh an encoding by how common it is). UTF-8 or a declared codec that
explains all but a few stray bytes still wins (saved pages are often patched by hand).
Binary data is refused rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from newsconv.errors import DecodingError, OptionError

#: ISO-2022-JP's shifts into JIS X 0208 (1978, 1983): no other text holds them.
_JIS_SHIFT = re.compile(rb"\x1b\$[@B]")
#: Python's ISO-2022-JP with half-width katakana (ESC ( I), as the WHATWG decoder reads it.
_ISO_2022_JP = "iso2022_jp_ext"

#: How much of an undeclared input's telling lines (:func:`_telling_lines`)
#: charset-normalizer reads, and the language guess.
_DETECTION_BYTES = 262144
_LANGUAGE_BYTES = 16384
#: Telling lines (:func:`_telling_lines`) enough to detect the encoding from them alone.
_TELLING_ENOUGH = 256
#: How much of a line before its first byte outside ASCII is taken with it.
_LINE_CONTEXT = 1024
#: The legacy encodings each language was written in before UTF-8, the most used first, by
#: :func:`~newsconv.language.detect_language`'s codes. Single-byte encodings read the same
#: bytes as other letters, and charset-normalizer breaks near-ties by their names: a
#: Portuguese text in windows-1252 came out in windows-1250 ("nă" for "não"), a Turkish
#: one in ISO-8859-10. CJK encodings are multi-byte, told apart well without this.
_LEGACY_BY_LANGUAGE = {
    language: codecs_
    for codecs_, languages in (
        (
            ("cp1252", "latin_1", "iso8859_15", "mac_roman"),
            "af ca da de en es eu fi fr ga gl id is it ms nb nl nn no pt sq sv sw",
        ),
        (("cp1250", "iso8859_2"), "bs cs hr hu pl ro sk sl"),
        (
            ("cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5"),
            "be bg kk ky mk mn ru sr uk",
        ),
        (("cp1253", "iso8859_7"), "el"),
        (("cp1254", "iso8859_9"), "az tr"),
        (("cp1255", "iso8859_8"), "he yi"),
        (("cp1256", "iso8859_6"), "ar fa ps ur"),
        (("cp1257", "iso8859_13", "iso8859_4"), "et lt lv"),
        (("cp1258",), "vi"),
        (("cp874",), "th"),
    )
    for language in languages.split()
}
#: How much more mess (charset-normalizer's chaos, from 0 to 1) a language's own encoding
#: may show than the first-ranked one and still be taken instead.
_NEAR_TIE = 0.1
#: windows-1250 puts letters in 0x80-0x9F ("š", "ž", "ś", "ź", "ť"), where ISO-8859-2
#: has only control codes, and Central European text seldom goes without them: where the
#: two read nearly alike and no byte falls there, the text is ISO-8859-2 (a Czech text read
#: as windows-1250 turns its "š" into "ą"). Other code pages keep only punctuation there,
#: so their ISO sibling cannot be told so (Greek "Ά" is 0xA2 in windows-1253, "’" in
#: ISO-8859-7).
_CENTRAL_WINDOWS, _CENTRAL_ISO = "cp1250", "iso8859_2"
_C1 = re.compile(rb"[\x80-\x9f]")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
#: A character outside ASCII that is neither a letter, a digit, a space, a quote, a dash,
#: a bullet nor a mark that follows names ("Acme™"), next to a letter.
_SIGN = r"[^\w\s\x00-\x7f‘’‚“”„«»‹›–—…·•©®™]"
_GLUED_SIGN = re.compile(rf"(?<=[^\W\d_]){_SIGN}|{_SIGN}(?=[^\W\d_])")
#: Two letters in a row, one of them outside ASCII, or a letter, a space and a letter
#: outside ASCII standing alone.
_LETTER_PAIR = re.compile(
    r"[^\W\d_](?:[^\W\d_\x00-\x7f]| [^\W\d_\x00-\x7f](?!\w))|[^\W\d_\x00-\x7f][^\W\d_]"
)
_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]")
#: A tag, taken out of the text whose language is guessed.
_MARKUP = re.compile(r"<[^<>]*>")

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
    # ESC alone is found by memchr, where a search for the pair reads every byte (some
    # 0.7 ns each: 8 µs for a page of text); most inputs hold no ESC at all.
    if b"\x1b" in data and b"\x1b$" in data and (jis := _iso_2022_jp(data)) is not None:
        return jis, _ISO_2022_JP
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
    codec = _detected(data)
    if codec is None:
        raise DecodingError("the bytes are not text in any known encoding")
    return data.decode(codec, errors="replace"), codec


def _detected(data: bytes) -> str | None:
    """The codec charset-normalizer ranks first for ``data`` (its telling lines, or its
    head when they are few), unless the text's language was written in another one it
    ranks nearly as well or does not rank at all (:data:`_LEGACY_BY_LANGUAGE`; it seldom
    ranks Mac Roman), or, of several such, the one that reads it with the fewest
    misreadings (:func:`_misreadings`); windows-1250 with no byte in 0x80-0x9F is
    ISO-8859-2 (:data:`_CENTRAL_WINDOWS`)."""
    from charset_normalizer import from_bytes  # 10 ms: only inputs that declare nothing

    head = data[:_DETECTION_BYTES]
    telling = _telling_lines(data)
    sample = telling if len(telling) >= _TELLING_ENOUGH or head.isascii() else head
    matches = from_bytes(sample)
    best = next((match for match in matches if not _katakana_run(str(match))), None)
    if best is None or best.encoding is None:
        return None
    near = [match for match in matches if match.chaos <= best.chaos + _NEAR_TIE]
    ranked = {codec for match in matches for codec in match.could_be_from_charset}
    language = _language(best.encoding, telling, head)
    own = [
        codec
        for codec in _LEGACY_BY_LANGUAGE.get(language or "", ())
        if codec not in ranked or any(codec in match.could_be_from_charset for match in near)
    ]
    chosen = own[0] if own and set(own).isdisjoint(best.could_be_from_charset) else best.encoding
    if len(own) > 1:
        chosen = min(dict.fromkeys([chosen, *own]), key=lambda codec: _misreadings(sample, codec))
    if (
        chosen == _CENTRAL_WINDOWS
        and _C1.search(data) is None
        and any(_CENTRAL_ISO in match.could_be_from_charset for match in near)
    ):
        return _CENTRAL_ISO
    return chosen


def _katakana_run(text: str) -> bool:
    """Whether most of ``text``'s characters outside ASCII are half-width katakana: Japanese
    uses them sparingly, but they are Shift_JIS's single bytes 0xA1-0xDF, where KOI8-R and
    windows-1251 keep their small letters, so a short Russian text can read as a run of
    them ("ﾐﾏﾄﾄﾅﾒﾖﾋﾉ" for "поддержки")."""
    kana = len(_HALF_WIDTH_KANA.findall(text))
    return kana > 0 and 2 * kana > len(text) - len(text.encode("ascii", "ignore"))


def _misreadings(sample: bytes, codec: str) -> int:
    """How many of ``codec``'s characters in ``sample`` a wrong reading would make: signs
    glued to a letter ("¶ρης" for "Άρης" in ISO-8859-7 read as windows-1253) and capitals
    right after a small letter, one of them outside ASCII ("donÕt" for "don’t" in Mac
    Roman read as windows-1252, "ìIt" for "“It" the other way round),
    where the right reading has letters, or quotes and dashes."""
    text = sample[:_LANGUAGE_BYTES].decode(codec, errors="replace")
    pairs: list[str] = _LETTER_PAIR.findall(text)
    capitals = sum(pair[0].islower() and pair[-1].isupper() for pair in pairs)
    return len(_GLUED_SIGN.findall(text)) + capitals


def _language(codec: str, *samples: bytes) -> str | None:
    """The language of the first of ``samples`` that shows one, read in ``codec`` with
    its tags taken out."""
    from newsconv.language import detect_language

    for sample in samples:
        words = _MARKUP.sub(" ", sample[:_LANGUAGE_BYTES].decode(codec, errors="replace"))
        if language := detect_language(words):
            return language
    return None


def _telling_lines(data: bytes) -> bytes:
    """The lines of ``data`` that hold a byte outside ASCII, joined, up to
    :data:`_DETECTION_BYTES`. ASCII reads alike in every encoding detected here, so the
    other lines only dilute what tells the encodings apart (a page's head of scripts and
    styles, a text's menus), and on a large page the first non-ASCII byte may come after
    the part detection reads. A few such lines (a "©" in the footer) are too little to
    tell anything: :func:`_detected` reads the input's head then."""
    lines: list[bytes] = []
    size, at = 0, 0
    while size < _DETECTION_BYTES and (found := _NON_ASCII.search(data, at)) is not None:
        # A long line (a minified page is one) is taken from a little before its first
        # such byte: everything between ``at`` and that byte is ASCII, so no character
        # is cut in two.
        start = max(data.rfind(b"\n", 0, found.start()) + 1, found.start() - _LINE_CONTEXT)
        end = data.find(b"\n", found.end(), start + _DETECTION_BYTES)
        end = min(len(data), start + _DETECTION_BYTES) if end < 0 else end
        lines.append(data[start:end])
        size += end - start + 1
        at = end + 1
    return b"\n".join(lines)[:_DETECTION_BYTES]


def _iso_2022_jp(data: bytes) -> str | None:
    """``data`` as ISO-2022-JP when it is 7-bit, shifts into JIS X 0208 and decodes so."""
    if not data.isascii() or _JIS_SHIFT.search(data) is None:
        return None
    try:
        return data.decode(_ISO_2022_JP)
    except UnicodeDecodeError:
        return None


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
