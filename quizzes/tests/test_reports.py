"""The quiz reports in the admin (issue 10, parts 6-8): item analysis over finished attempts, checked
against figures computed by hand, through real GETs as an editor; the "< 5" rule; the CSV and XLSX
downloads; who may see what; a fixed number of queries."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from openpyxl import load_workbook

from learning.models import Learner
from learning.reports.permissions import ALL_REPORTS, COURSE_REPORTS
from quizzes.models import Answer, QuizAttempt, QuizPage
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    answer_url,
    csv_rows,
    finish_url,
    make_quiz,
    make_user,
    make_user_with_permissions,
    parse,
    recoverable,
    short_answer,
    single_choice,
    start_url,
    text_of,
    true_false,
    xlsx_cells,
)

# Four questions: q1 and q2 single choice (right: choice 1, choice 0), q3 true or false (right: false), q4
# single choice (right: choice 0).
QUESTIONS = [
    single_choice(name="q1", correct=1),
    single_choice(name="q2", correct=0),
    true_false(name="q3", answer=False),
    single_choice(name="q4", correct=0),
]

# The 30 finished attempts, in groups: (how many, language, the answer to each question). An int is the
# choice chosen (its index in the editor's order), a bool a true/false answer.
#   right?   q1 q2 q3 q4   score
GROUPS = [
    (10, "fr", (1, 0, True, 0)),  # R  R  W  R   75
    (5, "fr", (1, 2, True, 0)),  # R  W  W  R   50
    (5, "en", (1, 2, True, 0)),  # R  W  W  R   50
    (6, "en", (0, 0, False, 0)),  # W  R  R  R   75
    (2, "es", (3, 2, False, 1)),  # W  W  R  W   25
    (2, "es", (3, 2, False, 0)),  # W  W  R  R   50
]


def choice_id(block, index):
    return block["value"]["choices"][index]["id"]


def is_right(block, pick):
    if isinstance(pick, bool):
        return pick is bool(block["value"]["answer"])
    return block["value"]["choices"][pick]["value"]["correct"]


def build_attempts(quiz, groups=GROUPS, repeat=1, questions=QUESTIONS):
    """The groups' finished attempts (times `repeat`) at `questions`, with their answers, by bulk_create."""
    now = timezone.now()
    attempts, plan = [], []
    for _ in range(repeat):
        for count, language, picks in groups:
            for _ in range(count):
                right = [is_right(block, pick) for block, pick in zip(questions, picks, strict=True)]
                score = round(100 * sum(right) / len(questions))
                attempts.append(
                    QuizAttempt(
                        learner=Learner(),
                        quiz_key=quiz.translation_key,
                        language=language,
                        started_at=now - timedelta(minutes=10),
                        finished_at=now,
                        score=score,
                        passed=score >= quiz.pass_mark,
                    )
                )
                plan.append((language, picks, right))
    learners = Learner.objects.bulk_create([attempt.learner for attempt in attempts])
    for attempt, learner in zip(attempts, learners, strict=True):
        attempt.learner = learner
    attempts = QuizAttempt.objects.bulk_create(attempts)
    answers = []
    for attempt, (language, picks, right) in zip(attempts, plan, strict=True):
        for block, pick, right_answer in zip(questions, picks, right, strict=True):
            response = pick if isinstance(pick, bool) else [choice_id(block, pick)]
            answers.append(
                Answer(
                    attempt=attempt,
                    question_id=block["id"],
                    response=response,
                    is_correct=right_answer,
                    language=language,
                )
            )
    Answer.objects.bulk_create(answers)
    return attempts


@pytest.fixture
def report_quiz(course_tree):
    return make_quiz(course_tree["module"], questions=QUESTIONS, pass_mark=50, slug="quiz-report")


@pytest.fixture
def editor(client, db):
    client.force_login(make_user("edith", group="Editors"))
    return client


def item_analysis_url(quiz, **params):
    address = reverse("solidaire_quiz_reports:item_analysis", args=[quiz.pk])
    return address + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def table_rows(response):
    """The report table's rows as lists of cell texts (header first)."""
    table = parse(response).select_one("main table")
    rows = [[text_of(cell) for cell in row.select("th, td")] for row in table.select("tr")]
    return rows


