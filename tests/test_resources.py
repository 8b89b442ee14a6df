"""The resource policy: what a writer may load, from where, and how much."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsconv.errors import ResourceBlocked, ResourceError
from newsconv.model import Document, Metadata
from newsconv.resources import (
    ResourcePolicy,
    fetch,
    policy_for,
    sniff_media_type,
    source_folder,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 24
AVIF = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 8


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A saved page's folder with an image beside it, and a secret just outside it."""
    root = tmp_path / "page"
    (root / "img").mkdir(parents=True)
    (root / "img" / "photo.jpg").write_bytes(PNG)  # the name lies: PNG bytes
    (root / "article.html").write_text("<p>hi</p>")
    (tmp_path / "secret.png").write_bytes(PNG)
    return root


def test_relative_path_inside_root_loads_with_sniffed_type(site: Path) -> None:
    resource = fetch("img/photo.jpg", policy=ResourcePolicy(root=site))
    assert resource.data == PNG
    assert resource.media_type == "image/png"
    assert resource.url == (site / "img" / "photo.jpg").resolve().as_uri()


def test_relative_path_resolves_against_base_file(site: Path) -> None:
    base = str(site / "article.html")
    resource = fetch("img/photo.jpg", base=base, policy=ResourcePolicy(root=site))
    assert resource.data == PNG


def test_percent_encoded_relative_path(site: Path) -> None:
    (site / "img" / "a b.png").write_bytes(PNG)
    assert fetch("img/a%20b.png", policy=ResourcePolicy(root=site)).data == PNG


@pytest.mark.parametrize("url", ["../secret.png", "img/../../secret.png", "./../secret.png"])
def test_traversal_out_of_root_is_blocked(site: Path, url: str) -> None:
    with pytest.raises(ResourceBlocked, match="outside"):
        fetch(url, policy=ResourcePolicy(root=site))


def test_absolute_path_outside_root_is_blocked(site: Path) -> None:
    secret = site.parent / "secret.png"
    with pytest.raises(ResourceBlocked):
        fetch(str(secret), policy=ResourcePolicy(root=site))


def test_absolute_path_inside_root_is_allowed(site: Path) -> None:
    inside = site / "img" / "photo.jpg"
    assert fetch(str(inside), policy=ResourcePolicy(root=site)).data == PNG


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file://localhost/etc/passwd"])
def test_file_url_outside_root_is_blocked(site: Path, url: str) -> None:
    with pytest.raises(ResourceBlocked):
        fetch(url, policy=ResourcePolicy(root=site))


def test_file_url_inside_root_is_allowed(site: Path) -> None:
    url = (site / "img" / "photo.jpg").as_uri()
    assert fetch(url, policy=ResourcePolicy(root=site)).data == PNG


def test_file_url_on_another_host_is_blocked(site: Path) -> None:
    with pytest.raises(ResourceBlocked, match="another host"):
        fetch("file://example.com/img/photo.jpg", policy=ResourcePolicy(root=site))


def test_symlink_leading_out_of_root_is_blocked(site: Path) -> None:
    (site / "img" / "innocent.png").symlink_to(site.parent / "secret.png")
    with pytest.raises(ResourceBlocked):
        fetch("img/innocent.png", policy=ResourcePolicy(root=site))


def test_symlinked_folder_leading_out_is_blocked(site: Path) -> None:
    (site / "shared").symlink_to(site.parent)
    with pytest.raises(ResourceBlocked):
        fetch("shared/secret.png", policy=ResourcePolicy(root=site))


def test_no_root_means_no_local_files(site: Path) -> None:
    with pytest.raises(ResourceBlocked, match="--resource-root"):
        fetch("img/photo.jpg", base=str(site / "article.html"), policy=ResourcePolicy())


def test_missing_file_is_an_error_not_a_block(site: Path) -> None:
    with pytest.raises(ResourceError, match="no such file") as caught:
        fetch("img/none.png", policy=ResourcePolicy(root=site))
    assert not isinstance(caught.value, ResourceBlocked)


def test_folder_is_not_a_resource(site: Path) -> None:
    with pytest.raises(ResourceError, match="not a file"):
        fetch("img", policy=ResourcePolicy(root=site))


def test_local_file_over_the_cap_is_refused(site: Path) -> None:
    with pytest.raises(ResourceError, match="larger than"):
        fetch("img/photo.jpg", policy=ResourcePolicy(root=site, max_bytes=8))


# --- data: URIs ----------------------------------------------------------------------


def test_base64_data_uri_decodes() -> None:
    url = "data:image/jpeg;base64," + base64.b64encode(PNG).decode()
    resource = fetch(url, policy=ResourcePolicy())
    assert resource.data == PNG
    assert resource.media_type == "image/png"  # the bytes win over the declared type


def test_percent_encoded_data_uri_keeps_declared_type() -> None:
    resource = fetch("data:text/css,body%7Bcolor:red%7D", policy=ResourcePolicy())
    assert resource.data == b"body{color:red}"
    assert resource.media_type == "text/css"


