"""Pages dumped as text by text-mode browsers (lynx, w3m): link numbers and their list,
hard-wrapped paragraphs among rows no browser wraps, markup printed as text."""

from __future__ import annotations

import shutil
import textwrap
import unicodedata
from collections.abc import Callable

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


def test_the_pages_link_elements_lynx_prints_first_go() -> None:
    """lynx opens a dump with the page's ``<link>`` elements after a "#", wrapped like the
    text: the feeds' titles, the site's name three times, read as a headline before."""
    text = (
        "   #[1]Harbour News - Atom [2]Harbour News - RSS [3]Harbour News\n   - Comments\n\n"
        "[4]Harbour News\n\nA story [5]with a link.\n\n#[9] stays, the page's own.\n\n"
        "References\n\n" + "\n".join(f"   {n}. https://example.org/{n}" for n in range(1, 6))
    )
    assert without_link_list(text) == (
        "\nHarbour News\n\nA story with a link.\n\n#[9] stays, the page's own."
    )


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


def test_w3m_picture_names_as_wide_as_the_picture_go() -> None:
    text = "[Verizon_CTO_with_iPad_270x360]\nThe app streams live TV.\n"
    assert without_placeholders(text) == "\nThe app streams live TV.\n"
    link = "Document: [draft-dejong-remotestorage-04](./draft-dejong-remotestorage-04)"
    assert without_placeholders(link) == link  # a Markdown link's text


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


ITEMS = [
    "the bridge closes to cars on Monday and stays closed for two years at least",
    "a shuttle bus runs every ten minutes at peak hours from the station",
]


def _listed_under_story(bullet: str, header: str = "") -> list[str]:
    """The texts of the list the reader finds in a wrapped story followed by ``header``
    and :data:`ITEMS`, each bulleted by ``bullet`` and wrapped under its text."""
    listed = "\n".join(
        textwrap.fill(item, width=60, initial_indent=bullet, subsequent_indent=" " * len(bullet))
        for item in ITEMS
    )
    wrapped = "\n\n".join(textwrap.fill(paragraph, width=60) for paragraph in STORY)
    doc = read(f"Old bridge to close\n\n{wrapped}\n\n{header}{listed}\n")
    (found,) = [block for block in doc.blocks if isinstance(block, ListBlock)]
    return [text for item in found.items for block in item for text in block_texts(block)]


def test_a_list_item_wraps_under_its_text() -> None:
    assert _listed_under_story("     * ") == ITEMS


def test_w3m_bullets_a_nested_list_with_white_squares() -> None:
    """w3m bullets a list's items with "•", and the items of a list inside one with "□"
    (and "☆" a level deeper): those are list items whose rows wrap under their text."""
    assert _listed_under_story("      □ ", header="  • What changes\n")[-2:] == ITEMS


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


# Real pages, dumped by the text-mode browsers (and pandoc) themselves with
# benchmarks/tool_text.py's commands when they are installed (.ci/apt-packages installs the
# browsers). Floors a little under what the reader measured when they were set (2026-11-27,
# seventeenth session: lynx 0.869, w3m 0.866, pandoc 0.883 mean body F1 over the 151
# pages; the whole dump taken as the body scores 0.586, 0.768 and 0.771).
FLOORS = {"lynx": 0.84, "w3m": 0.84, "pandoc": 0.85}


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


def numbered_page(every: int, first: int) -> str:
    """A lynx dump whose paragraphs hold a link every ``every`` words, numbered from
    ``first``: wrapped at 76 columns with the numbers in, as lynx wraps them."""
    number, paragraphs = first, []
    for paragraph in STORY:
        words = paragraph.split(" ")
        for at in range(every - 1, len(words), every):
            words[at] = f"[{number}]{words[at]}"
            number += 1
        paragraph = " ".join(words)
        paragraphs.append(
            textwrap.fill(paragraph, 76, initial_indent="   ", subsequent_indent="   ")
        )
    listed = "\n".join(f"  {n:3d}. https://news.example.org/{n}" for n in range(first, number))
    return "\n\n".join(["Old bridge to close", *paragraphs, "References", listed])


@pytest.mark.parametrize(("every", "first"), [(2, 1), (4, 1), (5, 10), (5, 100)])
def test_rows_are_measured_with_the_link_numbers_they_were_wrapped_with(
    every: int, first: int
) -> None:
    """A row short of the column by its numbers ("[40]21 manned checkpoints,") did not
    end a paragraph, though the next row's first word would fit there without them."""
    assert segment(numbered_page(every, first)).texts == ["Old bridge to close", *STORY]


