"""Pages the fuzzer broke: control characters, raw or as references, in pruned markup."""

from __future__ import annotations

import pytest

import newsconv

PARAGRAPH = "<p>A paragraph of article text, long enough for the page to count as an article.</p>"


@pytest.mark.parametrize("control", ["\x01", "&#x1;", "\x0e", "&#xFFFE;", "\x1b"])
def test_control_character_before_a_pruned_element(control: str) -> None:
    # The sidebar is removed; the text after it, control character and all, moves onto
    # its parent, and lxml refused to set it ("All strings must be XML compatible").
    page = (
        f"<html><body><article><div>{control}<aside class='sidebar'>Side</aside>"
        f"tail {control} text</div>{PARAGRAPH * 4}</article></body></html>"
    )
    doc = newsconv.read(page.encode(), format="html")
    assert "article text" in newsconv.write(doc, to="txt").decode()
