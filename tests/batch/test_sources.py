"""Sources: every kind streams its items, and hostile or broken members become entries."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from tests.batch.builders import article, make_tar, make_warc, make_zip

from newsconv.batch import Item, Limits, Unreadable, entries, kind_of
from newsconv.batch.sources import count

HTML = b"<html><head><title>T</title></head><body><p>Hello.</p></body></html>"


def collect(*inputs: Path, **kwargs: object) -> list[Item | Unreadable]:
    limits = kwargs.pop("limits", Limits())
    return list(entries([str(p) for p in inputs], limits=limits, **kwargs))  # type: ignore[arg-type]


def errors(found: list[Item | Unreadable]) -> dict[str, str]:
    return {e.source: e.error for e in found if isinstance(e, Unreadable)}


def names(found: list[Item | Unreadable]) -> list[str]:
    return [e.name for e in found if isinstance(e, Item)]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.zip", "zip"),
        ("a.tar", "tar"),
        ("a.TAR.GZ", "tar"),
        ("a.tgz", "tar"),
        ("a.tar.xz", "tar"),
        ("a.tar.bz2", "tar"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.jsonl", "jsonl"),
        ("a.rss", "feed"),
        ("a.ATOM", "feed"),
        ("a.html", "file"),
        ("a.html.gz", "file"),
        ("https://news.example/feed.rss", "file"),  # a web address is fetched as one page
        ("http://news.example/archive.zip", "file"),
    ],
)
def test_kind_follows_the_name(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def test_a_list_flag_makes_any_file_a_list() -> None:
    assert kind_of("pages.txt", as_list=True) == "list"


def test_folder_is_walked_sorted_and_recursively(tmp_path: Path) -> None:
    for rel in ("b/2.html", "a/1.html", "a/z.json", "top.md", "skip.png", ".hidden/x.html"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(HTML)
    found = collect(tmp_path)
    assert names(found) == ["top.md", "a/1.html", "a/z.json", "b/2.html"]
    assert all(isinstance(e, Item) and e.data is None and e.location for e in found)
    assert count([str(tmp_path)]) == 4


def test_glob_chooses_the_articles(tmp_path: Path) -> None:
    for rel in ("a/1.html", "a/2.htm", "b/3.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(HTML)
    assert names(collect(tmp_path, glob="*.htm*")) == ["a/1.html", "a/2.htm"]


def test_folder_passes_by_the_output_folder_inside_it(tmp_path: Path) -> None:
    (tmp_path / "in.html").write_bytes(HTML)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "in.md").write_text("# done")
    assert names(collect(tmp_path, exclude=tmp_path / "out")) == ["in.html"]


def test_symlinked_files_are_reported_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_bytes(HTML)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.html").symlink_to(secret)
    found = collect(folder)
    assert errors(found) == {str(folder / "link.html"): "a symbolic link (not followed)"}


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_bytes(b"x" * 2000)
    found = collect(tmp_path, limits=Limits(max_item_bytes=1000))
    assert "per-item cap" in errors(found)[str(tmp_path / "big.html")]


def test_zip_members_mirror_their_folders(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "a.zip", [("x/1.json", article("one")), ("./y/2.json", b"{}")])
    found = collect(archive)
    assert names(found) == ["x/1.json", "y/2.json"]
    first = found[0]
    assert isinstance(first, Item) and first.data == article("one")
    assert first.source == f"{archive}!x/1.json"


def test_zip_slip_absolute_and_symlink_members_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("../../escape.html", HTML)
        handle.writestr("/etc/abs.html", HTML)
        handle.writestr("C:/windows.html", HTML)
        link = zipfile.ZipInfo("link.html")
        link.external_attr = (0o120777 << 16) | 0
        handle.writestr(link, "/etc/passwd")
        handle.writestr("fine.html", HTML)
    found = collect(archive)
    assert names(found) == ["fine.html"]
    problems = errors(found)
    assert "climbs out" in problems[f"{archive}!../../escape.html"]
    assert "absolute" in problems[f"{archive}!/etc/abs.html"]
    assert "absolute" in problems[f"{archive}!C:/windows.html"]
    assert "symbolic link" in problems[f"{archive}!link.html"]


def test_zip_bomb_member_is_refused_and_the_rest_read(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "bomb.zip",
        [("bomb.html", b"\0" * (20 << 20)), ("ok.html", HTML)],
    )
    found = collect(archive, limits=Limits(max_item_bytes=100 << 20, max_ratio=100))
    assert names(found) == ["ok.html"]
    assert "compression bomb" in errors(found)[f"{archive}!bomb.html"]


def test_zip_total_cap_stops_the_archive(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "a.zip", [(f"{i}.html", os.urandom(4000)) for i in range(5)])
    found = collect(archive, limits=Limits(max_total_bytes=10_000))
    assert len(names(found)) == 2
    assert "total cap" in errors(found)[str(archive)]


def test_corrupt_zip_member_fails_alone(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "a.zip", [("bad.html", HTML * 50), ("good.html", HTML)])
    data = bytearray(archive.read_bytes())
    start = data.index(b"bad.html") + len("bad.html")
    data[start + 10 : start + 20] = b"\xff" * 10  # damage the compressed bytes
    archive.write_bytes(bytes(data))
    found = collect(archive)
    assert names(found) == ["good.html"]
    assert "corrupt" in errors(found)[f"{archive}!bad.html"]


def test_truncated_zip_is_one_failed_entry(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "a.zip", [("a.html", HTML)])
    archive.write_bytes(archive.read_bytes()[:-30])
    found = collect(archive)
    assert list(errors(found)) == [str(archive)]
    assert "not a readable zip" in errors(found)[str(archive)]


@pytest.mark.parametrize("mode", ["w", "w:gz", "w:bz2", "w:xz"])
def test_tar_in_every_compression(tmp_path: Path, mode: str) -> None:
    suffix = {"w": ".tar", "w:gz": ".tar.gz", "w:bz2": ".tar.bz2", "w:xz": ".tar.xz"}[mode]
    archive = make_tar(tmp_path / f"a{suffix}", [("x/1.html", HTML), ("2.json", b"{}")], mode)
    assert names(collect(archive)) == ["x/1.html", "2.json"]


def test_tar_links_and_climbing_names_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.tar"
    with tarfile.open(archive, "w") as handle:
        for name, kind in (("sym.html", tarfile.SYMTYPE), ("hard.html", tarfile.LNKTYPE)):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "/etc/passwd"
            handle.addfile(info)
        climber = tarfile.TarInfo("../up.html")
        climber.size = len(HTML)
        handle.addfile(climber, io.BytesIO(HTML))
    found = collect(archive)
    assert names(found) == []
    assert set(errors(found)) == {f"{archive}!{n}" for n in ("sym.html", "hard.html", "../up.html")}


def test_gzip_bomb_stops_the_tar_without_filling_memory(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "bomb.tar.gz", [("a.html", HTML), ("b.html", b"\0" * (60 << 20))])
    found = collect(archive, limits=Limits(max_item_bytes=10 << 20))
    assert names(found) == ["a.html"]
    problems = errors(found)
    assert "per-item cap" in problems[f"{archive}!b.html"]
    assert "compression bomb" in problems[str(archive)]


def test_truncated_tar_keeps_what_came_before(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "a.tar.gz", [("a.html", HTML), ("b.html", os.urandom(50_000))])
    archive.write_bytes(archive.read_bytes()[:30_000])
    found = collect(archive)
    assert names(found) == ["a.html"]
    assert "truncated or corrupt" in errors(found)[str(archive)]


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_yields_html_responses_with_url_and_date(tmp_path: Path, suffix: str) -> None:
    archive = make_warc(
        tmp_path / f"crawl{suffix}",
        [
            ("https://news.example/2021/story.html", HTML, "text/html; charset=utf-8"),
            ("https://news.example/logo.png", b"\x89PNG", "image/png"),
            ("https://news.example/section/?page=2", HTML, "application/xhtml+xml"),
        ],
    )
    found = collect(archive)
    assert names(found) == ["news.example/2021/story.html", "news.example/section/index-b941a131"]
    first = found[0]
    assert isinstance(first, Item)
    assert first.url == "https://news.example/2021/story.html"
    assert first.format == "html" and first.data == HTML
    assert first.captured is not None and first.captured.tzinfo is not None


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_truncated_warc_reports_the_cut(tmp_path: Path, suffix: str) -> None:
    pages = [(f"https://a.example/{i}.html", HTML * 20, "text/html") for i in range(3)]
    archive = make_warc(tmp_path / f"crawl{suffix}", pages)
    archive.write_bytes(archive.read_bytes()[:-200])
    found = collect(archive)
    assert len(names(found)) == 2
    assert len(errors(found)) == 1


def test_gzip_bomb_inside_a_warc_response_is_refused(tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * (30 << 20))
    archive = make_warc(
        tmp_path / "a.warc.gz",
        [
            ("https://a.example/x.html", bomb, "text/html"),
            ("https://a.example/y.html", HTML, "text/html"),
        ],
        content_encoding="gzip",
    )
    found = collect(archive, limits=Limits(max_item_bytes=1 << 20))
    assert "per-item cap" in errors(found)[f"{archive}!https://a.example/x.html"]
    assert names(found) == ["a.example/y.html"]


def test_jsonl_lines_become_items_with_hints(tmp_path: Path) -> None:
    lines = [
        {
            "html": "<p>Hi</p>",
            "url": "https://a.example/x/story",
            "title": "Story",
            "authors": ["A", "B"],
        },
        {"text": "Plain words.", "id": "n-2"},
        {"text": "No name."},
        {"text": "Titled.", "title": "A Titled Story"},
        {"neither": 1},
        "not an object",
    ]
    path = tmp_path / "feed.jsonl"
    body = "\n".join(json.dumps(line) for line in lines) + "\n\n{broken\n"
    path.write_text(body, encoding="utf-8")
    found = collect(path)
    assert names(found) == ["a.example/x/story", "n-2", "feed-3", "a-titled-story"]
    first = found[0]
    assert isinstance(first, Item) and first.format == "html" and first.data == b"<p>Hi</p>"
    assert first.hints == (("title", "Story"), ("authors", "A"), ("authors", "B"))
    assert set(errors(found)) == {f"{path}:5", f"{path}:6", f"{path}:8"}
    assert count([str(path)]) == 8  # blank lines count too: a total for progress only


def test_jsonl_line_over_the_cap_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "small"}) + "\n")
    found = collect(path, limits=Limits(max_item_bytes=1000))
    assert names(found) == ["feed-2"]
    assert "longer than" in errors(found)[f"{path}:1"]


def test_list_of_paths_and_urls(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_bytes(HTML)
    listing = tmp_path / "todo.txt"
    listing.write_text(
        "# to convert\npages/a.html\n\nhttps://b.example/news/x.html\nmissing.html\n"
    )
    found = collect(listing, as_list=True)
    assert names(found) == ["pages/a.html", "b.example/news/x.html"]
    url_item = found[1]
    assert isinstance(url_item, Item) and url_item.location == "https://b.example/news/x.html"
    assert list(errors(found)) == [str(tmp_path / "missing.html")]


def test_count_knows_zips_and_folders_but_not_streams(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "a.zip", [("1.html", HTML), ("x.png", b""), ("../up.html", HTML)])
    assert count([str(archive)]) == 2  # the article and the refusal, not the image
    folder = tmp_path / "in"
    (folder / "out").mkdir(parents=True)
    (folder / "a.html").write_bytes(HTML)
    (folder / "out" / "a.md").write_text("done")
    assert count([str(folder), str(archive)], exclude=folder / "out") == 3
    tar = make_tar(tmp_path / "a.tar.gz", [("1.html", HTML)])
    assert count([str(archive), str(tar)]) is None


def test_jsonl_lines_from_other_tools_name_their_fields_their_way(tmp_path: Path) -> None:
    """news-please's ``maintext`` and ``date_publish``, trafilatura's ``author`` parted by
    semicolons, ``sitename`` and comma-parted ``tags``; the first field of a meaning wins."""
    lines = [
        {
            "maintext": "Words.",
            "title": "News",
            "date_publish": "2017-02-14 12:46:07",
            "date": "2000-01-01",
            "language": "de",
        },
        {"text": "Words.", "author": "Ann Lee; Bo Chen", "sitename": "Daily", "tags": "a, b"},
        {"raw_html": "<p>Hi</p>"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, second, third = collect(path)
    assert isinstance(first, Item) and first.format == "text" and first.data == b"Words."
    assert first.hints == (("title", "News"), ("published", "2017-02-14 12:46:07"), ("lang", "de"))
    assert isinstance(second, Item)
    assert second.hints == (
        ("authors", "Ann Lee"),
        ("authors", "Bo Chen"),
        ("site_name", "Daily"),
        ("tags", "a"),
        ("tags", "b"),
    )
    assert isinstance(third, Item) and third.format == "html"
