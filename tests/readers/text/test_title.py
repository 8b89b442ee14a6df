"""The text reader's headline finder: one general rule per test, on small hand-made pages."""

from __future__ import annotations

import pytest
from tests.readers.text.pages import read_page

from newsconv.readers.text.features import describe
from newsconv.readers.text.metadata import Found
from newsconv.readers.text.title import (
    content_tokens,
    find_title,
    is_caption,
    scored_lines,
    without_kicker,
)
from newsconv.tree import plain_text

NEON_BODY = [
    "In the summer of 1898 the chemist William Ramsay isolated neon, and within two decades "
    "neon signs lit the boulevards of Paris and the avenues of New York.",
    "The philosopher argues that neon is the symbol of the century's modern ambitions.",
]


def pick(
    head: list[str], body: list[str], *, near: int | None = None, inside: int = 0
) -> str | None:
    """The title found among ``head`` (and the first ``inside`` body lines) above ``body``."""
    texts = [*head, *body]
    found = find_title(
        texts,
        describe(texts),
        range(len(head) + inside),
        near=near,
        body=" ".join(body),
        body_start=len(head),
    )
    return found.value if found else None


def test_title_is_the_heading_that_speaks_of_the_body() -> None:
    head = [
        "World Politics Business",
        "Council votes to close the old bridge to cars",
        "20 May 2021",
        "From the section Local News",
    ]
    body = ["The council voted to close the old bridge to cars after engineers found cracks."]
    assert pick(head, body, near=2) == "Council votes to close the old bridge to cars"


def test_a_caption_ending_with_its_credit_is_not_the_title() -> None:
    head = [
        "Skip to content",
        "Design",
        "Transportation",
        "Neon signs in Paris at night Benoit Tessier/Reuters",
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "Sarah Archer",
        "1:39 PM ET",
    ]
    assert pick(head, NEON_BODY) == "Why Neon Is the Ultimate Symbol of the 20th Century"


def test_a_credit_line_is_never_the_title() -> None:
    head = [
        "Photo",
        "CreditPhoto Illustration of neon signs in Paris for The New York Times",
        "Photo",
        "CreditPhoto Illustration of neon signs in Paris for The New York Times",
    ]
    assert pick(head, NEON_BODY) is None


def test_a_link_to_more_is_not_the_title() -> None:
    head = ["More on the neon signs of Paris ›", "Neon signs of Paris"]
    assert pick(head, NEON_BODY) == "Neon signs of Paris"


def test_a_cjk_sentence_ending_in_a_full_stop_is_a_caption() -> None:
    head = [
        "首页 >> 教育资讯 >> 教育新闻 >> 正文",
        "海外留学生看两会：出国前后关注点大不同",
        "发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版",
        "学生马素湘在澳大利亚悉尼游玩时看两会的近影。",
    ]
    body = [
        "在采访中，我们了解到不少海外留学生在出国前就每年观看两会直播。"
        "随着年龄和阅历的增长，学生对两会的关注点在出国前后发生了很大的变化。"
    ]
    assert pick(head, body, near=2) == "海外留学生看两会：出国前后关注点大不同"


def test_a_cjk_caption_closed_by_its_source_is_no_headline() -> None:
    # The Paper copied as text: headline, author/outlet, date, a button, the lead photo's
    # caption with its source after the full stop.
    head = [
        "首页 > 10%公司",
        "共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性",
        "石佳/中国青年报",
        "2019-09-24 09:10",
        "字号",
        "共享充电宝。视觉中国 资料",
    ]
    body = [
        "“以前花一两元就能充满电，前几天一下子被扣了12元。”吴翔宇自称是共享充电宝的长期用户。"
        "对于共享充电宝涨价，他表示，这完全是收割韭菜。"
    ]
    assert pick(head, body, near=3) == "共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性"


def test_a_menu_item_between_menu_items_is_not_the_title() -> None:
    menu = ["ニュース", "トピックス", "ランキング", "ビジネス", "経済"]
    head = [
        *menu,
        "IDでもっと便利に新規取得",
        *menu,
        "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」",
        "CNET Japan 3/9(木) 18:45配信",
        "ツイート",
    ]
    body = [
        "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けの"
        "セキュリティアプリ「フリーWi-Fiプロテクション」の発売を開始すると発表した。"
        "ランキングの上位にある公衆無線LANのアプリと違い、通信を暗号化する。",
    ]
    assert pick(head, body) == head[-3]


def test_the_last_item_of_a_breadcrumb_trail_is_the_title() -> None:
    head = [
        "童話集 > きょうの童話 > １月の童話 > 欲張りなイヌ",
        "元旦の童話",
        "欲張りなイヌ",
        "おりがみをつくろう | ( おりがみくらぶ より)",
        "亜姫の朗読☆ 童話より",
    ]
    body = ["肉をくわえたイヌが、橋を渡っていました。川の中にも肉をくわえたイヌがいます。"]
    assert pick(head, body) == "欲張りなイヌ"


def test_a_line_deep_in_the_body_is_not_the_title() -> None:
    # Lines of a blog post without full stops: none reads as a sentence, so the search for
    # the title runs on into the body, where the most on-topic lines are not the title.
    head = ["Dec 28 Sat 2013 00:28", "Autumn maples at the Meishu camp (2)"]
    body = [
        "Wave after wave of cold fronts came this winter",
        "The road winds down to the village school",
        "Red maples of the Meishu camp in autumn",
        "Autumn at the Meishu camp and its red maples",
        "Meishu camp maples in the autumn rain",
    ]
    assert pick(head, body, inside=len(body)) == "Autumn maples at the Meishu camp (2)"


