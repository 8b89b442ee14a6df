"""GitHub-flavoured Markdown with YAML front matter: newsconv's readable round-trip format.

The body follows the conventions in :mod:`.blocks` and the escaping in :mod:`.inline`,
so that :class:`newsconv.readers.markdown.MarkdownReader` reads back the same document
(less what Markdown cannot hold: heading ids, image sizes in the body, table spans).
Every metadata field goes to the front matter, safe-dumped, dates as ISO 8601 strings (the
day alone when no time of day is known, as Hugo, Jekyll and pandoc write it); the lead
image's caption and credit are Markdown strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

import yaml

from newsconv.diagnostics import Reporter
from newsconv.errors import OptionError
from newsconv.model import Document, Figure, Metadata, day_only
from newsconv.options import WriteOptions
from newsconv.writers.base import TextWriter
from newsconv.writers.markdown.anchors import heading_anchors
from newsconv.writers.markdown.blocks import BlockWriter, gfm_grid
from newsconv.writers.markdown.inline import UNWRAPPED, InlineWriter

__all__ = ["MarkdownOptions", "MarkdownWriter", "front_matter", "gfm_grid"]


@dataclass(frozen=True, slots=True)
class MarkdownOptions(WriteOptions):
    """``front_matter``: start with the metadata as YAML between ``---`` lines; without it,
    only the title is kept, as the first line's ``#`` heading. Body sections start at ``##``.

    ``wrap``: break paragraph lines at spaces past this many characters (``None``: one
    line per paragraph). Headings, table rows and figure lines are never broken.
    """

    front_matter: bool = True
    wrap: int | None = None

    def __post_init__(self) -> None:
        if self.wrap is not None and self.wrap < 1:
            raise OptionError(f"option 'wrap' must be a positive number, not {self.wrap}")


def front_matter(meta: Metadata, inline: InlineWriter) -> dict[str, Any]:
    """The metadata as a plain mapping for YAML: unset fields left out, in model order."""
    data: dict[str, Any] = {
        "title": meta.title,
        "subtitle": meta.subtitle,
        "authors": [
            person.name if person.url is None else {"name": person.name, "url": person.url}
            for person in meta.authors
        ],
        "published": _iso(meta.published),
        "modified": _iso(meta.modified),
        "site": meta.site_name,
        "url": meta.url,
        "lang": meta.lang,
        "dir": meta.dir,
        "description": meta.description,
        "tags": list(meta.tags),
        "image": _image(meta.image, inline) if meta.image else None,
        "source": meta.source,
        "extra": _extra(meta.extra),
    }
    return {key: value for key, value in data.items() if value not in (None, [], {})}


def _iso(when: datetime | None) -> str | None:
    """ISO 8601 to the microsecond, or the day alone for a naive midnight, which is how the
    model holds a date with no time of day."""
    if when is None:
        return None
    return when.date().isoformat() if day_only(when) else when.isoformat()


def _image(figure: Figure, inline: InlineWriter) -> dict[str, Any]:
    image = figure.image
    data = {
        "src": image.src,
        "alt": image.alt or None,
        "width": image.width,
        "height": image.height,
        "caption": inline.render(figure.caption, UNWRAPPED, line_start=False) or None,
        "credit": inline.render(figure.credit, UNWRAPPED, line_start=False) or None,
    }
    return {key: value for key, value in data.items() if value is not None}


def _extra(pairs: tuple[tuple[str, str], ...]) -> dict[str, str] | list[list[str]]:
    """A mapping, unless a key repeats: then a list of pairs, so nothing is lost."""
    if len({key for key, _ in pairs}) == len(pairs):
        return dict(pairs)
    return [list(pair) for pair in pairs]


class MarkdownWriter(TextWriter[MarkdownOptions]):
    name: ClassVar[str] = "md"
    media_type: ClassVar[str] = "text/markdown"
    suffix: ClassVar[str] = ".md"
    options_type: ClassVar[type[WriteOptions]] = MarkdownOptions

    def render(self, doc: Document, options: MarkdownOptions, report: Reporter) -> str:
        title = doc.metadata.title
        headed = [title] if title and not options.front_matter else []
        anchors = heading_anchors(doc.blocks, headed)
        blocks = BlockWriter(report, width=options.wrap, anchors=anchors)
        body = blocks.render(doc.blocks)
        if not options.front_matter:
            parts = [blocks.title(title)] if title else []
            parts += [body] if body else []
            return "\n\n".join(parts) + "\n" if parts else ""
        meta = front_matter(doc.metadata, blocks.inline)
        if not meta:
            return body + "\n" if body else ""
        head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)
        return f"---\n{head}---\n\n{body}\n" if body else f"---\n{head}---\n"
