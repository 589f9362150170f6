"""A meeting's discussion (issue 24, item 9): who reads it, posting, editing, deleting, hiding, reporting,
and every bad input answered with its status and its message, changing nothing."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from pytest_django.asserts import assertRedirects

from circles import discussion
from circles.models import Post, PostReport
from circles.tests.discussion_factories import make_circle, make_meeting, make_member, make_post
from tests.helpers import HTMX, main_text, make_user, message, parse, stored_rows, text_of, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def talk(db):
    """A circle led by `animatrice` with a meeting, two members (Marie J., Ti Jan) and a post by each; an
    account outside it, and the facilitator of another circle."""
    facilitator = make_user("animatrice")
    circle = make_circle(facilitator)
    meeting = make_meeting(circle)
    marie = make_member(circle, "marie", "Marie J.")
    jean = make_member(circle, "jean", "Ti Jan")
    other_leader = make_user("autre")
    make_circle(other_leader, name="Un autre cercle")
    return {
        "facilitator": facilitator,
        "circle": circle,
        "meeting": meeting,
        "marie": marie,
        "jean": jean,
        "outsider": make_user("curieux"),
        "other_leader": other_leader,
        "marie_post": make_post(meeting, marie, "Le texte de Marie."),
        "jean_post": make_post(meeting, jean, "Le texte de Jean."),
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def thread_url(talk, language="fr"):
    return url("circle_posts", talk["circle"].pk, talk["meeting"].pk, language=language)


def meeting_url(talk, language="fr"):
    """Where a change made without JavaScript lands: the meeting's page, which shows the thread."""
    return url("circles:meeting", talk["circle"].pk, talk["meeting"].pk, language=language)


def post_url(name, talk, post, language="fr"):
    return url(name, talk["circle"].pk, talk["meeting"].pk, post.pk, language=language)


def posts_as_stored():
    return list(Post.objects.order_by("pk").values())


class Unchanged:
    """Every table's row count and every post's fields, to compare after a refused request."""

    def __init__(self):
        # A test's clients sign in after the first look: their sessions are no change of ours.
        self.rows = {label: count for label, count in stored_rows().items() if label != "sessions.Session"}
        self.posts = posts_as_stored()

    def __eq__(self, other):
        return (self.rows, self.posts) == (other.rows, other.posts)


def assert_refused(response, status, text, language="fr", **values):
    assert response.status_code == status
    assert message(text, language, **values) in text_of(response)


# Who reads the thread.


def test_anonymous_visitors_are_sent_to_sign_in(client, talk):
    response = client.get(thread_url(talk))

    assertRedirects(response, f"{url('login')}?next={thread_url(talk)}", fetch_redirect_response=False)


@pytest.mark.parametrize("who", ["outsider", "other_leader"])
def test_someone_outside_the_circle_sees_neither_posts_nor_members(talk, who):
    response = client_for(talk[who]).get(thread_url(talk))

    assert_refused(response, 403, "Only the circle's members and facilitators can read its discussion.")
    for hidden in ("Marie J.", "Ti Jan", "Le texte de Marie.", "marie", "Cercle de Jacmel"):
        assert hidden not in response.content.decode()


def test_the_refusal_is_in_the_visitors_language(talk):
    response = client_for(talk["outsider"]).get(thread_url(talk, "ht"))

    assert_refused(response, 403, "Only the circle's members and facilitators can read its discussion.", "ht")
    assert message("Only the circle's members and facilitators can read its discussion.", "ht") != (
        message("Only the circle's members and facilitators can read its discussion.", "en")
    )


def test_members_see_each_post_as_an_article_by_circle_name_with_its_time(talk):
    make_post(talk["meeting"], talk["facilitator"], "Le mot de l'animatrice.")

    response = client_for(talk["marie"]).get(thread_url(talk))

    with translation.override("fr"):
        facilitator_label = translation.pgettext("circle discussion", "Facilitator")
    assert response.status_code == 200
    articles = parse(response).select("article.post")
    assert [text_of(article.select_one(".post-author")) for article in articles] == [
        "Marie J.",
        "Ti Jan",
        f"animatrice {facilitator_label}",
    ]
    assert all(article.select_one("time[datetime]") for article in articles)
    assert "Le texte de Jean." in main_text(response)
    content = response.content.decode()
    assert "jean" not in content.replace("Jean", "")  # a member's username never shows
    assert f'id="post-{talk["jean_post"].pk}"' in content


