"""After the article: comment threads, forms and slideshows are left out."""

from __future__ import annotations

from tests.readers.text.pages import FOOTER, MENU, SUBJECTS, body, paragraphs

from newsconv.readers.text.features import Kind, describe


def comments(count: int) -> list[str]:
    """A comment thread: a name and a date, the comment, then its widgets."""
    thread = []
    for n in range(count):
        opinion = (
            f"I think the {n}th point is wrong, and the council should have known it "
            "long before the engineers were asked, because everyone here saw the cracks."
        )
        thread += [f"Reader {n} · March {n + 1}, 2017 at 1:{n:02d} AM", opinion, "Reply"]
    return thread


def test_a_comment_thread_after_the_article_is_dropped() -> None:
    story = paragraphs(3, "bridge")
    found = body([*MENU, *story, *comments(8), *FOOTER])
    assert all(text in found for text in story)
    assert "wrong" not in found


def test_a_thread_stamped_at_the_end_of_its_numbered_items_is_dropped() -> None:
    """lynx joins a numbered comment's rows: the avatar's title, the name and the date on
    one line over the comment, then the widgets."""
    story = paragraphs(3, "bridge")
    thread = []
    for n, opinion in enumerate(paragraphs(5, "parking")):
        item = f"{n + 1}. Log in to see the profile of reader{n} 28.oct.2012 | 11:{n:02d}"
        thread += [item, f"#{n + 11}", opinion, "Reply Quote", "Rate", "Report"]
    found = body([*MENU, *story, *thread, *FOOTER])
    assert all(text in found for text in story)
    assert "parking" not in found


def test_a_count_of_comments_heads_them() -> None:
    kinds = [line.kind for line in describe(["There are 13 comments", "comments"])]
    assert kinds == [Kind.END, Kind.END]


def test_a_form_after_the_article_ends_it() -> None:
    story = paragraphs(3, "bridge")
    rules = paragraphs(2, "comment policy")
    form = ["Name (*):", "Email (*):", "Comment:", *rules]
    found = body([*MENU, *story, *form, *FOOTER])
    assert all(text in found for text in story)
    assert not any(text in found for text in rules)


def test_keys_of_code_a_paragraph_announces_are_no_form() -> None:
    story = paragraphs(3, "bridge")
    lead = story[1].rstrip(".") + ", in this file:"
    code = ["version: 2", "services:", "web-app:", "build:", "context: ./", "command: run"]
    found = body([*MENU, story[0], lead, *code, story[1], story[2], *FOOTER])
    assert all(text in found for text in story)


def test_a_widget_between_paragraphs_is_no_thread() -> None:
    story: list[str] = []
    for n, paragraph in enumerate(paragraphs(8, "bridge")):
        story += ["Advertisement", f"(Photo: {SUBJECTS[n % len(SUBJECTS)]})", paragraph]
    found = body([*MENU, *story, *FOOTER])
    assert all(text in found for text in story[2::3])


def test_a_slideshow_after_the_article_is_dropped() -> None:
    story = paragraphs(3, "hotel")
    credits = ["Getty", "Rex", "Reuters", "AP"]
    slides: list[str] = []
    for n, caption in enumerate(paragraphs(12, "deal")):
        slides += [f"{n + 1}/12 {MENU[n % len(MENU)]} deal", caption, credits[n % 4]]
    found = body([*MENU, *story, "Business in pictures", *slides, *FOOTER])
    assert all(text in found for text in story)
    assert "deal" not in found


def test_a_live_blog_is_the_article() -> None:
    entries: list[str] = []
    for n, entry in enumerate(paragraphs(8, "storm")):
        entries += [f"12:{n:02d}", entry, "Share"]
    found = body([*MENU, "Live: the storm hits the coast", "Updated 12:45 GMT", *entries])
    assert all(entry in found for entry in entries[1::3])


