"""In Chromium, axe-core finds no accessibility violation on the pages of the demo site, at a phone's width
(320 px) and a desktop's (1280 px), and no page is wider than the window (WCAG 1.4.10, reflow, which axe
does not check): as an anonymous visitor, a learner and a facilitator, in French, in Haitian Creole and on a
Spanish page that is not translated yet.

One test walks through every page and reports all the violations at once. The heading levels of lesson
blocks, which depend on where a block stands in the lesson, are also checked without a browser."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from campaigns.models import CampaignIndexPage, CampaignPage
from learning.blocks import LessonBodyBlock
from learning.demo.accounts import DEMO_PASSWORD
from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from quizzes.models import QuizPage

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = (320, 1280)

# axe reports these two rules' failures as "needs review", as a script might still add a missing element or a
# duplicated id might be harmless. Our pages are rendered by the server: an ARIA reference (aria-describedby,
# aria-labelledby) to an id that no element has, or that two have, means a screen reader misses or mixes up
# what the reference names, such as a field's error message. Count them as violations.
FAILED_REVIEWS = {"aria-valid-attr-value", "duplicate-id-aria"}
AXE_OPTIONS = {"resultTypes": ["violations", "incomplete"]}

# The elements that stick out of the window on the right, innermost first (none if the page fits).
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const sticksOut = (element) => element.getBoundingClientRect().right > width + 1;
  const found = [...document.body.querySelectorAll("*")]
    .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
    .map((element) => [element.tagName.toLowerCase(), ...element.classList].join("."));
  return found.length ? found.slice(0, 5) : ["(no element found)"];
}"""


def french(model, **filters):
    """The URL path of the first live French page of `model` (matching `filters`)."""
    return model.objects.live().filter(locale__language_code="fr", **filters).first().get_url()


class Audit:
    """Runs axe on the browser's current page at each width and keeps every violation it reports."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.axe = Axe()
        self.checked = []
        self.violations = []

    def visit(self, path, name):
        self.page.goto(self.base_url + path)
        self.check(name)

    def check(self, name):
        self.checked.append(name)
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 800})
            results = self.axe.run(self.page, options=AXE_OPTIONS).response
            reviews = [review for review in results["incomplete"] if review["id"] in FAILED_REVIEWS]
            for violation in results["violations"] + reviews:
                targets = " | ".join(selector(node["target"]) for node in violation["nodes"])
                self.violations.append(
                    f"{violation['id']} ({violation['impact']}) on {name} [{self.page.url}] at {width}px: "
                    f"{violation['help']}: {targets}"
                )
            if overflowing := self.page.evaluate(OVERFLOWING):
                self.violations.append(
                    f"reflow (WCAG 1.4.10) on {name} [{self.page.url}] at {width}px: "
                    f"wider than the window: {' | '.join(overflowing)}"
                )

    def report(self):
        return f"{len(self.violations)} violation(s) on {len(self.checked)} pages:\n" + "\n".join(
            self.violations
        )


def selector(target):
    """axe's target: a CSS selector, or a list of them through iframes and shadow roots."""
    return " >>> ".join(selector(part) for part in target) if isinstance(target, list) else target


