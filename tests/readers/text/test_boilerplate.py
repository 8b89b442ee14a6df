"""The densest run of prose: a cap on one line, short sentences, lists that are no prose."""

from __future__ import annotations

import pytest
from tests.readers.text.pages import FOOTER, MENU, body, paragraphs

from newsconv.readers.text.boilerplate import LINE_CAP, body_span
from newsconv.readers.text.features import Features, Kind, describe


def test_a_huge_comma_list_after_the_article_does_not_win() -> None:
    story = paragraphs(8, "bridge")
    names = ", ".join(f"reader{n} smith" for n in range(2000))  # some 36,000 characters
    page = [*MENU, "Bridge to close", *story, "Kudos", "Liked by", names, *FOOTER]
    found = body(page)
    assert all(paragraph in found for paragraph in story)
    assert "reader1999" not in found


def test_one_line_adds_at_most_the_cap() -> None:
    prose = Features(
        weight=LINE_CAP // 5, words=40, terminal=True, repeats=1, kind=Kind.GOOD, letters=240
    )
    menu = Features(weight=10, words=1, terminal=False, repeats=2, kind=Kind.BAD, letters=10)
    dump = prose._replace(weight=20 * LINE_CAP)
    features = [menu, *[prose] * 8, *[menu] * 40, dump, menu]
    assert body_span(features, ["text"] * len(features)) == range(1, 9)


def test_short_sentences_between_labels_do_not_cut_the_article() -> None:
    before, after = paragraphs(4, "bridge"), paragraphs(4, "tunnel")
    steps = [line for n in range(8) for line in (f"Step {n + 1}", f"Stir it for {n} minutes.")]
    found = body([*MENU, *before, *steps, *after, *FOOTER])
    assert all(text in found for text in [*before, "Stir it for 5 minutes.", *after])
    assert "Privacy policy" not in found


def test_a_plus_sign_marks_a_list_item() -> None:
    assert describe(["+ Added three new blocks"])[0].kind is Kind.NEAR


def test_a_long_comma_list_is_not_prose() -> None:
    names = ", ".join(f"Name{n} Surname{n}" for n in range(30)) + "."
    sentence = ", ".join(["The plan, drawn up in May, was dropped"] * 6) + "."
    assert [line.kind for line in describe([names, sentence])] == [Kind.SHORT, Kind.GOOD]


def test_a_row_of_links_is_not_prose() -> None:
    links = " ▪ ".join(["International", "Politique", "Société", "Économie", "Culture"] * 8)
    sentence = "The council, which met on Tuesday, voted to close the bridge · a move " * 4
    assert [line.kind for line in describe([links, sentence])] == [
        Kind.SHORT,
        Kind.GOOD,
    ]


#: A video player copied as text: a column of controls and caption settings, no prose.
PLAYER = [
    "Play Video",
    "Mute",
    "Current Time 0:00",
    "Duration Time 0:00",
    "Loaded: 0%",
    "Fullscreen",
    *(f"{colour} Opaque" for colour in ("White", "Black", "Red", "Green", "Blue", "Cyan")),
    *(f"{size}%" for size in range(50, 450, 50)),
    "Font Family",
    "Small Caps",
    "Defaults Done",
    "Close",
]
HEADLINE_BLOCK = ["Bridge to close for a year", "Jane Doe", "Friday 25 December 2015"]


def test_the_lede_under_a_dated_headline_is_kept_across_a_video_player() -> None:
    lede, rest = paragraphs(10, "bridge")[:3], paragraphs(10, "bridge")[3:]
    found = body([*MENU, *HEADLINE_BLOCK, *lede, *PLAYER, *rest, *FOOTER])
    assert all(paragraph in found for paragraph in [*lede, *rest])
    assert "Defaults Done" not in found
    assert "Privacy policy" not in found


def test_the_lede_goes_on_past_its_photos_credit_and_a_share_bar_over_it() -> None:
    # A photo's credit printed under every picture parts the lede's paragraphs, and a
    # share bar stands between the dated headline block and the lede.
    credit = "Courtesy of the council"
    lede, rest = paragraphs(10, "bridge")[:2], paragraphs(10, "bridge")[2:]
    share = ["Share", "Tweet", "Pin", "Email", "Print", "Comments (0)"]
    story = [line for paragraph in rest for line in (credit, paragraph)]
    page = [*MENU, *HEADLINE_BLOCK, *share, lede[0], credit, lede[1], *PLAYER, *story, *FOOTER]
    found = body(page)
    assert all(paragraph in found for paragraph in [*lede, *rest])
    assert credit not in found


def test_a_gallery_caption_under_the_date_is_no_lede() -> None:
    caption = paragraphs(1, "parade")[0]
    story = paragraphs(8, "bridge")
    found = body([*MENU, *HEADLINE_BLOCK, caption, *PLAYER, *story, *FOOTER])
    assert caption not in found
    assert all(paragraph in found for paragraph in story)


