"""The standfirst under a copied page's headline becomes the subtitle; a lede stays."""

from __future__ import annotations

import pytest
from tests.readers.text.pages import PARAGRAPHS

from newsconv.diagnostics import Collector
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader
from newsconv.readers.text.features import describe
from newsconv.readers.text.standfirst import find_standfirst
from newsconv.tree import block_texts

HEADLINE = "Old bridge to close to cars"
STANDFIRST = "Cracks found in two of its three arches leave the city no choice, engineers say."
MENU = ["Home", "News", "Sign in"]
FOOT = ["Privacy policy"]


def read(lines: list[str]) -> Document:
    return TextReader().read(
        "\n".join(lines).encode(), options=ReadOptions(), source=None, report=Collector()
    )


def texts(doc: Document) -> list[str]:
    return [text for block in doc.blocks for text in block_texts(block)]


def test_the_standfirst_over_the_byline_is_the_subtitle_and_leaves_the_body() -> None:
    doc = read(
        [*MENU, HEADLINE, STANDFIRST, "By Jane Roe", "12 March 2024", "Share", *PARAGRAPHS, *FOOT]
    )
    assert doc.metadata.title == HEADLINE
    assert doc.metadata.subtitle == STANDFIRST
    assert texts(doc) == PARAGRAPHS


def test_the_standfirst_under_the_byline_and_date_is_the_subtitle() -> None:
    doc = read(
        [*MENU, HEADLINE, "By Jane Roe", "12 March 2024", STANDFIRST, "Share", *PARAGRAPHS, *FOOT]
    )
    assert doc.metadata.subtitle == STANDFIRST
    assert texts(doc) == PARAGRAPHS


def test_a_cyrillic_standfirst_is_the_subtitle() -> None:
    paragraphs = [
        "Городской совет во вторник проголосовал за закрытие старого моста для автомобилей: "
        "в двух из трёх его арок нашли глубокие трещины.",
        "Инженеры годами предупреждали, что по мосту, построенному в 1904 году, ездит гораздо "
        "больше машин, чем он рассчитан. Ремонт займёт два года.",
        "Пешеходы и велосипедисты смогут переходить мост во время работ, а в часы пик каждые "
        "десять минут будет ходить автобус, сообщили в совете.",
    ]
    standfirst = "Трещины в арках не оставили городу выбора, говорят инженеры."
    doc = read(
        [
            "Главная",
            "Новости",
            "Старый мост закроют для машин",
            standfirst,
            "Автор: Иван Петров",
            "12 марта 2024",
            "Поделиться",
            *paragraphs,
            "Политика конфиденциальности",
        ]
    )
    assert doc.metadata.subtitle == standfirst
    assert texts(doc) == paragraphs


def test_a_lede_running_into_the_story_stays_in_the_body() -> None:
    # the same line, but the story's next paragraph follows it with nothing between
    doc = read([*MENU, HEADLINE, STANDFIRST, *PARAGRAPHS, *FOOT])
    assert doc.metadata.subtitle is None
    assert texts(doc) == [STANDFIRST, *PARAGRAPHS]


def test_a_first_paragraph_under_the_share_buttons_stays_in_the_body() -> None:
    # parted from the story like a standfirst, but as heavy as the story's paragraphs
    lede = (
        "The mayor said on Monday that the old bridge would close to cars within a month, "
        "after a survey found deep cracks in its arches."
    )
    doc = read([*MENU, HEADLINE, lede, "By Jane Roe", "Share", *PARAGRAPHS, *FOOT])
    assert doc.metadata.subtitle is None
    assert texts(doc) == [lede, *PARAGRAPHS]


def _found(lines: list[str], headline: int, used: set[int], kept: list[int]) -> str | None:
    standfirst = find_standfirst(lines, describe(lines), headline, used, kept)
    return standfirst.text if standfirst else None


#: A headline, the line under it (the candidate), a byline the metadata took, furniture,
#: then the story.
def _page(under: str, headline: str = HEADLINE) -> list[str]:
    return [headline, under, "By Jane Roe", "Share", *PARAGRAPHS]


