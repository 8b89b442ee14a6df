"""RSS and Atom feeds as a batch: each entry an article with the entry's metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv.batch import Item, Limits, Unreadable, entries, kind_of
from newsconv.cli import app

STORY = (
    "<p>The city council voted on Tuesday to close the old bridge to cars, citing a survey "
    "that found deep cracks in two of its three arches.</p><p>Engineers had warned for years "
    "that the structure was carrying far more traffic than it was designed for.</p>"
)
RSS = f"""<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily News</title><language>en-gb</language>
<item><title>Bridge closes to cars</title><link>https://news.example/bridge</link>
<pubDate>Tue, 18 May 2021 06:50:00 +0100</pubDate><author>desk@news.example (Ann Lee)</author>
<dc:creator>Bo Chen</dc:creator><category>City</category><category>Transport</category>
<description>The council votes to close the bridge.</description>
<content:encoded><![CDATA[{STORY}]]></content:encoded></item>
<item><title>Only a summary</title><guid isPermaLink="false">tag:news.example,2021:2</guid>
<description>&lt;p&gt;Summary words, escaped as RSS escapes them.&lt;/p&gt;</description></item>
<item><title>Nothing</title><link>https://news.example/empty</link></item>
</channel></rss>
"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
<title>Городские новости</title>
<entry><title>Мост закрыт</title><id>urn:uuid:1</id>
<link rel="alternate" href="https://news.example/ru/most"/>
<link rel="enclosure" href="https://news.example/ru/most.mp3"/>
<published>2021-05-20T06:50:00+06:00</published><updated>2021-05-21T10:00:00+06:00</updated>
<author><name>Анна Ли</name></author><category term="город"/>
<summary type="text">Коротко &lt;о мосте&gt;</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{STORY}</div></content>
</entry></feed>
"""


def collect(path: Path) -> list[Item | Unreadable]:
    return list(entries([str(path)], limits=Limits()))


def test_rss_items_become_articles_with_their_metadata(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    feed.write_bytes(RSS.encode("cp1251"))
    first, second, third = collect(feed)
    assert isinstance(first, Item) and first.format == "html" and first.data == STORY.encode()
    assert first.url == "https://news.example/bridge" and first.name == "news.example/bridge"
    assert first.source == f"{feed}#1"
    assert first.hints == (
        ("title", "Bridge closes to cars"),
        ("authors", "Ann Lee"),
        ("authors", "Bo Chen"),
        ("published", "Tue, 18 May 2021 06:50:00 +0100"),
        ("tags", "City"),
        ("tags", "Transport"),
        ("description", "The council votes to close the bridge."),
        ("site_name", "Daily News"),
        ("lang", "en-gb"),
    )
    # a guid that is no permalink is no address; the summary is the article
    assert isinstance(second, Item) and second.url is None and second.name == "only-a-summary"
    assert second.data == b"<p>Summary words, escaped as RSS escapes them.</p>"
    assert isinstance(third, Unreadable) and "no text" in third.error


def test_atom_entries_with_xhtml_content_in_any_script(tmp_path: Path) -> None:
    feed = tmp_path / "news.atom"
    feed.write_text(ATOM, encoding="utf-8")
    (entry,) = collect(feed)
    assert isinstance(entry, Item) and entry.url == "https://news.example/ru/most"
    assert b"deep cracks" in (entry.data or b"")
    hints = dict(entry.hints)
    assert hints["title"] == "Мост закрыт" and hints["authors"] == "Анна Ли"
    assert hints["published"] == "2021-05-20T06:50:00+06:00"
    assert hints["modified"] == "2021-05-21T10:00:00+06:00"
    assert hints["description"] == "Коротко <о мосте>"
    assert hints["site_name"] == "Городские новости" and hints["lang"] == "ru"


def test_an_xml_file_is_a_feed_only_when_it_holds_one(tmp_path: Path) -> None:
    feed, other = tmp_path / "feed.xml", tmp_path / "sitemap.xml"
    feed.write_text(ATOM, encoding="utf-8")
    other.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    assert (kind_of(str(feed)), kind_of(str(other))) == ("feed", "file")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<html><body><p>A page</p></body></html>", "not an RSS or Atom feed"),
        ("", "not a feed"),
    ],
)
def test_what_is_no_feed_is_one_failed_entry(tmp_path: Path, text: str, error: str) -> None:
    feed = tmp_path / "broken.rss"
    feed.write_text(text)
    (entry,) = collect(feed)
    assert isinstance(entry, Unreadable) and error in entry.error


def test_a_feed_cut_short_gives_the_entries_before_the_cut(tmp_path: Path) -> None:
    feed = tmp_path / "cut.rss"
    feed.write_text(RSS[: RSS.index("<item><title>Only")] + "<item><title>Cut", encoding="utf-8")
    found = collect(feed)
    assert isinstance(found[0], Item) and found[0].url == "https://news.example/bridge"


def test_an_entity_naming_a_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    feed = tmp_path / "xxe.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><title>T &x;</title><description>Words &x;</description>"
        "</item></channel></rss>"
    )
    (entry,) = collect(feed)
    assert isinstance(entry, Item) and entry.data is not None
    assert "TOP SECRET" not in entry.data.decode() + json.dumps(entry.hints)


def test_a_feed_to_one_book_and_to_json_lines(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    feed.write_bytes(RSS.encode("cp1251"))
    out = tmp_path / "news.jsonl"
    result = CliRunner().invoke(app, ["convert", str(feed), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1  # the entry with no text fails, the others are written
    docs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    first = docs[0]["metadata"]
    assert first["title"] == "Bridge closes to cars"
    assert [a["name"] for a in first["authors"]] == ["Ann Lee", "Bo Chen"]
    assert first["published"] == "2021-05-18T06:50:00+01:00"
    assert first["site_name"] == "Daily News" and first["tags"] == ["City", "Transport"]
    assert first["url"] == "https://news.example/bridge"
    assert len(docs) == 2
    pytest.importorskip("newsconv.writers.epub")
    book = tmp_path / "digest.epub"
    result = CliRunner().invoke(app, ["convert", str(feed), "-o", str(book), "-j", "1"])
    assert result.exit_code == 1 and book.read_bytes()[:2] == b"PK"


def test_a_feed_read_as_one_page_says_how_to_convert_it() -> None:
    """From standard input, or fetched from a web address, a feed is one input: its
    entries are not mashed into one article, and the error says what works."""
    result = CliRunner().invoke(app, ["convert", "-", "--to", "md", "-o", "-"], input=RSS)
    assert result.exit_code == 1
    assert "an RSS or Atom feed holds many articles" in result.stderr
    assert "newsconv feed.rss -o digest.epub" in result.stderr
