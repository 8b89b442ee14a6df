"""Line features and segmentation: the fast paths give what the plain computation gives."""

from __future__ import annotations

import re
import string
import unicodedata

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.conftest import corpus_cases

from newsconv.readers.text import census, decode_text
from newsconv.readers.text.census import DIGIT, LINK_MARK, take_census
from newsconv.readers.text.features import (
    CHROME,
    CHROME_MAX_WORDS,
    STRONG,
    Kind,
    describe,
    links_elsewhere,
    passed_word_lists,
    sentence_like,
)
from newsconv.readers.text.segment import BREAKS, INVISIBLE, segment
from newsconv.scripts import CJK

#: Letters, digits, underscores, punctuation and every kind of space, ASCII or not.
_CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"])
_WORDS = st.text(string.ascii_letters + string.digits + string.punctuation, min_size=1)
_SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\x1f"])
#: What a row cannot hold: line breaks end it, invisible characters are dropped.
_NOT_IN_ROW = set(BREAKS + INVISIBLE + "\n")
_ROWS = st.lists(st.one_of(_WORDS, _SPACES, st.text(_CHARS, max_size=3)))


#: Characters around the CJK ranges: CJK punctuation, Hangul jamo, private use, fullwidth
#: forms, curly quotes, a lone surrogate.
_NEAR_CJK = st.sampled_from(
    "\u3000\u3001\u303f\u3040\u30ff\u3100\u33ff\u3400\u4dbf\u4e00\u9fff"
    "\ua000\uabff\uac00\ud7af\ud7b0\ue000\uf8ff\uf900\ufaff\ufb00\uff01"
    "\u2019\u201c\u00e9\ud800"
)
#: The combining marks the census counts as letters that continue a word.
_MARKS = re.escape(
    "".join(
        chr(code)
        for first, last in census._MARK_BLOCKS
        for code in range(first, last + 1)
        if unicodedata.category(chr(code)) in ("Mn", "Mc")
    )
)
#: The first letter of each word, as a lookbehind says it: none after a word character,
#: nor after a letter standing alone and its dot (an initialism's: "U.S.", "B.T.B.S.").
_WORDY = f"[\\w'’\\-{_MARKS}]"
_LETTER = f"(?:[^\\W\\d_]|[{_MARKS}])"
_INITIAL = re.compile(f"(?<!{_WORDY})(?<!(?<!{_WORDY}){_LETTER}\\.){_LETTER}")
_LETTERS = re.compile(f"[^\\W\\d_]|[{_MARKS}]")
_CJK = re.compile(f"[{CJK}]")


def _assert_counted_as_regexes_count(texts: list[str]) -> None:
    census = take_census(texts)
    for index, text in enumerate(texts):
        initials = _INITIAL.findall(text)
        counted = (
            census.letters[index],
            census.initials[index],
            census.capitals[index],
            census.cjk[index],
            census.separators[index],
            census.spaces[index],
            census.commas[index],
            census.lengths[index],
            bool(census.classes[index] & DIGIT),
            bool(census.classes[index] & LINK_MARK),
            chr(census.first[index]),
            chr(census.last[index]),
        )
        expected = (
            len(_LETTERS.findall(text)),
            len(initials),
            sum(map(str.isupper, initials)),
            len(_CJK.findall(text)),
            sum(map(text.count, "▪•|·")),
            text.count(" "),
            text.count(","),
            len(text),
            re.search(r"\d", text) is not None,
            re.search("[@#/]", text) is not None,
            text[:1] or "\n",  # an empty line's edges are its line break
            text[-1:] or "\n",
        )
        assert counted == expected, (hex(ord(text[0])) if text else "", text)


def test_the_census_counts_what_the_regexes_find_around_every_character() -> None:
    texts = []
    for code in range(0x10000):
        char = chr(code)
        if char not in "\n":  # the census is of lines
            texts += [char, f"{char}a", f"a{char}", f"é {char}b", f"{char}{char}c"]
    _assert_counted_as_regexes_count(texts)


