"""The plain-text writer: layout of each block, and wrapping by display width."""

from __future__ import annotations

import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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
    Figure,
    Image,
    LineBreak,
    Link,
    ListBlock,
    Metadata,
    Person,
    Quote,
    Rule,
    Table,
    Text,
)
from newsconv.tree import walk
from newsconv.writers.text import TextOptions, TextWriter, display_date
from newsconv.writers.text.wrap import MAYBE_WIDE, char_width, display_width, wrap

LOREM = (
    "The river rose two metres overnight, and by morning the lower town was under water; "
    "residents who had stayed behind were taken out by boat."
)
CJK = "中华人民共和国是一个国家。这是一个很长的句子，用来测试换行功能是否正常工作。"


def render(*blocks: object, width: int = 80, meta: Metadata | None = None) -> str:
    doc = Document(meta or Metadata(), tuple(blocks))  # type: ignore[arg-type]
    return TextWriter().render(doc, TextOptions(width=width), Collector())


def test_header_title_underlined_then_metadata_lines() -> None:
    meta = Metadata(
        title="Floods in the north",
        subtitle="Rivers rise",
        authors=(Person("Ann Lee"), Person("Bo Chen")),
        published=datetime(2021, 5, 3, 14, 5, tzinfo=timezone.utc),
        site_name="The Daily Example",
        url="https://example.com/floods",
    )
    lines = render(para("Body."), meta=meta).split("\n")
    assert lines[:9] == [
        "Floods in the north",
        "===================",
        "Rivers rise",
        "Ann Lee, Bo Chen",
        "2021-05-03 14:05 UTC",
        "The Daily Example",
        "https://example.com/floods",
        "",
        "Body.",
    ]


@pytest.mark.parametrize(
    ("lang", "names", "byline"),
    [
        ("ar", ("سلمى الحسيني", "كريم منصور"), "سلمى الحسيني، كريم منصور"),
        ("ja-JP", ("山田太郎", "佐藤花子"), "山田太郎、佐藤花子"),
        ("en", ("Ann Lee", "Bo Chen"), "Ann Lee, Bo Chen"),
        (None, ("Ann Lee", "Bo Chen"), "Ann Lee, Bo Chen"),
    ],
)
def test_a_byline_separates_names_as_its_language_does(
    lang: str | None, names: tuple[str, ...], byline: str
) -> None:
    meta = Metadata(title="Title", authors=tuple(map(Person, names)), lang=lang)
    assert render(para("Body."), meta=meta).split("\n")[2] == byline


def test_wide_title_is_underlined_to_its_display_width() -> None:
    lines = render(para("x"), meta=Metadata(title="新闻报道")).split("\n")
    assert lines[1] == "=" * 8


def test_display_date_leaves_out_an_unknown_time() -> None:
    assert display_date(datetime(2021, 5, 3)) == "2021-05-03"
    assert display_date(datetime(2021, 5, 3, 9, 30)) == "2021-05-03 09:30"


def test_display_date_names_the_offset_from_utc() -> None:
    minus = timezone(-timedelta(hours=3, minutes=30))
    assert display_date(datetime(2021, 5, 3, 9, 30, tzinfo=minus)) == "2021-05-03 09:30 UTC-03:30"
    assert display_date(datetime(2021, 5, 3, tzinfo=timezone.utc)) == "2021-05-03 00:00 UTC"


def test_latin_paragraph_wraps_at_the_width_without_breaking_words() -> None:
    lines = render(para(LOREM), width=40).rstrip("\n").split("\n")
    assert len(lines) > 1
    assert all(len(line) <= 40 for line in lines)
    assert " ".join(lines) == LOREM


def test_long_word_is_never_split() -> None:
    url = "https://example.com/" + "a" * 60
    assert url in render(para("see ", url, " now"), width=30).split("\n")


def test_width_zero_keeps_each_paragraph_on_one_line() -> None:
    assert render(para(LOREM), width=0) == LOREM + "\n"


def test_cjk_counts_two_columns_and_breaks_between_characters() -> None:
    lines = wrap(CJK, 20)
    assert all(display_width(line) <= 20 for line in lines)
    assert [display_width(line) for line in lines[:-1]] == [20] * (len(lines) - 1)
    assert "".join(lines) == CJK


def test_cjk_closing_punctuation_never_starts_a_line() -> None:
    for width in range(20, 40):
        assert not any(line[0] in "。，、" for line in wrap(CJK, width))


def test_cjk_opening_bracket_never_ends_a_line() -> None:
    text = "中国国家主席、習近平（シー・ジンピン）も重要な陰の参戦者だった。「検証可能な」の文字"
    for width in range(20, 40):
        lines = wrap(text, width)
        assert not any(line[-1] in "（「" for line in lines)
        assert "".join(lines) == text


