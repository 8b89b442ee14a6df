"""The reader's elements give the text lxml.html's would, by a cheaper road."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement
from tests.conftest import corpus_cases

from newsconv.readers.html import PageElement, parse
from newsconv.readers.html.decode import decode_page

MARKUP = (
    "<div>a<!-- c --><?pi x?>b &amp; &#1; <![CDATA[x]]> \r\n <script>s<s</script>"
    "\U0001f600<b>t<i></i></b>tail<p>para</p>  </div>after"
)


def test_parsed_pages_are_made_of_page_elements() -> None:
    root = parse("<p>x<b>y</b></p>")
    assert all(isinstance(element, PageElement) for element in root.iter())


def test_text_content_is_lxml_html_text_content() -> None:
    # lxml.html's own parser keeps the comment and the processing instruction.
    div = lxml.html.document_fromstring(MARKUP).find(".//div")
    assert isinstance(div, HtmlElement) and not isinstance(div, PageElement)
    expected = "ab & \x01  \n s<s\U0001f600ttailpara  "
    assert div.text_content() == PageElement.text_content(div) == expected
    parsed = parse(MARKUP).find(".//div")
    assert isinstance(parsed, PageElement) and parsed.text_content() == expected


@pytest.mark.parametrize("case", corpus_cases("readability")[::13], ids=lambda case: case.name)
def test_text_content_on_real_pages(corpus: Path, case: Path) -> None:
    decoded = decode_page((case / "input.html").read_bytes())
    root = parse(decoded.text, utf8=decoded.utf8)
    for element in root.iter():
        assert element.text_content() == HtmlElement.text_content(element)
