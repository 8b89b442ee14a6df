"""The densest run of prose: a cap on one line, short sentences, lists that are no prose."""

from __future__ import annotations

from tests.readers.text.pages import FOOTER, MENU, body, paragraphs

from newsconv.readers.text.boilerplate import LINE_CAP, body_span
from newsconv.readers.text.features import Features, Kind, describe


def test_a_huge_comma_list_after_the_article_does_not_win() -> None:
    story = paragraphs(8, "bridge")
    names = ", ".join(f"reader{n} smith" for n in range(2000))  # some 36,000 characters
    page = [*MENU, "Bridge to close", *story, "Kudos", "Liked by", names, *FOOTER]
    found = body(page)
    assert all(paragraph in found for paragraph in story)
    assert "reader1999" not in found


def test_one_line_adds_at_most_the_cap() -> None:
    prose = Features(
        weight=LINE_CAP // 5, words=40, terminal=True, repeats=1, kind=Kind.GOOD, letters=240
    )
    menu = Features(weight=10, words=1, terminal=False, repeats=2, kind=Kind.BAD, letters=10)
    dump = prose._replace(weight=20 * LINE_CAP)
    features = [menu, *[prose] * 8, *[menu] * 40, dump, menu]
    assert body_span(features, ["text"] * len(features)) == range(1, 9)


def test_short_sentences_between_labels_do_not_cut_the_article() -> None:
    before, after = paragraphs(4, "bridge"), paragraphs(4, "tunnel")
    steps = [line for n in range(8) for line in (f"Step {n + 1}", f"Stir it for {n} minutes.")]
    found = body([*MENU, *before, *steps, *after, *FOOTER])
    assert all(text in found for text in [*before, "Stir it for 5 minutes.", *after])
    assert "Privacy policy" not in found


def test_a_plus_sign_marks_a_list_item() -> None:
    assert describe(["+ Added three new blocks"])[0].kind is Kind.NEAR


def test_a_long_comma_list_is_not_prose() -> None:
    names = ", ".join(f"Name{n} Surname{n}" for n in range(30)) + "."
    sentence = ", ".join(["The plan, drawn up in May, was dropped"] * 6) + "."
    assert [line.kind for line in describe([names, sentence])] == [Kind.SHORT, Kind.GOOD]


def test_a_row_of_links_is_not_prose() -> None:
    links = " ▪ ".join(["International", "Politique", "Société", "Économie", "Culture"] * 8)
    sentence = "The council, which met on Tuesday, voted to close the bridge · a move " * 4
    assert [line.kind for line in describe([links, sentence])] == [
        Kind.SHORT,
        Kind.GOOD,
    ]


#: A video player copied as text: a column of controls and caption settings, no prose.
PLAYER = [
    "Play Video",
    "Mute",
    "Current Time 0:00",
    "Duration Time 0:00",
    "Loaded: 0%",
    "Fullscreen",
    *(f"{colour} Opaque" for colour in ("White", "Black", "Red", "Green", "Blue", "Cyan")),
    *(f"{size}%" for size in range(50, 450, 50)),
    "Font Family",
    "Small Caps",
    "Defaults Done",
    "Close",
]
HEADLINE_BLOCK = ["Bridge to close for a year", "Jane Doe", "Friday 25 December 2015"]


def test_the_lede_under_a_dated_headline_is_kept_across_a_video_player() -> None:
    lede, rest = paragraphs(10, "bridge")[:3], paragraphs(10, "bridge")[3:]
    found = body([*MENU, *HEADLINE_BLOCK, *lede, *PLAYER, *rest, *FOOTER])
    assert all(paragraph in found for paragraph in [*lede, *rest])
    assert "Defaults Done" not in found
    assert "Privacy policy" not in found


def test_a_gallery_caption_under_the_date_is_no_lede() -> None:
    caption = paragraphs(1, "parade")[0]
    story = paragraphs(8, "bridge")
    found = body([*MENU, *HEADLINE_BLOCK, caption, *PLAYER, *story, *FOOTER])
    assert caption not in found
    assert all(paragraph in found for paragraph in story)


def test_prose_off_the_body_topic_is_no_lede() -> None:
    teaser = [
        "Orchestras across Vienna rehearsed Mahler symphonies through winter, and several "
        "conductors noted how younger audiences returned.",
        "Violinists praised acoustics inside renovated concert halls, with tickets for "
        "spring premieres selling quickly online.",
    ]
    story = paragraphs(8, "bridge")
    found = body([*MENU, *HEADLINE_BLOCK, *teaser, *PLAYER, *story, *FOOTER])
    assert not any(line in found for line in teaser)
    assert all(paragraph in found for paragraph in story)