def test_the_line_under_the_headline_is_found_on_its_own() -> None:
    assert _found(_page(STANDFIRST), 0, {0, 2}, [4, 5, 6]) == STANDFIRST


def test_the_headline_printed_twice_is_passed_over() -> None:
    # a share panel's copy of the headline right under it
    lines = [HEADLINE, *_page(STANDFIRST)]
    assert _found(lines, 0, {0, 3}, [5, 6, 7]) == STANDFIRST


@pytest.mark.parametrize(
    ("under", "headline"),
    [
        # as heavy as a paragraph of prose: the story's first, over its byline
        (f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}", HEADLINE),
        # a list's item, not a sentence of its own
        ("+ Added two new lanes for bicycles and a shuttle bus at peak hours", HEADLINE),
        # a caption closed by its credit
        ("The old bridge at dusk, seen from the river's east bank. (Photo AFP)", HEADLINE),
        # a dated line: the byline's, not a standfirst
        ("Engineers found the cracks in a survey published on 12 March 2024.", HEADLINE),
        # a label, lighter than the headline and no sentence
        ("Bridges and tunnels of the city", HEADLINE),
        # lighter than its headline and closed by no stop: a kicker, a teaser's headline
        (
            "Repairs to the arches are expected to take two years",
            "The old bridge over the river will close to all cars from next May",
        ),
        # the line over it closes like a sentence: the body's, not a headline
        (STANDFIRST, "The council has now made its decision on the bridge."),
        # a row going on with the line over it, in lowercase
        ("leave the city no choice, engineers say, and the works start in May.", HEADLINE),
        # a line of tags under its label
        ("Topics: Bridges, traffic, engineering, city council, river crossings, repairs", HEADLINE),
    ],
)
def test_lines_that_are_no_standfirst(under: str, headline: str) -> None:
    assert _found(_page(under, headline), 0, {0, 2}, [4, 5, 6]) is None


@pytest.mark.parametrize(
    ("under", "found"),
    [
        ("Image", STANDFIRST),  # a picture's label the copy kept
        ("Tech Industry", STANDFIRST),  # a section's name
        ("What the survey found", None),  # a sub-heading: the story goes on
    ],
)
def test_a_label_kept_under_the_line_parts_it_from_the_story(under: str, found: str | None) -> None:
    lines = [HEADLINE, STANDFIRST, under, *PARAGRAPHS]
    assert _found(lines, 0, {0}, [1, 2, 3, 4, 5]) == found


def test_a_caption_over_its_photo_credit_is_no_standfirst() -> None:
    # the lead photo's caption, then its credit on a line of its own, then the story
    caption = "A crab fisherman wades in from the sea near the reopened beach on 11 August."
    lines = [HEADLINE, "By Jane Roe", caption, "Jane Doe / Getty Images", "Print", *PARAGRAPHS]
    assert _found(lines, 0, {0, 1}, [5, 6, 7]) is None
    lines[3] = "Image"  # a label, not a credit: the line over it stands alone
    assert _found(lines, 0, {0, 1}, [5, 6, 7]) == caption


def test_rows_a_tool_wrapped_are_one_standfirst() -> None:
    # html2text wraps a heading's rows and the segmenter leaves them apart
    lines = [
        HEADLINE,
        "Cracks found in two of its three arches leave the city no",
        "choice, engineers say.",
    ]
    lines += ["By Jane Roe", "Share", *PARAGRAPHS]
    assert _found(lines, 0, {0, 3}, [5, 6, 7]) == STANDFIRST


def test_a_hyphen_at_a_rows_end_joins_one_word() -> None:
    lines = [
        HEADLINE,
        "Cracks found in two of its three arches leave the ex-",
        "mayor without a choice.",
    ]
    lines += ["By Jane Roe", "Share", *PARAGRAPHS]
    wanted = "Cracks found in two of its three arches leave the ex-mayor without a choice."
    assert _found(lines, 0, {0, 3}, [5, 6, 7]) == wanted