_LINE = st.text(_CHARS).map(lambda text: text.replace("\n", " "))


@given(
    st.lists(
        st.one_of(
            _LINE,
            st.text("ab 1。中文かな한글"),
            st.text(
                st.one_of(_NEAR_CJK, st.characters(max_codepoint=127, exclude_characters="\n"))
            ),
            st.text(string.ascii_letters[::5] + "09_'’- .,(/", min_size=1),
        )
    )
)
@example([""])
@example(["", "Ab", ""])
@example(["𝐀b 𝐂d 𝐞f", "😀 Ab", "𠀀x ²y"])  # letters beyond the BMP, an emoji
@example(["B.T.B.S. and U.S.", "e.g.", "a.b.c", "iab.com x.Y"])  # initialisms, a domain
def test_the_census_counts_what_the_regexes_find(texts: list[str]) -> None:
    _assert_counted_as_regexes_count(texts)


@given(st.lists(_LINE, min_size=1), st.integers(1, 40))
@example(["Ab Cd", "", "éF-g"], 1)
@example(["Ab Cd", "", "éF-g"], 3)
@example(["x U.S.A. y"], 4)  # an initialism across pieces
def test_the_census_counts_alike_piece_by_piece(texts: list[str], piece: int) -> None:
    whole = take_census(texts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(census, "PIECE", piece)
        assert all(map(np.array_equal, take_census(texts), whole))


@pytest.mark.parametrize(
    ("initials", "capitals", "cjk", "expected"),
    [
        (4, 2, 0, True),  # on the threshold: half the initials capitals
        (4, 3, 0, False),
        (30, 4, 0, True),
        (3, 0, 0, False),  # too few initials to tell a sentence
        (3, 3, 1, True),  # unless written in CJK, without spaces or capitals
        (0, 0, 0, False),
    ],
)
def test_a_line_is_sentence_like_when_at_most_half_its_initials_are_capitals(
    initials: int, capitals: int, cjk: int, expected: bool
) -> None:
    assert sentence_like(initials, capitals, cjk) == expected


@given(_ROWS.map("".join).filter(_NOT_IN_ROW.isdisjoint))
@example("two  spaces")
@example(" leading")
@example("trailing ")
@example("no-break\u00a0space")
def test_a_row_is_its_words_single_spaced(row: str) -> None:
    texts, cells = segment(row.replace("\t", " "))
    assert not cells
    assert texts == ([" ".join(row.split())] if row.split() else [])


def test_an_initialism_is_one_word_to_the_sentence_shape() -> None:
    line = (
        "B.T.B.S. bölümü Bilişim ve İnovasyon Topluluğu (TÜBİT) tarafından 12-13 Aralık 2017 "
        'tarihlerinde gerçekleştirilen "Bilişim & Kariyer Günleri 2017" yoğun bir katılım ile '
        "gerçekleştirildi."
    )
    (features,) = describe([line])
    assert features.kind is Kind.GOOD


def test_a_line_printed_twice_is_described_once_with_its_count() -> None:
    menu, prose = "World", "The council voted on Tuesday to close the bridge."
    features = describe([menu, prose, menu])
    assert features[0] is features[2]
    assert (features[0].repeats, features[1].repeats) == (2, 1)


def test_a_read_next_header_heads_teasers() -> None:
    kinds = [line.kind for line in describe(["Read this next", "Read next:", "Up Next"])]
    assert kinds == [Kind.BREAK] * 3


def test_more_news_and_related_topics_headers_head_links() -> None:
    """The boxes of other stories and of topic pages under the article, in English and
    Spanish, end it: the body ran on into their teasers."""
    texts = ["More News", "Más Noticias", "Related Topics", "Temas Relacionados"]
    assert [line.kind for line in describe(texts)] == [Kind.BREAK] * 4


@pytest.mark.parametrize("line", ["Síguenos:", "Suivez-nous", "Folgen Sie uns", "Seguici su"])
def test_a_follow_us_label_is_chrome_in_every_language(line: str) -> None:
    """The label of a row of social icons that a copy prints as nothing ("Follow us:"),
    left alone inside the article under the lead picture's caption."""
    assert describe([line])[0].kind is Kind.BAD


@pytest.mark.parametrize("line", ["Feedback", "Video Ad Feedback"])
def test_a_feedback_buttons_label_is_chrome(line: str) -> None:
    """A widget's button asking for the reader's feedback, printed alone on its line."""
    assert describe([line])[0].kind is Kind.BAD


@pytest.mark.parametrize("line", ["Guardar", "SAVE", "Speichern", "Enregistrer"])
def test_a_save_buttons_label_alone_is_chrome(line: str) -> None:
    """The button that saves the story to read later, printed alone under the dateline."""
    assert describe([line])[0].kind is Kind.BAD


def test_a_line_that_only_holds_the_word_save_is_no_button() -> None:
    """Only the label alone is the button's: a subheading saving money is the story's."""
    assert describe(["Turn the Money You Save Into More Money"])[0].kind is not Kind.BAD


def test_read_also_and_comments_headers_whatever_their_noise() -> None:
    kinds = [line.kind for line in describe(["Read also:", "Comments (12)"])]
    assert kinds == [Kind.BREAK, Kind.END]


def test_a_share_panels_header_with_its_close_button_is_a_header() -> None:
    texts = ["Partager cet article X", "Share this story ×"]
    assert [line.kind for line in describe(texts, {})] == [Kind.BREAK, Kind.BREAK]


def test_cjk_headers_with_a_counter_word_or_in_brackets() -> None:
    """A count of comments takes its counter word ("10条", "12件") and a header may stand
    in lenticular brackets: guancha.cn's comments under a short story had outweighed it."""
    kinds = [line.kind for line in describe(["热门评论 10条", "コメント 12件", "【関連記事】"])]
    assert kinds == [Kind.END, Kind.END, Kind.BREAK]


#: Lines a word list condemns, or would if they were shorter: chrome words in short lines,
#: pitches in long ones, and both in table rows, where the cells decide.
_WORDED = [
    "Share this story",
    "Subscribe to our newsletter for the latest news from the city council every morning",
    "Home\tWorld\tSport\tPolitics",
    "Figures\t2021\tSubscribe",
    "The council said it would share the costs of the bridge with the regional government.",
]


def test_a_line_passed_word_lists_matches_neither_list() -> None:
    """The title finder skips the word lists where describing the line searched them."""
    pages = ["\n".join(_WORDED)]
    pages += [decode_text((case / "input.txt").read_bytes()) for case in corpus_cases("textdumps")]
    passed = 0
    for page in pages:
        texts, cells = segment(page)
        for text, features in zip(texts, describe(texts, cells), strict=True):
            if passed_word_lists(features):
                passed += 1
                assert not STRONG.search(text), text
                assert features.words > CHROME_MAX_WORDS or not CHROME.search(text), text
    assert passed


def test_a_table_row_is_never_taken_as_searched() -> None:
    row = describe(["Figures | 2021 | Subscribe"], {0: ("Figures", "2021", "Subscribe")})[0]
    assert row.table and row.kind is Kind.NEAR and not passed_word_lists(row)


def test_a_line_with_vowel_signs_and_a_number_is_no_widget() -> None:
    # Myanmar writes vowels and tones as combining marks: they are letters, so a line of
    # them is not "mostly symbols with a digit".
    line = "မီဒီယာကောင်စီကတော့ ၅၀၅ ပုဒ်မအမှုနဲ့ ပတ်သတ်လို့ ဆွေးနွေးနေပါတယ်"
    assert describe([line])[0].kind is not Kind.BAD


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "When you walk into almost any store, you're immediately overloaded with sights, "
            "sounds,… Read more Read more",
            Kind.BAD,
        ),
        ("Le conseil municipal a voté mardi la fermeture du vieux pont... Lire la suite", Kind.BAD),
        ("He paused, looked at the river for a long while, and said… nothing at all.", Kind.NEAR),
    ],
)
def test_an_excerpt_cut_short_and_linked_to_the_rest_is_a_teaser(line: str, kind: Kind) -> None:
    assert describe([line])[0].kind is kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("+ Added @e target selector for Command Blocks", Kind.NEAR),
        ("• Corrected the #include path in the build script", Kind.NEAR),
        ("— Jane Doe (@janedoe) May 4, 2021", Kind.BAD),
        ("Follow @janedoe for updates", Kind.BAD),
    ],
)
def test_a_handle_in_a_list_item_does_not_make_it_a_link(line: str, kind: Kind) -> None:
    assert describe([line])[0].kind is kind


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        (
            "Lire aussi Martine Bulard, « En Corée, la politique du rayon de soleil », mai 2018.",
            True,
        ),
        ("Lire aussi : Les critiques de la CNIL contre le projet de loi", True),
        ("Related: Rich are paying more in taxes but not as much as they used to", True),
        ("Читайте также «Власти закрыли мост на ремонт»", True),
        ("Related research shows that the bridge was weaker than thought.", False),
        ("Relatedness of the two species was shown in 2019.", False),
        ("Lire aussi", False),
        ("Baca juga: Sederet Kebiasaan Pemicu Penyakit Darah Tinggi", True),
        ("Xem thêm: Giá vàng hôm nay tăng mạnh", True),
        ("MORE: Is Nikki Haley a China hawk? Her record may suggest a different picture", True),
        ("More Americans are flying this year than ever before, the agency said.", False),
        ("MORE:", False),
        # "Read more" points elsewhere only with a headline after it on its line
        ("Read more US President Biden makes history on the picket line", True),
        ("Read more: Inside a Controversial Startup's Risky Attempt to Control Our Climate", True),
        ("Read more", False),
        ("Read more about the bridge in our archive.", False),
        ("此前报道：港媒曝陈同佳出狱前首受访 称“对不起香港人”", True),  # no case in CJK
        ("延伸阅读：", False),
        ("(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)", True),
        ("(Photo: Sean Fujiwara)", False),
        # a paragraph that opens with a pointer set inline, then goes on as prose
        (
            "À LIRE AUSSI Massacre du 7 octobre : ce que disent les images « Vous devez le "
            "juger sans céder à la passion et à la pression », plaide l'avocate. "
            + "Le tribunal a délibéré pendant une heure avant de rendre sa décision. "
            * 3,
            False,
        ),
    ],
)
def test_a_read_also_header_and_its_link_on_one_line_link_elsewhere(
    text: str, linked: bool
) -> None:
    assert links_elsewhere(text) is linked


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # German capitalises its nouns: more than half the initials, still one sentence.
        (
            "Der Verein ist ein offenes Netzwerk von Bastlern, Schulen, Werkstätten und "
            "Bibliotheken der Region.",
            Kind.GOOD,
        ),
        # Nor are a paragraph's several sentences, as long as two.
        (
            "Weitere Details zur Ausstellung gab Kurator Martin Weber nicht bekannt. Die "
            "Werkstatt öffnet am 9. Oktober im Alten Rathaus Mitte. Danach sind alle Kurse "
            "einen Tag später im Netz verfügbar.",
            Kind.GOOD,
        ),
        # A headline in title case that ends in an abbreviation is no sentence.
        ("How Winter Wreaks Havoc on the Pipes Under N.Y.C.", Kind.SHORT),
        # Nor is a promo's blurb of short sentences in title case.
        ("Fragen und Antworten zur Dieselprämie. Wir Vergleichen Alle Angebote.", Kind.SHORT),
        # Nor a promo's two short sentences about nouns.
        (
            "Fragen und Antworten zur Umweltprämie und Sonderrabatten. Wir vergleichen die "
            "Dieselprämien von 15 Automarken.",
            Kind.SHORT,
        ),
    ],
)
def test_a_line_of_many_capitals_ending_in_a_full_stop_after_a_word_is_a_sentence(
    line: str, expected: Kind
) -> None:
    (features,) = describe([line])
    assert features.kind is expected