def test_facilitators_read_the_thread(talk):
    response = client_for(talk["facilitator"]).get(thread_url(talk))

    assert response.status_code == 200
    assert "Le texte de Marie." in main_text(response)


def test_the_thread_is_read_in_a_fixed_number_of_queries(talk):
    client = client_for(talk["marie"])
    client.get(thread_url(talk))  # the caches of content types and such, filled once

    def queries_for_thread():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(thread_url(talk)).status_code == 200
        return len(captured)

    few = queries_for_thread()
    for n in range(8):
        make_post(talk["meeting"], talk["jean"], f"Encore {n}")
    assert queries_for_thread() == few


# Posting.


def test_a_member_posts_and_lands_on_the_post(talk):
    response = client_for(talk["marie"]).post(thread_url(talk), {"text": "Une question sur le module 2."})

    post = Post.objects.get(text="Une question sur le module 2.")
    assert post.author == talk["marie"] and post.meeting == talk["meeting"]
    assertRedirects(response, f"{meeting_url(talk)}#post-{post.pk}", fetch_redirect_response=False)


def test_a_post_with_htmx_gets_the_thread_and_the_news(talk):
    response = client_for(talk["jean"]).post(thread_url(talk), {"text": "Mèsi pou dokiman an."}, headers=HTMX)

    assert response.status_code == 200
    post = Post.objects.get(text="Mèsi pou dokiman an.")
    html = parse(response)
    assert html.select_one(f"#thread-{talk['meeting'].pk} #post-{post.pk}[data-discussion-focus]")
    news = html.select_one(f"#discussion-news-{talk['meeting'].pk}[data-hx-swap-oob=innerHTML]")
    assert text_of(news) == message("Your post is published.")
    assert response["Vary"].count("HX-Request")


def test_facilitators_post_too(talk):
    response = client_for(talk["facilitator"]).post(thread_url(talk), {"text": "Rendez-vous à 18 h."})

    assert response.status_code == 302
    assert Post.objects.filter(author=talk["facilitator"], text="Rendez-vous à 18 h.").exists()


def test_line_breaks_are_kept_and_shown(talk):
    client_for(talk["marie"]).post(thread_url(talk), {"text": "Ligne un\r\nLigne deux"})

    post = Post.objects.get(author=talk["marie"], text__startswith="Ligne")
    assert post.text == "Ligne un\nLigne deux"
    assert "Ligne un<br>Ligne deux" in client_for(talk["jean"]).get(thread_url(talk)).content.decode()


def test_a_post_of_2000_characters_is_taken(talk):
    response = client_for(talk["marie"]).post(thread_url(talk), {"text": "a" * 2000})

    assert response.status_code == 302
    assert Post.objects.filter(text="a" * 2000).exists()


@pytest.mark.parametrize("who", ["outsider", "other_leader"])
def test_someone_outside_the_circle_cannot_post(talk, who):
    before = Unchanged()

    response = client_for(talk[who]).post(thread_url(talk), {"text": "Je m'invite."})

    assert_refused(response, 403, "Only the circle's members and facilitators can read its discussion.")
    assert "Le texte de Marie." not in response.content.decode()
    assert Unchanged() == before


def test_someone_outside_the_circle_cannot_post_with_htmx_either(talk):
    before = Unchanged()

    response = client_for(talk["outsider"]).post(thread_url(talk), {"text": "Je m'invite."}, headers=HTMX)

    assert_refused(response, 403, "Only the circle's members and facilitators can read its discussion.")
    assert "Le texte de Marie." not in response.content.decode()
    assert response["HX-Retarget"] == f"#discussion-news-{talk['meeting'].pk}"
    assert Unchanged() == before


@pytest.mark.parametrize("text", ["", "   \r\n  "])
def test_an_empty_post_is_refused(talk, text):
    before = Unchanged()

    response = client_for(talk["marie"]).post(thread_url(talk), {"text": text})

    assert_refused(response, 400, "Write something before posting.")
    assert parse(response).select_one("form.post-form textarea")
    assert Unchanged() == before


