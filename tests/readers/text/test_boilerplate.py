"""Finding the article among page furniture: one small page per general rule."""

from __future__ import annotations

from newsconv.diagnostics import Collector
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader
from newsconv.readers.text.boilerplate import LINE_CAP, body_span
from newsconv.readers.text.features import Features, Kind, describe, is_notation
from newsconv.readers.text.segment import Line
from newsconv.tree import plain_text

MENU = ["Home", "World", "Business", "Sport", "Culture", "Subscribe", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 The Daily Paper"]
SUBJECTS = ["The council", "A spokesman", "The mayor", "Local traders", "The engineers"]


def paragraphs(count: int, topic: str) -> list[str]:
    """``count`` distinct sentences of prose about ``topic``, each a paragraph."""
    return [
        f"{SUBJECTS[n % len(SUBJECTS)]} said on day {n + 1} that the {topic} would need "
        f"more work than planned, and that residents should expect delays of {n + 2} weeks."
        for n in range(count)
    ]


def body(page: list[str]) -> str:
    data = "\n".join(page).encode("utf-8")
    doc = TextReader().read(data, options=ReadOptions(), source="page.txt", report=Collector())
    return plain_text(doc)


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


def chart(title: str) -> list[str]:
    """A chart copied as text: a title, then one tick label a line, twice over."""
    ticks = ["%", "100", "80", "60", "40", "20", "0", *(f"’{year:02d}" for year in range(8, 28))]
    return [title, *ticks, title, *ticks, "Source: Budget Office"]


def test_a_chart_inside_the_article_keeps_both_halves_and_goes() -> None:
    before, after = paragraphs(3, "budget"), paragraphs(3, "deficit")
    page = [*MENU, *before, *chart("Debt as a share of output"), *after, *FOOTER]
    found = body(page)
    assert all(text in found for text in [*before, *after])
    assert "’17" not in found
    assert "Privacy policy" not in found


def test_code_inside_the_article_keeps_both_halves_and_stays() -> None:
    before, after = paragraphs(3, "query"), paragraphs(3, "index")
    query = ["SELECT", "status_code,", "period,", "AVG(entries) AS mean", "FROM", "server_log"]
    code = [*query, "WHERE", "period > 10", "GROUP BY", "status_code;", *query, "ORDER BY", "1;"]
    found = body([*MENU, *before, *code, *after, *FOOTER])
    assert all(text in found for text in [*before, "AVG(entries) AS mean", *after])
    assert found.count("status_code") == 3
    assert "Privacy policy" not in found


def test_a_table_of_contents_after_the_lede_keeps_the_lede() -> None:
    sections = ["History", "Geography", "Climate", "Economy", "Culture", "Sport"]
    lede = paragraphs(2, "island")
    contents = [
        entry
        for n, title in enumerate(sections)
        for entry in (f"{n + 1} {title}", f"{n + 1}.1 {title} today")
    ]
    sections_text: list[str] = []
    for title in sections:
        sections_text += [
            title,
            *paragraphs(1, title),
            f"{title} today",
            *paragraphs(1, f"{title} today"),
        ]
    found = body([*MENU, *lede, "Contents", *contents, *sections_text, *FOOTER])
    assert all(text in found for text in [*lede, *sections_text[1:]])


def comments(count: int) -> list[str]:
    """A comment thread: a name and a date, the comment, then its widgets."""
    thread = []
    for n in range(count):
        opinion = (
            f"I think the {n}th point is wrong, and the council should have known it "
            "long before the engineers were asked, because everyone here saw the cracks."
        )
        thread += [f"Reader {n} · March {n + 1}, 2017 at 1:{n:02d} AM", opinion, "Reply"]
    return thread


def test_a_comment_thread_after_the_article_is_dropped() -> None:
    story = paragraphs(3, "bridge")
    found = body([*MENU, *story, *comments(8), *FOOTER])
    assert all(text in found for text in story)
    assert "wrong" not in found


def test_a_count_of_comments_heads_them() -> None:
    kinds = [line.kind for line in describe([Line("There are 13 comments"), Line("comments")])]
    assert kinds == [Kind.END, Kind.END]


def test_a_form_after_the_article_ends_it() -> None:
    story = paragraphs(3, "bridge")
    rules = paragraphs(2, "comment policy")
    form = ["Name (*):", "Email (*):", "Comment:", *rules]
    found = body([*MENU, *story, *form, *FOOTER])
    assert all(text in found for text in story)
    assert not any(text in found for text in rules)


def test_a_widget_between_paragraphs_is_no_thread() -> None:
    story: list[str] = []
    for n, paragraph in enumerate(paragraphs(8, "bridge")):
        story += ["Advertisement", f"(Photo: {SUBJECTS[n % len(SUBJECTS)]})", paragraph]
    found = body([*MENU, *story, *FOOTER])
    assert all(text in found for text in story[2::3])


def test_a_slideshow_after_the_article_is_dropped() -> None:
    story = paragraphs(3, "hotel")
    credits = ["Getty", "Rex", "Reuters", "AP"]
    slides: list[str] = []
    for n, caption in enumerate(paragraphs(12, "deal")):
        slides += [f"{n + 1}/12 {MENU[n % len(MENU)]} deal", caption, credits[n % 4]]
    found = body([*MENU, *story, "Business in pictures", *slides, *FOOTER])
    assert all(text in found for text in story)
    assert "deal" not in found


def test_a_list_of_names_inside_the_article_keeps_both_halves() -> None:
    before, after = paragraphs(3, "release"), paragraphs(3, "browser")
    names = [
        f"{first} {last}" for first in ("Ann", "Bob", "Cy") for last in ("Li", "Ng", "Roe", "Wu")
    ]
    found = body([*MENU, *before, "Thanks to", *names, "Project updates", *after, *FOOTER])
    assert all(text in found for text in [*before, *names, *after])


def test_teasers_with_dates_after_the_article_stay_out() -> None:
    story = paragraphs(4, "bridge")
    teasers = [
        line for n in range(6) for line in (f"Tunnel Plan Number {n} Is Dropped", "July 30, 2018")
    ]
    blurb = (
        "The Daily Paper has covered the city since 1901; it is owned by its readers, "
        "who elect its board every year and read it every single morning."
    )
    found = body([*MENU, *story, "More news", *teasers, blurb, *FOOTER])
    assert all(text in found for text in story)
    assert "Tunnel" not in found and "1901" not in found


def test_a_row_of_links_is_not_prose() -> None:
    links = " ▪ ".join(["International", "Politique", "Société", "Économie", "Culture"] * 8)
    sentence = "The council, which met on Tuesday, voted to close the bridge · a move " * 4
    assert [line.kind for line in describe([Line(links), Line(sentence)])] == [
        Kind.SHORT,
        Kind.GOOD,
    ]


def test_notation_is_code_or_a_line_without_letters() -> None:
    lines = ["status_code,", "});", "’17", "13.0%", "WHERE x = f()", "World news", "Sign in"]
    assert list(map(is_notation, lines)) == [True, True, True, True, True, False, False]


def test_a_plus_sign_marks_a_list_item() -> None:
    assert describe([Line("+ Added three new blocks")])[0].kind is Kind.NEAR


def test_a_long_comma_list_is_not_prose() -> None:
    names = Line(", ".join(f"Name{n} Surname{n}" for n in range(30)) + ".")
    sentence = Line(", ".join(["The plan, drawn up in May, was dropped"] * 6) + ".")
    assert [line.kind for line in describe([names, sentence])] == [Kind.SHORT, Kind.GOOD]