def number(text):
    """A number as the admin shows it (a decimal comma in French), or the text itself."""
    try:
        return float(str(text).replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        return text


def by_question_and_language(rows):
    header, body = rows[0], rows[1:]
    return {(row[0], row[3]): dict(zip(header, row, strict=True)) for row in body}


def test_facility_and_discrimination_are_the_figures_computed_by_hand(editor, report_quiz):
    build_attempts(report_quiz)
    response = editor.get(item_analysis_url(report_quiz))
    assert response.status_code == 200
    rows = by_question_and_language(table_rows(response))
    everyone = "Toutes les langues"
    facility, discrimination = "Facilité (part de bonnes réponses)", "Discrimination (point-bisériale)"
    # By hand, over the 30 attempts: x is the attempt's score, y 1 for a right answer.
    # Σx = 10·75 + 10·50 + 6·75 + 2·25 + 2·50 = 1850, Σx² = 121250, so n·Σx² − (Σx)² = 3637500 − 3422500
    # = 215000, and r = (n·Σxy − Σx·c) / √(215000 · (n·c − c²)).
    # q1: c = 20, Σxy = 10·75 + 10·50 = 1250: r = (37500 − 37000) / √(215000 · 200) = 500 / 6557.4 = 0.08
    # q2: c = 16, Σxy = 10·75 + 6·75 = 1200: r = (36000 − 29600) / √(215000 · 224) = 6400 / 6939.7 = 0.92
    # q3: c = 10, Σxy = 6·75 + 2·25 + 2·50 = 600: r = (18000 − 18500) / 6557.4 = −0.08
    # q4: c = 28, Σxy = 1850 − 2·25 = 1800: r = (54000 − 51800) / √(215000 · 56) = 2200 / 3469.9 = 0.63
    expected = {"1": (0.67, 0.08), "2": (0.53, 0.92), "3": (0.33, -0.08), "4": (0.93, 0.63)}
    for question, (share_right, r) in expected.items():
        row = rows[question, everyone]
        assert number(row["Réponses"]) == 30
        assert number(row[facility]) == share_right
        assert number(row[discrimination]) == r
    # The most chosen wrong choice and its share: q1 choice 0 (6 of 30), q2 choice 2 (14 of 30), q3
    # "true" (20 of 30); q4's wrong choice was chosen by 2 only.
    assert rows["1", everyone]["Choix faux le plus choisi"] == "q1: choice 0"
    assert number(rows["1", everyone]["Sa part (%)"]) == 20
    assert rows["2", everyone]["Choix faux le plus choisi"] == "q2: choice 2"
    assert number(rows["2", everyone]["Sa part (%)"]) == 47
    assert rows["3", everyone]["Choix faux le plus choisi"] == "Vrai"
    assert number(rows["3", everyone]["Sa part (%)"]) == 67
    assert rows["4", everyone]["Sa part (%)"] == "< 5"
    # Flags: q3's discrimination is negative, q4 is too easy (28/30 > 0.9); q1 and q2 are fine.
    assert rows["3", everyone]["À revoir"] == "Discrimination négative"
    assert rows["4", everyone]["À revoir"] == "Trop facile"
    assert rows["1", everyone]["À revoir"] == rows["2", everyone]["À revoir"] == ""
    # Per language: in French (15 answers) q3 is always missed (too hard), q1 always right, so its
    # discrimination is not defined; English is hidden.
    assert number(rows["3", "Français"][facility]) == 0
    assert rows["3", "Français"]["À revoir"] == "Trop difficile"
    assert rows["1", "Français"][discrimination] == "—"
    # English (11 answers) would give back the 4 Spanish ones from the total: it is hidden too (issue 21,
    # item 9), figures and all.
    assert rows["1", "Anglais"][discrimination] == rows["1", "Anglais"][facility] == "masqué"


def test_a_language_with_fewer_than_five_answers_shows_no_figure(editor, report_quiz):
    build_attempts(report_quiz)
    rows = by_question_and_language(table_rows(editor.get(item_analysis_url(report_quiz))))
    spanish = rows["4", "Espagnol"]  # 4 attempts in Spanish
    for heading in ["Réponses", "Facilité (part de bonnes réponses)", "Discrimination (point-bisériale)"]:
        assert spanish[heading] == "< 5"
    assert spanish["Choix faux le plus choisi"] == spanish["Sa part (%)"] == "< 5"
    assert spanish["À revoir"] == ""


def test_each_question_has_its_answers_drawn_in_the_admin_theme_colour(editor, report_quiz):
    build_attempts(report_quiz)
    page = parse(editor.get(item_analysis_url(report_quiz)))
    charts = page.select("figure.report-figure svg.report-chart")
    assert len(charts) == 4
    assert text_of(page.select("figure.report-figure figcaption")[0]) == "Question 1 : q1: prompt?"
    first = charts[0]
    assert first["role"] == "img"
    assert "q1: choice 1: 20 · 67 %" in first.title.get_text()
    assert all(shape.get("fill") == "currentColor" for shape in first.select("rect, text"))
    assert not page.select("svg [style]")
    # A choice chosen by fewer than 5 is drawn without its length and says "< 5".
    q4 = text_of(charts[3])
    assert "q4: choice 1" in q4 and "< 5" in q4


def test_the_csv_and_xlsx_downloads_hold_the_same_cells_as_the_page(editor, report_quiz):
    build_attempts(report_quiz)
    page_rows = table_rows(editor.get(item_analysis_url(report_quiz)))
    rows = csv_rows(editor.get(item_analysis_url(report_quiz, export="csv")))
    xlsx_response = editor.get(item_analysis_url(report_quiz, export="xlsx"))
    assert xlsx_response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content)))
    xlsx_rows = [["" if value is None else value for value in row] for row in workbook.active.values]
    assert rows[0] == [str(value) for value in xlsx_rows[0]] == page_rows[0]
    assert len(rows) == len(xlsx_rows) == len(page_rows) == 1 + 4 * 4  # all, fr, en, es per question
    for page_row, csv_row, xlsx_row in zip(page_rows[1:], rows[1:], xlsx_rows[1:], strict=True):
        assert [number(cell) for cell in page_row] == [number(cell) for cell in csv_row]
        assert [number(cell) for cell in page_row] == [number(cell) for cell in xlsx_row]
    assert "< 5" in {str(value) for row in xlsx_rows for value in row}


