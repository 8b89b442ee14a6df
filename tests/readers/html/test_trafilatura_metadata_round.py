"""Rules from trafilatura's metadata tests (the twenty-second session): JSON-LD shapes and
faults, and author fields, each on a small page written here; each test's name says its
rule."""

from __future__ import annotations

from tests.readers.html.pages import ld, page

from newsconv.readers.html.metadata import read_metadata


def _script(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


def test_an_author_or_publisher_given_by_its_id_is_the_object_the_id_names() -> None:
    graph = {
        "@graph": [
            {"@type": "Article", "headline": "Dam opens", "author": {"@id": "#ann"},
             "publisher": {"@id": "#org"}},
            {"@type": "Person", "@id": "#ann", "name": "Ann Smith"},
        ]
    }  # fmt: skip
    publisher = {"@type": "NewsMediaOrganization", "@id": "#org", "name": "The Valley Times"}
    meta = read_metadata(page(ld(graph) + ld(publisher)), url=None)
    assert [p.name for p in meta.authors] == ["Ann Smith"]
    assert meta.site_name == "The Valley Times"


def test_a_person_named_by_a_list_an_object_or_given_additional_and_family_names() -> None:
    for author, names in [
        ({"@type": "Person", "name": ["Ann Smith", "Bo Li"]}, ["Ann Smith", "Bo Li"]),
        ({"@type": "Person", "name": {"@type": "Person", "name": "Ann Smith"}}, ["Ann Smith"]),
        (
            {
                "@type": "Person",
                "givenName": "Ann",
                "additionalName": "Marie",
                "familyName": "Smith",
            },
            ["Ann Marie Smith"],
        ),
    ]:
        data = {"@type": "NewsArticle", "headline": "Dam opens", "author": author}
        assert [p.name for p in read_metadata(page(ld(data)), url=None).authors] == names


def test_an_object_with_no_type_but_a_headline_is_the_article() -> None:
    data = {"@type": [], "headline": "Letters: Dam, roads", "author": {"name": "Ann Smith"}}
    meta = read_metadata(page(ld(data)), url=None)
    assert meta.title == "Letters: Dam, roads"
    assert [p.name for p in meta.authors] == ["Ann Smith"]


def test_jsonld_with_unescaped_quotes_in_a_string_or_text_after_it_is_mended() -> None:
    quoted = (
        '{"@type": "NewsArticle", "headline": "Mayor says "no" to the dam", '
        '"articleBody": "<a href="https://example.org/">Dam</a> plans stall.", '
        '"author": {"@type": "Person", "name": "Ann Smith"}}'
    )
    meta = read_metadata(page(_script(quoted)), url=None)
    assert meta.title == 'Mayor says "no" to the dam'
    assert [p.name for p in meta.authors] == ["Ann Smith"]
    trailing = '{"@type": "Article", "headline": "Dam opens",} BROKEN'
    assert read_metadata(page(_script(trailing)), url=None).title == "Dam opens"


def test_an_author_field_holding_the_bylines_links_names_the_people_linked() -> None:
    byline = 'By <a href="/p/ann-smith">Ann Smith</a> and <a href="/p/bo-li">Bo Li</a>, CNN'
    data = {"@type": "NewsArticle", "headline": "Dam opens", "author": {"name": byline}}
    meta = read_metadata(page(ld(data)), url=None)
    assert [p.name for p in meta.authors] == ["Ann Smith", "Bo Li"]
    link = "&lt;a href=&quot;/p/ann&quot;&gt;Ann Smith&lt;/a&gt;"
    tag = f'<meta property="og:author" content="By {link}">'
    assert [p.name for p in read_metadata(page(tag), url=None).authors] == ["Ann Smith"]


def test_a_name_loses_its_emoji_its_underscores_and_stray_marks() -> None:
    for stated, name in [
        ("Jenny Smith ❤️", "Jenny Smith"),
        ("Jenny_Smith", "Jenny Smith"),
        ("¿Tara Cosoleto", "Tara Cosoleto"),
    ]:
        meta = read_metadata(page(f'<meta name="author" content="{stated}">'), url=None)
        assert [p.name for p in meta.authors] == [name]


def test_an_empty_h1_is_passed_over_for_the_next_that_shows_words() -> None:
    meta = read_metadata(page(body="<h1>   </h1><h1>Dam opens</h1>"), url=None)
    assert meta.title == "Dam opens"


def test_article_publisher_names_the_site_when_it_is_a_name_not_an_address() -> None:
    for content, site in [
        ("The Valley Times", "The Valley Times"),
        ("https://www.facebook.com/valleytimes", None),
        ("@", None),
    ]:
        tag = f'<meta property="article:publisher" content="{content}">'
        assert read_metadata(page(tag), url=None).site_name == site


def test_a_keyword_without_a_letter_or_digit_is_no_tag() -> None:
    tag = '<meta name="keywords" content="dams, &amp;quot, rivers">'
    assert read_metadata(page(tag), url=None).tags == ("dams", "rivers")


def test_a_quotations_source_is_no_byline() -> None:
    for body in [
        "<div class='quote'><p>Dams matter.</p><p class='quote-author'>— Jenny Smith</p></div>",
        "<blockquote><p>Dams matter.</p><span class='author'>Jenny Smith</span></blockquote>",
    ]:
        assert read_metadata(page(body=body), url=None).authors == ()


def test_an_affiliation_after_from_ends_the_name() -> None:
    meta = read_metadata(page(body="<a class='author'>Jenny Smith from Dam Weekly</a>"), url=None)
    assert [p.name for p in meta.authors] == ["Jenny Smith"]


def test_the_twitter_cards_address_names_the_page_and_resolves_a_relative_canonical() -> None:
    card = '<meta name="twitter:url" content="https://valley.example/dam">'
    assert read_metadata(page(card), url=None).url == "https://valley.example/dam"
    relative = '<link rel="canonical" href="/news/dam">' + card.replace("/dam", "/")
    assert read_metadata(page(relative), url=None).url == "https://valley.example/news/dam"


def test_a_meta_named_image_gives_the_lead_picture_when_no_card_does() -> None:
    tag = '<meta property="image" content="https://valley.example/dam.jpg">'
    lead = read_metadata(page(tag), url=None).image
    assert lead is not None and lead.image.src == "https://valley.example/dam.jpg"


def test_links_to_tag_pages_in_a_box_named_for_tags_are_the_tags() -> None:
    box = (
        "<p class='entry-tags'><a href='https://valley.example/tag/dams/'>Dams</a>, "
        "<a href='https://valley.example/tag/rivers/'>Rivers</a> "
        "<a href='https://valley.example/about/'>About us</a></p>"
    )
    assert read_metadata(page(body=box), url=None).tags == ("Dams", "Rivers")


def test_links_to_category_pages_in_a_box_named_for_categories_are_the_tags() -> None:
    box = "<p class='entry-categories'><a href='https://valley.example/category/news/'>News</a></p>"
    assert read_metadata(page(body=box), url=None).tags == ("News",)
    widget = box.replace("entry-categories", "widget categories")
    assert read_metadata(page(body=widget), url=None).tags == ()