def test_an_oversized_post_is_refused_and_the_text_kept(talk):
    before = Unchanged()
    text = "é" * 2001

    response = client_for(talk["marie"]).post(thread_url(talk, "en"), {"text": text})

    assert_refused(
        response,
        400,
        "A post is %(max)s characters at most; this one has %(count)s.",
        "en",
        max=2000,
        count=2001,
    )
    assert parse(response).select_one("form.post-form textarea").get_text() == text
    assert Unchanged() == before


def test_an_empty_post_with_htmx_gets_the_message_in_the_live_region(talk):
    before = Unchanged()

    response = client_for(talk["marie"]).post(thread_url(talk, "es"), {"text": ""}, headers=HTMX)

    assert_refused(response, 400, "Write something before posting.", "es")
    assert response["HX-Retarget"] == f"#discussion-news-{talk['meeting'].pk}"
    assert response["HX-Reswap"] == "innerHTML"
    assert Unchanged() == before


def test_html_in_a_post_is_stored_as_text_and_shown_escaped(talk):
    text = '<script>alert("x")</script><b>gras</b> <img src=x onerror=alert(1)>'
    client_for(talk["marie"]).post(thread_url(talk), {"text": text})

    assert Post.objects.filter(text=text).exists()
    response = client_for(talk["jean"]).get(thread_url(talk))
    article = parse(response).select("article.post")[-1]
    assert not article.select("script, b, img")
    assert text_of(article.select_one(".post-text")) == text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in response.content.decode()


def test_links_are_made_clickable_and_never_run_script(talk):
    text = (
        "Lire https://example.org/guide?p=1&q=2 et www.ilo.org. "
        'Pas javascript:alert(1) ni <a href="javascript:alert(2)">ceci</a>.'
    )
    make_post(talk["meeting"], talk["marie"], text)

    article = parse(client_for(talk["jean"]).get(thread_url(talk))).select("article.post")[-1]
    links = article.select(".post-text a")
    assert [link["href"] for link in links] == ["https://example.org/guide?p=1&q=2", "http://www.ilo.org"]
    assert all(link["rel"] == ["nofollow", "noopener", "ugc"] for link in links)
    assert "javascript:alert(2)" in text_of(article)  # shown, as text


def test_a_post_with_a_nul_character_is_a_400_and_stores_nothing(talk):
    before = Unchanged()

    response = client_for(talk["marie"]).post(thread_url(talk), {"text": "avant\x00après"})

    assert response.status_code == 400
    assert Unchanged() == before


@pytest.mark.parametrize("character", ["\x1b", "\x07", "\u202e", "\t"])
def test_other_control_characters_are_refused(talk, character):
    before = Unchanged()

    response = client_for(talk["marie"]).post(thread_url(talk), {"text": f"texte{character}caché"})

    assert_refused(response, 400, "Remove the invisible or control characters from your post.")
    assert Unchanged() == before


def test_an_archived_circles_thread_is_read_only(talk):
    talk["circle"].archived_at = timezone.now()
    talk["circle"].save()
    before = Unchanged()
    client = client_for(talk["marie"])

    page = client.get(thread_url(talk))
    response = client.post(thread_url(talk), {"text": "Trop tard ?"})
    delete = client.post(post_url("circle_post_delete", talk, talk["marie_post"]))
    hide = client_for(talk["facilitator"]).post(
        post_url("circle_post_hide", talk, talk["jean_post"]), {"reason": "Hors sujet"}
    )

    assert page.status_code == 200
    assert "Le texte de Marie." in main_text(page)
    assert not parse(page).select("main form")
    assert message("This circle is archived: its discussion can be read, no longer changed.") in main_text(
        page
    )
    for refused in (response, delete, hide):
        assert_refused(
            refused, 403, "This circle is archived: its discussion can be read, no longer changed."
        )
    assert Unchanged() == before


def test_a_meeting_of_another_circle_is_not_found(talk):
    other = make_circle(talk["facilitator"], name="Deuxième cercle")
    before = Unchanged()

    response = client_for(talk["marie"]).post(
        url("circle_posts", other.pk, talk["meeting"].pk), {"text": "Ailleurs."}
    )

    assert response.status_code == 404
    assert Unchanged() == before


# Editing and deleting one's own posts.


