"""Small multilingual word lists, as data: one signal among several, never the decision.

A line that uses these words is only treated as chrome when it is also short (or, for the
strong phrases, not clearly prose); the body is found from structure first (see
:mod:`.boilerplate`). Entries are lowercase whole words or phrases; a trailing ``-`` marks
a stem.
"""

from __future__ import annotations

from collections.abc import Iterator

import ahocorasick

from newsconv.dates.vocabulary import UPDATE_LABELS
from newsconv.scripts import CJK_LETTER

#: Words of page chrome: navigation, sharing, subscribing, related links, widgets, footers.
CHROME_WORDS = (
    # English
    "share",
    "tweet",
    "email",
    "e-mail",
    "print",
    "subscri-",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "follow",
    "newsletter",
    "read more",
    "read also",
    "see also",
    "related",
    "recommended",
    "most popular",
    "most read",
    "trending",
    "advertisement",
    "sponsored",
    "sponsorship",
    "comment",
    "comments",
    "skip to",
    "menu",
    "search",
    "home",
    "cookie-",
    "privacy",
    "terms of",
    "all rights reserved",
    "copyright",
    "contact us",
    "about us",
    "weather",
    "download",
    "click here",
    "feedback",
    "continue reading",
    "scroll to continue",
    "full screen",
    "autoplay",
    # a prompt to see a picture larger, where its caption would be
    "larger image",
    "click to enlarge",
    "tap to enlarge",
    "view larger",
    "bild vergrößern",
    "zum vergrößern",
    "cliquez pour agrandir",
    "clic para ampliar",
    # the networks share bars name
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "pinterest",
    "reddit",
    "messenger",
    "instagram",
    "youtube",
    "tumblr",
    "flipboard",
    "вконтакте",
    "одноклассники",
    "weibo",
    "微信",
    "微博",
    # Russian, Ukrainian, Kazakh
    "поделиться",
    "подпис-",
    "читайте также",
    "читать также",
    "смотрите также",
    "по теме",
    "присоединяйтесь",
    "реклама",
    "редакция",
    "курс валют",
    "погода",
    "социальные сети",
    "комментари-",
    "войти",
    "регистрац-",
    "поиск",
    "главная",
    "все права защищены",
    "читайте нас",
    "поширити",
    "підпис-",
    "читайте також",
    "бөлісу",
    # French
    "partager",
    "suivez-nous",
    "abonn-",
    "s'abonner",
    "s'inscrire",
    "se connecter",
    "newsletter",
    "lire aussi",
    "lire la suite",
    "sur le même sujet",
    "publicité",
    "rechercher",
    "accueil",
    "imprimer",
    "envoyer",
    "tous droits réservés",
    # German
    "teilen",
    "folgen sie uns",
    "abonnieren",
    "anmelden",
    "registrieren",
    "lesen sie auch",
    "mehr zum thema",
    "anzeige",
    "werbung",
    "suche",
    "startseite",
    "drucken",
    "kommentar-",
    "alle rechte vorbehalten",
    # Spanish, Portuguese, Italian
    "compartir",
    "síguenos",
    "siga-nos",
    "seguici",
    "compartilh-",
    "condividi",
    "suscríbete",
    "suscribirse",
    "assine",
    "abbonati",
    "lee también",
    "leer más",
    "leia também",
    "leia mais",
    "leggi anche",
    "publicidad",
    "publicidade",
    "pubblicità",
    "buscar",
    "cerca",
    "inicio",
    "iniciar sesión",
    "entrar",
    "todos los derechos reservados",
    "todos os direitos reservados",
    # Dutch, Polish, Czech, Turkish
    "delen",
    "lees ook",
    "udostępnij",
    "czytaj także",
    "czytaj też",
    "reklama",
    "sdílet",
    "čtěte také",
    "přihlásit",
    "paylaş",
    "ayrıca okuyun",
    "reklam",
    # Arabic, Persian (not "شارك" nor "اشترك", "took part", which open headlines)
    "الرئيسية",
    "تسجيل الدخول",
    "اتصل بنا",
    "من نحن",
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "اقرأ المزيد",
    "صفحه نخست",
    "صفحه اصلی",
    "تماس با ما",
    "درباره ما",
    "حریم خصوصی",
    "بیشتر بخوانید",
    # CJK
    "分享",
    "登录",
    "注册",
    "相关",
    "推荐",
    "广告",
    "责任编辑",
    "ログイン",
    "シェア",
    "ツイート",
    "関連",
    "広告",
    "공유",
    "관련",
)