def test_package_versions_are_no_handles() -> None:
    """ "axios@1.14.1" looks like an e-mail address or a handle; two made a sentence a post."""
    line = (
        "The npm account of the lead axios maintainer was hijacked. Two malicious versions "
        "were published: axios@1.14.1 and axios@0.30.4. npm has since removed both."
    )
    texts, cells = segment(f"{line}\n")
    assert describe(texts, cells)[0].kind is Kind.GOOD


def test_a_digest_on_its_line_is_data_not_a_widget() -> None:
    """Indicators of compromise list SHA-256 sums one a line; the story goes on under them."""
    texts, cells = segment("ff6061936f2ffa2c0d27d2d1efae6fdb990569a81b744600e9c02f720760c76a\n")
    assert describe(texts, cells)[0].kind is Kind.NEAR


@pytest.mark.parametrize("line", ["SCROLL TO CONTINUE WITH CONTENT", "Berita Terkait"])
def test_an_ad_s_scroll_label_and_an_indonesian_related_header_are_chrome(line: str) -> None:
    assert describe([line])[0].kind in (Kind.BAD, Kind.BREAK)


def test_a_line_that_is_mostly_a_blob_of_data_is_chrome() -> None:
    """A picture's data URI or a tracker's address with its query weighs like a long
    paragraph; tokens of a hundred characters are no words. Prose citing an address, a
    line of a script without spaces, are not blobs."""
    blob = "Own](data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAD0AAAAq" * 40 + ")"
    cited = (
        "The report, published at https://example.org/reports/2024/annual-review.pdf, "
        "found that the council had spent more on repairs than any year before, and that "
        "the old bridge alone took a third of the money."
    )
    thai = "นักเคลื่อนไหวทางการเมืองที่ลี้ภัยออกจากประเทศไทยและได้หายตัวไปจากที่พัก" * 4
    kinds = [line.kind for line in describe([blob, cited, thai])]
    assert kinds == [Kind.BAD, Kind.GOOD, Kind.GOOD]


