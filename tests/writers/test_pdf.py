"""The PDF writer: text in every script, fonts, metadata, outline, links, images, options."""

from __future__ import annotations

import base64
import gc
import io
import re
import warnings
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from PIL import Image as PillowImage
from pypdf import PdfReader
from tests.strategies import documents

from newsconv.build import heading, inlines, para
from newsconv.diagnostics import Collector
from newsconv.errors import OptionError
from newsconv.model import (
    Cell,
    Document,
    Figure,
    Image,
    Link,
    Metadata,
    Paragraph,
    Person,
    Quote,
    Table,
    Text,
)
from newsconv.options import BookInfo, build_options
from newsconv.writers.pdf import PdfOptions, PdfWriter

SCRIPTS = {
    "latin": ("en", "The council approved the budget on Tuesday evening."),
    "cyrillic": ("ru", "Городской совет утвердил бюджет во вторник вечером."),
    "greek": ("el", "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό την Τρίτη."),
    "cjk": ("zh", "市议会周二晚上批准了预算。"),
    "japanese": ("ja", "市議会は火曜日の夜に予算を承認した。"),
    "arabic": ("ar", "وافق مجلس المدينة على الميزانية مساء الثلاثاء."),
    "hebrew": ("he", "מועצת העיר אישרה את התקציב ביום שלישי בערב."),
}


def render(doc: Document, report: Collector | None = None, **options: object) -> bytes:
    opts = build_options(PdfOptions, options)
    return PdfWriter().write(doc, options=opts, report=report or Collector())


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


def png(path: Path, color: tuple[int, int, int] = (200, 30, 30)) -> Path:
    PillowImage.new("RGB", (40, 30), color).save(path, format="PNG")
    return path


def story(*blocks: object, **meta: object) -> Document:
    fields: dict[str, object] = {"title": "Council passes the budget", "lang": "en"}
    fields.update(meta)
    return Document(Metadata(**fields), tuple(blocks))  # type: ignore[arg-type]


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_script_comes_back_from_the_pdf(script: str) -> None:
    lang, sentence = SCRIPTS[script]
    doc = story(para(sentence), para(sentence), title="News", lang=lang)
    extracted = squeeze(text_of(render(doc)))
    words = squeeze(sentence).rstrip(".。")  # a right-to-left line ends on the left
    assert extracted.count(words) == 2


def test_text_comes_back_in_reading_order() -> None:
    paragraphs = [f"Paragraph number {word} of the story." for word in ("one", "two", "three")]
    doc = story(
        para(paragraphs[0]), heading(1, "Middle heading"), para(paragraphs[1]), para(paragraphs[2])
    )
    text = text_of(render(doc))
    positions = [text.index(part) for part in [paragraphs[0], "Middle heading", *paragraphs[1:]]]
    assert positions == sorted(positions)


def test_fonts_are_embedded_and_metadata_is_set() -> None:
    doc = story(
        para("Body text with Ελληνικά, русский and 中文."),
        authors=(Person("Ann Writer"), Person("Bo Reporter")),
        description="What the council decided.",
        tags=("budget", "council"),
        published=datetime(2021, 5, 3, 9, 30, tzinfo=timezone.utc),
    )
    reader = PdfReader(io.BytesIO(render(doc)))
    fonts = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts", [font])
            for part in descendants:
                descriptor = part.get_object()["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), descriptor
                fonts += 1
    assert fonts >= 2
    info = reader.metadata
    assert info["/Title"] == "Council passes the budget"
    assert info["/Author"] == "Ann Writer, Bo Reporter"
    assert info["/Subject"] == "What the council decided."
    assert info["/Keywords"] == "budget, council"
    assert info["/CreationDate"].startswith("D:20210503")
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_outline_has_the_title_and_headings() -> None:
    doc = story(
        para("a"),
        heading(1, "First part"),
        para("b"),
        heading(2, "Detail"),
        heading(1, "Second part"),
        para("c"),
    )
    reader = PdfReader(io.BytesIO(render(doc)))

    def titles(entries: list[object]) -> list[object]:
        return [titles(e) if isinstance(e, list) else e["/Title"] for e in entries]  # type: ignore[index]

    assert titles(reader.outline) == [
        "Council passes the budget",
        ["First part", ["Detail"], "Second part"],
    ]


def test_links_are_live_and_their_address_printed() -> None:
    link = Link(inlines("the minutes"), "https://example.org/minutes?id=7")
    pdf = render(story(para("Read ", link, " online.")))
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for annot in page.get("/Annots", [])
    ]
    assert "https://example.org/minutes?id=7" in uris
    assert "https://example.org/minutes?id=7" in text_of(pdf)
    assert "https://example.org/minutes?id=7" not in text_of(
        render(story(para(link)), link_notes=False)
    )


