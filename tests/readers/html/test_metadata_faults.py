"""Metadata faults seen on real pages outside the corpus, each on a small page of its own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.readers.html.pages import ld, page

from newsconv.diagnostics import Collector
from newsconv.model import Person
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html.meta.byline import author_names, closing_signature
from newsconv.readers.html.meta.language import language_tag
from newsconv.readers.html.meta.title import SiteNames, clean_title
from newsconv.readers.html.metadata import read_metadata

# --- language --------------------------------------------------------------------------

CHINESE = "<p>女儿出嫁，郑板桥没有钱置办嫁妆，就画了几笔兰花送给女儿，成为一段佳话流传至今。</p>"


def test_a_charset_declared_as_the_language_gives_way_to_the_next_source() -> None:
    head = (
        '<meta http-equiv="Content-Language" content="utf-8">'
        '<meta property="og:locale" content="zh_CN">'
    )
    assert read_metadata(page(head, CHINESE), url=None).lang == "zh-CN"


def test_a_broken_declaration_alone_leaves_the_language_to_detection() -> None:
    head = '<meta http-equiv="Content-Language" content="utf-8">'
    assert read_metadata(page(head, CHINESE), url=None).lang == "zh"


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("en", "en"),
        ("en_GB", "en-GB"),
        ("zh-Hans-CN", "zh-Hans-CN"),
        ("es-419", "es-419"),
        ("de, en", "de"),
        ("utf-8", None),
        ("iso-8859-1", None),
        ("windows-1251", None),
        ("English", None),
        ("und", None),
        ("x-default", None),
    ],
)
def test_a_declared_language_must_be_a_tag_of_a_known_language(value: str, tag: str | None) -> None:
    assert language_tag(value) == tag


# --- dates -----------------------------------------------------------------------------


def test_a_dateline_in_the_layout_table_around_the_headline_dates_the_page() -> None:
    body = (
        "<table><tr><td><h1>ԿԳ նախարար. Տարկետման համար</h1>"
        '<div class="article_date">18 հունվարի 2018 - 15:01 AMT</div>'
        "<p>Տարկետման իրավունքից օգտվելու համար ուսանողը պետք է լինի լավագույններից։</p>"
        "</td></tr></table>"
    )
    meta = read_metadata(page("", body, html_attrs='lang="hy"'), url=None)
    assert meta.published == datetime(2018, 1, 18, 15, 1)


def test_a_date_in_a_table_beside_the_article_still_dates_something_else() -> None:
    body = (
        "<h1>Headline of the story</h1><p>" + "The story itself goes on here. " * 10 + "</p>"
        '<table><tr><td class="date">18 January 2018</td><td>Concert</td></tr></table>'
    )
    assert read_metadata(page("", body), url=None).published is None


def test_a_malformed_stated_date_is_refused_for_the_next_source() -> None:
    head = ld({"@type": "NewsArticle", "dateModified": "2020-01-10T00:59:47ZZ"})
    head += '<meta property="article:modified_time" content="2020-01-11 00:59:47">'
    assert read_metadata(page(head), url=None).modified == datetime(2020, 1, 11, 0, 59, 47)


def test_a_change_before_the_publication_gives_way_to_a_later_one() -> None:
    head = (
        '<meta property="article:published_time" content="2020-01-10T09:00:04+00:00">'
        '<meta property="article:modified_time" content="2020-01-09T23:00:00+00:00">'
        '<meta property="og:updated_time" content="2020-01-11T10:00:00+00:00">'
    )
    modified = read_metadata(page(head), url=None).modified
    assert modified == datetime(2020, 1, 11, 10, tzinfo=timezone.utc)


def test_a_change_before_the_publication_alone_is_dropped() -> None:
    head = (
        '<meta property="article:published_time" content="2020-01-10T09:00:04+00:00">'
        '<meta property="article:modified_time" content="2020-01-10T01:00:00">'
    )
    assert read_metadata(page(head), url=None).modified is None


def test_a_microformat_abbr_gives_the_time_its_words_leave_out() -> None:
    body = (
        "<h1>Décisions de l’AG Éducation</h1>"
        '<p class="info-publi"><abbr class="published" title="2019-09-11T12:30:39Z">'
        "mercredi 11 septembre 2019</abbr></p>"
    )
    published = read_metadata(page("", body, html_attrs='lang="fr"'), url=None).published
    assert published == datetime(2019, 9, 11, 12, 30, 39, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "line",
    [
        # the abbr inside a byline's line, beside an element giving only its words
        '<div class="posttime"><abbr class="published" title="2010-08-13T16:39:00-04:00">'
        "Aug 13, 2010 – 4:39 PM</abbr></div>",
        '<cite class="byline">By Ann Smith | AP – <abbr title="2010-08-13T20:39:00Z">'
        "1 hr 4 mins ago</abbr></cite>",
    ],
)
def test_an_abbr_inside_a_byline_line_gives_its_time(line: str) -> None:
    body = f"<h1>The few, the proud</h1>{line}<p>The story.</p>"
    published = read_metadata(page("", body), url=None).published
    assert published == datetime(2010, 8, 13, 20, 39, tzinfo=timezone.utc)


def test_a_time_marked_updated_gives_the_last_change() -> None:
    body = (
        '<h1>Une candidature collective</h1><p class="posted-on">'
        '<time class="entry-date published" datetime="2020-01-20T08:40:32+01:00">20/01</time>'
        '<time class="updated" datetime="2020-01-20T12:08:45+01:00">20/01</time></p>'
    )
    meta = read_metadata(page("", body), url=None)
    paris = timezone(timedelta(hours=1))
    assert meta.published == datetime(2020, 1, 20, 8, 40, 32, tzinfo=paris)
    assert meta.modified == datetime(2020, 1, 20, 12, 8, 45, tzinfo=paris)


# --- titles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网", "女儿出嫁，郑板桥画了几笔兰花当嫁妆"),
        ("Storm closes every school in the valley || Weather || Valley News", None),
        ("Storm closes every school in the valley - - Valley News", None),
        ("Storm closes every school in the valley :: Valley News", None),
    ],
)
def test_doubled_separators_are_cut_whole(title: str, want: str | None) -> None:
    headline = want or "Storm closes every school in the valley"
    cut = clean_title(title, sites=SiteNames(), headings=[headline], guess=True)
    assert cut.title == headline


def test_a_title_cut_leaves_no_separator_at_its_ends() -> None:
    sites = SiteNames(("Valley News",))
    cut = clean_title("Storm closes every school in the valley :: :: Valley News", sites=sites)
    assert cut.title == "Storm closes every school in the valley"


def test_a_title_keeps_its_own_ends_where_nothing_was_cut() -> None:
    title = "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::"
    assert clean_title(title, sites=SiteNames()).title == title


def test_the_title_s_last_part_names_the_site_when_nothing_else_does() -> None:
    head = "<title>女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网</title>"
    meta = read_metadata(
        page(head, "<h1>女儿出嫁，郑板桥画了几笔兰花当嫁妆</h1>" + CHINESE), url=None
    )
    assert (meta.title, meta.site_name) == ("女儿出嫁，郑板桥画了几笔兰花当嫁妆", "人民网")


def test_a_hyphenated_domain_names_the_site_in_the_title() -> None:
    title = "Internet-Law » Verstößt der Ausschluss von Pseudonymen gegen deutsches Recht?"
    meta = read_metadata(page(f"<title>{title}</title>"), url="http://www.internet-law.de/a.html")
    assert meta.title == "Verstößt der Ausschluss von Pseudonymen gegen deutsches Recht?"
    assert meta.site_name == "Internet-Law"


def test_a_stated_site_name_wins_over_the_title_s_last_part() -> None:
    head = (
        '<meta property="og:site_name" content="People\'s Daily Online">'
        "<title>Storm closes every school in the valley - Weather - People</title>"
    )
    meta = read_metadata(page(head, "<h1>Storm closes every school in the valley</h1>"), url=None)
    assert meta.site_name == "People's Daily Online"


# --- authors ---------------------------------------------------------------------------


def test_a_domain_named_as_the_author_is_the_site() -> None:
    head = '<meta name="author" content="speicherguide.de">'
    assert read_metadata(page(head), url="https://www.speicherguide.de/news/a").authors == ()


def test_a_byline_giving_the_page_s_own_domain_is_the_publisher_signing() -> None:
    head = '<meta name="author" content="Deutsche Welle (www.dw.com)">'
    body = '<h1>Uncork the mystery</h1><p class="author">By Ben Knight</p>'
    meta = read_metadata(page(head, body), url="https://www.dw.com/en/uncork/a-1")
    assert meta.authors == (Person("Ben Knight"),)


def test_a_staff_e_mail_address_on_the_site_s_domain_is_still_a_person_s() -> None:
    head = '<meta name="author" content="Ben Knight (ben.knight@dw.com)">'
    meta = read_metadata(page(head), url="https://www.dw.com/en/uncork/a-1")
    assert meta.authors == (Person("Ben Knight"),)


@pytest.mark.parametrize(
    "label", ["Author: Julia Hitz", "Autorin: Julia Hitz", "Auteur : Julia Hitz"]
)
def test_an_author_label_is_no_part_of_the_name(label: str) -> None:
    assert author_names([label]) == ("Julia Hitz",)


# --- tags and text ---------------------------------------------------------------------

TAG_LINKS = (
    "<h1>Une candidature collective</h1><p>Le texte de l’article.</p>"
    '<footer class="entry-footer"><span class="cat-links">'
    '<a href="/category/politique" rel="category tag">Politique</a></span>'
    '<span class="tags-links"><a href="/tag/evaluation" rel="tag">évaluation</a>'
    '<a href="/tag/hceres" rel="tag">HCERES</a></span></footer>'
    '<aside><a href="/tag/autre" rel="tag">Autre sujet</a></aside>'
)


def test_tag_links_give_the_tags_when_no_tag_states_them() -> None:
    meta = read_metadata(page("", f"<article>{TAG_LINKS}</article>"), url=None)
    assert meta.tags == ("Politique", "évaluation", "HCERES")


def test_stated_tags_win_over_tag_links() -> None:
    head = '<meta name="keywords" content="science, research">'
    meta = read_metadata(page(head, f"<article>{TAG_LINKS}</article>"), url=None)
    assert meta.tags == ("science", "research")


def test_a_template_s_print_of_an_empty_variable_is_no_value() -> None:
    head = (
        '<meta name="news_keywords" content="null,Sudan, undefined ,South Sudan">'
        '<meta name="author" content="undefined"><meta name="author" content="Ann Lee">'
        '<meta property="og:site_name" content="null">'
    )
    meta = read_metadata(page(head), url=None)
    assert meta.tags == ("Sudan", "South Sudan")
    assert [person.name for person in meta.authors] == ["Ann Lee"]
    assert meta.site_name != "null"


def test_a_tag_s_slug_is_the_tag_and_a_path_is_none() -> None:
    head = (
        '<meta name=\'parsely-page\' content=\'{"tags": ["Media Ink", "/article"]}\'>'
        '<meta name="sailthru.tags" content="amazon,e-books,media-ink,">'
    )
    meta = read_metadata(page(head), url=None)
    assert meta.tags == ("Media Ink", "amazon", "e-books")


@pytest.mark.parametrize("stated", ["14-12-29", "29-12-14", "29/12/14"])
@pytest.mark.skipif(
    datetime.now() > datetime(2029, 12, 14), reason="both readings of 14-12-29 have come"
)
def test_a_date_of_two_digit_numbers_is_read_in_the_order_that_is_not_yet_to_come(
    stated: str,
) -> None:
    head = f'<meta property="article:published_time" content="{stated}">'
    meta = read_metadata(page(head), url=None)
    assert meta.published == datetime(2014, 12, 29)


def test_a_canonical_link_without_its_scheme_takes_https_on_a_page_saved_without_one() -> None:
    head = '<link rel="canonical" href="//www.example.com/2014/12/selma">'
    assert read_metadata(page(head), url=None).url == "https://www.example.com/2014/12/selma"
    given = read_metadata(page(head), url="http://www.example.com/x")
    assert given.url == "http://www.example.com/2014/12/selma"


def test_a_description_cut_at_an_unescaped_quote_is_read_whole_from_another_tag() -> None:
    head = (
        '<meta property="og:description" content="Strikes hit the "Big Three" carmakers.">'
        '<meta name="twitter:description" '
        'content="Strikes hit the &quot;Big Three&quot; carmakers.">'
    )
    meta = read_metadata(page(head), url=None)
    assert meta.description == 'Strikes hit the "Big Three" carmakers.'


def test_a_line_break_s_escape_written_out_before_the_break_is_a_space() -> None:
    head = (
        "<meta property='og:description' content='Wages are not enough\\n\nThe centre asked.\\n'>"
    )
    meta = read_metadata(page(head), url=None)
    assert meta.description == "Wages are not enough The centre asked."


def test_a_backslash_n_inside_words_stays() -> None:
    head = "<meta name='description' content='Files under C:\\new are kept'>"
    assert read_metadata(page(head), url=None).description == "Files under C:\\new are kept"


def test_entities_escaped_twice_are_decoded_and_their_tags_merged() -> None:
    head = (
        '<meta name="description" content="Der neue &amp;bdquo;Härting&amp;rdquo;&amp;nbsp;">'
        '<meta property="article:tag" content="Science &amp; Health">'
        '<meta name="parsely-tags" content="Science &amp;amp;amp; Health">'
    )
    meta = read_metadata(page(head), url=None)
    assert meta.description == "Der neue „Härting”"
    assert meta.tags == ("Science & Health",)


# --- lead image ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "href",
    [
        "https://s0.wp.com/i/blank.jpg",
        "/images/spacer.gif",
        "https://cdn.example/img/pixel.gif",
        "https://cdn.example/transparent-1x1.png",
        "https://www.news.example/images/social_placeholder.png",
    ],
)
def test_a_blank_placeholder_is_no_lead_image(href: str) -> None:
    head = f'<meta property="og:image" content="{href}">'
    head += '<link rel="image_src" href="/wp-content/themes/site/logo.png">'
    assert read_metadata(page(head), url="https://blog.example/post").image is None


@pytest.mark.parametrize(
    "href", ["https://cdn.example/photos/blank-verse-poets.jpg", "https://cdn.example/pixel-7.jpg"]
)
def test_a_picture_whose_name_merely_holds_such_a_word_is_kept(href: str) -> None:
    head = f'<meta property="og:image" content="{href}">'
    image = read_metadata(page(head), url=None).image
    assert image is not None and image.image.src == href


def test_a_stated_day_takes_the_time_the_page_writes_for_it() -> None:
    head = '<meta name="publishdate" content="2019-06-15">'
    body = "<h1>女儿出嫁</h1><div>2019年06月15日08:18 来源：人民网</div>" + CHINESE
    assert read_metadata(page(head, body), url=None).published == datetime(2019, 6, 15, 8, 18)


def test_a_stated_day_takes_a_time_element_of_the_evening_before() -> None:
    # the tag gives the UTC day of a story published at 20:08 in New York
    head = '<meta name="sailthru.date" content="2014-06-30">'
    body = (
        '<h1>T</h1><p class="byline">By Sam Byford <time datetime="2014-06-29 20:08:00-0400" '
        "pubdate>June 29, 2014 08:08 pm</time></p><p>Story.</p>"
    )
    want = datetime(2014, 6, 29, 20, 8, tzinfo=timezone(timedelta(hours=-4)))
    assert read_metadata(page(head, body), url=None).published == want


def test_a_stated_day_passes_over_the_masthead_s_today() -> None:
    head = '<meta name="DC.date.issued" content="2011-10-05">'
    body = (
        '<div id="lastUpdatedDate">Thursday 06 October 2011</div><h1>T</h1>'
        '<p class="publishedDate">9:39AM BST 05 Oct 2011</p><p>Story.</p>'
    )
    want = datetime(2011, 10, 5, 9, 39, tzinfo=timezone(timedelta(hours=1)))
    assert read_metadata(page(head, body), url=None).published == want


@pytest.mark.parametrize(
    ("story", "want"),
    [
        # the banner's "today" is no date of the article's: its own byline's is
        ('<p class="byline">27 juin 2019 Par Elba</p>', datetime(2019, 6, 27)),
        # a short list under the headline is its dateline
        ("<ul class=info><li>27 juin 2019</li><li>Par Elba</li></ul>", datetime(2019, 6, 27)),
        # and a page that dates the article nowhere else has no date
        ("", None),
    ],
)
def test_the_banner_s_edition_date_does_not_date_the_article(
    story: str, want: datetime | None
) -> None:
    banner = (
        '<header role="banner"><a class="logo" href="/">Le Club'
        '<span class="date-edition">lun. 5 août 2019</span></a></header>'
    )
    body = f"{banner}<main><h1>Violences policières</h1>{story}<p>Story.</p></main>"
    assert read_metadata(page("", body), url=None).published == want


def test_a_list_of_teasers_under_the_headline_dates_nothing() -> None:
    teasers = "".join(f"<li>Story {n}, 1 June 2019</li>" for n in range(8))
    body = f"<h1>T</h1><ul>{teasers}</ul><p>Story.</p>"
    assert read_metadata(page("", body), url=None).published is None


def test_an_article_s_own_header_still_dates_it() -> None:
    body = (
        '<article><header><h1>T</h1><span class="date">5 août 2019</span></header>'
        "<p>Story.</p></article>"
    )
    assert read_metadata(page("", body), url=None).published == datetime(2019, 8, 5)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the tag misnames the zone in October; the byline's words give the right one
        (
            "By Maggie Haberman | 10/9/10 7:15 AM EDT",
            datetime(2010, 10, 9, 7, 15, tzinfo=timezone(timedelta(hours=-4))),
        ),
        # a time without its zone may be the same instant (whole hours apart): the tag's
        # stands; minutes apart, it is another time
        ("By Maggie Haberman | 10/9/10 6:15 AM", None),
        ("First Posted: 10-09-10 08:25 AM", datetime(2010, 10, 9, 8, 25)),
        # as does a zoned time of another day (a teaser's, an update's)
        ("By Maggie Haberman | 10/11/10 7:15 AM EDT", None),
    ],
)
def test_a_byline_s_zoned_time_outranks_a_tag_that_contradicts_it(
    line: str, want: datetime | None
) -> None:
    head = '<meta name="publish_date" content="Sat, 09 Oct 2010 07:15:45 EST">'
    body = f'<h1>T</h1><div class="byline">{line}</div><p>Story.</p>'
    stated = datetime(2010, 10, 9, 7, 15, 45, tzinfo=timezone(timedelta(hours=-5)))
    published = read_metadata(page(head, body, html_attrs='lang="en"'), url=None).published
    assert published == (want or stated)


def test_a_stated_day_keeps_no_time_of_another_day() -> None:
    head = '<meta name="publishdate" content="2019-06-15">'
    body = "<h1>女儿出嫁</h1><div>2019年06月16日08:18 来源：人民网</div>" + CHINESE
    assert read_metadata(page(head, body), url=None).published == datetime(2019, 6, 15)


LONG_TEXT = "<p>" + "Schwierige Gespräche gehören zum Alltag jeder Führungskraft. " * 5 + "</p>"


def test_a_dateline_right_above_the_headline_dates_the_page() -> None:
    body = (
        f'<div class="detailheader">14.06.2019 (ch)</div><h1>Schwierige Gespräche</h1>{LONG_TEXT}'
    )
    meta = read_metadata(page("", body, html_attrs='lang="de"'), url=None)
    assert meta.published == datetime(2019, 6, 14)


def test_a_date_further_above_the_headline_is_the_site_s_clock() -> None:
    body = f"<div>Freitag, 14.06.2019</div><nav>Home</nav><h1>Schwierige Gespräche</h1>{LONG_TEXT}"
    meta = read_metadata(page("", body, html_attrs='lang="de"'), url=None)
    assert meta.published is None


@pytest.mark.parametrize(
    ("author", "site", "want"),
    [
        ("Ediciones El País", "EL PAÍS", ()),  # the publisher, named after its paper
        ("Le Monde avec AFP", "Le Monde", ()),
        ("Reuters Graphics", "Reuters", ()),
        ("Ann Smith", "Ann", ("Ann Smith",)),  # one short word says nothing
        ("Paul Monde", "Le Monde", ("Paul Monde",)),  # not the whole name
    ],
)
def test_an_author_holding_the_site_s_name_is_the_publisher(
    author: str, site: str, want: tuple[str, ...]
) -> None:
    assert author_names([author], exclude=[site], declared=True) == want
    # A visible byline may name a blog after its author ("Steven's home posted on ..."),
    # and keeps it.
    assert author_names(["Ediciones El País"], exclude=["EL PAÍS"]) == ("Ediciones El País",)


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        (["그는 말했다.", "최윤호 기자 uknow@donga.com"], ("최윤호",)),
        (["The end of the story.", "Jane Doe (jane.doe@example.com)"], ("Jane Doe",)),
        (["Questions? Contact us at news@example.com"], ()),  # no name alone
        (["Jane Doe (jane@example.com)", "One.", "Two.", "Three."], ()),  # not at the end
        # the word for reporter alone after a name signs too; not at the end of a sentence
        (["그는 말했다.", "김민지 기자"], ("김민지",)),
        (["그는 말했다.", "이 기사를 쓴 사람은 기자"], ()),
    ],
)
def test_a_story_signed_at_its_end(closing: list[str], names: tuple[str, ...]) -> None:
    assert closing_signature(closing) == names


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        (
            '<p style="text-align:right;"><strong>Tâm Giao</strong><br><em>Ảnh:</em> Cao Hiếu</p>',
            (Person("Tâm Giao"),),
        ),
        # not the last of its container, not aligned right, or no name
        ('<p style="text-align:right"><b>Tâm Giao</b></p><p>More text.</p>', ()),
        ("<p><strong>Tâm Giao</strong></p>", ()),
        ('<p style="text-align: right"><strong>Xem thêm</strong></p>', ()),
    ],
)
def test_a_name_in_bold_closing_the_story_on_the_right_signs_it(
    closing: str, names: tuple[Person, ...]
) -> None:
    body = f"<h1>T</h1><div><p>Đêm nhạc dự kiến gồm những ca khúc nổi tiếng.</p>{closing}</div>"
    assert read_metadata(page("", body), url=None).authors == names


def test_the_reader_takes_the_closing_signature_when_no_byline_names_anyone() -> None:
    body = "".join(
        f"<p>{i}. 경기도 용인에 자리 잡은 민간 시험인증 전문기업이다.</p>" for i in range(8)
    )
    html = f"<html><body><article><h1>제목</h1>{body}<p>최윤호 기자 uknow@donga.com</p></article>"
    doc = HtmlReader().read(
        f"{html}</body></html>".encode(), options=ReadOptions(), source=None, report=Collector()
    )
    assert doc.metadata.authors == (Person("최윤호"),)


def test_the_site_s_name_spelt_otherwise_is_no_author() -> None:
    head = '<meta name="author" content="Kulu-Media">'
    head += '<meta property="og:site_name" content="Kulu Media">'
    assert read_metadata(page(head), url=None).authors == ()


@pytest.mark.parametrize(
    ("dateline", "names"),
    [
        ("新华社巴黎12月9日电（记者唐霁）", ("唐霁",)),
        ("本报北京6月15日讯（记者 张伟 李娜）", ("张伟", "李娜")),
        ("人民网北京6月15日电 (记者：王欣、刘洋)", ("王欣", "刘洋")),
    ],
)
def test_a_chinese_dateline_names_its_reporters(dateline: str, names: tuple[str, ...]) -> None:
    body = (
        f"<p>首页</p><p>{dateline}法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革。</p>"
    )
    meta = read_metadata(page("", body), url=None)
    assert tuple(person.name for person in meta.authors) == names


def test_reporters_named_further_into_the_article_are_not_its_byline() -> None:
    body = (
        "<p>法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革，首都巴黎交通几乎完全瘫痪。</p>"
        "<p>据此前报道（记者唐霁）法国各工会号召10日继续举行全国跨行业大罢工及游行。</p>"
    )
    assert read_metadata(page("", body), url=None).authors == ()


@pytest.mark.parametrize(
    "byline", ["株式会社インプレス", "AKIBA PC Hotline!編集部", "Example Media GmbH", "Acme Corp"]
)
def test_a_company_or_a_desk_is_no_author(byline: str) -> None:
    assert author_names([byline]) == ()


def test_a_person_beside_a_company_is_kept() -> None:
    assert author_names(["太田 亮三、株式会社インプレス"]) == ("太田 亮三",)
