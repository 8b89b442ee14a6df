"""Builders for the archives the batch tests read: real zip, tar and WARC files."""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsconv
from newsconv.build import para
from newsconv.model import Document, Metadata

Members = Iterable[tuple[str, bytes]]


def article(title: str, text: str | None = None) -> bytes:
    """A small article in newsconv's own JSON format."""
    doc = Document(Metadata(title=title), (para(text or f"The body of {title}."),))
    return newsconv.write(doc, to="json")


def make_zip(path: Path, members: Members) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def make_tar(path: Path, members: Members, mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as archive:  # type: ignore[call-overload]
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def make_warc(
    path: Path, pages: Iterable[tuple[str, bytes, str]], *, content_encoding: str | None = None
) -> Path:
    """A WARC of HTTP responses: (url, body, content type) each, with a request before it.

    Lengths are given so that warcio needs no temporary file (it would leave it unclosed).
    """
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, body, content_type in pages:
            asked = StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True)
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), length=0, http_headers=asked
            )
            writer.write_record(request)
            fields = [("Content-Type", content_type)]
            if content_encoding is not None:
                fields.append(("Content-Encoding", content_encoding))
            headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
            response = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(response)
    return path
