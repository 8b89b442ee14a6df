"""The text reader: a page copied as plain text (or a plain article) to a document.

decode → the metadata a tool's dump states at its head (front matter, a reader service's
labelled lines) → Markdown's syntax out, for a page converted to it → grid tables read cell by
cell, for a page pandoc drew so → segment (logical lines,
wrapping undone) → features (how each line reads) →
boilerplate (the densest run of prose is the body) → metadata (title, date, byline, credit
and site from the lines around it; language from the body) → the standfirst under the
headline (the subtitle) → blocks.

The lead photo's credit and caption have no image to hang on, so they are kept in
``Metadata.extra`` as ``("image_credit", "© REUTERS/POOL")`` and ``("image_caption", …)``
rather than as a ``Figure`` without a source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import datetime
from itertools import compress
from typing import ClassVar, cast

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.encoding import chosen_codec, decode, without_surrogates
from newsconv.errors import DecodingError, EmptyInput, NoArticleFound
from newsconv.language import detect_language, direction_of
from newsconv.model import Direction, Document, Metadata, Person
from newsconv.options import ReadOptions
from newsconv.readers.namecase import written_name
from newsconv.readers.text.blocks import to_blocks
from newsconv.readers.text.boilerplate import (
    body_span,
    foot,
    is_sentence,
    keep,
    lede_before,
    past_folded_box,
)
from newsconv.readers.text.captions import without_caption_toggles
from newsconv.readers.text.features import CHROME_KINDS, CLOSERS, Features, Kind, describe
from newsconv.readers.text.grids import without_grids
from newsconv.readers.text.markdown_pages import is_markdown_page, markdown_text
from newsconv.readers.text.metadata import (
    LOOKBACK,
    Dated,
    Found,
    date_alone,
    dateline_names,
    find_byline,
    find_closing_signature,
    find_credit,
    find_date,
    find_dated_foot,
    find_facts,
    find_signature,
    find_signature_under,
    find_signed_date,
    find_site,
    in_page_order,
    opens_with_author,
    unbulleted,
)
from newsconv.readers.text.segment import segment
from newsconv.readers.text.standfirst import find_standfirst
from newsconv.readers.text.stated import stated_head, stated_over
from newsconv.readers.text.summary import summary_over
from newsconv.readers.text.teasers import without_signed_teasers
from newsconv.readers.text.title import (
    ARROWS,
    FAR_LOOKBACK,
    MENU_WORDS,
    far_title,
    find_title,
    is_caption,
    kicker,
    signed_title,
    without_kicker,
)

__all__ = ["TextReader", "decode_text"]

#: Characters no text file holds (C0 controls other than tab and line breaks, and U+FFFD).
BINARY_CHARS = "".join(map(chr, [*range(0x09), *range(0x0E, 0x20)])) + "\ufffd"
#: Share of such characters above which the input is taken for binary data.
MAX_BINARY_SHARE = 0.02
#: How much of the body a title is compared with: the lede and the first paragraphs.
BODY_SAMPLE_CHARS = 2500
#: How a headline may end that a sentence ends too.
HEADLINE_STOPS = frozenset("!?！？")
#: A paragraph on the author at least this heavy is their box (see :func:`_about_author`).
BIO_WEIGHT = 120
#: A header of the replies to a post quotes its headline after at most so many words:
#: "One Response to “…”".
REPLIES_WORDS = 4
#: Quotation marks that open and close a quote, as a header of replies quotes the headline
#: in them ("“…”", "„…“", "«…»").
OPENING_QUOTES = "“\"„«‘'‚‹「『"
CLOSING_QUOTES = "”\"“»’'‘›」』"
#: The label a caption is read out to screen readers with ("Image caption The baby's …").
_CAPTION_LABEL = re.compile(r"(?:Image|Media|Photo) [Cc]aption\s+(?=\S)")
#: How many lines from its headline a date confirms a headline block.
DATED_HEADLINE = 3
#: How many characters of the body the language is guessed from (a few sentences suffice).
LANGUAGE_SAMPLE = 160


#: The lines of the body's prose the date, byline and credit are looked for in, past its
#: opening.
HEAD_REACH = 5
#: ... and the byline, one line further: a standfirst, the lead picture's credit, a label
#: and a summary of two sentences may stand over it.
BYLINE_REACH = HEAD_REACH + 1
#: How many lines of the body's run past its first sentence a headline block is looked for
#: in, when none stands above it (see :func:`_headline_block`).
BLOCK_REACH = 12


class TextReader:
    """Reads plain text: a whole web page copied as text, or just an article."""

    name: ClassVar[str] = "text"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        text = decode_text(data, encoding=options.encoding, declared=options.declared_encoding)
        stated = stated_head(text)
        if stated:
            text = stated[1]
        if is_markdown_page(text):
            text = markdown_text(text)
        texts, cells = segment(without_grids(text))
        if not texts:
            raise EmptyInput(where=source)
        features = describe(texts, cells)
        span = body_span(features, texts)
        body, span = _with_lede(texts, features, span, keep(texts, features, span))
        lang = detect_language(_opening(texts, body, LANGUAGE_SAMPLE))
        prose = next((i for i in span if _opens_prose(texts[i], features[i])), span.start)
        before = range(max(0, span.start - LOOKBACK), prose)
        dated = find_date(texts, _head(before, span), lang, options.captured, cells, features)
        if dated is None and (block := _headline_block(texts, features, span, prose)):
            span = range(block, span.stop)  # the run took in what the page prints over it
            body = [index for index in body if index >= block]
            prose = next((i for i in span if _opens_prose(texts[i], features[i])), span.start)
            before = range(block, prose)  # the headline opens the block, not a line over it
            dated = find_date(texts, _head(before, span), lang, options.captured, cells, features)
        if dated is None and body:
            dated = find_signed_date(texts, body[-1] + 1, lang, options.captured)
        ending = None
        if dated is None and body:
            ending = find_dated_foot(texts, features, body, lang, options.captured)
            if ending:
                dated = ending.dated
        facts = None
        if dated is None and body:
            facts = find_facts(texts, body[-1] + 1, lang, options.captured)
            if facts:
                dated = facts[0]
        if dated:
            dated = in_page_order(texts, dated)
        metadata, used, headline, dated = _metadata(
            texts, features, before, span, body, lang, dated, options.captured
        )
        if ending:
            body = [index for index in body if index < ending.start]
            if ending.authors and not metadata.authors:
                metadata = replace(metadata, authors=ending.authors)
        if facts and not metadata.authors:
            metadata = replace(metadata, authors=facts[1])
        if stated:
            metadata = stated_over(metadata, stated[0], report, source)
        if options.url:
            metadata = replace(metadata, url=options.url)
        top = _masthead_end(headline, dated)
        kept = [i for i in body if i > top and i not in used and texts[i] != metadata.title]
        kept = kept[past_folded_box(texts, features, kept) :]
        kept = [*summary_over(texts, features, headline, used, kept), *kept]
        if metadata.title:
            kept = kept[: _replies_header(texts, kept, metadata.title)]
        if metadata.authors:
            kept = _without_boxes(texts, kept, metadata.authors)  # the name over its bio first
            kept = _without_bio(texts, features, kept, metadata.authors)
        if dated:
            kept = kept[: foot(texts, features, kept, dated)]
        if kept and not metadata.authors and (signed := find_closing_signature(texts, kept)):
            metadata = replace(metadata, authors=signed[1])
            kept = [index for index in kept if index != signed[0]]
        if standfirst := find_standfirst(texts, features, headline, used, kept):
            metadata = replace(metadata, subtitle=standfirst.text)
            kept = [index for index in kept if index not in standfirst.lines]
        lead = kept[0] if _lead_caption(texts, features, kept) else None
        if lead is None:
            lead = _head_caption(texts, features, range(headline + 1, kept[0] if kept else 0), used)
        if lead is not None:
            caption = unbulleted(texts[lead])  # "- Jane Roe (left) … - Photo/Agency"
            label = _CAPTION_LABEL.match(caption)  # read out to screen readers, not the caption's
            extra = (
                *metadata.extra,
                ("image_caption", caption[label.end() :] if label else caption),
            )
            metadata, kept = replace(metadata, extra=extra), [i for i in kept if i != lead]
        kept = without_signed_teasers(texts, features, kept)
        texts, kept = without_caption_toggles(texts, kept)
        if not kept:
            raise NoArticleFound("no article text found", where=source)
        dropped = len(texts) - len(kept)
        if dropped:
            report(Diagnostic("info", "removed-boilerplate", f"left out {dropped} lines", source))
        blocks = to_blocks(
            [texts[i] for i in kept], [cells.get(i, ()) for i in kept], [features[i] for i in kept]
        )
        return Document(_names_written(metadata), blocks)


def _names_written(metadata: Metadata) -> Metadata:
    """The authors' names as people write them: a byline printed in capitals ("By JEFFREY
    GETTLEMAN") names Jeffrey Gettleman (:func:`~newsconv.readers.namecase.written_name`)."""
    if not metadata.authors:
        return metadata
    people = tuple(Person(written_name(person.name), person.url) for person in metadata.authors)
    return replace(metadata, authors=people)


