"""The EPUB writer: epubcheck-clean articles and books, metadata, navigation, images, cover."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from PIL import Image as PillowImage
from tests.conftest import corpus_cases
from tests.strategies import documents
from tests.writers.conftest import EpubCheck

from newsconv.build import heading, inlines, para
from newsconv.diagnostics import Collector
from newsconv.errors import NewsconvError
from newsconv.model import Document, Figure, Image, Link, Metadata, Person
from newsconv.options import BookInfo, build_options
from newsconv.writers.epub import EpubOptions, EpubWriter

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
DAY = datetime(2021, 5, 3, 9, tzinfo=timezone.utc)


def story(*blocks: object, **meta: object) -> Document:
    fields: dict[str, object] = {"title": "Council passes the budget", "lang": "en"}
    fields.update(meta)
    return Document(Metadata(**fields), tuple(blocks))  # type: ignore[arg-type]


def write(doc: Document, report: Collector | None = None, **options: object) -> bytes:
    opts = build_options(EpubOptions, options)
    return EpubWriter().write(doc, options=opts, report=report or Collector())


def book(docs: list[Document], info: BookInfo, report: Collector | None = None) -> bytes:
    return EpubWriter().write_book(
        docs, book=info, options=EpubOptions(), report=report or Collector()
    )


def save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return archive.namelist()


def png(path: Path, color: tuple[int, int, int] = (200, 30, 30)) -> Path:
    PillowImage.new("RGB", (60, 40), color).save(path, format="PNG")
    return path


def rich_article(folder: Path) -> Document:
    png(folder / "photo.png")
    return story(
        para("Read ", Link(inlines("the minutes"), "https://example.org/a b?x=1&y=2"), "."),
        para("A ", Link(inlines("dead anchor"), "#nowhere"), " and text."),
        heading(1, "What changed"),
        Figure(Image("photo.png", alt="The hall"), inlines("The hall"), inlines("Photo: A. B.")),
        Figure(Image("missing.jpg"), inlines("Kept caption")),
        Figure(Image("file:///etc/passwd"), inlines("Blocked")),
        heading(1, "What changed"),
        para("End."),
        authors=(Person("Ann Writer"), Person("Bo Reporter")),
        site_name="The Courier",
        url="https://courier.example/news/budget?utm=1",
        published=DAY,
        description="What the council decided.",
        tags=("budget", "council"),
        image=Figure(Image("photo.png", alt="The hall")),
        source=str(folder / "article.html"),
    )


def test_a_single_article_passes_epubcheck(tmp_path: Path, epubcheck: EpubCheck) -> None:
    report = Collector()
    data = write(rich_article(tmp_path), report)
    assert epubcheck(save(tmp_path, "one.epub", data)) == []
    codes = sorted(d.code for d in report.items)
    assert codes == ["image-blocked", "image-missing"]


def test_a_right_to_left_article_passes_epubcheck(tmp_path: Path, epubcheck: EpubCheck) -> None:
    doc = story(
        para("מועצת העיר אישרה את התקציב."),
        heading(1, "רקע"),
        para("עוד טקסט."),
        title="התקציב אושר",
        lang="he",
        dir="rtl",
    )
    data = write(doc)
    assert epubcheck(save(tmp_path, "rtl.epub", data)) == []
    spine = part(data, "EPUB/content.opf").find("opf:spine", NS)
    assert spine.get("page-progression-direction") == "rtl"
    chapter = part(data, "EPUB/ch01.xhtml")
    assert chapter.get("dir") == "rtl"


def test_metadata_is_complete_and_the_identifier_stable(tmp_path: Path) -> None:
    data = write(rich_article(tmp_path))
    opf = part(data, "EPUB/content.opf")
    meta = opf.find("opf:metadata", NS)

    def dc(name: str) -> list[str]:
        return [element.text for element in meta.findall(f"dc:{name}", NS)]

    assert dc("title") == ["Council passes the budget"]
    assert dc("creator") == ["Ann Writer", "Bo Reporter"]
    assert dc("publisher") == ["The Courier"]
    assert dc("language") == ["en"]
    assert dc("date") == ["2021-05-03T09:00:00Z"]
    assert dc("subject") == ["budget", "council"]
    assert dc("identifier")[0].startswith("urn:uuid:")
    other = story(para("Other text."), url="http://Courier.example/news/budget/?utm=1#top")
    assert (
        part(write(other), "EPUB/content.opf").find("opf:metadata/dc:identifier", NS).text
        == dc("identifier")[0]
    )

    def values(prop: str, metadata: etree._Element = meta) -> list[str]:
        return [m.text for m in metadata.findall(f"opf:meta[@property='{prop}']", NS)]

    assert values("schema:accessMode") == ["textual", "visual"]
    assert "alternativeText" in values("schema:accessibilityFeature")
    plain = part(write(story(para("Words only."))), "EPUB/content.opf").find("opf:metadata", NS)
    assert values("schema:accessMode", plain) == ["textual"]
    properties = {m.get("property") for m in meta.findall("opf:meta", NS)}
    assert {
        "dcterms:modified",
        "schema:accessMode",
        "schema:accessibilityFeature",
        "schema:accessibilityHazard",
        "schema:accessibilitySummary",
    } <= properties


def test_images_are_embedded_once_and_the_lead_image_is_the_cover(tmp_path: Path) -> None:
    png(tmp_path / ".." / "secret.png")
    data = write(rich_article(tmp_path))
    images = [name for name in names(data) if name.startswith("EPUB/images/")]
    assert len(images) == 1 and images[0].endswith(".png")
    opf = part(data, "EPUB/content.opf")
    cover = opf.find("opf:manifest/opf:item[@properties='cover-image']", NS)
    assert "EPUB/" + cover.get("href") == images[0]
    chapter = part(data, "EPUB/ch01.xhtml")
    assert [img.get("src") for img in chapter.iter(f"{{{NS['x']}}}img")] == [images[0][5:]]
    text = "".join(chapter.itertext())
    assert "Kept caption" in text and "Blocked" in text


def test_links_lead_somewhere(tmp_path: Path) -> None:
    chapter = part(write(rich_article(tmp_path)), "EPUB/ch01.xhtml")
    hrefs = [a.get("href") for a in chapter.iter(f"{{{NS['x']}}}a")]
    assert hrefs == ["https://example.org/a%20b?x=1&y=2"]


def test_without_a_lead_image_the_cover_is_typographic() -> None:
    data = write(story(para("Text.")))
    assert "EPUB/images/cover.svg" in names(data)
    words = "".join(part(data, "EPUB/images/cover.svg").itertext()).split()
    assert words[-4:] == ["Council", "passes", "the", "budget"]
    assert "EPUB/cover.xhtml" not in names(write(story(para("Text.")), cover="none"))


def test_a_single_article_lists_its_headings_in_the_navigation() -> None:
    data = write(story(para("a"), heading(1, "First"), para("b"), heading(2, "Second")))
    nav = part(data, "EPUB/nav.xhtml")
    toc = nav.find(".//x:nav[@id='toc']", NS)
    assert [a.text for a in toc.iter(f"{{{NS['x']}}}a")] == [
        "Council passes the budget",
        "First",
        "Second",
    ]
    ncx = part(data, "EPUB/toc.ncx")
    assert [t.text for t in ncx.iterfind(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)] == [
        "Council passes the budget",
        "First",
        "Second",
    ]


def test_user_css_is_added_after_the_style(tmp_path: Path) -> None:
    css = tmp_path / "mine.css"
    css.write_text("article p { color: #123456; }")
    with zipfile.ZipFile(__import__("io").BytesIO(write(story(para("x")), css=css))) as archive:
        sheet = archive.read("EPUB/styles/book.css").decode()
    assert sheet.rstrip().endswith("article p { color: #123456; }")
    assert "--font-body: serif" in sheet


def test_a_book_passes_epubcheck_sorted_and_without_repeats(
    tmp_path: Path, epubcheck: EpubCheck
) -> None:
    docs = [
        story(
            para(f"Body of story {n}."),
            title=f"Story {n}",
            site_name=site,
            url=f"https://{site.lower()}.example/{n}",
            published=DAY - timedelta(days=n),
        )
        for n, site in ((1, "Alpha"), (2, "Beta"), (3, "Alpha"))
    ]
    docs.append(docs[1])
    report = Collector()
    data = book(docs, BookInfo(title="May digest", author="The desk", group_by="site"), report)
    assert epubcheck(save(tmp_path, "book.epub", data)) == []
    assert [d.code for d in report.items] == ["duplicate-article"]
    toc = part(data, "EPUB/nav.xhtml").find(".//x:nav[@id='toc']", NS)
    labels = [element.text for element in toc.iter(f"{{{NS['x']}}}span", f"{{{NS['x']}}}a")]
    assert labels == ["Alpha", "Story 3", "Story 1", "Beta", "Story 2"]
    opf = part(data, "EPUB/content.opf")
    spine = [ref.get("idref") for ref in opf.iterfind("opf:spine/opf:itemref", NS)]
    assert spine == ["cover", "title", "nav", "ch01", "ch02", "ch03"]
    assert opf.find("opf:metadata/dc:creator", NS).text == "The desk"


def test_a_book_marks_the_titles_in_other_languages(tmp_path: Path, epubcheck: EpubCheck) -> None:
    docs = [
        story(para("The body."), title="Council passes the budget"),
        story(para("本文です。"), title="市議会が予算を可決", lang="ja"),
        story(para("النص."), title="المجلس يقر الميزانية", lang="ar"),
    ]
    data = book(docs, BookInfo(title="Digest", sort="input"))
    assert epubcheck(save(tmp_path, "book.epub", data)) == []
    toc = part(data, "EPUB/nav.xhtml").find(".//x:nav[@id='toc']", NS)
    links = toc.iterfind(".//x:a", NS)
    assert [(a.get("lang"), a.get("dir")) for a in links] == [
        (None, None),
        ("ja", "ltr"),
        ("ar", "rtl"),
    ]


def test_books_sort_by_date_unless_told_otherwise() -> None:
    docs = [
        story(para(f"Body {n}."), title=f"S{n}", published=DAY + timedelta(days=n))
        for n in (3, 1, 2)
    ]

    def order(info: BookInfo) -> list[str]:
        nav = part(book(docs, info), "EPUB/nav.xhtml")
        return [a.text for a in nav.find(".//x:nav[@id='toc']", NS).iter(f"{{{NS['x']}}}a")]

    assert order(BookInfo()) == ["S1", "S2", "S3"]
    assert order(BookInfo(sort="input")) == ["S3", "S1", "S2"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_makes_well_formed_chapters(doc: Document) -> None:
    data = write(doc)
    for name in names(data):
        if name.endswith((".xhtml", ".opf", ".ncx", ".svg")):
            part(data, name)  # raises when not well-formed XML


@pytest.mark.slow
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(docs=st.lists(documents(), min_size=6, max_size=10))
def test_a_book_of_any_valid_documents_passes_epubcheck(
    docs: list[Document], tmp_path_factory: pytest.TempPathFactory, epubcheck: EpubCheck
) -> None:
    path = tmp_path_factory.mktemp("epub") / "any.epub"
    assert epubcheck(save(path.parent, path.name, book(docs, BookInfo()))) == []


@pytest.mark.slow
@pytest.mark.corpus
def test_every_corpus_page_in_one_book_passes_epubcheck(
    corpus: Path, tmp_path: Path, epubcheck: EpubCheck
) -> None:
    """The readability and multilingual pages, bound in one book: one epubcheck run for all."""
    from newsconv import api

    docs = []
    for case in corpus_cases("readability") + corpus_cases("multilingual"):
        try:
            docs.append(api.read(case / "input.html", on_diagnostic=Collector()))
        except NewsconvError:
            continue  # pages with no article are the reader's concern, not the writer's
    assert len(docs) > 120
    data = book(docs, BookInfo(title="Corpus pages", sort="input"))
    assert epubcheck(save(tmp_path, "corpus.epub", data)) == []


PAGE = """<!DOCTYPE html><html lang="en"><head><title>{title}</title>
<meta property="article:published_time" content="{date}"></head><body><article>
<h1>{title}</h1><p>{body} The council met on the evening and talked for hours about roads,
schools and the money for both, and then it voted, late, on what the town would do.</p>
<p>Residents who came to listen said they were glad the budget was finally settled.</p>
</article></body></html>"""


def test_the_command_line_binds_many_inputs_into_one_book(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsconv.cli import app

    inputs = []
    for number, date in ((1, "2021-05-04"), (2, "2021-05-02")):
        path = tmp_path / f"a{number}.html"
        path.write_text(PAGE.format(title=f"Story {number}", date=date, body=f"Body {number}."))
        inputs.append(str(path))
    inputs.append(inputs[0])  # the same article given twice
    target = tmp_path / "digest.epub"
    result = CliRunner().invoke(
        app, ["convert", *inputs, "--to", "epub", "-o", str(target), "--title", "The digest"]
    )
    assert result.exit_code == 0, result.stderr
    opf = part(target.read_bytes(), "EPUB/content.opf")
    assert opf.find("opf:metadata/dc:title", NS).text == "The digest"
    nav = part(target.read_bytes(), "EPUB/nav.xhtml").find(".//x:nav[@id='toc']", NS)
    assert [a.text for a in nav.iter(f"{{{NS['x']}}}a")] == ["Story 2", "Story 1"]