def test_a_column_of_links_one_a_row_is_not_a_paragraph() -> None:
    """Teasers' headlines, each a link on its row and each near the column, part; a row
    that goes on in lowercase after a link at its start is the same sentence's."""
    headlines = [
        "Pēc ieceļošanas Norvēģijā būs obligāti jāveic Covid-19 tests",
        "Kiberuzbrukumos Norvēģijas parlamentam vaino Krievijas hakerus",
        "Favorīte Norvēģijas slēpotāju izlase nestartēs Pasaules kausa",
    ]
    rows = [f"   [{n}]{headline}" for n, headline in enumerate(headlines, 7)]
    rows[-1:] = [rows[-1], "   posmos un «Tour de Ski»"]
    headlines[-1] += " posmos un «Tour de Ski»"
    page = numbered_page(5, 10) + "\n"
    page = page.replace("References", "\n".join(rows) + "\n\nReferences")
    page += "\n".join(f"  {n:3d}. https://news.example.org/{n}" for n in range(7, 10))
    assert segment(page).texts[-3:] == headlines


def test_a_sentence_goes_on_from_a_row_near_the_column() -> None:
    """lynx keeps a link's words together, so a row may end well before the column where
    the next word would have fitted ("…according" / "to Google's recent…"). A row of code
    near the column (ending in a quote, a digit) is not joined to a lowercase one."""
    wrapped = [textwrap.fill(paragraph, 72) for paragraph in STORY]
    early = (
        "Chia seeds and goji berries are the new kale and quinoa, according\n"
        "to Google's recent parsing of food-focused searches from 2014, the\n"
        "search giant said."
    )
    code = (
        '    npm list axios 2>/dev/null | grep -E "1\\.14\\.1|0\\.30\\.4"\n'
        "    grep -A1 axios package-lock.json"
    )
    lines = segment("\n\n".join([*wrapped, early, code])).texts
    assert lines[3] == " ".join(early.split("\n"))
    assert lines[4:] == [row.strip() for row in code.split("\n")]


def test_a_centred_headline_wrapped_over_rows_is_one_line() -> None:
    """lynx centres a headline: one too long for a row fills the first and sets the rest in
    its middle. A paragraph indented under a heading at the margin opens with a row near
    the column, which may stand near the middle too: it still starts anew."""
    wrapped = [textwrap.indent(textwrap.fill(paragraph, 72), "   ") for paragraph in STORY]
    first = "Council votes to close the old bridge to cars after engineers find deep cracks in"
    rest = "two of its arches"
    headline = f"{first}\n{' ' * ((len(first) - len(rest)) // 2)}{rest}"
    teaser = "Engineers say the repairs of the old bridge will take two years and cost more"
    blurb = "The city and the region will share the cost of the work, they said."
    indented = f"{' ' * ((len(teaser) - len(blurb)) // 2)}{blurb}"
    lines = segment("\n\n".join([headline, *wrapped, f"{teaser}\n{indented}"])).texts
    assert lines[0] == f"{first} {rest}"
    assert lines[1:] == [*STORY, teaser, blurb]


def test_an_image_maps_list_goes_with_the_link_list() -> None:
    """lynx lists an image map's links apart after the others, under "[USEMAP]" and the
    map's address."""
    text = "A story [1]with [2]links [3]here.\n\nReferences\n\n" + "\n".join(
        f"   {n}. https://example.org/{n}" for n in range(1, 4)
    )
    text += "\n\n[USEMAP]\nfile://localhost/page.html#Map_5a6f\n   1. https://example.org/m\n"
    assert without_link_list(text) == "A story with links here."


def test_lynx_picture_names_with_a_query_go_over_the_rows_they_take() -> None:
    text = (
        "   A story [49530028.jpg?t=1485174240] with a picture.\n"
        "   * Teaser [im.gif?data=YWVjM2JlZTQyODI4ODgxMjU2MDJjODQ2NDU4\n"
        "   ZiOWQzZjE0Zjc5N2NlYzY3ZDA0&amp;\n   sid=6d61fb14_c48d7061]\n"
        "   IFRAME:\n   https://ads.example.net/frame.html?origin=http%3A%2F%\n"
        "   2Fexample.org&keys=UvlyA82\n\n   The story goes on.\n"
    )
    assert without_placeholders(text) == (
        "   A story  with a picture.\n   * Teaser \n\n\n\n\n\n\n   The story goes on.\n"
    )


