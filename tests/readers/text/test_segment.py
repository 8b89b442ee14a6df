"""Segmentation: a formula a browser copied one symbol a line is one line again; wrapped
text in scripts without capitals or without spaces is joined back."""

from __future__ import annotations

import textwrap

import pytest

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


def test_a_paragraph_broken_into_short_lines_is_one_line() -> None:
    # Easy-to-read news (8sidor.se): every sentence broken over short lines, a blank line
    # between paragraphs.
    text = (
        "Två män var ute\noch åkte skidor på isen\növer havet Bottenviken.\n\n"
        "De åkte från\nUleåborg i Finland.\nDe skulle till\nLuleå i Sverige.\n\n"
        "Men helikoptrar och flygplan\nfrån både Finland och Sverige\nkunde inte hitta dem.\n"
    )
    assert segment(text).texts == [
        "Två män var ute och åkte skidor på isen över havet Bottenviken.",
        "De åkte från Uleåborg i Finland. De skulle till Luleå i Sverige.",
        "Men helikoptrar och flygplan från både Finland och Sverige kunde inte hitta dem.",
    ]


def test_menus_labels_and_short_sentences_keep_their_lines() -> None:
    menu = "Start\nSverige\nVärlden\nSport\n\n"
    labels = "Read in English\nTech Fix\n¿Por qué ha causado tanto alboroto el metaverso?\n\n"
    sentences = "The bridge is closed.\nBuses run every ten minutes.\n\n"
    list_items = "- buy milk and\n- bread for the week.\n"
    texts = segment(menu + labels + sentences + list_items).texts
    assert texts == [
        "Start", "Sverige", "Världen", "Sport", "Read in English", "Tech Fix",
        "¿Por qué ha causado tanto alboroto el metaverso?", "The bridge is closed.",
        "Buses run every ten minutes.", "- buy milk and", "- bread for the week.",
    ]  # fmt: skip


ARABIC = [
    "قال مجلس المدينة يوم الثلاثاء إنه سيغلق الجسر القديم أمام السيارات بعد أن وجد المهندسون "
    "شقوقا عميقة في اثنين من أقواسه الثلاثة وصدأ في حديده.",
    "وسيتمكن السكان من عبور الجسر سيرا على الأقدام أو على الدراجات طوال مدة الأشغال، وستعمل "
    "حافلة مكوكية كل عشر دقائق في ساعات الذروة بين المحطة والسوق.",
]


def test_wrapped_text_in_a_script_without_capitals_is_joined_back() -> None:
    """Arabic has no lowercase to show a sentence going on: a row that ends no sentence
    and a row of letters under it do."""
    wrapped = "\n\n".join(textwrap.fill(paragraph, width=60) for paragraph in ARABIC * 3)
    assert segment(wrapped).texts == ARABIC * 3


def test_cjk_broken_by_the_column_is_joined_without_a_space() -> None:
    english = (
        "The council voted on Tuesday to close the old bridge to cars, citing a survey that "
        "found deep cracks in two of its three arches and rust in the steel of its deck."
    )
    chinese = (
        "市议会周二投票决定对旧桥禁止汽车通行，理由是调查发现其三个拱中有两个出现深裂缝，"
        "修复工程预计需要两年时间，费用由市和地区共同承担。"
    )
    rows = textwrap.fill(english, width=60) + "\n\n" + chinese[:55] + "\n" + chinese[55:]
    texts = segment("\n\n".join([rows] * 3)).texts
    assert texts == [english, chinese] * 3


CHINESE = [
    "市议会周二投票决定对旧桥禁止汽车通行，理由是调查发现其三个拱中有两个出现深裂缝，"
    "钢制桥面也已生锈。修复工程预计需要两年时间，费用由市和地区共同承担。",
    "在施工期间，居民仍可步行或骑自行车过桥，高峰时段每十分钟有一班穿梭巴士往返于车站和"
    "市场之间。市长表示，这座桥对城市的历史和日常生活都很重要。",
]


def _columns(paragraph: str, width: int) -> list[str]:
    """``paragraph`` cut into rows of at most ``width`` characters, as a text-mode browser
    cuts a script without spaces (anywhere)."""
    return [paragraph[at : at + width] for at in range(0, len(paragraph), width)]


@pytest.mark.parametrize("chars", [39, 74], ids=["w3m, two columns a character", "lynx, one"])
def test_cjk_wrapped_at_a_column_is_joined_back(chars: int) -> None:
    """w3m and lynx cut a Chinese or Japanese paragraph at the column wherever it falls
    (w3m counts a character two columns wide, lynx one); each row had been a line."""
    headline = "旧桥 禁止汽车通行"  # a space of its own, on a row that reaches no column
    rows = [headline, ""]
    paragraphs = [CHINESE[0] + CHINESE[1], CHINESE[1] + CHINESE[0]] * 3
    for paragraph in paragraphs:
        rows += [*_columns(paragraph, chars), ""]
    rows += ["有事没事说两句...", "_" * 60, "_" * 60]  # a comment form's blank
    assert segment("\n".join(rows)).texts == [headline, *paragraphs, "有事没事说两句..."]


def test_a_browser_copy_of_cjk_text_is_taken_as_it_comes() -> None:
    """A browser's copy has a line a block: short menu items over paragraphs far wider than
    them, no column."""
    menu = ["首页", "新闻", "体育", "财经", "娱乐", "科技", "市议会周二投票决定对旧桥禁止汽车通行"]
    text = "\n".join(menu * 2 + CHINESE * 3)
    assert segment(text).texts == menu * 2 + CHINESE * 3