def test_a_repeated_line_off_the_topic_is_furniture() -> None:
    # A headline is often printed twice; a line printed under every teaser is not one.
    head = [
        "Why the century glowed",
        "Continue reading the main story",
        "By Sarah Archer",
        "Continue reading the main story",
    ]
    assert pick(head, NEON_BODY) == "Why the century glowed"


def test_a_headline_may_hold_numbers() -> None:
    # Digits are not letters, but spaces are not digits either: "The 21 best ..." is text.
    head = ["Culture", "The 21 best films of 2017", "Updated Jul 24, 2018, 2:15pm EDT"]
    body = ["Here are my 21 best films of 2017 and how to watch them, with 14 honorable mentions."]
    assert pick(head, body) == "The 21 best films of 2017"


def test_the_headline_stands_above_the_date_and_the_standfirst_below_it() -> None:
    head = [
        "Marketing Strategy",
        "Rewriting the Rules of Engagement: Vidyard Adds New Features to its Video Platform",
        "Last Updated: January 7, 2025",
        "Vidyard Launches New Tools and Features for Businesses",
    ]
    body = [
        "Vidyard announced new tools and features for its video platform yesterday, from "
        "Zoom integration to a redesigned hosting platform for businesses."
    ]
    assert pick(head, body, near=2) == head[1]


def test_a_japanese_name_over_the_date_is_the_block_and_the_caption_under_it_no_headline() -> None:
    # INTERNET Watch copied as text: headline, author, date, then the lead photo's caption.
    head = [
        "九州大・箱崎キャンパス跡地にスマートシティ建設計画、福岡市らが推進する"
        "「FUKUOKA Smart EAST」",
        "山谷 剛史",
        "2019年2月22日 16:00",
        "「FUKUOKA Smart EAST」公式サイト",
    ]
    body = [
        "　福岡地域戦略推進協議会（FDC）主催のセミナーが15日に東京都内で開催され、"
        "スマートシティ計画「FUKUOKA Smart EAST」について紹介された。",
        "「FUKUOKA Smart EAST」とは、福岡市の東部の箱崎地区にある、国立九州大学・箱崎キャンパス"
        "の跡地を活用し、官民学が提携して建設していくスマートシティ計画のこと。",
    ]
    assert pick(head, body, near=2) == head[0]


def test_a_headline_cut_short_gives_way_to_the_line_printing_it_whole() -> None:
    # A breadcrumb prints the headline cut short, right over the heading and its date.
    head = [
        "Tests",
        "Bridge safety",
        "Council votes to close the old bridge to c…",
        "Council votes to close the old bridge to cars",
        "20.05.2021",
    ]
    body = ["The council voted to close the old bridge to cars after engineers found cracks."]
    assert pick(head, body, near=4) == head[3]


def test_a_headline_cut_short_gives_way_to_the_whole_line_opening_the_body() -> None:
    # A sticky bar prints the headline cut short over the menu; the body's run opens
    # with an explainer's sentence, and the headline stands whole just under it.
    head = [
        "Sign up for Newsletters",
        "Council votes to close the old bridge to c…",
        "Share this:",
        "Local",
        "Sports",
    ]
    body = [
        "Analysis Based on factual reporting, although it incorporates the author's expertise.",
        "Council votes to close the old bridge to cars",
        "The council voted to close the old bridge to cars after engineers found cracks.",
    ]
    assert pick(head, body) == body[1]


def test_a_photo_credit_with_a_spaced_slash_is_not_the_title() -> None:
    # The picture's credit stands between the headline and the caption that opens the
    # body's run, right over the caption's date.
    head = [
        "News Nation & World",
        "Council votes to close the old bridge to cars, who remain worried",
        "Jane Roe / AP",
    ]
    body = [
        "The mayor speaks during a town meeting at the old bridge in Sioux Center, Iowa, "
        "on Jan. 23, 2016.",
        "(Jane Roe / AP)",
        "The council voted to close the old bridge to cars after engineers found cracks.",
    ]
    assert pick(head, body, near=3) == head[1]


def test_a_salutation_ending_in_a_comma_is_not_the_title() -> None:
    # A post in the form of a letter: its headline, the date, then "Dear friends of …,".
    head = ["Startseite", "[Samstag, 19. Juli 2014]", "Sommerfest 2014"]
    body = [
        "Liebe Freunde des Vereins und der langen Sommerabende am See,",
        "am 28. September 2014 wollen wir unser Sommerfest feiern, und noch fehlt der Ort.",
    ]
    assert pick(head, body, near=1, inside=1) == "Sommerfest 2014"


def test_a_feed_entry_opening_with_a_date_is_not_the_title() -> None:
    head = [
        "08/01/2014",
        "08/01/2014 Castro expects the court to uphold the charges against the Infanta",
        "07/01/2014 The judge charges the Infanta again",
        "Anti-corruption office to decide in Madrid whether to appeal the Infanta's charges",
        "Patricio Candia | Palma de Mallorca",
    ]
    body = [
        "The legal differences between judge Castro and the anti-corruption prosecutor over "
        "the charges against the Infanta came into the open in Madrid yesterday."
    ]
    assert pick(head, body, near=0) == head[3]


def test_a_headline_with_a_slash_between_capitals_is_not_a_credit() -> None:
    head = ["Music", "Why fans still love AC/DC", "By Sarah Archer"]
    body = ["Fifty years on, fans still fill stadiums to hear AC/DC play the songs they love."]
    assert pick(head, body) == "Why fans still love AC/DC"


STORM_BODY = [
    "A winter storm swept across the country before Thanksgiving, but forecasters said "
    "travellers should see smooth sailing on the roads and at the airports on Thursday.",
]