def test_prose_off_the_body_topic_is_no_lede() -> None:
    teaser = [
        "Orchestras across Vienna rehearsed Mahler symphonies through winter, and several "
        "conductors noted how younger audiences returned.",
        "Violinists praised acoustics inside renovated concert halls, with tickets for "
        "spring premieres selling quickly online.",
    ]
    story = paragraphs(8, "bridge")
    found = body([*MENU, *HEADLINE_BLOCK, *teaser, *PLAYER, *story, *FOOTER])
    assert not any(line in found for line in teaser)
    assert all(paragraph in found for paragraph in story)


#: A how-to page copied as text (German): a box of links to other articles under the
#: lede's photo, then the list of things needed, then steps of short sentences.
HOW_TO = [
    "Startseite",
    "Haus & Garten",
    "Basteln",
    "Kochen",
    "Anmelden",
    "Ein Flaschengarten im Glas",
    "Von Lena Hofmann",
    "Ein Flaschengarten ist nicht nur schön anzusehen, er bewahrt auch ein Stück Natur in "
    "Ihrer Wohnung. Geschlossene Gläser halten ihre Feuchtigkeit selbst, sodass Sie nur selten "
    "gießen müssen; kleine Pflanzen, die wenig Licht brauchen, wie Farne, Moose und "
    "Sukkulenten, gedeihen darin am besten. Ein solches Glas ist in einer Stunde gebaut, "
    "kostet kaum etwas und hält bei guter Pflege viele Jahre; es ist außerdem ein schönes "
    "Geschenk für alle, die keinen Garten haben.",
    "Flaschengarten auf dem Fensterbrett (Lena Hofmann)",
    "Andere Leser interessiert auch",
    "Ideen für Terrarien",
    "Sukkulenten richtig umtopfen und pflegen",
    "Das brauchen Sie:",
    "Ein großes Glas mit Deckel",
    "Blähton",
    "Blumenerde",
    "Löffel",
    "Moos",
    "Pinzette",
    "Kleine Pflanzen aus der Gärtnerei",
    "Dekoration nach Wunsch",
    "Schritt 1",
    "Füllen Sie zuerst eine zwei Zentimeter hohe Schicht Blähton in das Glas, damit "
    "überschüssiges Wasser abfließen kann. Darauf kommt eine Schicht Erde, die Sie mit dem "
    "Löffel leicht andrücken.",
    "Blähton einfüllen (Lena Hofmann)",
    "Schritt 2",
    "Setzen Sie die Pflanzen in die Erde.",
    "Pflanzen einsetzen (Lena Hofmann)",
    "Schritt 3",
    "Legen Sie das Moos mit der Pinzette rund um die Pflanzen aus, sodass keine Erde mehr zu "
    "sehen ist. Kleine Steine, Rinde oder eine Figur machen aus dem Glas eine kleine "
    "Landschaft.",
    "Moos auslegen (Lena Hofmann)",
    "Schritt 4",
    "Gießen Sie ein wenig und schließen Sie das Glas.",
    "Das fertige Glas (Lena Hofmann)",
    "Ob allein oder in einer Gruppe aufgestellt: Flaschengärten bringen ein wenig Natur auf "
    "den Schreibtisch und brauchen dabei kaum Pflege, solange sie nicht in der prallen Sonne "
    "stehen.",
    "Verwandte Suchen",
    "Ideen für Terrarien",
    "Impressum",
    "Datenschutz",
    "Kontakt",
]


def test_a_list_with_a_lead_in_after_a_box_of_links_goes_on_into_the_article() -> None:
    found = body(HOW_TO)
    assert "Das brauchen Sie:" in found
    assert "Pinzette" in found
    assert "Gießen Sie ein wenig und schließen Sie das Glas." in found
    assert found.endswith("solange sie nicht in der prallen Sonne stehen.")
    assert "Impressum" not in found


def test_a_lead_in_list_after_the_article_does_not_carry_it_into_a_teaser() -> None:
    story = paragraphs(4, "bridge")
    teaser = (
        "The engineers said on Monday that the old tunnel under the river would close for "
        "repairs next spring, and that buses would replace the trains for six months."
    )
    links = ["Tunnel to shut for repairs", "Ferry fares rise again", "New bus lanes open in May"]
    page = [*MENU, *story, "Share", "Tweet", "Email", "More from this author:", *links, teaser]
    found = body([*page, *FOOTER])
    assert found.endswith(story[-1])


def test_short_sentences_in_a_list_of_steps_cost_nothing() -> None:
    intro = (
        "Cette soupe à l'oignon se prépare en une heure avec des produits que l'on trouve "
        "partout, et elle se garde trois jours au réfrigérateur sans perdre son goût."
    )
    steps = ["Épluchez les oignons.", "Émincez-les finement.", "Faites-les fondre au beurre."]
    steps += ["Ajoutez la farine.", "Versez le bouillon chaud.", "Laissez mijoter une heure."]
    method = [line for n, step in enumerate(steps) for line in (f"Étape {n + 1}", step)]
    end = (
        "Servez la soupe très chaude dans des bols qui vont au four, couverte de croûtons "
        "grillés et de gruyère râpé, puis passez-la cinq minutes sous le gril."
    )
    found = body([*MENU, intro, *method, end, *FOOTER])
    assert found.startswith(intro)
    assert found.endswith(end)


