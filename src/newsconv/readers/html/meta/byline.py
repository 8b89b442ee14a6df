"""Author names from bylines: "By A and B", "par A, B et C", "Автор: А", "文／A".

Bylines come with the word for "by", roles, dates, e-mail addresses and profile links
around the names, and sometimes name the publisher instead of a person. The word lists
below are data, a handful per language; everything else is structure (separators,
position, length).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from lxml.html import HtmlElement

from newsconv.dates import find_dates
from newsconv.readers.agencies import is_agency
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import Marked
from newsconv.readers.html.meta.title import compact, host_labels
from newsconv.readers.html.textstats import shown_text
from newsconv.readers.sections import section_label
from newsconv.readers.signatures import (
    CLOSING_LINES,
    EMAIL_OR_URL,
    ROLE_AFTER,
    SIGNATURE_CHARS,
    signing_name,
)
from newsconv.scripts import HAN, KANA

#: Words that introduce a byline ("by"), case-insensitive, before the names.
BY_WORDS = (
    # an interview's: "Propos recueillis par" (remarks collected by)
    "propos recueillis par", "recueillis par", "recueillies par", "recueilli par",
    "recueillie par", "written by", "reporting by", "story by", "words by", "text by",
    "posted by", "by",
    "author", "authors", "auteur", "autore", "autorin", "autoren",
    "par", "von", "por", "di", "door", "av", "af", "przez", "od", "autor", "autora",
    "авторы", "автор", "текст", "от", "από", "yazan", "bởi", "oleh", "kirjoittaja",
    "文", "记者", "撰文", "作者", "기자", "글",
)  # fmt: skip
#: Those that label a list's line of facts as naming the author.
_LABEL_WORDS = frozenset(
    word for word in BY_WORDS if word.startswith(("author", "auteur", "autor", "автор", "作者"))
)
#: Words that join two names ("A and B"), by language.
AND_WORDS = (
    "and", "with", "und", "mit", "et", "avec", "y", "con", "e", "com", "и", "i", "en", "og",
    "och", "ve", "και", "a", "és",
)  # fmt: skip
#: Words that end the names and start a date or a note ("By A, updated 5 May").
STOP_WORDS = (
    "published", "updated", "posted", "last updated", "modified", "publié", "mis à jour",
    "veröffentlicht", "aktualisiert", "publicado", "actualizado", "опубликовано", "обновлено",
    "for", "from", "pour", "für", "para", "photos", "photo", "via", "edited", "reviewed",
    # a follow button after the name
    "follow", "seguir", "suivre", "folgen", "segui", "volg", "obserwuj", "подписаться",
)  # fmt: skip
#: Words that mark a role or an organisation rather than a person.
NOT_A_PERSON = frozenset(
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "editor",
        "editors", "contributor", "contributors", "columnist", "photographer", "team",
        "desk", "newsroom", "news", "press", "agency", "agencies", "media", "editorial",
        "redaktion", "rédaction", "redacción", "redação", "redazione", "редакция", "admin",
        "administrator", "webmaster", "anonymous", "unknown", "inc", "ltd",
        "guest", "senior", "associated", "wire", "services", "service", "online",
        # an affiliation after the name ("By Ann Smith, Example Foundation")
        "foundation", "stiftung", "fondation", "fundación", "university", "universität",
        "université", "institute", "institut",
        # a company's legal form
        "gmbh", "llc", "corp", "corporation", "plc",
        # a job title after the name ("Magen Gicinto, Chief People Officer")
        "chief", "officer", "director", "manager", "president", "founder", "cofounder",
        "engineer", "developer", "analyst", "researcher", "scientist", "strategist",
        "consultant", "specialist",
    }
)  # fmt: skip
#: A company's legal form or a desk, in scripts written without spaces ("株式会社インプレス",
#: "AKIBA PC Hotline!編集部"): a name holding one is the publisher's or a desk's.
ORGANISATION_FORMS = (
    "株式会社", "有限会社", "合同会社", "有限公司", "股份公司", "주식회사",
    "編集部", "编辑部", "편집부",
)  # fmt: skip

#: A by-word and what parts it from the names; at the end of the text, a label naming no
#: one ("Story By" over a teaser's name link).
_BY = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, BY_WORDS)) + r")(?:\s*[:：/／]\s*|\s+|\s*$)",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:[,;&|、，/()\[\]]|\s(?:" + "|".join(map(re.escape, AND_WORDS)) + r")\s)\s*",
    re.IGNORECASE,
)
#: What ends the names: a stop word, a digit, a bullet or bar, a dash set off by spaces
#: before a role ("By Ann Smith - Staff Writer").
_STOP = re.compile(
    r"(?:\s(?:" + "|".join(map(re.escape, STOP_WORDS)) + r")\b|\d|[•·|]|\s[-–—]\s).*$",
    re.IGNORECASE | re.DOTALL,
)
#: A nickname or initials in brackets inside a name ("Richard (R.J.) Eskow"), which the
#: brackets would otherwise split into single words.
_INNER_BRACKET = re.compile(r"(?<=[^\W\d_])\s+\([^()\s\d]{1,12}\)\s+(?=[^\W\d_])")
#: A profession set before a name as a title ("Rechtsanwalt Dennis Tölle", "Attorney Ann
#: Smith"): the name goes on after it, with at least two words.
_ROLE_BEFORE = re.compile(
    r"^(?:(?:rechts|fach|patent)?anw(?:a|ä)lt(?:in)?|ra|rain|steuerberater(?:in)?|notar(?:in)?"
    r"|redakteur(?:in)?|journalist(?:in)?|reporter(?:in)?|attorney|lawyer|avocate?|ma[iî]tre)"
    r"\.?\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)
#: A domain in a byline ("(www.dw.com)"), not one of an e-mail address.
_DOMAIN = re.compile(r"(?<![@\w.-])(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
#: A name written as a host name ("speicherguide.de"): a site, never a person.
_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}")
_LEADING_AND = re.compile(r"^(?:" + "|".join(map(re.escape, AND_WORDS)) + r")\s+", re.IGNORECASE)
#: A dateline's bracketed reporters, within its first characters.
_REPORTERS = re.compile(r"[^（(]{0,40}[（(]\s*记者\s*[:：]?\s*([^（）()]{2,40})[）)]")
#: A pen name has at least so many letters: "By Al" is a fragment more often than a name.
_PEN_NAME_LETTERS = 3
#: A paragraph this long is running text, no longer a menu's or a caption's.
_RUNNING_TEXT = 40
_CJK_SPACE = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")
#: Words a byline element's class, id, rel or itemprop contains; ``_BYLINE_MARK`` decides
#: (Spanish and Italian sites sign in a ``firma``, "signature").
BYLINE_HINTS = ("byline", "author", "writer", "autor", "auteur", "firma")
_BYLINE_MARK = re.compile(
    r"byline|(?:^|[\s_-])(?:author|authors|writer|autor|autore|autores|autora|auteur|auteurs"
    r"|firma)"
    r"(?:$|[\s_-]name\b|\s)"
)
_WORD = re.compile(r"[^\W\d_]+")
#: A byline's line that leaves it open for the next: ending in a by-word, a comma or an
#: "and", or the next one starting with a comma, an "and" or a bracket.
_OPEN_END = re.compile(
    r"(?:^|\s)(?:" + "|".join(map(re.escape, (*BY_WORDS, *AND_WORDS))) + r")\s*[:：]?$|[,&(]$",
    re.IGNORECASE,
)
#: The last word of a sentence of running text: a letter and a full stop end it.
_SENTENCE_END = re.compile(r"\S*[^\W\d_]\.")
_OPEN_START = re.compile(
    r"^(?:[,&(]|(?:" + "|".join(map(re.escape, AND_WORDS)) + r")\s)", re.IGNORECASE
)
#: A mark of a quotation's parts ("quote-author"), where a name is the quoted speaker's.
_QUOTE_MARK = "quote"
#: Elements a photographer signs in, by tag or class (a list of facts may be a "caption").
_CAPTIONS = frozenset({"figure", "figcaption"})
#: A list item's own headline: a heading, or a link of this many words or more; an item
#: longer than this is an article set in a list, not one of its entries.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TITLE_WORDS, _ENTRY_CHARS = 3, 1000
#: A path step of a page about a person on the site (an author's page; the writers' list
#: a site files them under: "/about/editors/richard-lawler/"; their biographies:
#: "/bios/brad-shaw-3025.html").
_PROFILE_PATH = re.compile(
    r"/(?:authors?|staff|profiles?|people|autor(?:en)?|auteurs?|editors?|writers?"
    r"|contributors?|columnists?|reporters?|journalists?|bios?|biograph(?:y|ies))(?:/|$)"
)
_LATIN = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
#: An underscore between Latin letters, which a user name puts for a space ("Jenny_Smith");
#: a blog's name may join Chinese words so ("史蒂文的家_藍天"), and keeps them.
_SNAKE_JOIN = re.compile(r"(?<=[A-Za-zÀ-ɏ])_(?=[A-Za-zÀ-ɏ])")
#: Emoji, dingbats and the joiners and selectors that style them: a profile's decoration
#: ("Jenny Smith ❤️"), never part of a name.
_PICTOGRAPHS = re.compile("[\u2600-\u27bf\u200d\ufe0e\ufe0f\U0001f000-\U0001faff]+")


def author_names(
    bylines: Iterable[str],
    *,
    exclude: Iterable[str] = (),
    hosts: Iterable[str] = (),
    declared: bool = False,
) -> tuple[str, ...]:
    """The people named by ``bylines``, each once, in order; names in ``exclude`` (the
    site or publisher, however spaced, cased or hyphenated) are dropped, and so are
    bylines that give a domain among ``hosts`` (the page's own,
    :func:`~newsconv.readers.html.meta.title.host_labels`): "Deutsche Welle
    (www.dw.com)" is the publisher signing.

    ``declared`` bylines are a CMS's author fields, which a site fills with its
    publisher's legal name: there a name holding an excluded one as whole words goes too
    ("Ediciones El País" on the site "El País"). A visible byline may name a blog after
    its author ("Steven's home posted on PIXNET") and keeps it.
    """
    excluded = {compact(name) for name in exclude}
    publishers = [
        words for name in exclude if declared and _distinctive(words := _folded_words(name))
    ]
    own = frozenset(hosts)
    seen: dict[str, str] = {}
    for byline in bylines:
        if own and _names_own_site(byline, own):
            continue
        for index, name in enumerate(_names(byline)):
            # after a person, the site's domain spelt as a name is the outlet ("Ann
            # Smith, USA TODAY" on usatoday.com); alone, it may be a blogger's own name
            if compact(name) in excluded or (index and compact(name) in own):
                continue
            words = _folded_words(name)
            if not any(_holds_run(words, publisher) for publisher in publishers):
                seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


#: A site's name found inside an author's is the publisher's when it has this many words,
#: or one word this long: a one-word site "Ann" says nothing of "Ann Smith".
_PUBLISHER_WORDS, _PUBLISHER_LETTERS = 2, 5


def _folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, compared loosely (:func:`compact` each)."""
    return tuple(compact(word) for word in _WORD.findall(text))