def test_korean_breaks_between_words_not_inside_them() -> None:
    text = "경기도 용인에 자리 잡은 민간 시험인증 전문기업 ㈜디지털이엠씨는 2013년 CEO가 밝혔다."
    for width in range(16, 40):
        lines = wrap(text, width)
        assert " ".join(lines) == text  # every break is at a space
        assert all(display_width(line) <= width for line in lines if " " in line)


def test_same_modified_date_is_shown_once() -> None:
    when = datetime(2021, 5, 3, 14, 5, tzinfo=timezone.utc)
    out = render(para("x"), meta=Metadata(title="T", published=when, modified=when))
    assert out.count("2021-05-03") == 1


def test_latin_words_inside_cjk_stay_whole() -> None:
    text = "记者 Reuters International 报道了这一消息，并且 Associated Press 也报道了。"
    for width in range(20, 30):
        lines = wrap(text, width)
        assert all(display_width(line) <= width for line in lines)
        assert "International" in "\n".join(lines).split()


_WORDS = st.lists(
    st.one_of(
        st.sampled_from(["news", "a", "reporter", "2021", "—", "«quote»", "x" * 30]),
        st.text(st.sampled_from("中文新闻报道日本語한국어。、「」（）"), min_size=1, max_size=12),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=100, deadline=None)
@given(_WORDS, st.integers(20, 60))
def test_wrap_fits_the_width_and_loses_nothing(words: list[str], width: int) -> None:
    text = " ".join(words)
    lines = wrap(text, width)
    for line in lines:
        assert display_width(line) <= width or " " not in line.strip()
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_every_wide_character_takes_the_wide_path() -> None:
    """The fast pre-check misses no East Asian wide or fullwidth character."""
    missed = [
        hex(code)
        for code in range(0x1100, sys.maxunicode + 1)
        if unicodedata.category(chr(code)) != "Cn"
        and char_width(chr(code)) == 2
        and not MAYBE_WIDE.match(chr(code))
    ]
    assert missed == []


def test_combining_marks_take_no_column() -> None:
    assert display_width("e\u0301te\u0301") == 3


def test_line_breaks_are_kept() -> None:
    assert render(para("first", LineBreak(), "second")) == "first\nsecond\n"


def test_headings_are_underlined_by_level() -> None:
    out = render(heading(1, "Top"), heading(2, "Below"), heading(4, "Deep"))
    assert out == "Top\n---\n\nBelow\n~~~~~\n\nDeep\n~~~~\n"


def test_bullet_list_is_tight_with_hanging_indent() -> None:
    items = ((para("short"),), (para(LOREM),))
    lines = render(ListBlock(items), width=40).rstrip("\n").split("\n")
    assert lines[0] == "- short"
    assert lines[1].startswith("- The river")
    assert all(line.startswith("  ") for line in lines[2:])
    assert all(len(line) <= 40 for line in lines)


def test_ordered_list_aligns_numbers_and_separates_loose_items() -> None:
    items = (*((para(f"item {n}"),) for n in range(9)), (para("last"), para("more")))
    out = render(ListBlock(items, ordered=True, start=1))
    assert "1.  item 0" in out
    assert "10. last\n\n    more" in out
    assert "\n\n2.  item 1" in out  # one loose item makes the whole list loose


def test_nested_list_is_indented_under_its_item() -> None:
    inner = ListBlock(((para("inner"),),))
    out = render(ListBlock(((para("outer"), inner),)))
    assert out == "- outer\n\n  - inner\n"


def test_quote_is_prefixed_and_attributed() -> None:
    out = render(Quote((para("We lost everything."), para("Again.")), inlines("A resident")))
    assert out == "> We lost everything.\n>\n> Again.\n> — A resident\n"


def test_quote_wraps_inside_the_prefix() -> None:
    lines = render(Quote((para(LOREM),)), width=40).rstrip("\n").split("\n")
    assert all(line.startswith("> ") and len(line) <= 40 for line in lines)


def test_figure_line_with_alt_caption_and_credit() -> None:
    figure = Figure(Image("a.jpg", "A flooded street"), inlines("Main St."), inlines("AP"))
    assert render(figure) == "[Image: A flooded street] Main St. (AP)\n"
    assert render(Figure(Image("a.jpg"))) == "[Image]\n"
    # an alt that repeats the caption (with the credit after it) is not said twice
    echoed = Figure(Image("a.jpg", "Main St. Quelle: AP"), inlines("Main St."), inlines("AP"))
    assert render(echoed) == "[Image] Main St. (AP)\n"


def test_lead_image_goes_after_the_metadata_unless_repeated_in_the_body() -> None:
    lead = Figure(Image("lead.jpg", "Lead"))
    meta = Metadata(title="T", image=lead)
    assert render(para("x"), meta=meta) == "T\n=\n\n[Image: Lead]\n\nx\n"
    assert render(lead, meta=meta).count("[Image: Lead]") == 1


TABLE = Table(
    (
        (Cell(inlines("Town"), header=True), Cell(inlines("Level"), header=True)),
        (Cell(inlines("Ayr")), Cell(inlines("3 m"))),
        (Cell(inlines("Newtown-on-Sea")), Cell(inlines("12 m"))),
    ),
    inlines("Water levels"),
)


def test_table_as_aligned_columns_when_it_fits() -> None:
    assert render(TABLE) == (
        "Water levels\n"
        "Town            Level\n"
        "--------------  -----\n"
        "Ayr             3 m\n"
        "Newtown-on-Sea  12 m\n"
    )


def test_table_one_row_per_line_when_too_wide() -> None:
    wide = Table(((Cell(inlines("word " * 6)), Cell(inlines("text " * 6))),))
    out = render(wide, width=40)
    assert "word word word word word word | text" in out
    assert all(len(line) <= 40 for line in out.split("\n"))


def test_table_with_wide_characters_aligns_by_columns() -> None:
    table = Table(
        ((Cell(inlines("新闻")), Cell(inlines("x"))), (Cell(inlines("ab")), Cell(inlines("y"))))
    )
    assert render(table) == "新闻  x\nab    y\n"


def test_code_block_is_verbatim_and_indented() -> None:
    code = "def f():\n\treturn  1  # two spaces\n\n" + "x" * 100
    out = render(CodeBlock(code, "python"), width=40)
    assert out == "    def f():\n    \treturn  1  # two spaces\n\n    " + "x" * 100 + "\n"


def test_rule_is_centred() -> None:
    assert render(para("a"), Rule(), para("b"), width=40) == "a\n\n" + " " * 16 + "*  *  *\n\nb\n"


def test_link_notes_number_each_address_once_in_reading_order() -> None:
    body = (
        para("See ", Link((Text("the map"),), "https://ex.com/map"), " and ",
             Link((Text("https://ex.com/raw"),), "https://ex.com/raw"), "."),
        Quote((para(Link((Text("again"),), "https://ex.com/map"), " ",
                    Link((Text("mail"),), "mailto:desk@ex.com"), " ",
                    Link((Text("here"),), "/relative")),)),
    )  # fmt: skip
    doc = Document(Metadata(), body)
    out = TextWriter().render(doc, TextOptions(link_notes=True), Collector())
    assert out == (
        "See the map[1] and https://ex.com/raw.\n\n"
        "> again[1] mail[2] here\n\n"
        "[1] https://ex.com/map\n"
        "[2] mailto:desk@ex.com\n"
    )
    assert "[1]" not in TextWriter().render(doc, TextOptions(), Collector())


def test_width_option_is_validated() -> None:
    with pytest.raises(OptionError, match="width"):
        TextOptions(width=5)
    with pytest.raises(OptionError, match="width"):
        TextOptions(width=-1)


def test_writer_through_the_api_with_a_string_option() -> None:
    data = api.write(
        Document(Metadata(), (para(LOREM),)), to="txt", options={"width": "0"},
        on_diagnostic=Collector(),
    )  # fmt: skip
    assert data == (LOREM + "\n").encode("utf-8")


def test_cli_converts_a_saved_page_to_wrapped_text(tmp_path: Path) -> None:
    source = tmp_path / "story.html"
    paragraph = " ".join([LOREM] * 2)
    source.write_text(
        f"<html lang=en><head><title>Floods</title></head><body><article><h1>Floods</h1>"
        f"<p>{paragraph}</p><p>{LOREM}</p></article></body></html>",
        "utf-8",
    )
    args = ["convert", str(source), "--to", "txt", "-O", "width=50", "-o", "-"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[:2] == ["Floods", "======"]
    assert all(len(line) <= 50 for line in lines)
    assert " ".join(result.stdout.split()).count(LOREM) == 3


def _texts(doc: Document) -> list[str]:
    return [node.text for node in walk(doc) if isinstance(node, Text)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_document_renders_to_text_holding_every_text(doc: Document) -> None:
    unwrapped = TextWriter().render(doc, TextOptions(width=0), Collector())
    for text in _texts(doc):
        assert text in unwrapped
    wrapped = TextWriter().write(doc, options=TextOptions(width=30), report=Collector())
    assert wrapped.decode("utf-8").endswith("\n")