#: "All rights reserved", which a footer prints after its copyright sign where the
#: holder's name would stand ("© 2023 All rights reserved").
RIGHTS_RESERVED = (
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "все права защищены",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "tüm hakları saklıdır",
    "جميع الحقوق محفوظة",
    "كل الحقوق محفوظة",
    "کلیه حقوق محفوظ است",
    "تمامی حقوق محفوظ است",
    "版权所有",
)
#: Phrases that mark chrome in a line of any length: cookie notices, rights, footers.
NOTICE_PHRASES = ("cookie-", *RIGHTS_RESERVED, "使用条款")

#: Phrases that mark a sign-up pitch (or a widget's request) in a line that is not long prose.
PITCH_PHRASES = (
    "sign up for",
    "subscribe to",
    "подписывайтесь",
    "присоединяйтесь",
    "abonnez-vous",
    "newsletter-",
    "telegram",
    "whatsapp",
    # the "found a typo?" widget: "select the text and press Ctrl+Enter" (lv, ru, uk ...)
    "ctrl+enter",
)

#: A site's plug closing the article asks the reader to follow it ...
FOLLOW_PHRASES = (
    "follow us",
    "like us",
    "folgen sie uns",
    "folge uns",
    "suivez-nous",
    "síguenos",
    "seguici",
    "siga-nos",
    "volg ons",
    "подписывайтесь",
)
#: ... on two or more of these.
SOCIAL_NETWORKS = (
    "facebook",
    "twitter",
    "instagram",
    "linkedin",
    "youtube",
    "tiktok",
    "telegram",
    "whatsapp",
    "mastodon",
    "bluesky",
    "rss",
)

#: The labels of a button that saves the story to read later, alone on their line
#: ("Guardar" under Infobae's dateline): never the story's words, which say more.
SAVE_LABELS = frozenset({
    "save", "saved", "save for later", "save article", "save story", "bookmark", "guardar",
    "guardado", "speichern", "merken", "enregistrer", "sauvegarder", "salvar", "salva",
    "opslaan", "bewaren", "zapisz", "сохранить", "保存", "저장",
})  # fmt: skip

#: Relative pronouns, which a person's name never holds and a title's phrase may: a
#: column's or a programme's name in capitals after "par" or "by" ("PAR LES TEMPS QUI
#: COURENT", a menu's item) reads as a byline, case telling nothing.
RELATIVE_PRONOUNS = frozenset({
    "who", "whom", "whose", "which", "qui", "que", "quien", "quienes", "welche", "welcher",
    "welches", "quem", "который", "которая", "которые",
})  # fmt: skip

#: Labels that point to another story when its headline follows them on their line ("Read
#: more US auto workers union reaches …"); alone, they link to the rest of a cut excerpt.
POINTER_LABELS = ("read more", "see more")

#: Words opening a blog post's credit to where it found the story, in brackets on the last
#: line ("(via Geeks Are Sexy)", "(h/t Jane Roe)"): the post's own, not the page's.
SOURCE_CREDITS = ("via", "vía", "h/t", "hat tip")

#: How a header naming whose other stories its links are opens ("More from Real Simple",
#: "More on Glo"): inside an article, its links go with it (:func:`.boilerplate.keep`).
MORE_FROM_OPENINGS = ("more from ", "more on ", "mehr von ", "plus de ", "más de ")
#: Such a header names its source in at most this many words.
MORE_FROM_WORDS = 4

