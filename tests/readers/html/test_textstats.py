"""Text measures the heuristic and its diagnostics rely on."""

from __future__ import annotations

import re

import lxml.html
import pytest
from lxml.html import HtmlElement

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import take_census
from newsconv.readers.html.textstats import collapsed, opening

TEXTS = [
    "",
    "   ",
    "short text",
    "word " * 100,
    " \n\t lead" + " " * 500 + "then words " * 30,
    "x" * 1000,
    "a\u00a0b\u3000c " + "\n" * 300 + "tail",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("chars", [1, 61, 200])
def test_opening_is_the_start_of_the_collapsed_text(text: str, chars: int) -> None:
    assert opening(text, chars) == " ".join(text.split())[:chars]


@pytest.mark.parametrize(
    "text", [*TEXTS, "two  spaces", " ends ", "\u200bzero width", "soft\u00adhyphen", "a\u2028b"]
)
def test_collapsed_is_the_text_split_and_joined(text: str) -> None:
    assert collapsed(text) == " ".join(text.split())


def test_commas_counts_every_script_s_commas() -> None:
    text = "a, b، c﹐d，e、f﹑g" + ",," * 50  # ﹑ (U+FE51) is not one
    assert vocab.commas(text) == len(re.findall(f"[{vocab.COMMAS}]", text)) == 105
    assert vocab.commas("no commas here.") == 0
    assert vocab.commas("“Curly”, he said — twice, ’tis true") == 2  # wide, ASCII commas only


PAGE = """<html><body><div id="a">  Lead, text <a href="/x">a,  link</a> tail，
<p>First <b>bold</b> words, <a href="/y">another link</a>.</p>
<ul><li><a href="/z">Only、  a link</a></li><li>plain, item</li></ul>   loose،
</div><p>  </p><div id="b"><span>x</span>y,</div></body></html>"""


def _length(element: HtmlElement) -> int:
    """Each text node's collapsed length, summed over the subtree (its own tail left out)."""
    pieces = [element.text] + [
        piece for node in element.iterdescendants() for piece in (node.text, node.tail)
    ]
    return sum(len(" ".join(piece.split())) for piece in pieces if piece)


def test_counts_equal_each_text_node_collapsed_and_summed() -> None:
    root = lxml.html.document_fromstring(PAGE)
    body, stats = root.find("body"), take_census(root).stats
    for element in body.iter():
        links = sum(_length(a) for a in element.iter("a"))
        assert stats.chars(element) == _length(element), element.tag
        assert stats.commas(element) == vocab.commas(element.text_content()), element.tag
        expected = links / _length(element) if _length(element) else 0.0
        assert stats.link_density(element) == pytest.approx(expected)
    assert stats.chars(body) > 50


def test_removing_an_element_updates_its_ancestors() -> None:
    root = lxml.html.document_fromstring(PAGE)
    body, stats = root.find("body"), take_census(root).stats
    before = stats.chars(body)
    lst = body.find(".//ul")
    removed = stats.chars(lst)
    stats.remove(lst)
    assert removed > 0 and stats.chars(body) == before - removed
    assert "plain, item" not in body.text_content() and "loose" in body.text_content()
    for element in (body, body.find("div")):
        assert stats.commas(element) == vocab.commas(element.text_content())


def test_recounting_an_element_counts_its_commas_again() -> None:
    root = lxml.html.document_fromstring(PAGE)
    body, stats = root.find("body"), take_census(root).stats
    paragraph = body.find(".//p")
    paragraph.text = "Now, with, more commas "
    stats.recount(paragraph)
    for element in (paragraph, paragraph.getparent(), body):
        assert stats.commas(element) == vocab.commas(element.text_content())


def test_only_the_first_comma_is_ascii() -> None:
    # commas() counts only "," in an ASCII text.
    assert vocab.COMMAS[0] == "," and not any(comma.isascii() for comma in vocab.COMMAS[1:])