def _headline_block(
    texts: list[str], features: list[Features], span: range, prose: int
) -> int | None:
    """The headline of the article's head when the body's run took in lines above it: a
    line of more words than a menu item's, printed earlier on the page too (a share
    panel's copy of the headline), at most :data:`DATED_HEADLINE` lines over a dateline
    among the run's first :data:`BLOCK_REACH` lines past its first sentence, with
    furniture between that sentence and it (a contribution form's notice, then a series'
    links); else none."""
    stop = min(span.stop, prose + BLOCK_REACH)
    for line in range(prose + HEAD_REACH, stop):
        if not features[line].digits or features[line].kind is Kind.GOOD:
            continue
        if find_date(texts, range(line, line + 1), None) is None:
            continue
        for head in range(line - 1, max(prose, line - DATED_HEADLINE) - 1, -1):
            text = texts[head]
            if (
                features[head].repeats > 1
                and features[head].words > MENU_WORDS  # a headline, not a menu's item
                and features[head].kind is not Kind.GOOD
                and text in texts[: span.start]
                and any(features[i].kind in CHROME_KINDS for i in range(prose + 1, head))
            ):
                return head
        return None
    return None


def _masthead_end(headline: int, dated: Dated | None) -> int:
    """The last line of the page's head: the headline when the date stands beside it (a
    headline block, not a line picked for want of one), so a ticker, a kicker or a teaser
    the body's run took in above it goes; else -1."""
    beside = dated is not None and headline >= 0 and abs(dated.line - headline) <= DATED_HEADLINE
    return headline if beside else -1


