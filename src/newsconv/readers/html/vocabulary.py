"""The words and tag sets the main-content heuristic uses, kept as data.

Class and id vocabularies follow Mozilla Readability's (Apache-2.0), which the web has
been tested against for a decade, widened with the boilerplate words of news sites
(newsletter, cookie, paywall, "read also" lists). Tuning the extractor should mostly mean
editing this module, not the algorithm. Every pattern is matched against an element's
``class`` and ``id`` joined by a space, lowercased.
"""

from __future__ import annotations

import functools
import re

import ahocorasick
from lxml.html import HtmlElement


def _check(words: tuple[str, ...]) -> None:
    """Refuse an empty vocabulary or word (which would match anything) and capitals
    (the text is lowercased, ten times faster than matching with IGNORECASE)."""
    if not words or not all(words) or any(word != word.lower() for word in words):
        raise ValueError("a vocabulary needs non-empty lowercase words")


def _alt(*words: str) -> re.Pattern[str]:
    """One alternation of patterns, matched against lowercased text."""
    _check(words)
    return re.compile("|".join(words))


class Words:
    """Literal words looked for anywhere in lowercased text, all in one Aho-Corasick pass.

    A regex alternation tries every word at every position of the text, and the census
    asks about the class names of every element of a page.
    """

    __slots__ = ("_automaton",)

    def __init__(self, *words: str) -> None:
        _check(words)
        self._automaton = ahocorasick.Automaton()
        for rank, word in enumerate(words):
            if word not in self._automaton:
                self._automaton.add_word(word, (rank, word))
        self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        """Whether ``text`` holds any of the words."""
        return next(self._automaton.iter(text), None) is not None

    def first(self, text: str) -> str | None:
        """The word the alternation of the words, in their order, finds in ``text``: the
        leftmost, and of those starting there the first listed."""
        hits = ((last - len(word), rank, word) for last, (rank, word) in self._automaton.iter(text))
        found = min(hits, default=None)
        return found[2] if found is not None else None


class WordSets:
    """Several vocabularies looked for in one Aho-Corasick pass, where asking each
    :class:`Words` would scan the text once for each."""

    __slots__ = ("_automaton",)

    def __init__(self, *vocabularies: tuple[str, ...]) -> None:
        sets: dict[str, int] = {}
        for bit, words in enumerate(vocabularies):
            _check(words)
            for word in words:
                sets[word] = sets.get(word, 0) | 1 << bit
        self._automaton = ahocorasick.Automaton()
        for word, found in sets.items():
            self._automaton.add_word(word, found)
        self._automaton.make_automaton()

    def found(self, text: str) -> int:
        """Which vocabularies ``text`` holds a word of, as bits: the first one's is 1, the
        second one's 2, the third one's 4, ..."""
        found = 0
        for _, sets in self._automaton.iter(text):
            found |= sets
        return found


#: Elements that are page furniture wherever they appear (menus, comments, sidebars, ads, a
#: wiki's navigation boxes).
UNLIKELY_WORDS = (
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "flyout", "yom-remote", "cookie",
    "newsletter", "editsection", "navbox", "opt-in", "signup", "sign-up", "popular", "trending",
    # a dialog kept hidden until a script opens it ("reveal-modal", "modal fade"), not a
    # box that opens one ("conModal" around a picture): the word opens a name's part
    " modal", "-modal", "_modal",
)  # fmt: skip
UNLIKELY = Words(*UNLIKELY_WORDS)
#: "ad" or "ads" as a part of a class or id ("ad-slot", "inline-ads-box", "dfp-ad"), where
#: the letters inside a word ("header", "load") are no ad.
AD_NAMES = re.compile(r"(?:^|[\s_-])ads?(?:$|[\s_-])")
#: The same as words a class/id string padded with spaces holds (" ad-", "-ads "), for the
#: prune's one scan of each string (:func:`~newsconv.readers.html.prune.suspect_names`).
AD_PARTS = tuple(f"{left}{ad}{right}" for ad in ("ad", "ads") for left in " _-" for right in " _-")
#: An ad's box holds this much text at most: a page may be wrapped whole in an "ad-portal".
AD_MAX_CHARS = 1000
#: ...unless they also carry one of these words, which article wrappers often do.
MAYBE_CANDIDATE_WORDS = ("and", "article", "body", "column", "content", "main", "mathjax", "shadow")
MAYBE_CANDIDATE = Words(*MAYBE_CANDIDATE_WORDS)
#: Furniture words naming boxes that list other stories or readers' posts, which stay
#: furniture in a compound with an article's word ("related-articles").
LISTINGS = frozenset({"related", "comment", "popular", "trending"})
#: What parts a compound class or id ("related-articles", "popular_posts").
_NAME_PARTS = re.compile(r"[-_]")

