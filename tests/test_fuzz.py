"""Fuzzing every reader and writer: no input ever gives a traceback.

The property, for any bytes fed to a reader: either a document comes back and every writer
turns it into output (JSON output valid against the shipped schema, and reading back to
the same document), or a :class:`~newsconv.errors.NewsconvError` is raised whose message
is one line. Any other exception is a bug.

Inputs: real pages from ``../shared/corpus`` mutated the ways saved files go wrong
(truncated, bytes flipped or inserted, chunks lost or repeated, wrong encoding labels,
NULs, BOMs in odd places, CR line endings, huge attributes, thousands of equal lines);
HTML generated from real tags nested as no author meant; text and Markdown made of
awkward lines; and valid JSON documents pushed to extreme values. The CLI is fuzzed end
to end once: exit code 1 or 2, one ``newsconv: error:`` line, nothing left behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.conftest import CORPUS
from tests.strategies import documents
from typer.testing import CliRunner

import newsconv
from newsconv.cli import app
from newsconv.diagnostics import Diagnostic
from newsconv.errors import NewsconvError

WRITERS = ("md", "json", "html", "txt", "epub")
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: Corpus inputs small enough to read many times over in a fast test.
SMALL = 160 * 1024
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def _quiet(_: Diagnostic) -> None:
    """Diagnostics are not under test (and logging thousands of them costs time)."""


def _inputs(pattern: str) -> list[bytes]:
    paths = sorted(CORPUS.glob(pattern)) if CORPUS.is_dir() else []
    return [data for path in paths if len(data := path.read_bytes()) <= SMALL]


PAGES = _inputs("readability/*/input.html")
DUMPS = _inputs("textdumps/*/input.txt")


def survives(
    data: bytes,
    format: str,
    *,
    writers: tuple[str, ...] = WRITERS,
    options: dict[str, object] | None = None,
) -> newsconv.Document | None:
    """Check the property for ``data``; the document read, or ``None`` after a clean error."""
    try:
        doc = newsconv.read(data, format=format, options=options, on_diagnostic=_quiet)
    except NewsconvError as err:
        assert "\n" not in str(err), f"a message of several lines: {str(err)!r}"
        return None
    for to in writers:
        out = newsconv.write(doc, to=to, on_diagnostic=_quiet)
        assert out, f"the {to} writer wrote nothing"
        if to == "json":
            # The JSON reader checks its input against the shipped schema first.
            assert newsconv.read(out, format="json", on_diagnostic=_quiet) == doc
    return doc


# --- mutations of real pages -----------------------------------------------------------

Mutation = Callable[[bytes], bytes]
_POSITION = st.floats(0, 1)


def _at(data: bytes, where: float) -> int:
    return int(len(data) * where)


def _truncate(where: float) -> Mutation:
    return lambda data: data[: _at(data, where)]


def _flip(changes: list[tuple[float, int]]) -> Mutation:
    def apply(data: bytes) -> bytes:
        out = bytearray(data)
        for where, byte in changes:
            if out:
                out[min(_at(data, where), len(out) - 1)] = byte
        return bytes(out)

    return apply


def _insert(where: float, piece: bytes) -> Mutation:
    return lambda data: data[: _at(data, where)] + piece + data[_at(data, where) :]


def _delete(where: float, length: int) -> Mutation:
    return lambda data: data[: _at(data, where)] + data[_at(data, where) + length :]


def _repeat(where: float, length: int, times: int) -> Mutation:
    def apply(data: bytes) -> bytes:
        start = _at(data, where)
        chunk = data[start : start + length]
        return data[:start] + chunk * times + data[start:]

    return apply


def _cr_only(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\r").replace(b"\n", b"\r")


WRONG_LABELS = (
    "utf-16", "utf-32", "shift_jis", "koi8-r", "iso-2022-jp", "x-bogus", "utf-7", "base64",
    "undefined", "idna",
)  # fmt: skip
BOMS = ("\ufeff".encode(), b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00")
ODD_PIECES = (
    b"\x00",
    b"\x00" * 64,
    *BOMS,
    b"\r",
    b"\x1b[31m",
    b"\x01\x0b\x0c\x7f",
    b"\xc3",  # half a UTF-8 sequence
    b"\xed\xa0\x80",  # a surrogate in UTF-8
    b"&#xD800;&#x110000;&#0;&#x1;&#xFFFE;",
    b"<!--",
    b"<![CDATA[",
    b"<script>",
    b"</body></html>",
    b"<base href='javascript:alert(1)'>",
    b"<a href='" + b"x" * 200_000 + b"'>huge</a>",
    b"<img src='data:image/png;base64," + b"A" * 100_000 + b"'>",
    b"The same line, again and again.\n" * 3000,
    b"\n" * 5000,
)
ENCODED_LABELS = tuple(
    piece
    for label in WRONG_LABELS
    for piece in (
        f'<meta charset="{label}">'.encode(),
        f'<?xml version="1.0" encoding="{label}"?>'.encode(),
    )
)

mutations: st.SearchStrategy[Mutation] = st.one_of(
    st.builds(_truncate, _POSITION),
    st.builds(_flip, st.lists(st.tuples(_POSITION, st.integers(0, 255)), min_size=1, max_size=40)),
    st.builds(_insert, _POSITION, st.binary(min_size=1, max_size=40)),
    st.builds(_insert, _POSITION, st.sampled_from(ODD_PIECES + ENCODED_LABELS)),
    st.builds(_delete, _POSITION, st.integers(1, 20_000)),
    st.builds(_repeat, _POSITION, st.integers(1, 2_000), st.integers(2, 30)),
    st.just(_cr_only),
)


def _mutated(pool: list[bytes]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = draw(st.sampled_from(pool))
        for mutation in draw(st.lists(mutations, min_size=1, max_size=4)):
            data = mutation(data)
        return data

    return build()


@needs_corpus
@settings(FUZZ, max_examples=60)
@given(data=_mutated(PAGES))
def test_mutated_pages(data: bytes) -> None:
    survives(data, "html")


@needs_corpus
@settings(FUZZ, max_examples=60)
@given(data=_mutated(DUMPS))
def test_mutated_text_copies(data: bytes) -> None:
    survives(data, "text")


@needs_corpus
@settings(FUZZ, max_examples=15)
@given(data=_mutated(PAGES + DUMPS), label=st.sampled_from(WRONG_LABELS))
def test_a_wrong_encoding_given_by_the_user(data: bytes, label: str) -> None:
    for format in ("html", "text", "md"):
        survives(data, format, options={"encoding": label})


@needs_corpus
@settings(FUZZ, max_examples=25)
@given(data=_mutated(PAGES + DUMPS))
@example(data=b"<!DOCTYPE html>")  # Markdown of only raw HTML: no article, not an empty one
def test_pages_read_by_the_wrong_reader(data: bytes) -> None:
    survives(data, "md")
    survives(data, "json")


# --- generated HTML ----------------------------------------------------------------------

TAGS = (
    "p", "div", "span", "a", "em", "strong", "b", "i", "table", "tr", "td", "th", "caption",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q", "pre", "code", "h1", "h2", "h6",
    "figure", "figcaption", "picture", "source", "img", "svg", "math", "template", "iframe",
    "noscript", "script", "style", "article", "main", "section", "aside", "nav", "header",
    "footer", "sup", "sub", "s", "del", "br", "hr", "time", "details", "summary", "form",
    "select", "option", "ruby", "rt", "bdo", "textarea", "title", "meta", "link", "base",
)  # fmt: skip
URLS = (
    "javascript:alert(1)", "data:text/html,<b>x</b>", "data:image/png;base64,@@@",
    "file:///etc/passwd", "../../../../etc/passwd", "//host/x", "http://[::1", "http://ü.example/ä?ö#ü",
    "https://example.com/%E0%A4%A", "#", "", " \t\n", "mailto:", "x" * 5000, "http://a.b/\x00\x01",
    "img.jpg 1x, bad 2x,, ,", "data:,", "https://example.com/a b c.png 100w",
)  # fmt: skip
TEXTS = (
    "Plain words of an ordinary article sentence, long enough to count.",
    "مرحبا بالعالم، هذا نص عربي", "שלום עולם", "新闻报道的正文内容。", "日本語の文章です。",
    "zero\u200bwidth\u200c\u200djoin\ufeff", "\u202eoverride\u202c", "&#xD800;", "&#x110000;",
    "&#0;", "&#x1;&#x1F;", "&#xFFFE;", "&nosuchentity;", "&amp", "&#99999999999;", "\x00",
    "\r\n\r", "😀" * 50, "a" * 3000, "<", ">", "]]>", "--", "\u00a0\u3000", "Ω≈ç√",
)  # fmt: skip
ATTRIBUTES = ("href", "src", "srcset", "data-src", "id", "class", "dir", "lang", "style", "alt")
ATTRIBUTE_VALUES = (
    *URLS,
    "rtl",
    "ltr",
    "auto",
    "zz-\u00e9",
    "display:none",
    "hidden",
    "ζ-☃-id",
    "",
    "x" * 300_000,
)


def _quoted(value: str) -> str:
    return value.replace('"', "&quot;")


def _attributes() -> st.SearchStrategy[str]:
    pair = st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(ATTRIBUTE_VALUES))
    return st.lists(pair, max_size=3).map(
        lambda pairs: "".join(f' {name}="{_quoted(value)}"' for name, value in pairs)
    )


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attributes, inner, closed: (
            f"<{tag}{attributes}>{inner}" + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(TAGS),
        _attributes(),
        st.lists(children, max_size=4).map("".join),
        st.booleans(),
    )


fragments = st.recursive(st.sampled_from(TEXTS), _element, max_leaves=12)


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    body = draw(st.lists(fragments, min_size=1, max_size=6).map("".join))
    head = draw(st.sampled_from(("", "<base href='../a/'>", '<meta charset="koi8-r">')))
    title = draw(st.sampled_from(TEXTS))
    page = f"<html><head>{head}<title>{title}</title></head><body>{body}</body></html>"
    if draw(st.booleans()):
        page = body  # an article fragment
    return page.encode("utf-8", "surrogatepass")


@FUZZ
@given(page=pages())
def test_generated_html(page: bytes) -> None:
    survives(page, "html")


@settings(FUZZ, max_examples=4)
@given(page=pages())
def test_generated_html_to_pdf(page: bytes) -> None:
    survives(page, "html", writers=("pdf",))


# --- generated text and Markdown ----------------------------------------------------------

LINES = (
    "# A Title", "###### Six", "####### Seven", "Some article prose that goes on for a while.",
    "| a | b | c |", "|---|---|", "| 1 |", "| 1 | 2 | 3 | 4 | 5 |", "```python", "~~~", "```",
    "    indented code", "> a quote", "> > > > deeper", "- item", "  - nested", "1. first",
    "99999999999. huge", "* * *", "---", "===", "[link](javascript:alert(1))",
    "![img](../../x.png \"t\")", "<div>raw <b>html", "</div>", "<!-- open comment", "\\",
    "By Jane Doe", "Published 31 February 2021", "March 5, 0000", "Share on Facebook",
    "Read more", "\x00\x01\x0b", "\ufeff", "\r", "term\n: definition", "[^1]: note",
    "&#xD800; &#x110000;", "\u202e\u200b", "مرحبا بالعالم", "新闻报道的正文内容。", "",
)  # fmt: skip
DEEP_LISTS = st.integers(1, 120).map(lambda n: "\n".join("  " * i + "- item" for i in range(n)))
DEEP_QUOTES = st.integers(1, 400).map(lambda n: ">" * n + " deep")
FRONT_VALUES = (
    "[1, 2]", "{a: 1}", "2021-13-45", "0000-01-01", "2021-01-01T25:00:00", "99999-01-01",
    "2021-01-01 10:00:00 +14:00", "null", "~", "true", "1e400", "-5", "&a [*a]", "!!binary aGk=",
    "!!python/object:os.system x", "[[[[[[", "'unclosed", "{name: 3, url: 4}", "[{src: 1}]",
    "{src: x, width: -1, height: abc}", "\"\\ud800\"", "|\n  block",
)  # fmt: skip
FRONT_KEYS = (
    "title", "subtitle", "author", "authors", "date", "published", "modified", "lastmod", "site",
    "url", "lang", "dir", "tags", "keywords", "image", "extra", "source", "description", "?",
)  # fmt: skip


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    pairs = draw(
        st.lists(st.tuples(st.sampled_from(FRONT_KEYS), st.sampled_from(FRONT_VALUES)), max_size=4)
    )
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in pairs) + "---\n"


@st.composite
def texts(draw: st.DrawFn) -> bytes:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(LINES), DEEP_LISTS, DEEP_QUOTES, st.text(max_size=40)),
            min_size=1,
            max_size=30,
        )
    )
    head = draw(st.one_of(st.just(""), front_matter()))
    ending = draw(st.sampled_from(("\n", "\r\n", "\r")))
    return (head + ending.join(parts)).encode("utf-8", "surrogatepass")


@FUZZ
@given(text=texts())
def test_generated_text(text: bytes) -> None:
    survives(text, "text")


@FUZZ
@given(text=texts())
def test_generated_markdown(text: bytes) -> None:
    survives(text, "md")


# --- valid JSON documents at extreme values ----------------------------------------------

ODD_DATES = (
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2021-06-01T12:00:00+23:59",
    "2021-06-01T12:00:00-23:59", "2021-06-01T12:00:00Z", "2021-06-01T12:00", "1970-01-01T00:00:00",
)  # fmt: skip
ODD_STRINGS = ("", " ", "x" * 100_000, "\x00\x01\x0c\x1f", "\ud800", "\udfff\ud800", "\uffff")


def _strings_replaced(value: object, odd: str, every: int) -> object:
    """``value`` with every ``every``-th string (but keys and type tags) replaced by ``odd``."""
    count = 0

    def walk(node: object) -> object:
        nonlocal count
        if isinstance(node, dict):
            return {k: node[k] if k in ("type", "newsconv-json") else walk(node[k]) for k in node}
        if isinstance(node, list):
            return [walk(item) for item in node]
        if isinstance(node, str):
            count += 1
            return odd if count % every == 0 else node
        return node

    return walk(value)


@st.composite
def odd_json(draw: st.DrawFn) -> bytes:
    doc = draw(documents())
    data = json.loads(newsconv.write(doc, to="json"))
    data = _strings_replaced(data, draw(st.sampled_from(ODD_STRINGS)), draw(st.integers(1, 5)))
    assert isinstance(data, dict)
    for key in ("published", "modified"):
        if draw(st.booleans()):
            data["metadata"][key] = draw(st.sampled_from(ODD_DATES))
    depth = draw(st.sampled_from((0, 0, 1, 50, 150)))
    blocks = data["blocks"] or [{"type": "rule"}]
    for _ in range(depth):
        blocks = [{"type": "quote", "children": blocks}]
    heading = {"type": "heading", "level": 6, "children": [{"type": "text", "text": "Six"}]}
    data["blocks"] = [heading, *blocks]
    return json.dumps(data).encode("utf-8", "surrogatepass")


@settings(FUZZ, suppress_health_check=list(HealthCheck))
@given(data=odd_json())
def test_valid_json_at_extreme_values(data: bytes) -> None:
    survives(data, "json")


# --- the command line, end to end -------------------------------------------------------

NASTY = {
    "binary.html": bytes(range(256)) * 64,
    "empty.html": b"",
    "nothing.html": b"<html><body><script>var a = 1;</script></body></html>",
    "bad.json": b'{"newsconv-json": "1.0", "metadata": ',
    "other.json": b'{"newsconv-json": "7.0"}',
    "deep.json": json.dumps(
        {"newsconv-json": "1.0", "metadata": {}, "blocks": [json.loads("[" * 900 + "]" * 900)]}
    ).encode(),
    "front.md": b"---\n[not, a, mapping]\n---\n\n# Title\n",
    "nul.txt": b"\x00" * 1000,
}


@pytest.mark.parametrize("name", sorted(NASTY))
@pytest.mark.parametrize("to", ["md", "epub"])
def test_cli_fails_on_one_line_and_leaves_nothing(tmp_path: Path, name: str, to: str) -> None:
    source = tmp_path / name
    source.write_bytes(NASTY[name])
    target = tmp_path / f"out.{to}"
    result = CliRunner().invoke(app, ["convert", str(source), "--to", to, "-o", str(target)])
    assert result.exit_code in (1, 2), result.output
    assert result.stderr.startswith("newsconv: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert sorted(tmp_path.iterdir()) == [source]


def test_cli_writer_failure_leaves_nothing(tmp_path: Path) -> None:
    # The user's stylesheet is looked for when the PDF is written, after the read.
    source = tmp_path / "page.json"
    source.write_bytes(newsconv.write(newsconv.read(b"<p>A short article.</p>"), to="json"))
    target = tmp_path / "out.pdf"
    missing = str(tmp_path / "missing.css")
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(target), "--css", missing])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("newsconv: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert sorted(tmp_path.iterdir()) == [source]