def test_headlines_glued_end_to_end_are_chrome_and_camel_case_in_prose_is_not() -> None:
    glued = (
        "Uncle Put More Thought Than Usual Into This Year’s Gift CardsFirst Holiday Season "
        "Without Grandma IncredibleMen Whose Beautiful Wives Died On Christmas 10 Years Ago "
        "Announce Plans To Drink Whiskey Alone In Dark ApartmentSeasonal Depression Kicks In"
    )
    prose = (
        "SpiderMonkey is the original JavaScript engine developed by Brendan Eich when he "
        "invented JavaScript in 1995 at Netscape; it implements ECMAScript, a standard "
        "developed from JavaScript, and is written in C++"
    )
    glued_line, prose_line = describe([glued, prose])
    assert glued_line.kind is Kind.BAD
    assert prose_line.kind is Kind.GOOD


#: A sentence long enough to be a paragraph of prose, without its stop.
_PROSE = "The company said on Monday that the recall covers every model it sold in Europe"


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        (
            "La decisión fue informada por la secretaria de Comunicación de la Presidencia "
            "en una entrevista radial. (I)",
            True,
        ),
        (
            "Der neue Zug soll im Dezember erstmals zwischen den beiden Städten fahren, "
            "sagte der Sprecher. (dpa)",
            True,
        ),
        (f"{_PROSE} last year. (afp/red)", True),
        (f"{_PROSE} last year (see the list)", False),
        (f"{_PROSE} that year. (2019)", False),
    ],
)
def test_a_paragraph_closed_by_the_newsrooms_mark_ends_a_sentence(
    line: str, terminal: bool
) -> None:
    """An agency's or an editor's initials, or the kind of piece, in brackets after the
    last stop close a paragraph: it is prose, not a caption or a teaser's line."""
    (features,) = describe([line])
    assert features.terminal is terminal
    assert (features.kind is Kind.GOOD) is terminal