def test_a_typo_report_widget_after_the_article_goes() -> None:
    story = [
        "Norvēģijā pēc zemes nogruvuma atrasti pieci bojāgājušie, un glābēji turpina meklēt "
        "vēl divus cilvēkus, kuri pazuda naktī uz otrdienu, paziņoja policija.",
        "Nogruvums noticis ciematā netālu no Trondheimas, kur zem zemes masām palikušas "
        "vairākas mājas; iedzīvotāji no apkārtnes ir evakuēti, un ceļi ir slēgti.",
    ]
    widget = [
        "Kļūda rakstā?",
        "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu "
        "redaktoram!",
    ]
    found = body([*MENU, *story, *widget, *FOOTER])
    assert found.endswith(story[-1])


@pytest.mark.parametrize(
    "header", ["Share This Article:", "Partager cet article", "Artikel teilen"]
)
def test_a_share_header_after_the_article_ends_it(header: str) -> None:
    story = paragraphs(4, "tunnel")
    promo = [
        "Do you still have questions? Head over to our community to find answers.",
        "Take me to the community",
        "Level up your game at our premier conference where experts come together.",
        "Save your spot now",
        "Welcome to today's edition of our daily digest, with the news in brief and a mix "
        "of other stories from around the web that we think you will enjoy.",
    ]
    found = body([*MENU, *story, header, *promo, *FOOTER])
    assert found.endswith(story[-1])


def test_release_notes_of_short_items_are_kept_whole() -> None:
    # Release notes copied as text: no paragraph at all, one item a line, most of them short.
    items = [
        "+ Nuevos bloques de granito, andesita y diorita, con sus versiones pulidas",
        "+ Bloque de limo",
        "+ Trampilla de hierro",
        "+ Estandartes",
        "+ Soportes para armaduras",
        "+ Selector @e para los bloques de comandos",
        "+ Comando /clone",
        "+ Comando /fill",
        "+ Los aldeanos cosechan los cultivos y plantan otros nuevos",
        "+ Las puertas y las vallas existen en todas las maderas",
        "* La dificultad se guarda por mundo y puede bloquearse",
        "* El cliente es mucho más rápido en todos los equipos",
    ]
    found = body(["Noticias", "Con la tecnología de Tumblr", "Minecraft 1.8", *items])
    assert all(item[2:] in found for item in items)


#: A short Chinese news page: a "related reading" box between its second and third paragraph.
SATELLITE = [
    "首页",
    "新闻",
    "国内",
    "登录",
    "我国成功发射新一代气象卫星",
    "2023-09-08 14:32:10　来源：新华社",
    "分享到：",
    "9月8日，我国在酒泉卫星发射中心使用长征四号丙运载火箭，成功将风云三号G星发射升空，"
    "卫星顺利进入预定轨道，发射任务获得圆满成功。",
    "据介绍，风云三号G星是我国首颗低倾角轨道降水测量卫星，主要用于灾害性天气系统强降水"
    "监测，将为天气预报、防灾减灾提供更加精准的数据支撑。",
    "相关阅读",
    "我国气象卫星家族再添新成员",
    "风云卫星数据服务全球一百多个国家和地区",
    "该卫星入轨后将与在轨的其他风云卫星组网运行，进一步提升我国对台风、暴雨等灾害性天气"
    "的监测能力，并为全球用户提供数据服务。",
    "此次任务是长征系列运载火箭的第四百八十七次飞行。",
    "责任编辑：王芳",
    "关于我们",
    "版权所有 © 2023 示例网",
]


def test_the_article_goes_on_past_a_box_of_links_inside_it() -> None:
    found = body(SATELLITE)
    assert found.endswith("此次任务是长征系列运载火箭的第四百八十七次飞行。")
    assert "相关阅读" not in found
    assert "我国气象卫星家族再添新成员" not in found


def test_prose_off_the_topic_after_a_read_also_box_is_another_story() -> None:
    story = paragraphs(3, "bridge")
    other = [
        "The club confirmed on Sunday that its striker will miss the rest of the season "
        "after tearing a ligament in his knee during training.",
        "His replacement is expected to be named before the transfer window closes.",
    ]
    found = body([*MENU, *story, "Read also", "Ferry fares rise again", *other, *FOOTER])
    assert found.endswith(story[-1])


def test_the_article_goes_on_past_a_box_whatever_its_words_endings() -> None:
    # Russian inflects its nouns: "станцию", "станцией", "станции" are one word here.
    story = [
        "Новую станцию метро «Лесная» открыли в Москве в понедельник. Она расположена на "
        "Большой кольцевой линии и связала два района на северо-западе столицы.",
        "По словам мэра, станцией ежедневно будут пользоваться около 40 тысяч пассажиров. "
        "Время в пути до центра города для жителей района сократится на 20 минут.",
    ]
    box = ["Читайте также", "Как изменится схема метро в 2024 году", "Метро тестирует биометрию"]
    rest = [
        "Строительство станции началось три года назад. В вестибюле установлены эскалаторы "
        "отечественного производства и навигация на двух языках.",
        "В ближайшие годы в Москве планируют открыть еще 20 станций метро.",
    ]
    found = body(["Главная", "Новости", "Войти", *story, *box, *rest, "Комментарии"])
    assert found.endswith(rest[-1])
    assert "Читайте также" not in found


