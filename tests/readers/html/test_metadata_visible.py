"""Metadata that follows what the reader sees: the headline over the article, the byline
and date beside it, not a trail's, a teaser's, a comment's or a quoted post's."""

from __future__ import annotations

from tests.readers.html.pages import ld, page

from newsconv.readers.html.metadata import read_metadata


def _og(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def test_a_breadcrumb_h1_is_not_the_headline() -> None:
    head = (
        "<title>Short SEO headline here | Magazine</title>"
        + ld({"@type": "NewsArticle", "headline": "Short SEO headline here"})
        + _og("og:title", "The longer headline the article shows")
    )
    body = (
        '<div class="breadcrumb"><ol><li><a href="/">Home</a></li>'
        "<li><h1>Short SEO headline here</h1></li></ol></div>"
        "<main><header><h2>The longer headline the article shows</h2></header>"
        "<p>Text of the article, long enough to be one.</p></main>"
    )
    assert read_metadata(page(head, body), url=None).title == (
        "The longer headline the article shows"
    )


def test_a_trails_headline_shown_outside_it_too_is_the_headline() -> None:
    head = ld({"@type": "BlogPosting", "headline": "Court: recipes.example.com"})
    head += "<title>Court: recipes.example</title>" + _og("og:title", "Court: recipes.example")
    body = (
        '<div class="logo"><h1><a href="/"><img src="logo.png" alt=""></a></h1></div>'
        '<div class="breadcrumbs"><ul><li><h1>Court: recipes.example.com</h1></li></ul></div>'
        "<main><h2>Court: recipes.example.com</h2><p>Text of the article, long enough.</p></main>"
    )
    assert read_metadata(page(head, body), url=None).title == "Court: recipes.example.com"


def test_a_cut_title_takes_the_headings_dashes() -> None:
    head = "<title>Mystery bag - every woman needs a secret! - Ann Berg - Lady Blog</title>"
    head += _og("og:site_name", "Ann Berg - Lady Blog")
    body = "<article><h1>Mystery bag – every woman needs a secret!</h1><p>Text.</p></article>"
    title = read_metadata(page(head, body), url=None).title
    assert title == "Mystery bag – every woman needs a secret!"


def test_a_stated_title_takes_the_headings_case_not_its_marks() -> None:
    head = ld({"@type": "Article", "name": "T-distributed embedding"})
    head += "<title>t-distributed embedding - Wiki</title>"
    meta = read_metadata(page(head, "<h1>t-distributed embedding</h1>"), url=None)
    assert meta.title == "t-distributed embedding"
    stated = "Pills &quot;burned her up&quot;"
    head = _og("og:title", stated) + _og("twitter:title", stated)
    meta = read_metadata(page(head, "<h1>Pills “burned her up”</h1>"), url=None)
    assert meta.title == 'Pills "burned her up"'
    meta = read_metadata(page(head, "<h1>Pills &quot;burned her up&quot;¶</h1>"), url=None)
    assert meta.title == 'Pills "burned her up"'
    meta = read_metadata(page(head, "<h1>PILLS &quot;BURNED HER UP&quot;</h1>"), url=None)
    assert meta.title == 'Pills "burned her up"'
    head = "<title>Debt collection abroad | Law Firm</title>"
    meta = read_metadata(page(head, "<h1>DEBT COLLECTION ABROAD</h1>"), url=None)
    assert meta.title == "Debt collection abroad"


def test_without_an_h1_an_h2_shows_which_part_of_the_title_is_the_headline() -> None:
    head = "<title>Jane's Digital Home | Our long road to the new release</title>"
    body = (
        '<div id="content"><h2>Our long road to the new release</h2><p>Text.</p></div>'
        '<div id="sidebar"><h2>Categories</h2></div>'
    )
    meta = read_metadata(page(head, body), url=None)
    assert meta.title == "Our long road to the new release"


def test_an_h2_alone_is_no_title() -> None:
    meta = read_metadata(page("", "<h2>Page being edited</h2><p>Text.</p>"), url=None)
    assert meta.title is None


def test_a_quoted_posts_time_does_not_date_the_page() -> None:
    body = (
        "<article><h1>Agency wins the account</h1><p class='date'>29. Januar 2019</p>"
        "<p>The agency won the account after a long pitch, the company said today.</p>"
        '<blockquote class="embed"><p>Our post</p>'
        '<time datetime="2018-03-12T19:30:12+00:00">12 Mar 2018</time></blockquote></article>'
    )
    meta = read_metadata(page("", body), url=None)
    assert meta.published is not None and meta.published.date().isoformat() == "2019-01-29"


def test_a_comments_time_does_not_date_the_page() -> None:
    body = (
        "<article><h1>Outdoor lovers</h1><div>Do 24. Mai 2018, 08:30</div>"
        "<p>A long walk along the river with a new jacket and two dogs in tow.</p></article>"
        '<div id="comments"><article class="comment-body"><footer>Ann '
        '<time datetime="2018-05-24T10:58:04+00:00">10:58</time></footer></article></div>'
    )
    meta = read_metadata(page("", body), url=None)
    assert meta.published is not None and meta.published.isoformat() == "2018-05-24T08:30:00"


def test_a_teasers_pubdate_does_not_date_the_page() -> None:
    body = (
        '<article><header><h1>The chronicle</h1><p class="publication">'
        '<time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p></header>'
        "<p>Text of the chronicle.</p></article>"
        '<div class="more"><article class="hentry"><h3>Another story</h3>'
        '<time pubdate datetime="2019-09-24T13:34:33Z">24 sept.</time></article></div>'
    )
    meta = read_metadata(page("", body), url=None)
    assert meta.published is not None and meta.published.isoformat() == "2019-06-28T13:49:45+00:00"


def test_a_clock_labelled_utc_takes_the_tags_zone() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2014-05-14T15:40:14+00:00"})
    head += _og("article:published_time", "2014-05-14T15:40:14+02:00")
    meta = read_metadata(page(head, "<h1>A</h1>"), url=None)
    assert meta.published is not None and meta.published.isoformat() == "2014-05-14T15:40:14+02:00"


def test_a_date_header_takes_the_time_the_posts_stamp_gives() -> None:
    body = (
        '<div class="date-outer"><h2 class="date-header">Friday, December 23, 2016</h2>'
        '<div class="post"><h3>Release 3.6 is out</h3><p>It is out now. </p>'
        + "<p>"
        + "The release brings new syntax and a faster interpreter. " * 5
        + "</p>"
        '<span class="post-timestamp">at <abbr class="published" '
        'title="2016-12-23T05:11:00-05:00">5:11 AM</abbr></span></div></div>'
    )
    meta = read_metadata(page("", body), url=None)
    assert meta.published is not None and meta.published.isoformat() == "2016-12-23T05:11:00-05:00"


def test_a_site_suffix_behind_a_single_guillemet_is_cut() -> None:
    head = "<title>How the river mill was rebuilt › Mill Weekly</title>"
    head += _og("og:title", "How the river mill was rebuilt › Mill Weekly")
    body = "<article><h1>How the river mill was rebuilt</h1><p>Text of it.</p></article>"
    assert read_metadata(page(head, body), url=None).title == "How the river mill was rebuilt"


def test_a_heading_that_only_links_the_front_page_is_the_sites_name() -> None:
    head = "<title>Autumn fair › Old Town Museum Society of Elmwood</title>"
    body = (
        '<h1><a href="https://museum.example/">Old Town Museum Society of Elmwood</a></h1>'
        "<main><p>The autumn fair opens on Saturday with crafts and music.</p></main>"
    )
    metadata = read_metadata(page(head, body), url=None)
    assert metadata.title == "Autumn fair"
    assert metadata.site_name == "Old Town Museum Society of Elmwood"


def test_a_profession_before_the_name_is_not_part_of_it() -> None:
    head = '<meta name="author" content="Rechtsanwältin Jana Obermeier">'
    body = "<article><h1>Who owns a photo of a dish</h1><p>Text of the article.</p></article>"
    assert [a.name for a in read_metadata(page(head, body), url=None).authors] == ["Jana Obermeier"]


def test_a_hidden_mark_of_the_last_change_is_not_the_publication() -> None:
    body = (
        "<article><h1>Reading the ruling on paid posts</h1>"
        '<div class="post-meta-info"><span class="updated rich-snippet-hidden">'
        "2021-03-02T10:00:00+01:00</span><span>Mai 4, 2020</span></div>"
        "<p>Text of the article, long enough to be one.</p></article>"
    )
    published = read_metadata(page("<title>Ruling</title>", body), url=None).published
    assert published is not None and published.date().isoformat() == "2020-05-04"


def test_the_date_in_the_articles_own_footer_is_read() -> None:
    body = (
        "<section class='post'><header><h1>Basic income is a right</h1></header>"
        "<article><p>" + "The march starts at noon and ends at the embassy. " * 6 + "</p>"
        "</article><footer class='meta'><span class='post-date'>12. September 2013</span>"
        "</footer></section><footer class='site'><span class='date'>1. Mai 2020</span></footer>"
    )
    meta = read_metadata(page("<title>Basic income is a right</title>", body), url=None)
    assert meta.published is not None and meta.published.date().isoformat() == "2013-09-12"


def test_the_date_under_an_h2_headline_beats_a_widgets_h1_that_begins_like_it() -> None:
    body = (
        "<div class='title'><h2>Ear Candy!</h2><p>Freitag | 14. Juni 2019 | 15:49</p></div>"
        "<div class='story'><p>" + "Earrings are the detail that finishes a look. " * 6 + "</p>"
        "<div class='widget'><h1>Ear Candy alert</h1><p>Sale from 01.08.2019</p></div></div>"
    )
    meta = read_metadata(page(_og("og:title", "Ear Candy!"), body, html_attrs="lang=de"), url=None)
    assert meta.published is not None and meta.published.isoformat() == "2019-06-14T15:49:00"


def test_an_affiliation_after_the_name_is_no_author() -> None:
    body = (
        "<h1>Interactive maps</h1><p class='meta'>By <a href='/a/'>Ann Smith</a>, "
        "Example Foundation</p><p>" + "Maps are now available in every language. " * 6 + "</p>"
    )
    meta = read_metadata(page("<title>Interactive maps</title>", body), url=None)
    assert [p.name for p in meta.authors] == ["Ann Smith"]


def test_a_stated_headline_cut_short_is_the_heading_that_shows_it_whole() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Every city should learn from the harbour..."})
    head += "<title>Every city should learn from the harbour plan | Daily</title>"
    head += _og("og:title", "A harbour lesson")
    body = "<h1>Every city should learn from the harbour plan</h1><p>Text of the article.</p>"
    meta = read_metadata(page(head, body), url=None)
    assert meta.title == "Every city should learn from the harbour plan"


_STORY = "<p>" + "The council voted to close the old bridge for a year of repairs. " * 4 + "</p>"


def test_a_story_footer_the_prune_removes_signs_and_dates_it() -> None:
    body = (
        f"<article><h1>Bridge closes</h1>{_STORY * 3}"
        "<div class='post-footer'>Posted on March 3, 2020 by Jane Doe</div></article>"
    )
    meta = read_metadata(page("<title>Bridge closes</title>", body), url=None)
    assert [a.name for a in meta.authors] == ["Jane Doe"]
    assert meta.published is not None and meta.published.date().isoformat() == "2020-03-03"
    body = (
        f"<article><h1>Bridge closes</h1>{_STORY * 3}<footer class='entry-meta'><p>Posted on "
        "<time datetime='2020-03-03'>March 3</time> by <a href='/u/jd'>Jane Doe</a></p></footer>"
        "</article>"
    )
    assert [a.name for a in read_metadata(page("", body), url=None).authors] == ["Jane Doe"]


def test_a_footer_outside_the_storys_box_signs_nothing() -> None:
    body = (
        f"<article><h1>Bridge closes</h1>{_STORY * 3}</article>"
        "<aside><div class='post-meta'>Posted on March 3, 2020 by Jane Doe</div></aside>"
        f"<article><h2>Another story</h2>{_STORY}"
        "<div class='post-footer'>Posted by the newsroom</div></article>"
    )
    assert read_metadata(page("", body), url=None).authors == ()
