"""Decoding pages in legacy encodings, declared in every way a page can, or not at all."""

from __future__ import annotations

import codecs
import time

import lxml.html
import pytest

from newsconv.errors import DecodingError, OptionError
from newsconv.readers.html import parse
from newsconv.readers.html.decode import decode_html, decode_page, prescan

RUSSIAN = (
    "Правительство России утвердило новый порядок выдачи разрешений на строительство. "
    "По словам министра, документы теперь можно будет подать через портал госуслуг, а срок "
    "рассмотрения заявления сократится с тридцати до семи рабочих дней. Эксперты считают, "
    "что реформа ускорит жилищное строительство в регионах, однако предупреждают о рисках."
)
JAPANESE = (
    "政府は二十日、新しい経済対策を閣議決定した。物価高に対応するため、低所得世帯への"
    "給付金や電気料金の負担軽減策を盛り込んだ。岸田首相は記者会見で「国民の生活を守るため、"
    "あらゆる手段を講じる」と述べた。対策の規模は国と地方を合わせて約二十兆円となる見通しだ。"
)
CHINESE_SIMPLIFIED = (
    "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二，经济运行"
    "总体回升向好。专家表示，消费对经济增长的贡献率进一步提高，服务业保持较快增长，"
    "但外部环境依然复杂严峻，需要继续加大宏观政策调控力度，巩固经济恢复的基础。"
)
CHINESE_TRADITIONAL = (
    "行政院今日通過新的住宅政策，將擴大社會住宅的興建規模，並提高租金補貼的額度。"
    "行政院長在記者會上表示，政府希望在未來四年內興建八萬戶社會住宅，協助年輕人安心成家。"
    "不過，部分學者認為，政策的成效仍有待觀察，關鍵在於土地取得與地方政府的配合。"
)
KOREAN = (
    "정부는 오늘 국무회의에서 새로운 부동산 대책을 의결했다. 이번 대책에는 무주택 "
    "청년과 신혼부부를 위한 공공주택 공급 확대와 대출 규제 완화 방안이 포함됐다. "
    "국토교통부 장관은 기자회견에서 집값 안정을 위해 모든 수단을 동원하겠다고 밝혔다."
)
POLISH = (
    "Rząd przyjął w czwartek projekt ustawy o zmianie przepisów dotyczących ochrony "
    "środowiska. Minister podkreślił, że nowe regulacje pozwolą szybciej usuwać źródła "
    "zanieczyszczeń, a gminy otrzymają więcej pieniędzy na wymianę pieców węglowych."
)
GREEK = (
    "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τα νοικοκυριά που πλήττονται από "
    "την ακρίβεια. Ο υπουργός Οικονομικών δήλωσε ότι τα μέτρα θα τεθούν σε ισχύ από τον "
    "επόμενο μήνα και θα αφορούν περισσότερους από δύο εκατομμύρια δικαιούχους."
)
FRENCH_EURO = (
    "Le gouvernement a présenté mercredi un budget de 450 milliards d'€ pour l'année "
    "prochaine. Le ministre a déclaré que l'œuvre de redressement des comptes publics "
    "serait poursuivie, malgré les critiques de l'opposition et des économistes."
)

#: (encoding, text, the label a page would declare)
LEGACY = [
    ("windows-1251", RUSSIAN, "windows-1251"),
    ("koi8-r", RUSSIAN, "KOI8-R"),
    ("shift_jis", JAPANESE, "Shift_JIS"),
    ("euc-jp", JAPANESE, "EUC-JP"),
    ("gb18030", CHINESE_SIMPLIFIED, "gb2312"),
    ("big5", CHINESE_TRADITIONAL, "Big5"),
    ("euc-kr", KOREAN, "euc-kr"),
    ("iso-8859-2", POLISH, "ISO-8859-2"),
    ("iso-8859-7", GREEK, "iso-8859-7"),
    ("iso-8859-15", FRENCH_EURO, "ISO-8859-15"),
]
IDS = [case[0] for case in LEGACY]


def page(text: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html>\n<html><head>{head}<title>News</title></head>\n"
        f"<body><article><h1>Title</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )


@pytest.mark.parametrize(("codec", "text", "label"), LEGACY, ids=IDS)
def test_meta_charset(codec: str, text: str, label: str) -> None:
    html = page(text, f'<meta charset="{label}">')
    assert text in decode_html(html.encode(codec))


@pytest.mark.parametrize(("codec", "text", "label"), LEGACY, ids=IDS)
def test_meta_http_equiv(codec: str, text: str, label: str) -> None:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    assert text in decode_html(page(text, meta).encode(codec))


@pytest.mark.parametrize(("codec", "text", "label"), LEGACY, ids=IDS)
def test_http_charset(codec: str, text: str, label: str) -> None:
    assert text in decode_html(page(text).encode(codec), declared=label)


@pytest.mark.parametrize(("codec", "text", "label"), LEGACY, ids=IDS)
def test_xml_declaration(codec: str, text: str, label: str) -> None:
    html = f'<?xml version="1.0" encoding="{label}"?>\n' + page(text)
    assert text in decode_html(html.encode(codec))


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("windows-1251", RUSSIAN),
        ("koi8-r", RUSSIAN),
        ("shift_jis", JAPANESE),
        ("euc-jp", JAPANESE),
        ("gb18030", CHINESE_SIMPLIFIED),
        ("big5", CHINESE_TRADITIONAL),
        ("euc-kr", KOREAN),
    ],
)
def test_detected_without_any_declaration(codec: str, text: str) -> None:
    assert text in decode_html(page(text).encode(codec))


