"""Metadata finders of the text reader, one line shape at a time."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.readers.text.pages import STORY, read_text

from newsconv.readers.text.features import describe
from newsconv.readers.text.metadata import (
    dateline_names,
    find_byline,
    find_closing_signature,
    find_credit,
    find_date,
    find_signature,
    find_site,
    in_page_order,
)
from newsconv.tree import plain_text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", ["Erin Cunningham"]),
        ("By JEFFREY GETTLEMAN JAN. 12, 2017", ["JEFFREY GETTLEMAN"]),
        ("By Brenda Goodman, MA", ["Brenda Goodman"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        (
            "Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017",
            ["Alexandre Hervaud", "Jérémy Piette"],
        ),
        ("Von Anna Schmidt | dpa", ["Anna Schmidt"]),
        ("Par Cécile Ducourtieux Publié aujourd’hui à 13h59", ["Cécile Ducourtieux"]),
        ("Von Anna Schmidt Aktualisiert am 3. Mai", ["Anna Schmidt"]),
        ("By Jane Doe  posted Aug 18th 2010 7:30PM", ["Jane Doe"]),
        ("by Magen Gicinto, Chief People Officer | Mar 30, 2026 | Blog", ["Magen Gicinto"]),
        ("by Nathan Tempey in News on Mar 9, 2017 10:15 am", ["Nathan Tempey"]),
        # another language's "on" before the day
        ("von Anja Roe-Lang am 14. Mai 2014, 15:40 Uhr", ["Anja Roe-Lang"]),
        ("par Jean Roe le 3 mars 2014", ["Jean Roe"]),
        ("door Jan Roe op 3 maart 2014", ["Jan Roe"]),
        ("By Jane le Roe", ["Jane le Roe"]),  # a lowercase particle with no day after it
        ("By Kim In-hee", ["Kim In-hee"]),  # a capitalised "In" is a name's
        ("ByTal Axelrod", ["Tal Axelrod"]),  # the copy lost the space between two spans
        ("vonFred Hüning 31.10.2023", ["Fred Hüning"]),  # so, with the by-word in lowercase
        ("parJean Dupont", ["Jean Dupont"]),
        ("澎湃新闻记者 段彦超 廖艳", ["段彦超", "廖艳"]),  # the paper's name, "reporter", names
        ("本报记者 张伟、李娜", ["张伟", "李娜"]),
        ("记者：王小明", ["王小明"]),
        ("作者魏星", ["魏星"]),  # a Chinese name follows its by-word unspaced
        ("* Author: Jane Roe", ["Jane Roe"]),  # a byline block as a list (lynx, w3m)
        ("• By Jane Roe", ["Jane Roe"]),
        ("Author: Jane Roe. Jane Roe", ["Jane Roe"]),  # a screen reader's label, then shown
        ("Von Markus Brenner, Berlin", ["Markus Brenner"]),  # the place written from
        ("By Jane Doe and John Roe, London", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Par Plantu, Cabu", ["Plantu", "Cabu"]),  # pen names, no place
        ("By Jane Doejane.doe@paper.com", ["Jane Doe"]),  # an address glued to the name
    ],
)
def test_byline(line: str, names: list[str]) -> None:
    found = find_byline([line], range(1))
    assert found is not None
    assert [person.name for person in found[1]] == names


@pytest.mark.parametrize(
    "line",
    [
        "by the river the town slept",
        "Bylines are hard",
        "By clicking here you agree",
        "ByteDance Names New Chief",
        "Vonnegut Fans Gather",  # a name opening with a by-word, capitalised
        "DiMaggio Hits Again",
        "作者表示对结果很满意",  # "the author said he was pleased": no name of four characters
        "Por: Redacciónredaccion@diario.com",  # the desk, its address glued to its name
    ],
)
def test_not_a_byline(line: str) -> None:
    assert find_byline([line], range(1)) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Фото: © REUTERS/POOL Фото: © REUTERS/POOL", "© REUTERS/POOL"),
        ("Photo: AP", "AP"),
        ("(Bild: Hersteller)", "Hersteller"),
        ("Foto: dpa", "dpa"),
    ],
)
def test_photo_credit(line: str, credit: str) -> None:
    found = find_credit(["Some title", line], range(2))
    assert found is not None
    assert (found.index, found.value) == (1, credit)


def test_dateline_with_a_time_wins() -> None:
    texts = ["Published 20.05.2021", "Updated 21 May 2021 06:50", "A paragraph."]
    assert find_date(texts, range(3), "en") == (
        1,
        datetime(2021, 5, 21, 6, 50),
        "21 May 2021 06:50",
    )


def test_site_from_the_domain_the_chrome_names_most() -> None:
    texts = ["Subscribe to Example.kz on WhatsApp", "News", "Join Example.kz on Telegram"]
    assert find_site(texts) == "Example.kz"


def test_site_from_the_copyright_line() -> None:
    assert find_site(["Home", "Article text.", "© 2021 Daily Example. All rights reserved"]) == (
        "Daily Example"
    )


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Tous droits réservés © Le Journal 2024", "Le Journal"),
        ("© Telegraph Media Group Limited 2017", "Telegraph Media Group Limited"),
        ("© Haki Benita 2016-2020", "Haki Benita"),
        ("© Ediciones Ejemplo S.L. Todos los derechos reservados", "Ediciones Ejemplo S.L"),
        ("© Copyright 2006 - 2024 Spiceworks Inc.", "Spiceworks Inc"),
        (
            "© Copyright 2010-2014, Pierre-Yves David, Greg Ward, and contributors.",
            "Pierre-Yves David",
        ),
        ("Copyright (c) 2016 by The Atlantic Monthly Group.", "The Atlantic Monthly Group"),
        ("Portions are ©1998–2016 by individual contributors.", None),  # no one's name
    ],
)
def test_the_years_of_a_copyright_are_not_the_site_and_its_dots_may_be(
    line: str, site: str | None
) -> None:
    assert find_site(["Home", "Article text.", line]) == site


@pytest.mark.parametrize(
    "line", ["(C) 2021 Daily Example", "COPYRIGHT 2021 Daily Example", "Daily Example"]
)
def test_a_copyright_sign_in_any_case_names_the_holder_and_none_names_nobody(line: str) -> None:
    """Lines without a sign are passed over before the copyright regex is tried."""
    holder = "Daily Example" if line != "Daily Example" else None
    assert find_site(["Home", "Article text.", line, "Contact us"]) == holder


@pytest.mark.parametrize("line", ["Copyright Infringement Notification", "Copyright text"])
def test_the_word_copyright_without_a_sign_or_a_year_names_nobody(line: str) -> None:
    """A link to the site's copyright page, or a template's placeholder, is no notice."""
    assert find_site(["Home", "Article text.", line, "Contact us"]) is None
    found = find_site(["Home", "Article text.", "Copyright 2016 Daily Example"])
    assert found == "Daily Example"


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        (["© 2023 All rights reserved"], None),
        (["© 2023 جميع الحقوق محفوظة"], None),
        (["© 2023 Tous droits réservés"], None),
        # the holder over the notice names the site
        (["© 2023 Daily Example", "© 2023 All rights reserved"], "Daily Example"),
        (["© 2023 الجزيرة. جميع الحقوق محفوظة"], "الجزيرة"),
    ],
)
def test_all_rights_reserved_is_no_copyright_holder(lines: list[str], site: str | None) -> None:
    assert find_site(["Home", "Article text.", *lines]) == site


def test_a_photo_credit_is_not_the_site() -> None:
    assert find_site(["Home", "Article text.", "Photo: © Reuters"]) is None


def test_a_domain_counts_once_per_mention_on_any_short_line() -> None:
    """The lines are scanned as one text: each mention still counts once, in its line."""
    long_line = "x" * 200 + " cited.example.com"
    texts = [
        "cited.example.com",
        "Two here: other.example.org and other.example.org.",
        long_line,
        "Last line: other.example.org",
    ]
    assert find_site(texts) == "other.example.org"
    assert find_site([texts[0], long_line, long_line, "cited.example.com"]) == "cited.example.com"


def signature(lines: list[str], dated: int, title: int) -> list[str]:
    found = find_signature(lines, describe(lines), dated, title)
    return [person.name for person in found[1]] if found else []


def test_the_name_between_the_headline_and_the_dateline_signs_the_article() -> None:
    lines = [
        "El Gobierno aprueba la subida del salario mínimo",
        "Luis García",
        "Madrid - 13 FEB 2024 - 12:45 CET",
    ]
    assert signature(lines, dated=2, title=0) == ["Luis García"]


def test_a_name_in_a_script_without_capitals_signs_the_article_too() -> None:
    lines = ["九州大・箱崎キャンパス跡地にスマートシティ建設計画", "山谷 剛史", "2019年2月22日"]
    assert signature(lines, dated=2, title=0) == ["山谷 剛史"]


@pytest.mark.parametrize("line", ["ニュース 速報", "福岡地域戦略推進協議会 主催"])
def test_kana_or_long_han_words_are_no_name(line: str) -> None:
    lines = ["九州大・箱崎キャンパス跡地にスマートシティ建設計画", line, "2019年2月22日"]
    assert signature(lines, dated=2, title=0) == []


def test_the_line_over_a_sentence_with_a_date_signs_nothing() -> None:
    # The date is a caption's: the line over it credits the photo, not the article.
    lines = [
        "Council votes to close the old bridge to cars",
        "Jane Roe / AP",
        "The mayor speaks during a town meeting at the old bridge in Sioux Center, Iowa, "
        "on Jan. 23, 2016.",
    ]
    assert signature(lines, dated=2, title=0) == []


def test_a_signature_ends_at_a_separator() -> None:
    lines = ["Cae en Francia la jefa del aparato militar", "Ángeles Escrivá | Madrid", "28/10/2012"]
    assert signature(lines, dated=2, title=0) == ["Ángeles Escrivá"]


@pytest.mark.parametrize(
    ("lines", "dated", "title"),
    [
        # the blog's name over the date, the headline below them
        (["Silicon Exposed", "Sunday, May 8, 2016", "Open Verilog flow for GreenPak4"], 1, 2),
        # the dateline names the author itself; the line over it is a pager's link
        (["This API is so Fetching!", "Newer Article", "on March 10, 2015 by Jane Doe"], 2, 0),
        # a sentence, not a name
        (["Bridge to close", "The council met today.", "20 May 2021"], 2, 0),
    ],
)
def test_no_signature_where_the_line_by_the_date_is_no_name_of_the_author(
    lines: list[str], dated: int, title: int
) -> None:
    assert signature(lines, dated, title) == []


def test_a_dateline_under_a_headline_holding_a_date_is_the_date_line() -> None:
    texts = ["Friday Financial Five – December 4, 2015", "Share", "Friday, December 04, 2015"]
    assert find_date(texts, range(3), "en") == (2, datetime(2015, 12, 4), "December 04, 2015")


def test_a_solar_hijri_dateline_is_the_date() -> None:
    lines = ["بانک مرکزی نرخ سود سپرده‌ها را افزایش داد", "چهارشنبه ۱۵ آبان ۱۴۰۲ - ۱۲:۳۰"]
    dated = find_date(lines, range(2), "fa")
    assert dated is not None and dated.value == datetime(2023, 11, 6, 12, 30)


@pytest.mark.parametrize(
    ("tail", "day"),
    [
        ("Monday, 6 January 2020", datetime(2020, 1, 6)),
        ("Montag, 6. Januar 2020", datetime(2020, 1, 6)),
    ],
)
def test_a_dateline_glued_to_the_deck_over_it_is_the_date(tail: str, day: datetime) -> None:
    """A browser copies a deck and the ``<time>`` after it with no space between: the
    line is too long for a dateline, but its glued end is one."""
    deck = (
        "The rocky island, once stripped of its flora and fauna by goats and rats, makes an "
        "astonishingly quick comeback since the last of them left. What is the secret?"
    )
    dated = find_date(["Goats ruled this island for a century", deck + tail], range(2), None)
    assert dated is not None and dated.line == 1 and dated.value == day
    # prose that ends in a year after its stop is no dateline
    assert find_date([deck + "In 2020"], range(1), None) is None


def test_a_date_among_words_stays_the_date_when_no_dateline_is_near() -> None:
    texts = ["Published December 4, 2015 by Jane Doe", "a", "b", "c", "December 1, 2015"]
    assert find_date(texts, range(5), "en") == (0, datetime(2015, 12, 4), "December 4, 2015")


def test_a_copyright_holder_ends_at_a_dash() -> None:
    texts = ["Article text.", "© Handelsblatt GmbH – Alle Rechte vorbehalten. Nutzungsrechte?"]
    assert find_site(texts) == "Handelsblatt GmbH"


def test_the_publication_time_beats_the_last_update_printed_over_it() -> None:
    texts = ["Mis à jour le 06/04/2013 à 10:37", "Publié le 05/04/2013 à 17:08", "Par Jean Dupont"]
    assert find_date(texts, range(3), "fr") == (
        1,
        datetime(2013, 4, 5, 17, 8),
        "05/04/2013 à 17:08",
    )


def test_a_last_update_in_a_list_gives_way_too() -> None:
    """The same dates as a list's items, as lynx ("+") and w3m ("□") print them."""
    for bullet in "+□":
        texts = [
            f"{bullet} Mis à jour le 06/04/2013 à 10:37",
            f"{bullet} Publié le 05/04/2013 à 17:08",
        ]
        assert find_date(texts, range(2), "fr") == (
            1,
            datetime(2013, 4, 5, 17, 8),
            "05/04/2013 à 17:08",
        )