def _distinctive(words: tuple[str, ...]) -> bool:
    return len(words) >= _PUBLISHER_WORDS or (
        len(words) == 1 and len(words[0]) >= _PUBLISHER_LETTERS
    )


def _holds_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Whether ``run`` occurs in ``words`` as consecutive words."""
    width = len(run)
    return any(words[i : i + width] == run for i in range(len(words) - width + 1))


def first_byline(
    marked: Iterable[Marked], *, exclude: Iterable[str] = (), hosts: Iterable[str] = ()
) -> tuple[str, ...]:
    """The people named by the first byline element that names any (later ones are
    usually teasers of other articles); ``exclude`` and ``hosts`` as for
    :func:`author_names`."""
    excluded, own = tuple(exclude), tuple(hosts)
    for text in byline_elements(marked):
        names = author_names([text], exclude=excluded, hosts=own)
        if names:
            return names
    return ()


def headline_byline(
    lines: Iterable[str], *, exclude: Iterable[str] = (), hosts: Iterable[str] = ()
) -> tuple[str, ...]:
    """The people a line under the headline names after a by-word ("By Jemele Hill"),
    read from the short ``lines`` there, each an element's text: a byline that sets its
    names apart ("Par <a>A</a>, <a>B</a>") goes on while a line leaves it open (a by-word,
    a comma or "and" between them). Only capitalised names: "By the numbers" names nobody.
    The search ends at the first sentence: the article's text has begun."""
    excluded, own = tuple(exclude), tuple(hosts)
    lines = iter(lines)
    for line in lines:
        if _sentence(line):
            return ()
        if not _BY.match(line):
            continue
        run = [line]
        for following in lines:
            if not (_OPEN_END.search(run[-1]) or _OPEN_START.match(following)):
                break
            run.append(following)
        names = author_names([" ".join(run)], exclude=excluded, hosts=own)
        if names and all(_capitalised(name) for name in names):
            return names
    return ()