def _lead_caption(texts: list[str], features: list[Features], kept: list[int]) -> bool:
    """Whether the body's first line is the lead photo's caption, over its first paragraph:
    a caption by its credit or its label (:func:`.title.is_caption`: "… (Hopper Stone/
    Twentieth Century Fox)", "… next year. Marguerite Reardon/CNET", "Image caption The
    baby's father …"). Like the photo's credit, it has no picture to hang on here."""
    return (
        len(kept) > 1
        and features[kept[1]].kind is Kind.GOOD
        and is_caption(texts[kept[0]])
        and not texts[kept[0]].endswith(ARROWS)
    )


def _head_caption(
    texts: list[str], features: list[Features], head: range, used: set[int]
) -> int | None:
    """The lead photo's caption left in the head, between the headline and the body: a
    caption by its credit or label (:func:`.title.is_caption`) as heavy as a sentence, over
    the byline and the dateline that open the body under it ("Rescuers search the site
    of the crash. Foto: AFP" over a share bar, "Por: …" and the date)."""
    for index in head:
        text = texts[index]
        if (
            index not in used
            and features[index].kind in (Kind.GOOD, Kind.NEAR)
            and is_caption(text)
            and not text.endswith(ARROWS)
        ):
            return index
    return None


def _replies_header(texts: list[str], kept: list[int], title: str) -> int:
    """Where the replies to the post start among ``kept``: under a short line that names
    the headline in quotes after a count of a few words ("One Response to “Going mobile in
    1998”", "12 thoughts on “…”", "2 Kommentare zu „…“"), the comments' header a blog
    prints under the post (kept or not); else ``len(kept)``. Nothing under it is the
    article. The body's lines are searched for the headline joined, in C: most hold none."""
    if not kept:
        return 0
    first = kept[0] + 1
    joined = "\n".join(texts[first : kept[-1] + 1])
    found = joined.find(title)
    while found >= 0:
        index = first + joined.count("\n", 0, found)
        opening, _, after = texts[index].partition(title)
        if (
            opening[-1:] in OPENING_QUOTES
            and after in CLOSING_QUOTES
            and len(after) == 1
            and 1 < opening.count(" ") <= REPLIES_WORDS
        ):
            return bisect_left(kept, index)
        found = joined.find(title, found + len(title))
    return len(kept)