def test_the_next_story_after_a_read_also_box_is_not_the_article() -> None:
    story = paragraphs(3, "bridge")
    head = ["Read also", "Ferry fares rise again", "Council shuts the old bridge", "21 May 2021"]
    found = body([*MENU, *story, *head, *paragraphs(3, "old bridge")[1:], *FOOTER])
    assert found.endswith(story[-1])


def test_a_blog_comment_form_ends_the_article() -> None:
    story = [
        "Les chercheurs ont déposé mardi une candidature collective à la présidence de "
        "l'agence, pour défendre l'autonomie de la recherche face à la bureaucratie.",
        "La lettre de motivation liste trois conditions : des crédits récurrents, du temps "
        "pour chercher, et une évaluation par les pairs plutôt que par des indicateurs.",
        "Le collectif ne se fait guère d'illusions sur ses chances, mais veut ouvrir le "
        "débat avant la nomination prévue à la fin du mois.",
    ]
    form = [
        "Laisser un commentaire",
        "Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont "
        "indiqués avec *",
        "Commentaire",
        "Nom *",
        "Site web",
        "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment "
        "les données de vos commentaires sont utilisées.",
    ]
    found = body([*MENU, "Une candidature collective", *story, *form, *FOOTER])
    assert all(paragraph in found for paragraph in story)
    assert "Akismet" not in found
    assert "Laisser un commentaire" not in found


def test_a_share_header_ends_the_article_whatever_separator_follows_it() -> None:
    story = paragraphs(6, "bridge")
    after = [
        "Partager cet article /",
        "sur Facebook sur Twitter",
        "Article précédent",
        "« Le pont de la discorde »",
        "Article suivant",
        "« Un tunnel sous la ville »",
        "Planète Asie",
        "Un blog animé par la rédaction, qui suit l'actualité de la région chaque semaine "
        "depuis dix ans, avec des reportages et des analyses.",
        "Hier à peine considérée, la région devient l'une des clefs du monde contemporain : "
        "ses économies pèsent sur le commerce mondial, ses rivalités sur la paix, et ses "
        "sociétés changent plus vite qu'aucune autre, ce que ce carnet raconte au jour le jour.",
    ]
    found = body([*MENU, "Bridge to close", *story, *after, *FOOTER])
    assert all(paragraph in found for paragraph in story)
    assert "Article précédent" not in found
    assert "Un blog animé" not in found


def test_a_related_materials_box_inside_a_russian_article_goes_with_its_links() -> None:
    before = [
        "Журналисты журнала перечислили шесть вещей, которые не следует надевать в аэропорт, "
        "если путешественник хочет быстро пройти досмотр.",
        "В первую очередь читателям порекомендовали избегать просторной одежды и обуви с "
        "металлическими деталями, которые задерживают досмотр в аэропорту.",
    ]
    box = [
        "Материалы по теме:",
        "Соблазн свободыКто придумал сжимать женскую грудь бельем и почему женщины хотят",
        "6 ноября 2019",
        "Натянули лямкуДля тучных бизнесменов и груди Мадонны: кто придумал подтяжки",
        "24 марта 2020",
    ]
    after = [
        "Среди прочего автор публикации советует избегать множества аксессуаров, поскольку "
        "их придется снимать на досмотре в аэропорту перед вылетом.",
        "В заключение путешественников призвали отказаться от тяжелого парфюма, поскольку "
        "из-за него соседям в самолете может стать плохо во время полета.",
    ]
    found = body([*MENU, "Перечислены шесть вещей для аэропорта", *before, *box, *after])
    assert all(paragraph in found for paragraph in [*before, *after])
    assert "Соблазн" not in found
    assert "лямку" not in found


def _story(headline: str, day: str, topic: str) -> list[str]:
    """A story as an infinite-scroll theme prints it: section, headline, standfirst, the
    byline block's furniture, then the paragraphs."""
    return [
        "Tech",
        headline,
        f"A widespread {topic} affected users worldwide on Friday, reports said.",
        "Published",
        "2 months ago",
        "on",
        day,
        "By",
        "Daily Paper News Desk",
        *paragraphs(5, topic),
        "Advertisement",
        "Continue Reading",
    ]


def test_the_next_story_appended_below_the_article_is_left_out() -> None:
    first = _story("Outage hits social networks", "June 12, 2026", "outage")
    second = _story("Crew returns from the Moon", "April 3, 2026", "moon flight")
    found = body([*MENU, *first, *second, *FOOTER])
    assert all(paragraph in found for paragraph in paragraphs(5, "outage"))
    assert "moon flight" not in found
    assert "Crew returns" not in found


