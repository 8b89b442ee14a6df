"""Pages dumped as text by text-mode browsers (lynx, w3m): link numbers and their list,
hard-wrapped paragraphs among rows no browser wraps, markup printed as text."""

from __future__ import annotations

import shutil
import textwrap

import pytest
from benchmarks.tool_text import COMMANDS, command_text
from tests.readers.text.pages import STORY, corpus_scores, texts
from tests.readers.text.pages import read_text as read

from newsconv.model import ListBlock
from newsconv.readers.text.dumps import link_list, without_numbers, without_placeholders
from newsconv.readers.text.segment import segment
from newsconv.tree import block_texts, plain_text


def without_link_list(text: str) -> str:
    """``text`` without its link list and the numbers that list gives."""
    return without_numbers(*link_list(text))


def lynx_page(*, references: bool = True) -> str:
    """A page as ``lynx -dump`` prints it: a menu of numbered links, the headline at the
    margin, paragraphs wrapped at 76 columns and indented by 3, a table's row and an
    address it does not wrap, then the list of the links' addresses."""
    paragraphs = [
        textwrap.fill(
            f"[3]{text}" if n == 1 else text,
            width=76,
            initial_indent="   ",
            subsequent_indent="   ",
        )
        for n, text in enumerate(STORY)
    ]
    listed = "\n".join(f"   {n}. https://news.example.org/{n}" for n in range(1, 6))
    return "\n".join(
        [
            "     * [1]News",
            "     * [2]Sport",
            "",
            "Old bridge to close to cars",
            "",
            *(f"{paragraph}\n" for paragraph in paragraphs),
            "   | Arch | Built | Cracks found in the survey of 2024 | Repairs | " * 5,
            "   https://news.example.org/" + "a" * 250,
            "",
            "   [4]Contact [5]About us",
            *(["", "References", "", listed] if references else []),
        ]
    )


def test_the_link_list_and_its_numbers_go() -> None:
    text = "Menu: [1]News [2]Sport\n\nA story [3]with a link.\n\nReferences\n\n" + "\n".join(
        f"   {n}. https://example.org/{n}" for n in range(1, 4)
    )
    assert without_link_list(text) == "Menu: News Sport\n\nA story with a link."


def test_w3m_lists_its_links_in_brackets() -> None:
    text = "A story [1]with [2]links [3]here.\n\nReferences:\n\n" + "\n".join(
        f"[{n}] https://example.org/{n}" for n in range(1, 4)
    )
    assert without_link_list(text) == "A story with links here."


def test_visible_and_hidden_links_go_with_addresses_holding_spaces() -> None:
    text = (
        "[1]Home and a story.\n\nReferences\n\n   Visible links:\n"
        "   1. https://example.org/\n   2. mailto:?subject=A story&body=Read it\n\n"
        "   Hidden links:\n   3. file://localhost/\n   4. javascript:false\n"
    )
    assert without_link_list(text) == "Home and a story."


def test_numbers_the_list_does_not_give_stay() -> None:
    """A footnote's "[7]" has no address at the end: it is the article's."""
    text = "Rates rose again [7] and [1]fell.\n\n" + "\n".join(
        f"{n}. http://example.org/{n}" for n in range(1, 4)
    )
    assert without_link_list(text) == "Rates rose again [7] and fell."


@pytest.mark.parametrize(
    "text",
    [
        "Ingredients:\n\n1. Flour\n2. Water\n3. Salt\n",  # a list of the page's own
        "See [1] and [2].\n\n1. https://example.org/1\n2. https://example.org/2\n",  # two
        "A story.\n",
    ],
)
def test_a_text_without_a_link_list_is_left_as_it_is(text: str) -> None:
    assert without_link_list(text) == text


def test_lynx_placeholders_go() -> None:
    text = (
        "   IFRAME: https://ads.example.net/frame.html\n\n"
        "   [0412-storm.JPG] (BUTTON) Share A story [1]with a picture.\n"
    )
    assert without_placeholders(text) == "\n\n    Share A story [1]with a picture.\n"
    assert without_placeholders("A story [photo] and [7].") == "A story [photo] and [7]."


def test_w3m_cut_picture_names_go() -> None:
    text = "[Autorin_Je] Von Jennifer Patt\n[20SKIN-BEA] and a story [1] with a picture.\n"
    assert without_placeholders(text) == "Von Jennifer Patt\nand a story [1] with a picture.\n"
    own = "He said [sic] on [2019-05-12] (see a[arr_index] and [Laughter.])."
    assert without_placeholders(own) == own


