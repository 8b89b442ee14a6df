"""Pages a browser saved as one file: MHTML ("Webpage, Single File"), Safari's Web Archive."""

from __future__ import annotations

import base64
import io
import plistlib
import quopri
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import PIL.Image
import pytest
from typer.testing import CliRunner

import newsconv
from newsconv import registry
from newsconv.batch.items import wanted
from newsconv.cli import app
from newsconv.diagnostics import Collector
from newsconv.errors import UnreadableInput
from newsconv.tree import images, plain_text

SENTENCE = (
    "Городской совет во вторник вечером после долгих споров решил построить новую "
    "библиотеку, первую в районе за сорок лет."
)
PAGE = (
    "<html><head><title>Библиотека откроется весной | Городские новости</title></head><body>"
    "<nav><a href='/'>Главная</a> <a href='/city'>Город</a></nav><article>"
    "<h1>Библиотека откроется весной</h1><p>2 hours ago</p>"
    + "".join(f"<p>{i}. {SENTENCE}</p>" for i in range(1, 7))
    + "<img src='reading-room.jpg' alt='Читальный зал'></article></body></html>"
)
BOUNDARY = "----MultipartBoundary--x7Qk----"


def png() -> bytes:
    out = io.BytesIO()
    PIL.Image.new("RGB", (40, 30), (200, 120, 40)).save(out, format="PNG")
    return out.getvalue()


def mhtml(page: bytes, *, charset: str | None = None, with_page: bool = True) -> bytes:
    """A page as Chromium saves it: headers, the page quoted-printable, then a picture."""
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    parts = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://news.example.org/city/library",
        "Subject: =?utf-8?Q?Library?=",
        "Date: Fri, 20 May 2021 09:00:00 +0300",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{BOUNDARY}"',
        "",
        "",
    ]
    message = "\r\n".join(parts).encode()
    if with_page:
        message += (
            (
                f"--{BOUNDARY}\r\nContent-Type: {content_type}\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\n"
                "Content-Location: https://news.example.org/city/library\r\n\r\n"
            ).encode()
            + quopri.encodestring(page).replace(b"\n", b"\r\n")
            + b"\r\n"
        )
    message += (
        f"--{BOUNDARY}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://news.example.org/city/reading-room.jpg\r\n\r\n"
        f"{base64.encodebytes(png()).decode()}\r\n--{BOUNDARY}--\r\n"
    ).encode()
    return message


def test_the_page_in_a_legacy_encoding_is_read_with_its_address_and_save_date() -> None:
    data = mhtml(PAGE.encode("windows-1251"), charset="windows-1251")
    doc = newsconv.read(data, format="mhtml")
    assert doc.metadata.title == "Библиотека откроется весной"
    assert plain_text(doc).count(SENTENCE) == 6
    assert "Главная" not in plain_text(doc)
    assert doc.metadata.url == "https://news.example.org/city/library"
    # the picture's relative address resolves against the page's; it is never loaded
    assert list(images(doc)) == ["https://news.example.org/city/reading-room.jpg"]
    # "2 hours ago" counts from when the browser saved the page
    assert doc.metadata.published == datetime(2021, 5, 20, 4, 0, tzinfo=timezone.utc)


def test_the_suffix_or_the_first_bytes_choose_the_reader() -> None:
    assert registry.find_by_suffix("reader", "saved/page.mhtml") is registry.find("reader", "mht")
    assert registry.sniff_reader(mhtml(PAGE.encode())).name == "mhtml"
    assert wanted("archive/page.mht", None)
    doc = newsconv.read(mhtml(PAGE.encode(), charset="utf-8"))  # sniffed
    assert plain_text(doc).count(SENTENCE) == 6


def test_a_file_without_a_page_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="no web page in this MHTML file"):
        newsconv.read(mhtml(b"", with_page=False), format="mhtml")
    saved = tmp_path / "broken.mhtml"
    saved.write_bytes(b"not a MIME message at all")
    result = CliRunner().invoke(app, ["convert", str(saved), "--to", "md", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"newsconv: error: {saved}: no web page in this MHTML file\n"
    assert not list(tmp_path.glob("*.md"))


def test_writers_take_the_pictures_saved_in_the_file_not_from_the_network(
    tmp_path: Path,
) -> None:
    saved = tmp_path / "library.mhtml"
    saved.write_bytes(mhtml(PAGE.encode(), charset="utf-8"))
    warnings = Collector(levels=["warning"])
    newsconv.convert(saved, tmp_path / "library.epub", on_diagnostic=warnings)
    assert warnings.items == []
    with zipfile.ZipFile(tmp_path / "library.epub") as book:
        pictures = [name for name in book.namelist() if name.endswith(".png")]
        assert [book.read(name) for name in pictures] == [png()]
    # a page saved as HTML has no such file: the same address stays blocked
    html = tmp_path / "library.html"
    html.write_text(
        PAGE.replace("reading-room.jpg", "https://news.example.org/city/reading-room.jpg")
    )
    newsconv.convert(html, tmp_path / "plain.epub", on_diagnostic=warnings)
    assert [item.code for item in warnings.items] == ["image-blocked"]


def webarchive(page: bytes, charset: str = "UTF-8") -> bytes:
    """A page as Safari saves it: a binary property list of the page and its picture."""
    return plistlib.dumps(
        {
            "WebMainResource": {
                "WebResourceData": page,
                "WebResourceMIMEType": "text/html",
                "WebResourceTextEncodingName": charset,
                "WebResourceURL": "https://news.example.org/city/library",
                "WebResourceFrameName": "",
            },
            "WebSubresources": [
                {
                    "WebResourceData": png(),
                    "WebResourceMIMEType": "image/png",
                    "WebResourceURL": "https://news.example.org/city/reading-room.jpg",
                }
            ],
        },
        fmt=plistlib.FMT_BINARY,
    )


def test_a_web_archive_is_read_with_its_encoding_and_address(tmp_path: Path) -> None:
    data = webarchive(PAGE.encode("koi8-r"), charset="KOI8-R")
    assert registry.sniff_reader(data).name == "webarchive"
    doc = newsconv.read(data)
    assert doc.metadata.title == "Библиотека откроется весной"
    assert plain_text(doc).count(SENTENCE) == 6
    assert doc.metadata.url == "https://news.example.org/city/library"
    saved = tmp_path / "library.webarchive"
    saved.write_bytes(data)
    warnings = Collector(levels=["warning"])
    newsconv.convert(saved, tmp_path / "library.epub", on_diagnostic=warnings)
    assert warnings.items == []
    with zipfile.ZipFile(tmp_path / "library.epub") as book:
        assert [book.read(n) for n in book.namelist() if n.endswith(".png")] == [png()]


def test_a_property_list_without_a_page_is_a_clear_error() -> None:
    with pytest.raises(UnreadableInput, match="no web page in this Web Archive"):
        newsconv.read(plistlib.dumps({"WebSubresources": []}), format="webarchive")
    with pytest.raises(UnreadableInput, match="no web page in this Web Archive"):
        newsconv.read(b"bplist00 cut short", format="webarchive")
