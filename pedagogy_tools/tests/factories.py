"""Toolkit pages and quizzes for tests, with fixed block ids and distinctive texts to look for."""

import uuid

from pedagogy_tools.models import ToolkitPage
from quizzes.models import QuizPage

NAMESPACE = uuid.UUID("0b7a3c0e-7a39-4d7e-8f0e-5d3f6f1b2a44")
TITLE = "Atelier d'essai sur les chaînes"

# Texts that only the answer key may contain, and texts both printed quizzes contain.
RIGHT_CHOICE = "Choix juste Alpha"
WRONG_CHOICE = "Choix faux Beta"
ACCEPTED_ANSWER = "Genevieve-Accepted"
EXPLANATION = "Explication Gamma"
STEPS = ["Étape Un", "Étape Deux", "Étape Trois"]


def block_id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(map(str, parts))))


def items(name, values):
    return [{"type": "item", "value": value, "id": block_id(name, i)} for i, value in enumerate(values)]


def question(kind, name, **fields):
    return {
        "type": kind,
        "id": block_id(name),
        "value": {
            "prompt": f"Question {name} ?",
            "explanation": f"<p>{EXPLANATION} {name}.</p>",
            "standard": None,
            **fields,
        },
    }


def questions():
    """One question of each kind; the right answers are the distinctive texts above."""
    return [
        question(
            "single_choice",
            "single",
            choices=items(
                "single",
                [
                    {"text": WRONG_CHOICE, "correct": False, "feedback": ""},
                    {"text": RIGHT_CHOICE, "correct": True, "feedback": ""},
                ],
            ),
        ),
        question("true_false", "truefalse", answer=True),
        question("short_answer", "short", accepted_answers=items("short", [ACCEPTED_ANSWER])),
        question("ordering", "ordering", steps=items("ordering", STEPS)),
    ]


def make_quiz(module, title="Quiz d'essai", slug="quiz-essai"):
    quiz = QuizPage(title=title, slug=slug, intro="<p>Intro.</p>", questions=questions())
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


TEXTS = {
    "fr": {
        "title": TITLE,
        "slug": "atelier-essai",
        "summary": "Résumé public de l'atelier.",
        "audience": "Des membres.",
        "objective": "Comprendre.",
        "materials": "Du papier.",
        "preparation": "Lire la leçon.",
        "activities": ["Accueil", "Exposé", "Cas"],
        "instructions": "Consignes",
        "notes": "Notes",
        "material": "Matériel",
        "handouts": ["Document Delta pour les participants.", "Document Epsilon pour les participants."],
        "question": "Question de discussion Zeta ?",
        "guidance": "Piste Eta.",
        "description": "Une fiche.",
    },
    "en": {
        "title": "Trial workshop on chains",
        "slug": "trial-workshop",
        "summary": "Public summary of the workshop.",
        "audience": "Members.",
        "objective": "Understand.",
        "materials": "Paper.",
        "preparation": "Read the lesson.",
        "activities": ["Welcome", "Talk", "Case"],
        "instructions": "Instructions",
        "notes": "Notes",
        "material": "Material",
        "handouts": ["Delta handout for participants.", "Epsilon handout for participants."],
        "question": "Discussion question Zeta?",
        "guidance": "Hint Eta.",
        "description": "A worksheet.",
    },
}


def activity(number, title, minutes, method, texts, handout=""):
    return {
        "type": "activity",
        "id": block_id("activity", number),
        "value": {
            "title": title,
            "minutes": minutes,
            "method": method,
            "instructions": f"<p>{texts['instructions']} {number}.</p>",
            "facilitator_notes": f"<p>{texts['notes']} {number}.</p>",
            "materials": items(f"materials-{number}", [f"{texts['material']} {number}"]),
            "handout": f"<p>{handout}</p>" if handout else "",
        },
    }


def toolkit_page(course, quiz, attachment, language="fr", **fields):
    """An unsaved ToolkitPage in `language` (fr, or en for a translation): 15 + 30 + 45 = 90 minutes."""
    texts = TEXTS[language]
    titles = texts["activities"]
    return ToolkitPage(
        title=texts["title"],
        slug=texts["slug"],
        summary=texts["summary"],
        audience=texts["audience"],
        group_size_min=6,
        group_size_max=20,
        objectives=f"<ul><li>{texts['objective']}</li></ul>",
        materials=f"<p>{texts['materials']}</p>",
        preparation=f"<p>{texts['preparation']}</p>",
        agenda=[
            activity(1, titles[0], 15, "icebreaker", texts),
            activity(2, titles[1], 30, "presentation", texts, handout=texts["handouts"][0]),
            activity(3, titles[2], 45, "case_study", texts, handout=texts["handouts"][1]),
        ],
        discussion_questions=[
            {
                "type": "question",
                "id": block_id("question", 1),
                "value": {"question": texts["question"], "guidance": texts["guidance"]},
            }
        ],
        attachments=[
            {
                "type": "attachment",
                "id": block_id("attachment", 1),
                "value": {"document": attachment.pk, "description": texts["description"]},
            }
        ],
        course=course,
        quiz=quiz,
        **fields,
    )


def guide_marker():
    """Text of the full guide that the public summary must not show."""
    return "Consignes 1."


def french_site():
    """The French home page with a course (one module, three lessons, a quiz), the Toolkits collection
    with an attachment, and a published toolkit using them: what the fixtures make, for module-scoped
    fixtures that cannot use function-scoped ones. Returns the toolkit."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, Locale, Page, Site

    from conftest import lesson_body, publish_child
    from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage
    from pedagogy_tools.access import TOOLKITS_COLLECTION
    from pedagogy_tools.models import ToolkitIndexPage

    french = Locale.objects.get_or_create(language_code="fr")[0]
    home = HomePage.objects.filter(locale=french, depth=2).first()
    if home is None:  # a transactional test flushed what the migrations made
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=french)
        home = root.add_child(instance=HomePage(title="Solidaire", slug="accueil", locale=french))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "site_name": "Solidaire"}
    )
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>Un</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    for n in range(1, 4):
        publish_child(
            module, LessonPage(title=f"Leçon {n}", slug=f"lecon-{n}", body=lesson_body(f"Texte {n}."))
        )
    collection_root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = collection_root.get_children().filter(name=TOOLKITS_COLLECTION).first()
    collection = collection or collection_root.add_child(name=TOOLKITS_COLLECTION)
    document = get_document_model()(title="Fiche de l'atelier", collection=collection)
    document.file.save("fiche-atelier.txt", ContentFile(b"Fiche de l'atelier.\n"), save=False)
    document._set_document_file_metadata()
    document.save()
    toolkits = publish_child(home, ToolkitIndexPage(title="Trousses", slug="trousses"))
    page = publish_child(toolkits, toolkit_page(module, make_quiz(module), document))
    return ToolkitPage.objects.get(pk=page.pk)
