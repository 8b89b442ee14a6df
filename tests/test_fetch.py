"""Fetching pages from an HTTP server started on 127.0.0.1 by the test; never the internet."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsconv
import newsconv.tree
from newsconv.cli import app
from newsconv.errors import UnreadableInput
from newsconv.fetch import USER_AGENT, FetchLimits, fetch_url
from newsconv.options import ReadOptions

PAGE = (
    "<html><head><title>Шторм на побережье</title></head><body><article>"
    "<h1>Шторм на побережье</h1>"
    + "<p>Сильный шторм обрушился на побережье в ночь на среду, сообщили спасатели.</p>" * 8
    + "</article></body></html>"
)

Route = Callable[[BaseHTTPRequestHandler], None]


def send(status: int, body: bytes = b"", **headers: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def slow(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.wfile.write(b"<html>")
    handler.wfile.flush()
    time.sleep(1.5)


def unbounded(handler: BaseHTTPRequestHandler) -> None:
    """A body with no Content-Length that goes on past any cap."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(64):
            handler.wfile.write(b"<p>" + b"x" * 1024 + b"</p>")
    except ConnectionError:
        pass  # the client hung up at its size cap, as it should


def echo_agent(handler: BaseHTTPRequestHandler) -> None:
    body = json.dumps({"agent": handler.headers.get("User-Agent")}).encode()
    send(200, body, Content_Type="text/plain")(handler)


ROUTES: dict[str, Route] = {
    "/page": send(200, PAGE.encode("koi8-r"), Content_Type='text/html; charset="KOI8-R"'),
    "/wrong-meta": send(
        200,
        PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("cp1251"),
        Content_Type="text/html; charset=windows-1251",
    ),
    "/plain": send(200, b"Just text.\n", Content_Type="text/plain; charset=utf-8"),
    "/untyped": send(200, b"<html><body><p>no type</p></body></html>"),
    "/hop1": send(302, Location="/hop2"),
    "/hop2": send(301, Location="/page"),
    "/loop": send(302, Location="/loop"),
    "/to-ftp": send(302, Location="ftp://127.0.0.1/file"),
    "/missing": send(404, b"not here", Content_Type="text/html"),
    "/broken": send(500, b"oops", Content_Type="text/html"),
    "/image": send(200, b"\x89PNG\r\n\x1a\n", Content_Type="image/png"),
    "/big": send(200, b"<p>" + b"x" * 5000 + b"</p>", Content_Type="text/html"),
    "/unbounded": unbounded,
    "/slow": slow,
    "/agent": echo_agent,
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        ROUTES.get(self.path, send(404, b"", Content_Type="text/html"))(self)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = FetchLimits(connect_timeout=2, read_timeout=0.5, max_bytes=4096)


def test_a_page_with_its_http_charset(server: str) -> None:
    page = fetch_url(f"{server}/page")
    assert page.data == PAGE.encode("koi8-r")
    assert (page.media_type, page.charset, page.format) == ("text/html", "KOI8-R", "html")
    assert page.url == f"{server}/page"


def test_plain_text_goes_to_the_text_reader(server: str) -> None:
    page = fetch_url(f"{server}/plain")
    assert (page.format, page.charset) == ("text", "utf-8")


def test_no_content_type_is_sniffed_later(server: str) -> None:
    assert fetch_url(f"{server}/untyped").format is None


def test_redirects_are_followed_to_the_final_url(server: str) -> None:
    page = fetch_url(f"{server}/hop1")
    assert page.url == f"{server}/page"
    assert page.charset == "KOI8-R"


def test_a_redirect_loop_stops(server: str) -> None:
    with pytest.raises(UnreadableInput, match=r"/loop: more than 5 redirects"):
        fetch_url(f"{server}/loop")


def test_the_redirect_limit_is_a_limit(server: str) -> None:
    with pytest.raises(UnreadableInput, match="more than 1 redirects"):
        fetch_url(f"{server}/hop1", limits=FetchLimits(max_redirects=1))


def test_a_redirect_away_from_http_is_refused(server: str) -> None:
    with pytest.raises(UnreadableInput, match="not http or https"):
        fetch_url(f"{server}/to-ftp")


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "HTTP 404 Not Found"), ("/broken", "HTTP 500 Internal Server Error")],
)
def test_http_errors(server: str, path: str, message: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        fetch_url(server + path)
    assert str(caught.value) == f"{server}{path}: {message}"


def test_not_a_web_page(server: str) -> None:
    with pytest.raises(UnreadableInput, match=r"not a web page or text \(image/png\)"):
        fetch_url(f"{server}/image")


def test_a_body_over_the_cap_by_its_length(server: str) -> None:
    with pytest.raises(UnreadableInput, match="larger than 4096 bytes"):
        fetch_url(f"{server}/big", limits=FAST)


def test_a_body_over_the_cap_while_streaming(server: str) -> None:
    with pytest.raises(UnreadableInput, match="larger than 4096 bytes"):
        fetch_url(f"{server}/unbounded", limits=FAST)


def test_a_slow_server_times_out(server: str) -> None:
    with pytest.raises(UnreadableInput, match=r"timed out: no data for 0.5 s"):
        fetch_url(f"{server}/slow", limits=FAST)


def test_nothing_listening() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(UnreadableInput, match="cannot fetch"):
        fetch_url(f"http://127.0.0.1:{port}/", limits=FAST)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnreadableInput, match="only http and https"):
        fetch_url(url)