def test_an_address_the_article_announces_with_a_colon_stays() -> None:
    story = paragraphs(3, "survey")
    announce = "Pour cela, l'assemblée a d'ores et déjà mis en place une boîte mail dédiée :"
    address = "suivi.reformes.ecoles@example.org"
    after = (
        "Elle appelle à envoyer les témoignages et les bilans de rentrée produits dans les "
        "établissements, afin de les rendre publics à la fin du mois."
    )
    found = body([*MENU, "Décisions de l'assemblée", *story, announce, address, after, *FOOTER])
    assert address in found
    assert after in found


def test_an_address_after_the_article_still_goes() -> None:
    story = paragraphs(3, "survey")
    found = body([*MENU, "Bridge to close", *story, "Contact:", "desk@example.org", *FOOTER])
    assert "desk@example.org" not in found


def test_a_related_content_header_ends_the_article() -> None:
    story = paragraphs(6, "street names")
    related = [
        "Related content",
        "Berlin Libya conference: A first step toward peace? 19.01.2020",
        "The German government has invited the warring parties in the North African country "
        "and their foreign supporters to a peace conference in Berlin this Sunday.",
        "Germany's colonial legacy in Bougainville and South Pacific 12.12.2019",
        "Bougainville has voted overwhelmingly for independence from Papua New Guinea. The "
        "autonomous South Pacific region was once a German colony, from 1884 to 1914.",
    ]
    found = body([*MENU, "Berlin renames its colonial streets", *story, *related, *FOOTER])
    assert all(paragraph in found for paragraph in story)
    assert "Bougainville" not in found


def test_a_prompt_to_the_reader_under_the_article_is_left_out() -> None:
    story = paragraphs(5, "bridge")
    page = [*MENU, "Bridge to close", *story, "Liked it? Rate it!", "Jane Doe", *FOOTER]
    found = body(page)
    assert story[-1] in found
    assert "Rate it" not in found


def test_a_short_exclamation_ending_the_story_stays() -> None:
    story = paragraphs(5, "bridge")
    found = body([*MENU, "Bridge to close", *story, "Ah bridge! Ah town!", *FOOTER])
    assert "Ah bridge! Ah town!" in found


#: A box of teasers under a header no word list knows: headlines and standfirsts, no stops.
TEASERS = [
    "Our editors suggest",
    "Harbour tunnel opens after five years of works",
    "The new tunnel under the harbour takes lorries off the old bridge for good, and the "
    "port says the ferries will run on time again from the first week of the summer season",
    "Council votes to keep the night buses running",
    "Residents had asked for the service to stay after the bridge works are over, and the "
    "council found the money for it in the budget it had set aside for the road repairs",
]


def test_a_tail_that_never_ends_a_sentence_is_a_box_of_teasers() -> None:
    story = paragraphs(6, "bridge")
    found = body([*MENU, "Bridge to close", *story, *TEASERS, *FOOTER])
    assert story[-1] in found
    assert not any(teaser in found for teaser in TEASERS)


def test_a_list_its_lead_in_announces_ends_the_article() -> None:
    story = paragraphs(6, "bridge")
    listed = [
        "The roads closed:",
        *(
            f"{road} between the old bridge and the ferry terminal, until the end of June"
            for road in ("Harbour Road", "Mill Lane", "Quay Street", "Station Hill")
        ),
    ]
    found = body([*MENU, "Bridge to close", *story, *listed, *FOOTER])
    assert all(line in found for line in listed)


def test_a_page_that_writes_no_stops_keeps_its_last_lines() -> None:
    first, *rest = paragraphs(6, "bridge")
    story = [first, *(line.removesuffix(".") for line in rest)]
    found = body([*MENU, "Bridge to close", *story, *TEASERS[1:], *FOOTER])
    assert all(line in found for line in story)
    assert TEASERS[-1] in found


def test_a_read_also_link_set_in_the_article_is_left_out() -> None:
    story = paragraphs(6, "bridge")
    link = "Read also: The ferry that replaced the old bridge, by Jane Doe, May 2021."
    found = body([*MENU, "Bridge to close", *story[:3], link, *story[3:], *FOOTER])
    assert all(line in found for line in story)
    assert "ferry" not in found


def test_a_blog_post_ends_with_its_link_and_its_credit_to_its_source() -> None:
    story = paragraphs(1, "bridge")
    link, credit = "The bridge that nobody crossed", "(via The Daily Paper)"
    found = body([*MENU, "Bridge to close", *story, link, credit, "SHARE / TWEET", *FOOTER])
    assert story[-1] in found
    assert link in found
    assert credit in found
    assert "SHARE" not in found


def test_a_short_line_under_a_post_without_a_credit_is_not_its_own() -> None:
    story = paragraphs(1, "bridge")
    link = "The bridge that nobody crossed"
    found = body([*MENU, "Bridge to close", *story, link, "SHARE / TWEET", *FOOTER])
    assert story[-1] in found
    assert link not in found