def test_the_line_over_the_byline_and_date_outweighs_a_line_printed_twice_below_them() -> None:
    # A video playlist under the date: its first item is printed twice, nearer the body.
    head = [
        "Live TV",
        "After the storm, forecasters see smooth sailing for Thanksgiving travellers",
        "By Dana Ford and Tom Watkins, CNN",
        "7 minute read",
        "Updated 4:48 PM EST, Wed November 27, 2013",
        "Forecasters say the storm will spare Thanksgiving travellers",
        "03:29 - Source: CNN",
        "Forecasters say the storm will spare Thanksgiving travellers",
        "03:29",
        "See More Videos",
    ]
    assert pick(head, STORM_BODY, near=4) == head[1]


def test_names_and_outlet_on_lines_of_their_own_belong_to_the_byline_block() -> None:
    head = [
        "Puppet Masters",
        "After the storm, forecasters see smooth sailing for Thanksgiving travellers",
        "Dana Ford",
        "The Weather Desk",
        "Thu, 28 Nov 2013 17:55 UTC",
        "A storm over Thanksgiving travellers at the airports",
    ]
    assert pick(head, STORM_BODY, near=4) == head[1]


def test_story_highlights_under_the_block_are_not_the_title() -> None:
    head = [
        "More sharing",
        "After storm, forecasters see smooth sailing for Thanksgiving",
        "By Dana A. Ford, James S.A. Corey, Chien-Ming Wang, Tom Watkins and Jane Roe, CNN",
        "November 28, 2013 -- Updated 0203 GMT (1003 HKT)",
        "HIDE CAPTION",
        "STORY HIGHLIGHTS",
        "NEW: Thanksgiving travellers on the roads see smooth sailing after the storm",
        "NEW: Forecasters say airports will be quiet on Thanksgiving",
    ]
    assert pick(head, STORM_BODY, near=3) == head[1]


def test_a_headline_above_the_search_window_heads_the_block_at_its_top() -> None:
    # The window of lines looked at opens at the byline: the headline is just above it.
    texts = [
        "After the storm, forecasters see smooth sailing for Thanksgiving travellers",
        "By Dana Ford, CNN",
        "Updated 4:48 PM EST, Wed November 27, 2013",
        "Forecasters say the storm will spare Thanksgiving travellers",
        "03:29",
        *STORM_BODY,
    ]
    found = find_title(
        texts, describe(texts), range(1, 5), near=2, body=STORM_BODY[0], body_start=5
    )
    assert found is not None
    assert found.index == 0


def test_the_headline_over_its_standfirst_over_the_block_is_the_title() -> None:
    head = [
        "Link to the newsletter",
        "Forecasters see smooth sailing for Thanksgiving after the storm",
        "Travellers on the roads and at airports spared the worst of the winter storm",
        "Copy link",
        "21 Nov 2013 at 12:55",
    ]
    assert pick(head, STORM_BODY, near=4) == head[1]


def test_a_line_naming_its_author_after_by_belongs_to_the_block() -> None:
    head = [
        "Menu",
        "After the storm, forecasters see smooth sailing for Thanksgiving travellers",
        "Analysis by Dana Ford, CNN Senior Weather Analyst",
        "Updated 4:48 PM EST, Wed November 27, 2013",
        "Thanksgiving travellers at the airports after the storm",
    ]
    assert pick(head, STORM_BODY, near=3) == head[1]


def test_a_caption_closed_by_its_credit_in_brackets_belongs_to_the_block() -> None:
    head = [
        "Forecasters see smooth sailing for Thanksgiving",
        "storm.JPG",
        "Travellers wait at the airport after the storm. (The Associated Press)",
        "Print",
        "on November 27, 2013 at 12:06 PM",
    ]
    assert pick(head, STORM_BODY, near=4) == head[0]


def test_a_sentence_over_the_block_does_not_head_it() -> None:
    # A newsletter pitch over a teaser's date: a headline is a phrase, not a sentence.
    head = [
        "Forecasters see smooth sailing for Thanksgiving after the storm",
        "Subscribe to our newsletter",
        "Thanksgiving storm news for travellers at airports, delivered to your inbox daily.",
        "11/27/13 10:00AM",
        "Filed to: storm",
    ]
    assert pick(head, STORM_BODY, near=3) == head[0]


def test_a_line_off_the_topic_over_the_date_does_not_head_it() -> None:
    # Some templates print the date first: the line over it is the site's motto.
    head = [
        "The World for People who Think",
        "Wed, 27 Nov 2013 17:55 UTC",
        "Smooth sailing after all",
    ]
    assert pick(head, STORM_BODY, near=1) == head[2]


def test_the_line_over_the_block_keeps_its_place_however_late_the_body_starts() -> None:
    # The body is found below a run of short notes: the headline stands over the block.
    notes = [
        f"Note {n}: the storm spared travellers on Thanksgiving roads, airports said"
        for n in range(1, 16)
    ]
    head = [
        "Categories: Weather",
        "Thanksgiving Weather Notes: Issue 85",
        "Dana Ford",
        "November 28, 2013",
        "2 responses",
        *notes,
        "Forecasters at the airports",
    ]
    assert pick(head, STORM_BODY, near=3) == head[1]


def test_a_signed_block_is_headed_by_a_line_off_the_topic() -> None:
    # An essay's title need not share a word with its opening; the sidebar line over it does.
    head = [
        "A fork of a forecasting tool for Thanksgiving storms",
        "On Recent Controversial Events",
        "Tuesday 15 October 2019 by Dana Ford",
    ]
    assert pick(head, STORM_BODY, near=2) == head[1]


def test_without_a_date_a_line_naming_the_author_marks_the_block() -> None:
    head = [
        "Study Webtext",
        "Forecasters and the Thanksgiving Storm (2013)",
        "Dana Ford",
        "Prepared by Jane Roe, Weather Desk",
        "Click on the airports for notes on Thanksgiving travellers",
    ]
    assert pick(head, STORM_BODY) == head[1]


