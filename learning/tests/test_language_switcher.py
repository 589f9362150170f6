"""The language switcher leads to the same page in every language: a translation, an alias, the same view."""

from learning.tests.html import get, link_paths

SWITCHER = ".language-switcher a[href]"


def switcher_links(response):
    return dict(zip(["fr", "en", "es", "ht"], link_paths(response, SWITCHER), strict=True))


def test_lesson_switcher_links_to_its_translation_and_its_aliases(client, site_in_four_languages):
    lessons = {code: pages["lesson"] for code, pages in site_in_four_languages.items()}

    response = get(client, lessons["fr"].get_url())

    assert switcher_links(response) == {code: lesson.get_url() for code, lesson in lessons.items()}
    assert lessons["en"].get_url() == "/en/courses/a-course/module-one/lesson-1/"
    assert lessons["es"].get_url() == "/es/cours/un-cours/module-1/lecon-1/"


def test_switcher_on_an_alias_links_back_to_the_french_lesson(client, site_in_four_languages):
    response = get(client, site_in_four_languages["ht"]["lesson"].get_url())

    assert switcher_links(response)["fr"] == site_in_four_languages["fr"]["lesson"].get_url()


def test_search_page_switcher_links_to_the_search_page_in_each_language(client, home):
    response = get(client, "/fr/search/")

    assert switcher_links(response) == {
        "fr": "/fr/search/",
        "en": "/en/search/",
        "es": "/es/search/",
        "ht": "/ht/search/",
    }
