"""Markdown writer: fixture cases, escaping that the reader undoes, front matter, options."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsconv import build
from newsconv.diagnostics import Collector
from newsconv.errors import OptionError
from newsconv.model import (
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Heading,
    Image,
    InlineImage,
    Link,
    Metadata,
    Paragraph,
    Person,
    Quote,
    Table,
    Text,
)
from newsconv.options import build_options
from newsconv.readers.json import from_json
from newsconv.readers.markdown import read_markdown
from newsconv.writers.markdown import MarkdownOptions, MarkdownWriter

FIXTURES = Path(__file__).parent.parent / "data" / "writers" / "markdown.txt"


def read_fixture_file(path: Path) -> list[tuple[int, str, str, str]]:
    """``(line, title, input, expected)`` per case of: title, ".", input, ".", expected, "."."""
    lines = path.read_text("utf-8").split("\n")
    cases = []
    index = 0
    while index + 1 < len(lines):
        if lines[index + 1] != "." or not lines[index]:
            index += 1
            continue
        title, line = lines[index], index + 1
        parts: list[list[str]] = [[], []]
        index += 2
        for part in parts:
            while lines[index] != ".":
                part.append(lines[index])
                index += 1
            index += 1
        cases.append((line, title, "\n".join(parts[0]), "\n".join(parts[1])))
    return cases


CASES = read_fixture_file(FIXTURES)


def render(doc: Document, **options: Any) -> tuple[str, Collector]:
    report = Collector()
    return MarkdownWriter().render(doc, MarkdownOptions(**options), report), report


def body(*blocks: Block) -> str:
    return render(Document(Metadata(), blocks), front_matter=False)[0]


def test_fixture_file_has_cases() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize(
    ("line", "title", "source", "expected"), CASES, ids=[f"line {case[0]}" for case in CASES]
)
def test_fixture(line: int, title: str, source: str, expected: str) -> None:
    blocks = from_json(json.loads(source), tuple[Block, ...])
    doc = Document(Metadata(), build.normalize_blocks(blocks))
    text, _ = render(doc, front_matter=False)
    assert text == expected + "\n", f"{FIXTURES}:{line}: {title}"
    # every fixture also reads back to the text it came from
    assert read_markdown(text, Collector()).blocks != ()


SPECIAL_TEXTS = [
    "a * b",
    "*star*",
    "_under_ and snake_case",
    "# not a heading",
    "###### six",
    "a | b",
    "[not a link](x)",
    "back\\slash \\* and end\\",
    "`tick` and ``two``",
    "<b>bold</b> and a < b and <http://x.org>",
    "a > b",
    "~~not struck~~ and ~x~",
    "&amp; &copy; &#42; &#x2A; & plain",
    "1. not a list",
    "2) nor this",
    "- nor this",
    "+ nor this",
    "> nor a quote",
    "---",
    "===",
    "***",
    "___",
    "wow![image](x)",
    "— not an attribution",
    "Table: not a caption",
    "!",
    "\\",
    "10. ten",
    "    four spaces collapse",
]


@pytest.mark.parametrize("text", SPECIAL_TEXTS)
def test_special_characters_come_back_unchanged(text: str) -> None:
    doc = Document(Metadata(), (build.para(text),))
    assert read_markdown(render(doc)[0], Collector()).blocks == doc.blocks


@pytest.mark.parametrize("text", ["---", "===", "1. x", "- x", "> x", "# x", "+ x"])
def test_line_starts_after_a_line_break_are_escaped(text: str) -> None:
    doc = Document(Metadata(), (build.para("first", build.LineBreak(), text),))
    markdown = render(doc)[0]
    assert markdown.startswith("first\\\n\\") or "\\" in markdown.split("\n")[1]
    assert read_markdown(markdown, Collector()).blocks == doc.blocks


def test_escaping_is_minimal() -> None:
    text = body(build.para("a * b, snake_case, 1 < 2, x > y, 3.5, a-b + c = d, 100% #1"))
    assert text == "a * b, snake_case, 1 < 2, x > y, 3.5, a-b + c = d, 100% #1\n"


@pytest.mark.parametrize("text", ["a`b", "``", "` x `", "  ", "x|y"])
def test_inline_code_round_trips(text: str) -> None:
    doc = Document(Metadata(), (Paragraph((Code(text),)),))
    assert read_markdown(render(doc)[0], Collector()).blocks == doc.blocks


def test_adjacent_code_spans_stay_apart() -> None:
    doc = Document(Metadata(), (Paragraph((Code("a"), Code("b"))),))
    assert read_markdown(render(doc)[0], Collector()).blocks == doc.blocks


def test_front_matter_has_every_field() -> None:
    meta = Metadata(
        title="Title: with colon",
        subtitle="Sub",
        authors=(Person("Ann"), Person("Bo", "https://b.example")),
        published=datetime(2021, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        modified=datetime(2021, 5, 2),
        site_name="Site",
        url="https://example.com/a",
        lang="he",
        dir="rtl",
        description="About",
        tags=("a", "b"),
        image=Figure(Image("lead.jpg", "alt", 640, 480), (Text("Cap"),), (Text("AP"),)),
        source="page.html",
        extra=(("section", "World"),),
    )
    text, _ = render(Document(meta, (build.para("body"),)))
    head = text.split("---\n")[1]
    assert yaml.safe_load(head) == {
        "title": "Title: with colon",
        "subtitle": "Sub",
        "authors": ["Ann", {"name": "Bo", "url": "https://b.example"}],
        "published": "2021-05-01T09:30:00+02:00",
        "modified": "2021-05-02",
        "site": "Site",
        "url": "https://example.com/a",
        "lang": "he",
        "dir": "rtl",
        "description": "About",
        "tags": ["a", "b"],
        "image": {
            "src": "lead.jpg",
            "alt": "alt",
            "width": 640,
            "height": 480,
            "caption": "Cap",
            "credit": "AP",
        },
        "source": "page.html",
        "extra": {"section": "World"},
    }
    assert text.endswith("---\n\nbody\n")
    assert read_markdown(text, Collector()).metadata == meta


def test_repeated_extra_keys_are_kept_as_pairs() -> None:
    meta = Metadata(extra=(("k", "1"), ("k", "2")))
    text, _ = render(Document(meta, ()))
    assert read_markdown(text, Collector()).metadata == meta


def test_front_matter_can_be_left_out_keeping_the_title_as_a_heading() -> None:
    doc = Document(Metadata(title="T #1 *", authors=(Person("A"),)), (build.heading(1, "S"),))
    text, _ = render(doc, front_matter=False)
    assert text == "# T #1 \\*\n\n## S\n"
    back = read_markdown(text, Collector())
    assert (back.metadata.title, back.blocks) == ("T #1 *", doc.blocks)


def test_empty_document_is_empty() -> None:
    assert render(Document(Metadata(), ()))[0] == ""


def test_lossy_table_is_reported() -> None:
    table = Table(((Cell((Text("a"),), colspan=2),), (Cell((Text("b"),)),)))
    _, report = render(Document(Metadata(), (table,)))
    assert [d.code for d in report.items] == ["table-flattened"]


def test_regular_table_is_not_reported() -> None:
    table = Table(((Cell((Text("h"),), header=True),), (Cell((Text("b"),)),)))
    text, report = render(Document(Metadata(), (table,)))
    assert report.items == []
    assert text == "| h |\n| --- |\n| b |\n"


def test_nested_link_keeps_its_text_and_is_reported() -> None:
    inner = Link((Text("inner"),), "https://in.example")
    doc = Document(Metadata(), (Paragraph((Link((Text("a "), inner), "https://out.example"),)),))
    text, report = render(doc)
    assert text == "[a inner](https://out.example)\n"
    assert [d.code for d in report.items] == ["nested-link"]


def test_emphasis_before_a_former_inner_link_sees_its_text() -> None:
    """``*`code`*`` then the inner link's "0": ``*`` cannot close there, so ``<em>`` must."""
    inner = Link((Text("0"),), "https://in.example")
    link = Link((Emphasis((Code("0"),)), inner), "https://out.example")
    doc = Document(Metadata(), (Paragraph((Text("*"), link)),))
    text, _ = render(doc)
    back = read_markdown(text, Collector()).blocks
    assert back == (Paragraph((Text("*"), Link((Emphasis((Code("0"),)), Text("0")), link.href))),)