def _sentence(line: str) -> bool:
    """Whether ``line`` is a sentence of running text: five words or more ending in a
    full stop. (A regex that counts the words before the last backtracks through each
    split of a long line that ends otherwise, a tenth of a millisecond a line.)"""
    if not line.endswith("."):
        return False
    words = line.split()
    return len(words) >= 5 and _SENTENCE_END.fullmatch(words[-1]) is not None


def credited_names(
    box: HtmlElement, *, exclude: Iterable[str] = (), hosts: Iterable[str] = ()
) -> tuple[str, ...]:
    """The person a box under the headline named as the story's credits signs it with
    without a by-word: a bold name opening the box on a line of its own, over the job
    title (Folha's ``<div class=credits><p><b>MARIANA VERSOLATO</b><br>EDITORA-ADJUNTA
    …</p></div>``). A picture's credit is no such box: it holds the picture or follows it."""
    if not vocab.CREDIT.search(vocab.class_and_id(box)) or next(box.iter("img"), None) is not None:
        return ()
    holder = box
    while len(holder) == 1 and not (holder.text or "").strip() and holder[0].tag in ("p", "div"):
        holder = holder[0]  # the box's one paragraph
    first = next(iter(holder), None)
    if first is None or first.tag not in ("b", "strong") or (holder.text or "").strip():
        return ()
    after = first.getnext()
    if (first.tail or "").strip() or (after is not None and after.tag != "br"):
        return ()  # the bold words are part of a line, not a name on its own
    names = author_names([shown_text(first)], exclude=exclude, hosts=hosts)
    return names if len(names) == 1 and _capitalised(names[0]) else ()