def test_a_lynx_dump_reads_as_its_article() -> None:
    doc = read(lynx_page())
    assert doc.metadata.title == "Old bridge to close to cars"
    found = texts(doc)
    assert [text for text in found if text in STORY] == STORY  # joined, numbers gone
    assert not any("example.org/" in text or "References" in text for text in found)


def test_a_lynx_dump_without_its_link_list_still_has_its_paragraphs_joined() -> None:
    """``lynx -dump -nolist``: the rows it does not wrap are few among the wrapped ones."""
    body = plain_text(read(lynx_page(references=False)).blocks)
    for paragraph in STORY[::2]:
        assert paragraph in body


def test_a_list_item_wraps_under_its_text() -> None:
    items = [
        "the bridge closes to cars on Monday and stays closed for two years at least",
        "a shuttle bus runs every ten minutes at peak hours from the station",
    ]
    listed = "\n".join(
        textwrap.fill(item, width=60, initial_indent="     * ", subsequent_indent="       ")
        for item in items
    )
    wrapped = "\n\n".join(textwrap.fill(paragraph, width=60) for paragraph in STORY)
    doc = read(f"Old bridge to close\n\n{wrapped}\n\n{listed}\n")
    (found,) = [block for block in doc.blocks if isinstance(block, ListBlock)]
    assert [text for item in found.items for block in item for text in block_texts(block)] == items


def test_markup_printed_as_text_is_no_part_of_the_article() -> None:
    noscript = '<div><a href="https://ads.example.net/jump?x=1" target="_blank"><img alt="" '
    noscript += 'src="https://ads.example.net/ad?x=1" /></a></div>'
    page = "Old bridge to close\n\n" + "\n\n".join([*STORY, noscript])
    assert texts(read(page)) == STORY


def test_a_sentence_naming_tags_is_prose() -> None:
    mention = (
        "The council's site now marks each closure with the <time> element, and its maps "
        "load in an <iframe> that the city's contractor hosts, the clerk said on Tuesday."
    )
    assert mention in texts(read("Old bridge to close\n\n" + "\n\n".join([*STORY, mention])))


def test_rows_after_which_no_sentence_goes_on_are_not_rewrapped() -> None:
    """A page copied from a browser: lines of about one length (headlines, teasers), each
    a block of its own and capitalised, over paragraphs on lines of their own. Nothing is
    joined, though most lines end near one column."""
    lines = [
        "Old bridge to close to cars after survey finds cracks in arches",
        "Council votes to shut crossing for repairs lasting two years",
        "Residents will walk or cycle across while shuttle buses run",
        "Engineers warned for years that the 1904 structure was overloaded",
        "Repairs will be paid for by the city and the region together",
        "Market traders fear the closure will keep shoppers away",
    ]
    assert segment("\n".join(lines + STORY)).texts == lines + STORY


# Real pages, dumped by the text-mode browsers themselves with benchmarks/tool_text.py's
# commands when they are installed (.ci/apt-packages installs both). Floors a little under
# what the reader measured when they were set (2026-11-27: lynx 0.840, w3m 0.863 mean body
# F1 over the 151 pages; the whole dump taken as the body scores 0.586 and 0.768).
FLOORS = {"lynx": 0.81, "w3m": 0.84}


@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.parametrize("browser", sorted(FLOORS))
def test_dumps_of_the_corpus_pages_read_as_their_articles(browser: str) -> None:
    if shutil.which(browser) is None:
        pytest.skip(f"{browser} is not installed")
    dumped = command_text(COMMANDS[browser])

    found, whole = corpus_scores(dumped)
    assert found >= FLOORS[browser]
    assert found >= whole + 0.05


def test_the_line_over_the_blank_rows_above_the_list_is_the_articles() -> None:
    """Only a header right over listed links goes: the article's own last short line
    ("Thanks for reading") over the blank rows that part it from the list stays."""
    text = "A story [1]here.\n\nThanks for reading\n\n\nReferences\n\n" + "\n".join(
        f"   {n}. https://example.org/{n}" for n in range(1, 4)
    )
    assert without_link_list(text) == "A story here.\n\nThanks for reading"
