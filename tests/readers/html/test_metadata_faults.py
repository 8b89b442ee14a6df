"""Metadata faults seen on real pages outside the corpus, each on a small page of its own."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.readers.html.test_metadata import page

from newsconv.readers.html.meta.language import language_tag
from newsconv.readers.html.metadata import read_metadata

# --- language --------------------------------------------------------------------------

CHINESE = "<p>女儿出嫁，郑板桥没有钱置办嫁妆，就画了几笔兰花送给女儿，成为一段佳话流传至今。</p>"


def test_a_charset_declared_as_the_language_gives_way_to_the_next_source() -> None:
    head = (
        '<meta http-equiv="Content-Language" content="utf-8">'
        '<meta property="og:locale" content="zh_CN">'
    )
    assert read_metadata(page(head, CHINESE), url=None).lang == "zh-CN"


def test_a_broken_declaration_alone_leaves_the_language_to_detection() -> None:
    head = '<meta http-equiv="Content-Language" content="utf-8">'
    assert read_metadata(page(head, CHINESE), url=None).lang == "zh"


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("en", "en"),
        ("en_GB", "en-GB"),
        ("zh-Hans-CN", "zh-Hans-CN"),
        ("es-419", "es-419"),
        ("de, en", "de"),
        ("utf-8", None),
        ("iso-8859-1", None),
        ("windows-1251", None),
        ("English", None),
        ("und", None),
        ("x-default", None),
    ],
)
def test_a_declared_language_must_be_a_tag_of_a_known_language(value: str, tag: str | None) -> None:
    assert language_tag(value) == tag


# --- dates -----------------------------------------------------------------------------


def test_a_dateline_in_the_layout_table_around_the_headline_dates_the_page() -> None:
    body = (
        "<table><tr><td><h1>ԿԳ նախարար. Տարկետման համար</h1>"
        '<div class="article_date">18 հունվարի 2018 - 15:01 AMT</div>'
        "<p>Տարկետման իրավունքից օգտվելու համար ուսանողը պետք է լինի լավագույններից։</p>"
        "</td></tr></table>"
    )
    meta = read_metadata(page("", body, html_attrs='lang="hy"'), url=None)
    assert meta.published == datetime(2018, 1, 18, 15, 1)


def test_a_date_in_a_table_beside_the_article_still_dates_something_else() -> None:
    body = (
        "<h1>Headline of the story</h1><p>" + "The story itself goes on here. " * 10 + "</p>"
        '<table><tr><td class="date">18 January 2018</td><td>Concert</td></tr></table>'
    )
    assert read_metadata(page("", body), url=None).published is None