def test_a_sentence_in_brackets_is_still_a_sentence() -> None:
    head = [
        "Conversations with a Forecaster on Thanksgiving",
        "Dana Ford",
        "Notes:",
        "(See the end of the work for notes on the storm.)",
        "Chapter 1: Greetings",
    ]
    assert pick(head, STORM_BODY) == head[0]


def test_lines_under_a_read_also_header_are_teasers() -> None:
    head = [
        "Forecasters See Smooth Sailing for Thanksgiving",
        "You may also like",
        "Thanksgiving travellers at the airports: the storm, the roads and the forecasters",
        "Dana Ford",
        "Popular deals on travel",
        "Smooth sailing deals for Thanksgiving travellers at the airports",
    ]
    assert pick(head, STORM_BODY) == head[0]


def test_a_read_also_header_printed_as_a_menu_item_heads_no_teasers() -> None:
    head = [
        "Storm Forecasts for Thanksgiving Travellers",
        "Latest News",
        "Politics",
        "Forecasters see smooth sailing",
        "Latest News",
        "Politics",
    ]
    assert pick(head, STORM_BODY) == head[3]


def test_without_a_date_a_photo_credit_does_not_sign_the_line_over_it() -> None:
    head = [
        "Forecasters see smooth sailing for Thanksgiving",
        "Share this story",
        "The Best Pumpkin Pies of the Year",
        "Photo by Jane Roe",
    ]
    assert pick(head, STORM_BODY) == head[0]


def test_a_line_running_on_past_a_full_stop_is_not_the_title() -> None:
    head = [
        "Neon signs of Paris",
        "Neon lit the boulevards of Paris. Then the signs lit New York",
    ]
    assert pick(head, NEON_BODY) == head[0]


def test_a_list_item_is_not_the_title() -> None:
    # A changelog: the version's name, then its items, each opening with a bullet.
    head = [
        "Noticias de Minecraft",
        "Minecraft 1.8: la actualización abundante",
        "+ Añadidos bloques de granito, andesita y diorita",
        "+ Añadido el bloque de limo",
        "+ Los aldeanos cosechan y plantan cultivos nuevos",
    ]
    body = [
        "+ Los contenedores pueden bloquearse en mapas propios con la etiqueta de bloqueo",
        "+ Los aldeanos y las aldeas de los mapas nuevos tienen más cultivos que antes",
    ]
    assert pick(head, body, inside=len(body)) == "Minecraft 1.8: la actualización abundante"


def test_a_line_of_chrome_words_amid_a_menu_is_not_the_title() -> None:
    # A site's menu, printed twice (for wide and narrow screens), asks its own question.
    menu = ["Aperçu", "Synchroniser", "Extensions", "Que cherchez-vous dans ce menu ?"]
    menu += ["Navigation privée", "Aide", "Nouvelles"]
    head = [*menu, *menu, "Votre navigateur, à votre façon"]
    body = [
        "Jamais il n'a été aussi simple de régler votre navigateur comme vous travaillez : "
        "vous choisissez ce que montre le menu et vous placez chaque bouton où vous le cherchez.",
    ]
    assert pick(head, body) == "Votre navigateur, à votre façon"


@pytest.mark.parametrize(
    ("kickers", "headline", "paragraph"),
    [
        (
            ["WORLD", "Analysis"],
            "Why the ceasefire talks keep failing",
            "The talks in Cairo broke down again on Sunday, the third time this month, after "
            "both sides refused to move on the question of who would police the crossing.",
        ),
        (
            ["Politik"],
            "Der Bundestag beschließt das Wassergesetz nach langer Nacht",
            "Der Bundestag hat das Wassergesetz in der Nacht zum Mittwoch beschlossen, nachdem "
            "sich die Fraktionen nach langen Verhandlungen auf einen Kompromiss geeinigt hatten.",
        ),
        (
            ["Общество"],
            "В Алматы откроют новую линию метро до конца года",
            "Новую линию метро в Алматы откроют до конца года, сообщили в акимате города, "
            "уточнив, что строительство двух станций уже почти завершено.",
        ),
    ],
)
def test_a_kicker_over_the_headline_is_not_part_of_the_body(
    kickers: list[str], headline: str, paragraph: str
) -> None:
    doc = read_page([*kickers, headline, paragraph, paragraph.replace(",", ";", 1)])
    assert doc.metadata.title == headline
    assert not any(kicker in plain_text(doc) for kicker in kickers)


def test_a_line_in_lowercase_over_the_headline_is_no_kicker() -> None:
    doc = read_page(["Lorem ipsum", "dolor sit", "Amet consectetur adipisicing", *NEON_BODY])
    assert "dolor sit" in plain_text(doc)


def test_a_headline_with_vowel_signs_is_a_headline() -> None:
    # Devanagari writes most vowels as combining marks: they are letters of the headline.
    head = ["होम", "खेल", "भारत ने ऑस्ट्रेलिया को हराया", "20 मई 2021"]
    body = [
        "भारत ने तीसरे टेस्ट में ऑस्ट्रेलिया को आठ विकेट से हराया और सीरीज़ में बढ़त बना ली; "
        "कप्तान ने जीत का श्रेय गेंदबाज़ों को दिया।",
    ]
    assert pick(head, body, near=3) == "भारत ने ऑस्ट्रेलिया को हराया"


def test_a_headline_ending_in_an_exclamation_mark_is_no_prose() -> None:
    headline = "Schwierige Gespräche: so geht’s!"
    page = [
        "Login",
        "Home",
        "Newsletter",
        "Storage-Galerie",
        "Home > Digitalisierung > Faktor Mensch > Schwierige Gespräche: so geht’s!",
        "14.06.2019 (ch)",
        "3 von 5, (1 Bewertung)",
        headline,
        "Konflikte mag keiner. Und trotzdem begegnen wir ihnen ständig, im Beruf wie zu "
        "Hause. Schwierige Gespräche gelingen, wenn man sie vorbereitet, zuhört und die "
        "eigenen Gefühle benennt, statt dem Gegenüber Vorwürfe zu machen.",
        "Anzeige",
        "Impressum",
        "© 2019 speicherguide.de",
    ]
    document = read_page(page)
    assert document.metadata.title == headline
    assert "Bewertung" not in plain_text(document)


