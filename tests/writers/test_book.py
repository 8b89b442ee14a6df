"""The shared book plan: repeats left out, chapters sorted, grouped and named."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsconv.build import para
from newsconv.diagnostics import Collector
from newsconv.model import Document, Metadata
from newsconv.options import BookInfo
from newsconv.writers.book import UNDATED, canonical_url, plan_book


def article(
    title: str,
    *,
    url: str | None = None,
    when: datetime | None = None,
    site: str | None = None,
    lang: str | None = None,
    text: str = "",
) -> Document:
    meta = Metadata(title=title, url=url, published=when, site_name=site, lang=lang)
    return Document(meta, (para(text or f"The body of {title}."),))


def titles(docs: list[Document], info: BookInfo | None = None) -> list[str]:
    book = plan_book(docs, info or BookInfo(), Collector())
    return [chapter.title for chapter in book.chapters]


def test_sorted_by_date_with_undated_last_in_input_order() -> None:
    day = datetime(2021, 5, 3, tzinfo=timezone.utc)
    docs = [
        article("undated A"),
        article("late", when=day + timedelta(days=2)),
        article("undated B"),
        article("early", when=day),
    ]
    assert titles(docs) == ["early", "late", "undated A", "undated B"]
    assert titles(docs, BookInfo(sort="input")) == [doc.metadata.title for doc in docs]


def test_dates_compare_across_time_zones_and_naive_dates() -> None:
    paris = timezone(timedelta(hours=2))
    docs = [
        article("noon in Paris", when=datetime(2021, 5, 3, 12, tzinfo=paris)),  # 10:00 UTC
        article("naive eleven", when=datetime(2021, 5, 3, 11)),
        article("nine UTC", when=datetime(2021, 5, 3, 9, tzinfo=timezone.utc)),
    ]
    assert titles(docs) == ["nine UTC", "noon in Paris", "naive eleven"]


def test_a_book_is_dated_as_its_newest_article_says() -> None:
    paris = timezone(timedelta(hours=2))
    naive = [article("a", when=datetime(2013, 10, 24, 3)), article("b", when=datetime(2013, 10, 1))]
    # a time with no zone is not made UTC: the EPUB then says the day alone
    assert plan_book(naive, BookInfo(), Collector()).date == datetime(2013, 10, 24, 3)
    aware = [article("c", when=datetime(2021, 5, 3, 12, tzinfo=paris)), *naive]
    assert plan_book(aware, BookInfo(), Collector()).date == datetime(2021, 5, 3, 12, tzinfo=paris)


def test_the_same_article_twice_is_included_once() -> None:
    report = Collector()
    docs = [
        article("One", url="https://Example.com/news/1/#top"),
        article("One again", url="http://example.com/news/1"),
        article("Two", text="Same words."),
        article("Two", text="Same   words."),
        article("Three", text="Other words."),
    ]
    book = plan_book(docs, BookInfo(sort="input"), report)
    assert [c.title for c in book.chapters] == ["One", "Two", "Three"]
    assert [d.code for d in report.items] == ["duplicate-article", "duplicate-article"]


def test_chapter_ids_are_unique_padded_and_titles_never_empty() -> None:
    docs = [article(f"T{i}", url=f"https://e.org/{i}") for i in range(12)]
    docs.append(Document(Metadata(), (para("untitled body"),)))
    book = plan_book(docs, BookInfo(sort="input"), Collector())
    assert [c.id for c in book.chapters][:2] == ["ch01", "ch02"]
    assert len({c.id for c in book.chapters}) == 13
    assert book.chapters[-1].title == "Article 13"


def test_group_by_date_and_by_site() -> None:
    day = datetime(2021, 5, 3, 8, tzinfo=timezone.utc)
    docs = [
        article("b", when=day, site="Zeta News"),
        article("a", when=day + timedelta(days=1), url="https://www.alpha.org/x"),
        article("c", when=day + timedelta(hours=2), site="Zeta News"),
        article("d"),
    ]
    by_date = plan_book(docs, BookInfo(group_by="date"), Collector())
    assert [(label, [c.title for c in run]) for label, run in by_date.groups()] == [
        ("2021-05-03", ["b", "c"]),
        ("2021-05-04", ["a"]),
        (UNDATED, ["d"]),
    ]
    by_site = plan_book(docs, BookInfo(group_by="site"), Collector())
    assert [label for label, _ in by_site.groups()] == ["alpha.org", "Other sources", "Zeta News"]


def test_language_and_direction_follow_the_articles_unless_given() -> None:
    docs = [article("x", lang="he"), article("y", lang="he", text="b"), article("z", lang="en")]
    book = plan_book(docs, BookInfo(), Collector())
    assert (book.lang, book.dir) == ("he", "rtl")
    assert plan_book(docs, BookInfo(lang="fr"), Collector()).dir == "ltr"
    declared = Document(Metadata(title="q", dir="rtl"), (para("lorem ipsum"),))
    assert plan_book([declared], BookInfo(), Collector()).dir == "rtl"


def test_a_title_in_another_language_than_the_book_says_which() -> None:
    docs = [article("x", lang="en"), article("y", lang="en", text="b"), article("z", lang="ja")]
    docs.append(article("w", lang="ar"))
    book = plan_book(docs, BookInfo(sort="input"), Collector())
    english, _, japanese, arabic = book.chapters
    assert book.title_language(english) == {}
    assert book.title_language(japanese) == {"lang": "ja", "dir": "ltr"}
    assert book.title_language(arabic) == {"lang": "ar", "dir": "rtl"}


def test_identifier_is_stable_and_depends_on_the_articles() -> None:
    docs = [article("a", url="https://e.org/a"), article("b", url="https://e.org/b")]
    first = plan_book(docs, BookInfo(), Collector()).identifier
    assert first == plan_book(list(docs), BookInfo(), Collector()).identifier
    assert first.startswith("urn:uuid:")
    assert first != plan_book(docs[:1], BookInfo(), Collector()).identifier


def test_canonical_url_refuses_relative_urls() -> None:
    assert canonical_url("/news/1") is None
    assert canonical_url("https://E.com/a/") == "https://e.com/a"


def test_a_book_given_no_title_is_named_after_the_site_its_articles_share() -> None:
    same = [article("a", site="Daily News"), article("b", site="Daily News")]
    mixed = [*same, article("c", site="Evening Post")]
    assert plan_book(same, BookInfo(), Collector()).title == "Daily News"
    assert plan_book(mixed, BookInfo(), Collector()).title == "Articles"
    assert plan_book([article("d")], BookInfo(), Collector()).title == "Articles"
    assert plan_book(same, BookInfo(title="Week 12"), Collector()).title == "Week 12"
