"""Pages replayed by a web archive: their own address and the time they were saved are
read from the archive's address, which stays in the metadata's extra."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import newsconv
from newsconv.urls import Archived, archived

WAYBACK = "https://web.archive.org/web/20150724120000/http://news.example/2015/bridge"
STORY = "".join(
    f"<p>Paragraph {n} of the council's story about the bridge, which closed to cars on "
    "Tuesday after engineers found deep cracks in two of its three arches.</p>"
    for n in range(4)
)
#: The replay's toolbar as the Wayback Machine inserts it, hidden until its script runs.
TOOLBAR = (
    '<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base" style="display:none">'
    '<div id="wm-ipp"><a href="/web/">Wayback Machine</a> JUL AUG SEP 24 2014 2015 2016 '
    '<a href="/web/20150724120000*/http://news.example/2015/bridge">118 captures</a> '
    "24 Jul 2015 - 19 Feb 2023 COLLECTED BY Collection: News crawl</div></div>"
    "<!-- END WAYBACK TOOLBAR INSERT -->"
)


@pytest.mark.parametrize(
    ("address", "original", "saved"),
    [
        (WAYBACK, "http://news.example/2015/bridge", datetime(2015, 7, 24, 12)),
        (  # a replay flag, and the original's slashes cut to one
            "http://web.archive.org/web/20010203040506id_/https:/news.example/a?b=1",
            "https://news.example/a?b=1",
            datetime(2001, 2, 3, 4, 5, 6),
        ),
        (  # another archive on the same software, under a path of its own
            "https://arquivo.pt/wayback/20091223174431/http://www.publico.pt/x",
            "http://www.publico.pt/x",
            datetime(2009, 12, 23, 17, 44, 31),
        ),
    ],
)
def test_an_archives_address_names_the_page_and_the_time(
    address: str, original: str, saved: datetime
) -> None:
    assert archived(address) == Archived(address, original, saved.replace(tzinfo=timezone.utc))


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example/2015/bridge",
        "https://news.example/20150724120000/story",  # digits with no address after them
        "https://web.archive.org/web/20151399120000/http://news.example/",  # no such month
    ],
)
def test_other_addresses_are_no_archives(address: str) -> None:
    assert archived(address) is None


def test_a_replayed_page_keeps_its_own_address_and_the_archives() -> None:
    page = (
        f'<html><head><title>Bridge closes</title><link rel="canonical" href="{WAYBACK}">'
        f"</head><body>{TOOLBAR}<article><h1>Bridge closes</h1>{STORY}</article></body></html>"
    )
    doc = newsconv.read(page.encode(), format="html")
    assert doc.metadata.url == "http://news.example/2015/bridge"
    assert ("archived_at", WAYBACK) in doc.metadata.extra
    assert ("captured", "2015-07-24T12:00:00+00:00") in doc.metadata.extra
    assert b"captures" not in newsconv.write(doc, to="txt")


def test_the_capture_time_anchors_a_relative_date() -> None:
    page = (
        f"<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>"
        f'<p class="date">Yesterday, 18:30</p>{STORY}</article></body></html>'
    )
    doc = newsconv.read(page.encode(), format="html", options={"url": WAYBACK})
    assert doc.metadata.url == "http://news.example/2015/bridge"
    assert doc.metadata.published is not None
    assert doc.metadata.published.date() == datetime(2015, 7, 23).date()