def test_a_masthead_day_far_over_the_dateline_gives_way() -> None:
    menu = ["News", "Sport", "Business", "Travel", "Culture", "Science", "Health", "Money"]
    texts = ["Thursday 06 October 2011", *menu, "Food", "Drink", "Chilli contest", "05 Oct 2011"]
    assert find_date(texts, range(len(texts)), "en") == (12, datetime(2011, 10, 5), "05 Oct 2011")


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["By", "Guru Baran", "July 1, 2026"], ["Guru Baran"]),
        (["Written by", "Madeline Lawrence", "Published on:"], ["Madeline Lawrence"]),
        (["WRITTEN BY :", "Madeline Lawrence"], ["Madeline Lawrence"]),  # longest, in capitals
    ],
)
def test_a_by_word_alone_over_the_names(lines: list[str], names: list[str]) -> None:
    found = find_byline(lines, range(len(lines)))
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (1, names)


def test_a_later_byline_naming_more_authors_wins() -> None:
    lines = ["Author: Jozsef Gegeny", "On this page", "Authors: Jozsef Gegeny, Jonathan Micael"]
    found = find_byline(lines, range(3))
    assert found is not None
    assert [person.name for person in found[1]] == ["Jozsef Gegeny", "Jonathan Micael"]


@pytest.mark.parametrize(
    ("line", "printed", "names"),
    [
        ("Dan Goodin – Feb 26, 2026 10:45 am | 167", "Feb 26, 2026 10:45 am", ["Dan Goodin"]),
        (
            "14 April 2026•Salim Bitam•Samir Bousseaden•Daniel Stepanic",
            "14 April 2026",
            ["Salim Bitam", "Samir Bousseaden", "Daniel Stepanic"],
        ),
        ("North Korea 09:31 August 20, 2019", "09:31 August 20, 2019", []),
        # slashes part them, a weekday dresses the date, a logo's name is no one's
        ("/ Jane Roe / 10:08 am Fri Jul 19, 2013", "Jul 19, 2013", ["Jane Roe"]),
        ("[logo] / Jane Roe / 10:08 am Fri Jul 19, 2013", "Jul 19, 2013", ["Jane Roe"]),
        ("News / Politics / Jul 19, 2013", "Jul 19, 2013", []),
        ("2/26/2015 7:11 AM PST BY TMZ STAFF", "2/26/2015 7:11 AM PST", []),
        ("Politics | March 3, 2026 | Share", "March 3, 2026", []),
        # a byline right after the date, one word at most before it
        ("Posted Apr 4, 2011 by Mary Siegler (@mary)", "Apr 4, 2011", ["Mary Siegler"]),
        ("Updated March 10, 2015 by the council, which said", "March 10, 2015", []),
        ("North Korea March 10, 2015 by Jane Roe", "March 10, 2015", []),
        ("17.11.2010 18:00 Jane Roe 295", "17.11.2010 18:00", ["Jane Roe"]),  # a count after
        ("17.11.2010 18:00 Breaking News", "17.11.2010 18:00", []),  # no count: a label's
        ("17.11.2010 18:00 Jane Roe 295 Share", "17.11.2010 18:00", []),
        # the time's word and the count's word aside
        ("19.6.2007 9:40 Uhr Jane Roe 71 Kommentare", "19.6.2007 9:40", ["Jane Roe"]),
        ("19.6.2007 9:40 Uhr Breaking News", "19.6.2007 9:40", []),
        ("19.6.2007 9:40 Uhr Jane Roe 71 Seiten", "19.6.2007 9:40", []),
        # a part that is a byline names the author, whatever the others say
        (
            "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星",
            "2014-08-24 21:30",
            ["魏星"],
        ),
        (
            "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin "
            "Untersinger (avec Damien Leloup et Morgane Tual)",
            "04.05.2015 à 13h36",
            ["Martin Untersinger"],
        ),
    ],
)
def test_names_beside_the_date(line: str, printed: str, names: list[str]) -> None:
    assert [person.name for person in dateline_names(line, printed)] == names


