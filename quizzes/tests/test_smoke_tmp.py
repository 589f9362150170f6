from quizzes.tests.factories import HTMX, answer_data, answer_url


def test_smoke(started, quiz, questions):
    r = started.get(quiz.get_url())
    print(r.status_code)
    html = r.content.decode()
    i = html.find("<article")
    print(html[i : i + 6000])
    r = started.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)
    print(r.status_code, r.headers)
    print(r.content.decode())