def test_authors_edit_their_post_and_it_shows_edited(talk):
    client = client_for(talk["marie"])
    assert client.get(post_url("circle_post_edit", talk, talk["marie_post"])).status_code == 200

    response = client.post(post_url("circle_post_edit", talk, talk["marie_post"]), {"text": "Corrigé."})

    assertRedirects(
        response, f"{meeting_url(talk)}#post-{talk['marie_post'].pk}", fetch_redirect_response=False
    )
    post = Post.objects.get(pk=talk["marie_post"].pk)
    assert post.text == "Corrigé." and post.edited_at is not None
    article = parse(client.get(thread_url(talk))).select_one(f"#post-{post.pk}")
    assert message("edited") in text_of(article.select_one(".post-header"))


def test_an_edit_refused_for_its_text_shows_the_form_again(talk):
    before = Unchanged()

    response = client_for(talk["marie"]).post(
        post_url("circle_post_edit", talk, talk["marie_post"]), {"text": " "}
    )

    assert_refused(response, 400, "Write something before posting.")
    assert parse(response).select_one("form.post-form textarea")
    assert Unchanged() == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_members_cannot_edit_someone_elses_post(talk, method):
    before = Unchanged()

    response = getattr(client_for(talk["jean"]), method)(
        post_url("circle_post_edit", talk, talk["marie_post"]), {"text": "Pris en main."}
    )

    assert_refused(response, 403, "You can only edit your own posts.")
    assert Unchanged() == before


def test_facilitators_cannot_edit_a_members_post(talk):
    before = Unchanged()

    response = client_for(talk["facilitator"]).post(
        post_url("circle_post_edit", talk, talk["marie_post"]), {"text": "Censuré."}
    )

    assert_refused(response, 403, "You can only edit your own posts.")
    assert Unchanged() == before


def test_a_hidden_post_cannot_be_edited(talk):
    Post.objects.filter(pk=talk["marie_post"].pk).update(hidden_at=timezone.now(), hidden_reason="Hors sujet")
    before = Unchanged()

    response = client_for(talk["marie"]).post(
        post_url("circle_post_edit", talk, talk["marie_post"]), {"text": "Autre."}
    )

    assert_refused(response, 409, "A hidden post cannot be edited.")
    assert Unchanged() == before


def test_authors_delete_their_post_and_it_disappears(talk):
    client = client_for(talk["marie"])

    response = client.post(post_url("circle_post_delete", talk, talk["marie_post"]))

    assertRedirects(
        response, f"{meeting_url(talk)}#thread-{talk['meeting'].pk}", fetch_redirect_response=False
    )
    assert not Post.objects.filter(pk=talk["marie_post"].pk).exists()
    assert "Le texte de Marie." not in main_text(client.get(thread_url(talk)))


def test_deleting_with_htmx_swaps_the_thread(talk):
    response = client_for(talk["marie"]).post(
        post_url("circle_post_delete", talk, talk["marie_post"]), headers=HTMX
    )

    assert response.status_code == 200
    assert "Le texte de Marie." not in text_of(response)
    assert message("Your post is deleted.") in text_of(response)


@pytest.mark.parametrize("who", ["jean", "facilitator", "other_leader"])
def test_nobody_deletes_someone_elses_post(talk, who):
    before = Unchanged()

    response = client_for(talk[who]).post(post_url("circle_post_delete", talk, talk["marie_post"]))

    expected = (
        "Only the circle's members and facilitators can read its discussion."
        if who == "other_leader"
        else "You can only delete your own posts."
    )
    assert_refused(response, 403, expected)
    assert Unchanged() == before


def test_a_post_of_another_meeting_is_not_found(talk):
    other_meeting = make_meeting(talk["circle"])
    before = Unchanged()

    response = client_for(talk["marie"]).post(
        url("circle_post_delete", talk["circle"].pk, other_meeting.pk, talk["marie_post"].pk)
    )

    assert response.status_code == 404
    assert Unchanged() == before


# Hiding.


