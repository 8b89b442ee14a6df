"""Word documents built in the tests: the few parts a .docx needs, written by hand."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    marks = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{marks}</w:rPr>" if marks else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(*runs: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def styles(*names: str) -> str:
    defined = "".join(
        f'<w:style w:type="paragraph" w:styleId="{name.replace(" ", "")}">'
        f'<w:name w:val="{name}"/></w:style>'
        for name in names
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{defined}</w:styles>'


def core(**fields: str) -> str:
    names = {
        "title": "dc:title",
        "creator": "dc:creator",
        "created": "dcterms:created",
        "modified": "dcterms:modified",
        "keywords": "cp:keywords",
        "language": "dc:language",
        "description": "dc:description",
    }
    inner = "".join(f"<{names[k]}>{escape(v)}</{names[k]}>" for k, v in fields.items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{inner}</cp:coreProperties>'
    )


def docx(
    body: str,
    *,
    style_names: tuple[str, ...] = (),
    properties: str = "",
    document_rels: str = "",
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A .docx holding ``body`` (``<w:p>`` elements), its styles and its properties."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
            f"<w:body>{body}</w:body></w:document>",
        )
        if style_names:
            archive.writestr("word/styles.xml", styles(*style_names))
        if document_rels:
            archive.writestr("word/_rels/document.xml.rels", document_rels)
        if properties:
            archive.writestr("docProps/core.xml", properties)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()
