"""The densest run of prose: a cap on one line, short sentences, lists that are no prose."""

from __future__ import annotations

from tests.readers.text.pages import FOOTER, MENU, body, paragraphs

from newsconv.readers.text.boilerplate import LINE_CAP, body_span
from newsconv.readers.text.features import Features, Kind, describe
from newsconv.readers.text.segment import Line


def test_a_huge_comma_list_after_the_article_does_not_win() -> None:
    story = paragraphs(8, "bridge")
    names = ", ".join(f"reader{n} smith" for n in range(2000))  # some 36,000 characters
    page = [*MENU, "Bridge to close", *story, "Kudos", "Liked by", names, *FOOTER]
    found = body(page)
    assert all(paragraph in found for paragraph in story)
    assert "reader1999" not in found


def test_one_line_adds_at_most_the_cap() -> None:
    prose = Features(weight=LINE_CAP // 5, words=40, terminal=True, repeats=1, kind=Kind.GOOD)
    menu = Features(weight=10, words=1, terminal=False, repeats=2, kind=Kind.BAD)
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
    assert describe([Line("+ Added three new blocks")])[0].kind is Kind.NEAR


def test_a_long_comma_list_is_not_prose() -> None:
    names = Line(", ".join(f"Name{n} Surname{n}" for n in range(30)) + ".")
    sentence = Line(", ".join(["The plan, drawn up in May, was dropped"] * 6) + ".")
    assert [line.kind for line in describe([names, sentence])] == [Kind.SHORT, Kind.GOOD]


def test_a_row_of_links_is_not_prose() -> None:
    links = " ▪ ".join(["International", "Politique", "Société", "Économie", "Culture"] * 8)
    sentence = "The council, which met on Tuesday, voted to close the bridge · a move " * 4
    assert [line.kind for line in describe([Line(links), Line(sentence)])] == [
        Kind.SHORT,
        Kind.GOOD,
    ]