def test_facilitators_hide_a_post_with_a_reason_members_and_its_author_read(talk):
    response = client_for(talk["facilitator"]).post(
        post_url("circle_post_hide", talk, talk["jean_post"]), {"reason": "Propos blessants"}
    )

    assert response.status_code == 302
    post = Post.objects.get(pk=talk["jean_post"].pk)
    assert (
        post.hidden_at and post.hidden_by == talk["facilitator"] and post.hidden_reason == "Propos blessants"
    )
    notice = message("Hidden by the facilitator: %(reason)s", reason="Propos blessants")
    for reader in ("marie", "jean"):
        article = parse(client_for(talk[reader]).get(thread_url(talk))).select_one(f"#post-{post.pk}")
        assert notice in text_of(article)
        assert "Le texte de Jean." not in text_of(article)
    facilitator_view = parse(client_for(talk["facilitator"]).get(thread_url(talk))).select_one(
        f"#post-{post.pk}"
    )
    assert notice in text_of(facilitator_view) and "Le texte de Jean." in text_of(facilitator_view)


def test_the_co_facilitator_hides_and_shows_again_with_htmx(talk):
    co = make_user("coanim")
    talk["circle"].co_facilitator = co
    talk["circle"].save()
    client = client_for(co)

    hidden = client.post(
        post_url("circle_post_hide", talk, talk["jean_post"]), {"reason": "Doublon"}, headers=HTMX
    )
    assert hidden.status_code == 200
    assert message("The post is hidden from the members.") in text_of(hidden)
    assert Post.objects.get(pk=talk["jean_post"].pk).hidden_reason == "Doublon"

    shown = client.post(post_url("circle_post_unhide", talk, talk["jean_post"]), headers=HTMX)
    assert shown.status_code == 200
    post = Post.objects.get(pk=talk["jean_post"].pk)
    assert (post.hidden_at, post.hidden_reason, post.hidden_by) == (None, "", None)
    assert "Le texte de Jean." in text_of(client_for(talk["marie"]).get(thread_url(talk)))


def test_hiding_needs_a_reason(talk):
    before = Unchanged()

    response = client_for(talk["facilitator"]).post(
        post_url("circle_post_hide", talk, talk["jean_post"]), {"reason": " "}
    )

    assert_refused(response, 400, "Say why the post is hidden: the members will read it.")
    assert Unchanged() == before


@pytest.mark.parametrize("who", ["marie", "jean"])
def test_members_cannot_hide_a_post(talk, who):
    before = Unchanged()

    response = client_for(talk[who]).post(
        post_url("circle_post_hide", talk, talk["jean_post"]), {"reason": "Je préfère pas"}
    )

    assert_refused(response, 403, "Only the circle's facilitators can hide a post.")
    assert Unchanged() == before


def test_members_cannot_show_a_hidden_post_again(talk):
    Post.objects.filter(pk=talk["jean_post"].pk).update(hidden_at=timezone.now(), hidden_reason="Hors sujet")
    before = Unchanged()

    response = client_for(talk["jean"]).post(post_url("circle_post_unhide", talk, talk["jean_post"]))

    assert_refused(response, 403, "Only the circle's facilitators can show a hidden post again.")
    assert Unchanged() == before


@pytest.mark.parametrize("action", ["circle_post_hide", "circle_post_unhide"])
def test_a_facilitator_of_another_circle_cannot_hide_or_show(talk, action):
    before = Unchanged()

    response = client_for(talk["other_leader"]).post(
        post_url(action, talk, talk["jean_post"]), {"reason": "x"}
    )

    assert_refused(response, 403, "Only the circle's members and facilitators can read its discussion.")
    assert "Le texte de Jean." not in response.content.decode()
    assert Unchanged() == before


def test_a_gets_on_a_form_address_is_refused(talk):
    before = Unchanged()

    response = client_for(talk["facilitator"]).get(post_url("circle_post_hide", talk, talk["jean_post"]))

    assert response.status_code == 405
    assert Unchanged() == before


# Reporting.


def test_members_report_a_post_once_and_facilitators_see_the_count_and_reasons(talk):
    third = make_member(talk["circle"], "rose", "Rose")
    first = client_for(talk["marie"]).post(
        post_url("circle_post_report", talk, talk["jean_post"]), {"reason": "Insultant"}
    )
    second = client_for(third).post(post_url("circle_post_report", talk, talk["jean_post"]), {"reason": ""})

    assert first.status_code == second.status_code == 302
    assert PostReport.objects.filter(post=talk["jean_post"]).count() == 2
    article = parse(client_for(talk["facilitator"]).get(thread_url(talk))).select_one(
        f"#post-{talk['jean_post'].pk}"
    )
    reports = text_of(article.select_one(".post-reports"))
    with translation.override("fr"):
        count = translation.ngettext("Reported by %(counter)s member.", "Reported by %(counter)s members.", 2)
    assert count % {"counter": 2} in reports
    assert "Insultant" in reports and message("(no reason given)") in reports
    assert "Marie" not in reports and "Rose" not in reports  # who reported is not shown
    as_reporter = parse(client_for(talk["marie"]).get(thread_url(talk))).select_one(
        f"#post-{talk['jean_post'].pk}"
    )
    assert message("You reported this post to the facilitators.") in text_of(as_reporter)
    assert not as_reporter.select(".post-reports")