#: Headers that open a list of links to other stories ("Read also", "Читайте также"), or
#: a share bar's ("Share this article"), which closes the article it shares: standing alone
#: on a line (a count aside), they end an article rather than interrupt it.
RELATED_HEADERS = (
    "baca juga",
    "berita terkait",
    "xem thêm",
    "tin liên quan",
    "read also",
    "read next",
    "read this next",
    "what to read next",
    "up next",
    "see also",
    "related",
    "related coverage",
    "related content",
    "related stories",
    "related articles",
    "related news",
    "recommended",
    "recommended for you",
    "recommended related news",
    "more on this story",
    "more stories",
    "more news",
    "related topics",
    "most popular",
    "most read",
    "latest news",
    "you may also like",
    "you might also like",
    "share this",
    "share this article",
    "share this story",
    "partager cet article",
    "artikel teilen",
    "compartir este artículo",
    "читайте также",
    "читать также",
    "смотрите также",
    "по теме",
    "новости по теме",
    "материалы по теме",
    "читайте також",
    "lire aussi",
    "à lire aussi",
    "sur le même sujet",
    "lesen sie auch",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "lee también",
    "relacionados",
    "noticias relacionadas",
    "más noticias",
    "temas relacionados",
    "leia também",
    "relacionadas",
    "leggi anche",
    "articoli correlati",
    "lees ook",
    "czytaj także",
    "czytaj też",
    "související",
    "čtěte také",
    "ayrıca okuyun",
    "ilgili haberler",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "أخبار ذات صلة",
    "مواضيع ذات صلة",
    "اخبار مرتبط",
    "مطالب مرتبط",
    "相关新闻",
    "相关阅读",
    "相关报道",
    "此前报道",
    "延伸阅读",
    "関連記事",
    "관련기사",
    "baca juga",
    "berita terkait",
    "xem thêm",
    "tin liên quan",
)

#: Headers of the readers' comments or of the form to write one (blog templates' "Leave a
#: Reply", "Laisser un commentaire"), standing alone on a line (a count aside): whatever
#: follows them is not the article.
COMMENT_HEADERS = (
    "comments",
    "view comments",
    "show comments",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "post a comment",
    "reader comments",
    "комментарии",
    "комментарии читателей",
    "коментарі",
    "commentaires",
    "laisser un commentaire",
    "écrire un commentaire",
    "réagir",
    "kommentare",
    "schreibe einen kommentar",
    "kommentar schreiben",
    "comentarios",
    "comentar",
    "deja una respuesta",
    "deja un comentario",
    "comentários",
    "commenti",
    "reacties",
    "komentarze",
    "komentáře",
    "diskuse",
    "yorumlar",
    "评论",
    "网友评论",
    "热门评论",
    "最新评论",
    "全部评论",
    "コメント",
    "댓글",
)

#: Labels of a photo credit ("Фото: © REUTERS/POOL", "Photo: AP", "Foto: dpa").
CREDIT_LABELS = (
    "фото",
    "photo",
    "photograph",
    "foto",
    "fotó",
    "image",
    "picture",
    "bild",
    "crédit",
    "credit",
    "credits",
    "крэдыт",
    "світлина",
    "圖片",
    "图片",
    "写真",
)

#: Other languages' "on" before a day of the month, in lowercase after a byline's names
#: ("von Anja Roe am 14. Mai 2014", "par Jean Roe le 3 mars 2014", "door Jan Roe op 3
#: maart"); English "on" ends a name wherever it stands.
DAY_PREPOSITIONS = ("am", "vom", "le", "op")

#: Words that go on from an author's name to the date, or to a button beside it ("Par
#: Cécile Ducourtieux Publié aujourd'hui à 13h59", "By Jane Doe Updated May 3", "By Jane
#: Doe posted Aug 18th 2010 7:30PM").
AFTER_NAME_WORDS = (
    "follow",
    "posted",
    "published",
    "updated",
    "publié",
    "mis à jour",
    "veröffentlicht",
    "aktualisiert",
    "publicado",
    "actualizado",
    "atualizado",
    "pubblicato",
    "aggiornato",
    "опубликовано",
    "обновлено",
)


#: Labels that open a line with the time of a page's last update, not its publication's.
UPDATED_LABELS = UPDATE_LABELS

#: Job titles that close a byline after the author's name ("Andrea Stone Senior Washington
#: Correspondent"), as a line's last word.
ROLE_WORDS = (
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "columnist",
    "contributor",
    "journalist",
    "correspondant",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "korrespondent",
    "korrespondentin",
    "redakteur",
    "redakteurin",
    "corresponsal",
    "periodista",
    "redactor",
    "redactora",
    "editora",
    "repórter",
    "colunista",
    "corrispondente",
    "giornalista",
    "корреспондент",
    "редактор",
    "журналист",
    # a company's officers ("Magen Gicinto, Chief People Officer")
    "officer",
    "director",
    "manager",
    "president",
    "founder",
)