#: A Chinese article's opening whose words the site's name and section share ("人民", "文化").
CULTURE_BODY = [
    "今年的6月16日是父亲节。人民网文化频道邀请读者一起读诗，收藏诗中那一份惊喜与感动，"
    "将感恩的心情藏进以后每一天的生活里。",
    "《冬夜读书示子聿》是陆游写给自己小儿子的一首诗，饱含着一个慈祥父亲对孩子的深情。",
]


def test_a_breadcrumb_without_spaces_is_not_the_title() -> None:
    head = ["人民网>>文化", "女儿出嫁，郑板桥画了几笔兰花当嫁妆", "2019年06月15日 来源：人民网"]
    assert pick(head, CULTURE_BODY, near=2) == head[1]


def test_a_cjk_login_link_is_not_the_title() -> None:
    head = [
        "登录人民网通行证 立即注册",
        "忘记密码？",
        "女儿出嫁，郑板桥画了几笔兰花当嫁妆",
        "2019年06月15日08:18 来源：人民网",
    ]
    assert pick(head, CULTURE_BODY, near=3) == head[2]


def test_a_headline_printed_again_as_the_lead_photos_caption_beats_the_kicker() -> None:
    page = [
        "Accueil",
        "Archives",
        "Blogs",
        "> Les blogs du « Diplo » > Planète Asie",
        "Construction pour la démocratie sud-coréenne",
        "Turpitude et architecture",
        "L'un des écrivains sud-coréens les plus célèbres est un homme heureux : son dernier "
        "roman, traduit cette année, raconte la vie d'un bâtisseur de Séoul devenu riche.",
        "par Didier Roy, 21 juin 2018",
        "Turpitude et architecture",
        "Deux vies évoluant dans deux mondes bien distincts vont pourtant se rapprocher, par "
        "la magie de la plume de l'auteur, qui suit un promoteur et une amie d'enfance.",
        "C'est le moment où il reçoit le mot d'une femme qui, enfant, vivait dans le même "
        "quartier misérable que lui, et que la ville a chassée de ses rues.",
        "Partager cet article",
    ]
    assert read_page(page).metadata.title == "Turpitude et architecture"


def test_a_headline_over_two_deck_lines_over_the_block_is_the_title() -> None:
    head = [
        "Society",
        "Waiting lists grow longer",
        "Cuts raise the wait for surgery in hospitals by 125% in eighteen months",
        "The number of patients waiting more than 180 days for surgery grows by 178%",
        "María Sahuquillo Madrid 27 OCT 2012 - 12:14 CET",
    ]
    body = [
        "Cuts take their toll on patients. From December 2010 to June 2012 the waiting lists "
        "for surgery in hospitals grew, and the number of patients waiting grew with them.",
    ]
    assert pick(head, body, near=4) == "Waiting lists grow longer"


def test_a_label_over_the_headline_is_not_the_title_for_its_words() -> None:
    head = [
        "ニュース 地震・災害 Video",  # a label, estimated at five words, written in three
        "動画：東京で大きな地震、建物の被害が広がる",
        "2018年6月18日 10:01",
    ]
    body = [
        "【6月18日】東京で16日夜、大きな地震が起き、多くの建物に被害が出た。"
        "地震の後、災害の対策本部が置かれ、被害の調査が続いている。"
    ]
    assert pick(head, body, near=2) == head[1]


def test_a_cjk_headline_holding_a_latin_acronym_is_not_in_capitals() -> None:
    head = [
        "気軽に新聞をスクラップできる「ペン」、CUTPEN",
        "2019.04.21 11:51",
        "新聞をスクラップできるペンの写真",
    ]
    body = ["ネット社会の現代でも、多くの人に読まれている新聞。新聞をスクラップできるペンが出た。"]
    assert pick(head, body, near=1) == head[0]


def test_a_label_glued_to_the_headline_is_left_off() -> None:
    head = [
        "HomeLatest NewsWhy Neon Is the Ultimate Symbol of the 20th Century",
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "Sarah Archer",
        "October 10, 2018",
    ]
    assert pick(head, NEON_BODY, near=3) == "Why Neon Is the Ultimate Symbol of the 20th Century"


def test_a_buttons_label_glued_to_a_short_headline_over_the_date_is_left_off() -> None:
    """A player's "Listen again" button glued to the headline, then the headline alone
    over the date: the line over the date is the headline, however few its words."""
    head = [
        "Home",
        "Neon at night",
        "Listen again Neon at night",
        "5 min",
        "Neon at night",
        "October 10, 2018",
    ]
    assert pick(head, NEON_BODY, near=5) == "Neon at night"


def test_a_name_and_a_job_title_are_a_byline_not_the_title() -> None:
    head = [
        "Nation",
        "The Few. The Proud. The Bright?",
        "Aug 13, 2010 – 4:39 PM",
        "Text Size",
        "Email This",
        "Andrea Stone Senior Washington Correspondent",
    ]
    assert pick(head, NEON_BODY, near=2) == "The Few. The Proud. The Bright?"


def test_a_name_a_job_title_and_a_place_over_the_date_are_a_byline() -> None:
    """The Irish Times' byline names the place the author writes from after a comma; the
    line shares a word with the body (the place) and stands over the date, yet heads nothing."""
    head = [
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "The gas glowed over Paris before it lit the boulevards of America",
        "Sarah Archer Design Correspondent, in Paris",
        "October 10, 2018",
    ]
    assert pick(head, NEON_BODY, near=3) == "Why Neon Is the Ultimate Symbol of the 20th Century"