FORMULA = '=HYPERLINK("http://127.0.0.1:9/x","click")'


def answer_anonymously(quiz, block, text):
    """A new anonymous visitor starts `quiz`, writes `text` as the answer to `block` and finishes."""
    visitor = Client()
    assert visitor.post(start_url(quiz)).status_code == 302
    assert visitor.post(answer_url(quiz, block), {"answer": text}, headers=HTMX).status_code == 200
    assert visitor.post(finish_url(quiz), CONFIRM_FINISH).status_code == 302


def test_a_formula_written_as_an_answer_is_text_in_the_item_analysis_downloads(editor, course_tree):
    """Issue 20, finding 2: five anonymous visitors answer a short-answer question with a formula; it is
    the most chosen wrong answer, which the CSV quotes (OWASP) and the XLSX keeps as text."""
    question = short_answer(name="formula")
    quiz = make_quiz(course_tree["module"], questions=[question], slug="quiz-formula")
    for _ in range(5):
        answer_anonymously(quiz, question, FORMULA)
    answers = list(Answer.objects.values_list("pk", "response", "is_correct"))
    shown = FORMULA.lower()  # short answers are compared, and shown, casefolded

    rows = csv_rows(editor.get(item_analysis_url(quiz, export="csv")))
    assert rows[1][rows[0].index("Choix faux le plus choisi")] == "'" + shown
    assert not [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    cells = xlsx_cells(editor.get(item_analysis_url(quiz, export="xlsx")))
    wrong = cells[1][[cell.value for cell in cells[0]].index("Choix faux le plus choisi")]
    assert (wrong.value, wrong.data_type) == (shown, "s")
    assert list(Answer.objects.values_list("pk", "response", "is_correct")) == answers  # nothing changed
    assert QuizPage.objects.get(pk=quiz.pk).questions.raw_data[0]["value"] == question["value"]


def test_a_negative_discrimination_stays_a_number_in_the_downloads(editor, report_quiz):
    build_attempts(report_quiz)
    rows = csv_rows(editor.get(item_analysis_url(report_quiz, export="csv")))
    column = rows[0].index("Discrimination (point-bisériale)")
    assert rows[1 + 2 * 4][column] == "-0.08"  # q3, all languages: a number, not the text "'-0.08"
    cells = xlsx_cells(editor.get(item_analysis_url(report_quiz, export="xlsx")))
    assert (cells[1 + 2 * 4][column].value, cells[1 + 2 * 4][column].data_type) == (-0.08, "n")


def test_every_quiz_report_download_quotes_what_could_run_as_a_formula(editor, course_tree):
    """The quizzes' list (an editor's title), the item analysis (a prompt, a choice) and the attempts:
    each CSV starts with a byte-order mark and quotes a text cell that starts like a formula."""
    question = single_choice(name="q", correct=0, prompt="-1+2 : combien ?")
    question["value"]["choices"][1]["value"]["text"] = "@SUM(A1:A9)"
    quiz = make_quiz(course_tree["module"], questions=[question], title="+Quiz", slug="quiz-plus")
    build_attempts(quiz, groups=[(5, "fr", (1,))], questions=[question])

    listing = csv_rows(editor.get(reverse("solidaire_quiz_reports:quizzes") + "?export=csv"))
    assert listing[1][0] == "'+Quiz"
    analysis = csv_rows(editor.get(item_analysis_url(quiz, export="csv")))
    assert analysis[1][1] == "'-1+2 : combien ?"
    assert "'@SUM(A1:A9)" in analysis[1]
    attempts = csv_rows(
        editor.get(reverse("solidaire_quiz_reports:attempts", args=[quiz.pk]) + "?export=csv")
    )
    assert len(attempts) == 1 + 5 and attempts[1][2] == "0"


def test_the_item_analysis_runs_a_fixed_number_of_queries(editor, report_quiz):
    build_attempts(report_quiz, groups=[(10, "fr", (1, 0, True, 0))])
    editor.get(item_analysis_url(report_quiz))  # warm the caches (content types, site)
    with CaptureQueriesContext(connection) as ten:
        assert editor.get(item_analysis_url(report_quiz)).status_code == 200
    build_attempts(report_quiz, groups=GROUPS)  # 40 attempts now
    with CaptureQueriesContext(connection) as forty:
        assert editor.get(item_analysis_url(report_quiz)).status_code == 200
    assert QuizAttempt.objects.count() == 40
    assert len(ten.captured_queries) == len(forty.captured_queries)


def test_the_quizzes_report_lists_each_quiz_with_its_finished_attempts(editor, report_quiz):
    build_attempts(report_quiz)
    response = editor.get(reverse("solidaire_quiz_reports:quizzes"))
    rows = table_rows(response)
    assert rows[1][0] == "Quiz" and rows[1][2] == "30"
    assert parse(response).select_one(f'main a[href="{item_analysis_url(report_quiz)}"]')


@pytest.mark.parametrize("group", ["Editors", "Pedagogical committee"])
def test_editors_and_the_committee_see_the_attempts_one_by_one(client, report_quiz, group):
    build_attempts(report_quiz, groups=[(6, "fr", (1, 0, True, 0))])
    client.force_login(make_user("someone", group=group))
    response = client.get(reverse("solidaire_quiz_reports:attempts", args=[report_quiz.pk]))
    assert response.status_code == 200
    assert len(table_rows(response)) == 1 + 6


def test_a_facilitator_sees_no_quiz_report_and_no_attempt(client, report_quiz):
    build_attempts(report_quiz, groups=[(6, "fr", (1, 0, True, 0))])
    client.force_login(make_user("fanny", group="Facilitators"))
    for address in [
        reverse("solidaire_quiz_reports:attempts", args=[report_quiz.pk]),
        reverse("solidaire_quiz_reports:attempts", args=[report_quiz.pk]) + "?export=csv",
        reverse("solidaire_quiz_reports:attempts", args=[report_quiz.pk]) + "?export=xlsx",
        item_analysis_url(report_quiz),
        item_analysis_url(report_quiz, export="csv"),
        reverse("solidaire_quiz_reports:quizzes"),
    ]:
        assert client.get(address).status_code == 403, address


def test_the_quiz_reports_follow_the_permission_not_a_group(client, report_quiz):
    """Someone in no group given "access admin" and every report sees the quiz reports, attempts
    included; given the course reports only, none of them."""
    build_attempts(report_quiz, groups=[(6, "fr", (1, 0, True, 0))])
    addresses = [
        reverse("solidaire_quiz_reports:quizzes"),
        item_analysis_url(report_quiz),
        reverse("solidaire_quiz_reports:attempts", args=[report_quiz.pk]) + "?export=csv",
    ]
    client.force_login(make_user_with_permissions("reader", "wagtailadmin.access_admin", ALL_REPORTS))
    assert [client.get(address).status_code for address in addresses] == [200, 200, 200]
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert addresses[0] in menu
    client.force_login(make_user_with_permissions("counter", "wagtailadmin.access_admin", COURSE_REPORTS))
    assert [client.get(address).status_code for address in addresses] == [403, 403, 403]


def test_a_learner_sees_no_quiz_report(client, report_quiz):
    build_attempts(report_quiz, groups=[(6, "fr", (1, 0, True, 0))])
    client.force_login(make_user("lina"))
    for address in [
        item_analysis_url(report_quiz),
        reverse("solidaire_quiz_reports:attempts", args=[report_quiz.pk]),
        reverse("solidaire_quiz_reports:quizzes"),
    ]:
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert "Discrimination" not in response.content.decode()


def test_a_passed_quiz_counts_as_a_step_done_in_the_course_funnel(editor, course_tree, report_quiz):
    """The course report counts the quiz through the step contract (QuizPage.step_events): learning
    does not know quizzes."""
    build_attempts(report_quiz)  # 30 attempts: all but the 2 at 25 % pass (pass mark 50 %)
    assert QuizAttempt.objects.filter(passed=True).count() == 28
    response = editor.get(reverse("solidaire_reports:course_funnel", args=[course_tree["course"].pk]))
    rows = {row[1]: row for row in table_rows(response)[1:]}
    assert rows["Quiz"][2] == "Quiz"
    assert rows["Quiz"][3] == "28"
    assert rows["Leçon 1"][3] == "< 5"  # nobody finished the lessons


def test_answers_keep_the_language_they_were_given_in(client, report_quiz):
    from tests.helpers import answer_url, start_url

    assert client.post(start_url(report_quiz)).status_code == 302
    client.post(answer_url(report_quiz, QUESTIONS[0]), {"choice": choice_id(QUESTIONS[0], 1)})
    assert QuizAttempt.objects.get().language == "fr"
    assert Answer.objects.get().language == "fr"


# Issue 21, item 9: 18 learners, 15 of them French. q1: 12 French right, 3 wrong; the 3 Spanish right.
EIGHTEEN = [
    (12, "fr", (1, 0, True, 0)),
    (3, "fr", (0, 0, True, 0)),
    (3, "es", (1, 2, False, 0)),
]
ANSWERS, FACILITY = "Réponses", "Facilité (part de bonnes réponses)"


def item_tables(editor, quiz):
    """The item analysis as the page, the CSV and the XLSX show it: three lists of rows (heading first)."""
    page = table_rows(editor.get(item_analysis_url(quiz)))
    downloaded = csv_rows(editor.get(item_analysis_url(quiz, export="csv")))
    cells = xlsx_cells(editor.get(item_analysis_url(quiz, export="xlsx")))
    workbook = [["" if cell.value is None else str(cell.value) for cell in row] for row in cells]
    return {"page": page, "csv": downloaded, "xlsx": workbook}


def lines_of(rows):
    """For each question: its all-languages row and its languages' rows, as header-keyed dicts."""
    header, body = rows[0], rows[1:]
    by_question = {}
    for row in body:
        by_question.setdefault(row[0], []).append(dict(zip(header, row, strict=True)))
    return by_question.values()


def right_answers(row):
    """A row's right answers as its cells give them (facility × answers), or its hidden mark."""
    if number(row[FACILITY]) == row[FACILITY] or number(row[ANSWERS]) == row[ANSWERS]:
        return row[FACILITY]
    return str(round(number(row[FACILITY]) * number(row[ANSWERS])))


def test_no_hidden_count_of_the_18_learner_case_can_be_worked_out(editor, report_quiz):
    build_attempts(report_quiz, groups=EIGHTEEN)
    for source, rows in item_tables(editor, report_quiz).items():
        for total, *parts in lines_of(rows):
            assert total["Langue"] == "Toutes les langues"
            answers = recoverable(total[ANSWERS], [part[ANSWERS] for part in parts])
            right = recoverable(right_answers(total), [right_answers(part) for part in parts], hidden_least=0)
            assert (answers, right) == ([], []), (source, total["Question"])
        spanish = [row for row in rows if "Espagnol" in row]
        french = [row for row in rows if "Français" in row]
        assert len(spanish) == len(french) == 4
        for row in spanish:  # none of its figures, nor French's, which would give them back
            assert row[4:9] == ["< 5"] * 5, source
        for row in french:
            assert row[4:9] == ["masqué"] * 5, source
    # The total stays: 18 answers, and 15 of them right to q1.
    q1 = by_question_and_language(table_rows(editor.get(item_analysis_url(report_quiz))))[
        "1", "Toutes les langues"
    ]
    assert (q1[ANSWERS], number(q1[FACILITY])) == ("18", 0.83)
    assert QuizAttempt.objects.count() == 18  # a report changes nothing


def attempts_url(quiz, **params):
    address = reverse("solidaire_quiz_reports:attempts", args=[quiz.pk])
    return address + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_the_item_analysis_links_to_the_attempts_for_those_who_may_see_them(editor, report_quiz):
    """Issue 21, item 10: the learner-level report was linked from nowhere."""
    build_attempts(report_quiz, groups=[(6, "fr", (1, 0, True, 0))])
    link = parse(editor.get(item_analysis_url(report_quiz))).select_one(
        f'main a[href="{attempts_url(report_quiz)}"]'
    )
    assert link is not None and text_of(link) == "Voir les tentatives terminées une par une"
    assert editor.get(link["href"]).status_code == 200


def test_the_attempts_report_is_filled_in_the_editors_language(editor, report_quiz):
    """Issue 21, item 10: every column filled, "Oui"/"Non", the language's name in French, the day as a
    French date; the same in the CSV (a text date) and the XLSX (a date cell)."""
    attempts = build_attempts(report_quiz, groups=[(1, "es", (1, 0, False, 0)), (1, "fr", (3, 2, True, 1))])
    learner = attempts[0].learner
    QuizAttempt.objects.filter(pk=attempts[1].pk).update(learner=learner)  # the same learner's 2nd attempt
    day = timezone.localdate(attempts[0].finished_at)
    with translation.override("fr"):
        french_day = formats.date_format(day, "DATE_FORMAT")
        short_day = formats.date_format(day, "SHORT_DATE_FORMAT")
    rows = table_rows(editor.get(attempts_url(report_quiz)))
    assert rows == [
        ["Tentative (de cet apprenant)", "Langue", "Note (%)", "Réussi", "Terminée le"],
        ["2", "Français", "0", "Non", french_day],
        ["1", "Espagnol", "100", "Oui", french_day],
    ]
    assert csv_rows(editor.get(attempts_url(report_quiz, export="csv")))[1:] == [
        ["2", "Français", "0", "Non", short_day],
        ["1", "Espagnol", "100", "Oui", short_day],
    ]
    cells = xlsx_cells(editor.get(attempts_url(report_quiz, export="xlsx")))
    assert [cell.value for cell in cells[2][:4]] == [1, "Espagnol", 100, "Oui"]
    assert cells[2][4].is_date and cells[2][4].value == day


def test_the_xlsx_sheets_are_named_after_their_report(editor, report_quiz):
    """Issue 21, item 11: not "Sheet1", but the report's title in the reader's language, as Excel allows
    it (31 characters at most, none of [ ] : * ? / \\)."""
    build_attempts(report_quiz, groups=[(6, "fr", (1, 0, True, 0))])
    QuizPage.objects.filter(pk=report_quiz.pk).update(title="Quiz [révision] : 1/2 ?")
    titles = {}
    for address in [
        reverse("solidaire_quiz_reports:quizzes"),
        item_analysis_url(report_quiz),
        attempts_url(report_quiz),
    ]:
        response = editor.get(address + "?export=xlsx")
        assert response.status_code == 200
        titles[address] = load_workbook(io.BytesIO(b"".join(response.streaming_content))).sheetnames
    assert list(titles.values()) == [
        ["Quiz analyse des questions"],
        ["Analyse des questions Quiz…"],
        ["Tentatives terminées Quiz…"],
    ]