#: A picture's alt naming a person as the author: the name, a dash or a comma, and an
#: author's label ("Mathias Brunet - Auteur", "Jane Doe, author").
_PICTURED_AUTHOR = re.compile(r"^(?P<name>[^,|–—-]+?)\s*(?:\s[-–—|]\s*|,\s*)(?P<label>\w+)$")


def pictured_author(
    images: Iterable[HtmlElement], *, exclude: Iterable[str] = (), hosts: Iterable[str] = ()
) -> tuple[str, ...]:
    """The person the page's one picture labelled as its author shows: a blog's portrait
    of its writer, its alt a name and the word for author (La Presse's blog, "<img
    class=bloggerImg alt='Mathias Brunet - Auteur'>"). Pictures of two people so labelled
    are a list of the site's writers, which names no one."""
    found: set[str] = set()
    for img in images:
        alt = img.get("alt")
        labelled = _PICTURED_AUTHOR.match(" ".join(alt.split())) if alt else None
        if labelled and labelled["label"].casefold() in _LABEL_WORDS:
            found.update(author_names([labelled["name"]], exclude=exclude, hosts=hosts))
    return (found.pop(),) if len(found) == 1 else ()


def profile_page(href: str) -> bool:
    """Whether the link ``href`` leads to a page about a person on the site (an author's
    page: :data:`_PROFILE_PATH`), not to a picture filed there (a portrait's full size,
    "/graphics/author/addison-bw.jpg")."""
    path = href.strip().lower().partition("?")[0]
    return _PROFILE_PATH.search(path) is not None and not path.endswith(vocab.IMAGE_FILE_ENDINGS)


#: How much text after the headline a link to the author's page may stand in, and how
#: long a text run is the article's, where the byline has been passed.
_PROFILE_REACH, _PROFILE_RUN = 600, 200
#: Where a link after the headline is no byline: menus, sidebars, captions.
_NOT_BYLINE = frozenset({"nav", "aside", "figure", "figcaption"})


def profile_linked(
    headline: HtmlElement, *, exclude: Iterable[str] = (), hosts: Iterable[str] = ()
) -> tuple[str, ...]:
    """The person a link right under the ``headline`` names by leading to their page on
    the site (:data:`_PROFILE_PATH`: "<a href='/about/editors/richard-lawler/'>Richard
    Lawler</a>", a byline without a by-word), its text a name alone; looked for only in
    the first :data:`_PROFILE_REACH` characters after the headline, before a run of text
    as long as a paragraph (the article's) and outside menus and asides."""
    budget = _PROFILE_REACH
    for node in _after(headline):
        if node.tag == "a" and profile_page(node.get("href") or ""):
            text = shown_text(node)
            names = author_names([text], exclude=exclude, hosts=hosts)
            if len(names) == 1 and names[0] == text and _capitalised(text):
                return names
        for run in (node.text, node.tail):
            length = len(run.strip()) if run else 0
            budget -= length
            if length > _PROFILE_RUN or budget <= 0:
                return ()
    return ()