#: Class/id words that raise or lower a container's score.
POSITIVE = _alt(
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
    "post", "text", "blog", "story",
)  # fmt: skip
NEGATIVE = _alt(
    "-ad-", "hidden", "^hid$", " hid$", " hid ", "^hid ", "banner", "combx", "comment", "com-",
    "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
    "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
    "widget", "newsletter", "cookie", "recommend",
    "read-?also", "most-?popular", "trending",
)  # fmt: skip

#: Share and follow bars inside the article: removed when short. A name run together in
#: camel case ("mbArticleShareBtn", lowercased) names one by its control's word after it;
#: AddThis, a share service, names its buttons' boxes for itself ("addthis_toolbox").
SHARE = re.compile(
    r"(\b|_)(share|sharing|sharedaddy|addthis|social|follow)(\b|_)"
    r"|share(btn|button|bar|box|tool|icon)"
)
SHARE_MAX_CHARS = 500

#: Bylines: names and dates, reported in the metadata, not part of the body.
BYLINE_WORDS = ("byline", "author", "dateline", "writtenby", "p-author", "submitted")
BYLINE = Words(*BYLINE_WORDS)
BYLINE_MAX_CHARS = 100
#: A heading repeating the description is the deck if it has at least this many words.
DECK_WORDS = 8

#: Elements that may hold a rights line, a "Read also" pointer or a dateline.
TEXT_HOLDERS = (
    "p", "div", "small", "span", "section", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "q",
    "ul", "ol",
)  # fmt: skip

#: A control a script runs (:func:`~newsconv.readers.html.prune.Pruner.reason`) is labelled
#: this short at most.
CONTROL_MAX_CHARS = 40

#: How a sentence ends, as opposed to a line of facts or a label.
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")

#: ARIA roles of page furniture.
UNLIKELY_ROLES = frozenset({
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
})  # fmt: skip

#: A whole element whose text is only one of these ("Advertisement:", "- Anzeige -") is an
#: ad's label or a loading placeholder.
AD_WORDS = re.compile(
    r"^\W*(?:ad|advertising|advertisement|advertentie|annonce|anuncio|anzeige|pr|pub|publicidad|"
    r"publicidade|publicité|pubblicità|reklama|reklame|werb|werbung|реклама|إعلان|广告|広告|"
    r"광고)\W*$",
    re.IGNORECASE,
)
#: A whole element whose text only tells the reader to go on past an ad or a video
#: ("SCROLL TO CONTINUE WITH CONTENT", "Story continues below advertisement", "La suite
#: après cette publicité", "Weiterlesen nach der Anzeige", "Dalsza część artykułu pod
#: materiałem wideo") is the ad's or the player's label.
AD_CONTINUATION = re.compile(
    r"^\W*(?:scroll (?:down )?to continue(?: (?:with|reading)(?: the)? (?:content|article|story))?"
    r"|(?:the )?(?:article|story|content) continues below"
    r"(?: (?:this |the )?(?:ad|advertisement|video))?"
    r"|continue reading below|la suite après (?:cette|la) (?:publicité|vidéo)"
    r"|weiterlesen nach (?:der anzeige|dem video)"
    r"|dalsza część (?:artykułu|tekstu) (?:pod|poniżej) (?:materiałem wideo|wideo|reklamą))"
    r"\W*$",
    re.IGNORECASE,
)
#: Attributes of an inline stock-quote widget, which prints the symbol it holds ("Apple
#: Watch <span data-symbol="aapl">aapl</span> users"): the symbol is no word of the text.
QUOTE_SYMBOL_ATTRIBUTES = ("data-symbol", "data-ticker")
#: A stock symbol is this long at most.
QUOTE_SYMBOL_MAX_CHARS = 6
#: What a picture's file name (lowercased) ends with: a block or an alt that is only such
#: a name is the label a script leaves in place of the picture ("skimming scheme seized
#: cash and cards.jpg"), and a link to such a file leads to the picture's larger size.
IMAGE_FILE_ENDINGS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff",
)  # fmt: skip
#: An unfilled slot of a template the page was drawn from ("{{cta}}", "{% block ad %}",
#: "${promo}"), the whole of an element's text.
TEMPLATE_SLOT = re.compile(r"\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}")
LOADING_WORDS = re.compile(
    r"^(?:loading|lade|laden|正在加载|загрузка|chargement|cargando|caricamento|carregando)"
    r"(?:\s+\w+){0,2}\s*(?:…|\.\.\.)?$",  # "Loading more stories…", "Lade weitere Inhalte ..."
    re.IGNORECASE,
)
#: The text of a placeholder: any of the four above in one regex (a short block's words
#: are asked once, not four times: each call of a regex costs more than its search here).
PLACEHOLDER = re.compile(
    "|".join(f"(?:{words.pattern})" for words in (AD_WORDS, AD_CONTINUATION, LOADING_WORDS))
    + rf"|(?:{TEMPLATE_SLOT.pattern})\Z",
    re.IGNORECASE,
)
#: A whole element whose text is only a show-more or show-less control's label ("mehr
#: anzeigen", "Show more", "Afficher plus ▼", :data:`newsconv.readers.toggles.SHOW_MORE_LABELS`)
#: is the toggle of a box a script opens or closes, never the story's words; the labels
#: are a set looked up, where a regex call on every short block cost more than the rule.
#: The marks a show-more label may wear at its ends ("▼ Show more", "Voir plus »").
SHOW_MORE_MARKS = " \t\n+-–—<>«»‹›←→↑↓▲▼▴▾▸▶◀…·•:()[]!?.,*"
#: Such a label, marks and all, is this short at most.
SHOW_MORE_MAX_CHARS = 25