def sign_in(page, base_url, username):
    page.goto(base_url + "/fr/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def spanish_alias():
    """A Spanish alias of a French lesson: the demo is translated in full, so add a lesson it has not."""
    module = ModulePage.objects.filter(locale__language_code="fr").order_by("path").first()
    lesson = LessonPage(
        title="Une leçon pas encore traduite",
        slug="pas-encore-traduite",
        body=[{"type": "paragraph", "value": "<p>Le texte en français.</p>"}],
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    synchronize_tree(Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="es"))
    return LessonPage.objects.live().get(locale__language_code="es", alias_of=lesson)


def test_demo_pages_have_no_accessibility_violations(demo_site, page):
    audit = Audit(page, demo_site.url)

    audit.visit("/fr/", "French home page")
    audit.visit(french(CourseIndexPage), "course catalogue")
    audit.visit(french(CoursePage), "course page")
    audit.visit(french(ModulePage), "module page")
    audit.visit(french(LessonPage, slug="qu-est-ce-que-l-oit"), "lesson with a testimony")
    audit.visit(french(LessonPage, slug="rana-plaza-et-accord-du-bangladesh"), "lesson with a case study")

    audit.visit(french(QuizPage), "quiz, not started")
    page.get_by_role("button", name="Commencer le quiz").click()
    page.wait_for_load_state()
    audit.check("quiz, started")
    question = page.locator("section.question:has(input[type=radio])").first
    question_id = question.get_attribute("id")
    question.locator("input[type=radio]").first.check()
    question.get_by_role("button").click()
    page.locator(f"#{question_id} .feedback").wait_for()
    audit.check("quiz, one question answered")
    page.get_by_role("button", name="Terminer le quiz").click()
    page.wait_for_load_state()
    audit.check("quiz results")

    audit.visit("/fr/search/?q=travail", "search results")
    audit.visit(french(ToolkitIndexPage), "toolkit catalogue")
    toolkit = french(ToolkitPage)
    audit.visit(toolkit, "toolkit page, anonymous")
    audit.visit(french(CampaignIndexPage), "campaign catalogue")
    audit.visit(french(CampaignPage), "campaign page")
    page.fill("#id_name", "<b>Syndicat</b>")  # refused: markup
    page.select_option("#id_kind", "union_local")
    page.fill("#id_city", "Gatineau")
    page.fill("#id_adopted_on", "2025-05-01")
    page.locator("#adopt form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#adopt .form-error").is_visible()
    audit.check("campaign page, adoption form with an error")
    audit.visit(french(StandardPage, slug="confidentialite"), "privacy page")
    audit.visit("/fr/certificates/CODE-INCONNU/", "certificate check, unknown code")
    audit.visit("/fr/page-qui-n-existe-pas/", "page not found")
    audit.visit("/fr/accounts/signup/", "sign-up page")
    page.fill("#id_username", "apprenant")  # taken
    page.fill("#id_password1", "123")  # too short, too common and all digits: three errors on one field
    page.fill("#id_password2", "123")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    audit.check("sign-up page with errors")
    audit.visit("/fr/accounts/login/", "sign-in page")
    page.fill("#id_username", "apprenant")
    page.fill("#id_password", "not-the-password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    audit.check("sign-in page with an error")

    audit.visit(HomePage.objects.get(locale__language_code="ht").get_url(), "Haitian Creole home page")
    audit.visit(spanish_alias().get_url(), "Spanish alias of a French lesson")
    assert page.locator(".alias-notice").is_visible()

    sign_in(page, demo_site.url, "apprenant")  # brings the anonymous progress above along
    audit.visit("/fr/accounts/my-learning/", "my learning, learner")
    audit.visit(french(CoursePage), "course page, learner with progress")
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_load_state()

    sign_in(page, demo_site.url, "animatrice")
    audit.visit(toolkit, "toolkit page, facilitator")
    audit.visit(toolkit + "?start=99:99", "toolkit page, facilitator, invalid start time")
    assert page.locator("#agenda .form-error").is_visible()
    audit.visit(toolkit + "kit/", "kit status page, facilitator")

    assert audit.violations == [], audit.report()


def test_a_block_title_is_an_h2_before_the_lessons_first_heading_and_an_h3_after_it():
    case = {"title": "Rana Plaza", "country": "Bangladesh", "year": 2013, "story": "<p>En 2013…</p>"}
    video = {"title": "Témoignages", "url": "https://video.example/1", "transcript": "<p>…</p>"}
    block = LessonBodyBlock()
    body = block.to_python(
        [
            {"type": "case_study", "value": case},
            {"type": "heading", "value": "Une section"},
            {"type": "case_study", "value": case},
            {"type": "video", "value": video},
        ]
    )

    assert re.findall(r"<(h[1-6])", block.render(body)) == ["h2", "h2", "h3", "h3"]