def test_the_user_agent_names_newsconv(server: str) -> None:
    agent = json.loads(fetch_url(f"{server}/agent").data)["agent"]
    assert agent == USER_AGENT
    assert agent.startswith("newsconv/")


def test_the_reader_never_fetches_images(server: str) -> None:
    """A page linking local and remote images is read without any request for them."""
    paragraphs = "<p>Enough words in this paragraph to count as the article text.</p>" * 5
    html = (
        f'<html><head><meta property="og:image" content="{server}/image"></head><body>'
        f'<article><img src="file:///etc/passwd"><img src="{server}/image">{paragraphs}'
        "</article></body></html>"
    )
    seen: list[str] = []
    original = Handler.do_GET

    def spy(handler: Handler) -> None:
        seen.append(handler.path)
        original(handler)

    Handler.do_GET = spy  # type: ignore[method-assign]
    try:
        doc = newsconv.read(html.encode(), format="html")
    finally:
        Handler.do_GET = original  # type: ignore[method-assign]
    assert doc.metadata.image is not None
    assert seen == []


# --- through the API and the command line ----------------------------------------------


def test_read_a_url_with_its_http_charset(server: str) -> None:
    doc = newsconv.read(f"{server}/hop1")
    assert doc.metadata.title == "Шторм на побережье"
    assert doc.metadata.source == f"{server}/hop1"
    assert doc.metadata.url == f"{server}/page"


def test_the_http_charset_beats_a_wrong_meta(server: str) -> None:
    assert newsconv.read(f"{server}/wrong-meta").metadata.title == "Шторм на побережье"


def test_read_plain_text_from_a_url(server: str) -> None:
    assert "Just text." in newsconv.tree.plain_text(newsconv.read(f"{server}/plain").blocks)


def test_an_http_error_through_the_api(server: str) -> None:
    with pytest.raises(UnreadableInput, match="HTTP 404"):
        newsconv.read(f"{server}/missing")


def test_command_line_url_to_json(server: str, tmp_path: Path) -> None:
    target = tmp_path / "page.json"
    result = CliRunner().invoke(
        app, ["convert", f"{server}/page", "--to", "json", "-o", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    doc = json.loads(target.read_text("utf-8"))
    assert doc["metadata"]["title"] == "Шторм на побережье"
    assert "Сильный шторм" in target.read_text("utf-8")


def test_command_line_http_error_is_one_line(server: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["convert", f"{server}/broken", "--to", "json", "-o", "-"])
    assert result.exit_code == 1
    assert result.stderr == f"newsconv: error: {server}/broken: HTTP 500 Internal Server Error\n"


def test_the_reader_gets_the_http_charset_and_the_final_url(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsconv.readers.html import HtmlReader

    seen: list[ReadOptions] = []
    original = HtmlReader.read

    def spy(
        self: HtmlReader, data: bytes, *, options: newsconv.ReadOptions, **kw: object
    ) -> object:
        seen.append(options)
        return original(self, data, options=options, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(HtmlReader, "read", spy)
    saved = datetime(2021, 5, 20, 9, 0, tzinfo=timezone.utc)
    newsconv.read(f"{server}/hop1", options={"encoding": None})
    newsconv.read(f"{server}/hop1", options=ReadOptions(url="https://given.example/"))
    newsconv.read(f"{server}/hop1", options={"captured": "2021-05-20T09:00Z"})
    assert [(o.declared_encoding, o.url) for o in seen] == [
        ("KOI8-R", f"{server}/page"),
        ("KOI8-R", "https://given.example/"),
        ("KOI8-R", f"{server}/page"),
    ]
    now = datetime.now(timezone.utc)
    fetched = [o.captured for o in seen[:2]]  # the server's Date header, to the second
    assert all(when is not None and abs(now - when) < timedelta(minutes=1) for when in fetched)
    assert seen[2].captured == saved