#: Rights lines and site notices that end up inside the article's container (lowercased
#: text; "select the text and press Ctrl+Enter" is the report-a-typo box of many sites).
NOTICE = Words(
    "all rights reserved", "tous droits réservés", "todos los derechos reservados",
    "alle rechte vorbehalten", "tutti i diritti riservati", "todos os direitos reservados",
    "все права защищены", "版权所有", "無断転載", "may not be published, broadcast",
    "may not be reproduced", "ctrl+enter", "ctrl + enter", "ctrl+ enter", "ctrl +enter",
)  # fmt: skip
NOTICE_MAX_CHARS = 300
#: A (lowercased) line that is only a copyright mark, a year or two and a name ("© 2019
#: Science X Network", "copyright 2011 cnbc.com"): the site's rights line, where a
#: picture's credit names no year ("© Fox News"). It opens with one of the marks.
COPYRIGHT_MARKS = ("©", "(c)", "copyright")
COPYRIGHT_LINE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:19|20)\d\d(?:\s*[-–,/]\s*(?:19|20)\d\d)?\s+\S.{0,60}"
)

#: The words that open a pointer to another story ("Read also: ...") in many languages,
#: matched at the start of a short block's lowercased text.
READ_ALSO = re.compile(
    r"(?:read (?:also|more)|see also|also read|"
    r"related(?: stories| articles| coverage| slideshow| gallery| video| photos)?|"
    r"more on this|more from|(?:[àa] )?lire aussi|voir aussi|lesen sie (?:auch|mehr)|"
    r"mehr zum thema|auch interessant|(?:das (?:thema )?)?könnte (?:dich|sie|dir|ihnen) auch "
    r"(?:interessieren|gefallen)|editor(?:s|['’]s|s['’])? (?:recommendations?|picks?)|"
    r"(?:lee|leer|lea) también|leia também|veja também|leggi anche|czytaj (?:też|także)|"
    r"čtěte (?:také|též)|читайте (?:также|еще|ещё|також)|смотрите также|lees ook|"
    r"läs (?:också|mer)|l[æe]s også|lue myös|διαβάστε (?:επίσης|ακόμα)|citește și|"
    r"kapcsolódó cikkek|noticias relacionadas|notícias relacionadas|articoli correlati|"
    r"baca juga|xem thêm|tin liên quan|đọc thêm|ilgili haberler|यह भी पढ़ें|"
    r"اقرأ أيض|مواضيع ذات صلة|أخبار ذات صلة|بیشتر بخوانید|مطالب مرتبط|קראו גם|כתבות נוספות|"
    r"เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|相关阅读|延伸阅读|延伸閱讀|相关新闻|"
    r"相關新聞|相关文章|相關文章|推荐阅读|相关推荐|阅读下一篇|関連記事|関連ニュース|"
    r"あわせて読みたい|관련\s?기사)(?=\W|$)"
)
#: A step of a (lowercased) link's path to a page of the site's tags or categories
#: ("/category/debatte/", "/tag/python", "/thema/wahlen/").
TAXONOMY_PAGE = re.compile(
    r"/(?:category|categories|tags?|topics?|thema|themen|schlagwort|stichwort|kategorie|"
    r"categorie|categoria|categorias|rubrique|etiqueta)/"
)
#: The label of a line listing the article's tags or categories ("Tags: a, b",
#: "Kategorien: c"), matched at the start of a short block's lowercased text.
TAXONOMY_LABEL = re.compile(
    r"(?:tags?|tagged(?: with)?|categor(?:y|ies)|filed under|topics|kategorien?|"
    r"schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|stichworte|themen|étiquettes|"
    r"mots[- ]clés|catégories?|etiquetas|categorías?|temas|categorie|argomenti)\s*[:：]"
)
#: A line that only gives the reading time ("11 min read", "Lesezeit: 3 Min.",
#: "4 min de lecture"), maybe after a date and a separator; matched against the whole of a
#: short block's lowercased text.
_MINUTES = (
    r"(?:about |ca\.? |environ |~)?\d+\s*"
    r"(?:minutes?|minuten|minutos|minuti|минут[аы]?|min|мин|分钟|分)\.?"
)
_READING = (
    r"reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|время чтения|czas czytania|leestijd|阅读时间|読了時間"
)
READING_TIME = re.compile(
    rf"(?:[^·•|]{{0,40}}[·•|]\s*)?(?:(?:{_READING})\s*[:：]?\s*{_MINUTES}|"
    rf"{_MINUTES}\s*(?:read|reading|lesezeit|de lecture|de lectura|de leitura|di lettura|"
    r"чтения|阅读|で読めます))"
)
#: An editor's credit line closing an article ("(责编：汤诗瑶、丁涛)", "Edited by: A. Lee"):
#: the whole of a short block's lowercased text; "Editors’ Recommendations:" is no credit.
EDITOR_CREDIT = re.compile(
    r"[(（【\[]?\s*(?:责任编辑|责编|编辑|編輯|edited by|editor|editing by|redaktion|rédaction|"
    r"redacción|редактор)(?![a-z'’])\s*[:：]?\s*[^()（）]{1,40}[)）】\]]?"
)
#: A slideshow's place: "1 / 5", "2 of 12", "3 von 8" (a short block's whole text).
SLIDE_COUNTER = re.compile(r"\d+\s*(?:/|of|von|de|sur|di|van|из)\s*\d+")
#: A pager's numbers, between the arrows that step through them ("<< < 1 2 3 … 14 > >>"):
#: the whole of a short block's text.
#: (The arrows and spaces around are one character class each side: a repeated group of
#: them backtracks exponentially over a run of arrows.)
PAGER = re.compile(
    r"(?:[<>«»‹›←→][<>«»‹›←→\s]*)?\d{1,3}(?:(?:\s+|\s*[|·…]\s*)\d{1,3}){2,}"
    r"(?:[<>«»‹›←→\s]*[<>«»‹›←→])?"
)
#: Words of a sign-up prompt's link or text ("Sign up for the newsletter", /subscribe),
#: lowercased.
SUBSCRIBE = Words(
    "newsletter", "subscri", "sign up", "sign-up", "signup", "abonn", "suscri", "assine",
    "assinatura", "iscriviti", "подпис", "订阅", "訂閱", "購読",
)  # fmt: skip
#: Words of a prompt to use an account ("Already have an account? Sign in", "for paid
#: members only"), lowercased: with :data:`SUBSCRIBE`, a paywall's prompt.
ACCOUNT = Words(
    "sign in", "log in", "paid member", "membership", "have an account", "connexion",
    "anmelden", "iniciar sesión",
)  # fmt: skip
#: What a paywall's prompt says of the rest of a story cut short, lowercased ("for
#: subscribers only", "この記事は会員限定です").
PAYWALL = Words(
    "members only", "member-only", "subscribers only", "subscriber-only", "for subscribers",
    "to continue reading", "keep reading with", "réservé aux abonnés", "für abonnenten",
    "für abonnentinnen", "exclusivo para suscriptores", "exclusivo para assinantes",
    "riservato agli abbonati", "только для подписчиков", "会員限定", "有料会員", "続きをお読み",
    "付费阅读", "订阅后阅读", "유료 회원", "유료회원",
)  # fmt: skip
#: What a box asking the reader to rate the article says, lowercased ("Was this article
#: helpful?", "Oceń jakość naszego artykułu:"): the rating widget under a story.
RATING_PROMPT = Words(
    "was this article helpful", "was this article useful", "did you find this article",
    "rate this article", "how would you rate this article", "war dieser artikel nützlich",
    "war dieser artikel hilfreich", "war dieser beitrag hilfreich", "artikel bewerten",
    "wie gefällt ihnen dieser artikel", "cet article vous a-t-il", "notez cet article",
    "évaluez cet article", "te ha resultado útil este artículo", "valora este artículo",
    "questo articolo ti è stato utile", "valuta questo articolo", "was dit artikel nuttig",
    "beoordeel dit artikel", "este artigo foi útil", "avalie este artigo",
    "oceń jakość naszego artykułu", "oceń artykuł", "czy ten artykuł był",
    "оцените статью", "この記事は役に立ちましたか", "这篇文章对你有帮助吗",
)  # fmt: skip
#: A lowercased href to the site's sign-up, sign-in or membership page, by a whole step
#: of its path ("/signin/", "/membership/", "/account/login?next=…").
ACCOUNT_PAGE = re.compile(
    r"/(?:sign-?in|sign-?up|log-?in|membership|account|register|join|subscribe)(?:[/?#.]|$)"
)
#: A lowercased href to the site's page for giving it money, by a whole step of its path
#: that asks for it ("/donate/?source=article", "/support-us", "/spenden/"); a record of a
#: donation ("/prop8/donation/8930/") is no such page.
DONATION_PAGE = re.compile(
    r"/(?:donate|support-us|spenden|faire-un-don|soutenir|doar|donar)(?:[/?#.]|$)"
)
#: Words of a plea for donations, lowercased ("depends on donations from readers like
#: you", "Unterstützen Sie uns"): with a link to :data:`DONATION_PAGE`, the site's appeal.
DONATION_PLEA = Words(
    "donat", "contribut", "support", "give now", "spende", "unterstütz", "faites un don",
    "soutenez", "soutien", "doa", "apoy", "sostieni", "steun", "пожертв", "поддерж", "寄付",
    "捐", "후원",
)  # fmt: skip
#: A subscription page's path that :data:`SUBSCRIBE` misses (German "Abo"), in a
#: lowercased href.
SUBSCRIPTION_PAGE = re.compile(r"/abos?(?:[/._?#-]|$)")
#: A price per period, in lowercased text ("ab nur 1,90 pro monat", "$4.99/month").
PRICE_PER_PERIOD = re.compile(
    r"\d(?:[.,]\d\d)?\s*(?:€|eur|euro|\$|£|chf|fr\.)?\s*(?:pro|per|a|im|par|al|/)\s*"
    r"(?:monat|month|jahr|year|woche|week|mois|an|mes|año|mese)\b"
)
#: Words of the links to a site's policy pages (terms, privacy, a community's rules), in
#: lowercased hrefs.
POLICY_PAGES = Words(
    "terms", "privacy", "guidelines", "policy", "policies", "conditions", "legal",
    "datenschutz", "impressum", "nutzungsbedingungen", "confidentialit", "cgu",
    "mentions-legales", "privacidad", "condiciones", "aviso-legal", "termini", "condizioni",
)  # fmt: skip
#: A social network's address for sharing a page (not a page of its own): an image linked
#: there is the share button's icon, never the story's picture.
SHARE_ENDPOINT = re.compile(
    r"(?:facebook\.com/shar(?:e|er)|twitter\.com/(?:share|intent)|pinterest\.com/pin/create"
    r"|plus\.google\.com/share|linkedin\.com/share|reddit\.com/submit|tumblr\.com/share"
    r"|stumbleupon\.com/submit)",
    re.IGNORECASE,
)
#: Words every share address holds (in lower case, as the networks write them), looked
#: for before its pattern, which costs more.
_SHARE_HINTS = ("shar", "intent", "create", "submit")