def test_a_date_label_over_the_date_names_no_one() -> None:
    texts = [
        "CISA Adds Two Known Exploited Vulnerabilities to Catalog",
        "Release Date",
        "March 03, 2026",
    ]
    assert find_signature(texts, describe(texts, {}), 2, 0) is None


def test_the_name_under_a_headline_the_date_stands_over() -> None:
    texts = ["Aug 16, 2023", "Unsupported Compression Methods Bypass Detection", "Fernando Ortega"]
    found = find_signature(texts, describe(texts, {}), 0, 1)
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (2, ["Fernando Ortega"])


def test_the_name_beside_its_photo_w3m_names() -> None:
    """w3m prints the author's photo by its file's cut name before the author's."""
    texts = [
        "Old bridge set to close",
        "[d442840] Jane Roe",
        "posted on Saturday, August 13th, 2011",
    ]
    found = find_signature(texts, describe(texts, {}), 2, 0)
    assert found is not None
    assert [person.name for person in found[1]] == ["Jane Roe"]


def test_the_name_under_a_headlines_deck_the_date_stands_further_over() -> None:
    texts = ["Published online 11 April 2011 | Nature 472", "News", "Old bridge set to close"]
    texts += ["Latest survey suggests two years of repairs will be needed.", "Jane Roe"]
    found = find_signature(texts, describe(texts, {}), 0, 2)
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (4, ["Jane Roe"])


