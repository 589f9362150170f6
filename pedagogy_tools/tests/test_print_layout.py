"""The printed answer key's layout, measured in WeasyPrint's own layout of the real template and
stylesheet: the numbers of a numbered answer (the ordering question's right order) sit inside its box,
not over its border."""

from django.template.loader import render_to_string
from django.utils import translation

from quizzes.presentation import question_views


def boxes(box, ancestors=()):
    """(box, its ancestors) for every box of a laid-out page."""
    yield box, ancestors
    for child in getattr(box, "children", None) or []:
        yield from boxes(child, (*ancestors, box))


def is_marker_text(box):
    return type(box).__name__ == "TextBox" and str(getattr(box, "element_tag", "")).endswith("::marker")


def markers_over_borders(document):
    """The list markers that start left of the inner edge of their nearest bordered ancestor."""
    overlapping = []
    for page in document.pages:
        for box, ancestors in boxes(page._page_box):
            if not is_marker_text(box):
                continue
            framed = [a for a in ancestors if getattr(a, "border_left_width", 0)]
            if not framed:
                continue
            frame = framed[-1]
            inner_left = frame.position_x + frame.margin_left + frame.border_left_width
            if box.position_x < inner_left:
                overlapping.append((box.text, round(box.position_x, 1), round(inner_left, 1)))
    return overlapping


def test_the_answer_keys_numbers_stay_inside_their_box(toolkit, quiz):
    from weasyprint import HTML

    with translation.override("fr"):
        html = render_to_string(
            "pedagogy_tools/pdf/quiz.html",
            {
                "toolkit": toolkit,
                "page": toolkit,
                "quiz": quiz,
                "language": "fr",
                "content_language": "fr",
                "revision": toolkit.live_revision,
                "questions": question_views(quiz, None, {}, show_key=True),
                "answer_key": True,
            },
        )
    document = HTML(string=html).render()

    assert "Étape Un" in html  # the ordering question's right order is printed, as a numbered list
    assert any(is_marker_text(box) for page in document.pages for box, _ancestors in boxes(page._page_box))
    assert markers_over_borders(document) == []