def test_a_second_report_by_the_same_member_is_refused(talk):
    client = client_for(talk["marie"])
    client.post(post_url("circle_post_report", talk, talk["jean_post"]), {"reason": "Insultant"})
    before = Unchanged(), list(PostReport.objects.values())

    response = client.post(post_url("circle_post_report", talk, talk["jean_post"]), {"reason": "Encore"})

    assert_refused(response, 409, "You have already reported this post.")
    assert (Unchanged(), list(PostReport.objects.values())) == before


def test_reporting_ones_own_post_is_refused(talk):
    before = Unchanged()

    response = client_for(talk["marie"]).post(post_url("circle_post_report", talk, talk["marie_post"]))

    assert_refused(response, 400, "You cannot report your own post: edit or delete it.")
    assert Unchanged() == before


@pytest.mark.parametrize("who", ["facilitator", "outsider"])
def test_facilitators_and_outsiders_do_not_report(talk, who):
    before = Unchanged()

    response = client_for(talk[who]).post(post_url("circle_post_report", talk, talk["jean_post"]))

    expected = {
        "facilitator": "Facilitators hide a post rather than report it.",
        "outsider": "Only the circle's members and facilitators can read its discussion.",
    }[who]
    assert_refused(response, 403, expected)
    assert Unchanged() == before


def test_a_report_reason_with_control_characters_is_refused(talk):
    before = Unchanged()

    response = client_for(talk["marie"]).post(
        post_url("circle_post_report", talk, talk["jean_post"]), {"reason": "a\u202eb"}
    )

    assert_refused(response, 400, "Remove the invisible or control characters from the reason.")
    assert Unchanged() == before


@pytest.mark.parametrize("huge", ["9223372036854775808", "99999999999999999999999999"])
def test_ids_past_the_databases_integers_are_not_found(talk, huge):
    client = client_for(talk["marie"])
    base = f"/fr/circles/{talk['circle'].pk}/meetings/{talk['meeting'].pk}/posts/"
    before = Unchanged()

    responses = [
        client.get(f"/fr/circles/{huge}/meetings/{talk['meeting'].pk}/posts/"),
        client.post(f"/fr/circles/{talk['circle'].pk}/meetings/{huge}/posts/", {"text": "x"}),
        client.post(f"{base}{huge}/delete/"),
        client.get(f"{base}{huge}/edit/"),
    ]

    assert [response.status_code for response in responses] == [404] * 4
    assert Unchanged() == before


@pytest.mark.parametrize("rule", ["edit", "hide", "unhide"])
def test_a_post_deleted_meanwhile_is_refused_not_an_error(talk, rule):
    """The author deletes the post between the moment a request finds it and the moment it changes it."""
    post = Post.objects.select_related("meeting__circle").get(pk=talk["marie_post"].pk)
    Post.objects.filter(pk=post.pk).delete()
    user, argument = {"edit": (talk["marie"], "Nouveau."), "hide": (talk["facilitator"], "Hors sujet")}.get(
        rule, (talk["facilitator"], None)
    )
    before = Unchanged()

    with pytest.raises(discussion.DiscussionRefused) as refused:
        getattr(discussion, rule)(user, post, *([argument] if argument else []))

    assert refused.value.status == 404
    assert Unchanged() == before


def test_the_posts_of_someone_who_left_show_as_a_former_members(talk):
    talk["circle"].memberships.filter(user=talk["jean"]).delete()

    response = client_for(talk["marie"]).get(thread_url(talk))

    article = parse(response).select_one(f"#post-{talk['jean_post'].pk}")
    assert text_of(article.select_one(".post-author")) == message("A former member")
    assert "Ti Jan" not in response.content.decode() and "jean" not in response.content.decode()
