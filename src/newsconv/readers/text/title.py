"""The page's headline among the lines above the body.

A headline speaks of what the body speaks of (it shares words with the lede), stands just
above the body or beside the date, byline or time stamp, is often printed twice (as a
breadcrumb's last item, or as the page title and again as the heading), and is shaped like
one: a phrase, neither a sentence nor a photo caption nor a menu item nor a teaser under
a "Read also" header. Each of these is one signal in a score and none decides alone, so a
page that lacks one still has its headline found by the others. Only the few dozen lines
above the body are looked at, and the few above a byline and date block that opens them.

One place outweighs the rest: directly above the byline and date. News templates print
headline, byline, date in that order; what follows the block (a standfirst, a photo
caption, a video playlist, story highlights) can be printed twice, sit nearer the body
and share as many words with it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from newsconv.readers.text.features import (
    CHROME,
    CHROME_KINDS,
    CLOSERS,
    CREDITED_END,
    MARKER_STARTS,
    STRONG,
    Features,
    Kind,
    passed_word_lists,
)
from newsconv.readers.text.metadata import (
    BYLINE,
    CREDIT,
    CREDIT_LABEL,
    SHORT_LINE,
    Dated,
    Found,
    find_date,
    looks_like_name,
    section_and_names,
    unbulleted,
)
from newsconv.readers.text.segment import MARKER
from newsconv.readers.text.vocabulary import BYLINE_WORDS, ROLE_WORDS
from newsconv.scripts import CJK, CJK_LETTER

#: A heading sharing this many content words with the body is on its topic.
ON_TOPIC = 2
#: Sharing more words than this with the body adds nothing more to a heading's score.
MOST_SHARED = 4
#: How far above the body a headline is looked for when none stands near it, and how many
#: lines under it its dateline may stand (see :func:`far_title`).
FAR_LOOKBACK = 200
FAR_DATELINE = 3
#: How many of a line's content words are looked up in the body at most.
MOST_LOOKUPS = 12
#: How much of the body character pairs are looked up in: CJK characters carry about three
#: times the information of a Latin letter (see ``features.weight``), so the same lede is a
#: third as long.
CJK_SAMPLE = 800
#: Titles are rarely heavier than this (see ``features.weight``).
LONG_TITLE = 100
#: The most a line's shape scores (see :func:`_shape_score`).
BEST_SHAPE = 1.0
#: What each line between a candidate and the body costs (see :func:`scored_lines`).
DISTANCE_COST = 0.1
#: What each line between the body's first line and a candidate inside the body costs:
#: a headline can open the run of lines the body was found in, not sit deep inside it.
DEPTH_COST = 0.5
#: A menu item: a line of at most this many words and this weight.
MENU_WORDS = 3
MENU_WEIGHT = 24
#: What a menu item between menu items loses, and what a breadcrumb trail's last item gains.
MENU_COST = 1.5
CRUMB_BONUS = 1.5
#: How many of the body's first lines a headline may be printed again in.
ECHO_LINES = 6
#: What a line under a "Read also" header loses: it is a teaser for another article.
TEASER_COST = 1.5
#: How far past the candidates a date, byline or time stamp still anchors a headline.
ANCHOR_REACH = 3
#: What standing next to, or one line from, a date, byline or time stamp adds.
BESIDE_ANCHOR = 1.0
NEAR_ANCHOR = 0.5
#: A byline or a time stamp has at most this many words.
ANCHOR_WORDS = 12
#: How many lines a byline and date block holds above its date or byline at most: the
#: author's name, the outlet, a reading time, a share button.
BLOCK_LINES = 4
#: What the line directly above a byline and date block gets, however far the body: more
#: than being printed twice, standing beside a time stamp and being nearer the body together.
HEADS_BLOCK = 3.0
#: What an on-topic line gains by being printed twice, each word it shares with the body,
#: and standing over an on-topic heading; and the most these add up to.
PRINTED_TWICE = 1.0
SHARED_WORD = 0.75
OVER_ON_TOPIC = 0.5
MOST_GAINED = PRINTED_TWICE + SHARED_WORD * MOST_SHARED + OVER_ON_TOPIC
#: Bounds are compared with this margin, above the rounding of a sum of a few scores.
SLACK = 1e-6
#: How many lines the heading over a byline and date block runs to: the line over the
#: block and the lines on the body's topic right above it (a standfirst under its
#: headline, a headline under its kicker) all stand in the heading's place.
HEADING_LINES = 3
#: What each line up that heading adds to a line of more words than a label: of a headline
#: and the deck under it ("Las listas de espera se agravan" over "Los recortes elevan la
#: demora …"), both on topic and neither a sentence, the headline is the top one.
DECK_STEP = 0.25

# These regexes only run on lines that hold what they need: a final full stop, a stop
# and a space (``in`` tests, not a generator's). The second opens with the stop and looks
# back for the letters (see :data:`.features.CREDITED_END`): the engine skips to the stops.
_SENTENCE_END = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_A-Z]{2,}\.$")
_SENTENCE_BREAK = re.compile(r"[.!?](?<=[^\W\d_]{3}.) [A-ZА-ЯЁ]")
#: A full stop that ends a CJK sentence; a CJK headline ends without one.
_CJK_STOPS = ("。", "．")
#: Content words: words of four letters or more, and runs of CJK characters (compared by
#: character pairs, since a single character is shared by almost any text).
_CONTENT_TOKEN = re.compile(f"([^\\W\\d_{CJK}]{{4,}})|([{CJK}]{{2,}})")
#: The content words of a line without CJK (most lines): the same words, found with fewer
#: tests a character than :data:`_CONTENT_TOKEN` makes, fewest in ASCII (a-z once lowered).
_WORD = re.compile(r"[^\W\d_]{4,}")
_ASCII_WORD = re.compile(r"[a-z]{4,}")
#: A content word this short is a pair of CJK characters (other words have four letters
#: or more).
_PAIR = 2
#: A letter that continues a content word (CJK characters stand alone).
_LETTER = re.compile(f"[^\\W\\d_{CJK}]")
#: What most often stands beside a word, none of them a letter: no need to ask :data:`_LETTER`.
_BOUNDS = frozenset(" ,.;:!?\"'()-")
#: A caption's opening: a credit label glued to the name ("CreditKim Raff", what a copy of
#: a visually hidden label gives), a caption's label ("Image caption The baby's father …",
#: as lynx and w3m print a label for screen readers before it) or "the picture shows" in
#: Chinese; or a credit that names the photographer after "by" ("Photograph by Jane Roe,
#: Agency", printed under each picture).
_CAPTION_START = re.compile(
    r"Credit(?=[^\W\d_])|(?:Image|Media|Photo) [Cc]aption\b|图为|圖為"
    r"|(?:Photo(?:graph)?|Picture|Image)s? (?:by|courtesy of) (?=[A-Z])"
)
#: A sentence and a credit after a bar closing a caption: "... lose electoral votes. | AP
#: Photo" (a headline does not end in a full stop before the bar).
_PIPED_CREDIT = re.compile(r"[.!?](?<=[^\W\d_]{2}.) \| [^|.!?]{2,30}$")
#: A sentence and a labelled credit closing a caption: "… skrivit SOS med is. Foto: Finska
#: Gränsbevakningsväsendet" (a headline holds no sentence before a credit).
_LABELLED_CREDIT = re.compile(
    rf"[.!?](?<=[^\W\d_].)\s+(?:{CREDIT_LABEL})\s*[:：]\s*[^.!?]{{2,80}}$", re.IGNORECASE
)
#: A CJK sentence and the photo's source after it, closing a caption: "共享充电宝。视觉中国
#: 资料", "“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网" (a CJK headline holds no full stop).
_CJK_CREDITED = re.compile(r"。[^。！？!?]{2,20}$")
#: A photo credit closing a caption or standing alone: "... Benoit Tessier/Reuters", "...
#: AFP/Getty Images", "Evan Vucci / AP" (names, so not all capitals: "AC/DC" is a band).
_AGENCY_END = re.compile(r"(?<!\S)[A-Z][\w'’.-]*(?:/| / )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?$")
_DIGIT = re.compile(r"\d")
#: What parts a caption from its credit ("… da Libertadores - Heinrich Aikawa/Instituto
#: Lula"), and how long the credit is at most.
_CREDIT_SEPARATORS = frozenset((" - ", " | ", " – ", " — ", " / "))
CREDIT_CHARS = 60
#: An author named after "by" inside a line: "Posted by Jane Doe", "Analysis by Jane Doe".
_BY_NAME = re.compile(r"(?<!\w)(?:by|By|BY)\s+[A-Z]")
#: A byline after a label of a word or two: "Eine Analyse von Caspar Schwietering",
#: "Un reportage par Jane Doe", "Interview by Jane Doe": the byline words that are one word.
_SIGN_WORDS = frozenset(word for word in BYLINE_WORDS if " " not in word)
#: A labelled byline's name has at most this many words.
NAME_WORDS = 4
#: A labelled byline has at least this many words, a label, the byline word and a name,
#: and at most this many: a label of two, the byline word, a name.
FEWEST_LABELLED = 3
LABELLED_WORDS = 3 + NAME_WORDS
#: A time of day: the stamp printed beside a headline ("1:39 PM ET", "18:45配信").
_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")
#: A date or a time opening a line: an entry of a feed ("08/01/2014 Judge rules ..."),
#: not a headline, which may open with a number but not with a stamp.
_STAMP_START = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s|\d{1,2}[:h]\d{2}\s")
#: The separators of a breadcrumb trail ("Home > News > Headline").
_CRUMB = re.compile(r"\s+(?:>>?|»|›|＞)\s+|\s*(?:>>|＞)\s*")
#: What ends a link to more ("More in Politics ›", "Read more »"): not a headline.
ARROWS = (">", "»", "›", "→", "＞")
#: How a line that goes on in the next ends: no headline ends so.
_OPEN_ENDS = frozenset(",;")
#: How a line cut short ends: a breadcrumb's or a teaser's copy of a headline.
_CUT_ENDS = ("…", "...")
#: A kicker over a headline: at most this many lines of at most this many words.
KICKER_LINES = 2
KICKER_WORDS = 2
#: The job titles a byline ends with, and how many words a byline's name and title have
#: at most.
ROLES = frozenset(ROLE_WORDS)
ROLE_LINE_WORDS = 5
#: The place an author writes from, after the job title and a comma, is this short at most.
PLACE_WORDS = 4
#: A headline over its deck has at least this many words (a label fewer).
DECK_HEAD_WORDS = 3
#: Words this short ("of", "the", "and") stay in lowercase in a title-cased headline.
TITLE_CASE_SHORT = 3
#: A title weighs this much at least (see ``features.weight``); a line printed twice, as
#: a headline is over the article and again over its lead picture, a little less: a
#: name ("Stacy Keach") heads a profile or an interview.
SHORTEST = 12
SHORTEST_TWICE = 8
#: The kinds under plain names (an enum member is a slow lookup).
_BREAK, _SHORT = Kind.BREAK, Kind.SHORT
_SENTENCES = (Kind.GOOD, Kind.NEAR)


def find_title(
    texts: Sequence[str],
    features: Sequence[Features],
    candidates: range,
    *,
    near: int | None,
    body: str,
    body_start: int | None = None,
) -> Found | None:
    """The heading-like line among ``candidates`` that best reads as the page's headline.

    ``near`` is the line the date was found on, ``body`` the opening of the body and
    ``body_start`` the body's first line (candidates may run past it, up to the first
    sentence). Of lines that score alike, the one nearer the body wins; of a line and the
    same text with a label glued before it, the bare line.
    """
    scores = scored_lines(texts, features, candidates, near=near, body=body, body_start=body_start)
    best = max(scores, default=None)
    if best is None:
        return None
    # A line that ends with another's whole text glues a label to the headline: a
    # breadcrumb ("HomeLatest News" + headline), a message ("You've contributed to: ...").
    bare = [
        (score, index)
        for score, index in scores
        if _glued(texts[best[1]], texts[index], dated=near is not None and index + 1 == near)
    ]
    index = max(bare)[1] if bare else best[1]
    if texts[index].endswith(_CUT_ENDS):
        start = candidates.stop if body_start is None else body_start
        index = _uncut(texts, scores, index, range(start, min(len(texts), start + ECHO_LINES)))
    return Found(index, texts[index])


def far_title(
    texts: Sequence[str],
    features: Sequence[Features],
    candidates: range,
    *,
    body: str,
    lang: str | None,
    captured: datetime | None = None,
) -> tuple[Found, Dated | None] | None:
    """The headline of a page that prints a long menu between it and the body, and the
    dateline under it: among ``candidates`` (the lines above those :func:`find_title` was
    asked about), the line shaped like a headline that shares the most content words with
    the body's opening ``body``, at least :data:`ON_TOPIC` of them with a date at most
    :data:`FAR_DATELINE` lines under it, else :data:`MOST_SHARED`. Asked only when no line
    near the body reads as its headline: that far up, only the topic and a dateline tell
    the headline from a menu's item or another story's teaser."""
    body = body.lower()
    cjk_body = body[:CJK_SAMPLE]
    best: tuple[tuple[int, bool, int], Found, Dated | None] | None = None
    for index in candidates:
        text, line = texts[index], features[index]
        if (
            line.kind in CHROME_KINDS
            or line.kind is Kind.GOOD  # prose: a teaser's or the story's own sentence
            or _shape_score(text, line) is None
            or is_caption(text)
        ):
            continue
        shared = _shared_words(text, body, cjk_body)
        if shared < ON_TOPIC:
            continue
        under = range(index + 1, min(candidates.stop, index + 1 + FAR_DATELINE))
        dated = find_date(texts, under, lang, captured)
        key = (shared, dated is not None, index)
        if (dated or shared >= MOST_SHARED) and (best is None or key > best[0]):
            best = key, Found(index, text), dated
    return None if best is None else (best[1], best[2])


def signed_title(
    texts: Sequence[str],
    features: Sequence[Features],
    candidates: range,
    *,
    body: str,
    lang: str | None,
    captured: datetime | None = None,
) -> tuple[Found, Dated] | None:
    """The headline of a page whose head a video player or a playlist parts from the body,
    and its date: among ``candidates`` (the lines above those :func:`find_title` is asked
    about), the byline nearest the body ("By Jane Roe, CNN") with a date on it or at most
    :data:`FAR_DATELINE` lines under it, and over it, at most :data:`BLOCK_LINES` lines up
    (past the authors' names, a label), the first line shaped like a headline that shares
    :data:`ON_TOPIC` content words with the body's opening ``body``. Asked only when no
    date stands near the body: a headline, a byline and a date together are the story's
    head wherever it stands, and a playlist's items between it and the body are no
    headlines."""
    signed = _dated_byline(texts, features, candidates)
    if signed is None:
        return None
    dated = find_date(
        texts, range(signed, min(candidates.stop, signed + 1 + FAR_DATELINE)), lang, captured
    )
    if dated is None:
        return None
    body = body.lower()
    cjk_body = body[:CJK_SAMPLE]
    for index in range(signed - 1, max(candidates.start, signed - BLOCK_LINES) - 1, -1):
        text, line = texts[index], features[index]
        if (
            line.kind not in CHROME_KINDS
            and line.kind is not Kind.GOOD
            and _shape_score(text, line) is not None
            and not is_caption(text)
            and _shared_words(text, body, cjk_body) >= ON_TOPIC
        ):
            return Found(index, text), dated
    return None  # the byline nearest the body heads no headline: nor do those above


def _dated_byline(
    texts: Sequence[str], features: Sequence[Features], candidates: range
) -> int | None:
    """The byline nearest the end of ``candidates`` with a line holding a digit (its date)
    on it or at most :data:`FAR_DATELINE` lines under it. Most lines hold no digit: only the
    few over one are asked whether they sign."""
    checked = candidates.stop  # the lines from here down were asked already
    for dated in reversed(candidates):
        if not features[dated].digits:
            continue
        for index in range(
            min(dated, checked - 1), max(candidates.start, dated - FAR_DATELINE) - 1, -1
        ):
            if _signed(texts[index]):
                return index
        checked = max(candidates.start, dated - FAR_DATELINE)
    return None


def _uncut(texts: Sequence[str], scores: list[tuple[float, int]], cut: int, opening: range) -> int:
    """The line that prints whole the headline the line at ``cut`` cuts short with an
    ellipsis (a breadcrumb's "18 Kindersitze im Test: Vier Modelle fal…" over the heading
    "… Vier Modelle fallen durch"): the best scored of them, else the first in the body's
    ``opening`` lines (a sticky bar's cut copy over the menu, the headline whole under an
    explainer the body's run opens with), else ``cut``."""
    stem = texts[cut].rstrip(".…")
    if stem.count(" ") < MENU_WORDS:
        return cut  # "Mehr…": too little to tell a headline by
    whole = [
        (score, index) for score, index in scores if index != cut and _whole(texts[index], stem)
    ]
    if whole:
        return max(whole)[1]
    return next((index for index in opening if _whole(texts[index], stem)), cut)


def _whole(text: str, stem: str) -> bool:
    """Whether ``text`` prints whole what ``stem`` opens: a headline cut short."""
    return text.startswith(stem) and not text.endswith(_CUT_ENDS)


def _glued(found: str, text: str, *, dated: bool) -> bool:
    """Whether ``found`` is ``text`` with a label glued before it: ``text`` of more words
    than a menu's item, or of any length when it stands right over the dateline
    (``dated``: "Réécouter Prendre la parole", a player's button, over "Prendre la
    parole" over "14/01/2020")."""
    return (
        len(text) < len(found) and found.endswith(text) and (dated or text.count(" ") >= MENU_WORDS)
    )


def kicker(texts: Sequence[str], features: Sequence[Features], title: int) -> range:
    """The labels right above the headline at ``title`` (a section's name, "ANALYSIS"):
    at most :data:`KICKER_LINES` lines of at most :data:`KICKER_WORDS` words each, none of
    them a sentence nor starting in lowercase. They belong to the headline, not the body."""
    start = title
    while start > max(0, title - KICKER_LINES) and _labels(texts[start - 1], features[start - 1]):
        start -= 1
    return range(start, title)


def without_kicker(texts: Sequence[str], title: Found) -> Found:
    """``title`` without the kicker the headline's line opens with, when the page prints
    the headline over it with a colon after the kicker: "Deutschlandtakt Flixbus
    attackiert Deutsche Bahn" (a heading's two spans copied as one line) under
    "Deutschlandtakt: Flixbus attackiert Deutsche Bahn" (a menu's or a breadcrumb's copy,
    a list's bullet before it aside). The kicker is at most :data:`KICKER_WORDS` words, and
    the headline left is longer than a menu's item."""
    text = title.value
    lines: set[str] | None = None  # the page's lines, bullets aside, made once
    end = -1
    for _ in range(KICKER_WORDS):
        end = text.find(" ", end + 1)
        rest = text[end + 1 :]
        if end < 0 or rest.count(" ") < MENU_WORDS - 1:
            break
        glued = f"{text[:end]}: {rest}"
        lines = set(map(unbulleted, texts[: title.index])) if lines is None else lines
        if glued in lines:
            return Found(title.index, rest)
    return title


def _labels(text: str, line: Features) -> bool:
    return (
        line.words <= KICKER_WORDS
        and line.kind is _SHORT
        and not line.terminal
        and not text[0].islower()
    )


def scored_lines(
    texts: Sequence[str],
    features: Sequence[Features],
    candidates: range,
    *,
    near: int | None,
    body: str,
    body_start: int | None = None,
) -> list[tuple[float, int]]:
    """Each line in contention for the title, as ``(score, index)``, from the bottom up.

    Distance to the body counts only lines that are not chrome, captions, dates or
    bylines, so a block of share buttons between title and body costs nothing. Of a
    headline and the standfirst under it, both on topic, the headline comes first.

    The line over the byline and date block (:func:`_block_head`) takes
    :data:`HEADS_BLOCK` in place of what nearness to the body and to anchors would give,
    if it is on topic or the block names an author; the on-topic lines right above it
    (a kicker, or the headline over it when it is the standfirst) take it too, unless it is
    in title case: a headline then, and what stands over it a label or a topic strip. The lines
    looked at reach above ``candidates`` to that line.

    Looking a line's words up in the body costs more than all the rest, so it comes last:
    a line that could not beat the best line under it even sharing the most words with the
    body (:data:`MOST_GAINED`) is out of contention without it, and left out. Most lines
    far above the body are, and once no line left above can be (:func:`_ceiling`), the
    lines above are not looked at.
    """
    body = body.lower()
    cjk_body = body[:CJK_SAMPLE]
    anchors = _anchors(texts, features, candidates, near, body)
    shape = _per_line(lambda index: _shape_score(texts[index], features[index]))
    block = _last_signed(texts, candidates) if near is None else near
    head, signed = _block_head(texts, features, block, body, shape)
    signed = signed and near is not None  # without a date, "by Jane Doe" may credit a photo
    if head is not None and head < candidates.start:
        candidates = range(head, candidates.stop)
    trails, crumbs = _breadcrumbs(texts, candidates)
    teasers = _teasers_from(features, candidates)
    if head is not None and head > teasers and _prose_in(features, candidates.start, teasers):
        head = None  # a teaser's block under a "Recommended" header that the story's text tops
    start = candidates.stop if body_start is None else body_start
    echoes = _echoes(texts, features, start)
    first_anchor = min(anchors, default=candidates.stop + ANCHOR_REACH)
    first_crumb = _first_of(texts, candidates, crumbs | echoes)

    shared_words = _per_line(lambda index: _shared_words(texts[index], body, cjk_body))

    scores: list[tuple[float, int]] = []
    best = -math.inf  # the highest score so far
    distance = 0
    below: int | None = None  # the scored line under this one (captions, dates aside)
    heading = 0  # how many more lines up the heading over the byline and date block runs
    deck = 0  # the most words the lines of that heading under this one share with the body
    for index in reversed(candidates):
        if (
            not heading
            and (head is None or index < head)
            and not (scores and scores[-1][1] == index + 1)  # no deck under it
            and _ceiling(index, distance, anchors, first_anchor, first_crumb) < best - SLACK
        ):
            break  # no line from here up can beat the best: none is looked at
        line, text = features[index], texts[index]
        chrome = line.kind in CHROME_KINDS
        skipped = (
            index in trails
            or index == near
            or (chrome and _menu_line(texts, features, index))
            or (index in anchors and _labelled_byline(text, body))
        )
        score = None if skipped else shape(index)
        caption = (score is not None or not chrome) and (
            is_caption(text) or _over_credit(texts, index)
        )
        meta = caption or index in anchors  # captions, dates and bylines part headline and body
        if not (chrome or meta):
            distance += 1
        if score is None or caption:
            below = below if meta else None  # a standfirst under the date still counts
            heading = heading if meta else 0
            continue
        anchor = _anchor_bonus(index, anchors) - DISTANCE_COST * distance
        teaser = index > teasers
        depth = DEPTH_COST * max(0, index - start)
        # A breadcrumb's last item, or a line printed again in the article's opening (the
        # lead photo's caption or alt text): the page names its article so.
        crumb = text in crumbs or (
            index < start and text in echoes and not _in_contents(texts, index, start)
        )
        menu = _in_menu(features, index)
        over_deck = (
            below == index + 1
            and line.kind is _SHORT
            and _heads_deck(text, line, features[below], below, scores)
        )
        if not heading and index != head:  # off the block's heading, only the words are unknown
            most = score + MOST_GAINED + anchor - (TEASER_COST if teaser else 0.0) - depth
            most += (CRUMB_BONUS if crumb else 0.0) - (MENU_COST if menu else 0.0)
            if over_deck:  # it may rank above its deck
                most = max(most, scores[-1][0] + DECK_STEP)
            if most < best - SLACK:
                below = index  # out of contention: its words are looked up only if asked
                continue
        shared = shared_words(index)
        if shared and line.repeats > 1 and not _doubled(texts, index):
            score += PRINTED_TWICE  # a headline printed twice, not a repeated menu item
        on_topic_below = below is not None and shared_words(below) >= ON_TOPIC
        score += SHARED_WORD * shared + (OVER_ON_TOPIC if on_topic_below else 0.0)
        if index == head:  # off the topic, only a signed block's head that is not furniture
            heading = HEADING_LINES if shared or (signed and not chrome) else 0
            if heading and _title_cased(text):
                heading = 1  # a headline in title case: no deck, the lines over it are labels
        if heading and (
            index == head or (shared >= ON_TOPIC and not (chrome and line.repeats == 1))
        ):
            score += HEADS_BLOCK  # its place is set by the block, not by the body
            if index != head and text.count(" ") >= MENU_WORDS:
                # A headline over its deck: the deck's words speak for it, and the top wins.
                score += SHARED_WORD * max(0, deck - shared) + DECK_STEP * (HEADING_LINES - heading)
            deck = max(deck, shared)
            heading = heading - 1 if shared >= ON_TOPIC else 0  # it runs on over on-topic lines
        else:
            heading = 0
            score += anchor
            if teaser:
                score -= TEASER_COST
        score -= depth
        if crumb:
            score += CRUMB_BONUS
        if menu:
            score -= MENU_COST
        if over_deck and shared >= ON_TOPIC:  # a headline over its deck ranks above it
            score = max(score, scores[-1][0] + DECK_STEP)
        scores.append((score, index))
        best = max(best, score)
        below = index
    return scores


_T = TypeVar("_T")


def _per_line(compute: Callable[[int], _T]) -> Callable[[int], _T]:
    """``compute`` for a line, computed once however often it is asked (several helpers ask
    about the same lines): a dict, cheaper to make for every page than a functools.cache."""
    known: dict[int, _T] = {}

    def known_or_computed(index: int) -> _T:
        if index not in known:
            known[index] = compute(index)
        return known[index]

    return known_or_computed


def _ceiling(
    index: int, distance: int, anchors: set[int], first_anchor: int, first_crumb: int
) -> float:
    """The most any line from ``index`` up can score, off the block's heading and over no
    deck, at ``distance`` from the body: its shape's best, all :data:`MOST_GAINED`, the
    full anchor bonus if the first anchor is at most a line under ``index`` (else what
    ``index`` itself may get: the lines above are further from it), and the crumb bonus if
    the first line that may take it (``first_crumb``) is ``index`` or above."""
    near_anchor = BESIDE_ANCHOR if first_anchor <= index + 1 else _anchor_bonus(index, anchors)
    crumb = CRUMB_BONUS if first_crumb <= index else 0.0
    return BEST_SHAPE + MOST_GAINED + near_anchor - DISTANCE_COST * distance + crumb


def _echoes(texts: Sequence[str], features: Sequence[Features], start: int) -> set[str]:
    """The body's opening lines (from ``start``) that the page prints more than once: a
    line above the body printing one again names the article (a headline over the lead
    photo's caption or alt text)."""
    opening = range(start, min(len(texts), start + ECHO_LINES))
    return {texts[index] for index in opening if features[index].repeats > 1}


def _in_contents(texts: Sequence[str], index: int, start: int) -> bool:
    """Whether the line at ``index``, above the body (from ``start``), is an entry of a
    table of contents: a line beside it is printed again in the body too (the sections'
    headings "Summary", "Infection chain overview", "Conclusion" listed over the text)."""
    body = texts[start:]
    return any(0 <= at < start and texts[at] in body for at in (index - 1, index + 1))


def _first_of(texts: Sequence[str], candidates: range, wanted: set[str]) -> int:
    """The first of ``candidates`` whose text is one of ``wanted``, else ``candidates.stop``."""
    window = texts[candidates.start : candidates.stop]
    found = (window.index(text) for text in wanted if text in window)  # ``in`` raises nothing
    return candidates.start + min(found, default=len(window))


def _heads_deck(
    text: str, line: Features, deck: Features, deck_index: int, scores: list[tuple[float, int]]
) -> bool:
    """Whether a heading-shaped line (capitalised words, no full stop) stands right over a
    longer sentence-shaped line scored last, its deck ("Olivia Munn: Queen of the Uncool"
    over "The Web and cable star has achieved fame by targeting nerdy guys, …")."""
    return (
        bool(scores)
        and scores[-1][1] == deck_index  # scored, not left out of contention
        and line.kind is _SHORT
        and line.weight == len(text) <= LONG_TITLE  # CJK has no capitals to tell a heading by
        and text.count(" ") >= DECK_HEAD_WORDS - 1
        and not text.endswith(".")
        and deck.kind in _SENTENCES
        and deck.weight > line.weight
    )


def _anchors(
    texts: Sequence[str],
    features: Sequence[Features],
    candidates: range,
    near: int | None,
    body: str,
) -> set[int]:
    """The lines that stand beside a headline: the date, a byline, a time stamp."""
    anchors = set() if near is None else {near}
    for index in range(candidates.start, min(len(texts), candidates.stop + ANCHOR_REACH)):
        text, line = texts[index], features[index]
        words = line.words
        if words <= ANCHOR_WORDS and (
            # A time holds digits, which the census found: most lines are not searched.
            (line.digits and (":" in text or "：" in text) and _TIME.search(text))
            or BYLINE.match(text)
            # Most lines near the top are menu items, too short to be one: no call.
            or (FEWEST_LABELLED <= words <= LABELLED_WORDS and _labelled_byline(text, body))
        ):
            anchors.add(index)
    return anchors


def _teasers_from(features: Sequence[Features], candidates: range) -> int:
    """Where the teasers under a "Read also" header start among ``candidates``, if they do.

    A header printed more than once is a menu item ("Latest News"), not a section's.
    """
    return next(
        (i for i in candidates if features[i].kind is _BREAK and features[i].repeats == 1),
        candidates.stop,
    )


def _prose_in(features: Sequence[Features], start: int, stop: int) -> bool:
    """Whether a line of prose (a paragraph of sentences) stands from ``start`` to ``stop``."""
    return any(features[index].kind is Kind.GOOD for index in range(start, stop))


def _last_signed(texts: Sequence[str], candidates: range) -> int | None:
    """The last line naming an author: where a page without a date found has its block."""
    stop = min(len(texts), candidates.stop + ANCHOR_REACH)
    return next((i for i in reversed(range(candidates.start, stop)) if _signed(texts[i])), None)


def _block_head(
    texts: Sequence[str],
    features: Sequence[Features],
    anchor: int | None,
    body: str,
    shape: Callable[[int], float | None],
) -> tuple[int | None, bool]:
    """The line over the byline and date block of ``anchor`` (the date's line, else the last
    line naming an author) if it is shaped like a headline, and whether the block names an
    author.

    Between a headline and its date may stand what belongs to the block: bylines, the
    author's name or the outlet on a line of their own, a reading time, a comment count,
    a share button, the lead photo's caption. A label, a section name or a sentence over
    the block heads nothing. ``shape`` gives a line's :func:`_shape_score`.
    """
    if anchor is None:
        return None, False
    signed = _signed(texts[anchor])
    index, lowest = anchor - 1, max(0, anchor - BLOCK_LINES)
    while index >= lowest and _in_block(texts, features, index, body, shape):
        signed = signed or _signed(texts[index]) or _labelled_byline(texts[index], body)
        index -= 1
    # Past the block's reach the line may still be the block's; short of it, it is not.
    if index < lowest and (index < 0 or _in_block(texts, features, index, body, shape)):
        return None, signed
    score = shape(index)
    if score is not None and score <= 0 and features[index].kind in _SENTENCES:
        return _over_deck(texts, index, body, signed, shape), signed
    return (index if score is not None and score > 0 else None), signed


def _over_deck(
    texts: Sequence[str], deck: int, body: str, signed: bool, shape: Callable[[int], float | None]
) -> int | None:
    """The headline over the deck at ``deck`` (a sentence over the byline and date block:
    headline, deck, byline, date), if the line over it is shaped like one and the block
    names an author or the line shares a word with the body; a sentence over the block
    under anything else heads nothing."""
    index = deck - 1
    if index < 0 or is_caption(texts[index]):
        return None
    score = shape(index)
    if score is None or score <= 0:
        return None
    return index if signed or _shared_words(texts[index], body, body[:CJK_SAMPLE]) else None


def _signed(text: str) -> bool:
    """Whether a line names an author: "By Jane Doe", "15 October 2019 by Jane Doe"."""
    return len(text) <= SHORT_LINE and (
        BYLINE.match(text) is not None
        or (("by" in text or "By" in text or "BY" in text) and _BY_NAME.search(text) is not None)
    )


def _labelled_byline(text: str, body: str) -> bool:
    """Whether a line is a label of a word or two and a byline after it ("Eine Analyse von
    Caspar Schwietering"): the name after the byline word ends the line (a headline's
    words go on in lowercase: "Im ICE von Frankfurt nach Barcelona") and the lowercased
    ``body`` does not name them (it does the person a headline names: "Il ritorno di
    Mario Draghi")."""
    words: list[str] = text.split(" ") if len(text) <= SHORT_LINE else []
    # The byline word is the second or third word, the rest of the line a name.
    at = 1 if len(words) > 1 and words[1] in _SIGN_WORDS else 2
    if not (at < len(words) - 1 < at + NAME_WORDS and words[at] in _SIGN_WORDS):
        return False
    name = " ".join(words[at + 1 :])
    return (
        words[0][:1].isalpha()
        and looks_like_name(name)
        and not _DIGIT.search(name)
        and not _has_word(body, name.rpartition(" ")[2].lower())
    )


def _in_block(
    texts: Sequence[str],
    features: Sequence[Features],
    index: int,
    body: str,
    shape: Callable[[int], float | None],
) -> bool:
    """Whether a line can stand inside a byline and date block: not a headline."""
    text, line = texts[index], features[index]
    if line.words <= MENU_WORDS and (looks_like_name(text) or line.digits):
        return True  # "Max Blumenthal", "The Grayzone", "7 minute read", "2 comments"
    if line.words <= ANCHOR_WORDS and (_signed(text) or _labelled_byline(text, body)):
        return True  # "Posted by Jane Doe on ...", "Analysis by Jane Doe, CNN"
    return shape(index) is None or is_caption(text) or _over_credit(texts, index)


def _over_credit(texts: Sequence[str], index: int) -> bool:
    """Whether the line stands over a photo credit ("Image: Jane Doe"), or over itself
    printed again with one ("… réplica da taça" over "… réplica da taça - Jane Doe/Agency",
    as w3m prints a picture's description over its caption): the photo's caption, printed
    where the headline would be, between the picture and the byline."""
    if index + 1 >= len(texts):
        return False
    text, under = texts[index], texts[index + 1]
    if CREDIT.match(under) is not None:
        return True
    # The credit after a separator ends the copy: a lede that opens with its headline's
    # words goes on in words of its own.
    return (
        len(text) < len(under) <= len(text) + CREDIT_CHARS
        and under.startswith(text)
        and under[len(text) : len(text) + 3] in _CREDIT_SEPARATORS
        and text.count(" ") >= MENU_WORDS
    )


def _anchor_bonus(index: int, anchors: set[int]) -> float:
    """What standing next to or one line from a date or byline line adds."""
    if index - 1 in anchors or index + 1 in anchors:
        return BESIDE_ANCHOR
    return NEAR_ANCHOR if index - 2 in anchors or index + 2 in anchors else 0.0


def _breadcrumbs(texts: Sequence[str], candidates: range) -> tuple[set[int], set[str]]:
    """The breadcrumb trails' lines, and each trail's last item: the page, often its headline."""
    trails, ends = set(), set()
    for index in candidates:
        text = texts[index]
        marked = ">" in text or "»" in text or "›" in text or "＞" in text  # faster than any()
        if marked and len(text) < 2 * SHORT_LINE:
            items = _CRUMB.split(text)
            if len(items) > 1:
                trails.add(index)
                ends.add(items[-1])
    return trails, ends


def _doubled(texts: Sequence[str], index: int) -> bool:
    """Whether the line at ``index`` is printed again right beside itself: a picture's
    description over its caption, as lynx and w3m print them, not a headline the page
    shows in its head and again over the story."""
    text = texts[index]
    return texts[index + 1 : index + 2] == [text] or (index > 0 and texts[index - 1] == text)


def _in_menu(features: Sequence[Features], index: int) -> bool:
    """Whether the line is a menu item between menu items: navigation, not a heading."""
    if index == 0 or index + 1 >= len(features):
        return False
    return (
        _menu_item(features[index - 1])
        and _menu_item(features[index])
        and _menu_item(features[index + 1])
    )


def _menu_line(texts: Sequence[str], features: Sequence[Features], index: int) -> bool:
    """Whether a line of chrome words stands amid a menu, two items on either side: the
    menu's own line ("What are you looking for in this menu?"), however long."""
    if not 1 < index < len(features) - 2:
        return False
    return (
        _menu_item(features[index - 1])
        and _menu_item(features[index + 1])
        and _menu_item(features[index - 2])
        and _menu_item(features[index + 2])
        and CHROME.search(texts[index])
    )


def _menu_item(line: Features) -> bool:
    return line.words <= MENU_WORDS and line.weight <= MENU_WEIGHT


def content_tokens(text: str) -> list[str]:
    """Words long enough to carry meaning (CJK runs as character pairs), lowercased, once each."""
    lowered = text.lower()
    if lowered.isascii():
        return list(dict.fromkeys(_ASCII_WORD.findall(lowered)))
    if not CJK_LETTER.search(lowered):
        return list(dict.fromkeys(_WORD.findall(lowered)))
    tokens: list[str] = []
    for word, run in _CONTENT_TOKEN.findall(lowered):
        if word:
            tokens.append(word)
        else:
            tokens.extend(run[i : i + _PAIR] for i in range(min(len(run) - 1, MOST_LOOKUPS)))
    return list(dict.fromkeys(tokens))


def _shared_words(text: str, body: str, cjk_body: str) -> int:
    """How many of the first content words of ``text`` the lowercased body has, up to four.

    Words are looked up in ``body``, CJK pairs in its opening ``cjk_body``: a few ``find``
    calls cost far less than listing every word of a body sample thousands of characters
    long. A headline's opening words say what it is about; the rest of a long line is not
    looked up.
    """
    shared = 0
    for word in content_tokens(text)[:MOST_LOOKUPS]:
        # CJK is written without spaces: a pair of characters counts wherever it occurs.
        shared += word in cjk_body if len(word) == _PAIR else _has_word(body, word)
        if shared == MOST_SHARED:
            break
    return shared


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` is one of the content words of ``text`` (not part of a longer one)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and text[start - 1] not in _BOUNDS and _LETTER.match(text, start - 1)) and (
            text[end : end + 1] in _BOUNDS or not _LETTER.match(text, end)
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _shape_score(text: str, line: Features) -> float | None:
    """A first score from the line alone, or ``None`` when it cannot be a title.

    Captions are the caller's to leave out (:func:`is_caption`): it needs that answer for
    the distance to the body as well.
    """
    shortest = SHORTEST_TWICE if line.repeats > 1 else SHORTEST
    if not shortest <= line.weight <= 400 or line.words < 2 or line.table:
        return None  # a table's row ("Industry | Open-source software") heads nothing
    searched = passed_word_lists(line)  # most lines: the word lists were asked already
    # Words as written: on a CJK page ``line.words`` estimates a line's words from its weight.
    # A menu item or a line of symbols is asked first: a tenth of the lines, turned away
    # before the costlier tests below.
    if (text.count(" ") < 4 and not searched and CHROME.search(text)) or line.letters < 0.6 * (
        len(text) - text.count(" ")
    ):
        return None
    if (not searched and STRONG.search(text)) or CREDIT.match(text) or BYLINE.match(text):
        return None
    if text[:1].isdecimal() and _STAMP_START.match(text):
        return None
    if text[-1] in _OPEN_ENDS:
        return None  # a letter's salutation ("Liebe Freunde …,"), a lead-in: no headline
    if line.kind is Kind.BAD and text.islower():
        return None  # a menu in lowercase ("home photos about me contact"): a headline has capitals
    if _names_role(text):
        return None  # a name and a job title: "Andrea Stone Senior Washington Correspondent"
    if " | " in text and _toolbar(text):
        return None
    if section_and_names(text):
        return None  # "Politik · Jochen Bittner, Tina Hildebrandt": a byline under a label
    if text[:1] in MARKER_STARTS and MARKER.match(text):
        return None  # a list's item ("+ Added three new blocks"), not a heading
    if text[0] == "[" and text[-1] == "]" and text.count("[") == 1:
        return None  # a picture's description as pandoc prints it ("[The harbour at dawn]")
    if _said_twice(text):
        return None  # a picture's description and its caption run together, as lynx prints them
    score = BEST_SHAPE if 4 <= line.words <= 30 else 0.0
    end = text[-40:].rstrip(CLOSERS)  # a sentence in brackets or quotes is still one
    if (end.endswith(".") and _SENTENCE_END.search(end)) or end.endswith(_CJK_STOPS):
        score -= 2.0  # a sentence: a standfirst or a caption, not a headline
    if (". " in text or "! " in text or "? " in text) and _SENTENCE_BREAK.search(text):
        score -= 1.0
    if text.isupper() and line.weight == len(text):
        score -= 1.0  # in capitals; CJK has no case ("…できる「ペン」、CUTPEN" is no shout)
    if line.weight > LONG_TITLE:
        score -= (line.weight - LONG_TITLE) / 40  # a standfirst or a caption
    return score


def _said_twice(text: str) -> bool:
    """Whether a line is one phrase of two words or more printed twice, with a space
    between or none ("The PlayStation VR The PlayStation VR", "The PlayStation VRThe
    PlayStation VR"): a text-mode browser's copy of a picture's description over its
    caption, which no headline repeats."""
    half, odd = divmod(len(text), 2)  # odd: a space between the two
    if text[half + odd] != text[0] or (odd and text[half] != " "):
        return False  # most lines: the second half opens otherwise (no copy made)
    return text[:half] == text[half + odd :] and " " in text[:half]


def _names_role(text: str) -> bool:
    """Whether a line is a name and the job title after it, the title capitalised or not
    ("Andrea Stone Senior Washington Correspondent", "Richard Adams Education editor"),
    maybe with the place the author writes from after a comma ("Denis Staunton China
    Correspondent, in Seoul")."""
    signed, _, place = text.partition(",")
    name, _, role = signed.rstrip().rpartition(" ")
    if role.lower() not in ROLES:
        return False  # most lines: the place after a comma is not split
    return (
        signed.count(" ") < ROLE_LINE_WORDS
        and len(place.split()) <= PLACE_WORDS
        and looks_like_name(name)
    )


def _toolbar(text: str) -> bool:
    """Whether a line of items parted by bars ends in a button ("Podcast: Play in new window |
    Download", "Email | Print"): a toolbar; a headline's bar parts off the site's name."""
    last = text.rpartition(" | ")[2]
    return last.count(" ") < MENU_WORDS and CHROME.search(last)


def _title_cased(text: str) -> bool:
    """Whether every word longer than a function word is capitalised: a headline's style,
    never a deck's or a standfirst's, which are written as sentences."""
    return all(word[0].isupper() for word in text.split() if len(word) > TITLE_CASE_SHORT)


def is_caption(text: str) -> bool:
    """A photo's caption or credit, or a link to more: lines that sit where headlines do."""
    if (
        text.endswith(ARROWS)
        or _CAPTION_START.match(text)
        or (text.endswith(")") and CREDITED_END.search(text))
        or (" | " in text and _PIPED_CREDIT.search(text))
        or (":" in text and _LABELLED_CREDIT.search(text))
        or ("。" in text and _CJK_CREDITED.search(text))
    ):
        return True
    credit = _AGENCY_END.search(text) if "/" in text else None
    return credit is not None and not credit[0].isupper()