def test_a_label_doubled_where_it_stands_names_no_one() -> None:
    """A name between headline and date may be chrome by its repeats when it signs the
    teasers too, but not a menu's label printed twice in a row."""
    texts = ["Android Developers Blog", "This Blog", "This Blog", "06 December 2016"]
    features = describe(texts, {})
    assert find_signature(texts, features, 3, 0) is None


def test_a_list_of_items_under_a_by_word_is_no_byline() -> None:
    assert find_byline(["por", "* César Salza", "* Tecnología"], range(3)) is None


def test_a_list_of_one_name_under_a_by_word_is_the_byline() -> None:
    # heise copied by lynx and w3m: "Von" over the list of its author's name.
    found = find_byline(["Von", "• Denis Roe", "TR 7/2019"], range(3))
    assert found is not None
    assert [person.name for person in found[1]] == ["Denis Roe"]


def test_a_desk_signing_under_a_by_word_is_no_author() -> None:
    assert find_byline(["By", "Kulu Media News Desk"], range(2)) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("최윤호 기자 uknow@donga.com", ["최윤호"]),  # donga.com
        ("김민지 기자", ["김민지"]),
        ("Jane Doe jane.doe@example.com", ["Jane Doe"]),
        ("扬子晚报记者 张楠", ["张楠"]),
        ("采写：南都见习记者 林子沛", ["林子沛"]),  # a label, a trainee reporter
        ("记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。", []),  # a sentence
        ("Kontakt: redaktion@example.de", []),  # a label, not a name
        ("Kontakt redaktion@example.de", []),  # one capitalised word is no one's name
        ("Questions? Contact us at news@example.com", []),
    ],
)
def test_a_story_signed_at_its_end(line: str, names: list[str]) -> None:
    story = ["Headline", "The story is told here in a few words.", "It ends here."]
    found = find_closing_signature([*story, line], [1, 2])
    assert ([person.name for person in found[1]] if found else []) == names