def share_endpoint(href: str) -> bool:
    """Whether ``href`` is a social network's address for sharing a page
    (:data:`SHARE_ENDPOINT`); most links hold none of its words, which spares them the
    pattern."""
    return any(hint in href for hint in _SHARE_HINTS) and SHARE_ENDPOINT.search(href) is not None


#: A link to a social network's page (lowercased href): what a follow line links (not
#: the hosts of pictures and videos, which an image's credit or a source links).
SOCIAL_PAGE = re.compile(
    r"(?:https?:)?//(?:[\w-]+\.)*(?:twitter|x|facebook|fb|instagram|linkedin|pinterest|"
    r"tiktok|weibo|vk|threads|bsky|plus\.google)\."
    r"(?:com|net|app|me|ru)(?:[/?#]|$)"
)
#: Words asking the reader to follow the site (or like its page) on a social network, in a
#: line that is one link to that page ("Jetzt Fan der AK-Kurier.de auf Facebook werden!").
FOLLOW_PROMPT = re.compile(
    r"\b(?:follow|like us|like [\w ]{1,40} on facebook|fan|folge|folgen|suivez|suivre|"
    r"síguenos|sígannos|seguici|segui|"
    r"siga|volg|obserwuj|ikuti)\b|подпис",
)
#: Class or id words of a reader's comment or a thread of them.
COMMENT_NAMES = re.compile(r"comment|disqus|(?:^|[\s_-])(?:reply|replies|respond)(?:$|[\s_-])")
#: The anchors a page's link to its comments points at (``#comments``, ``#respond``...).
COMMENT_ANCHOR = re.compile(r"comment|respond|reactions|disqus|kommentar|commentaire|comentario")
#: The whole (lowercased) text of a title over a thread of readers' comments or the form
#: to write one ("Kommentare", "3 Comments", "Comments (12)", "Leave a Reply").
COMMENTS_TITLE = re.compile(
    r"\W*(?:\d+\s+|one\s+|ein\s+)?(?:leser)?(?:comments?|kommentare?|commentaires?|comentarios?|"
    r"commenti|reacties|leave a (?:reply|comment)|kommentar schreiben|"
    r"schreibe einen kommentar|laisser un commentaire)(?:\s*\(\d+\))?\W*"
)
#: A piece of every word :data:`COMMENTS_TITLE` knows, searched first (a substring search
#: is cheaper than the regex): a word added there needs its stem here.
COMMENTS_TITLE_STEMS = ("omment", "omentari", "reply", "reacties")
#: A link that says only "Read more" (a whole link's lowercased text, maybe after an
#: arrow: "→ Learn More"), in :data:`READ_MORE_MAX_CHARS` at most ("Continue reading »").
READ_MORE_MAX_CHARS = 25
READ_MORE = re.compile(
    r"\W*(?:read more|read the rest|learn more|continue reading|more|weiterlesen|mehr lesen|mehr|"
    r"lire la suite|en savoir plus|"
    r"la suite|leer más|seguir leyendo|leia mais|continua a leggere|leggi tutto|"
    r"читать далее|подробнее|阅读全文|查看全文|続きを読む|더보기)\W*"
)
#: A link to the blog's previous or next post ("← Previous: Chasing Quick Fixes", "Next
#: article »"): the opening of the whole (lowercased) text of a block of links.
POST_NAVIGATION = re.compile(
    r"\W*(?:previous|prev|next|older|newer|précédent|suivant|vorheriger|nächster|anterior|"
    r"siguiente|предыдущ\w*|следующ\w*|上一篇|下一篇)"
    r"(?:\s+(?:post|article|story|entry|beitrag|artikel))?\s*(?:[:：»›→>]|$)"
)
#: The label of a link to the article's own sound or file, not to another story
#: ("LISTEN: <a>…</a>", "Download:"), matched at the start of the lowercased label.
PLAY_LABEL = re.compile(
    r"(?:listen|download|audio|podcast|écoute[rz]?|télécharge[rz]?|hören|anhören|"
    r"herunterladen|escucha[r]?|descarga[r]?|ascolta|scarica|ouça|ouvir|baixar|слушать|"
    r"скачать)\b"
)
#: What follows such an opening when a pointer, not a sentence, comes next.
POINTER_MARKS = frozenset(":：-—–|»›>")

