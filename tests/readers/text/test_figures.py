"""Islands inside an article: charts, code, a table of contents, a list of names."""

from __future__ import annotations

from tests.readers.text.pages import FOOTER, MENU, body, paragraphs

from newsconv.readers.text.census import take_census
from newsconv.readers.text.features import is_notation


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


def test_notation_is_code_or_a_line_without_letters() -> None:
    lines = ["status_code,", "});", "’17", "13.0%", "WHERE x = f()", "World news", "Sign in"]
    letters = take_census(lines).letters
    assert list(map(is_notation, lines, letters)) == [True, True, True, True, True, False, False]


def test_notation_is_a_line_of_figures_with_a_letter_or_two() -> None:
    lines = ["12 │ 2.487 │ t", "71.1 MB", "13.4 MB (-81%)", "21 September 2020", "10 comments"]
    letters = take_census(lines).letters
    assert list(map(is_notation, lines, letters)) == [True, True, True, False, False]


def test_a_query_and_its_output_inside_the_article_stay() -> None:
    before, after = paragraphs(3, "sensor"), paragraphs(3, "alert")
    query = ["SELECT n, n > 4 AS high", "FROM readings;", "n │ high", "───┼──────"]
    rows = [f"{n} │ {'t' if n > 4 else 'f'}" for n in (2, 3, 12, 5, 4, 3)]
    found = body([*MENU, *before, *query, *rows, *after, *FOOTER])
    assert all(text in found for text in [*before, *query, *rows, *after])
    assert "Privacy policy" not in found


def test_an_article_of_formulas_keeps_them_between_its_paragraphs() -> None:
    intro = (
        "Here are a few identities that every student of analysis meets sooner or later, "
        "each shown on a line of its own."
    )
    formulas = [
        ("The Cauchy-Schwarz Inequality", "( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 )"),
        ("A Cross Product Formula", "V 1 × V 2 = | i j k ∂ X ∂ u ∂ Y ∂ u 0 ∂ X ∂ v |"),
        ("The chance of k heads from n coins is:", "P ( E ) = ( n k ) p k ( 1 − p ) n − k"),
        ("Maxwell's Equations", "∇ × B → − 1 c ∂ E → ∂ t = 4 π c j → ∇ ⋅ E → = 4 π ρ"),
    ]
    rows = [row for heading, formula in formulas for row in (heading, *formula.split())]
    found = body([*MENU, intro, *rows, "Proofs", *paragraphs(2, "proof"), *FOOTER])
    assert all(formula in found for _, formula in formulas)
    assert "Privacy policy" not in found


def test_a_wiki_contents_whose_headings_carry_edit_links_keeps_the_lede() -> None:
    # A wiki prints "[edit]" after each section's heading, and its contents ends with
    # "See also": the entries still come back as the headings below.
    sections = ["History", "Geography", "Climate", "Economy", "See also"]
    lede = paragraphs(2, "island")
    contents = [f"{n + 1} {title}" for n, title in enumerate(sections)]
    text = [row for title in sections for row in (f"{title}[edit]", *paragraphs(1, title))]
    found = body([*MENU, *lede, "Contents", *contents, *text, *FOOTER])
    assert all(paragraph in found for paragraph in lede)


def test_a_gallery_inside_the_article_keeps_both_halves_and_its_captions_go() -> None:
    before, after = paragraphs(3, "release"), paragraphs(3, "browser")
    shots = [
        "Version 5.0a2",
        "Nightly",
        "New menu button",
        "Feedback button",
        "Web developer tools",
    ]
    gallery = [f"{caption} [{n}/{len(shots)}]" for n, caption in enumerate(shots, 1)]
    found = body([*MENU, *before, *gallery, *after, *FOOTER])
    assert all(text in found for text in [*before, *after])
    assert not any(caption in found for caption in gallery)


def test_counts_that_skip_are_no_gallery() -> None:
    before, after = paragraphs(3, "release"), paragraphs(3, "browser")
    scores = ["Home 2/3", "Away 1/3", "Draw 0/3"]
    found = body([*MENU, *before, *scores, *after])
    assert all(text in found for text in [*before, *after])
    assert "Away 1/3" in found