@pytest.mark.parametrize("byline", ["PAR LES TEMPS QUI COURENT", "By Those Who Wait"])
def test_a_programmes_name_after_a_by_word_names_no_one(byline: str) -> None:
    """A column's or a programme's name in a menu reads as a byline, case telling
    nothing in capitals; no person's name holds a relative pronoun."""
    assert find_byline([byline], range(1)) is None


def test_a_byline_under_the_last_paragraph_over_a_reading_list_signs_the_story() -> None:
    """A column signed under its last paragraph, its reading list under the name."""
    reading = ["A lire aussi :", "Revue Ponts : Savons-nous encore construire ? Un dossier."]
    page = ["Le pont ferme", "14/01/2020", *STORY, "Par Jeanne Roe", *reading]
    found = find_closing_signature(page, list(range(2, len(page))))
    assert found is not None
    assert [person.name for person in found[1]] == ["Jeanne Roe"]


def test_a_widgets_credit_under_the_story_names_no_author() -> None:
    """ "by Taboola" heads a box of promoted links: a one-word name signs no story."""
    page = ["Bridge to close", *STORY, "by Taboola", "Promoted Links"]
    assert find_closing_signature(page, list(range(1, len(STORY) + 1))) is None


@pytest.mark.parametrize("byline", ["By Reuters", "By XINHUA", "Par Reuters"])
def test_a_byline_naming_a_news_agency_names_no_author(byline: str) -> None:
    doc = read_text("\n".join(["Bridge to close", byline, "June 8, 2012 6:14 AM", *STORY]))
    assert doc.metadata.authors == ()
    assert byline not in plain_text(doc)