#: Class or id words of a picture's caption or of the figure around it.
CAPTION = Words("caption", "figure", "legend", "légende")
#: A picture's caption is this short at most.
CAPTION_MAX_CHARS = 300
#: A caption that only says how to see the picture larger ("Click for larger image", "Tap
#: to enlarge", "View larger", "Bild vergrößern", "Cliquez pour agrandir", "Lihat Foto"):
#: the page's script speaking, not the picture's caption.
ENLARGE_PROMPT = re.compile(
    r"(?:view|see|lihat|voir|ver)\s+(?:the\s+)?(?:photos?|foto|image|gallery|galeri)[.!]?|"
    r"(?:(?:click|tap|view|see|klicken|cliquez|clique[zr]?|haga clic|clicca)(?: here)?\s+)?"
    r"(?:(?:for|to|to see|to view|zum|pour|para|per)\s+)?(?:(?:a|the|l')\s*)?"
    r"(?:(?:image|photo|picture|bild|imagen|foto)\s+)?"
    r"(?:larger|bigger|enlarge[ds]?|zoom(?: in)?|full[ -]size"
    r"|vergrößern|agrandir|ampliar|ingrandire)"
    r"(?:\s+(?:image|photo|picture|version|view|bild|l'image|imagen|foto|immagine))?[.!]?",
    re.IGNORECASE,
)
#: Figure-caption parts that credit the image rather than describe it.
CREDIT = _alt(
    "credit", "copyright", "photographer", "attribution", "(?<!re)source", "byline", "author"
)  # a "video-resource" is no source
_CREDIT_LABEL = (
    r"(?:photo(?:graph)?s?|image|picture|illustration|credit|foto|bild|фото|crédit|crédito)"
    r"\s*(?:by)?\s*[:：]|©|\(c\)"
)
CREDIT_PREFIX = re.compile(rf"(?:^|\s|\()((?:{_CREDIT_LABEL})|copyright\b).*$", re.IGNORECASE)
#: A credit's label opening a text ("Credit: ", "Photo by: ", "© ").
CREDIT_LABEL_OPENING = re.compile(rf"^\s*(?:{_CREDIT_LABEL})\s*", re.IGNORECASE)
#: What may part a caption from the credit its words end with ("… - Image: Jane Doe").
CREDIT_SEPARATORS = " -–—|/·•"

