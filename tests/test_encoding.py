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


JAPANESE = "港は修理の後、月曜日に再開されました。ﾌｪﾘｰが到着した。"


@pytest.mark.parametrize("declared", [None, "iso-2022-jp", "utf-8"])
def test_iso_2022_jp_is_told_by_its_shifts_though_it_is_valid_utf8(declared: str | None) -> None:
    data = (JAPANESE * 3).encode("iso2022_jp_ext")
    assert data.isascii()
    assert decode(data, declared=declared) == (JAPANESE * 3, "iso2022_jp_ext")


@pytest.mark.parametrize(
    "data",
    [
        b"\x1b[31mred\x1b[0m and \x1b$ alone",  # terminal colours, a dollar after an escape
        "caf\u00e9 \x1b$B".encode(),  # not 7-bit
        b"\x1b$B\x7f\x7f\x1b(B",  # a shift to nothing JIS X 0208 holds
    ],
)
def test_escape_codes_that_are_no_iso_2022_jp_stay_utf8(data: bytes) -> None:
    assert decode(data) == (data.decode(), "utf-8")


# Undeclared single-byte texts that charset-normalizer alone ranks in another encoding.
PORTUGUESE = (
    "A prefeitura anunciou nesta segunda-feira que a ponte velha será fechada para carros a "
    "partir de junho. Segundo o secretário de obras, a estrutura não suporta mais o tráfego "
    "pesado e precisará de reformas que devem durar dois anos. Os moradores da região"
)
SPANISH = (
    "El ayuntamiento anunció el lunes que el viejo puente se cerrará a los coches a partir de "
    "junio. Según el concejal de obras, la estructura ya no soporta el tráfico pesado y "
    "necesitará una reforma que durará dos años. Los vecinos del barrio, que cruzan el puente"
)
CZECH = (
    "Radnice v pondělí oznámila, že starý most bude od června uzavřen pro auta. Podle "
    "náměstka pro dopravu už konstrukce nevydrží těžký provoz a čeká ji oprava, která potrvá "
    "dva roky. Obyvatelé čtvrti, kteří most používají každý den, si stěžují."
)
TURKISH = (
    "Belediye pazartesi günü yaptığı açıklamada, eski köprünün haziran ayından itibaren araç "
    "trafiğine kapatılacağını duyurdu. Ulaşım müdürüne göre yapı artık ağır trafiği taşıyamıyor "
    "ve iki yıl sürecek bir onarıma ihtiyaç"
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(PORTUGUESE, "cp1252"), (SPANISH, "cp1252"), (CZECH, "iso-8859-2"), (TURKISH, "cp1254")],
    ids=["portuguese-windows-1252", "spanish-windows-1252", "czech-iso-8859-2", "turkish"],
)
def test_detection_takes_the_encoding_the_language_is_written_in(text: str, codec: str) -> None:
    assert decode(text.encode(codec))[0] == text


def test_detection_reads_the_lines_that_tell_wherever_they_are() -> None:
    # The accents come after a quarter megabyte of scripts, on the one line of a minified
    # page: the head alone reads as ASCII.
    script = "<script>var config = {section: 'news', ids: [1, 2, 3]};</script>" * 5000
    page = f"<html><head>{script}</head><body><p>{SPANISH}</p></body></html>"
    assert decode(page.encode("cp1252"))[0] == page


def test_a_lone_sign_outside_ascii_is_read_with_the_text_around_it() -> None:
    # Alone, the footer's line reads as well in ISO-8859-2 ("Š 2002") as in windows-1252.
    english = "The council said the old bridge would close to cars in June. " * 20
    footer = '<font size="4"><br/>...or, why do I bother.</font></b></font><br/> \u00a9 2002, 2003'
    page = f"<p>{english}</p>\n{footer}"
    assert decode(page.encode("cp1252"))[0] == page


def test_a_language_s_own_encoding_ranked_first_is_kept() -> None:
    russian = RUSSIAN + " Город обещает бесплатные автобусы на время работ, сообщила мэрия."
    assert decode(russian.encode("mac-cyrillic")) == (russian, "mac_cyrillic")
    assert decode(CZECH.encode("cp1250")) == (CZECH, "cp1250")


GREEK = "Άρης Παπαδόπουλος, ο δήμαρχος, ανακοίνωσε ότι η παλιά γέφυρα θα κλείσει."


def test_of_a_language_s_encodings_the_one_gluing_no_sign_to_a_letter_wins() -> None:
    # windows-1253 reads ISO-8859-7's "Ά" as "¶"; ISO-8859-7 reads windows-1253's as "’",
    # which may stand before a letter (and having no byte in 0x80-0x9F does not make the
    # text ISO-8859-7, as it makes windows-1250 ISO-8859-2).
    assert decode(GREEK.encode("iso-8859-7")) == (GREEK, "iso8859_7")
    assert decode(GREEK.encode("cp1253")) == (GREEK, "cp1253")


ENGLISH_QUOTED = (
    "Officials said the storm\u2019s path was still uncertain on Tuesday, but forecasters warned "
    "that coastal towns \u2014 many of them still rebuilding \u2014 could see flooding by the "
    "weekend. \u201cIt\u2019s too early to say,\u201d one of them said."
)


ENGLISH_DASHED = (
    "The council vote \u2014 delayed twice since the spring \u2014 finally passed on Friday "
    "night, and the new budget takes effect in January. The opposition said it would appeal."
)


@pytest.mark.parametrize("codec", ["mac-roman", "cp1252"])
@pytest.mark.parametrize("text", [ENGLISH_QUOTED, ENGLISH_DASHED], ids=["quoted", "dashed"])
def test_western_text_in_mac_roman_is_told_from_windows_1252(text: str, codec: str) -> None:
    # charset-normalizer seldom ranks Mac Roman. Read as windows-1252, its quotes, dashes
    # and accents become capitals glued to small letters ("donÕt", "cafŽ") or standing
    # alone ("vote Ñ delayed"); read as Mac Roman, windows-1252 text shows them too
    # ("ìIt", "cafÈ").
    assert decode(text.encode(codec))[0] == text


def test_a_trade_mark_glued_to_a_word_is_no_misreading() -> None:
    # "Brand\u2122" reads as "Brand\u00f4" in Mac Roman, a word like any other, and the
    # quotes as small letters ("It\u00eds"): the trade mark is no sign out of place.
    text = (
        "The council said the old bridge would close to cars in June, and that Acme\u2122 "
        "would run the ferry meanwhile. \u201cIt\u2019s the only way,\u201d the mayor said. "
    ) * 3
    assert decode(text.encode("cp1252"))[0] == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [(f"Title\n\n{RUSSIAN}\n\n{RUSSIAN}", "koi8-r"), (JAPANESE * 3, "shift_jis")],
    ids=["short-koi8-r", "japanese-with-half-width-katakana"],
)
def test_a_run_of_half_width_katakana_is_no_japanese(text: str, codec: str) -> None:
    # charset-normalizer ranks Shift_JIS first for the short KOI8-R text, whose small
    # letters are its half-width katakana; Japanese keeps a few of them.
    assert decode(text.encode(codec))[0] == text


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