#: Words that open a byline ("By X", "Автор: X", "Par X").
BYLINE_WORDS = (
    "by",
    "written by",
    "author",
    "authors",
    "автор",
    "авторы",
    "текст",
    "par",
    "von",
    "por",
    "di",
    "door",
    "av",
    "autor",
    "autorka",
    "yazar",
    "作者",
    "记者",
    "文",
)


#: A list of at most so many entries is searched entry by entry (``str.find`` skips through
#: a text in C, a couple of instructions a character), a longer one in one Aho-Corasick
#: walk, which costs some hundred instructions a character however short the list.
FIND_ENTRIES = 40


class WordList:
    """Words and stems found where a word starts, whatever the case.

    An entry ending in ``-`` is a stem that matches any word it begins ("подпис-" matches
    "подписывайтесь"); CJK entries, written without spaces, need no end either; other
    entries match whole words only ("follow", not "follows"). Like every line the reader
    makes, the text has single spaces between words. The text is lowercased once and all
    entries are found in one Aho-Corasick pass (each hit then checked for its word
    boundaries), several times faster than a regex alternation that tries every position;
    a short list's entries are found one by one (:data:`FIND_ENTRIES`).
    """

    def __init__(self, words: tuple[str, ...]) -> None:
        keys: dict[str, bool] = {}  # each entry without its stem mark, and whether a stem
        for word in words:
            key = word.removesuffix("-")
            keys[key] = keys.get(key, False) or key != word or CJK_LETTER.search(word) is not None
        self._keys = tuple(keys.items())
        self._automaton = ahocorasick.Automaton()
        for key, stem in self._keys:
            self._automaton.add_word(key, (len(key), stem))
        self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        """Whether ``text`` holds any of the words.

        A word in a hyphenated compound ("food-related", "follow-up") is not the word.
        """
        text = text.lower()
        for last, (size, stem) in self._automaton.iter(text):
            if _bounded(text, last + 1 - size, last + 1, stem):
                return True
        return False

    def search_each(self, texts: list[str]) -> list[bool]:
        """Whether each of ``texts``, lines without line breaks, holds any of the words.

        All are searched in one pass, joined by line breaks, which saves a call per line.
        No entry holds a line break, and one bounds a word as a text's end does. Each line
        is lowercased on its own: one character outside ASCII sends a whole text down
        ``str.lower``'s slow path, where most lines of a page are ASCII (the same text: a
        line break is no cased letter, as the ends of a text are not).
        """
        page = "\n".join(map(str.lower, texts))
        found = [False] * len(texts)
        line = passed = 0  # the line of the last hit, and where it was
        for start in sorted(self._starts(page)):
            line += page.count("\n", passed, start)
            passed = start
            found[line] = True
        return found

    def _starts(self, text: str) -> Iterator[int]:
        """Where the words stand in ``text`` (lowercased), in no order."""
        if len(self._keys) > FIND_ENTRIES:
            for last, (size, stem) in self._automaton.iter(text):
                if _bounded(text, last + 1 - size, last + 1, stem):
                    yield last + 1 - size
            return
        for key, stem in self._keys:
            start = text.find(key)
            while start >= 0:
                if _bounded(text, start, start + len(key), stem):
                    yield start
                start = text.find(key, start + 1)


def _bounded(text: str, start: int, end: int, stem: bool) -> bool:
    r"""Whether ``text[start:end]`` starts a word and, unless it is a stem, ends one.

    "_" counts as a boundary, as in a regex's ``[^\W_]``; a hyphen between letters does
    not (a hyphenated compound is one word).
    """
    if start and (text[start - 1].isalnum() or _joined(text, start - 1, -1)):
        return False
    return stem or end == len(text) or not (text[end].isalnum() or _joined(text, end, 1))


def _joined(text: str, at: int, step: int) -> bool:
    """Whether ``text[at]`` is a hyphen with a letter past it, ``step`` away."""
    return text[at] == "-" and 0 <= at + step < len(text) and text[at + step].isalpha()