def test_lynx_pictures_given_as_data_go_over_the_rows_they_take() -> None:
    """A picture whose address is its data (``data:image/gif;base64,…``) is named by the
    data, wrapped over rows like a word too long for them."""
    text = (
        "   [svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHd\n"
        "   EwMCUiIGhlaWdodD0iMTAwJSIgZmlsbD0iI2NmZDRkYiIvPjwvc3ZnPg==] 7-minute\n"
        "   read\n   [5][gif;base64,R0lGODlhAQABAPAAAAAAAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=\n"
        "   =] A teaser\n"
    )
    assert without_placeholders(text) == "   \n 7-minute\n   read\n   [5]\n A teaser\n"


def test_lynx_prints_a_formula_as_its_mathml_which_goes() -> None:
    text = (
        "   If the conjugate transpose of a matrix\n   [MATH: <semantics> <mrow\n"
        '   class="ORD"> <mi> A </mi> </mrow> </semantics> :MATH]\n   is denoted by A.\n'
    )
    assert without_placeholders(text) == (
        "   If the conjugate transpose of a matrix\n   \n\n   is denoted by A.\n"
    )


def test_thai_rows_wrapped_at_spaces_are_joined() -> None:
    """Thai (like Lao, Myanmar, Khmer) puts spaces between phrases, and the tools break
    its rows there: a row goes on under one that ends no sentence. lynx counts each
    character a column, w3m none for a combining mark (a vowel sign over its letter)."""
    phrases = [
        *("ภูชนะ", "(นามแฝง)", "เป็นคนใกล้ชิดของนายสุรชัย", "ด่านวัฒนานุสรณ์", "หรือ", "สุรชัย"),
        *("แซ่ด่าน", "นักเคลื่อนไหวทางการเมือง", "ที่ลี้ภัยออกจากประเทศไทย", "และได้หายตัวไปจากที่พัก"),
        *("ในประเทศเพื่อนบ้าน", "ในช่วงคืนวันที่", "12-13", "ธ.ค.2561", "พร้อมกันกับสุรชัย"),
        "และคนสนิทอีกคนหนึ่ง",
    ]
    paragraphs = [" ".join(phrases[n:] + phrases[:n]) for n in range(0, 15, 3)]
    for measure in (len, display_columns):
        wrapped = "\n\n".join(wrap_by(paragraph, 70, measure) for paragraph in paragraphs)
        assert segment(wrapped).texts == paragraphs


def display_columns(text: str) -> int:
    """How many columns a terminal gives ``text``: none to a combining mark."""
    return sum(
        not unicodedata.combining(char) and unicodedata.category(char) != "Mn" for char in text
    )


def wrap_by(paragraph: str, width: int, measure: Callable[[str], int]) -> str:
    """``paragraph`` wrapped at ``width`` by ``measure`` as the tools wrap: at spaces."""
    rows = [""]
    for word in paragraph.split(" "):
        if rows[-1] and measure(f"{rows[-1]} {word}") > width:
            rows.append(word)
        else:
            rows[-1] = f"{rows[-1]} {word}".lstrip()
    return "\n".join(rows)


def test_rows_of_one_token_tell_no_column() -> None:
    """Addresses no tool could break (pandoc prints a ``<noscript>``'s attributes) are
    rows that a lowercase one follows, far past the column: the text is wrapped still."""
    addresses = [
        f'src="//c.example.com/c.gif?udc=true&amp;rid={n}{"9bc8b7b7" * 20}"\nwidth="1"'
        for n in range(4)
    ]
    wrapped = [textwrap.fill(paragraph, 72) for paragraph in STORY]
    lines = segment("\n\n".join([*addresses, *wrapped])).texts
    assert lines[-3:] == STORY


def test_pandoc_list_items_wrap_under_their_text() -> None:
    """pandoc sets an item's text after its marker and spaces ("-   Item") and wraps it
    under that text, four columns in."""
    items = [
        "The Cronut rose to 17th on the global recipe list after its arrival last year.",
        "Our favorite ways to eat eggs are deviled, scotch, scrambled and pickled ones.",
    ]
    listed = "\n".join(
        textwrap.fill(item, 72, initial_indent="-   ", subsequent_indent="    ") for item in items
    )
    wrapped = [textwrap.fill(paragraph, 72) for paragraph in STORY]
    lines = segment("\n\n".join([*wrapped, listed])).texts
    assert lines[-2:] == [f"- {item}" for item in items]