def test_an_agency_beside_a_person_leaves_the_person() -> None:
    doc = read_text("\n".join(["Bridge to close", "By Jane Doe and Reuters", *STORY]))
    assert [person.name for person in doc.metadata.authors] == ["Jane Doe"]


CHINESE_STORY = [
    "“以前花一两元就能充满电，前几天一下子被扣了12元。”吴翔宇自称是共享充电宝的长期用户，"
    "因为手机的使用频率高，他习惯了外出时租借充电宝。",
    "和吴翔宇有同样感受的人还有很多，“部分充电宝8元每小时”的话题在新浪微博阅读量已经达"
    "5600多万，有网友感叹“充电宝自由正在远去”。",
    "业内资深人士张凡坦言，很多品牌的共享充电宝租金都有一定程度的上调，现在起码2元到3元"
    "每小时。他还表示在特殊的高消费场所，租金甚至高达15元甚至20元每小时。",
]


def test_a_chinese_name_before_its_paper_signs_the_story() -> None:
    """The Paper prints "reporter/paper" between headline and date: one word of a script
    without capitals is a whole name when the paper follows it."""
    head = ["首页", "财经", "共享充电宝涨价告别1元时代", "石佳/中国青年报", "2019-09-24 09:10"]
    doc = read_text("\n".join([*head, *CHINESE_STORY]))
    assert [person.name for person in doc.metadata.authors] == ["石佳"]
    assert "石佳/中国青年报" not in plain_text(doc)


