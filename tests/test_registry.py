import importlib.metadata
import subprocess
import sys

import pytest

from newsconv import registry
from newsconv.errors import UnknownFormatError


def test_names_and_aliases_find_the_same_format() -> None:
    assert registry.find("writer", "markdown") == registry.find("writer", "md")
    assert registry.find("writer", "EPUB").name == "epub"
    assert registry.find("reader", "txt").name == "text"


def test_unknown_name_lists_what_exists() -> None:
    with pytest.raises(UnknownFormatError, match=r"no writer .docxx.; available: .*epub.*md"):
        registry.find("writer", "docxx")


@pytest.mark.parametrize(
    ("path", "name"),
    [("a.md", "md"), ("b.EPUB", "epub"), ("dir/c.html", "html"), ("d.txt", "txt"), ("e", None)],
)
def test_writer_by_suffix(path: str, name: str | None) -> None:
    spec = registry.find_by_suffix("writer", path)
    assert (spec.name if spec else None) == name


def test_no_format_and_no_suffix_is_an_error() -> None:
    with pytest.raises(UnknownFormatError, match="no output format given for out; use --to"):
        registry.writer(None, path="out")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b'{"newsconv-json": "1.0"}', "json"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"  <div><p>fragment</p></div>", "html"),
        (b"---\ntitle: x\n---\n# Hi", "md"),
        ("Заголовок\n\nТекст статьи.".encode(), "text"),
        (b"", "text"),
    ],
)
def test_sniffing(data: bytes, name: str) -> None:
    assert registry.sniff_reader(data).name == name


def test_cheap_formats_do_not_import_the_pdf_stack() -> None:
    code = (
        "import sys, newsconv, newsconv.cli\n"
        "from newsconv import registry\n"
        "registry.find('writer', 'md'); registry.formats('writer')\n"
        "assert 'weasyprint' not in sys.modules and 'ebooklib' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_built_in_formats_never_wait_on_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scanning the installed distributions costs start-up time: built-ins do without it."""

    def scanned(**_: object) -> None:
        raise AssertionError("the installed plugins were scanned")

    monkeypatch.setattr(importlib.metadata, "entry_points", scanned)
    registry.formats.cache_clear()
    try:
        assert registry.find("writer", "markdown").name == "md"
        spec = registry.find_by_suffix("reader", "page.html")
        assert spec is not None and spec.name == "html"
        with pytest.raises(AssertionError, match="scanned"):
            registry.find("writer", "shout")
    finally:
        registry.formats.cache_clear()
