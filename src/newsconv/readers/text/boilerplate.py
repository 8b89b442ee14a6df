"""Find the article in a page of lines: the densest run of prose, chrome inside it dropped.

Each line scores by what it looks like (:mod:`.features`): prose earns its weight, chrome
and short lines cost a little, and each further short line of an unbroken gap costs more
than the last (a short line that ends in a full stop is a sentence: it ends the gap). No
line adds more than :data:`LINE_CAP`, so one huge line cannot outweigh a story. The body is
the run of lines with the highest total (the maximum-sum subarray, found in one pass), so a
few short lines inside an article (a sub-heading, a list, a caption) stay in, while a long
menu or a feed of teasers beyond a gap of headlines cannot tip the balance. Going on past a
"Read also" header costs half the run so far (a box of links early in an article is crossed,
a list of them after it is not), and the run found goes on past a short box when sentences
on its topic follow it (:func:`_resumed`); a comments header forbids it. An island between
paragraphs that belongs to the article (code, a chart, a table of contents, a list:
:mod:`.figures`) costs next to nothing, so the article goes on past it (a list's items cost
a flat price, its short sentences nothing: the steps of a how-to); a comment thread, a form
or a slideshow (:mod:`.threads`) is never part of it. A box of teasers the run took in at
its end goes: lines that never end a sentence under paragraphs that do, or cards named
after the menu's sections. Inside the run, lines that read as chrome go, and a paragraph
printed twice (a lede shown as a teaser, then in the body) is kept once. The indicators of
compromise a security article lists under its text (hashes, addresses, defanged domains)
are its own, though each reads as furniture (:func:`_indicators_end`).

A long island of page furniture (a video player, a gallery) can part an article's lede from
the rest, and the run after it is then the densest. The prose right under a dated headline
block above such an island is the article's start when it speaks of what the body speaks of
(:func:`lede_before`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from itertools import compress, islice, pairwise
from operator import attrgetter

from newsconv.evaluate import tokens
from newsconv.readers.text.captions import toggled_copy
from newsconv.readers.text.features import (
    CHROME_KINDS,
    MARKER_STARTS,
    SENTENCE,
    SHORT,
    Features,
    Kind,
    links_elsewhere,
)
from newsconv.readers.text.figures import Figure, figures, prose_lines
from newsconv.readers.text.metadata import (
    CREDIT,
    LOOKBACK,
    Dated,
    bylines,
    find_date,
    opens_with_author,
    unbulleted,
)
from newsconv.readers.text.threads import EXCERPT_ENDS, threads
from newsconv.readers.text.title import content_tokens, is_caption
from newsconv.readers.text.vocabulary import (
    CREDIT_LABELS,
    FOLLOW_PHRASES,
    MORE_FROM_OPENINGS,
    MORE_FROM_WORDS,
    SOCIAL_NETWORKS,
    SOURCE_CREDITS,
)
from newsconv.readers.toggles import EXPAND_LABELS

#: What each kind of line adds to a run: prose counts by weight, a short sentence by a
#: quarter of what it has above the short-line limit (a list's item below it, nothing:
#: release notes are all items), the rest costs.
SHORT_SCORE = -20
BAD_SCORE = -40
#: The most one line adds: past this a line is a list or a dump (a comma list of 50,000
#: characters), and a story of many paragraphs must outweigh it.
LINE_CAP = 1500
#: Going on past a "Read also" header costs half the run so far, and at least this much.
BREAK_COST = 100
#: A comments header: no article goes on past it; and under a run of prose scoring this
#: much, with so many paragraphs that end in a stop, it closes the article: nothing further
#: down the page is one (a deck over a toolbar's "12 comments" is one paragraph).
END_SCORE = -(10**9)
CLOSED_TOTAL = 400
CLOSED_PARAGRAPHS = 2
#: A line of at least this many words that ends like a sentence is prose, however short.
SENTENCE_WORDS = 3
#: A tail of at least this many lines, none of them chrome nor a sentence, under at least
#: as many paragraphs that end in a full stop, and this share of all, is a box of teasers.
TAIL_LINES = 3
STOPPED_SHARE = 0.75
#: How a blurb the site cut short ends: no sentence, for a tail's sake.
_CUT_SHORT = ("…", "...", *EXCERPT_ENDS)
#: A site's plug closing the article is at most this long (a paragraph, not an article).
PLUG_MAX_CHARS = 600
#: A teaser card's lines (a section's name, a headline, a paragraph), and how many names
#: the cards closing a body must have between them.
CARD_LINES = 3
CARD_LABELS = 2
#: How many paragraphs may stand under the article's foot (its dateline printed again).
FOOT_PARAGRAPHS = 1
#: A short line of several sentences none longer than this many words is a prompt.
PROMPT_WORDS = 2
#: A listing of promos: so many blurbs at least, each lighter than this, under headings of
#: at most so many words.
LISTING_ITEMS = 3
BLURB_WEIGHT = 2 * SENTENCE
LISTING_WORDS = 4
#: A feed of teasers: this share of its paragraphs at least are blurbs (:func:`_feed`).
FEED_SHARE = 0.5
#: An author's box has at most so many paragraphs.
BIO_PARAGRAPHS = 2
#: Each further line of a gap without prose costs this much more than the one before.
GAP_SCORE = 15
#: A line of a figure (an island of notation between prose: a chart, code, query output).
FIGURE_SCORE = -2
#: How many lines above a lede its headline block's date may stand (a byline, a comment
#: count, a photo caption, a share bar between).
DATED_REACH = 8
#: A lede has at least this many prose lines (a gallery's first caption has one).
LEDE_LINES = 2
#: A box of links inside an article: a "Read also" header and its links, at most this many
#: lines before the prose goes on; and how many lines of prose the article goes on with.
BOX_LINES = 5
RESUMED_LINES = 2
#: A pointer to another story set in one line inside the article ("RELATED: Old bridges …")
#: may stand under so many lines of a picture's furniture (its credit) under the last
#: paragraph.
POINTER_REACH = 2
#: How far into the body a folded box's toggle may stand (:func:`past_folded_box`).
TOGGLE_REACH = 16
_TOGGLE_CHARS = max(map(len, EXPAND_LABELS))  # a longer line is no toggle: no casefolding
#: The next story's head: so many lines of the furniture over the body's first line, of
#: which at least so many come back together inside it (see :func:`_next_story`); and the
#: lines of headline, standfirst and time above its byline.
HEAD_LINES = 8
HEAD_REPEATS = 3
TITLE_LINES = 4
#: A security article's list of indicators of compromise: at least so many indicator lines,
#: with at most so many labels in a row between them ("Indicators of compromise", "SHA256:").
INDICATOR_LINES = 2
INDICATOR_LABELS = 3
#: A label over indicators is a short line: at most so many characters.
INDICATOR_LABEL_CHARS = 60
#: Words are compared by so many first letters, endings aside.
STEM = 5
#: A lede is on the body's topic when at least this share of its content words (of at least
#: :data:`CONTENT_LETTERS` letters) are in the body: about a fifth to a half of a lede's are
#: in the same article's later paragraphs, a twentieth to a tenth in most other articles'.
ON_TOPIC_SHARE = 0.15
CONTENT_LETTERS = 5

# The kinds under plain names: ``Kind.GOOD`` goes through the enum class's attribute lookup
# (some 70 ns on Python 3.11), and these loops read a kind or two for every line of a page.
_GOOD, _NEAR, _SHORT, _BAD, _BREAK = Kind.GOOD, Kind.NEAR, Kind.SHORT, Kind.BAD, Kind.BREAK
_END = Kind.END
#: What a rule between parts of an article is drawn with.
_RULE_CHARS = "-_*=~· "
_PROSE, _HEADERS, _HEADLINES = (_GOOD, _NEAR), (_BREAK, _END), (_SHORT, _NEAR)
_KIND = attrgetter("kind")
_NONE, _CODE, _LIST, _GALLERY = Figure.NONE, Figure.CODE, Figure.LIST, Figure.GALLERY
#: How a short sentence that continues an article ends (a short question is often a teaser).
_FULL_STOPS = frozenset(".!。！")
#: A photo's caption has at most this many words.
CAPTION_WORDS = 40
#: A lead photo's credit printed on its own line has at most so many words ("Win McNamee /
#: Getty Images").
CREDIT_WORDS = 6
#: How a picture's credit opens: a copyright sign, a bracket, a credit label's first letter.
_CREDIT_OPENINGS = frozenset("©(").union(*({label[0], label[0].upper()} for label in CREDIT_LABELS))
#: A line leading in to a list of links under the article has at most so many words.
LEAD_IN_WORDS = 8
#: A photo's credit in brackets closing its caption: "… popped the question? [Wenn]",
#: "… for the last year [Splash]", "(AP Photo)": one to three capitalised words.
_BRACKETED_CREDIT = re.compile(r"\s[\[(][A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}[\])]$")
#: Where one sentence of a line ends and the next begins.
_STOP_SPACE = re.compile(r"(?<=[.!?…])\s+")
#: An indicator of compromise, maybe after its type ("SHA256: …", "MD5 …", "C2:"): a
#: file's hash (MD5, SHA-1, SHA-256 or SHA-512 in hex), an IPv4 address, or a domain or URL
#: defanged so that no one follows it ("evil[.]com", "hxxps://…"). No menu holds one.
_INDICATOR = re.compile(
    r"(?:[\w-]{1,12}:?\s+)?"
    r"(?:(?:[0-9a-f]{128}|[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![\w-])"
    r"|(?:\d{1,3}(?:\.|\[\.\])){3}\d{1,3}(?![\d.\w])"
    r"|\S*?(?:\[\.\]|\(\.\)|\[dot\]|hxxps?(?:\[:\]|:)//))",
    re.IGNORECASE,
)


def body_span(features: Sequence[Features], texts: Sequence[str]) -> range:
    """The indices of the body: the densest run of prose, widened by short sentences and
    cut before a box of teasers that closes it (:func:`_unfinished`, :func:`_cards`) and
    before the site's plug (:func:`_closing_plug`). When that run is a listing of promos
    (:func:`_listing`) or the author's box (:func:`_biography`), the densest run outside
    it; when it is a feed of teasers (:func:`_feed_blurbs`), the densest outside it, else
    outside its cards; when it holds no sentence, the sentence under the page's date
    (:func:`_dated_sentence`).

    A text with no page furniture in it at all is an article as it stands, and so is one
    with no prose line: both are kept whole.
    """
    if not any(map(CHROME_KINDS.__contains__, map(_KIND, features))):
        return range(len(features))
    span = _densest(features, texts)
    if _listing(features, span) or (span and _biography(features, texts, span)):
        span = _densest_without(features, texts, span) or span
    elif blurbs := _feed_blurbs(features, span):  # the story, or what follows the feed
        feed = range(span.start, blurbs[-1] + 1)
        span = (
            _densest_without(features, texts, span)
            or _densest_without(features, texts, feed)
            or span
        )
    if span and not any(is_sentence(features[index]) for index in span):
        span = _dated_sentence(features, texts) or span  # no sentence: a sidebar's tagline
    if not span:
        return range(len(features))
    start, stop = span.start, _next_story(features, texts, span)
    while (above := _past_rule(texts, start - 1, -1)) >= 0:
        if _adds_to(features[above], texts[above]):
            start = above
        elif (over := _over_caption(features, texts, above)) >= 0:
            start = over
        elif (caption := _lead_caption(features, texts, above)) >= 0:
            start = caption
        else:
            break
    while True:
        while (under := _past_rule(texts, stop, 1)) < len(features) and _adds_to(
            features[under], texts[under]
        ):
            stop = under + 1
        resumed = _resumed(features, texts, range(start, stop))
        if resumed == stop:
            resumed = _past_pointer(features, texts, range(start, stop))
        if resumed == stop:
            resumed = _source_credit(features, texts, range(start, stop))
        if resumed == stop:
            stop = _unfinished(features, texts, range(start, stop))
            stop = _cards(features, texts, range(start, stop))
            stop = _closing_box(features, texts, range(start, stop))
            stop = _closing_plug(features, texts, range(start, stop))
            stop = _indicators_end(texts, stop)
            return range(start, stop - 1 if _lead_in(features, texts, start, stop) else stop)
        stop = resumed


def past_folded_box(texts: Sequence[str], features: Sequence[Features], body: list[int]) -> int:
    """Where the article's text starts in ``body`` (a position in it) when it opens with a
    box folded over the article: right under the control that unfolds it
    (:data:`newsconv.readers.toggles.EXPAND_LABELS`, "mehr anzeigen"), at most :data:`TOGGLE_REACH`
    lines in, a paragraph of prose under it; else 0. A text-mode browser prints the box's
    links as a list, which the run takes in with the blurb over them; an article never
    folds its own opening so."""
    for position, index in enumerate(body[:TOGGLE_REACH]):
        if (
            len(texts[index]) <= _TOGGLE_CHARS
            and texts[index].casefold() in EXPAND_LABELS
            and position + 1 < len(body)
            and features[body[position + 1]].kind is _GOOD
        ):
            return position + 1
    return 0


def _indicators_end(texts: Sequence[str], stop: int) -> int:
    """Where the body ends when the indicators of compromise of a security article follow
    it, one a line under their labels (at least :data:`INDICATOR_LINES`, at most
    :data:`INDICATOR_LABELS` labels in a row); else ``stop``. Line by line they read as
    furniture, but they are what the article reports, and no page's chrome is made of them.
    """
    end, found, labels = stop, 0, 0
    for index in range(stop, len(texts)):
        text = texts[index]
        if _INDICATOR.match(text):
            end, found, labels = index + 1, found + 1, 0
        elif labels < INDICATOR_LABELS and len(text) <= INDICATOR_LABEL_CHARS:
            labels += 1
        else:
            break
    return end if found >= INDICATOR_LINES else stop


def _dated_sentence(features: Sequence[Features], texts: Sequence[str]) -> range:
    """The first sentence at most :data:`DATED_REACH` lines under a date: when the densest
    run holds no sentence (a sidebar's tagline), the post under its dated headline (a
    podcast's, a video's one line); empty when there is none."""
    for index, line in enumerate(features):
        above = range(max(0, index - DATED_REACH), index)
        if line.kind is _NEAR and is_sentence(line) and find_date(texts, above, None):
            return range(index, index + 1)
    return range(0)


def _densest_without(
    features: Sequence[Features], texts: Sequence[str], hidden: Container[int]
) -> range:
    """The densest run of prose when the lines ``hidden`` are none (a box of promos, an
    author's box, a feed's blurbs); empty when nothing else is prose."""
    return _densest(
        [
            line._replace(kind=_BAD) if index in hidden else line
            for index, line in enumerate(features)
        ],
        texts,
    )


def _listing(features: Sequence[Features], run: range) -> bool:
    """Whether ``run`` is a listing of promos: at least :data:`LISTING_ITEMS` blurbs of one
    or two sentences (lighter than :data:`BLURB_WEIGHT`), each under a heading of its own
    of at most :data:`LISTING_WORDS` words ("WiFi Parks", then "WiFi is available in many
    of the city's public parks."), and nothing else. An article's sections run longer."""
    lines = features[run.start : run.stop]
    if len(lines) < 2 * LISTING_ITEMS - 1 or lines[0].kind is not _GOOD:
        return False
    blurbs, headings = lines[::2], lines[1::2]
    return all(line.kind is _GOOD and line.weight < BLURB_WEIGHT for line in blurbs) and all(
        line.kind is _SHORT and not line.terminal and line.words <= LISTING_WORDS
        for line in headings
    )


def _feed_blurbs(features: Sequence[Features], run: range) -> list[int]:
    """The blurbs of ``run`` when it is a feed of teasers (a news site's stream copied with
    the story it opened): most of its paragraphs, at least :data:`LISTING_ITEMS` of them,
    are cards' blurbs (:func:`_blurb`); else none. An article's paragraphs follow each
    other; an interview's questions, a photo essay's captions and a product page's short
    feature names part them without a card's furniture."""
    prose = [index for index in run if features[index].kind is _GOOD]
    blurbs = [under for above, under in pairwise(prose) if _blurb(features, above, under)]
    return blurbs if len(blurbs) >= max(LISTING_ITEMS, FEED_SHARE * (len(prose) - 1)) else []


def _blurb(features: Sequence[Features], above: int, under: int) -> bool:
    """Whether the paragraph at ``under`` is a card's blurb: under its headline (more than
    :data:`LISTING_WORDS` words, no full stop), which page furniture tops (a source's name
    printed on every card, "11 Comments"), below the paragraph at ``above``."""
    headline, top = features[under - 1], features[under - 2]
    return (
        under - above > 2
        and headline.kind in _HEADLINES
        and not headline.terminal
        and headline.words > LISTING_WORDS
        and top.kind is _BAD
    )


def _biography(features: Sequence[Features], texts: Sequence[str], run: range) -> bool:
    """Whether ``run`` is a short author's box: at most :data:`BIO_PARAGRAPHS` paragraphs,
    the first of which speaks of an author a byline above names ("Justin Yu covers
    headphones …" under "by Justin Yu"). Only a short run is asked: an article that
    outweighs its author's box is found as it is."""
    prose = list(islice((i for i in run if features[i].kind is _GOOD), BIO_PARAGRAPHS + 1))
    if not prose or len(prose) > BIO_PARAGRAPHS:
        return False
    opening = texts[prose[0]]
    return any(opens_with_author(opening, people) for _, people in bylines(texts, range(run.start)))


def _past_rule(texts: Sequence[str], index: int, step: int) -> int:
    """``index``, or the line past it when it is a rule ("-------------", "___"): a rule
    parts a lead-in or a closing credit from the body without ending the article."""
    return index + step if 0 <= index < len(texts) and _is_rule(texts[index]) else index


def _is_rule(text: str) -> bool:
    """Whether a line is a rule drawn with dashes, underscores or stars: no text to keep."""
    return text[0] in _RULE_CHARS and not text.strip(_RULE_CHARS)


def _adds_to(line: Features, text: str) -> bool:
    """Whether a line next to the body widens it: a sentence, not a prompt to the reader.

    A short line that asks a question and goes on, in sentences of at most
    :data:`PROMPT_WORDS` words each ("Что думаешь? Оцени!", "Liked it? Share it!"), asks
    the reader to act: a widget's label. An exclamation is no prompt ("Ah Bartleby! Ah
    humanity!" ends a story).
    """
    if not is_sentence(line):
        return False
    if line.kind is not _SHORT or "?" not in text[:-1]:
        return True
    sentences = _STOP_SPACE.split(text)
    return len(sentences) < 2 or any(part.count(" ") >= PROMPT_WORDS for part in sentences)


def _lead_in(features: Sequence[Features], texts: Sequence[str], start: int, stop: int) -> bool:
    """Whether the body's last line leads in to what the body does not hold: a line of at
    most :data:`LEAD_IN_WORDS` words ending in a colon ("Like this? You might also be
    interested in:", "More about:", "See more photos:" over links). A sentence leading in
    to the video or the table under it is longer, and the article's own."""
    last = stop - 1
    return (
        last > start
        and texts[last].endswith((":", "："))
        and features[last].words <= LEAD_IN_WORDS
        and features[last].kind is not _GOOD
    )


def _over_caption(features: Sequence[Features], texts: Sequence[str], index: int) -> int:
    """The paragraph over the photo's caption at ``index`` when the lead photo parts the
    article's opening from the rest ("WE can't keep up with …" / "Has Sean Penn popped the
    question? [Wenn]" / the densest run), else -1. A caption ends in its credit, in brackets
    or after a label (:func:`.title.is_caption`); a text-mode browser prints the picture's
    description over it, the same line again."""
    text = texts[index]
    if features[index].kind is _GOOD or not (_BRACKETED_CREDIT.search(text) or is_caption(text)):
        return -1
    over = index - 1
    if over >= 0 and texts[over] == text:
        over -= 1
    if over < 0 or features[over].kind not in _PROSE or not _adds_to(features[over], texts[over]):
        return -1
    return over


def _lead_caption(features: Sequence[Features], texts: Sequence[str], index: int) -> int:
    """The lead picture's caption right over the body, at ``index`` or over its credit
    there ("Chuck Burton/AP"), when the page printed it with a caption toggle first
    (:func:`.captions.toggled_copy`), else -1: the caption is the article's, the toggle's
    copy, its label and the furniture over it are not (the toggle's copy goes, as inside
    the body: :func:`.captions.without_caption_toggles`)."""
    if index > 0 and not features[index].terminal and features[index].words <= CREDIT_WORDS:
        index -= 1  # the credit, no sentence
    line = features[index]
    if not line.terminal or line.words > CAPTION_WORDS or line.kind in _HEADERS:
        return -1
    return index if toggled_copy(texts, index) else -1


def _unfinished(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the body ends when its last lines never end a sentence; else ``body.stop``.

    Under paragraphs (prose as heavy as a sentence) that end in full stops (at least
    :data:`TAIL_LINES` of them, and :data:`STOPPED_SHARE` of all), a tail of at least
    :data:`TAIL_LINES` lines that are not chrome, none of which ends like a sentence, is a
    box of teasers under the article (a header the word lists do not know, "DW
    recommends", then headlines and standfirsts), not its end; a blurb the site cut short
    ("… around …") ends no sentence either. A list is not cut: one announced by a short
    lead-in ("More games news:"), a table, bulleted or numbered items.
    """
    end = body.stop
    while end > body.start and (
        not _goes_on(features[end - 1]) or texts[end - 1].endswith(_CUT_SHORT)
    ):
        end -= 1
    tail, tail_texts = features[end : body.stop], texts[end : body.stop]
    if end == body.start or sum(line.kind not in CHROME_KINDS for line in tail) < TAIL_LINES:
        return body.stop
    if texts[end - 1][-1] in ":：" and features[end - 1].kind is not _GOOD:
        return body.stop  # a lead-in (a paragraph may end so: ":" is Armenian's full stop)
    if any(line.table for line in tail) or any(
        _list_item(text)
        for text, line in zip(tail_texts, tail, strict=True)
        if line.kind not in CHROME_KINDS  # a widget's count ("0", "SHARES") is no item
    ):
        return body.stop
    stops = [
        line.terminal
        for line in features[body.start : end]
        if line.kind in _PROSE and line.weight >= SENTENCE
    ]
    stopped = sum(stops)
    return end if stopped >= max(TAIL_LINES, STOPPED_SHARE * len(stops)) else body.stop


def _cards(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the body ends when teaser cards close it; else ``body.stop``.

    A card is a section's name printed in the menu above the body ("Digital Life"), a
    headline and one paragraph of prose. Cards one after the other at the body's end, with
    :data:`CARD_LABELS` different names or more, are a box of teasers (an advertisement's
    label before each of the article's last sub-headings would be one name). A text-mode
    browser prints the menu as a list ("• B2B"): its bullets are not the names'.
    """
    end, labels = body.stop, set()
    above: set[str] | None = None  # the texts above the body, gathered once if needed
    while end - CARD_LINES >= body.start and _card(features[end - CARD_LINES : end]):
        if above is None:
            above = set(map(unbulleted, texts[: body.start]))
        if texts[end - CARD_LINES] not in above:
            break
        end -= CARD_LINES
        labels.add(texts[end])
    return end if len(labels) >= CARD_LABELS else body.stop


def _closing_box(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the body ends when the author's box closes it past lines that are no sentence
    ("Read more:" and its links, then "Jane Doe is a correspondent for …"); else
    ``body.stop``. The box speaks of the author a byline above the body names; it is left
    out of the article (see the reader's ``_about_author``), and so is what lies between."""
    last = body.stop - 1
    if last - 1 <= body.start or features[last].kind is not _GOOD:
        return body.stop
    gap = last
    while gap > body.start and not is_sentence(features[gap - 1]):
        gap -= 1
    if gap in (last, body.start):
        return body.stop
    above = range(max(0, body.start - LOOKBACK), body.start)
    # Reading a byline's names costs a date search: only if the box's first words are above.
    opening = " ".join(texts[last].split(" ", 2)[:2])
    if not any(opening in texts[index] for index in above):
        return body.stop
    people = (people for _, people in bylines(texts, above))
    return gap if any(opens_with_author(texts[last], found) for found in people) else body.stop


def _closing_plug(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the body ends when its last paragraph is the site's plug, asking the reader to
    follow it on two social networks or more ("Like Retraction Watch? … follow us on
    Twitter, like us on Facebook, add us to your RSS reader …"); else ``body.stop``. A
    story may say that a campaign asks to be followed on Twitter and Facebook, but not
    "follow us", and not as its last paragraph."""
    last = body.stop - 1
    if last <= body.start or features[last].kind is not _GOOD or len(texts[last]) > PLUG_MAX_CHARS:
        return body.stop
    text = texts[last].casefold()
    asks = any(phrase in text for phrase in FOLLOW_PHRASES)
    return last if asks and sum(name in text for name in SOCIAL_NETWORKS) >= 2 else body.stop


def _card(lines: Sequence[Features]) -> bool:
    """Whether ``lines`` are shaped like a card: a repeated label, a headline, a paragraph."""
    label, headline, prose = lines
    return (
        label.kind is _BAD
        and label.repeats > 1
        and headline.kind in _HEADLINES
        and not headline.terminal
        and prose.kind is _GOOD
    )


def _list_item(text: str) -> bool:
    """Whether a line starts like a list's item: a bullet or a number."""
    return text[:1] in MARKER_STARTS or text[:1].isdecimal()


def _next_story(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the body ends when the next story follows it on the page; else ``body.stop``.

    A page that appends the next stories as one scrolls (a theme's "infinite scroll")
    prints each under the same furniture as the first: "Published", "By", the desk's name.
    When lines of the furniture just above the body come back inside it, at least
    :data:`HEAD_REPEATS` of them together with a date, that is the next story's head: the
    body ends before the chrome above that story's headline and standfirst.
    """
    above = slice(max(0, body.start - HEAD_LINES), body.start)
    head = {
        text
        for text, line in zip(texts[above], features[above], strict=True)
        if line.repeats > 1 and line.kind is _BAD
    }
    if not head:
        return body.stop
    # A C-level scan: the body has hundreds of lines and few of them are in ``head``.
    found = list(compress(body, map(head.__contains__, texts[body.start : body.stop])))
    for first, last in zip(found, found[HEAD_REPEATS - 1 :], strict=False):
        if last - first < HEAD_LINES and find_date(texts, range(first, last), None):
            return _story_top(features, first, body.start)
    return body.stop


def _story_top(features: Sequence[Features], head: int, floor: int) -> int:
    """Where the story whose head block holds ``head`` starts: above the block's chrome,
    its headline, standfirst and time (at most :data:`TITLE_LINES` lines) and the chrome
    over them."""
    index = _chrome_above(features, head, floor)
    top = max(floor, index - TITLE_LINES)
    while index > top and features[index - 1].kind not in CHROME_KINDS:
        index -= 1
    return _chrome_above(features, index, floor)


def _chrome_above(features: Sequence[Features], index: int, floor: int) -> int:
    """The first line of the run of chrome lines right above ``index`` (down to ``floor``)."""
    while index > floor and features[index - 1].kind in CHROME_KINDS:
        index -= 1
    return index


def _goes_on(line: Features) -> bool:
    """Whether a line can go on with an article: prose that ends like a sentence (a card
    that glues a teaser's headline to its cut standfirst ends in neither)."""
    return line.terminal and (line.kind in _PROSE or is_sentence(line))


def _resumed(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the article ends when it goes on past a box of links inside it; else
    ``body.stop``.

    The box is a "Read also" header and its links, at most :data:`BOX_LINES` lines before
    the next prose line, and no dateline among them; the article goes on when
    :data:`RESUMED_LINES` sentences of prose follow the box (:func:`_goes_on`) and speak of
    what the body speaks of (:data:`ON_TOPIC_SHARE` of their content words' stems in it). A
    list of teasers alternates headlines with single standfirsts.
    """
    box = range(body.stop, min(len(features), body.stop + BOX_LINES + 1))
    after = next((i for i in box if features[i].kind is _GOOD), None)
    if after is None:
        return body.stop
    kinds = [features[i].kind for i in range(body.stop, after)]
    if _BREAK not in kinds or Kind.END in kinds:
        return body.stop
    if find_date(texts, range(body.stop, after), None):
        return body.stop  # the head of the next story: a headline over its dateline
    end = after
    while end < len(features) and _goes_on(features[end]):
        end += 1
    if end - after < RESUMED_LINES:
        return body.stop
    return end if _on_topic(texts, body, range(after, end)) else body.stop


def _past_pointer(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the article ends when it goes on past one line pointing to another story
    ("RELATED: Old bridges get a second look", :func:`.features.links_elsewhere`); else
    ``body.stop``.

    The page sets the pointer between two paragraphs, so prose stands on both sides: the
    body's last line above it (past at most :data:`POINTER_REACH` lines of a picture's
    furniture, none a sentence) and a sentence right under it that speaks of what the body
    speaks of (:func:`_on_topic`). Unlike a box of links (:func:`_resumed`), one such
    sentence is enough: the pointer is no list, so nothing under it reads like a teaser's
    standfirst but the story's own last paragraph. (:func:`keep` leaves the pointer out.)
    """
    if features[body.stop - 1].kind not in _PROSE:
        return body.stop
    for index in range(body.stop, min(len(features) - 1, body.stop + POINTER_REACH + 1)):
        line = features[index]
        if line.kind in _HEADERS or is_sentence(line):
            return body.stop
        if links_elsewhere(texts[index]):
            under = _past_rule(texts, index + 1, 1)
            if under < len(features) and _paragraph(features[under], texts[under]):
                return under + 1 if _on_topic(texts, body, range(under, under + 1)) else body.stop
            return body.stop
    return body.stop


def _source_credit(features: Sequence[Features], texts: Sequence[str], body: range) -> int:
    """Where the article ends when a blog post closes with its credit to where it found
    the story, in brackets ("(via Geeks Are Sexy)", :data:`.vocabulary.SOURCE_CREDITS`),
    at most one short line under its last paragraph (the link to the story it quotes,
    "The generation we love to dump on"); else ``body.stop``. The credit and the link are
    the post's: a page's furniture credits no one so."""
    if features[body.stop - 1].kind not in _PROSE:
        return body.stop
    for index in range(body.stop, min(len(features), body.stop + 2)):
        text = texts[index]
        if text[:1] == "(" and text[-1:] == ")" and text[1:].casefold().startswith(SOURCE_CREDITS):
            return index + 1
        if features[index].kind is not _SHORT or is_sentence(features[index]):
            return body.stop
    return body.stop


def _paragraph(line: Features, text: str) -> bool:
    """Whether a line under a pointer is the story's paragraph: a sentence
    (:func:`_adds_to`), or a line as heavy as one that ends like one, which the sentence
    shape test took for a promo's blurb for its capitals ("The agents are Hill County
    Realty Partners of New Haven. Hat tip to The Daily Report.")."""
    if line.terminal and line.weight >= SENTENCE and line.words >= SENTENCE_WORDS:
        return True
    return _adds_to(line, text)


def _on_topic(texts: Sequence[str], body: range, going_on: range) -> bool:
    """Whether the prose in ``going_on`` speaks of what ``body`` speaks of: at least
    :data:`ON_TOPIC_SHARE` of its content words' stems are in the body."""
    stems = _stems(texts[going_on.start : going_on.stop])
    said = _stems(texts[body.start : body.stop])
    return len(stems & said) >= ON_TOPIC_SHARE * len(stems) > 0


def _stems(texts: Sequence[str]) -> set[str]:
    """The content words of ``texts`` cut to :data:`STEM` letters: "станции" and "станцию",
    "council" and "councils" are one word."""
    return {token[:STEM] for text in texts for token in content_tokens(text)}


def is_sentence(line: Features) -> bool:
    """A line that ends like a sentence and reads like one: prose, however brief.

    Past the short-line limit the line must also have passed the sentence-shape test
    (kind good or near), so a headline in title case that ends in "N.Y.C." is not prose.
    """
    if not line.terminal or line.words < SENTENCE_WORDS:
        return False
    return line.kind in _PROSE or (line.kind is _SHORT and line.weight < SHORT)


def _densest(features: Sequence[Features], texts: Sequence[str]) -> range:
    """The run of lines with the highest total score (empty when no line scores)."""
    best_total, best = 0, (0, 0)
    total, start, gap = 0, 0, 0
    prose = prose_lines(features)
    islands = figures(features, texts, prose)
    ends = threads(features, texts, prose)
    scored, commented = _scored(features, prose, ends)
    shown: dict[str, int] | None = {} if commented else None  # where each repeat was
    for index, line in enumerate(features[scored.start : scored.stop], scored.start):
        if total <= 0:
            total, start = 0, index
        kind = line.kind
        if kind is _END:
            if best_total >= CLOSED_TOTAL and _closes(features, range(*best)):
                break  # the comments under the article, then the sidebar: not the article
            shown = {}
        if index in ends:
            total = END_SCORE
            continue
        if (
            shown is not None
            and line.repeats > 1
            and kind is _GOOD
            and _again(texts[index], index, start, shown)
        ):
            continue  # kept once (see :func:`keep`), so it weighs once
        figure = islands[index]
        # ``terminal`` first: most short lines end no sentence, and it spares them a call.
        sentence = (
            kind is _SHORT
            and line.terminal
            and is_sentence(line)
            and texts[index][-1] in _FULL_STOPS
        )
        if figure is _NONE or (kind is _NEAR and figure is not _LIST):
            # Three lines in four are short or chrome: their flat price (as :func:`_score`
            # gives it) is added here, without a call.
            if kind is _SHORT:
                gap = 0 if sentence else gap + 1  # a short sentence: the article goes on
                score = SHORT_SCORE
            elif kind is _BAD:
                score = BAD_SCORE
            else:
                gap = 0 if kind in _PROSE else gap
                score = _score(line, total)
            total += score - (GAP_SCORE * (gap - 1) if gap > 1 else 0)
        elif figure is _LIST:  # a short sentence among a list's items costs nothing
            total += (0 if sentence else SHORT_SCORE) if kind is _SHORT else _score(line, total)
        else:
            total += FIGURE_SCORE
        if total > best_total:
            best_total, best = total, (start, index + 1)
    return range(*best)


def _scored(features: Sequence[Features], prose: list[int], ends: set[int]) -> tuple[range, bool]:
    """The lines the densest run is looked for in, and whether a comments header is above
    them: from the first line of prose (or near it) to the last. Above the first every
    line costs, so no run starts there; under the last none adds, so no run grows there.
    (A page's menus and footer are long: their kinds are read at C level.)

    The first line of prose ends the gap of short lines above it, unless it is in a thread
    (``ends``): then the gap goes on, and all lines are looked at.
    """
    first, last = (prose[0], prose[-1]) if prose else (len(features), -1)
    above = list(map(_KIND, features[:first]))
    under = list(map(_KIND, features[last + 1 :]))
    if _NEAR in above:
        first = above.index(_NEAR)
    if _NEAR in under:
        last += len(under) - under[::-1].index(_NEAR)
    if first in ends:
        return range(len(features)), False
    return range(first, last + 1), _END in above[:first]


def _again(text: str, index: int, start: int, shown: dict[str, int]) -> bool:
    """Whether the paragraph at ``index`` was printed already in the run from ``start``.

    Under a comments header, pingbacks that each quote a short post outweigh it threefold,
    yet add one paragraph. (Elsewhere a page may print a paragraph again between its
    sub-headings, a test page its filler text: the run goes on past them.)"""
    again = shown.get(text, -1) >= start
    shown[text] = index
    return again


def _closes(features: Sequence[Features], run: range) -> bool:
    """Whether a comments header under ``run`` closes an article: the run holds
    :data:`CLOSED_PARAGRAPHS` paragraphs that end in a stop (a menu glued into one line
    ends in none)."""
    lines = features[run.start : run.stop]
    return sum(line.kind is _GOOD and line.terminal for line in lines) >= CLOSED_PARAGRAPHS


def _score(line: Features, total: int) -> int:
    """What ``line`` adds to a run that has ``total`` so far."""
    kind = line.kind
    if kind is _GOOD:
        return min(line.weight, LINE_CAP)
    if kind is _NEAR:
        return (line.weight - SHORT) // 4 if line.weight > SHORT else 0
    if kind is _SHORT:
        return SHORT_SCORE
    if kind is _BAD:
        return BAD_SCORE
    if kind is _BREAK:  # early in an article, a box of links inside it; late, its end
        return -max(BREAK_COST, total // 2)
    return END_SCORE  # Kind.END


def lede_before(features: Sequence[Features], texts: Sequence[str], body: range) -> range:
    """The run of prose under a dated headline block, parted from ``body`` by furniture.

    The island between must hold no prose and no "Read also" or comments header; the run
    runs up from the island to the first chrome line, past a photo's credit the body
    prints too ("Courtesy of Zillow" under every picture), starts at its first prose line, at
    most :data:`DATED_REACH` lines under a date, and holds :data:`LEDE_LINES` prose lines.
    It must be on the body's topic (:data:`ON_TOPIC_SHARE`). Empty when there is none.
    """
    last = body.start - 1
    while last >= 0 and features[last].kind is not _GOOD:
        if features[last].kind in _HEADERS:
            return range(0)
        last -= 1
    if last < 0 or last == body.start - 1:
        return range(0)
    top = last
    credits = {texts[index] for index in body if features[index].kind is _BAD}
    while top > 0 and (features[top - 1].kind not in CHROME_KINDS or texts[top - 1] in credits):
        top -= 1
    prose = [i for i in range(top, last + 1) if features[i].kind is _GOOD]
    first = prose[0]
    dated = find_date(texts, range(max(0, first - DATED_REACH), first), None)
    if len(prose) < LEDE_LINES or dated is None:
        return range(0)
    lede = _content_words(texts[first : last + 1])
    if not lede:
        return range(0)
    shared = lede & _content_words(texts[body.start : body.stop])
    return range(first, last + 1) if len(shared) >= ON_TOPIC_SHARE * len(lede) else range(0)


def _content_words(texts: Sequence[str]) -> set[str]:
    """The distinct words of at least :data:`CONTENT_LETTERS` letters in ``texts``."""
    return {word for text in texts for word in tokens(text) if len(word) >= CONTENT_LETTERS}


def foot(texts: Sequence[str], features: Sequence[Features], body: list[int], dated: Dated) -> int:
    """How many of the ``body`` lines come before the article's foot: the first line under
    the dateline, not a paragraph, that prints its date again ("2019.04.21 11:51 NeoL
    生活・趣味", the post's date, author and section under it), when a paragraph comes
    before it and at most :data:`FOOT_PARAGRAPHS` after it (a disclaimer); else all of them.

    A live blog that prints the day's date over each entry has more paragraphs under it.
    """
    printed = dated.printed
    for n in [n for n, index in enumerate(body) if printed in texts[index]]:
        if body[n] > dated.line and features[body[n]].kind is not _GOOD:
            kinds = [features[index].kind for index in body]
            article = _GOOD in kinds[:n]  # the article above it, however short
            return n if article and kinds[n + 1 :].count(_GOOD) <= FOOT_PARAGRAPHS else len(body)
    return len(body)


def keep(texts: Sequence[str], features: Sequence[Features], span: range) -> list[int]:
    """The indices in ``span`` that belong to the body.

    Chrome goes, each text is kept once, and the links under a "Read also" header inside
    the article go with the header, up to the next line of prose; so does a header set in
    one line with its link (:func:`.features.links_elsewhere`).
    """
    seen: set[str] = set()
    kept = []
    in_links = False
    lines, words = features[span.start : span.stop], texts[span.start : span.stop]
    islands = figures(lines, words, prose_lines(lines))
    for index, figure in enumerate(islands, span.start):
        if figure is _CODE and features[index].letters:
            kept.append(index)
            continue
        if figure is _GALLERY:
            continue
        kind, text = features[index].kind, texts[index]
        in_links = (
            kind is _BREAK or _more_from(text, features[index]) or (in_links and kind is not _GOOD)
        )
        if kind in CHROME_KINDS:
            chrome = not (
                kind is _BAD
                and (_announced(texts, features, index, kept) or _indicator(texts, index))
            )
        else:
            chrome = links_elsewhere(text) or (
                kind is _SHORT
                and text[0] in _CREDIT_OPENINGS
                and _photo_credit(text, features[index])
            )
        if in_links or chrome or text in seen or (text[0] in _RULE_CHARS and _is_rule(text)):
            if chrome and kept and kept[-1] == index - 1 and _captioned(texts, features, index):
                kept.pop()  # the photo's caption over its credit
            continue
        seen.add(text)
        kept.append(index)
    return kept


def _captioned(texts: Sequence[str], features: Sequence[Features], index: int) -> bool:
    """Whether the line at ``index`` is a photo's credit on a line of its own under its
    caption ("Beim Geschäft mit Industriegasen kommt Linde …" / "Bild: Reuters"): a short
    line opening like a credit (:func:`_photo_credit`), with a sentence of at most
    :data:`CAPTION_WORDS` words over it, furniture over that (share buttons, a byline: the
    photo is a block of its own) and prose under it, where the article goes on. A credit
    under a paragraph credits a picture without a caption."""
    text, over = texts[index], features[index - 1]
    return (
        index > 1
        and features[index - 2].kind in CHROME_KINDS
        and features[index].kind is _SHORT
        and text[0] in _CREDIT_OPENINGS
        and _photo_credit(text, features[index])
        and over.kind in _PROSE
        and over.words <= CAPTION_WORDS
        and index + 1 < len(features)
        and features[index + 1].kind is _GOOD
    )


def _more_from(text: str, line: Features) -> bool:
    """Whether a short line heads the links to a source's other stories ("More from Real
    Simple", :data:`.vocabulary.MORE_FROM_OPENINGS`): the header of a box of teasers the
    page sets inside the article; it goes with them, up to the next paragraph."""
    return (
        line.kind is _SHORT
        and line.words <= MORE_FROM_WORDS + 2
        and not line.terminal
        and text.lower().startswith(MORE_FROM_OPENINGS)
    )


def _indicator(texts: Sequence[str], index: int) -> bool:
    """Whether a line is an indicator of compromise ("185.225.73.12", "MD5: 5d41…"), or
    the label over one ("SHA256:"): a security article's data, however short."""
    text = texts[index]
    if text[-1] in ":：" and index + 1 < len(texts):
        text = texts[index + 1]
    return _INDICATOR.match(text) is not None


def _photo_credit(text: str, line: Features) -> bool:
    """Whether a short line is the credit of a picture inside the article ("© AKPhoto",
    "Foto: Jane Doe CC BY 2.0"): no paragraph of it. A caption that says something ends
    like a sentence."""
    return not line.terminal and (text[0] == "©" or CREDIT.match(text) is not None)


def _announced(
    texts: Sequence[str], features: Sequence[Features], index: int, kept: list[int]
) -> bool:
    """Whether the kept line above announces the line at ``index`` with a colon and prose
    goes on under it: an address or a link the article gives ("... une boîte mail dédiée :",
    then the address), not a widget's."""
    return (
        bool(kept)
        and kept[-1] == index - 1
        and texts[index - 1][-1] in ":："
        and index + 1 < len(features)
        and features[index + 1].kind is _GOOD
    )
