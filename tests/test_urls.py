"""Malformed addresses the fuzzer found: each costs its own link or image, never the article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsconv
from newsconv.batch.naming import url_name
from newsconv.model import Document, Figure, Image, Metadata, Paragraph, Person, Text
from newsconv.options import BookInfo
from newsconv.urls import Resolver, join, split

BAD = "http://[::1"  # urllib: ValueError("Invalid IPv6 URL")
BODY = "<p>Plain words of an ordinary article sentence, long enough to be the body.</p>" * 4


def test_join_and_split_survive_a_malformed_address() -> None:
    assert join("http://example.com/a/", "b.png") == "http://example.com/a/b.png"
    assert join(BAD, "b.png") == "b.png"
    assert join("http://example.com/", BAD) == BAD
    assert split(BAD) is None
    assert split("https://example.com/x").netloc == "example.com"


@pytest.mark.parametrize(
    "head, body",
    [
        (f"<base href='{BAD}'>", "<a href='x.html'>x</a><img src='a.png'>"),
        (f"<link rel=canonical href='{BAD}/x'>", ""),
        (f"<meta property='og:image' content='{BAD}/x.png'>", ""),
        ("<base href='http://example.com/'>", f"<a href='{BAD}'>x</a><img src='{BAD}/a.png'>"),
    ],
)
def test_html_reader(head: str, body: str) -> None:
    page = f"<html><head>{head}<title>T</title></head><body><article>{body}{BODY}</article>"
    doc = newsconv.read(page.encode(), format="html", on_diagnostic=lambda _: None)
    assert "ordinary article" in newsconv.write(doc, to="txt").decode()


def test_book_of_articles_with_a_malformed_address() -> None:
    meta = Metadata(title="T", url=BAD, authors=(Person("A", BAD),), image=Figure(Image(BAD)))
    doc = Document(meta, (Paragraph((Text("Body."),)),))
    book = newsconv.write_book([doc, doc], to="epub", book=BookInfo(group_by="site"))
    assert book.startswith(b"PK")


def test_batch_output_name() -> None:
    assert url_name(f"{BAD}/story") == "page/http-1-story"
    assert url_name("https://example.com/a/b.html") == "example.com/a/b.html"


@pytest.mark.parametrize("to", ["epub", "pdf"])
def test_a_malformed_source_address_costs_no_more_than_its_images(to: str) -> None:
    # The source's folder was asked of urllib, whose ValueError became a ResourceError
    # that failed the whole book instead of leaving the image out.
    doc = Document(Metadata(title="T", source=f"{BAD}/"), (Figure(Image("a.png")),))
    assert newsconv.write(doc, to=to, on_diagnostic=lambda _: None)


BASES = [
    "https://example.com/a/b.html",
    "http://Example.COM:8080/dir/",
    "HTTPS://example.com",
    "https://user@example.com/a;p?q=1#f",
    "ftp://example.com/a/",
    "file:///home/page.html",
    "https:///no-host",
    "/relative/base",
    BAD,
    None,
]
#: Characters that make urllib rewrite an address, among plain path characters.
_URL_CHARS = "/./..?#;:@[] \t\n\x00%aZ9é~"


@pytest.mark.parametrize("base", BASES)
@given(
    start=st.sampled_from(["/", "", "http://", "https://", "HTTP://", "https:", "//"]),
    rest=st.text(alphabet=_URL_CHARS, max_size=12),
)
def test_resolver_resolves_as_join_does(base: str | None, start: str, rest: str) -> None:
    assert Resolver(base)(start + rest) == join(base, start + rest)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    "url",
    ["/wiki/Page", "/wiki/File:A.jpg", "/a/./b", "/a/../b", "/a/.", "//cdn.example.org/x",
     "/a?b", "/a#b", "/a?#b", "/a?b#", "/a;b", "/a b", "/", "/?q", "/#f", "", "b.png", "../b",
     "https://other.org/x", "http://example.com/a/../b?q=1#f", "https://example.com/a;p",
     "https://example.com?", "https://[::1]/x", "https://ex\u2100ample.com/", BAD],
)  # fmt: skip
def test_resolver_resolves_common_addresses_as_join_does(base: str | None, url: str) -> None:
    assert Resolver(base)(url) == join(base, url)


def test_resolver_leaves_plain_addresses_to_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_urljoin(base: str, url: str) -> str:
        raise AssertionError(f"urljoin({base!r}, {url!r})")

    monkeypatch.setattr("newsconv.urls.urljoin", no_urljoin)
    resolve = Resolver("https://example.com/a/b.html")
    assert resolve("/wiki/File:A.jpg?x=1#top") == "https://example.com/wiki/File:A.jpg?x=1#top"
    assert resolve("http://other.org/a/../b") == "http://other.org/a/../b"