#: A credit in square brackets closing a caption, as British papers print it ("[Wenn]",
#: "[Rex Features]"): a name of a few words, capitalised, with no digit.
_BRACKETED_CREDIT = re.compile(r"\s*\[([^\[\]\s]+(?: [^\[\]\s]+){0,3})\]$")


def trailing_credit(text: str) -> tuple[str, str | None]:
    """A caption's ``text`` parted into what the picture shows and the credit its words
    end with ("… Photo: Ann Lee", "© Ann Lee", "… question? [Getty Images]"), or ``None``
    when they end with none."""
    match = CREDIT_PREFIX.search(text)
    if match is not None:
        return text[: match.start()].rstrip(CREDIT_SEPARATORS), match.group(0).strip("() ")
    bracketed = _BRACKETED_CREDIT.search(text)
    if bracketed is None or not bracketed[1][0].isupper() or not text[: bracketed.start()]:
        return text, None
    if any(character.isdigit() for character in bracketed[1]):
        return text, None  # a figure's number ("[Fig 1]"), a note's
    return text[: bracketed.start()], bracketed[1]


#: Comma-like characters across scripts: a sentence-rich paragraph has many. The ASCII
#: comma comes first, and is the only one in ASCII.
COMMAS = ",\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001"
_WIDE_COMMAS = COMMAS[1:]