def images_of(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_images_beside_the_input_and_data_uris_are_embedded(tmp_path: Path) -> None:
    png(tmp_path / "photo.png")
    source = tmp_path / "article.html"
    buffer = io.BytesIO()
    PillowImage.new("RGB", (10, 10), (0, 0, 255)).save(buffer, format="PNG")

    data_uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    doc = story(
        Figure(Image("photo.png", alt="A photo"), inlines("The caption")),
        Figure(Image(data_uri, alt="Blue")),
        source=str(source),
    )
    report = Collector()
    pdf = render(doc, report)
    assert images_of(pdf) == 2
    assert report.items == []


def test_files_outside_the_folder_are_never_read(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    png(tmp_path / "secret.png", (1, 2, 3))
    doc = story(
        Figure(Image("file:///etc/passwd"), inlines("Passwords")),
        Figure(Image("../secret.png"), inlines("Secret")),
        para("Body."),
        source=str(root / "article.html"),
    )
    report = Collector()
    pdf = render(doc, report)
    assert images_of(pdf) == 0
    assert [d.code for d in report.items] == ["image-blocked", "image-blocked"]
    assert "Passwords" in text_of(pdf) and "Secret" in text_of(pdf)


def test_a_missing_image_leaves_its_caption_and_a_warning(tmp_path: Path) -> None:
    doc = story(
        Figure(Image("gone.jpg"), inlines("Flooded street")), source=str(tmp_path / "a.html")
    )
    report = Collector()
    pdf = render(doc, report)
    assert "Flooded street" in text_of(pdf)
    assert [(d.level, d.code) for d in report.items] == [("warning", "image-missing")]


def test_remote_images_need_allow_remote() -> None:
    doc = story(Figure(Image("https://example.invalid/a.png"), inlines("Remote")))
    report = Collector()
    render(doc, report)
    assert [d.code for d in report.items] == ["image-blocked"]


@pytest.mark.parametrize(
    ("size", "box"),
    [
        ("A4", (595.3, 841.9)),
        ("a5", (419.5, 595.3)),
        ("Letter", (612, 792)),
        ("ereader", (255.1, 345.8)),
    ],
)
def test_page_sizes(size: str, box: tuple[float, float]) -> None:
    page = PdfReader(io.BytesIO(render(story(para("x")), page_size=size))).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(box, abs=0.6)


def test_user_css_comes_last(tmp_path: Path) -> None:
    css = tmp_path / "mine.css"
    css.write_text("@page { size: 100mm 100mm; }")
    page = PdfReader(io.BytesIO(render(story(para("x")), css=css))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(283.46, abs=0.5)


def test_bad_options_are_refused() -> None:
    with pytest.raises(OptionError, match="page size"):
        PdfOptions(page_size="B5")
    with pytest.raises(OptionError, match="margins"):
        PdfOptions(margins="1em; } body { display: none")
    with pytest.raises(OptionError, match="font size"):
        PdfOptions(font_size=200)


def test_pdf_ua_is_tagged_and_pdf_a_declares_its_output_intent() -> None:
    tagged = PdfReader(io.BytesIO(render(story(para("x")), pdf_variant="pdf/ua-1")))
    assert "/StructTreeRoot" in tagged.trailer["/Root"]
    with warnings.catch_warnings():  # WeasyPrint 70 leaves its sRGB profile file open
        warnings.simplefilter("ignore", ResourceWarning)
        archival = PdfReader(io.BytesIO(render(story(para("x")), pdf_variant="pdf/a-3b")))
        gc.collect()
    assert "/OutputIntents" in archival.trailer["/Root"]
    assert "/OutputIntents" not in PdfReader(io.BytesIO(render(story(para("x"))))).trailer["/Root"]


def test_book_has_a_contents_page_and_every_article_in_the_outline() -> None:
    docs = [
        story(
            para(f"Body {n}."),
            title=f"Story {n}",
            published=datetime(2021, 5, 10 - n, tzinfo=timezone.utc),
        )
        for n in range(1, 4)
    ]
    docs.append(docs[0])
    report = Collector()
    pdf = PdfWriter().write_book(
        docs,
        book=BookInfo(title="May digest", author="The desk"),
        options=PdfOptions(),
        report=report,
    )
    reader = PdfReader(io.BytesIO(pdf))
    top = [entry["/Title"] for entry in reader.outline if not isinstance(entry, list)]
    assert top == ["Story 3", "Story 2", "Story 1"]
    assert "May digest" in reader.pages[0].extract_text()
    assert reader.metadata["/Title"] == "May digest"
    assert [d.code for d in report.items] == ["duplicate-article"]


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_can_be_written(doc: Document) -> None:
    assert render(doc).startswith(b"%PDF-")


def laid_out(doc: Document) -> list[Any]:
    """Every box WeasyPrint laid out for ``doc``, page by page, parents first."""
    import weasyprint

    job = PdfWriter().compose(doc, options=PdfOptions(), report=Collector())
    pages = (
        weasyprint.HTML(string=job.page).render(stylesheets=[weasyprint.CSS(string=job.css)]).pages
    )

    def descendants(box: Any) -> Iterator[Any]:
        yield box
        for child in getattr(box, "children", ()):
            yield from descendants(child)

    return [box for page in pages for box in descendants(page._page_box)]


def justified_lines(doc: Document) -> int:
    """How many runs of text WeasyPrint stretched to justify them when laying out ``doc``."""
    from weasyprint.formatting_structure.boxes import TextBox

    return sum(isinstance(box, TextBox) and box.justification_spacing > 0 for box in laid_out(doc))


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("th", "ผู้สื่อข่าวได้รับแจ้งจากนายสุรชัยว่าผลการตรวจยืนยันแล้ว "),
        ("my", "နိုင်ငံတော်အကြည်ညိုပျက်စေမှု ပုဒ်မ တရားစွဲခံထားရတဲ့ "),
    ],
    ids=["thai", "burmese"],
)
def test_scripts_without_word_spaces_are_not_justified(lang: str, phrase: str) -> None:
    """Their spaces part phrases, not words: stretched, they leave holes in the line."""
    assert justified_lines(story(para("The budget passed. " * 40))) > 0  # the check can fail
    assert justified_lines(story(para(phrase * 30), lang=lang)) == 0


def test_link_notes_are_one_size_wherever_their_link_is() -> None:
    def link(text: str) -> Link:
        return Link(inlines(text), f"https://example.com/{text}")

    table = Table(((Cell((link("cell"),)),),))
    doc = story(para(link("body")), table, heading(2, link("heading")), Quote((para(link("q")),)))
    sizes = {
        box.style["font_size"]
        for box in laid_out(doc)
        if box.element_tag == "span" and box.element.get("class") == "link-note"
    }
    assert len(sizes) == 1


def font_names(pdf: bytes) -> set[str]:
    """The base names of the fonts a PDF embeds, subset prefix (``ABCDEF+``) removed."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


@pytest.mark.parametrize(
    ("lang", "sentence", "face"),
    [
        ("th", "ผู้สื่อข่าวได้รับแจ้งจากนายสุรชัย", "Noto-Serif-Thai"),
        ("my", "နိုင်ငံတော်အကြည်ညိုပျက်စေမှု", "Noto-Serif-Myanmar"),
        ("hi", "नगर परिषद ने बजट पारित किया", "Noto-Serif-Devanagari"),
    ],
    ids=["thai", "burmese", "devanagari"],
)
def test_body_text_is_serif_in_every_script(lang: str, sentence: str, face: str) -> None:
    """The body face is a serif: a script Noto Serif lacks gets its own serif, not a sans."""
    assert face in font_names(render(story(para(sentence), title="News", lang=lang)))


LONG_ADDRESS = "https://example.com/" + "very-long-path-segment/" * 8 + "?query=" + "x" * 60


def runs_in(doc: Document, tag: str) -> list[str]:
    """The runs of text WeasyPrint laid out directly inside ``tag`` elements of ``doc``
    (a run ends where a line does)."""
    from weasyprint.formatting_structure.boxes import TextBox

    return [
        box.text for box in laid_out(doc) if isinstance(box, TextBox) and box.element_tag == tag
    ]


def test_a_long_address_leaves_the_other_columns_their_words() -> None:
    link = Link(inlines(LONG_ADDRESS), LONG_ADDRESS)
    doc = story(Table(((Cell(inlines("Source")), Cell((link,))),)))
    assert runs_in(doc, "td") == ["Source"]


def test_an_address_shown_as_text_is_never_hyphenated() -> None:
    link = Link(inlines(LONG_ADDRESS), LONG_ADDRESS)
    runs = runs_in(story(Paragraph((Text("See "), link, Text(" for the details.")))), "a")
    assert len(runs) > 1  # it is broken across lines...
    assert "".join(runs) == LONG_ADDRESS  # ...with no hyphen added