def test_a_headline_over_its_deck_under_the_date_is_the_title() -> None:
    head = [
        "Europe Insight Blog",
        "Case Study August 12, 2010, 5:00PM EST",
        "Neon Signs: Queen of the Boulevards",
        "The chemist isolated the gas in 1898, and within two decades neon signs lit Paris",
        "By Felix Gillette",
    ]
    assert pick(head, NEON_BODY, near=1) == "Neon Signs: Queen of the Boulevards"


def test_a_widget_over_the_headline_does_not_take_its_place() -> None:
    head = [
        "Sarah Archer",
        "sarah@example.com | Neon Reporting",
        "Become a Fan Get Email Alerts on Neon Signs",
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "First Posted: 08-13-10 05:18 PM",
    ]
    assert pick(head, NEON_BODY, near=4) == "Why Neon Is the Ultimate Symbol of the 20th Century"


def test_a_caption_over_its_photo_credit_is_not_the_title() -> None:
    head = [
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "Share",
        "Tweet",
        "William Ramsay in his laboratory",
        "Image: Science Museum",
        "By Sarah Archer 2018-10-10 21:32:46 UTC",
    ]
    assert pick(head, NEON_BODY, near=5) == "Why Neon Is the Ultimate Symbol of the 20th Century"


def test_a_topic_strip_over_a_title_cased_headline_is_not_the_title() -> None:
    head = [
        "Culture",
        "Science",
        "More: Neon Signs Paris Longform",
        "The Untold Story Of Neon Signs In Paris",
        "Sarah Archer",
        "Oct. 10, 2018, 9:49 AM",
    ]
    assert pick(head, NEON_BODY, near=5) == "The Untold Story Of Neon Signs In Paris"


def test_a_line_over_a_sentence_left_out_of_contention_does_not_outrank_the_headline() -> None:
    head = [
        "Menu",
        "Neon Signs Weekly News",
        "Let's light the boulevards, sign after sign!",
        "Explore",
        "Categories: News",
        "These Weeks in Neon Signs: Issue 85",
        "Sarah Archer",
        "October 10, 2018",
    ]
    assert pick(head, NEON_BODY, near=7) == "These Weeks in Neon Signs: Issue 85"


def test_a_short_headline_printed_twice_is_the_title() -> None:
    head = [
        "Radio Header More List",
        "Episode #42",
        "Neon Lights",
        "« previous episode | next episode »",
        "Monday, May 27, 2013",
        "Share",
        "Neon Lights",
    ]
    assert pick(head, NEON_BODY, near=4) == "Neon Lights"


def test_a_caption_ending_in_a_credit_after_a_bar_is_not_the_title() -> None:
    head = [
        "Neon lights the boulevards",
        "718 Comments",
        "Print",
        "The chemist William Ramsay isolated the gas in his laboratory. | AP Photo Close",
        "By SARAH ARCHER | 10/9/10 7:15 AM EDT",
    ]
    assert pick(head, NEON_BODY, near=4) == "Neon lights the boulevards"


def test_a_player_toolbar_is_not_the_title() -> None:
    head = [
        "The Film Gang",
        "February 8th, 2013",
        "Red Glow Nights",
        "Podcast: Play in new window | Download",
    ]
    assert pick(head, NEON_BODY, near=1) == "Red Glow Nights"


def test_a_name_and_a_lowercase_job_title_is_not_the_title() -> None:
    head = [
        "Science",
        "Neon lit the century's boulevards",
        "How a rare gas became the symbol of modern cities",
        "Sarah Archer Chemistry editor",
        "Mon 20 May 2021 06.05 GMT",
    ]
    body = ["In chemistry, neon is a noble gas; its signs lit the boulevards of the century."]
    assert pick(head, body, near=4) == "Neon lit the century's boulevards"


def test_a_labelled_byline_is_not_the_title_and_the_headline_heads_its_deck() -> None:
    head = [
        "Weitere Artikel",
        "Neonröhren: Das Licht der Boulevards",
        "Der Chemiker isolierte das Gas vor 120 Jahren. Warum leuchtet es bis heute?",
        "Eine Analyse von Jana Beispiel",
        "14. Januar 2020, 9:21 Uhr",
    ]
    body = [
        "Eine Analyse des Lichts: Im Sommer 1898 isolierte der Chemiker William Ramsay das "
        "Neon, und bald leuchteten Neonröhren über den Boulevards von Paris.",
    ]
    assert pick(head, body, near=4) == "Neonröhren: Das Licht der Boulevards"


def test_a_headline_naming_a_person_is_no_labelled_byline() -> None:
    head = [
        "Politik",
        "Die Rückkehr von Angela Merkel",
        "14. Januar 2020, 9:21 Uhr",
    ]
    body = ["Angela Merkel kehrt nach Berlin zurück, wie ihr Büro am Dienstag mitteilte."]
    assert pick(head, body, near=2) == "Die Rückkehr von Angela Merkel"


def test_content_words_are_the_same_in_ascii_in_other_scripts_and_beside_cjk() -> None:
    """Lines in ASCII, and lines without CJK, take quicker ways to their words: the same."""
    words = ["mayor", "budget", "again", "news"]
    assert content_tokens("The Mayor's 2021 Budget_again: NEWS news") == words
    assert content_tokens("The Mayor's 2021 Budget_again: NEWS news …") == words
    assert content_tokens("Über Straße, Москва’s news 東京都") == [
        "über",
        "straße",
        "москва",
        "news",
        "東京",
        "京都",
    ]
    assert content_tokens("Über Straße, Москва’s news") == ["über", "straße", "москва", "news"]