def test_a_chinese_section_label_alone_names_no_author() -> None:
    head = ["首页", "财经", "共享充电宝涨价告别1元时代", "财经", "2019-09-24 09:10"]
    assert read_text("\n".join([*head, *CHINESE_STORY])).metadata.authors == ()


@pytest.mark.parametrize(
    ("other", "day"),
    [
        ("Jane Roe 11.15.16 3 weeks ago", datetime(2016, 12, 9)),  # the month first: swapped
        ("Jane Roe 15.11.16 3 weeks ago", datetime(2016, 9, 12)),  # the day first, as read
        ("Jane Roe 11/15/16 3 weeks ago", datetime(2016, 9, 12)),  # another separator
        ("Jane Roe 11.10.16 3 weeks ago", datetime(2016, 9, 12)),  # either way: no order
    ],
)
def test_a_date_in_numbers_takes_the_order_of_the_pages_other_dates(
    other: str, day: datetime
) -> None:
    lines = ["Council votes to close the old bridge", "John Doe 12.09.16", *STORY, other]
    dated = find_date(lines, range(2), "en")
    assert dated is not None
    assert in_page_order(lines, dated).value == day


@pytest.mark.parametrize("marker", ["* ", "• ", "- "])
def test_the_name_over_the_date_in_a_list_is_read_without_its_bullet(marker: str) -> None:
    # lynx and w3m print a byline block laid out as a list with its bullets.
    texts = ["Council votes to close the old bridge", f"{marker}Gillian B. White", "Sep 13, 2016"]
    found = find_signature(texts, describe(texts, {}), 2, 0)
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (1, ["Gillian B. White"])


def test_the_name_over_a_job_title_over_the_date_is_the_author() -> None:
    # Folha's copy: the name in capitals, then the author's job title, then the date.
    texts = ["Council votes to close the old bridge", "MARIA SILVA", 'EDITORA-ADJUNTA DE "CIDADE"']
    texts.append("30/01/2017 02h02")
    found = find_signature(texts, describe(texts, {}), 3, 0)
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (1, ["MARIA SILVA"])


@pytest.mark.parametrize("line", ["* From: Herald Sun", "Source: Herald Sun"])
def test_a_label_and_its_value_over_the_date_names_no_one(line: str) -> None:
    texts = ["Council votes to close the old bridge", line, "Sep 13, 2016"]
    assert find_signature(texts, describe(texts, {}), 2, 0) is None


def test_the_name_over_a_handle_over_the_date_is_the_author() -> None:
    texts = ["Council votes to close the old bridge", "Jane Roe in New York", "@JaneRoe"]
    texts.append("Monday 7 November 2016 12.44 EST")
    found = find_signature(texts, describe(texts, {}), 3, 0)
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (1, ["Jane Roe"])


def test_the_byline_under_the_headline_beats_a_teasers_over_it() -> None:
    lines = ["Twenty Questions for the Mayor", "by Jane Roe", "News", "Culture"]
    lines += ["Council votes to close the old bridge", "By John Doe", "May 12, 2015"]
    found = find_byline(lines, range(len(lines)), 4)
    assert found is not None
    assert (found[0], [person.name for person in found[1]]) == (5, ["John Doe"])