def test_teaser_cards_named_after_the_menus_sections_close_the_article() -> None:
    menu = ["Home", "Business", "Culture", "Home", "Business", "Culture"]
    story = paragraphs(6, "bridge")
    cards = [
        *("Business", "Harbour tunnel opens after five years", paragraphs(1, "tunnel")[0]),
        *("Culture", "Museum shows the old bridge's plans", paragraphs(1, "museum")[0]),
    ]
    found = body([*menu, "Bridge to close", *story, *cards, *FOOTER])
    assert story[-1] in found
    assert "tunnel" not in found
    assert "museum" not in found


def test_teaser_cards_named_after_a_bulleted_menu_close_the_article() -> None:
    menu = ["• Home", "• Business", "• Culture", "□ Business", "□ Culture"]
    story = paragraphs(6, "bridge")
    cards = [
        *("Culture", "Museum shows the old bridge's plans", paragraphs(1, "museum")[0]),
        *("Business", "Harbour tunnel opens after five years", paragraphs(1, "tunnel")[0]),
        *("Business", "Ferry company hires ten captains", paragraphs(1, "ferry")[0]),
    ]
    found = body([*menu, "Culture", "Bridge to close", *story, *cards, *FOOTER])
    assert story[-1] in found
    assert "museum" not in found
    assert "tunnel" not in found


def test_one_label_before_the_last_sub_headings_is_no_card() -> None:
    menu = ["Home", "Advertisement", "Business", "Home", "Business"]
    story = paragraphs(6, "bridge")
    ending = [
        *("Advertisement", "What the engineers found", paragraphs(1, "cracks")[0]),
        *("Advertisement", "What comes next for the town", paragraphs(1, "ferry")[0]),
    ]
    found = body([*menu, "Bridge to close", *story, *ending, *FOOTER])
    assert "cracks" in found
    assert "ferry" in found


#: A headline block: the headline, its date and time, the author.
DATED_HEAD = ["Bridge to close for a year", "2019.04.21 11:51", "Jane Doe"]


def test_the_dateline_printed_again_under_the_article_starts_its_foot() -> None:
    story = paragraphs(6, "bridge")
    foot = [
        "2019.04.21 11:51 Jane Doe Local news and politics desk",
        "see every story by Jane Doe on the local news pages",
        "The views of the author in this story are not those of the paper, unless the paper "
        "says so in the story itself.",
    ]
    found = body([*MENU, *DATED_HEAD, *story, *foot, *FOOTER])
    assert story[-1] in found
    assert not any(line in found for line in foot)


def test_entries_under_the_days_date_are_no_foot() -> None:
    entries = [
        line
        for n, text in enumerate(paragraphs(6, "bridge"))
        # the first at the dateline's time
        for line in (f"2019.04.21 1{n + 1}:51 What the mayor said on day {n + 1}", text)
    ]
    found = body([*MENU, *DATED_HEAD, *entries, *FOOTER])
    assert all(line in found for line in entries[1::2])


def test_a_page_whose_first_line_prints_the_date_again_keeps_its_text() -> None:
    note = "2019.04.21 11:51 Jane Doe, on the local news desk of the paper"
    story = paragraphs(1, "bridge")
    found = body([*MENU, *DATED_HEAD, note, *story, *FOOTER])
    assert story[0] in found


def test_a_listing_of_promos_is_not_the_article() -> None:
    # Blurbs of a sentence each under headings of their own outweigh a one-paragraph post.
    post = " ".join(paragraphs(2, "bridge"))
    promos: list[str] = []
    for name, blurb in zip(
        ("Wifi Parks", "Gluten Free", "Belmont Stakes", "Tony Awards"),
        paragraphs(4, "guide"),
        strict=True,
    ):
        promos += [name, blurb]
    page = [*MENU, "Bridge to close", "June 8, 2012 6:14 AM", post, "Share this", *MENU]
    found = body([*page, "City Guides", *promos, *FOOTER])
    assert post in found
    assert "guide" not in found


def _card(section: str, source: str, headline: str, blurb: str) -> list[str]:
    return [section, source, "12 Comments. Click to view comments", headline, blurb]


#: Headlines and long blurbs of a news stream's cards, each card by another source.
_CARDS = [
    ("World", "Associated Press", "Harbour strike enters its second week in the north"),
    ("Politics", "Reuters", "Budget talks stall as the coalition partners disagree again"),
    ("Science", "AFP", "A comet will pass close enough to be seen without a telescope"),
    ("Style", "People", "The designers who dressed the cast of the season's big premiere"),
    ("News", "Associated Press", "Schools in the valley reopen after the spring floods receded"),
]


def test_a_stream_of_cards_is_not_the_article_it_opened() -> None:
    # Each card's blurb outweighs a paragraph; the story the page opened is printed under.
    stream = [
        line
        for (section, source, headline), blurb in zip(
            _CARDS,
            (" ".join(paragraphs(3, section.lower())) for section, _, _ in _CARDS),
            strict=True,
        )
        for line in _card(section, source, headline, blurb)
    ]
    story = paragraphs(4, "bridge")
    page = [*MENU, *stream, *FOOTER, "Bridge to close", "Associated Press", *story]
    found = body(page)
    assert story[0] in found
    assert "comet" not in found and "designers" not in found