def test_a_table_of_contents_entry_is_not_the_title() -> None:
    """An entry of the contents printed over the text is echoed by its section's heading
    in the body, as a headline is by its lead photo's caption; its neighbours are too."""
    head = [
        "Boto-Cor-de-Rosa campaign reveals Astaroth WhatsApp-based worm activity in Brazil",
        "On this page",
        "Summary",
        "Infection chain overview",
        "Conclusion",
    ]
    body = [
        "Summary",
        "Astaroth is a Brazilian banking malware that now spreads through WhatsApp Web.",
        "Infection chain overview",
        "The infection begins when the victim receives a ZIP archive on WhatsApp.",
        "Conclusion",
        "The Astaroth campaign shows banking malware spreading through messaging apps.",
    ]
    assert pick(head, body).startswith("Boto-Cor-de-Rosa")  # type: ignore[union-attr]


#: A mega-menu of sections, longer than the reader looks above the body (LOOKBACK).
SECTIONS = [
    "World",
    "Europe",
    "Asia",
    "Africa",
    "Americas",
    "Business",
    "Markets",
    "Economy",
    "Companies",
    "Tech",
    "Science",
    "Health",
    "Climate",
    "Sport",
    "Football",
    "Cricket",
    "Tennis",
    "Golf",
    "Culture",
    "Film",
    "Music",
    "Books",
    "Art",
    "Travel",
    "Food",
    "Style",
    "Opinion",
    "Editorials",
    "Letters",
    "Obituaries",
    "Video",
    "Audio",
    "Podcasts",
    "Newsletters",
    "Weather",
    "Puzzles",
    "Crosswords",
    "Games",
    "Jobs",
    "Shop",
    "Events",
    "Apps",
    "Archive",
    "Sitemap",
    "Help",
]
STORY_ABOUT_THE_BRIDGE = [
    "The city council voted on Tuesday to close the old bridge to cars, citing a survey that "
    "found deep cracks in two of its three arches and rust in the deck's steel.",
    "Engineers had warned for years that the structure, built in 1904, was carrying far more "
    "traffic than it was designed for. Repairs are expected to take two years.",
    "Residents will be able to cross on foot and by bicycle while the work goes on, the "
    "council said, and a shuttle bus will run every ten minutes at peak hours.",
]


def test_a_dated_headline_on_the_topic_far_above_a_long_menu_is_the_title() -> None:
    headline = "Bridge to close for two years after engineers find deep cracks"
    page = ["The Daily Paper", headline, "20 May 2021", *SECTIONS, *STORY_ABOUT_THE_BRIDGE]
    doc = read_page([*page, "About us", "Privacy policy"])
    assert doc.metadata.title == headline
    assert doc.metadata.published is not None and doc.metadata.published.day == 20
    assert "Crosswords" not in plain_text(doc)


def test_far_above_a_long_menu_an_undated_teaser_is_no_title() -> None:
    teaser = "Bridge tolls to rise in the spring"  # two words of the body's, no dateline
    page = ["The Daily Paper", teaser, *SECTIONS, *STORY_ABOUT_THE_BRIDGE, "About us"]
    assert read_page(page).metadata.title is None


def test_a_line_printed_twice_in_a_row_gains_nothing_by_it() -> None:
    # lynx prints a picture's description, then its caption: the same words twice in a
    # row; a headline printed twice stands apart from its copy (in the head, over the story).
    line = "Engineers found cracks in the old bridge the council voted to close"
    body = ["The council voted to close the old bridge to cars after engineers found cracks."]

    def score(head: list[str]) -> float:
        texts = [*head, *body]
        found = scored_lines(
            texts, describe(texts), range(len(head)), near=None, body=body[0], body_start=len(head)
        )
        return max(value for value, index in found if texts[index] == line)

    assert score(["Home", line, line, "20 May 2021"]) < score([line, "Home", line, "20 May 2021"])


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Un train à la gare de Lyon, à Paris. (Photo AFP)", True),
        ("Engineers at the bridge in “The Crossing.” (Jane Roe/Fox)", True),
        ("A new way to evade the checks. (And how to tell if it's been used.)", False),
    ],
)
def test_a_credit_in_brackets_makes_a_caption_and_a_sentence_in_them_does_not(
    line: str, caption: bool
) -> None:
    assert is_caption(line) is caption


def test_a_menu_in_lowercase_is_no_headline() -> None:
    body = [
        "My first mobile device was a Palm V. I understood the power of mobile really early, "
        "and I first came across the Palm devices in 1998, when the Palm III came out.",
        "This device was comically under-powered in retrospect: it had two megabytes of RAM, "
        "a 16 MHz processor, a four-greyscale screen and a stylus-driven interface.",
        "Yet the Palm V was an amazing device: an anodized aluminum case, half the weight of "
        "its predecessor, and a docking station to sync it over the serial port at home.",
    ]
    page = ["home photos about me contact", "« Questioning the Canon", "Going mobile in 1998"]
    assert read_page([*page, *body, "Leave a Reply"]).metadata.title == "Going mobile in 1998"


@pytest.mark.parametrize("joiner", [" ", ""])
def test_a_phrase_printed_twice_on_one_line_is_no_headline(joiner: str) -> None:
    # lynx and w3m print a picture's description, then its caption, on one line when the
    # two are alike: the photo's words, nearer the body than the headline over the byline.
    headline = "These are the eight coolest bridges to cross on foot"
    head = [
        headline,
        "The Daily Paper",
        "Jane Roe",
        "Transport Editor",
        "Share",
        "Tweet",
        joiner.join(["The old bridge at dawn"] * 2),
        "The old bridge.",
        "More",
    ]
    body = [
        "The council voted to close the old bridge to cars after engineers found cracks in "
        "the bridge. Crossing it on foot will be the only way."
    ]
    assert pick(head, body) == headline