def teasers(count: int, *, cut: bool) -> list[str]:
    """A feed of teasers: a headline, an excerpt (cut with "[…]" or not), a link to the rest."""
    feed = []
    for n in range(count):
        excerpt = (
            f"Our {n}th pick is a long and thoughtful essay on how the old town markets were "
            "run for centuries, who ran them, and how the guilds kept the prices of bread"
        )
        feed += [f"Markets of the old town, part {n}", excerpt + (" […]" if cut else "."), "MORE"]
    return feed


def test_a_feed_of_cut_excerpts_after_a_short_post_is_dropped() -> None:
    post = paragraphs(1, "bridge")
    found = body([*MENU, "Bridge to close", *post, "Share", *teasers(6, cut=True), *FOOTER])
    assert post[0] in found
    assert "markets" not in found


def test_items_with_a_link_each_and_whole_paragraphs_stay() -> None:
    post = paragraphs(1, "bridge")
    found = body([*MENU, "Bridge to close", *post, "Share", *teasers(6, cut=False), *FOOTER])
    assert "Our 5th pick" in found


def test_the_last_comment_under_its_widget_is_in_the_thread() -> None:
    # Each item: its widget, a name and a time, the comment, "Reply". The last comment,
    # after the last widget, is long enough to outweigh a short article on its own.
    story = paragraphs(3, "bridge")
    thread: list[str] = []
    for n, opinion in enumerate(paragraphs(4, "comment")):
        thread += ["Flag as Offensive", f"reader{n} on Sep {n + 1}, 3:{n:02d} PM said:", opinion]
        thread += ["Reply"]
    rant = " ".join(paragraphs(5, "rant"))
    thread += ["Flag as Offensive", "last on Sep 9, 5:00 AM said:", rant, "Reply"]
    found = body([*MENU, "Bridge to close", *story, "5 Comments", *thread, "Send Us A Tip!"])
    assert all(text in found for text in story)
    assert "rant" not in found


def test_a_comments_header_under_the_article_closes_the_page() -> None:
    # Under the comments, the comment policy and the sidebar's "About" text outweigh a
    # short article: none of it is the article.
    story = paragraphs(4, "bridge")
    policy = paragraphs(6, "comment policy")
    thread = ["Leave a comment", "Comments [1]", "Susan from Toledo", paragraphs(1, "show")[0]]
    found = body([*MENU, "Bridge to close", *story, *thread, "Leave a Comment", *policy, *FOOTER])
    assert all(text in found for text in story)
    assert "policy" not in found


def test_a_comments_link_over_the_article_closes_nothing() -> None:
    deck = paragraphs(1, "deck")
    story = paragraphs(4, "bridge")
    found = body([*MENU, "Bridge to close", *deck, "12 Comments", *story, *FOOTER])
    assert all(text in found for text in story)


def test_paragraphs_numbered_on_lines_of_their_own_are_no_thread() -> None:
    story = paragraphs(3, "bridge")
    questions: list[str] = []
    for n, question in enumerate(paragraphs(5, "question")):
        questions += [f"{n + 1}.", question]
    found = body([*MENU, "Bridge to close", *story, "Answer these:", *questions, *FOOTER])
    assert all(text in found for text in questions[1::2])


def test_pingbacks_quoting_a_short_post_weigh_once() -> None:
    # Each pingback quotes most of the one-paragraph post; three of them outweighed it,
    # though they add one paragraph.
    post = (
        "Life surprises one with small joys now and then. Strolling through the old quarter "
        "the other day, I saw a basket on a long string hanging from a balcony on the fourth "
        "floor, with a sign offering a drawing for twenty cents. Of course we paid and waited."
    )
    quote = (
        "[…] Strolling through the old quarter the other day, a basket on a long string hung "
        "from a balcony on the fourth floor, with a sign offering a drawing for twenty […]"
    )
    pingbacks: list[str] = []
    for n in range(3):
        pingbacks += [f"Pingback from Links of the week | 1{n}.09.2011 23:3{n}", quote]
    page = [*MENU, "A basket", "11.09.2011 by stefan", post, "Tags: basket", "3 Comments"]
    found = body([*page, *pingbacks, *FOOTER])
    assert post in found
    assert "Pingback" not in found
