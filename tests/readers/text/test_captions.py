"""A picture's caption printed with its toggle's label, as a page with a caption toggle
copied as text prints it (:mod:`newsconv.readers.text.captions`)."""

from __future__ import annotations

from tests.readers.text.pages import FOOTER, MENU, body, paragraphs

CAPTION = "The old bridge, seen from the river bank in March."
CREDIT = "Jane Roe/Agency"
HEADLINE_BLOCK = ["Bridge to close for a year", "Jane Doe", "Friday 25 December 2015"]


def test_the_labelled_copy_of_a_caption_printed_again_goes() -> None:
    story = paragraphs(8, "bridge")
    toggle = [f"{CAPTION} {CREDIT} hide caption", "toggle caption", CREDIT, CAPTION, CREDIT]
    found = body([*MENU, *HEADLINE_BLOCK, *story[:4], *toggle, *story[4:], *FOOTER])
    assert found.count(CAPTION) == 1
    assert "hide caption" not in found
    assert all(paragraph in found for paragraph in story)


def test_a_caption_printed_once_loses_only_its_label() -> None:
    story = paragraphs(8, "bridge")
    found = body(
        [*MENU, *HEADLINE_BLOCK, *story[:4], f"{CAPTION} Hide Caption", "Show Caption", *story[4:]]
    )
    assert CAPTION in found
    assert "Hide Caption" not in found


def test_a_sentence_ending_on_a_caption_stays() -> None:
    story = paragraphs(8, "bridge")
    line = "The editors chose not to show the caption"
    found = body([*MENU, *HEADLINE_BLOCK, *story[:4], line, *story[4:]])
    assert line in found