def test_a_pictures_description_in_brackets_is_no_headline() -> None:
    # pandoc prints a picture's description in brackets where the picture stands: a
    # headline's copy there is the picture's, and the line the headline itself.
    headline = "Council votes to close the old bridge to cars"
    head = ["You can skip this ad in 5 seconds.", headline, "Jane Roe", "Share", f"[{headline}]"]
    body = ["The council voted to close the old bridge to cars after engineers found cracks."]
    assert pick(head, body) == headline


def test_a_signed_and_dated_headline_over_a_video_playlist_is_the_title() -> None:
    # A video player and its playlist, forty lines and more, part the story's head from
    # its body: the playlist's items stand nearer the body and share its words, but the
    # headline, the byline and the date stand together.
    headline = "Council votes to close the old bridge to cars for two years"
    playlist = [
        line
        for n, teaser in enumerate(
            [
                "Watch the mayor answer questions outside the council chamber",
                "Cyclists react to the closing of the old bridge",
                "How engineers survey a bridge built in 1904",
                "Shuttle buses to run every ten minutes at peak hours",
                "Residents of the old town fear for the market square",
                "What the cracks in the arches mean for the city",
                "The region's share of the cost of the repairs",
                "A history of the old bridge in pictures",
                "Why the council voted against a new toll",
            ]
        )
        for line in ("Video Ad Feedback", teaser, f"0{n}:2{n}", "Now playing", "- Source: TV")
    ]
    page = [
        "The Daily Paper",
        "Home",
        headline,
        "Jane Roe Tom Poe",
        "By Jane Roe and Tom Poe, The Daily Paper",
        "7 minute read",
        "Updated 4:48 PM EST, Mon November 6, 2023",
        "Link Copied!",
        *playlist,
        *STORY_ABOUT_THE_BRIDGE,
    ]
    doc = read_page([*page, "About us", "Privacy policy"])
    assert doc.metadata.title == headline
    assert doc.metadata.published is not None and doc.metadata.published.day == 6
    assert "Jane Roe" in [person.name for person in doc.metadata.authors]


def test_a_teasers_dated_block_under_a_header_below_the_story_heads_nothing() -> None:
    # The body's run was found past a box of teasers set between the story's paragraphs:
    # the date found is a teaser's, and the line over it heads that teaser, not the story.
    headline = "Why Neon Is the Ultimate Symbol of the 20th Century"
    head = [
        "Skip to content",
        "Design",
        headline,
        "Sarah Archer",
        "1:39 PM ET",
        "In the summer of 1898 the chemist William Ramsay found a gas he named neon, and "
        "within two decades its glow lit the boulevards of Paris and the avenues of New York.",
        "The philosopher's book, newly translated into English this spring, reads the glowing "
        "sign as the symbol of a century that loved speed, novelty and the night.",
        "Recommended",
        "Remembering the Most Mesmerizing Neon Sign",
        "Mark Byrnes",
        "Jul 17, 2014",
        "The Twists and Turns of Making a Neon Sign",
        "Linda Poon",
        "Aug 23, 2017",
    ]
    assert pick(head, NEON_BODY, near=10) == headline


def test_a_picture_described_over_its_credited_caption_is_not_the_title() -> None:
    # w3m prints a picture's description, then its caption with the credit: the two lines
    # stand between the headline and the date, where the block's head would be.
    headline = "Council votes to close the old bridge to cars"
    caption = "The mayor, centre, walks over the old bridge with the engineers who surveyed it"
    head = [
        headline,
        "The crossing will stay open to people on foot and on bicycles",
        "Copy link",
        caption,
        f"{caption} - Jane Roe/City Photos",
        "21 May 2021 12:55",
    ]
    body = ["The council voted to close the old bridge to cars after engineers found cracks."]
    assert pick(head, body, near=5) == headline


def test_a_word_is_shared_with_the_body_only_whole() -> None:
    # The cheap look beside a found word (a space, a punctuation mark) answers as the
    # letter test does: "neon" is in "neon," and "(neon)", not in "neonlit" nor "néeneon".
    from newsconv.readers.text.title import _has_word

    assert _has_word("signs of neon, lit", "neon")
    assert _has_word("the (neon) signs", "neon")
    assert _has_word("neon", "neon")
    assert not _has_word("neonlit streets", "neon")
    assert not _has_word("néeneon streets", "neon")
    assert _has_word("neonlit and neon-lit", "neon")


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Image caption The harbour at dawn", True),
        ("Photo caption The harbour at dawn", True),
        ("CreditKim Raff", True),
        ("Photograph by Jane Roe, Island Restoration Programme", True),
        ("Photos courtesy of the Harbour Museum", False),  # no name after it
        ("Photos courtesy of Harbour Museum", True),
        ("图为港口的清晨", True),
        ("image caption is not capitalised so", False),
        ("The harbour at dawn", False),
    ],
)
def test_a_caption_opening_is_matched_case_sensitively(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


@pytest.mark.parametrize(
    "copy", ["Timetable: Coaches attack the railway", "* Timetable: Coaches attack the railway"]
)
def test_a_kicker_the_page_prints_with_a_colon_above_is_left_off_the_headline(
    copy: str,
) -> None:
    """A heading's kicker and headline copied as one line; a menu prints them with a colon."""
    texts = ["Home", copy, "Business", "Timetable Coaches attack the railway", "3 March 2021"]
    found = without_kicker(texts, Found(3, texts[3]))
    assert found == Found(3, "Coaches attack the railway")
    # printed so nowhere over it, the line is the headline whole
    alone = ["Home", "Business", "Timetable Coaches attack the railway", "3 March 2021", copy]
    assert without_kicker(alone, Found(2, alone[2])).value == alone[2]
