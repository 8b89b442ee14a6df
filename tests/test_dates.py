"""The shared date finder: a table of strings in many languages and the datetimes they state."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.conftest import corpus_cases

import newsconv
from newsconv.dates import find_dates, parse_date
from newsconv.dates.patterns import date_patterns, date_patterns_in, initials, month_numbers
from newsconv.dates.vocabulary import MONTHS
from newsconv.readers.text.vocabulary import BYLINE_WORDS, CREDIT_LABELS

UTC = timezone.utc
MSK = timezone(timedelta(hours=3))
EDT, EST = timezone(timedelta(hours=-4)), timezone(timedelta(hours=-5))
PAGE = datetime(2021, 5, 20, 12, 0)


def at(*parts: int, tz: timezone | None = None) -> datetime:
    return datetime(*parts, tzinfo=tz)  # type: ignore[arg-type, misc]


ABSOLUTE = [
    # ISO 8601 and RFC 2822
    ("2021-05-20", None, at(2021, 5, 20)),
    ("2021-05-20T06:50", None, at(2021, 5, 20, 6, 50)),
    ("2021-05-20T06:50:00Z", None, at(2021, 5, 20, 6, 50, tz=UTC)),
    ("2021-05-20T06:50:00+03:00", None, at(2021, 5, 20, 6, 50, tz=MSK)),
    (
        "2021-05-20T06:50:00.123-0500",
        None,
        datetime(2021, 5, 20, 6, 50, 0, 123000, timezone(timedelta(hours=-5))),
    ),
    ("Thu, 20 May 2021 06:50:00 +0300", None, at(2021, 5, 20, 6, 50, tz=MSK)),
    ("Thu, 20 May 2021 06:50:00 GMT", None, at(2021, 5, 20, 6, 50, tz=UTC)),
    # numeric, by language convention
    ("20.05.2021", "ru", at(2021, 5, 20)),
    ("05.06.2021", "de", at(2021, 6, 5)),
    ("5/6/2021", "en", at(2021, 5, 6)),
    ("5/6/2021", "en-GB", at(2021, 6, 5)),
    ("5/6/2021", "fr", at(2021, 6, 5)),
    ("5/20/2021", None, at(2021, 5, 20)),
    ("20-05-21", "nl", at(2021, 5, 20)),
    ("2021/05/20 18:30", "ja", at(2021, 5, 20, 18, 30)),
    ("12:46 08.04.2015", "de", at(2015, 4, 8, 12, 46)),
    # month names
    ("20 мая 2021 06:50", "ru", at(2021, 5, 20, 6, 50)),
    ("20 мая 2021 г., 06:50", "ru", at(2021, 5, 20, 6, 50)),
    ("06:50, 20 мая 2021", "ru", at(2021, 5, 20, 6, 50)),
    ("20 травня 2021 року, 06:50", "uk", at(2021, 5, 20, 6, 50)),
    ("20 мамыр 2021", "kk", at(2021, 5, 20)),
    ("May 20, 2021, 6:50 a.m.", "en", at(2021, 5, 20, 6, 50)),
    ("May 20, 2021 6:50 PM EDT", "en", at(2021, 5, 20, 18, 50, tz=timezone(timedelta(hours=-4)))),
    # a browser's copy of two spans, the year's and the time's, with no space between
    ("May 20, 20216:50 PM EDT", "en", at(2021, 5, 20, 18, 50, tz=EDT)),
    ("20 May 202112:30", "en", at(2021, 5, 20, 12, 30)),
    ("Updated 12:30 p.m. ET, Thu May 20, 2021", "en", at(2021, 5, 20)),
    ("May 20th 2021 at 6 pm", "en", at(2021, 5, 20, 18, 0)),
    ("20 May 2021 18:30 BST", "en-GB", at(2021, 5, 20, 18, 30, tz=timezone(timedelta(hours=1)))),
    ("20 mai 2021 à 06h50", "fr", at(2021, 5, 20, 6, 50)),
    ("30 avril 2015 à 07:19", "fr", at(2015, 4, 30, 7, 19)),
    # the time the story went online, labelled, after the day
    ("Mardi 24 janvier 2017 | Mise en ligne à 12h02", "fr", at(2017, 1, 24, 12, 2)),
    ("March 3, 2017 | Posted at 4:05 pm", "en", at(2017, 3, 3, 16, 5)),
    ("24 janvier 2017 | Mis à jour à 12h02", "fr", at(2017, 1, 24, 12, 2)),
    ("1er juillet 2020", "fr", at(2020, 7, 1)),
    ("20. Mai 2021, 6:50 Uhr", "de", at(2021, 5, 20, 6, 50)),
    ("07.11.2023, 10.55 Uhr", "de", at(2023, 11, 7, 10, 55)),  # a Swiss paper's dotted time
    ("8 November 2023, 9.45pm", "en", at(2023, 11, 8, 21, 45)),  # an Irish site's dotted time
    ("3. März 2020", "de", at(2020, 3, 3)),
    ("20 de mayo de 2021 a las 18:30", "es", at(2021, 5, 20, 18, 30)),
    ("20 de maio de 2021 às 18h30", "pt", at(2021, 5, 20, 18, 30)),
    ("21.dez.2018 às 12h55", "pt", at(2018, 12, 21, 12, 55)),
    ("20 maggio 2021 alle 18:30", "it", at(2021, 5, 20, 18, 30)),
    ("20 mei 2021 om 18:30", "nl", at(2021, 5, 20, 18, 30)),
    ("11 mars 2026 kl 06:56", "sv", at(2026, 3, 11, 6, 56)),  # svt.se's footer
    ("11 mars 2026 klockan 06:56", "sv", at(2026, 3, 11, 6, 56)),
    ("20 maja 2021 o 18:30", "pl", at(2021, 5, 20, 18, 30)),
    ("20. května 2021 18:30", "cs", at(2021, 5, 20, 18, 30)),
    ("1. listopadu 2021", "cs", at(2021, 11, 1)),
    ("20 Mayıs 2021 18:30", "tr", at(2021, 5, 20, 18, 30)),
    ("2021. gada 20. maijā", "lv", at(2021, 5, 20)),
    ("2021 m. gegužės 20 d.", "lt", at(2021, 5, 20)),
    ("20 Μαΐου 2021", "el", at(2021, 5, 20)),
    ("٢٠ مايو ٢٠٢١", "ar", at(2021, 5, 20)),
    ("20 मई 2021 06:50", "hi", at(2021, 5, 20, 6, 50)),
    ("04 آب/اغسطس 2013، 02:21", "ar", at(2013, 8, 4, 2, 21)),
    ("4 أغسطس 2013 الساعة 02:21", "ar", at(2013, 8, 4, 2, 21)),
    # an "updated" label between the date and its time
    ("04 آب/اغسطس 2013، آخر تحديث 02:21", "ar", at(2013, 8, 4, 2, 21)),
    # Arabic's halves of the day and zones in words after the time; "م" after a year is
    # the era's ("2023م"), not "p.m."
    ("06/11/2023 02:20 م (بتوقيت مكة المكرمة)", "ar", at(2023, 11, 6, 14, 20, tz=MSK)),
    ("6 نوفمبر 2023 - 14:20 بتوقيت غرينتش", "ar", at(2023, 11, 6, 14, 20, tz=UTC)),
    ("٦ نوفمبر ٢٠٢٣ ٠٩:٠٠ صباحاً", "ar", at(2023, 11, 6, 9, 0)),
    ("الإثنين 6 نوفمبر 2023م 04:30", "ar", at(2023, 11, 6, 4, 30)),
    ("20 мая 2021, обновлено 06:50", "ru", at(2021, 5, 20, 6, 50)),
    ("May 20, 2021, updated: 6:50 p.m.", "en", at(2021, 5, 20, 18, 50)),
    # a zone named in words before the time (BBC Chinese: "Greenwich Mean Time 10:41")
    ("2012年12月10日, 格林尼治标准时间10:41", "zh", at(2012, 12, 10, 10, 41, tz=timezone.utc)),
    ("2021年5月20日 北京时间18:30", "zh", at(2021, 5, 20, 18, 30, tz=timezone(timedelta(hours=8)))),
    ("3 सितंबर 2021", "hi", at(2021, 9, 3)),
    ("20 أيار 2021", "ar", at(2021, 5, 20)),
    ("28 آب/اغسطس 2013", "ar", at(2013, 8, 28)),
    ("28 اغسطس 2013", "ar", at(2013, 8, 28)),
    ("20 تشرين الأول 2021", "ar", at(2021, 10, 20)),
    ("٢٠/٥/٢٠٢١ ١٨:٣٠", "ar", at(2021, 5, 20, 18, 30)),
    ("12:30 a.m., May 20, 2021", "en", at(2021, 5, 20, 0, 30)),
    ("May 20, 2021 12:05 p.m.", "en", at(2021, 5, 20, 12, 5)),
    # Spanish's abbreviation of "agosto"
    ("24 Ago, 2026", "es", at(2026, 8, 24)),
    # "p. m." glued to the next span's label, as a browser copies two spans
    ("24 de agosto de 2026 06:28 p. m.Actualizado", "es", at(2026, 8, 24, 18, 28)),
    # CJK
    ("2021年5月20日", "zh", at(2021, 5, 20)),
    ("2021年5月20日 18時30分", "ja", at(2021, 5, 20, 18, 30)),
    ("2021年05月20日 18:30", "zh", at(2021, 5, 20, 18, 30)),
    ("2021年5月20日(木) 午後6時30分", "ja", at(2021, 5, 20, 18, 30)),
    ("2021년 5월 20일 오후 6:30", "ko", at(2021, 5, 20, 18, 30)),
    # a dotted numeric date closed by a dot, then its time (Naver's "입력" line)
    ("2021.05.20. 오후 6:30", "ko", at(2021, 5, 20, 18, 30)),
    # Indonesia's zones (detik.com: "Kamis, 20 Mei 2021 18:30 WIB")
    ("20 Mei 2021 18:30 WIB", "id", at(2021, 5, 20, 18, 30, tz=timezone(timedelta(hours=7)))),
    ("20 Mei 2021 18:30 WITA", "id", at(2021, 5, 20, 18, 30, tz=timezone(timedelta(hours=8)))),
    # zones
    ("2021-05-20 06:50 GMT+6", None, at(2021, 5, 20, 6, 50, tz=timezone(timedelta(hours=6)))),
    ("20.05.2021 06:50 UTC", None, at(2021, 5, 20, 6, 50, tz=UTC)),
    ("20.05.2021 06:50 (МСК)", "ru", at(2021, 5, 20, 6, 50, tz=MSK)),
    (
        "04 آب/اغسطس 2013 02:21 (GMT+0400)",
        "ar",
        at(2013, 8, 4, 2, 21, tz=timezone(timedelta(hours=4))),
    ),
    ("9:39AM BST 05 Oct 2011", "en-GB", at(2011, 10, 5, 9, 39, tz=timezone(timedelta(hours=1)))),
    ("Friday June 7, 2013 @ 6:43pm EDTTags: TV", "en", at(2013, 6, 7, 18, 43, tz=EDT)),
    # US zones named without the season: summer time by the date (and the hour it starts)
    ("Wed, 21 Sep 2011 | 4:35 PM ET", "en", at(2011, 9, 21, 16, 35, tz=EDT)),
    (
        "January 25, 2014 3:53 p.m. PT",
        "en",
        at(2014, 1, 25, 15, 53, tz=timezone(timedelta(hours=-8))),
    ),
    ("March 10, 2013 1:59 AM ET", "en", at(2013, 3, 10, 1, 59, tz=EST)),
    ("March 10, 2013 3:00 AM ET", "en", at(2013, 3, 10, 3, 0, tz=EDT)),
    ("October 30, 2005 1:00 AM ET", "en", at(2005, 10, 30, 1, 0, tz=EDT)),
    ("October 30, 2005 3:00 AM ET", "en", at(2005, 10, 30, 3, 0, tz=EST)),
    # a one-digit day or month padded with a space
    ("10/ 5/11 09:19 PM", "en", at(2011, 10, 5, 21, 19)),
]


@pytest.mark.parametrize(("text", "lang", "want"), ABSOLUTE, ids=[c[0] for c in ABSOLUTE])
def test_parse_date(text: str, lang: str | None, want: datetime) -> None:
    assert parse_date(text, lang=lang) == want


RELATIVE = [
    ("вчера, 18:30", at(2021, 5, 19, 18, 30)),
    ("Сегодня 09:15", at(2021, 5, 20, 9, 15)),
    ("yesterday at 6:30 pm", at(2021, 5, 19, 18, 30)),
    ("hier à 18h30", at(2021, 5, 19, 18, 30)),
    ("gestern, 18:30 Uhr", at(2021, 5, 19, 18, 30)),
    ("ayer", at(2021, 5, 19)),
    ("昨天 18:30", at(2021, 5, 19, 18, 30)),
    ("2 hours ago", at(2021, 5, 20, 10, 0)),
    ("il y a 3 heures", at(2021, 5, 20, 9, 0)),
    ("vor 30 Minuten", at(2021, 5, 20, 11, 30)),
    ("hace 2 días", at(2021, 5, 18, 12, 0)),
    ("5 минут назад", at(2021, 5, 20, 11, 55)),
    ("3小时前", at(2021, 5, 20, 9, 0)),
    ("3 години тому", at(2021, 5, 20, 9, 0)),
    ("3시간 전", at(2021, 5, 20, 9, 0)),
    ("منذ 3 ساعات", at(2021, 5, 20, 9, 0)),
    # Arabic's singular and dual units carry their count: an hour, two hours, two days
    ("منذ ساعة", at(2021, 5, 20, 11, 0)),
    ("منذ ساعتين", at(2021, 5, 20, 10, 0)),
    ("قبل يومين", at(2021, 5, 18, 12, 0)),
    ("منذ أسبوعين", at(2021, 5, 6, 12, 0)),
    ("أمس، 18:30", at(2021, 5, 19, 18, 30)),
    ("۳ ساعت پیش", at(2021, 5, 20, 9, 0)),
    ("πριν από 2 ημέρες", at(2021, 5, 18, 12, 0)),
    ("3 घंटे पहले", at(2021, 5, 20, 9, 0)),
    ("20 мая, 06:50", at(2021, 5, 20, 6, 50)),
    ("3 décembre", at(2020, 12, 3)),
]


@pytest.mark.parametrize(("text", "want"), RELATIVE, ids=[c[0] for c in RELATIVE])
def test_relative_dates_need_the_page_date(text: str, want: datetime) -> None:
    assert parse_date(text, relative_to=PAGE) == want
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "قبل يوم الجمعة",  # "before Friday": a singular day is no count
        "hace días",  # "for days": a plural needs its number
        "il y a heures",
    ],
)
def test_a_unit_without_a_number_is_no_relative_date_unless_it_says_one(text: str) -> None:
    assert parse_date(text, relative_to=PAGE) is None


def test_relative_dates_take_the_zone_of_the_page_date() -> None:
    page = PAGE.replace(tzinfo=MSK)
    assert parse_date("вчера, 18:30", relative_to=page) == at(2021, 5, 19, 18, 30, tz=MSK)
    assert parse_date("2 hours ago", relative_to=page) == at(2021, 5, 20, 10, 0, tz=MSK)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no date here",
        "31.02.2021",
        "version 10.10.2",
        "call 555-1234",
        "May the force be with you",
        "He scored 20 points in 2021",
        "at 25:70",
        "the year 2021",
    ],
)
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_in_running_text() -> None:
    text = "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)"
    found = list(find_dates(text, lang="fr"))
    assert [m.value for m in found] == [at(2015, 4, 30, 7, 19), at(2015, 4, 30, 7, 38)]
    assert [text[m.start : m.end] for m in found] == [
        "30 avril 2015 à 07:19",
        "30 avril 2015 à 07:38",
    ]
    assert all(m.has_time for m in found)


def test_find_dates_tells_a_date_from_a_date_time() -> None:
    found = list(find_dates("Published 20.05.2021, updated 21.05.2021 09:00"))
    assert [m.has_time for m in found] == [False, True]


def test_find_dates_is_linear_on_long_text() -> None:
    text = "Lorem ipsum 20 dolor sit amet, 2021 consectetur. " * 4000
    assert list(find_dates(text)) == []


def test_every_month_form_means_one_month() -> None:
    seen: dict[str, tuple[str, int]] = {}
    for lang, months in MONTHS.items():
        assert len(months.split("|")) == 12, lang
        for number, forms in enumerate(months.split("|"), start=1):
            for form in forms.split():
                if form in seen:
                    assert seen[form][1] == number, (form, lang, seen[form])
                seen[form] = (lang, number)
    assert month_numbers()["мая"] == 5


@pytest.mark.parametrize(
    "text",
    ["2021-05-20", "2021年5月20日", "20 мая", "May 20", "2021. gada 20. maijā", "20.05.2021"],
)
def test_every_date_shape_carries_its_clue(text: str) -> None:
    assert date_patterns_in(text)
    assert next(find_dates(text, relative_to=datetime(2021, 6, 1)))


@pytest.mark.parametrize(
    ("text", "shapes"),
    [
        ("2021-05-20", 2),  # ISO and numeric day-month-year
        ("20-05-21", 1),  # no four-digit year: not ISO
        ("5月20日", 1),
        ("May the force be with you", 0),  # every shape needs a digit
        ("20 мая", 2),  # day-month and month-day; the year-first shapes need a year
        ("20 мая 2021", 3),  # and the Lithuanian year-first shape
        ("2021. gada 20. maijā", 4),  # and the Latvian one
        ("20 мая 2021-05-20", 5),
    ],
)
def test_only_the_shapes_whose_clue_the_text_holds_run(text: str, shapes: int) -> None:
    assert len(date_patterns_in(text)) == shapes


@pytest.mark.parametrize("text", ["5 comments", "Page 2 of 10", "Top 10 stories of 2021"])
def test_text_without_a_clue_skips_the_date_patterns(text: str) -> None:
    assert not date_patterns_in(text) and not list(find_dates(text))


def assert_clues_skip_only_shapes_that_cannot_match(texts: list[str]) -> None:
    for text in texts:
        gated = date_patterns_in(text)
        for _, pattern in date_patterns():
            if pattern.search(text):
                assert pattern in gated, (text, pattern.pattern[:60])


def test_clues_skip_no_shape_that_matches_a_table_entry() -> None:
    absolute = [text for text, _, _ in ABSOLUTE]
    relative = [text for text, _ in RELATIVE]
    upper = [text.upper() for text in absolute + relative]
    assert_clues_skip_only_shapes_that_cannot_match(absolute + relative + upper)


@pytest.mark.parametrize("case", corpus_cases("textdumps"), ids=lambda case: case.name)
def test_clues_skip_no_shape_that_matches_a_corpus_line(corpus: Path, case: Path) -> None:
    lines = (case / "input.txt").read_text("utf-8", errors="replace").splitlines()
    assert_clues_skip_only_shapes_that_cannot_match(lines)


def test_iso_dates_never_compile_the_date_shapes() -> None:
    """Compiling the multilingual shapes costs tens of milliseconds of every start-up."""
    code = (
        "from newsconv.dates import parse_date, patterns\n"
        "assert parse_date('2021-05-20T06:50:00+03:00') is not None\n"
        "print(patterns.date_patterns.cache_info().currsize,"
        " patterns._clue_patterns.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["0", "0"], result.stderr


@pytest.mark.parametrize(
    "words",
    [tuple(month_numbers()), BYLINE_WORDS, CREDIT_LABELS],
    ids=["months", "bylines", "credit labels"],
)
def test_initials_accept_exactly_the_characters_the_words_can_start_with(
    words: tuple[str, ...],
) -> None:
    # Case-insensitive matching folds more than str.lower does (the Kelvin sign, long s,
    # Cyrillic tall letters): every character of the Basic Multilingual Plane is tried.
    lookahead = re.compile(initials(words), re.IGNORECASE)
    branches = re.compile("|".join(sorted({re.escape(word[0]) for word in words})), re.IGNORECASE)
    assert lookahead.match("\u212a") or "k" not in "".join(word[0] for word in words)
    for code in range(0x10000):
        char = chr(code)
        assert bool(lookahead.match(char)) == bool(branches.match(char)), hex(code)


@pytest.mark.parametrize("text", ["20 MAY 2021", "3 Dec 2020", "20 МАЯ 2021"])
def test_month_names_are_found_in_any_case(text: str) -> None:
    assert next(find_dates(text), None) is not None


def test_a_month_name_matched_only_by_case_folding_is_no_date() -> None:
    assert list(find_dates("ſeptember 3, 2021")) == []  # long s: matched, then refused


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2016-09-13T07:00-500", timedelta(hours=-5)),
        ("2016-09-13T07:00:12+530", timedelta(hours=5, minutes=30)),
        ("2016-09-13T07:00-0500", timedelta(hours=-5)),
    ],
)
def test_a_three_digit_zone_offset_keeps_the_zone(text: str, offset: timedelta) -> None:
    """Some content systems write "-500" for -05:00 (the Washington Post's pages): read as
    written it is no ISO 8601 zone, and the time lost its zone."""
    found = parse_date(text)
    assert found is not None and found.utcoffset() == offset
    assert found.replace(tzinfo=None) in (datetime(2016, 9, 13, 7), datetime(2016, 9, 13, 7, 0, 12))


def test_a_tag_s_three_digit_zone_offset_keeps_the_zone() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2016-09-13T07:00-500">'
        "</head><body><article><h1>Rates hold</h1><p>"
        + "The board kept its rate where it was for a third month running. " * 4
        + "</p></article></body></html>"
    )
    published = newsconv.read(html.encode(), format="html").metadata.published
    assert published == datetime(2016, 9, 13, 7, tzinfo=timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\n" + " " * 60 + "Sunday, May 8, 2016\n\n" + " " * 160, datetime(2016, 5, 8)),
        ("2017-08-15\n" + " " * 200 + "x", datetime(2017, 8, 15)),
        ("2021 m. gegužės 20 d." + " " * 200, datetime(2021, 5, 20)),
        ("May 8, 2016" + " " * 100 + ", 10:30 pm", datetime(2016, 5, 8, 22, 30)),
    ],
)
def test_a_date_before_a_run_of_spaces(text: str, want: datetime) -> None:
    """An element's text keeps its page's indentation: the date before it is read (and
    its time after the spaces) without the regex trying every split of the run."""
    assert [found.value for found in find_dates(text)] == [want]
