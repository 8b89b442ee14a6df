"""Output names: mirrored, unique, safe, and the same on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsconv.batch.naming import Namer, inside, safe_part, slug, url_name


def test_names_mirror_folders_and_take_the_writer_suffix(tmp_path: Path) -> None:
    namer = Namer(tmp_path, ".md")
    assert namer.target("2021/05/story.html") == tmp_path / "2021" / "05" / "story.md"


def test_collisions_get_numbers_in_source_order(tmp_path: Path) -> None:
    namer = Namer(tmp_path, ".md")
    targets = [namer.target(n) for n in ("a/x.html", "a/x.htm", "a/X.txt", "a/x-2.html")]
    assert [t.name for t in targets] == ["x.md", "x-2.md", "X-3.md", "x-2-2.md"]


def test_a_file_never_takes_a_folder_name_and_back(tmp_path: Path) -> None:
    namer = Namer(tmp_path, ".md")
    first = namer.target("x.md/inner.html")  # needs a folder called x.md
    second = namer.target("x.html")  # would be the file x.md
    assert first == tmp_path / "x.md" / "inner.md"
    assert second == tmp_path / "x-2.md"


def test_the_same_names_map_to_the_same_paths_every_run(tmp_path: Path) -> None:
    names = ["a/1.html", "a/1.htm", "b/../c.html", "ünï/cödé.html"]
    first = [Namer(tmp_path, ".md").target(n) for n in names]
    second = [Namer(tmp_path, ".md").target(n) for n in names]
    assert first == second


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "a/../../b", "..", "C:\\win\\x.html"]
)
def test_no_name_leaves_the_root(tmp_path: Path, name: str) -> None:
    target = Namer(tmp_path, ".md").target(name)
    assert inside(tmp_path, target)
    assert target.suffix == ".md"


@pytest.mark.parametrize(
    ("part", "safe"),
    [
        ("a:b?c*d", "a_b_c_d"),
        ("..", "_"),
        (".hidden", "hidden"),
        ("  ", "_"),
        ("x" * 300, "x" * 100),
        ("tab\there", "tab_here"),
    ],
)
def test_safe_part(part: str, safe: str) -> None:
    assert safe_part(part) == safe


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://news.example/2021/05/story.html", "news.example/2021/05/story.html"),
        ("https://news.example/", "news.example/index"),
        ("https://news.example/world/", "news.example/world/index"),
        ("https://news.example/caf%C3%A9", "news.example/café"),
    ],
)
def test_url_names(url: str, name: str) -> None:
    assert url_name(url) == name


def test_url_queries_keep_pages_apart() -> None:
    one, two = url_name("https://a.example/p?id=1"), url_name("https://a.example/p?id=2")
    assert one != two and one.startswith("a.example/p-")


def test_inside_sees_through_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "out"
    root.mkdir()
    (root / "trap").symlink_to(outside)
    assert not inside(root, root / "trap" / "x.md")
    assert inside(root, root / "fine" / "x.md")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Storm hits the coast: 3 dead", "storm-hits-the-coast-3-dead"),
        ("L’été à Paris", "l-été-à-paris"),
        ("北京 新闻", "北京-新闻"),
        ("?!", ""),
    ],
)
def test_slug(title: str, name: str) -> None:
    assert slug(title) == name