#: Tags that are never content, whatever the page.
JUNK_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "input",
    "select", "textarea", "button", "link", "meta", "base", "canvas", "dialog", "audio",
    "video", "map", "frameset", "frame",
})  # fmt: skip
#: Tags removed from the chosen article outright (Readability's ``_clean`` list).
ARTICLE_JUNK_TAGS = frozenset({"footer", "aside", "nav", "form", "fieldset"})

#: Elements that make a ``div`` a container rather than a paragraph.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "details", "summary", "caption",
})  # fmt: skip
#: HTML's phrasing elements: text-level wherever they stand. Any other element a converter
#: does not know (a custom element, ``<paragraph>`` in a JavaScript framework's page) is a
#: block when it holds one, as its style sheet makes it.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "rp", "rt",
    "ruby", "s", "samp", "small", "source", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr",
})  # fmt: skip
#: Children that keep a ``div`` from being read as one paragraph (Readability's list).
DIV_BLOCK_TAGS = frozenset({"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Paragraph-like elements whose text is scored and credited to their ancestors.
SCORED_TAGS = frozenset({"p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6"})

#: Base score of a candidate container by tag.
TAG_SCORES: dict[str, int] = {
    "div": 5,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6", "th"), -5),
}

#: Score added to the element schema.org marks as ``articleBody`` (microdata or RDFa).
STRUCTURE_BONUS = 25

#: Inline style declarations that hide an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Classes that show an element to screen readers only, the page's stylesheet moving it out
#: of sight ("Image caption" before a caption, "Share on Facebook" in an icon, "Continue
#: reading the main story") or drawing a picture over it (``hide-text``): words a
#: sighted reader never sees.
SCREEN_READER_ONLY = re.compile(
    r"(?:^|[\s_-])(?:sr[-_]only|screen[-_]?reader[-_](?:text|only)|visually[-_]?hidden|"
    r"off-?screen|element-invisible|hidden-visually|hide-text|text-hide)(?:$|[\s_-])"
)  # matched against a lowercased class/id string, as every vocabulary here
#: A piece of each of :data:`SCREEN_READER_ONLY`'s words.
SCREEN_READER_PIECES = ("sr-", "sr_", "screen", "visually", "invisible", "-hide", "hide-")
#: Classes that show an element on paper only (Bootstrap 3's ``visible-print-block``,
#: Foundation's ``show-for-print``, ``print-only``, ``u-only-print``): a print edition's
#: footer (how to cite the story, its rights), words no reader of the page sees.
PRINT_ONLY = re.compile(
    r"(?:^|[\s_-])(?:print[-_]?only|only[-_]print|visible[-_]print|show[-_]for[-_]print)"
    r"(?:$|[\s_-])"
)
#: Bootstrap 4 and 5 show on some screen size what they name ``d-md-block`` (and the
#: like), so ``d-none d-print-block`` is on paper only, ``d-none d-print-block
#: d-lg-block`` on large screens too.
_SCREEN_DISPLAY = re.compile(r"(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none)")


def has_block(element: HtmlElement, blocks: frozenset[str] = DIV_BLOCK_TAGS) -> bool:
    """Whether ``element`` holds one of ``blocks``: by default a block that keeps a ``div``
    from being a paragraph.

    A plain loop: lxml builds a matcher for every ``iterdescendants(*tags)`` call, which
    costs more than testing the few elements a paragraph-like ``div`` holds.
    """
    return any(node.tag in blocks for node in element.iterdescendants())


def leads_nowhere(href: str) -> bool:
    """Whether a link's (stripped, lowercased) ``href`` leads nowhere: a button a script
    drives ("#", "javascript:…")."""
    return href in ("", "#") or href.startswith("javascript:")


def is_tag_link(element: HtmlElement) -> bool:
    """Whether ``element`` is a link to one of the article's tags (``rel="tag"``, or
    WordPress's ``rel="category tag"``)."""
    rel = element.get("rel")  # most links have none: nothing to lower or split
    return rel is not None and "tag" in rel.lower().split()


def class_and_id(element: HtmlElement) -> str:
    """The string the vocabularies match: ``class`` and ``id``, lowercased, space-joined."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip().lower()


def class_weight(element: HtmlElement) -> int:
    """+25 for each of class and id that sounds like content, -25 for each like furniture."""
    return _weight(element.get("class")) + _weight(element.get("id"))


@functools.lru_cache(maxsize=4096)
def _weight(value: str | None) -> int:
    if not value:
        return 0
    value = value.lower()
    return (25 if POSITIVE.search(value) else 0) - (25 if NEGATIVE.search(value) else 0)


def structure_weight(element: HtmlElement) -> int:
    """A bonus for the container the page itself marks as the article's body."""
    marks = f"{element.get('itemprop') or ''} {element.get('property') or ''}"
    return STRUCTURE_BONUS if "articleBody" in marks else 0


@functools.lru_cache(maxsize=4096)
def hides(style: str) -> bool:
    """Whether an inline ``style`` hides its element."""
    return HIDDEN_STYLE.search(style) is not None


@functools.lru_cache(maxsize=4096)
def for_print_only(names: str) -> bool:
    """Whether a class/id string shows its element on paper only (:data:`PRINT_ONLY`, or
    Bootstrap's ``d-none`` beside a ``d-print-…`` display and no screen size's)."""
    if "print" not in names:
        return False
    if PRINT_ONLY.search(names):
        return True
    words = names.split()
    return (
        "d-none" in words
        and any(word.startswith("d-print-") and word != "d-print-none" for word in words)
        and _SCREEN_DISPLAY.search(names) is None
    )


@functools.lru_cache(maxsize=4096)
def for_screen_readers(names: str) -> bool:
    """Whether a class/id string shows its element to screen readers only (the regex
    runs on the few strings holding a piece of its words)."""
    return any(map(names.__contains__, SCREEN_READER_PIECES)) and bool(
        SCREEN_READER_ONLY.search(names)
    )


@functools.lru_cache(maxsize=4096)
def names_byline(names: str) -> bool:
    return BYLINE.search(names)


def names_share(names: str) -> bool:
    """Whether a class/id string names a share or follow bar (:data:`SHARE`)."""
    # Most strings hold none of the words: four substring tests spare the regex.
    return (
        "shar" in names or "social" in names or "follow" in names or "addthis" in names
    ) and bool(SHARE.search(names))


def names_an_ad(names: str) -> bool:
    """Whether a class/id string holds "ad" or "ads" as a part (:data:`AD_NAMES`)."""
    return "ad" in names and AD_NAMES.search(names) is not None


@functools.lru_cache(maxsize=4096)
def unlikely_word(names: str) -> str | None:
    """The furniture word in a class/id string, unless it also sounds like an article."""
    word = UNLIKELY.first(f" {names}") or ("ad" if names_an_ad(names) else None)
    if word is None or (MAYBE_CANDIDATE.search(names) and not _lists_others(names, word)):
        return None
    return word


def _lists_others(names: str, word: str) -> bool:
    """Whether ``word`` names a box of other stories or of readers' posts (:data:`LISTINGS`)
    and every name of ``names`` that sounds like an article holds it as one of its parts:
    "related-articles" and "popular_posts" name what the box lists, not the story ("story-body
    related" still may be one, and an "article-header" holds the story's deck)."""
    return word in LISTINGS and all(
        not {word, word + "s"}.isdisjoint(_NAME_PARTS.split(name))
        for name in names.split()
        if MAYBE_CANDIDATE.search(name)
    )


def commas(text: str) -> int:
    """How many comma-like characters ``text`` holds (one ``str.count`` per character is
    several times faster than a regex ``findall`` on the long texts of containers; an ASCII
    text, most of them, holds only the first kind). The other kinds are counted only where
    an ``in`` test finds them: most non-ASCII texts are a Latin script's with a curly
    quote or a dash, and hold none, and ``in`` scans a wide string faster than ``count``."""
    if text.isascii():
        return text.count(",")
    found = text.count(",")
    for comma in _WIDE_COMMAS:
        if comma in text:
            found += text.count(comma)
    return found
