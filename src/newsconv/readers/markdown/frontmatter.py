"""YAML front matter to :class:`~newsconv.model.Metadata`.

Reads the keys the Markdown writer writes (``title``, ``authors``, ``published``, ``site``,
``image`` with a Markdown caption and credit, ``extra``, ...) and the spellings other
tools use (``author``, ``date``, ``lastmod``, ``keywords``: :mod:`newsconv.fieldnames`).
Unknown keys go to ``extra``; a value that cannot be used is skipped with a note, never an
exception. A plain-text file may open with front matter too (trafilatura's text output
does): :func:`split_front_matter` finds it there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import yaml
from dateutil.parser import isoparse

from newsconv.encoding import without_surrogates
from newsconv.errors import ParseError
from newsconv.fieldnames import field_name
from newsconv.model import Figure, Image, Inline, Metadata, Person

InlineParser = Callable[[str], tuple[Inline, ...]]


#: How far into a text file its front matter may reach: a metadata block, not a page.
FRONT_MATTER_MAX_CHARS = 20_000
#: A text's opening ``---`` line, the YAML, and the ``---`` (or ``...``) line closing it.
_FENCED = re.compile(r"---[ \t]*\r?\n(.+?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.DOTALL)


def split_front_matter(text: str) -> tuple[Mapping[str, Any], str] | None:
    """A text file's front matter and the text after it; ``None`` when the text does not
    open with a block of YAML naming at least one metadata field (a page copied as text
    may open with a rule of dashes, and a line of "Key: value" under it is no metadata)."""
    fenced = _FENCED.match(text[:FRONT_MATTER_MAX_CHARS])
    if fenced is None:
        return None
    try:
        data = load_front_matter(fenced[1])
    except ParseError:
        return None
    known = (field_name(str(key)) for key in data)
    if not any(name in _FIELDS or name == "image" for name in known):
        return None
    return data, text[fenced.end() :]


def load_front_matter(text: str) -> Mapping[str, Any]:
    """The front matter as a mapping; :class:`ParseError` when it is not one."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        raise ParseError(f"invalid YAML front matter: {err}".splitlines()[0]) from err
    except RecursionError as err:
        raise ParseError("invalid YAML front matter: nested too deeply") from err
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ParseError("YAML front matter is not a mapping of keys to values")
    return data


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, but a timestamp no calendar has (``2021-13-45``) stays a
    string, which :func:`_when` then refuses with a note, instead of a ``ValueError``; and
    a string's lone surrogate (``"\\ud800"``) becomes U+FFFD."""


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


def _string(loader: _Loader, node: yaml.ScalarNode) -> str:
    return without_surrogates(loader.construct_yaml_str(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_Loader.add_constructor("tag:yaml.org,2002:str", _string)


def metadata_from(
    data: Mapping[str, Any], *, inlines: InlineParser, note: Callable[[str], None]
) -> Metadata:
    """Metadata from front matter; ``inlines`` parses the lead image's caption and credit."""
    fields: dict[str, Any] = {}
    extra: list[tuple[str, str]] = []
    for key, value in data.items():
        name = field_name(str(key))
        if value is None:
            continue
        try:
            if name == "extra":
                extra[:0] = _pairs(value)
            elif name == "image":
                fields[name] = _lead_image(value, inlines)
            elif name in _FIELDS:
                fields[name] = _FIELDS[name](value)
            else:
                extra.append((str(key), _scalar(value)))
        except (ValueError, TypeError, KeyError) as err:
            note(f"ignored front matter {key!r}: {err}")
    if fields.get("dir") not in (None, "ltr", "rtl"):
        note(f"ignored dir {fields.pop('dir')!r}")
    source = fields.get("source")
    if "url" not in fields and source and source.startswith(("http://", "https://")):
        fields["url"] = source  # web clippers (Obsidian's, MarkDownload) name the page so
    return Metadata(**fields, extra=tuple(extra))


def _lead_image(value: Any, inlines: InlineParser) -> Figure:
    if not isinstance(value, Mapping):
        return Figure(Image(str(value)))
    size = {key: _size(value[key]) for key in ("width", "height") if value.get(key) is not None}
    image = Image(str(value["src"]), str(value.get("alt") or ""), **size)
    caption, credit = (inlines(str(value.get(key) or "")) for key in ("caption", "credit"))
    return Figure(image, caption, credit)


def _size(value: Any) -> int:
    size = int(value)
    if size < 0:
        raise ValueError(f"a size cannot be negative: {size}")
    return size


def _scalar(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True).strip()
    return str(value)


def _strings(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else str(value).split(",")
    return tuple(text for item in items if (text := str(item).strip()))


def _people(value: Any) -> tuple[Person, ...]:
    """A list of names (or of ``name``/``url`` mappings), or one; a semicolon parts names
    in a string (trafilatura writes "Ann Lee; Bo Chen"), a comma does not ("Lee, Ann")."""
    if isinstance(value, Mapping):
        value = [value]
    items = value if isinstance(value, list) else str(value).split(";")
    people = []
    for item in items:
        if isinstance(item, Mapping):
            people.append(
                Person(str(item["name"]), None if item.get("url") is None else str(item["url"]))
            )
        elif name := _unlinked(str(item)):
            people.append(Person(name))
    return tuple(people)


def _unlinked(name: str) -> str:
    """A name without the wiki-link a notes app writes round it ("[[Ann Lee]]",
    "[[Ann Lee|Ann]]")."""
    name = name.strip()
    if name.startswith("[[") and name.endswith("]]"):
        name = name[2:-2].partition("|")[0].strip()
    return name


def _when(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return isoparse(str(value))


def _pairs(value: Any) -> list[tuple[str, str]]:
    if isinstance(value, Mapping):
        return [(str(key), _scalar(item)) for key, item in value.items()]
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 for p in value):
        raise ValueError("expected a mapping or a list of key/value pairs")
    return [(str(key), _scalar(item)) for key, item in value]


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": str,
    "subtitle": str,
    "authors": _people,
    "published": _when,
    "modified": _when,
    "site_name": str,
    "url": str,
    "lang": str,
    "dir": str,
    "description": str,
    "tags": _strings,
    "source": str,
}