def test_paragraphs_parted_by_ad_labels_or_short_headings_are_the_article() -> None:
    story = paragraphs(5, "bridge")
    labelled = [line for paragraph in story for line in ("Advertisement", paragraph)]
    assert all(paragraph in body([*MENU, *labelled, *FOOTER]) for paragraph in story)
    features = [
        line
        for name, paragraph in zip(
            ("Web Console", "Debugger", "Network", "Style Editor"), story[:4], strict=True
        )
        for line in (name, paragraph, f"Learn more about {name}")
    ]
    assert all(paragraph in body([*MENU, *features, *FOOTER]) for paragraph in story[:4])


def test_the_authors_box_is_not_the_article() -> None:
    # The post is its standfirst and a list; the author's box under it weighs more.
    deck = "Today we expose a ring of thieves who fill out fake dating profiles with your photos."
    items = ["Leaked from today's episode:", "- The pope on Twitter.", "- An app for leftovers."]
    bio = (
        "Justin Yu covers headphones and peripherals for the site. When he's not testing "
        "gadgets he is out on his bike, and he writes about that too, at great length."
    )
    page = [*MENU, "Love at first swipe", deck, "by Justin Yu", "July 30, 2013", *items, *MENU]
    found = body([*page, "Tags: app, pope", "Justin Yu", bio, *FOOTER])
    assert deck in found
    assert "headphones" not in found


def test_a_lead_in_over_a_rule_opens_the_body() -> None:
    story = paragraphs(4, "bridge")
    lead_in = "From the council's statement on the bridge:"
    found = body([*MENU, "Bridge to close", "Image: Flickr", lead_in, "-------------", *story])
    assert found.startswith(lead_in)
    assert "---" not in found


def test_without_a_paragraph_the_post_is_the_sentence_under_its_date() -> None:
    post = "Listen to the review by Dennis Morton, above."
    tagline = "Thoughtful film critiques of the latest movies, with Dennis Morton & David Anthony"
    head = [*MENU, "The Film Gang", "February 8th, 2013", "Stand Up Guys", "Play | Download"]
    found = body([*head, post, "Tags: film, review", *MENU, "About", tagline, *FOOTER])
    assert post in found
    assert "critiques" not in found


def test_a_pictures_credit_inside_the_article_is_no_paragraph() -> None:
    story = paragraphs(4, "bridge")
    credits = ["© Jane Doe/Agency", "Foto: John Smith CC BY 2.0"]
    caption = "Photo: the old bridge seen from the river in 1920."
    page = [*MENU, "Bridge to close", story[0], credits[0], *story[1:3], credits[1], caption]
    found = body([*page, story[3], *FOOTER])
    assert all(text not in found for text in credits)
    assert caption in found and all(text in found for text in story)


def test_a_photos_caption_over_its_credit_is_no_paragraph() -> None:
    """The lead photo between the share buttons and the text: its caption, then its credit
    on a line of its own. A credit right under a paragraph (the test above) leaves it."""
    story = paragraphs(4, "bridge")
    caption = "The old bridge seen from the river, where the cracks were found in May."
    page = [*MENU, "Bridge to close", story[0], "Facebook Twitter Mail", caption, "Photo: Reuters"]
    found = body([*page, *story[1:], *FOOTER])
    assert caption not in found and all(text in found for text in story)


def test_a_box_of_a_sources_other_stories_inside_the_article_goes() -> None:
    """A "More from …" header and its links, set between the standfirst and the text."""
    story = paragraphs(4, "bridge")
    links = ["Ten Bridges Worth a Detour", "How to Cross a River on Foot", "Old Towns by Rail"]
    page = [*MENU, "Bridge to close", story[0], "More from Road & Rail", *links, *story[1:]]
    found = body([*page, *FOOTER])
    assert all(text in found for text in story)
    assert "Road & Rail" not in found and not any(link in found for link in links)


def test_the_authors_box_does_not_draw_the_body_over_links_above_it() -> None:
    # "Read more:" and two headlines, then the box on the byline's author: the article ends
    # at its last sentence, and neither the links nor the box are part of it.
    story = paragraphs(4, "museum")
    links = ["Museum reopens after a long restoration", "Why the city needs its museums"]
    bio = (
        "Jane Doe is a correspondent for The Daily Paper. She previously covered the "
        "Middle East and North Africa for the Christian Science Monitor and other outlets."
    )
    page = [*MENU, "Museum attacked", "By Jane Doe", "March 18, 2015", *story, "Read more:"]
    found = body([*page, *links, bio, "Share on Facebook", *FOOTER])
    assert story[-1] in found
    assert all(link not in found for link in links) and "correspondent" not in found


