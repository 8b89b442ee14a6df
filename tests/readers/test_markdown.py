"""Markdown reader: ordinary Markdown people write, the writer's conventions, front matter."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsconv
from newsconv import build
from newsconv.diagnostics import Collector
from newsconv.errors import EmptyInput, NoArticleFound, ParseError
from newsconv.model import (
    Cell,
    Code,
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
    Strikeout,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)
from newsconv.readers.markdown import read_markdown
from newsconv.tree import dump


def read(text: str) -> tuple[Document, Collector]:
    report = Collector()
    return read_markdown(text, report), report


def test_ordinary_markdown() -> None:
    doc, report = read(
        "Title\n=====\n\nSub\n---\n\nSome _text_ and __bold__,  \nbroken, ~~gone~~.\n\n"
        "* one\n* two\n\n7) seven\n8) eight\n\nPara.\n\n    indented code\n\n"
        '<https://auto.example> and [ref][r].\n\n[r]: https://ref.example "Ref"\n'
    )
    assert doc.metadata.title == "Title"  # the one `#` heading, opening the document
    assert doc.blocks == (
        build.heading(1, "Sub"),
        build.para(
            "Some ", Emphasis((Text("text"),)), " and ", Strong((Text("bold"),)), ",",
            LineBreak(), "broken, ", Strikeout((Text("gone"),)), ".",
        ),
        ListBlock(((build.para("one"),), (build.para("two"),))),
        ListBlock(((build.para("seven"),), (build.para("eight"),)), ordered=True, start=7),
        build.para("Para."),
        CodeBlock("indented code"),
        build.para(
            Link((Text("https://auto.example"),), "https://auto.example"), " and ",
            Link((Text("ref"),), "https://ref.example", "Ref"), ".",
        ),
    )  # fmt: skip
    assert report.items == []


def test_links_are_kept_as_written() -> None:
    doc, _ = read("[a](https://example.com/é?q=a%20b&amp;c) [b](<x y.html>)")
    links = [node for node in doc.blocks[0].children if isinstance(node, Link)]  # type: ignore[union-attr]
    assert [link.href for link in links] == ["https://example.com/é?q=a%20b&c", "x y.html"]


def test_fenced_code_keeps_spaces_and_language() -> None:
    doc, _ = read("```python extra\n  x = 1\n\n```\n")
    assert doc.blocks == (CodeBlock("  x = 1\n", "python extra"),)


def test_inline_html_styles_become_nodes() -> None:
    doc, report = read("<em>a</em> <b>b</b> x<sup>2</sup> H<sub>2</sub> <del>d</del> a<br>b")
    assert doc.blocks == (
        build.para(
            Emphasis((Text("a"),)), " ", Strong((Text("b"),)), " x", Superscript((Text("2"),)),
            " H", Subscript((Text("2"),)), " ", Strikeout((Text("d"),)), " a", LineBreak(), "b",
        ),
    )  # fmt: skip
    assert report.items == []


def test_other_html_keeps_its_text_and_is_reported() -> None:
    doc, report = read('<div class="x">\n<p>Kept <i>text</i></p>\n</div>\n\nA <span>span</span>.')
    assert doc.blocks == (build.para("Kept text"), build.para("A span."))
    assert {item.code for item in report.items} == {"raw-html"}


def test_comments_vanish_silently() -> None:
    doc, report = read("<!-- note -->\n\na<!-- x -->b")
    assert doc.blocks == (build.para("ab"),)
    assert report.items == []


def test_unclosed_html_tag_keeps_its_content() -> None:
    doc, _ = read("a <em>b")
    assert doc.blocks == (build.para("a b"),)


def test_image_alone_is_a_figure_with_caption_and_credit() -> None:
    doc, _ = read("![Alt](a.jpg)\n*The caption.*\n— AP\n\n![](b.png)\n\n![](c.png)<!-- -->")
    assert doc.blocks == (
        Figure(Image("a.jpg", "Alt"), (Text("The caption."),), (Text("AP"),)),
        Figure(Image("b.png")),
        Paragraph((InlineImage("c.png"),)),
    )


def test_image_with_other_lines_is_a_paragraph() -> None:
    doc, _ = read("![](a.jpg)\nplain words")
    assert doc.blocks == (build.para(InlineImage("a.jpg"), " plain words"),)


def test_quote_attribution() -> None:
    doc, _ = read("> Words.\n>\n> — *Someone*, 2020\n\n> &#8212; only words\n")
    assert doc.blocks == (
        Quote((build.para("Words."),), (Emphasis((Text("Someone"),)), Text(", 2020"))),
        Quote((build.para("— only words"),)),
    )


def test_table_with_empty_header_and_caption() -> None:
    doc, _ = read("|  |  |\n|---|---|\n| a | `b\\|c` |\n\nTable: *Numbers*\n\nTable\\: text")
    assert doc.blocks == (
        Table(
            ((Cell((Text("a"),)), Cell((Code("b|c"),))),),
            (Emphasis((Text("Numbers"),)),),
        ),
        build.para("Table: text"),
    )


def test_front_matter_fields_and_aliases() -> None:
    doc, report = read(
        "---\ntitle: T\nauthor: Ann\ndate: 2021-05-01\nupdated: 2021-05-02T10:00:00+02:00\n"
        "keywords: a, b\nsite: S\ndir: sideways\nlayout: post\nimage: lead.jpg\n---\n\nBody\n"
    )
    meta = doc.metadata
    assert meta.title == "T"
    assert meta.authors == (Person("Ann"),)
    assert meta.published == datetime(2021, 5, 1)
    assert meta.modified == datetime(2021, 5, 2, 10, tzinfo=timezone(timedelta(hours=2)))
    assert meta.tags == ("a", "b")
    assert meta.site_name == "S"
    assert meta.dir is None
    assert meta.image == Figure(Image("lead.jpg"))
    assert meta.extra == (("layout", "post"),)
    assert [item.code for item in report.items] == ["bad-metadata"]
    assert doc.blocks == (build.para("Body"),)


def test_other_tools_front_matter_spellings() -> None:
    """trafilatura's ``sitename`` and semicolon-parted authors, pandoc's ``abstract``; a
    comma inside one name ("Lee, Ann") does not part it."""
    doc, _ = read(
        "---\nsitename: Daily News\nauthor: Ann Lee; Bo Chen ;\nabstract: About it\n---\n\n"
        "Body\n---\nauthor: Lee, Ann\n---\n\nBody\n"
    )
    assert doc.metadata.site_name == "Daily News"
    assert doc.metadata.authors == (Person("Ann Lee"), Person("Bo Chen"))
    assert doc.metadata.description == "About it"
    single, _ = read("---\nauthor: Lee, Ann\n---\n\nBody\n")
    assert single.metadata.authors == (Person("Lee, Ann"),)


def test_a_web_clippers_front_matter() -> None:
    """Obsidian's clipper and MarkDownload name the page ``source`` and its authors as the
    notes app's links."""
    doc, _ = read(
        '---\ntitle: "Bridge"\nsource: "https://news.example/bridge"\nauthor:\n'
        '  - "[[Ann Lee]]"\n  - "[[Bo Chen|Bo]]"\npublished: 2021-05-20\n---\n\nBody\n'
    )
    assert doc.metadata.url == doc.metadata.source == "https://news.example/bridge"
    assert doc.metadata.authors == (Person("Ann Lee"), Person("Bo Chen"))
    local, _ = read("---\nsource: page.html\n---\n\nBody\n")
    assert local.metadata.url is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: [unclosed\n---\n", "invalid YAML front matter"),
        ("---\n- a list\n---\n", "YAML front matter is not a mapping"),
    ],
)
def test_bad_front_matter_is_a_parse_error(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        read(text)
    assert "\n" not in str(caught.value)


def test_headings_and_rules() -> None:
    """With no `#` heading in the body, `##` is the first level under the title."""
    doc, _ = read("### Three ###\n\n***\n\n###### Six")
    assert doc.blocks == (build.heading(2, "Three"), Rule(), Heading(5, (Text("Six"),)))


def test_several_top_headings_are_sections_not_a_title() -> None:
    doc, _ = read("# One\n\nText.\n\n## One.1\n\n# Two")
    assert doc.metadata.title is None
    levels = [block.level for block in doc.blocks if isinstance(block, Heading)]
    assert levels == [1, 2, 1]


def test_a_title_repeated_under_the_front_matter_is_read_once() -> None:
    doc, _ = read("---\ntitle: Floods\n---\n\n# Floods\n\nText.\n\n## Later")
    assert doc.metadata.title == "Floods"
    assert doc.blocks == (build.para("Text."), build.heading(1, "Later"))


def test_another_leading_heading_under_a_front_matter_title_stays() -> None:
    doc, _ = read("---\ntitle: Floods\n---\n\n# Rain\n\nText.")
    assert doc.metadata.title == "Floods"
    assert doc.blocks == (build.heading(1, "Rain"), build.para("Text."))


def test_read_through_the_api_by_suffix_and_by_sniffing(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text("---\ntitle: Hi\n---\n\nText *here*.\n", "utf-8")
    by_suffix = newsconv.read(source)
    by_sniffing = newsconv.read(source.read_bytes())
    assert by_suffix.metadata.title == by_sniffing.metadata.title == "Hi"
    assert dump(by_suffix).count("<emphasis>") == 1


def test_unusable_front_matter_values_are_skipped_with_a_note() -> None:
    doc, report = read(
        "---\ntitle: Kept\nimage: {src: a.jpg, width: big}\nauthors: [{url: x}]\n"
        "published: not a date\nextra: just text\n---\n"
    )
    assert doc.metadata == Metadata(title="Kept")
    assert [item.code for item in report.items] == ["bad-metadata"] * 4


def test_a_dash_without_a_space_is_no_credit() -> None:
    doc, _ = read("![](a.jpg)\n—x")
    assert doc.blocks == (build.para(InlineImage("a.jpg"), " —x"),)


def test_an_image_over_a_line_with_no_text_is_a_paragraph() -> None:
    doc, _ = read("![](a.jpg)\n<span></span>")
    assert doc.blocks == (Paragraph((InlineImage("a.jpg"),)),)


PAGE_MENU = "\n".join(
    f"* [{name}](https://news.example.org/{name.lower()})"
    for name in (
        "News",
        "Sport",
        "Weather",
        "Business",
        "Culture",
        "Travel",
        "Opinion",
        "Video",
        "Audio",
        "Live",
        "Podcasts",
        "Newsletters",
    )
)


def test_a_whole_page_converted_to_markdown_is_pointed_to_the_text_reader() -> None:
    """Menus and teasers as blocks of links: the Markdown reader keeps them all, and says
    that ``--from text`` finds the article."""
    _, report = read(f"{PAGE_MENU}\n\n# Bridge closes\n\nThe council voted on Tuesday.\n")
    (warning,) = report.items
    assert (warning.level, warning.code) == ("warning", "whole-page")
    assert "12 blocks" in warning.message and "--from text" in warning.message


@pytest.mark.parametrize(
    "text",
    [
        f"---\ntitle: Bridge closes\n---\n\n{PAGE_MENU}\n",  # newsconv's own, or written so
        "# Bridge closes\n\n"
        + "\n\n".join(f"Paragraph {n} with [a link](/{n})." for n in range(12)),
        "# Reading list\n\n" + PAGE_MENU + "\n\n" + "\n\n".join(f"Note {n}." for n in range(30)),
    ],
)
def test_articles_and_link_lists_in_markdown_are_not_called_pages(text: str) -> None:
    _, report = read(text)
    assert report.items == []


@pytest.mark.parametrize("data", [b"", b" \n\t\n", "\ufeff\n".encode()])
def test_empty_markdown_is_no_article_as_empty_text_is(data: bytes) -> None:
    """Every reader refuses an input with no text the same way, rather than give a
    document that each writer would write as nothing."""
    for format in ("md", "text"):
        with pytest.raises(EmptyInput, match=r"^<bytes>: no text in the input"):
            newsconv.read(data, format=format)


@pytest.mark.parametrize(
    "text", ["<!DOCTYPE html>", "<div></div>\n", "[ref]: https://example.com/"]
)
def test_markdown_of_nothing_the_model_holds_is_no_article(text: str) -> None:
    """Raw HTML and link definitions alone read as an empty document, which a writer would
    write as nothing: the reader says so instead, as the HTML reader does."""
    with pytest.raises(NoArticleFound, match=r"^<bytes>: no article text found$"):
        newsconv.read(text.encode(), format="md")
    assert newsconv.read(b"---\ntitle: Notes\n---\n", format="md").metadata.title == "Notes"