def test_registry_finds_the_writer() -> None:
    from newsconv import registry

    assert isinstance(registry.writer("md"), MarkdownWriter)


def test_control_characters_in_links_and_languages_cannot_break_lines() -> None:
    link = Link((Text("a"),), "https://x.example/a\nb")
    text = body(Paragraph((link,)), CodeBlock("code", "py\nthon"))
    assert text == "[a](https://x.example/a%0Ab)\n\n```py thon\ncode\n```\n"


def test_a_quote_of_a_table_with_no_cells_left_writes_nothing() -> None:
    empty = Table(((Cell((), header=True),),))
    doc = Document(Metadata(), (build.para("a"), Quote((empty,), (Text("who"),))))
    assert body(*doc.blocks) == "a\n"


def test_wrap_breaks_between_words_and_escapes_new_line_starts() -> None:
    para = build.para("one two 1. three - four # five ", Emphasis((Text("six"),)))
    doc = Document(Metadata(), (para,))
    text, _ = render(doc, front_matter=False, wrap=8)
    assert text == "one two\n1\\. three\n\\- four #\nfive *six*\n"
    assert read_markdown(text, Collector()).blocks == doc.blocks


def test_wrap_escapes_a_bullet_made_of_two_words() -> None:
    """``*`` then ``x``: neither word opens a block, the line they share does."""
    doc = Document(Metadata(), (build.para("stars * * x"),))
    text, _ = render(doc, front_matter=False, wrap=6)
    assert text == "stars\n\\* * x\n"
    assert read_markdown(text, Collector()).blocks == doc.blocks


