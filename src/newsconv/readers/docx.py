"""Word documents (``.docx``): the form most stories take before a CMS sees them.

mammoth turns the document into clean HTML by its paragraph styles (Heading 1 an ``<h1>``,
bold runs ``<strong>``, lists, tables, footnotes, pictures as ``data:`` URIs, since they
are part of the file), which the HTML reader reads as an article fragment, whole: a
document holds no page furniture to find the story in. Word's own Title and Subtitle
styles become the title and subtitle, its Quote styles quotations. The document's
properties (``docProps/core.xml``) fill what the text does not say: its author, the day it
was created as the publication date, when it was last saved, its language, keywords and
description; a title typed into the text outranks the properties' one, which is often a
template's or a first draft's.

A picture linked to a file outside the document is never read (mammoth's external file
access is off), and a document that would unpack to more than :data:`MAX_UNPACKED_BYTES`
is refused before it is unpacked.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
import zlib
from collections.abc import Callable
from typing import ClassVar

import mammoth
from lxml import etree

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.errors import UnreadableInput
from newsconv.model import Document, Metadata, Text, merged
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.markdown.frontmatter import metadata_from

__all__ = ["DocxReader"]

#: What a document may unpack to: a long story with its photos is a few tens of megabytes.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
#: Word's styles for what the HTML reader knows by its markup (mammoth's own map follows).
STYLE_MAP = """
p[style-name='Title'] => h1.title:fresh
p[style-name='Subtitle'] => p.subtitle:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Caption'] => p.caption:fresh
"""
#: The names Word and other editors put in a new file's properties for want of the writer's.
PLACEHOLDER_AUTHORS = frozenset(
    {"microsoft office user", "windows user", "user", "author", "admin"}
)
_CORE = "docProps/core.xml"
#: What the standard library raises on a damaged zip: a bad directory, a compression or
#: version it does not know, a member name in no encoding, a cut or corrupt stream.
_ZIP_ERRORS = (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, zlib.error)
_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}


class DocxReader:
    """Reads a Word document; see the module's docstring."""

    name: ClassVar[str] = "docx"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        archive = _archive(data, source)
        try:
            converted = mammoth.convert_to_html(
                io.BytesIO(data), style_map=STYLE_MAP, external_file_access=False
            )
        except Exception as err:  # mammoth raises whatever its parsers meet in a broken file
            raise UnreadableInput(
                f"cannot read this Word document ({err!r})", where=source
            ) from err
        for message in converted.messages:
            report(Diagnostic("info", "docx", str(message.message), source))
        html = converted.value.encode("utf-8")
        options = dataclasses.replace(options, declared_encoding="utf-8")
        doc = HtmlReader().read(html, options=options, source=source, report=report)

        def note(message: str) -> None:
            report(Diagnostic("info", "bad-metadata", message, source))

        stated = _properties(archive, note)
        return dataclasses.replace(doc, metadata=merged(doc.metadata, stated, other_wins=False))


def _archive(data: bytes, source: str | None) -> zipfile.ZipFile:
    """The document's zip archive, checked before anything is unpacked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as err:
        raise UnreadableInput(f"not a Word document ({err})", where=source) from err
    if "word/document.xml" not in archive.namelist():
        raise UnreadableInput("not a Word document (no word/document.xml)", where=source)
    if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise UnreadableInput(
            f"unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB", where=source
        )
    return archive


def _properties(archive: zipfile.ZipFile, note: Callable[[str], None]) -> Metadata:
    """The document's core properties, read as front matter naming the same fields is."""
    try:
        root = etree.fromstring(archive.read(_CORE), _PARSER)
    except (KeyError, etree.XMLSyntaxError, *_ZIP_ERRORS):
        return Metadata()
    if root is None:
        return Metadata()
    stated = {field: root.findtext(path, namespaces=_NAMESPACES) for field, path in _FIELDS}
    creators = (stated.pop("authors") or "").split(";")
    stated["authors"] = [name for name in creators if name.strip().casefold() not in _PLACEHOLDERS]
    stated["tags"] = (stated["tags"] or "").replace(";", ",")
    given = {field: value for field, value in stated.items() if value and str(value).strip()}
    return metadata_from(given, inlines=lambda text: (Text(text),), note=note)


#: The core properties the model has a field for, by the field.
_FIELDS = (
    ("title", "dc:title"),
    ("authors", "dc:creator"),
    ("published", "dcterms:created"),
    ("modified", "dcterms:modified"),
    ("lang", "dc:language"),
    ("description", "dc:description"),
    ("tags", "cp:keywords"),
)
_PLACEHOLDERS = PLACEHOLDER_AUTHORS | {""}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