def _after(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after ``element`` in page order (its following siblings' subtrees,
    then its parent's, and so on up the page), less menus and asides
    (:data:`_NOT_BYLINE`) and what they hold."""
    for node in (element, *element.iterancestors()):
        stack = list(node.itersiblings())[::-1]
        while stack:
            current = stack.pop()
            if not isinstance(current.tag, str) or current.tag in _NOT_BYLINE:
                continue
            yield current
            stack.extend(reversed(current))


def _capitalised(name: str) -> bool:
    """Whether every word of ``name`` starts with a capital but particles ("de", "van")."""
    return all(word[:1].isupper() or len(word) <= 3 for word in name.split())


def labelled_authors(
    labels: Iterable[HtmlElement], *, exclude: Iterable[str] = (), hosts: Iterable[str] = ()
) -> tuple[str, ...]:
    """The people the first author label of a list of facts names: a ``label`` (a
    ``<strong>``, ``<b>``, ``<dt>`` or ``<th>``) saying only "Author" (:data:`BY_WORDS`)
    that opens its line ("<li><strong>Author</strong> Ben Knight</li>"), or a term or
    header whose description or cell follows it ("<dt>Autor</dt><dd>…</dd>")."""
    excluded, own = tuple(exclude), tuple(hosts)
    for label in labels:
        words = shown_text(label).rstrip(":：").casefold()
        if words not in _LABEL_WORDS or _in_comments(label):
            continue
        parent = label.getparent()
        if label.tag in ("dt", "th"):
            value = label.getnext()
            line = f"{words}: {_spaced_text(value)}" if value is not None else ""
        elif parent is not None and parent.index(label) == 0 and not (parent.text or "").strip():
            line = _spaced_text(parent)
        else:
            continue
        names = author_names([line], exclude=excluded, hosts=own)
        if names:
            return names
    return ()


def signed_right(paragraphs: Iterable[HtmlElement]) -> tuple[str, ...]:
    """The name set in bold at the start of a right-aligned closing paragraph (the last of
    its container): how Vietnamese papers, among others, sign a story ("<p
    style='text-align:right'><strong>Tâm Giao</strong><br>Ảnh: …</p>")."""
    for paragraph in paragraphs:
        style = (paragraph.get("style") or "").replace(" ", "").lower()
        if "text-align:right" not in style or (paragraph.text or "").strip():
            continue
        first = next(iter(paragraph), None)
        if first is None or first.tag not in ("strong", "b") or paragraph.getnext() is not None:
            continue
        name = shown_text(first)
        if all(word[:1].isupper() for word in name.split()):
            return author_names([name])
    return ()


#: A story's last paragraph that only signs it: dashes, a by-word, then a name of two to
#: four capitalised words ("-- By Michael Russell", "— Par Jean Dupont").
_CLOSING_BYLINE = re.compile(
    r"^[\s\-–—]*(?i:"
    + "|".join(re.escape(word) for word in BY_WORDS if word.isascii() and " " not in word)
    + r")\s+((?:[A-ZÀ-ÞА-Я][\w'’.-]*\s+){1,3}[A-ZÀ-ÞА-Я][\w'’.-]*)\s*$"
)


#: A broadcaster's sign-off closing a report: the reporter's name, two to four capitalised
#: words, then the station's news ("Max Lee, KBS World Radio News.", "Jane Doe, BBC News,
#: Washington").
_SIGN_OFF = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?:[\w&'’.-]+\s+){0,4}"
    r"(?:News|Radio|TV|Television)(?:,\s*[A-Z][\w .'’-]{0,30})?\.?$"
)


def closing_signature(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The reporter who signs the story at its end when no byline named one: its last
    paragraph, a by-word and a name alone ("-- By Michael Russell"); its last line, a
    broadcaster's sign-off ("Max Lee, KBS World Radio News."); or one of its last
    ``paragraphs``, short, holding an e-mail address and a name alone (Korean papers close
    every story so: "최윤호 기자 uknow@donga.com")."""
    signed = _CLOSING_BYLINE.match(paragraphs[-1]) if paragraphs else None
    if signed and len(paragraphs[-1]) <= SIGNATURE_CHARS:
        return (" ".join(signed[1].split()),)
    last_line = paragraphs[-1].rpartition("\n")[2] if paragraphs else ""
    if len(last_line) <= SIGNATURE_CHARS and (sign_off := _SIGN_OFF.match(last_line)):
        return (sign_off[1],)
    for text in paragraphs[-CLOSING_LINES:]:
        if name := signing_name(text):
            return author_names([name])
    return ()


#: A Japanese paper's dateline opening the story, its place and reporter in lenticular
#: brackets ("【エルサレム＝酒井圭吾】", "【ワシントン＝山田太郎、北京＝鈴木花子】").
_BRACKET_DATELINE = re.compile(r"^\s*【([^【】]{3,60})】")
#: A reporter's name in such a dateline: characters and kana alone, no space or digit.
_DATELINE_NAME = re.compile(rf"[{HAN}{KANA}]{{2,8}}")


def opening_dateline(paragraph: str) -> tuple[str, ...]:
    """The reporters the story's first ``paragraph`` names in a Japanese paper's dateline:
    each place, an equals sign, a name ("【エルサレム＝酒井圭吾】"). A bracket holding any
    other part (a label, "【速報】") names no one."""
    dateline = _BRACKET_DATELINE.match(paragraph)
    if dateline is None:
        return ()
    names = [part.rpartition("＝")[2] for part in dateline[1].split("、")]
    if "＝" not in dateline[1] or not all(map(_DATELINE_NAME.fullmatch, names)):
        return ()
    return tuple(names)


#: A story's footer signing it, a by-word after a "posted" word and perhaps its date
#: ("Posted on March 3, 2020 by Jane Doe", "Published by Jane Doe on 3 March").
_POSTED = re.compile(
    r"^\s*(?:posted|published|written|submitted)\b.{0,60}?\bby\s+(?P<names>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: Tags of the box around a headline that is the page, not the story.
_PAGE_TAGS = frozenset({"body", "html"})


def story_footer(
    elements: Iterable[HtmlElement], headline: HtmlElement | None
) -> tuple[tuple[str, ...], datetime | None]:
    """The authors and date a footer signs the story with ("<div class=post-footer>Posted
    on March 3, 2020 by Jane Doe</div>"): the first of ``elements`` that is short, says
    so, and stands in a box with the ``headline``'s element (not beside the page's other
    stories), not in a comment or a teaser. The prune removes such a footer as furniture,
    so it is read before."""
    if headline is None:
        return (), None
    boxes = {box for box in headline.iterancestors() if box.tag not in _PAGE_TAGS}
    for element in elements:
        if len(element.text_content()) > 2 * SIGNATURE_CHARS:
            continue  # running text: spares joining its parts
        text = _spaced_text(element)
        posted = _POSTED.match(text) if len(text) <= SIGNATURE_CHARS else None
        if posted is None or not boxes.intersection(element.iterancestors()):
            continue
        names = author_names([posted["names"]])
        if not names or not all(map(_capitalised, names)):
            continue
        if not _in_comments(element) and not _in_entry(element):
            date = next(find_dates(text), None)
            return names, date.value if date else None
    return (), None


def dateline_reporters(
    paragraphs: Iterable[HtmlElement], *, exclude: Iterable[str] = ()
) -> tuple[str, ...]:
    """The reporters a Chinese dateline names in brackets at the start of the first
    paragraph of running text ("新华社巴黎12月9日电（记者唐霁）", "本报讯（记者 张伟 李娜）"):
    the press's convention for a byline. Names parted by spaces are several people."""
    for paragraph in paragraphs:
        text = shown_text(paragraph)
        if len(text) < _RUNNING_TEXT:
            continue
        found = _REPORTERS.match(text)
        return author_names([_CJK_SPACE.sub("、", found[1])], exclude=exclude) if found else ()
    return ()


def _names(byline: str) -> Iterator[str]:
    text = " ".join(byline.split())
    text = EMAIL_OR_URL.sub(" ", text)
    date = next(find_dates(text), None)
    if date is not None:
        text = text[: date.start]
    if labelled := section_label(text):  # "Politik · Jochen Bittner": the names follow
        text = labelled[1]
    introduced = False  # whether a by-word opens the byline ("By Madonna")
    while (stripped := _BY.sub("", text, count=1)) != text:
        text, introduced = stripped, True
    if "(" in text:
        text = _INNER_BRACKET.sub(" ", text)
    text = _drop_small_tail(_STOP.sub("", text))
    names = [name for part in _SPLIT.split(text) if (name := _part_name(part))]
    pen_names = introduced and all(_is_person(name) or _pen_name(name) for name in names)
    for name in names:
        if _is_person(name) or (pen_names and _pen_name(name)):
            yield name


def _part_name(part: str) -> str:
    """The name in one part of a byline, its by-word, role and quotes taken off; empty for
    a company's or a desk's name."""
    if not part.isascii() and any(form in part for form in ORGANISATION_FORMS):
        return ""  # before a capitals run cuts "AKIBA PC" from its desk's name
    part = _PICTOGRAPHS.sub(" ", part)
    if "_" in part:
        part = _SNAKE_JOIN.sub(" ", part)
    name = _LEADING_AND.sub("", _BY.sub("", part)).strip(" .:-–—\"'“”«»¿¡")
    name = _capital_run(ROLE_AFTER.sub("", name))
    if name[:1].isupper():
        name = _ROLE_BEFORE.sub("", name, count=1)
    return name


def _pen_name(name: str) -> bool:
    """Whether a name of one word a by-word introduces is a person's pen name ("By
    Madonna", "Par Plantu"): a capitalised word of letters (an agency writes its initials
    in capitals: "By AFP"), neither a role nor a one-word agency ("By Reuters"). Asked
    only when every name of the byline is a person's or such a word: "by kovarex, TOGos,
    Ernestas, Albert" signs with user names, of which a capitalised one is no surer."""
    folded = name.casefold()
    return (
        len(name) >= _PEN_NAME_LETTERS
        and name.isalpha()
        and name[0].isupper()
        and name[1:].islower()
        and folded not in NOT_A_PERSON
        and not is_agency(name)
    )


def _capital_run(name: str) -> str:
    """A name set in capitals without the words after it in another case: the reporters'
    role or place ("LAURE BRETTON Envoyés spéciaux à Toulouse")."""
    words = name.split()
    run = next((i for i, word in enumerate(words) if not word.isupper()), len(words))
    return " ".join(words[:run]) if 2 <= run < len(words) else name


def _names_own_site(byline: str, hosts: frozenset[str]) -> bool:
    """Whether ``byline`` gives a domain (not an e-mail address's) of the page's site."""
    return any(
        hosts.intersection(host_labels(f"http://{domain}")) for domain in _DOMAIN.findall(byline)
    )


def _drop_small_tail(text: str) -> str:
    """Drop the little lower-case words a cut date leaves behind ("A on", "B le")."""
    words = text.split()
    while words and words[-1].islower() and len(words[-1]) <= 3:
        words.pop()
    return " ".join(words)


def _is_person(name: str) -> bool:
    """Two to five words, none of them a role, not written as a host name; one word only
    in scripts written without spaces (Chinese, Japanese), where a name is a single run of
    characters."""
    words = _WORD.findall(name)
    if not words or len(name) > 60 or len(name.split()) > 5 or _HOST.fullmatch(name):
        return False
    if ":" in name or "：" in name:  # a label and its value ("Keywords: security")
        return False
    if any(word.casefold() in NOT_A_PERSON for word in words):
        return False
    if all(len(word) == 1 for word in words):  # initials alone ("J J") name nobody
        return False
    return len(words) > 1 or (not name.isascii() and not _LATIN.search(name))


def byline_elements(marked: Iterable[Marked]) -> Iterator[str]:
    """Texts of the elements that mark an author (``rel="author"``, ``itemprop="author"``,
    a class or id naming a byline or author): the whole text, then the names it links to
    (a byline links each author to a profile), for when roles or a job title around the
    names spoil the whole. A marked element's fellows (elements beside it marked alike)
    come first: the byline's co-authors ("<a rel=author>A</a> / <a rel=author>B</a>",
    "Par <span itemprop=author>A</span>, <span itemprop=author>B</span>"). A
    byline holding a marked box of names is left to that box: the rest of it is a place
    and a date ("<span class=firma><span class=autor>…</span> Madrid 27 OCT 2012</span>")."""
    bylines = [
        (element, marks)
        for element, marks in marked
        if _BYLINE_MARK.search(marks)
        and not _in_comments(element)
        and not _set_apart(element, marks)
        and not _in_caption(element)
        and not _in_entry(element)
    ]
    marked_boxes = {element for element, _ in bylines}
    outer = {
        ancestor
        for element, _ in bylines
        if element.tag != "a"
        for ancestor in element.iterancestors()
        if ancestor in marked_boxes
    }
    for index, (element, marks) in enumerate(bylines):
        if element in outer:
            continue
        parent = element.getparent()
        listed = parent is not None and parent.tag == "li"
        fellows = [
            e
            for e, same in bylines[index:]
            if (same == marks and e.getparent() is parent)
            or (listed and e.tag == element.tag and _in_next_item(e, parent))
        ]
        if len(fellows) > 1:
            yield "; ".join(_spaced_text(_name_part(fellow)) for fellow in fellows)
        element = _name_part(element)
        text = _spaced_text(element)
        if 0 < len(text) <= 120:
            yield text
        links = [_spaced_text(a) for a in element.iter("a")]
        if any(links):
            yield "; ".join(links)


def _in_next_item(element: HtmlElement, item: HtmlElement | None) -> bool:
    """Whether ``element`` is a byline in an item of the list the ``<li>`` ``item`` is in:
    co-authors listed one an item, however each is marked ("<li><div rel=author
    id=JoshHaskell>By Josh Haskell</div></li><li><div rel=author id=DavidCaplan>…")."""
    own = element.getparent()
    return (
        item is not None
        and own is not None
        and own.tag == "li"
        and own.getparent() is item.getparent()
    )


def _in_caption(element: HtmlElement) -> bool:
    """Whether ``element`` is part of a picture's caption, whose "signature" is the
    photographer's ("<p class=figcaption>… / <span class=firma>G. Lejarcegi</span>")."""
    return any(
        node.tag in _CAPTIONS or not _CAPTIONS.isdisjoint((node.get("class") or "").split())
        for node in (element, *element.iterancestors())
    )


def _in_entry(element: HtmlElement) -> bool:
    """Whether ``element`` signs one entry of a list that carries its own headline: a
    teaser ("<li><a>Another story's title</a> <span class=author>Par X</span></li>") or a
    gallery's slide ("<li><h2>…</h2><p>…</p><p class=author>…</p></li>"). A list of the
    article's own facts or co-authors holds the names alone."""
    if _in_card(element):
        return True
    item = next(element.iterancestors("li"), None)
    if item is None or len(_spaced_text(item)) > _ENTRY_CHARS:
        return False
    if any(part.tag in _HEADINGS for part in item.iterdescendants()):
        return True
    inside, around = set(element.iter("a")), set(element.iterancestors("a"))
    titles = (a for a in item.iter("a") if a not in inside and a not in around)
    return any(
        len(_spaced_text(link).split()) >= _TITLE_WORDS and not _about_the_author(link)
        for link in titles
    )


def _in_card(element: HtmlElement) -> bool:
    """Whether ``element`` signs a teaser card that is one link to another story ("<a
    href=…><div class=title>…</div><div class=author>by X</div></a>"): a link around it
    that holds a headline's words besides, and leads to no author's page."""
    card = next(element.iterancestors("a"), None)
    if card is None or _about_the_author(card):
        return False
    rest = len(_spaced_text(card).split()) - len(_spaced_text(element).split())
    return rest >= _TITLE_WORDS


def _about_the_author(link: HtmlElement) -> bool:
    """Whether ``link`` leads to the author's page on the site or a social network ("Follow
    on Twitter", "More from Josh" in the card a byline opens): no other story's headline."""
    href = (link.get("href") or "").strip().lower()
    return bool(vocab.SOCIAL_PAGE.match(href) or _PROFILE_PATH.search(href))


def _name_part(byline: HtmlElement) -> HtmlElement:
    """The part of a ``byline`` element marked as the name (``itemprop="name"``, a class
    such as ``author__name``), else the whole: a byline box may hold the author's
    keywords, picture or follow buttons too."""
    named = byline.find(".//*[@itemprop='name']")
    if named is not None:
        return named
    for part in byline.iterdescendants():
        if any(word.lower().endswith("name") for word in (part.get("class") or "").split()):
            return part
    return byline


def _in_comments(element: HtmlElement) -> bool:
    """Whether ``element`` is inside a reader's comment, whose byline names the commenter."""
    for ancestor in element.iterancestors():
        names = vocab.class_and_id(ancestor)
        if names and vocab.COMMENT_NAMES.search(names):
            return True
    return False


def _set_apart(element: HtmlElement, marks: str) -> bool:
    """Whether ``element`` names a quotation's source rather than the story's writer
    (``<p class="quote-author">``, a name inside a ``<blockquote>``)."""
    return _QUOTE_MARK in marks or next(element.iterancestors("blockquote"), None) is not None


def _spaced_text(element: HtmlElement) -> str:
    """The element's text with a space between its elements' texts, whitespace collapsed:
    a byline's parts stand in elements of their own ("<p>Name</p><a>Follow</a>",
    "<span>First</span><span>Last</span>"), which the bare text would glue together."""
    if not len(element):  # a leaf (most links and names): its text is all of it
        return " ".join((element.text or "").split())
    return " ".join(" ".join(element.itertext()).split())