def _without_bio(
    texts: list[str], features: list[Features], kept: list[int], authors: tuple[Person, ...]
) -> list[int]:
    """``kept`` without the author's box (:func:`_about_author`); when more paragraphs stand
    over the box than under it and furniture follows it (a line that is no paragraph:
    "* More", tags), without what follows it too: a page prints its newsletter's pitch, its
    tags and a video's teaser under the author's box, not more of the article. A paragraph
    right under the box (the print edition's note) is the article's own."""
    about = [_about_author(texts[index], features[index], authors) for index in kept]
    if True not in about:
        return kept
    box = about.index(True)
    good = [features[index].kind is Kind.GOOD for index in kept]
    if box + 1 < len(kept) and not good[box + 1] and sum(good[:box]) > sum(good[box + 1 :]):
        return kept[:box]
    return list(compress(kept, (not boxed for boxed in about)))


def _about_author(text: str, line: Features, authors: tuple[Person, ...]) -> bool:
    """Whether a paragraph is the author's box: it opens with the byline's name and speaks
    of them at length ("Marguerite Reardon has been a CNET News reporter since 2004, …");
    a line crediting them ("Jane Doe reported from Paris.") is shorter."""
    return line.weight >= BIO_WEIGHT and opens_with_author(text, authors)


def _without_boxes(texts: list[str], kept: list[int], authors: tuple[Person, ...]) -> list[int]:
    """``kept`` without the author's box: a line that is only a byline's name, and the
    line under it, which says who they are ("Benjamin Fischer", "Redakteur in der
    Wirtschaft."). The byline names them once; the body does not name its author alone.
    A name signing the article over its notes ("(1) Hwang Sok-yong, …") is no box."""
    names = {person.name.casefold() for person in authors}
    sizes = {len(person.name) for person in authors}  # most lines are ruled out by length
    boxed: set[int] = set()
    for at, index in enumerate(kept[:-1]):
        text = texts[index]
        if len(text) in sizes and text.casefold() in names and texts[kept[at + 1]][0].isalpha():
            boxed.update((index, kept[at + 1]))
    return [index for index in kept if index not in boxed] if boxed else kept


def _opens_prose(text: str, line: Features) -> bool:
    """Whether the body's prose starts at ``line``: a sentence, but not a short exclamation
    or question, which may be the headline opening the body ("Schwierige Gespräche: so
    geht's!", "Who is afraid of the AI?")."""
    return is_sentence(line) and (
        line.kind is not Kind.SHORT or text.rstrip(CLOSERS)[-1:] not in HEADLINE_STOPS
    )


def _with_lede(
    texts: list[str], features: list[Features], span: range, body: list[int]
) -> tuple[list[int], range]:
    """The body and its span, opened by the lede under the headline when a video player or
    a gallery parted it from the rest (:func:`boilerplate.lede_before`)."""
    lede = lede_before(features, texts, span)
    if not lede:
        return body, span
    opening = keep(texts, features, lede)
    shown = {texts[i] for i in opening}
    return [*opening, *(i for i in body if texts[i] not in shown)], range(lede.start, span.stop)


def decode_text(data: bytes, *, encoding: str | None = None, declared: str | None = None) -> str:
    """The text of ``data``; refuses binary data with :class:`DecodingError`.

    ``encoding`` overrides detection (:class:`~newsconv.errors.OptionError` when no codec
    knows it); ``declared`` is the charset the input came labelled with (a text/plain
    response's), which detection weighs.
    """
    codec = chosen_codec(encoding) if encoding else None
    if not codec:
        text = decode(data, declared=declared)[0]  # lone surrogates replaced there
    elif codec == "utf-8":
        text = data.decode(codec, errors="replace")
    else:  # UTF-7 can give half a surrogate pair
        text = without_surrogates(data.decode(codec, errors="replace"))
    sample = text[:65536]
    # ``in`` scans far faster than a regex: count only when some such character is there.
    if any(char in sample for char in BINARY_CHARS) and (
        sum(map(sample.count, BINARY_CHARS)) > MAX_BINARY_SHARE * len(sample)
    ):
        raise DecodingError("binary data, not text")
    return text


