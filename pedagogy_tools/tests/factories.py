"""Toolkit pages, their attachments and their quiz's questions for tests, with fixed block ids (from
tests.helpers) and distinctive texts to look for."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from pedagogy_tools.access import TOOLKITS_COLLECTION
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from tests.helpers import block_id, items, make_course_tree, make_home, make_quiz, publish_child, question

TITLE = "Atelier d'essai sur les chaînes"

# Texts that only the answer key may contain, and texts both printed quizzes contain.
RIGHT_CHOICE = "Choix juste Alpha"
WRONG_CHOICE = "Choix faux Beta"
ACCEPTED_ANSWER = "Genevieve-Accepted"
EXPLANATION = "Explication Gamma"
STEPS = ["Étape Un", "Étape Deux", "Étape Trois"]


def toolkit_question(kind, name, **fields):
    return question(kind, name, prompt=f"Question {name} ?", explanation=f"{EXPLANATION} {name}.", **fields)


def questions():
    """One question of each kind; the right answers are the distinctive texts above."""
    return [
        toolkit_question(
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
        toolkit_question("true_false", "truefalse", answer=True),
        toolkit_question("short_answer", "short", accepted_answers=items("short", [ACCEPTED_ANSWER])),
        toolkit_question("ordering", "ordering", steps=items("ordering", STEPS)),
    ]


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


def make_document(collection, title, name, content):
    Document = get_document_model()
    document = Document(title=title, collection=collection)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def make_attachment(collection):
    """The toolkit's attachment, a document in `collection`."""
    return make_document(collection, "Fiche de l'atelier", "fiche-atelier.txt", b"Fiche de l'atelier.\n")


def french_site():
    """The French home page with a course (one module, three lessons, a quiz), the Toolkits collection
    with an attachment, and a published toolkit using them: what the fixtures make, for module-scoped
    fixtures that cannot use function-scoped ones. Returns the toolkit."""
    home = make_home()
    module = make_course_tree(home)["module"]
    attachment = make_attachment(Collection.objects.get(depth=2, name=TOOLKITS_COLLECTION))
    quiz = make_quiz(module, questions=questions(), pass_mark=60)
    toolkits = publish_child(home, ToolkitIndexPage(title="Trousses", slug="trousses"))
    page = publish_child(toolkits, toolkit_page(module, quiz, attachment))
    return ToolkitPage.objects.get(pk=page.pk)
