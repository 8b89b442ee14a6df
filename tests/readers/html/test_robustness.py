"""The HTML reader on hostile input: legacy encodings, broken, huge and deep markup."""

from __future__ import annotations

import gc
import socket
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv import api
from newsconv.cli import app
from newsconv.diagnostics import Collector
from newsconv.errors import NoArticleFound
from newsconv.model import Document, Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import dump, plain_text

PARAGRAPH = (
    "The harbour reopened on Monday after three weeks of repairs, and the first ferries, "
    "delayed by fog, arrived in the afternoon with hundreds of passengers on board."
)


def read(data: bytes, **options: str) -> Document:
    return HtmlReader().read(
        data, options=ReadOptions(**options), source="page.html", report=Collector()
    )


def page(body: str, *, head: str = "") -> str:
    return f"<html><head>{head}<title>Harbour</title></head><body>{body}</body></html>"


ARTICLE = f"<article>{''.join(f'<p>{PARAGRAPH}</p>' for _ in range(4))}</article>"

# A sentence in each script, the encoding that writes it, and the label a page would use.
LEGACY = [
    ("Гавань снова открыта после ремонта, паромы пришли днём.", "windows-1251", "windows-1251"),
    ("Гавань снова открыта после ремонта, паромы пришли днём.", "koi8-r", "koi8-r"),
    ("港は修理の後、月曜日に再開されました。フェリーが到着した。", "shift_jis", "shift_jis"),
    ("港は修理の後、月曜日に再開されました。フェリーが到着した。", "euc-jp", "euc-jp"),
    ("港は修理の後、月曜日に再開されました。フェリーが到着した。", "iso-2022-jp", "iso-2022-jp"),
    ("港口在维修三周后于周一重新开放，第一批渡轮下午抵达。", "gb18030", "gb2312"),
    ("港口在維修三週後於週一重新開放，第一批渡輪下午抵達。", "big5", "big5"),
    ("항구는 수리 후 월요일에 다시 문을 열었고 페리가 도착했다.", "euc-kr", "euc-kr"),
    (
        "Přístav byl v pondělí znovu otevřen, trajekty přijely odpoledne.",
        "iso-8859-2",
        "iso-8859-2",
    ),
    ("Le port a rouvert lundi, les ferries sont arrivés l'après-midi.", "iso-8859-1", "iso-8859-1"),
]