#: A security article's indicators of compromise, as a vendor's blog lists them under it.
INDICATORS = [
    "Indicators of compromise",
    "SHA256:",
    "3f2c9a1b7e8d4f6a0b5c2e9d8a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5",
    "A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8",
    "MD5: 5d41402abc4b2a76b9719d911017c592",
    "IP addresses:",
    "185.225.73.12",
    "91.215.85[.]147",
    "Domains:",
    "update-browser[.]live",
    "hxxps://cdn-nightdrop[.]com/gate.php",
]


def test_the_indicators_of_compromise_under_a_security_article_are_its_own() -> None:
    story = paragraphs(4, "malware loader")
    found = body([*MENU, "New loader spreads", *story, *INDICATORS, "Related stories", *FOOTER])
    assert all(line in found for line in INDICATORS)
    assert "Related stories" not in found and "Privacy policy" not in found


def test_one_address_under_an_article_is_no_list_of_indicators() -> None:
    story = paragraphs(4, "bridge")
    found = body([*MENU, "Bridge to close", *story, "Server:", "10.20.30.40", *FOOTER])
    assert "10.20.30.40" not in found


def test_a_profile_box_whose_blurb_was_cut_short_is_no_part_of_the_article() -> None:
    # The article, its share counter ("0", "SHARES"), then a company's profile box whose
    # overview the site cut with an ellipsis: no sentence ends below the article.
    story = paragraphs(4, "search")
    blurb = (
        "Overview Acme is a global platform that allows its users to send and read short "
        "messages known as notes. It enables registered users to read and post their notes "
        "through the web and mobile applications, with more than 400 million visitors …"
    )
    box = ["0", "SHARES", "Advertisement", "Company Profile", "Founded 2006", blurb]
    found = body([*MENU, *story, *box, "Location San Francisco, CA", *FOOTER])
    assert all(text in found for text in story)
    assert "Founded 2006" not in found and "Overview" not in found


def test_the_sites_plug_closing_the_article_goes() -> None:
    story = paragraphs(4, "software")
    plug = (
        "Like The Daily Paper? Consider making a contribution to support our growth. You can "
        "also follow us on Twitter, like us on Facebook, or add us to your RSS reader."
    )
    found = body([*MENU, *story, plug, "Share this:", "Email", *FOOTER])
    assert all(text in found for text in story)
    assert "Consider making" not in found


def test_a_last_paragraph_about_social_networks_stays() -> None:
    story = paragraphs(4, "campaign")
    last = (
        "The campaign asks supporters to follow it on Twitter and Facebook, and its "
        "organisers said on Monday that they would hold a rally in the square next week."
    )
    found = body([*MENU, *story, last, *FOOTER])
    assert last in found


@pytest.mark.parametrize("prompt", ["Click for larger image", "Tap to enlarge", "Bild vergrößern"])
def test_a_prompt_to_see_a_picture_larger_goes(prompt: str) -> None:
    story = paragraphs(6, "bridge")
    found = body([*MENU, "Old bridge to close", *story[:3], prompt, *story[3:], *FOOTER])
    assert prompt not in found
    assert story[3] in found


def test_an_ad_slots_sponsorship_label_inside_the_article_goes() -> None:
    story = paragraphs(8, "bridge")
    found = body([*MENU, *story[:4], "Article continues after sponsorship", *story[4:], *FOOTER])
    assert "sponsorship" not in found
    assert all(paragraph in found for paragraph in story)


def test_the_article_goes_on_past_a_one_line_pointer_to_another_story() -> None:
    story = paragraphs(6, "bridge")
    # Two sentences of many capitals: the sentence shape test takes them for a blurb.
    last = (
        "Survey work was done by Hill County Bridge Engineering Partners of New Haven. "
        "Hat tip to The Daily Bridge Report."
    )
    pointer = "RELATED: Old bridges across the region get a second look"
    page = [*MENU, "Bridge to close", *story, "Photo: City archive", pointer, last, *FOOTER]
    found = body(page)
    assert all(paragraph in found for paragraph in story)
    assert last in found
    assert "Old bridges across" not in found
    assert "Privacy policy" not in found


def test_a_pointer_under_the_article_does_not_take_in_another_story() -> None:
    story = paragraphs(6, "bridge")
    teaser = "Gourmet chef Anna Lee opens three Paris bistros. Lunch menus change daily."
    page = [*MENU, "Bridge to close", *story, "Read more: Chef opens a bistro", teaser, *FOOTER]
    found = body(page)
    assert all(paragraph in found for paragraph in story)
    assert teaser not in found


def test_the_lead_pictures_caption_printed_with_its_toggle_opens_the_body() -> None:
    caption = "Mayor Ann Lee tours the Old Mill Bridge in Hill County, N.Y., on March 4."
    picture = [
        "Enlarge this image",
        f"{caption} Jane Roe/AP hide caption",
        "toggle caption",
        "Jane Roe/AP",
        caption,
        "Jane Roe/AP",
    ]
    story = paragraphs(6, "bridge")
    found = body([*MENU, "Bridge to close", "By Ann Smith", *picture, *story, *FOOTER])
    assert caption in found
    assert all(paragraph in found for paragraph in story)
    assert "Enlarge this image" not in found
    assert "hide caption" not in found
    assert "Ann Smith" not in found