def test_wrap_never_breaks_after_a_lone_leading_image() -> None:
    doc = Document(
        Metadata(), (build.para(InlineImage("a-long-name.png"), " ", Emphasis((Text("x"),))),)
    )
    text, _ = render(doc, front_matter=False, wrap=5)
    assert "\n" not in text.rstrip("\n")
    assert read_markdown(text, Collector()).blocks == doc.blocks


def test_wrap_must_be_positive() -> None:
    with pytest.raises(OptionError, match="wrap"):
        build_options(MarkdownOptions, {"wrap": "0"})
    assert build_options(MarkdownOptions, {"wrap": "72"}).wrap == 72


def test_heading_text_needs_no_line_start_escapes() -> None:
    heading = Heading(2, (Text("1. Introduction - > #"),))
    assert body(heading) == "### 1. Introduction - > \\#\n"
    assert read_markdown(body(heading), Collector()).blocks == (heading,)


def test_table_cells_need_no_line_start_escapes() -> None:
    table = Table(((Cell((Text("- 1. #"),), header=True),), (Cell((Text("> 2)"),)),)))
    assert body(table) == "| - 1. # |\n| --- |\n| > 2) |\n"
    assert read_markdown(body(table), Collector()).blocks == (table,)


def test_links_to_headings_lead_to_the_ids_renderers_make() -> None:
    toc = Paragraph(
        (
            Link((Text("Early years"),), "#Early_years"),
            Text(", "),
            Link((Text("été"),), "#%C3%89t%C3%A9"),
            Text(", "),
            Link((Text("notes"),), "#notes-2"),
            Text(", "),
            Link((Text("elsewhere"),), "#nowhere"),
        )
    )
    doc = Document(
        Metadata(title="Notes"),
        (
            toc,
            Heading(1, (Text("Early "), Emphasis((Text("years"),))), "Early_years"),
            Heading(1, (Text("Été: l'année!"),), "Été"),
            Heading(1, (Text("Notes"),)),
            Heading(1, (Text("Notes"),), "notes-2"),
        ),
    )
    with_front_matter = render(doc)[0]
    assert "[Early years](#early-years), [été](#été-lannée), [notes](#notes-1)" in with_front_matter
    assert "[elsewhere](#nowhere)" in with_front_matter
    # The title is a heading too when there is no front matter: the repeats count it.
    assert "[notes](#notes-2)" in render(doc, front_matter=False)[0]