@pytest.mark.parametrize(("sentence", "codec", "label"), LEGACY, ids=[c for _, c, _ in LEGACY])
def test_legacy_encodings_declared_in_meta(sentence: str, codec: str, label: str) -> None:
    body = "<article>" + f"<p>{sentence}</p>" * 6 + "</article>"
    html = page(body, head=f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    assert sentence in plain_text(read(html.encode(codec)))


def test_utf16_with_bom_and_mislabelled_utf8() -> None:
    sentence = "Zürich’s harbour — reopened “today”, naïve café owners said."
    html = page("<article>" + f"<p>{sentence}</p>" * 6 + "</article>")
    assert sentence in plain_text(read(html.encode("utf-16")))
    mislabelled = html.replace("<head>", '<head><meta charset="iso-8859-1">').encode("utf-8")
    assert sentence in plain_text(read(mislabelled))


def test_malformed_markup_is_read() -> None:
    broken = (
        "<html><body><div class=article><p>" + PARAGRAPH + "<p><b>" + PARAGRAPH + "</i></div>"
        "<p>" + PARAGRAPH + "</span></td></table><div><p>" + PARAGRAPH + "&nbsp;&bogus; &#xZZ;"
    )
    assert plain_text(read(broken.encode())).count("harbour reopened") == 4


def test_truncated_page_keeps_what_arrived() -> None:
    html = page(ARTICLE + "<footer>Footer</footer>")
    cut = html.encode()[: html.index("</article>") - 40]
    text = plain_text(read(cut))
    assert text.count("harbour reopened") == 4


@pytest.mark.parametrize(
    "opening",
    [
        '<html xml:lang="de_DE" /><head><title>Harbour</title></head><body>',
        "<html><head><title>Harbour</title></head><BODY class='home'/>",
    ],
)
def test_a_self_closed_html_or_body_tag_is_read_as_browsers_read_it(opening: str) -> None:
    html = "<!DOCTYPE html>" + opening + ARTICLE + "</body></html>"
    assert plain_text(read(html.encode())).count("harbour reopened") == 4


def test_deep_nesting_does_not_recurse_out() -> None:
    depth = 100_000
    html = "<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>"
    assert plain_text(read(html.encode())).count("harbour reopened") == 4


@pytest.mark.slow
def test_a_20_mb_page_reads_in_linear_time() -> None:
    def timed(paragraphs: int) -> float:
        block = f"<div class='story'><h2>Part</h2><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"
        html = page("<main>" + block * paragraphs + "</main>").encode()
        start = time.perf_counter()
        doc = read(html)
        elapsed = time.perf_counter() - start
        assert plain_text(doc).count("harbour reopened") == 2 * paragraphs
        return elapsed

    small, large = timed(2_000), timed(50_000)  # about 0.8 MB and 20 MB
    assert large < small * 25 * 4, (small, large)  # 25 times the input; quadratic is 625


def test_a_srcset_of_a_run_of_commas_reads_in_linear_time() -> None:
    def timed(commas: int) -> float:
        html = page(f"<article><img srcset='a.jpg{',' * commas}'>{ARTICLE}</article>")
        start = time.perf_counter()
        read(html.encode())
        return time.perf_counter() - start

    small, large = timed(200), timed(2_000)
    assert large < max(small, 0.05) * 10 * 4, (small, large)  # a cubic regex took 10 s


def test_images_are_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    body = (
        f"<article><p>{PARAGRAPH}</p><figure><img src='file://{secret}'></figure>"
        f"<p>{PARAGRAPH}</p><img src='https://images.example/remote.jpg'>"
        f"<p>{PARAGRAPH}</p></article>"
    )
    doc = read(page(body).encode())
    sources = [block.image.src for block in doc.blocks if isinstance(block, Figure)]
    assert sources == [f"file://{secret}", "https://images.example/remote.jpg"]
    assert "TOP-SECRET" not in dump(doc)


def test_cli_no_article_exits_1_without_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "empty.html"
    source.write_text(page("<nav><a href='/'>Home</a></nav><script>x()</script>"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["convert", str(source), "--to", "md"])
    assert result.exit_code == 1
    assert "no article text found" in result.output
    assert not (tmp_path / "empty.md").exists()


def test_verbose_cli_says_what_was_removed(tmp_path: Path) -> None:
    source = tmp_path / "story.html"
    source.write_text(page(ARTICLE + "<div class='newsletter'>Sign up for our letters</div>"))
    result = CliRunner().invoke(
        app, ["convert", str(source), "--to", "md", "-o", str(tmp_path / "out.md"), "-v"]
    )
    assert result.exit_code == 0, result.output
    assert "removed-boilerplate" in result.output
    assert "Sign up for our letters" in result.output


def test_url_option_resolves_links() -> None:
    body = f"<article><p>{PARAGRAPH} <a href='more.html'>More</a></p>" * 3 + "</article>"
    doc = api.read(page(body).encode(), format="html", options={"url": "https://x.example/a/b"})
    assert "https://x.example/a/more.html" in dump(doc)


def test_base_element_resolves_links_and_images() -> None:
    body = (
        f"<article><p>{PARAGRAPH} <a href='more.html'>More</a></p>"
        f"<p><img src='img/a.jpg' alt='A'></p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
    )
    html = page(body, head="<base href='https://cdn.example/news/'>")
    dumped = dump(read(html.encode()))
    assert "https://cdn.example/news/more.html" in dumped
    assert "https://cdn.example/news/img/a.jpg" in dumped


@pytest.mark.parametrize("enabled", [True, False])
def test_a_read_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    """The reader holds the collector off while it reads, and leaves it on or off as the
    program had it, also when the page has no article."""
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        read(b"<html><body><p>A page with an article of a few words.</p></body></html>")
        assert gc.isenabled() is enabled
        with pytest.raises(NoArticleFound):
            read(b"<html><body></body></html>")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