def test_the_http_charset_beats_the_meta() -> None:
    data = page(RUSSIAN, '<meta charset="iso-8859-1">').encode("koi8-r")
    assert RUSSIAN in decode_html(data, declared="koi8-r")


def test_the_user_override_beats_everything() -> None:
    data = page(RUSSIAN, '<meta charset="utf-8">').encode("cp1251")
    assert RUSSIAN in decode_html(data, declared="utf-8", override="windows-1251")


def test_an_unknown_override_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="no-such-codec"):
        decode_html(b"<p>x</p>", override="no-such-codec")


def test_mislabelled_latin1_that_is_really_utf8() -> None:
    data = page(FRENCH_EURO, '<meta charset="iso-8859-1">').encode("utf-8")
    assert FRENCH_EURO in decode_html(data)
    assert FRENCH_EURO in decode_html(data, declared="ISO-8859-1")


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = page(RUSSIAN, '<meta charset="utf-8">').encode("utf-8")
    broken = data.replace(b"<h1>Title", b"<h1>Title \xe9")
    assert RUSSIAN in decode_html(broken)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    html = page(RUSSIAN, '<meta charset="utf-16">')
    assert RUSSIAN in decode_html(html.encode(codec))


def test_a_bom_beats_a_wrong_meta() -> None:
    data = page(JAPANESE, '<meta charset="shift_jis">').encode("utf-8-sig")
    assert JAPANESE in decode_html(data)


def test_binary_data_is_refused() -> None:
    with pytest.raises(DecodingError):
        decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (b'<meta charset="koi8-r">', "koi8-r"),
        (b"<meta charset=koi8-r>", "koi8-r"),
        (b"<META CHARSET='KOI8-R' />", "KOI8-R"),
        (b'<meta http-equiv="content-type" content="text/html;charset=gbk">', "gbk"),
        (b'<meta content="text/html; charset=big5" http-equiv="Content-Type">', "big5"),
        (b'<meta charset="utf-16le">', "utf-8"),
        (b'<meta charset="no-such-thing"><meta charset="euc-kr">', "euc-kr"),
        (b'<!-- <meta charset="koi8-r"> --><meta charset="cp1251">', "cp1251"),
        (b'<meta name="description" content="charset=koi8-r">', None),
        (b"<title>no declaration</title>", None),
    ],
)
def test_prescan(head: bytes, label: str | None) -> None:
    assert prescan(b"<html><head>" + head + b"</head><body></body></html>") == label


def test_prescan_ignores_a_meta_in_the_body() -> None:
    assert prescan(b'<html><head></head><body><meta charset="koi8-r"></body>') is None


def test_prescan_finds_a_meta_after_long_scripts() -> None:
    head = b"<script>" + b"var x = 1;\n" * 500 + b'</script><meta charset="windows-1251">'
    assert prescan(b"<html><head>" + head + b"</head>") == "windows-1251"


def test_declared_utf8_that_is_really_windows_1251() -> None:
    data = page(RUSSIAN, '<meta charset="utf-8">').encode("cp1251")
    assert RUSSIAN in decode_html(data)


def test_gb2312_label_covers_gbk_characters() -> None:
    text = "镕基" + CHINESE_SIMPLIFIED  # 镕 is in GBK, not in GB2312
    assert text in decode_html(page(text, '<meta charset="gb2312">').encode("gbk"))


def test_prescan_of_unclosed_meta_tags_is_quick() -> None:
    start = time.perf_counter()
    assert prescan(b"<head>" + b"<meta x" * 9000) is None
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        ("<p>Café — naïve</p>".encode(), True),  # strict UTF-8: the bytes are the text
        (b"<p>plain ascii</p>", True),
        ("<p>Café</p>".encode("latin-1"), False),  # decoded from another codec
        (codecs.BOM_UTF8 + b"<p>bom</p>", False),  # the text lacks the BOM
        ("<p>é</p>".encode() * 20 + b"\xff", False),  # mostly UTF-8: a byte was replaced
    ],
)
def test_decode_page_keeps_the_bytes_only_when_they_are_the_text_in_utf8(
    data: bytes, kept: bool
) -> None:
    page = decode_page(data)
    assert page.text == decode_html(data)
    assert (page.utf8 is data) is kept
    if kept:
        assert page.text.encode("utf-8") == data


def test_a_page_parsed_from_its_bytes_equals_one_parsed_from_its_text() -> None:
    """The bytes are dropped where the text must change first (an XML declaration, NULs)."""
    for html in (
        "<html><body><p>Ça va — “bien”</p></body></html>",
        "<?xml version='1.0' encoding='latin-1'?><html><body><p>Ça\x00va</p></body></html>",
        "<html><body><p>Ça\x00va “bien”</p></body></html>",
    ):
        from_bytes = parse(html, utf8=html.encode())
        assert lxml.html.tostring(from_bytes) == lxml.html.tostring(parse(html))
        assert from_bytes.find(".//p").text.startswith("Ça")
        assert "\x00" not in from_bytes.find(".//p").text