def test_svg_data_uri_is_sniffed() -> None:
    svg = "data:,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E"
    assert fetch(svg, policy=ResourcePolicy()).media_type == "image/svg+xml"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("data:image/png;base64", "no comma"),
        ("data:image/png;base64,!!!not-base64!!!", "bad base64"),
    ],
)
def test_malformed_data_uri(url: str, message: str) -> None:
    with pytest.raises(ResourceError, match=message):
        fetch(url, policy=ResourcePolicy())


def test_oversized_data_uri_is_refused_before_decoding() -> None:
    url = "data:image/png;base64," + "A" * 4000
    with pytest.raises(ResourceError, match="larger than") as caught:
        fetch(url, policy=ResourcePolicy(max_bytes=1000))
    assert len(str(caught.value)) < 200  # the message does not repeat the whole URI


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.com/a.png", "about:blank", "blob:x"]
)
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(ResourceBlocked, match="not allowed"):
        fetch(url, policy=ResourcePolicy(root=Path.cwd(), allow_remote=True))


# --- media types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (b"GIF89a" + b"\x00" * 10, "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (AVIF, "image/avif"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        (b"<html><body>not an image</body></html>", None),
        (b"plain bytes", None),
    ],
)
def test_sniff_media_type(data: bytes, expected: str | None) -> None:
    assert sniff_media_type(data) == expected


# --- policy_for ----------------------------------------------------------------------


def test_policy_for_defaults_to_the_source_folder(site: Path) -> None:
    doc = Document(Metadata(source=str(site / "article.html")), ())
    policy = policy_for(doc)
    assert policy.root == site
    assert not policy.allow_remote


def test_policy_for_prefers_the_given_root(site: Path, tmp_path: Path) -> None:
    doc = Document(Metadata(source=str(site / "article.html")), ())
    assert policy_for(doc, resource_root=tmp_path, allow_remote=True).root == tmp_path


@pytest.mark.parametrize("source", [None, "<bytes>", "-", "https://example.com/a.html"])
def test_policy_for_gives_no_local_root_without_a_local_source(source: str | None) -> None:
    assert policy_for(Document(Metadata(source=source), ())).root is None


def test_source_folder_of_a_file_url(site: Path) -> None:
    assert source_folder((site / "article.html").as_uri()) == site


# --- remote --------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/photo":
            self._reply(200, PNG, "application/octet-stream")
        elif self.path == "/style.css":
            self._reply(200, b"p{}", "text/css; charset=utf-8")
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/photo")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big":
            self._reply(200, b"x" * 5000, "image/png")
        else:
            self._reply(404, b"missing", "text/plain")

    def _reply(self, status: int, body: bytes, media_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


REMOTE = ResourcePolicy(allow_remote=True, timeout=5)


def test_remote_is_refused_by_default(server: str) -> None:
    with pytest.raises(ResourceBlocked, match="--allow-remote"):
        fetch(f"{server}/photo", policy=ResourcePolicy())


def test_remote_allowed_fetches_and_sniffs(server: str) -> None:
    resource = fetch(f"{server}/photo", policy=REMOTE)
    assert resource.data == PNG
    assert resource.media_type == "image/png"


def test_remote_relative_to_an_http_base(server: str) -> None:
    resource = fetch("/style.css", base=f"{server}/articles/a.html", policy=REMOTE)
    assert (resource.data, resource.media_type) == (b"p{}", "text/css")


def test_protocol_relative_takes_the_base_scheme(server: str, site: Path) -> None:
    address = server.removeprefix("http:")
    resource = fetch(f"{address}/photo", base=f"{server}/news/a.html", policy=REMOTE)
    assert resource.url == f"{server}/photo"
    with pytest.raises(ResourceBlocked, match="--allow-remote") as caught:
        fetch("//cdn.example/a.png", base=str(site / "article.html"), policy=ResourcePolicy())
    assert caught.value.where == "https://cdn.example/a.png"


def test_remote_follows_redirects_and_reports_the_final_url(server: str) -> None:
    resource = fetch(f"{server}/moved", policy=REMOTE)
    assert resource.url == f"{server}/photo"


def test_remote_redirect_loop_is_an_error(server: str) -> None:
    with pytest.raises(ResourceError, match="redirects"):
        fetch(f"{server}/loop", policy=REMOTE)


def test_remote_error_status(server: str) -> None:
    with pytest.raises(ResourceError, match="HTTP 404"):
        fetch(f"{server}/nothing", policy=REMOTE)


def test_remote_size_cap(server: str) -> None:
    policy = ResourcePolicy(allow_remote=True, max_bytes=1000, timeout=5)
    with pytest.raises(ResourceError, match="larger than"):
        fetch(f"{server}/big", policy=policy)


def test_remote_unreachable_is_an_error() -> None:
    with pytest.raises(ResourceError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/photo", policy=REMOTE)


def test_data_uri_round_trips(site: Path) -> None:
    resource = fetch("img/photo.jpg", policy=ResourcePolicy(root=site))
    again = fetch(resource.data_uri(), policy=ResourcePolicy())
    assert (again.data, again.media_type) == (PNG, "image/png")