def test_a_byline_far_under_a_section_heading_signs_a_teaser() -> None:
    lines = ["by Jane Roe", "More news", "Old bridge to close", "The council voted."]
    lines += ["Shuttle buses for the market", "By John Doe"]
    found = find_byline(lines, range(len(lines)), 1)
    assert found is not None
    assert found[0] == 0


def test_a_byline_in_capitals_names_the_author_as_people_write_the_name() -> None:
    doc = read_text("Bridge closes to cars\n\nBy JEFFREY VAN DER BERG\n\n" + "\n\n".join(STORY))
    assert [person.name for person in doc.metadata.authors] == ["Jeffrey van der Berg"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lena deCasparis | Contributing Writer | 4 days ago", ["Lena deCasparis"]),
        ("Jane Doe | Senior Editor", ["Jane Doe"]),
        ("By Carolina von Canal", ["Carolina von Canal"]),
        ("By Alejandro de la Garza", ["Alejandro de la Garza"]),
    ],
)
def test_a_name_before_its_job_title_and_a_family_names_particle_sign(
    line: str, names: list[str]
) -> None:
    found = find_byline(["Old bridge to close", line], range(2), 0)
    assert found is not None
    assert [person.name for person in found[1]] == names


@pytest.mark.parametrize(
    "line", ["Home | News Desk | Sport", "Politics | Opinion", "Jane Doe | London", "by Jane von"]
)
def test_a_menu_or_a_name_without_a_role_after_a_bar_signs_nothing(line: str) -> None:
    assert find_byline(["Old bridge to close", line], range(2), 0) is None


def test_a_calendar_leafs_day_over_its_month_and_year_dates_the_post() -> None:
    lines = ["Beauty Blog", "29", "Mai 2013", "Lieblingsstück: die iPhone-Hülle"]
    dated = find_date(lines, range(len(lines)), "de")
    assert dated is not None
    assert (dated.line, dated.value) == (1, datetime(2013, 5, 29))


def test_teasers_each_stamped_with_a_date_and_time_do_not_date_the_page() -> None:
    lines = [
        "30. Dezember 2014, 17:10 Die Beauty-Highlights des neuen Jahres",
        "30. Dezember 2014, 16:01 Taylor Swift wurde zum dritten Mal geehrt",
        "Beauty Blog",
        "29",
        "Mai 2013",
    ]
    dated = find_date(lines, range(len(lines)), "de")
    assert dated is not None
    assert dated.value == datetime(2013, 5, 29)
    # one such line is the page's dateline with a byline after it, as before
    single = ["30. Dezember 2014, 17:10 von Jane Doe und John Roe", "Mai 2013"]
    assert find_date(single, range(2), "de") == (
        0,
        datetime(2014, 12, 30, 17, 10),
        "30. Dezember 2014, 17:10",
    )


def test_a_blogs_name_over_the_date_signs_no_post() -> None:
    lines = ["Lieblingsstück: die iPhone-Hülle", "Beauty Blog", "29. Mai 2013"]
    assert find_signature(lines, describe(lines), 2, 0) is None


def test_a_byline_with_an_entity_lynx_does_not_know_names_its_author() -> None:
    lines = ["A Reddit Post Sparked A Panic", "By Jason Tabrys &bullet; 12.29.14"]
    found = find_byline(lines, range(2), 0)
    assert found is not None
    assert [person.name for person in found[1]] == ["Jason Tabrys"]


def test_the_name_over_a_bulleted_handle_over_the_dateline_signs() -> None:
    lines = ["Tourism Could Be Making Penguins Sick", "* Nicholas St. Fleur", "* @SciFleur"]
    lines += ["* Dec 22, 2014", "* Comments"]
    found = find_signature(lines, describe(lines), 3, 0)
    assert found is not None
    assert found[0] == 1
    assert [person.name for person in found[1]] == ["Nicholas St. Fleur"]