def test_a_template_slot_alone_on_its_line_is_dropped() -> None:
    lines, _ = segment("The story goes on here.\n{{cta}}\nAnd it ends here.\n")
    assert lines == ["The story goes on here.", "And it ends here."]


def test_a_list_of_digests_is_no_hard_wrapped_text() -> None:
    """SHA-256 sums are 64 characters each, and some start with a lowercase letter: the
    rows before those looked like text wrapped at 64 columns, which joined a headline to
    the author's name under it."""
    digests = [
        f"{letter}{n:02d}" + "0123456789abcdef" * 3 + "0123456789abc"
        for n in range(6)
        for letter in "ae"
    ]
    head = [
        "Aug 16, 2023",
        "Unsupported Compression Methods Enable Android Malware",
        "Fernando Ortega",
    ]
    lines, _ = segment("\n".join([*head, "", *digests]) + "\n")
    assert lines[:3] == head


def test_right_to_left_rows_set_flush_right_are_joined_whatever_their_indent() -> None:
    """w3m pads each row of Arabic up to the column: the indent changes row to row."""
    rows = [*textwrap.wrap(ARABIC[0], width=60), "", *textwrap.wrap(ARABIC[1], width=60)]
    flush_right = "\n".join(row.rjust(60) if row else "" for row in rows)
    wrapped = "\n\n".join([flush_right] * 3)
    assert segment(wrapped).texts == ARABIC * 3


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the non-joiner spells Persian words, the joiner Indic conjuncts and emoji
        ("بانک\u200cها نرخ\u200cهای جدید", "بانک\u200cها نرخ\u200cهای جدید"),
        ("क्\u200dष", "क्\u200dष"),
        ("\U0001f468\u200d\U0001f469 family", "\U0001f468\u200d\U0001f469 family"),
        # where they join nothing, they go with the other invisible characters
        ("zero\u200bwidth\u200c\u200djoin\ufeff", "zerowidthjoin"),
        ("\u200cnews\u00ad paper", "news paper"),
    ],
)
def test_only_characters_that_spell_nothing_go(line: str, want: str) -> None:
    assert segment(line + "\n")[0] == [want]


def test_a_short_page_wrapped_at_a_column_is_joined_back_by_its_widest_row() -> None:
    """A paywalled page shows three paragraphs: five rows going on in lowercase tell its
    column, the widest of them reaching it (a quantile of so few would leave it out and
    take the column for narrower)."""
    paragraphs = [
        "The administration has paid out less than a third of the nearly $230 billion "
        "allocated to big infrastructure projects in the stimulus program, and the "
        "opposition is zeroing in on the unspent money in fresh attacks on its policy.",
        '"More people believe that Elvis Presley is alive than that the stimulus created '
        'jobs," said a member of the House who has long opposed the program and its cost.',
        "The department says that most of the money is promised to projects that have yet "
        "to break ground, and that it will be paid out as the work goes on.",
    ]
    rows = [textwrap.fill(paragraph, width=79) for paragraph in paragraphs]
    text = "\n".join(["Home", "World", "Politics", "", "\n\n".join(rows), "", "Sign In"])
    assert segment(text).texts == ["Home", "World", "Politics", *paragraphs, "Sign In"]


GERMAN = [
    "Mozilla hat Firefox 5.0a2 veröffentlicht und zugleich eine erste Entwicklerversion "
    "von Firefox 6 freigegeben. Damit setzt Mozilla sein neues Entwicklungsmodell nach und "
    "nach um.",
    "Unter dem Namen Aurora hat Firefox einen neuen Kanal mit Vorabversionen eingerichtet. "
    "Aurora ist die zweite von vier Stufen, die die neuen Versionen im Rahmen des "
    "beschleunigten Entwicklungsmodells durchlaufen. Vorgelagert sind automatisch erstellte "
    "Nightly-Builds.",
    "Die Roadmap für Firefox 5 sah ursprünglich die Integration eines Account-Managers sowie "
    "ein Simple-Sharing-UI vor, das im Rahmen des Projekts F1 entwickelt wird.",
]


def test_wrapped_german_is_joined_back_by_the_rows_a_capitalised_word_did_not_fit() -> None:
    """German capitalises its nouns: two rows of a lynx dump go on in lowercase, the others
    in a capital that did not fit on the row above."""
    rows = [
        textwrap.fill(p, width=74, initial_indent="   ", subsequent_indent="   ") for p in GERMAN
    ]
    menu = ["   Golem.de", "     * Home", "     * Ticker", "", "Vorabversionen von Firefox 5"]
    text = "\n".join([*menu, "", "\n\n".join(rows), "", "     * Impressum"])
    assert segment(text).texts[4:-1] == GERMAN


def test_spaces_are_collapsed_in_each_row_whether_or_not_the_page_doubles_any() -> None:
    # The page's one search for a double space spares clean rows their own test; the rows
    # that hold one, and a page without any (a non-breaking space, a space at a row's end),
    # are tidied all the same.
    assert segment("A  title  here\nA clean line.\n  Indented row  \n").texts == [
        "A title here",
        "A clean line.",
        "Indented row",
    ]
    assert segment("A\u00a0title here\nA clean line. \n").texts == [
        "A title here",
        "A clean line.",
    ]