def _opening(texts: list[str], body: list[int], size: int) -> str:
    """The first ``size`` characters of the body, without joining all of it."""
    parts: list[str] = []
    left = size
    for index in body:
        parts.append(texts[index])
        left -= len(texts[index]) + 1
        if left <= 0:
            break
    return " ".join(parts)[:size]


def _head(before: range, span: range, reach: int = HEAD_REACH) -> range:
    """Where the date, byline and credit are looked for: above the body's prose and in
    its first :data:`HEAD_REACH` lines (a standfirst may open the prose, then the source's
    credit and the dateline follow it), or ``reach`` lines."""
    return range(before.start, min(span.stop, before.stop + reach))


def _metadata(
    texts: list[str],
    features: list[Features],
    before: range,
    span: range,
    body: list[int],
    lang: str | None,
    dated: Dated | None,
    captured: datetime | None,
) -> tuple[Metadata, set[int], int, Dated | None]:
    """Metadata from the lines before the body's prose (and its first few), with those used,
    the headline's line (-1 when there is none) and the date.

    ``before`` runs up to the first sentence: a headline can open the run of lines the
    body was found in. ``dated`` is the date found there (:func:`_head`); when no headline
    stands there, one far above with its dateline is looked for (:func:`.title.far_title`).
    """
    head = _head(before, span)
    opening = _opening(texts, body, BODY_SAMPLE_CHARS)
    near = dated.line if dated else None
    above = range(max(0, before.start - FAR_LOOKBACK), before.start)
    headed = None  # a headline with its byline and date far above the body
    if dated is None and before.start > 0:
        headed = signed_title(texts, features, above, body=opening, lang=lang, captured=captured)
    title: Found | None
    if headed is not None:
        title, dated = headed
        head = range(title.index + 1, dated.line + 1)  # its byline stands there
    else:
        title = find_title(texts, features, before, near=near, body=opening, body_start=span.start)
    if title is not None:
        title = without_kicker(texts, title)
    if title is None and before.start > 0:
        far = far_title(texts, features, above, body=opening, lang=lang, captured=captured)
        if far is not None:
            title, dated = far[0], dated or far[1]
    bylined = head if headed is not None else _head(before, span, BYLINE_REACH)
    byline = find_byline(texts, bylined, title.index if title else -1) or (
        find_signature(texts, features, dated.line, title.index) if dated and title else None
    )
    if dated is None and byline and (under := date_alone(texts, byline[0] + 1, lang, captured)):
        dated = in_page_order(texts, under)  # the dateline under a byline the prose holds
    if byline is None and dated and body and dated.line > body[-1]:
        # signed under the post: "Written by Jane Roe" over its date, "Autor: …" under it
        lines = range(dated.line - 1, min(len(texts), dated.line + 2))
        signed = find_byline([unbulleted(texts[index]) for index in lines], range(len(lines)))
        byline = (lines[signed[0]], signed[1]) if signed else None
    if byline is None and dated and (named := dateline_names(texts[dated.line], dated.printed)):
        byline = dated.line, named
    if byline is None and dated and title:
        byline = find_signature_under(texts, features, dated.line, title.index)
    credit = find_credit(texts, head)
    used = {found.index for found in (title, credit) if found}
    used |= {found[0] for found in (dated, byline) if found}
    if dated and features[dated.line].kind is Kind.GOOD:
        used.discard(dated.line)  # a paragraph that opens with its date stays in the body
    if title:
        used.update(kicker(texts, features, title.index))
    authors: tuple[Person, ...] = byline[1] if byline else ()
    metadata = Metadata(
        title=title.value if title else None,
        authors=authors,
        published=dated.value if dated else None,
        site_name=find_site(texts),
        lang=lang,
        dir=cast("Direction | None", direction_of(lang)),
        extra=(("image_credit", credit.value),) if credit else (),
    )
    return metadata, used, title.index if title else -1, dated
