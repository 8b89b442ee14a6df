"""The text reader on small inputs: clean articles, bad input, encodings, blocks."""

from __future__ import annotations

import textwrap
import time
from datetime import date, datetime

import pytest
from tests.readers.text.pages import PARAGRAPHS, STORY, paragraphs, read_page

from newsconv.diagnostics import Collector
from newsconv.errors import DecodingError, NoArticleFound, OptionError
from newsconv.model import Document, Heading, ListBlock, Paragraph, Quote, Table
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader
from newsconv.tree import block_texts, inline_text, plain_text


def read(data: bytes | str, **options: str) -> Document:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return TextReader().read(
        raw, options=ReadOptions(**options), source="page.txt", report=Collector()
    )


def texts(doc: Document) -> list[str]:
    return [text for block in doc.blocks for text in block_texts(block)]


def test_a_clean_article_loses_nothing() -> None:
    doc = read("Old bridge to close to cars\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert doc.metadata.title == "Old bridge to close to cars"
    assert texts(doc) == PARAGRAPHS
    assert doc.metadata.lang == "en"
    assert doc.metadata.dir == "ltr"


def test_a_clean_article_of_short_paragraphs_loses_nothing() -> None:
    short = [
        "The storm hit at dawn.",
        "Winds reached 120 km/h.",
        "Thousands lost power.",
        "Schools will stay closed on Tuesday, the mayor said.",
    ]
    doc = read("Storm hits the coast\n\n" + "\n\n".join(short))
    assert doc.metadata.title == "Storm hits the coast"
    assert texts(doc) == short


def test_short_sentences_next_to_the_body_stay_with_it() -> None:
    doc = read("\n".join(["Home", "Share", "The storm hit at dawn.", *PARAGRAPHS, "Subscribe"]))
    assert texts(doc) == ["The storm hit at dawn.", *PARAGRAPHS]


def test_lines_without_prose_are_kept_whole() -> None:
    poem = ["Roses are red", "Violets are blue", "Sugar is sweet", "And so are you"]
    assert texts(read("\n".join(poem))) == poem


def test_paragraphs_only_lose_nothing() -> None:
    assert texts(read("\n\n".join(PARAGRAPHS))) == PARAGRAPHS


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending(newline: str) -> None:
    doc = read(newline.join(["Old bridge to close to cars", "", *PARAGRAPHS]))
    assert texts(doc) == PARAGRAPHS


def test_hard_wrapped_paragraphs_are_joined_back() -> None:
    wrapped = "\n\n".join(textwrap.fill(p, width=60) for p in PARAGRAPHS)
    assert texts(read(wrapped)) == PARAGRAPHS


def test_hard_wrapped_under_a_title_wider_than_the_wrap() -> None:
    title = "Old bridge to close to cars after engineers find deep cracks in two of three arches"
    wrapped = "\n\n".join(textwrap.fill(p, width=50) for p in PARAGRAPHS)
    doc = read(f"{title}\n\n{wrapped}")
    assert doc.metadata.title == title
    assert texts(doc) == PARAGRAPHS


def test_indented_paragraphs_without_blank_lines() -> None:
    wrapped = "\n".join(textwrap.fill(p, width=60, initial_indent="    ") for p in PARAGRAPHS)
    assert texts(read(wrapped)) == PARAGRAPHS


def test_a_paragraph_printed_twice_is_kept_once() -> None:
    doc = read("\n\n".join([PARAGRAPHS[0], *PARAGRAPHS]))
    assert texts(doc) == PARAGRAPHS


def test_a_read_also_box_inside_goes_and_a_list_after_ends_the_article() -> None:
    teasers = [f"Teaser number {n} about something else that happened today." for n in range(4)]
    page = [
        PARAGRAPHS[0],
        "Read also",
        "Council approves the new budget for schools",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Read also",
        *teasers,
    ]
    assert texts(read("\n".join(page))) == PARAGRAPHS


def test_lists_quotes_and_subheadings_become_blocks() -> None:
    doc = read(
        "\n".join(
            [
                PARAGRAPHS[0],
                "- the first arch is cracked",
                "- the second arch is cracked too",
                "What happens next",
                PARAGRAPHS[1],
                "> We have no other choice, the mayor said at the meeting on Tuesday.",
                PARAGRAPHS[2],
            ]
        )
    )
    kinds = [type(block) for block in doc.blocks]
    assert kinds == [Paragraph, ListBlock, Heading, Paragraph, Quote, Paragraph]
    assert isinstance(doc.blocks[1], ListBlock)
    assert len(doc.blocks[1].items) == 2


def test_rows_copied_with_tabs_become_a_table() -> None:
    doc = read("\n".join([PARAGRAPHS[0], "Name\tShare", "Ada\t63%", "Bob\t37%", PARAGRAPHS[1]]))
    tables = [block for block in doc.blocks if isinstance(block, Table)]
    assert len(tables) == 1
    assert [[inline_text(cell.children) for cell in row] for row in tables[0].rows] == [
        ["Name", "Share"],
        ["Ada", "63%"],
        ["Bob", "37%"],
    ]
    assert texts(doc)[1:4] == ["Name | Share", "Ada | 63%", "Bob | 37%"]


def test_numbered_list_keeps_its_start() -> None:
    doc = read("\n".join([PARAGRAPHS[0], "3. third point", "4. fourth point", PARAGRAPHS[1]]))
    lists = [block for block in doc.blocks if isinstance(block, ListBlock)]
    assert lists and lists[0].ordered and lists[0].start == 3


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  \r\n", "\u00a0\u3000\n".encode()])
def test_empty_or_whitespace_is_no_article(data: bytes) -> None:
    with pytest.raises(NoArticleFound, match=r"page\.txt: no text"):
        read(data)


def test_binary_data_is_refused() -> None:
    data = bytes(range(256)) * 64
    with pytest.raises(DecodingError, match="binary"):
        read(data)


@pytest.mark.parametrize(
    ("title", "body", "codec", "lang"),
    [
        (
            "Встреча в Рейкьявике",
            "Госсекретарь США обсудил с главой МИД России возможности сотрудничества, "
            "заявил представитель госдепартамента. Встреча продолжалась два часа.",
            "cp1251",
            "ru",
        ),
        (  # 7-bit, so valid UTF-8 too: told by its shifts into JIS X 0208
            "港が再開",
            "港は三週間の修理の後、月曜日の朝に再開されました。最初のフェリーは午後に到着し、"
            "乗客たちは桟橋で拍手を送りました。市の担当者は、今後も点検を続けると話しています。",
            "iso2022_jp",
            "ja",
        ),
    ],
    ids=["windows-1251", "iso-2022-jp"],
)
def test_legacy_encodings_are_decoded(title: str, body: str, codec: str, lang: str) -> None:
    doc = read(f"{title}\n\n{body}".encode(codec))
    assert texts(doc) == [body]
    assert doc.metadata.lang == lang


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_unicode_encodings_are_decoded(codec: str) -> None:
    doc = read(("Old bridge to close to cars\n\n" + "\n\n".join(PARAGRAPHS)).encode(codec))
    assert texts(doc) == PARAGRAPHS


def test_a_declared_encoding_wins() -> None:
    doc = read("\n\n".join(PARAGRAPHS).encode("cp1252"), encoding="cp1252")
    assert plain_text(doc).startswith("The city council")


def test_an_encoding_no_codec_knows_is_refused_not_guessed() -> None:
    with pytest.raises(OptionError, match="unknown encoding 'nope'"):
        read("\n\n".join(PARAGRAPHS).encode(), encoding="nope")


def test_half_a_surrogate_pair_from_a_wrong_encoding_is_a_replacement_character() -> None:
    data = "\n\n".join(PARAGRAPHS).replace("council", "council +2AA-").encode()
    text = plain_text(read(data, encoding="utf-7"))
    assert "\ufffd" in text
    text.encode("utf-8")  # no half pair left for a writer to choke on


def test_the_charset_the_input_came_labelled_with_is_weighed() -> None:
    text = "Привет мир, как дела у вас сегодня?"  # too short for detection to be sure
    assert plain_text(read(text.encode("koi8-r"), declared_encoding="koi8-r")) == text


def test_a_single_ten_megabyte_line() -> None:
    line = ("A long line of prose that never ends, " * 263_000)[:10_000_000]
    doc = read(line)
    assert len(plain_text(doc)) > 9_000_000


def test_url_option_becomes_the_url() -> None:
    doc = read("\n\n".join(PARAGRAPHS), url="https://example.org/a")
    assert doc.metadata.url == "https://example.org/a"


def _page(lines: int) -> bytes:
    """A page of ``lines`` distinct lines: menus, headlines and paragraphs in turn."""
    rows = []
    for n in range(lines):
        if n % 3 == 0:
            rows.append(f"Menu item {n}")
        elif n % 3 == 1:
            rows.append(f"Headline number {n} about the council")
        else:
            rows.append(f"Paragraph {n}: {PARAGRAPHS[n % len(PARAGRAPHS)]}")
    return "\n".join(rows).encode()


@pytest.mark.slow
def test_time_grows_linearly_with_size() -> None:
    def timed(data: bytes) -> float:
        start = time.process_time()
        read(data)
        return time.process_time() - start

    small, large = _page(20_000), _page(200_000)  # about 1.5 MB and 15 MB
    assert len(large) > 9 * len(small)
    # The small page's best of three: one slow run on a shared machine must not
    # make linear look quadratic. Ten times the input may take 40 times as long
    # (caches, collector); quadratic takes 100.
    small_time = min(timed(small) for _ in range(3))
    assert timed(large) < 40 * small_time


def test_an_infobox_row_is_neither_the_title_nor_the_date() -> None:
    # A wiki page copied as text: its infobox's rows come out as cells between tabs.
    infobox = [
        "The Mozilla Project",
        "Industry\tOpen-source software",
        "Founded\tFebruary 28, 1998",
        "Founder\tNetscape Communications Corporation",
    ]
    page = ["Main menu", "Search", "Log in", *infobox, *PARAGRAPHS, "Privacy policy"]
    doc = read("\n".join(page))
    assert doc.metadata.title == "The Mozilla Project"
    assert doc.metadata.published is None


def test_a_caption_closed_by_its_credit_is_no_heading() -> None:
    caption = "Un train à la gare de Lyon, à Paris. (Photo AFP)"
    doc = read("\n".join(["Home", "Sign in", caption, *PARAGRAPHS, "Privacy policy"]))
    assert not any(isinstance(block, Heading) for block in doc.blocks)
    assert doc.metadata.extra == (("image_caption", caption),)  # the lead photo's


def test_a_caption_over_the_byline_and_the_date_is_the_lead_photos() -> None:
    """El Universo's head: deck, the lead photo's caption, a share label, byline, date."""
    caption = "Rescuers search the site where the old bridge's arch fell in. Foto: AFP"
    head = ["Bridge to close after survey finds cracks", "The arches will be repaired.", caption]
    signed = ["Follow us:", "By Jane Roe", "24 August 2026 - 23h23"]
    doc = read("\n".join(["Home", "Sign in", *head, *signed, *PARAGRAPHS, "Privacy policy"]))
    assert doc.metadata.extra == (("image_caption", caption),)
    assert caption not in plain_text(doc)


def test_a_paragraph_opening_with_its_date_stays_in_the_body() -> None:
    opening = (
        "Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the "
        "rise in the past decade, with little hope for a cure."
    )
    page = [
        "Home",
        "Allergies",
        "Newsletter",
        "Peanut allergy: a new study offers hope",
        opening,
        "But a groundbreaking new study may offer a way to stem that rise, while another may "
        "offer some hope for those who are already allergic to peanuts.",
        "Parents have been told for years to keep peanuts away from babies, and the study "
        "found that this advice may have made the allergy more common, not less.",
        "Privacy policy",
    ]
    document = read_page(page)
    assert document.metadata.published is not None
    assert document.metadata.published.date().isoformat() == "2015-02-23"
    assert opening in plain_text(document)


def test_the_authors_box_under_the_article_is_left_out() -> None:
    story = [
        "The council said on Monday that the old bridge would close to cars in May.",
        "Engineers found cracks in two of its piers, and repairs will take a year at least.",
    ]
    bio = (
        "Jane Doe has been a reporter for the Daily Paper since 2004, covering the city "
        "council, its budget and its roads, as well as the long fight over the old bridge "
        "and the ferry that was to replace it."
    )
    page = ["Home", "News", "Bridge to close", "By Jane Doe", "March 3, 2021", *story]
    found = plain_text(read_page([*page, bio, "Topics:", "Roads"]))
    assert story[1] in found
    assert "since 2004" not in found
    # two sentences on the author, shorter, are a box too; a line crediting them is not
    short = (
        "Jane Doe is a reporter for the Daily Paper, where she has covered the council "
        "since 2004. She writes its weekly column on roads."
    )
    assert "She writes" not in plain_text(read_page([*page, short, "Topics:", "Roads"]))
    credit = "Jane Doe reported from the city hall."
    assert credit in plain_text(read_page([*page, credit, "Topics:", "Roads"]))


def test_the_authors_name_alone_in_the_body_heads_their_box() -> None:
    # The byline names the authors; a box after the first paragraph names each again,
    # alone on a line, over a line on who they are. A name signing a note is no box.
    head = ["Home", "News", "Old bridge to close", "By Jane Doe and John Roe | 3 March 2021"]
    box = ["Jane Doe", "Reporter on the city desk.", "John Roe", "Editor of the weekend paper."]
    page = [*head, PARAGRAPHS[0], *box, *PARAGRAPHS[1:], "About us", "Contact"]
    doc = read("\n\n".join(page) + "\n")
    assert [person.name for person in doc.metadata.authors] == ["Jane Doe", "John Roe"]
    assert texts(doc) == PARAGRAPHS
    note = "(1) The survey of the three arches was made by the county's engineers in 2019."
    signed = [*head, *PARAGRAPHS[:2], "Jane Doe", note, PARAGRAPHS[2], "About us", "Contact"]
    assert note in texts(read("\n\n".join(signed) + "\n"))


def test_the_authors_name_over_their_bio_goes_with_the_bio_not_the_story() -> None:
    # The byline, the lede, then the author's name alone over their bio, then the rest of
    # the story: the box is the name and the bio; the paragraph under it stays.
    bio = (
        "Jane Doe joined the Daily Paper in 2001. She studied economics in Cologne, covered "
        "energy and the environment from the capital, and has written about the railways "
        "and the roads since 2016, when she moved to the parliament team."
    )
    head = ["Home", "News", "Old bridge to close", "By Jane Doe", "3 March 2021"]
    page = [*head, STORY[0], "Jane Doe", bio, *STORY[1:], "About us", "Contact"]
    found = texts(read("\n\n".join(page) + "\n"))
    assert found == STORY


def test_a_byline_under_a_summary_in_the_prose_is_read() -> None:
    # A standfirst, the lead picture's credit, a label and a summary of two sentences
    # open the prose; the byline stands under them, on the prose's sixth line.
    standfirst = (
        "Competition on the rails too: the new trains are aimed at travellers for whom the "
        "old operator is too dear and the coach too slow."
    )
    summary = [
        "Rivals of the railway fear that the new timetable planned by the ministry will put "
        "them at a great disadvantage.",
        "Passengers would not only gain from the plan either, and the climate targets could "
        "be met better with more competition.",
    ]
    head = ["Home", "Business", "3 March 2021", "Coach company attacks the railway"]
    prose = [standfirst, "(Photo: Jane Roe/Agency)", "Feedback", *summary, "By Jane Doe, Berlin"]
    doc = read("\n".join([*head, *prose, *STORY, "About us", "Contact"]) + "\n")
    assert [person.name for person in doc.metadata.authors] == ["Jane Doe"]


def test_the_date_alone_under_a_byline_in_the_prose_dates_the_story() -> None:
    # The lede, the lead picture's caption, a share label and an ad's label stand over the
    # byline, and the date alone under it, on the prose's sixth line.
    head = ["Home", "News", "Old bridge to close for two years"]
    caption = "Engineers inspect the arches of the old bridge. Photo: Jane Roe/Agency"
    prose = [STORY[0], caption, "Follow us:", "Advertisement", "By: Jane Doe"]
    story = [*STORY[1:], *paragraphs(6, "bridge")]
    page = [*head, *prose, "24 de agosto, 2021 - 23h23", *story, "About us"]
    doc = read("\n".join(page) + "\n")
    assert [person.name for person in doc.metadata.authors] == ["Jane Doe"]
    assert doc.metadata.published == datetime(2021, 8, 24, 23, 23)
    assert "23h23" not in plain_text(doc)


@pytest.mark.parametrize("bullet", ["", "* "])
def test_a_box_of_facts_under_the_story_dates_and_signs_it(bullet: str) -> None:
    # No date stands near the headline; under the story, past a video's teaser and related
    # stories, a box of facts gives a label and its value a line (lynx bullets them).
    related = ["Related content", "Council opens new library in the old station 12.12.2020"]
    facts = [f"{bullet}Date 19.01.2021", f"{bullet}Author Jane Doe", f"{bullet}Keywords Roads"]
    head = ["Home", "News", "Old bridge to close"]
    page = [*head, *STORY, "Watch video 02:17", *related, *facts, "About us", "Contact"]
    doc = read("\n".join(page) + "\n")
    assert doc.metadata.published == datetime(2021, 1, 19)
    assert [person.name for person in doc.metadata.authors] == ["Jane Doe"]
    # a date labelled so with no author beside it is a teaser's or a table's
    alone = [*head, *STORY, *related, f"{bullet}Date 19.01.2021", "About us", "Contact"]
    assert read("\n".join(alone) + "\n").metadata.published is None


def test_what_the_body_took_in_above_a_dated_headline_is_the_pages_head() -> None:
    # A ticker of other headlines glued into one long line, and a kicker, open the run of
    # lines the body is found in; the headline and its date stand under them.
    ticker = (
        "Council opens new library in the old station Mayor Jane Doe names new police chief "
        "Floods close the river road for a week Schools to start an hour later from September "
        "Local team wins the regional cup after twenty years"
    )
    page = ["Home", "News", ticker, "Picture of the day", "Bridge to close", "3 March 2021"]
    found = plain_text(read_page([*page, *PARAGRAPHS, "About us", "Contact"]))
    assert PARAGRAPHS[0] in found and PARAGRAPHS[-1] in found
    assert "Floods close" not in found and "Picture of the day" not in found


def test_a_headline_printed_before_in_a_panel_opens_the_head_it_dates() -> None:
    # usatoday.com copied as text: a share panel prints the headline at the top; a
    # contribution form's notice (a sentence) and a series' links open the run of lines the
    # body is found in; then the headline again, a standfirst and the byline with the date.
    title = "Bridge to close for two years"
    notice = (
        "Reader contributions have not been reviewed for accuracy by the paper. "
        "Contributors agree to our Terms of Service and answer for their content."
    )
    other = "Our Towns | Ferry returns to the harbour"
    page = ["Share this story", title, "Your Take", notice, "This story is part of Our Towns"]
    page += [other, title, "Why the old bridge has to close, and what comes next."]
    page += ["Jane Doe, The Daily Paper 3:53 p.m. EST January 25, 2014", *PARAGRAPHS, other]
    doc = read_page([*page, "About us"])
    assert doc.metadata.title == title
    assert doc.metadata.published is not None
    assert doc.metadata.published.date() == date(2014, 1, 25)
    found = plain_text(doc)
    assert PARAGRAPHS[0] in found and PARAGRAPHS[-1] in found
    assert "have not been reviewed" not in found and "part of Our Towns" not in found


def test_a_post_signed_and_dated_under_it_is_dated_so() -> None:
    # No date above the post; under it its tags, a pager, then the signature with the date.
    page = ["Home", "Blog", "Bridge to close", *PARAGRAPHS, "bridges council", "« Previous"]
    signed = read_page([*page, "Submitted by jdoe on 24 July 2017 - 18:55", "About us"])
    assert signed.metadata.published == datetime(2017, 7, 24, 18, 55)
    # An embedded post's credit names its poster further into the line: no signature.
    credit = "A post shared by jane (@jane) on Jun 15, 2019 at 11:55am PDT"
    assert read_page([*page, credit, "About us"]).metadata.published is None


def test_labelled_dates_under_the_story_date_it_and_end_it() -> None:
    # svt.se copied as text: no date above the story (only "idag 06:56"); under it its tags,
    # the author, "Uppdaterad"/"Publicerad" glued to their dates, then the site's notes.
    note = (
        "SVT:s nyheter ska stå för saklighet och opartiskhet. Det vi publicerar ska vara "
        "sant och relevant, och vi berättar vad vi vet och inte vet."
    )
    page = ["Nyheter", "Lokalt", "Bridge to close", "Publicerad idag 06:56", *PARAGRAPHS]
    foot = ["Broar", "Trafik", "Julia Hilmersson", "Uppdaterad11 mars 2026 kl 11:19"]
    foot += ["Publicerad11 mars 2026 kl 06:56", "Hittat ett fel i texten? Skriv och berätta."]
    doc = read_page([*page, *foot, "Så arbetar vi", note, "Mest läst", "Kontakt"])
    assert doc.metadata.published == datetime(2026, 3, 11, 6, 56)
    assert [person.name for person in doc.metadata.authors] == ["Julia Hilmersson"]
    found = plain_text(doc)
    assert PARAGRAPHS[0] in found and PARAGRAPHS[-1] in found
    for gone in ("Broar", "Hilmersson", "Publicerad11", "Hittat", "Så arbetar vi", "saklighet"):
        assert gone not in found


def test_a_labelled_date_with_paragraphs_under_it_is_no_foot() -> None:
    # A dated line inside the story, with the story going on under it, ends nothing.
    page = ["Bridge to close", PARAGRAPHS[0], "Published 3 March 2021", *PARAGRAPHS[1:]]
    more = (
        "The shuttle buses will be paid for by the regional transport authority, which "
        "said on Wednesday that it had set aside money for two years of service."
    )
    found = plain_text(read_page([*page, more, "About us"]))
    assert PARAGRAPHS[-1] in found and more in found


def test_a_caption_ending_in_a_credit_is_no_headline_and_a_date_under_the_post_dates_it() -> None:
    # 8sidor.se copied as text: the lead photo's caption over the headline, its credit
    # after a full stop; the date alone under the story and the agency's signature.
    caption = "En bild från luften som visar att männen skrivit SOS med is. Foto: Gränsvakten"
    page = ["Start", "Sverige", caption, "De skrev SOS med is", "Lyssna", *PARAGRAPHS]
    doc = read_page([*page, "8 SIDOR/TT", "17 mars 2026", "Skriv ut", "8 kommentarer"])
    assert doc.metadata.title == "De skrev SOS med is"
    assert doc.metadata.published == datetime(2026, 3, 17)
    assert PARAGRAPHS[0] in plain_text(doc)


def test_a_signature_under_the_post_over_its_date_names_the_author_and_dates_it() -> None:
    # A WordPress blog copied as text: share buttons, then "Written by …" over the date.
    share = ["Share this:", "Email", "Facebook", "Twitter", "Related"]
    signed = ["Written by Jane Roe", "March 3rd, 2021 at 9:30 am", "Posted in Transport"]
    doc = read_page(["Bridge to close", *PARAGRAPHS, *share, *signed, "Comments"])
    assert [person.name for person in doc.metadata.authors] == ["Jane Roe"]
    assert doc.metadata.published == datetime(2021, 3, 3, 9, 30)
    assert "Written by" not in plain_text(doc)


@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_labelled_author_under_the_date_under_the_post_is_the_author(bullet: str) -> None:
    # Golem's box of facts under the story: the date, then the author, then the topics
    # (w3m prints the box's bullets).
    facts = ["Datum: 13.4.2011, 22:55", "Autor: Jens Roe", "Themen: Brücke, Verkehr"]
    facts = [bullet + fact for fact in facts]
    doc = read_page(["Brücke wird gesperrt", *PARAGRAPHS, *facts, "Impressum"])
    assert [person.name for person in doc.metadata.authors] == ["Jens Roe"]
    assert doc.metadata.published == datetime(2011, 4, 13, 22, 55)


#: Teasers between an article and its box of facts: "DW recommends", headlines and blurbs.
_RECOMMENDED = [
    "We recommend",
    "Ferry company hires ten captains",
    "The ferry company said on Monday that it would hire ten captains for the new route.",
    "Museum shows the old bridge's plans",
    "The town museum opens an exhibition of the plans the engineers drew a century ago.",
    "Harbour tunnel opens after five years",
    "The tunnel under the harbour opened to traffic on Friday after five years of work.",
]


@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_box_of_facts_past_teasers_under_the_story_dates_it_and_names_the_author(
    bullet: str,
) -> None:
    # Deutsche Welle's facts under its teasers, labelled without colons.
    facts = ["Date 10.06.2013", "Author Jane Roe", "Related Subjects Bridges, Ferries"]
    facts = [bullet + fact for fact in facts]
    doc = read_page(["Bridge to close", *PARAGRAPHS, *_RECOMMENDED, *facts, "About us"])
    assert [person.name for person in doc.metadata.authors] == ["Jane Roe"]
    assert doc.metadata.published == datetime(2013, 6, 10)


def test_a_date_alone_under_a_teaser_past_the_story_does_not_date_it() -> None:
    doc = read_page(["Bridge to close", *PARAGRAPHS, *_RECOMMENDED, "10.06.2013", "About us"])
    assert doc.metadata.published is None


def test_a_signature_under_the_post_takes_no_paragraph_for_its_date() -> None:
    # The line under a signature is a date only when the date fills it.
    more = "On March 3rd, 2021 the council met again and voted the money for the shuttle buses."
    doc = read_page(["Bridge to close", *PARAGRAPHS, "Written by Jane Roe", more, "About us"])
    assert doc.metadata.published is None


def test_a_section_label_over_the_authors_names_is_no_headline() -> None:
    # epaper.zeit.de copied as text: "Politik · names" over the question that is the title.
    page = ["Politik · Jochen Bittner, Tina Hildebrandt", "Was heißt Sozialismus für Sie?"]
    assert read_page([*page, *PARAGRAPHS]).metadata.title == "Was heißt Sozialismus für Sie?"


def test_a_section_label_over_names_is_the_byline_and_a_menu_is_not() -> None:
    page = ["Politik · Jochen Bittner, Tina Hildebrandt", "Was heißt Sozialismus für Sie?"]
    doc = read_page([*page, *PARAGRAPHS])
    assert [p.name for p in doc.metadata.authors] == ["Jochen Bittner", "Tina Hildebrandt"]
    assert "Politik" not in plain_text(doc)
    menu = read_page(["Home | Contact Us", "Was heißt Sozialismus für Sie?", *PARAGRAPHS])
    assert menu.metadata.authors == ()


def test_one_name_after_a_section_bullet_is_the_byline_and_after_a_bar_is_not() -> None:
    page = ["Kultur · Anna Berg", "Was heißt Sozialismus für Sie?", *PARAGRAPHS]
    doc = read_page(page)
    assert [p.name for p in doc.metadata.authors] == ["Anna Berg"]
    assert "Kultur" not in plain_text(doc)
    menu = read_page(["Startseite | Neue Artikel", "Was heißt Sozialismus für Sie?", *PARAGRAPHS])
    assert menu.metadata.authors == ()


def test_a_quotes_attribution_is_no_heading() -> None:
    # ici.radio-canada.ca copied as text: a letter quoted, then "juge Randall Bocock".
    quoted = "Je me récuse de ce dossier, et c'est une autre raison pour laquelle je le fais."
    for attribution in ("juge Randall Bocock", "—Jane Doe, mayor of Springfield"):
        doc = read_page(["Affaire KPMG", *PARAGRAPHS[:2], quoted, attribution, *PARAGRAPHS[2:]])
        assert not any(isinstance(block, Heading) for block in doc.blocks)
        assert attribution in plain_text(doc)
    doc = read_page(["Affaire KPMG", *PARAGRAPHS[:2], "Apparence de justice", *PARAGRAPHS[2:]])
    assert any(isinstance(block, Heading) for block in doc.blocks)


def test_a_story_signed_at_its_end_gives_the_author_when_nothing_else_does() -> None:
    # donga.com closes every story with the reporter's name, "기자" (reporter) and address
    page = [
        *["동아일보", "정치", "경제", "국제", "사회", "문화"],
        "한은, 기준금리 연 3.5%로 동결…7회 연속",
        "입력 2023-11-06 14:20",
        "한국은행 금융통화위원회는 6일 통화정책방향 회의를 열고 기준금리를 현재의 연 3.5%로 "
        "유지하기로 결정했다. 지난 2월 이후 일곱 차례 연속 동결이다.",
        "금통위는 물가 상승률이 여전히 목표 수준을 웃돌고 있지만 경기 회복세가 더디다는 "
        "점을 고려해 추가 인상을 미룬 것으로 풀이된다. 가계부채 증가세도 결정에 영향을 준 "
        "것으로 보인다.",
        "시장에서는 내년 상반기까지 동결 기조가 이어질 것이라는 전망이 우세하다.",
        "최윤호 기자 uknow@donga.com",
        *["지금 뜨는 뉴스", "회사소개", "이용약관", "개인정보처리방침"],
    ]
    doc = read_page(page)
    assert [person.name for person in doc.metadata.authors] == ["최윤호"]
    assert "uknow@donga.com" not in plain_text(doc)


@pytest.mark.parametrize(
    ("menu", "footer"),
    [
        (["الرئيسية", "أخبار", "اقتصاد", "رياضة"], ["اقرأ أيضا", "من نحن", "اتصل بنا"]),
        (["صفحه نخست", "سیاسی", "اقتصادی", "ورزشی"], ["مطالب مرتبط", "درباره ما", "تماس با ما"]),
    ],
    ids=["ar", "fa"],
)
def test_arabic_and_persian_menus_are_chrome(menu: list[str], footer: list[str]) -> None:
    # with no word of chrome known, a page is an article as it stands, menus and all
    story = [
        "قرر البنك المركزي رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية، في خطوة تهدف إلى "
        "كبح التضخم الذي بلغ أعلى مستوياته منذ عقدين، وفق بيان صدر عقب اجتماع اللجنة.",
        "وقال محافظ البنك في مؤتمر صحفي إن اللجنة ستواصل مراقبة الأسعار عن كثب، وإنها "
        "مستعدة لاتخاذ مزيد من الإجراءات إذا استمرت الضغوط التضخمية خلال الأشهر المقبلة.",
    ]
    text = plain_text(read_page([*menu, "البنك المركزي يرفع أسعار الفائدة", *story, *footer]))
    assert not any(line in text for line in (*menu, *footer))


def test_a_dateline_under_the_standfirst_and_the_source_s_credit_dates_the_story() -> None:
    # courrierinternational.com copied as text: the headline, a standfirst long enough to
    # open the prose, then the translated source's logo, name and language, then the date.
    standfirst = (
        "The council says it will close the old bridge to cars, but under the river a second "
        "crossing is hidden, recalls the American paper: closing both will not be easy."
    )
    page = [
        "Menu", "Bridge to close", standfirst, "Logo", "The Daily Courier",
        "Translated from English", "Published on 27 October 2023 at 15:01 Reading 1 min.",
        *PARAGRAPHS, "About us",
    ]  # fmt: skip
    assert read_page(page).metadata.published == datetime(2023, 10, 27, 15, 1)


@pytest.mark.parametrize(
    "caption",
    [
        "Engineers inspect the arches of the old bridge in the film “The Crossing.” "
        "(Jane Roe/Twentieth Century Fox)",
        "Engineers inspect the arches of the old bridge on Monday. Jane Roe/Daily Paper",
        "Image caption Engineers inspect the arches of the old bridge",
    ],
)
def test_the_lead_photos_caption_over_the_first_paragraph_leaves_the_body(caption: str) -> None:
    story = [
        "The council said on Monday that the old bridge would close to cars in May, after a "
        "survey found deep cracks in two of its three arches and rust in its deck.",
        "Engineers had warned for years that the structure, built in 1904, was carrying far "
        "more traffic than it was designed for, and repairs will take two years.",
    ]
    page = ["Home", "News", "Old bridge to close", "By Jane Doe", "March 3, 2021", caption]
    doc = read_page([*page, *story, "About us", "Contact"])
    assert plain_text(doc).startswith(story[0])
    # the label read out to screen readers is not the caption's
    shown = caption.removeprefix("Image caption ")
    assert doc.metadata.extra == (("image_caption", shown),)


def test_what_follows_the_authors_box_past_furniture_is_no_article() -> None:
    story = [
        "The council said on Monday that the old bridge would close to cars in May, after a "
        "survey found deep cracks in two of its three arches and rust in its deck.",
        "Engineers had warned for years that the structure, built in 1904, was carrying far "
        "more traffic than it was designed for, and repairs will take two years.",
        "Residents will be able to cross on foot and by bicycle while the work goes on, and a "
        "shuttle bus will run every ten minutes at peak hours from the station.",
        "Market traders said they feared the closure would keep shoppers away, and asked the "
        "council for a cut in their rents while the bridge is shut.",
    ]
    bio = (
        "Jane Doe is a reporter for the Daily Paper, where she has covered the council since "
        "2004. She writes its weekly column on roads."
    )
    pitch = "Get the Daily Paper's city news delivered to your inbox every morning of the week."
    teaser = "Watch: In this episode, our reporters walk the old bridge before it shuts."
    head = ["Home", "News", "Old bridge to close", "By Jane Doe", "March 3, 2021", *story]
    found = plain_text(read_page([*head, bio, "* More", "* Roads", pitch, teaser, "About us"]))
    assert found.endswith(story[-1])
    # a paragraph right under the box is the article's own (the print edition's note)
    note = (
        "A version of this article appears in print on March 4, 2021, on Page A1 of the city "
        "edition with the headline: Old bridge to close."
    )
    assert note in plain_text(read_page([*head, bio, note, "About us", "Contact"]))


@pytest.mark.parametrize("printed", [1, 2])
def test_the_lead_photos_caption_between_the_opening_and_the_rest_parts_nothing(
    printed: int,
) -> None:
    opening = [
        "WE can't keep up with all the engagements happening at the moment.",
        "And it seems that there could be another one to add to our list.",
    ]
    caption = "Has the actor popped the question? [Wenn]"
    rest = [
        "The actor has reportedly popped the question to his girlfriend of a year, sources "
        "close to the couple said on Monday after a trip to Paris in November.",
        "US sources claimed that the 54-year-old was keen to take his relationship with the "
        "mother of one to the next level, though she is not yet wearing a ring.",
        "The pair have been friends for a long time but only became romantically involved "
        "last year, and it would be the third time he has walked down the aisle.",
    ]
    head = ["Home", "News", "Actor 'proposes'", "By Jane Doe", "Monday 29 Dec 2014"]
    # a text-mode browser prints the picture's description over its caption: twice
    doc = read_page([*head, *opening, *[caption] * printed, *rest, "Add a comment", "About us"])
    assert plain_text(doc).startswith(opening[0])


def test_a_short_lead_in_closing_the_body_goes_with_the_links_it_leads_to() -> None:
    links = ["Lena Dunham Has Declared Today Taylor Swift Day", "South Park Does A Lorde Skit"]
    page = ["Home", "News", "Old bridge to close", "By Jane Doe", "March 3, 2021", *PARAGRAPHS]
    doc = read_page([*page, "Like this? You might also be interested in:", *links, "About us"])
    assert plain_text(doc).endswith(PARAGRAPHS[-1])


@pytest.mark.parametrize(
    "header",
    [
        "One Response to “Old bridge to close”",
        "12 thoughts on “Old bridge to close”",
        "2 Kommentare zu „Old bridge to close“",
    ],
)
def test_the_header_of_the_replies_quoting_the_headline_ends_the_article(header: str) -> None:
    reply = (
        "Brings back memories: my grandfather crossed that bridge every day of his working "
        "life, and it is sad to see it closed to cars after so many years of service."
    )
    page = ["Home", "News", "Old bridge to close", "By Jane Doe", "March 3, 2021", *PARAGRAPHS]
    doc = read_page([*page, header, "Michael Holroyd Says:", reply, "Leave a Reply", "About us"])
    assert doc.metadata.title == "Old bridge to close"
    assert plain_text(doc).endswith(PARAGRAPHS[-1])


def test_a_name_alone_under_the_dateline_under_the_headline_is_the_author() -> None:
    # A share bar or nothing between the headline and its date, the name under the date.
    for bar in ([], ["Facebook", "Twitter", "Email"]):
        page = ["Old bridge to close to cars", *bar, "December 15, 2016", "Jane Roe"]
        doc = read_page([*page, *PARAGRAPHS])
        assert [p.name for p in doc.metadata.authors] == ["Jane Roe"]
        assert "Jane Roe" not in plain_text(doc)
    # the dateline signs itself, or the line under it is a photo's credit or its picture
    signed = ["Old bridge to close to cars", "December 15, 2016 by John Doe", "Jane Roe"]
    assert [p.name for p in read_page([*signed, *PARAGRAPHS]).metadata.authors] == ["John Doe"]
    for credit in ("Chuck Burton/AP", "[Jane Roe]"):
        page = ["Old bridge to close to cars", "December 15, 2016", credit]
        assert read_page([*page, *PARAGRAPHS]).metadata.authors == ()


def test_a_box_folded_over_the_article_goes_with_its_toggle() -> None:
    # heise copied by w3m: the magazine's box over the article, its links as a list, then
    # the control that unfolds it; the headline stands over the box.
    box = [
        "TR 7/2019",
        "This story is from the July issue of the magazine, in the shops from June 20. "
        "Highlights from the issue:",
        "• The ferry that nobody wanted",
        "• A tunnel under the harbour",
        "• Order the issue",
        "mehr anzeigen",
    ]
    doc = read_page(["Home", "Bridge to close", "20.06.2019 07:30", *box, *PARAGRAPHS, "About"])
    found = plain_text(doc)
    assert doc.metadata.title == "Bridge to close"
    assert PARAGRAPHS[0] in found
    assert "Highlights" not in found
    assert "nobody wanted" not in found
    assert "mehr anzeigen" not in found
