"""Segmentation: a formula a browser copied one symbol a line is one line again."""

from __future__ import annotations

from newsconv.readers.text.segment import segment


def test_an_inline_formula_rejoins_the_sentence_it_sits_in() -> None:
    rows = ["The probability of getting", "k", "heads when flipping", "n", "coins is:"]
    assert segment("\n".join(rows)).texts == [
        "The probability of getting k heads when flipping n coins is:"
    ]


def test_a_formula_inside_a_sentence_spans_the_lines_around_it() -> None:
    rows = ["When", "a", "≠", "0", ", there are two solutions to", "a", "x", "2", "+", "c", "."]
    assert segment("\n".join(rows)).texts == ["When a ≠ 0 , there are two solutions to a x 2 + c ."]


def test_a_formula_on_its_own_is_one_line_under_its_heading() -> None:
    rows = ["The Lorenz Equations", "x", "˙", "=", "σ", "(", "y", "−", "x", ")", "Next"]
    assert segment("\n".join(rows)).texts == [
        "The Lorenz Equations",
        "x ˙ = σ ( y − x )",
        "Next",
    ]


def test_brackets_ticks_and_cjk_words_stay_on_lines_of_their_own() -> None:
    code = ['"Content-Type": "text/html"', "}", "},", "body: data"]
    ticks = ["Debt as a share of output", "%", "80", "60", "40", "20", "0", "’08"]
    menu = ["首页", "新闻", "体育", "娱乐"]
    for rows in (code, ticks, menu):
        assert segment("\n".join(rows)).texts == rows


def test_a_short_line_between_sentences_stays_when_nothing_goes_on() -> None:
    rows = ["The mayor spoke first.", "A", "B", "The council voted after her."]
    assert segment("\n".join(rows)).texts == rows
