"""The examples the README points at work: through the CLI, the API, and examples/publish.py."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import html as lxml_html
from pypdf import PdfReader
from typer.testing import CliRunner

import newsconv
from newsconv.cli import app
from newsconv.tree import plain_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PAGE = EXAMPLES / "library-reopens.html"
ARABIC = EXAMPLES / "rooftop-garden-ar.html"
SEED = EXAMPLES / "tengrinews-seed.txt"

TITLE = "Millbrook library reopens eight months after the floods"
AUTHORS = ["Maya Okafor", "Daniel Reyes"]
PUBLISHED = datetime(2026, 4, 18, 7, 45, tzinfo=timezone(timedelta(hours=-4)))

#: Sentences from the article, one per kind of block, that every output must keep.
ARTICLE = (
    "the queue outside the",  # first paragraph (with a strong span inside)
    "What has changed",  # subheading
    "eighteen inches higher",  # emphasis
    "Twelve public computers and free printing",  # list item
    "planning decision",  # pull quote
    "Raised floor and new electrics",  # table cell
    "I want to know where the water goes",  # last paragraph
)

#: The page around the article: none of it belongs in the output.
BOILERPLATE = (
    "Accept all cookies",
    "Subscribe from $1 a week",
    "Politics",
    "Share on Facebook",
    "Copy link",
    "Read also",
    "Flood insurance premiums up 40%",
    "Sign up for our free newsletter",
    "23 comments",
    "Most read",
    "All rights reserved",
)


def _convert(tmp_path: Path, source: Path, to: str) -> str:
    target = tmp_path / f"{source.stem}.{to}"
    result = CliRunner().invoke(app, ["convert", str(source), "--to", to, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_text("utf-8")


def _assert_article_only(text: str) -> None:
    for sentence in ARTICLE:
        assert sentence in text, f"lost {sentence!r}"
    for furniture in BOILERPLATE:
        assert furniture not in text, f"kept {furniture!r}"


def test_page_to_markdown_keeps_the_article_and_drops_the_page(tmp_path: Path) -> None:
    markdown = _convert(tmp_path, PAGE, "md")
    _assert_article_only(markdown)
    assert TITLE in markdown
    assert all(name in markdown for name in AUTHORS)
    assert "2026-04-18" in markdown
    assert "library-reopens.png" in markdown  # the lead figure, its caption and credit
    assert "whose ground floor stood under four feet of water" in markdown
    assert "Illustration: The Millbrook Courier" in markdown


def test_page_to_json_has_title_authors_and_zoned_date(tmp_path: Path) -> None:
    _convert(tmp_path, PAGE, "json")
    meta = newsconv.read(tmp_path / "library-reopens.json").metadata
    assert meta.title == TITLE
    assert [person.name for person in meta.authors] == AUTHORS
    assert meta.published == PUBLISHED
    assert meta.published is not None and meta.published.utcoffset() == timedelta(hours=-4)
    assert (
        meta.url == "https://www.millbrookcourier.example/news/2026/04/library-reopens-after-floods"
    )
    assert meta.lang is not None and meta.lang.startswith("en")


def test_page_to_html_is_a_page_of_the_article(tmp_path: Path) -> None:
    page = lxml_html.fromstring(_convert(tmp_path, PAGE, "html"))
    assert page.findtext(".//title").strip().startswith(TITLE)
    assert page.get("lang", "").startswith("en")
    _assert_article_only(page.text_content())


def test_page_to_text_reads_as_the_article(tmp_path: Path) -> None:
    text = _convert(tmp_path, PAGE, "txt")
    assert text.lstrip().startswith(TITLE)
    _assert_article_only(" ".join(text.split()))  # lines may be wrapped


def test_readme_command_makes_a_pdf_with_the_saved_image_and_no_warning(tmp_path: Path) -> None:
    """The README's first conversion: the lead image comes from beside the saved page."""
    target = tmp_path / "library-reopens.pdf"
    result = CliRunner().invoke(app, ["convert", str(PAGE), "--to", "pdf", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "WARNING" not in result.stderr
    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == TITLE
    assert any(page.images for page in reader.pages), "the lead image is missing"
    assert TITLE in " ".join(reader.pages[0].extract_text().split())


def test_arabic_page_is_read_right_to_left() -> None:
    doc = newsconv.read(ARABIC)
    assert doc.metadata.title == "افتتاح حديقة عامة على سطح سوق الخضار القديم"
    assert [person.name for person in doc.metadata.authors] == ["سلمى الحسيني", "كريم منصور"]
    assert doc.metadata.lang == "ar"
    assert doc.metadata.dir == "rtl"
    body = plain_text(doc)
    assert "ماذا تضم الحديقة؟" in body and "والحركة أفضل من قبل" in body
    for furniture in ("شارك على فيسبوك", "اقرأ أيضًا", "اشترك في نشرتنا", "جميع الحقوق محفوظة"):
        assert furniture not in body


def test_seed_text_copy_is_read_as_the_article() -> None:
    doc = newsconv.read(SEED)
    assert doc.metadata.title == "Возможности сотрудничества США и России обсудили Лавров и Блинкен"
    body = plain_text(doc)
    assert body.startswith("Госсекретарь США Энтони Блинкен обсудил")
    for furniture in ("ПОДЕЛИТЬСЯ", "Читайте также", "Курс валют"):
        assert furniture not in body


def _publish_module() -> object:
    spec = importlib.util.spec_from_file_location("publish", EXAMPLES / "publish.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_publish_script_writes_every_format_and_a_book(tmp_path: Path) -> None:
    status = _publish_module().main([str(tmp_path)])  # type: ignore[attr-defined]
    assert status == 0
    stems = sorted(path.stem for path in EXAMPLES.iterdir() if path.suffix in (".html", ".txt"))
    for stem in stems:
        assert (tmp_path / f"{stem}.pdf").read_bytes().startswith(b"%PDF-")
        json.loads((tmp_path / f"{stem}.json").read_text("utf-8"))
        assert (tmp_path / f"{stem}.html").stat().st_size > 0
        assert (tmp_path / f"{stem}.md").stat().st_size > 0
    first_page = PdfReader(tmp_path / "library-reopens.pdf").pages[0].extract_text()
    assert "Millbrook library reopens" in first_page
    assert "Maya Okafor" in first_page
    with zipfile.ZipFile(tmp_path / "examples.epub") as book:
        assert book.read("mimetype") == b"application/epub+zip"
        chapters = [name for name in book.namelist() if name.endswith(".xhtml")]
        assert len(chapters) >= len(stems)


def test_publish_script_reports_a_bad_article_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    status = _publish_module().main([str(tmp_path / "out"), str(missing)])  # type: ignore[attr-defined]
    assert status == 1
    assert f"failed: {missing}: no such file" in capsys.readouterr().err
    assert not (tmp_path / "out" / "examples.epub").exists()
