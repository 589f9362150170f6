"""QuizPage, and learners' attempts and answers (keyed by the quiz's translation_key and block ids)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from learning import page_cache
from learning.blocks import RICH_TEXT_FEATURES
from learning.models import CourseStep, HtmxPartialMixin, Learner, tabs, visitor_lookup
from quizzes.blocks import QuestionsBlock
from quizzes.live.access import RUN_LIVE_SESSIONS
from quizzes.presentation import finish_line, question_views

PASS_MARK_RANGE = _("The pass mark is a percentage from 1 to 100.")


class QuizPage(HtmxPartialMixin, CourseStep):
    """A module's quiz: questions answered one by one, with feedback, a score and a pass mark."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[
            MinValueValidator(1, message=PASS_MARK_RANGE),
            MaxValueValidator(100, message=PASS_MARK_RANGE),
        ],
        help_text=_("A learner passes with this score or more, from 1 to 100."),
    )
    shuffle_choices = models.BooleanField(
        _("shuffle the choices"),
        default=True,
        help_text=_(
            "Each attempt shows the choices in its own order, so that their place gives nothing away."
        ),
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"))

    content_panels = [*CourseStep.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    details_panels = [FieldPanel("pass_mark"), FieldPanel("shuffle_choices")]
    edit_handler = tabs(content_panels, details_panels)
    search_fields = [*CourseStep.search_fields, index.SearchField("intro")]

    parent_page_types = ["learning.ModulePage"]
    subpage_types = []
    # A module's quiz closes it: one per module (the admin offers no second one, nor a move or a copy
    # into a module that has one), after its lessons (learning's ModulePage.place_new_step).
    max_count_per_parent = 1
    closes_module = True

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def clean(self):
        """A new quiz (not an alias, which follows its source) in a module that has one is refused, as
        the admin refuses it: a module has one quiz."""
        super().clean()
        parent = self.get_parent()
        if self.pk is None and self.alias_of_id is None and parent is not None:
            existing = QuizPage.objects.child_of(parent).first()
            if existing is not None:
                raise ValidationError(
                    _(
                        "This module already has its quiz, “%(title)s”: a module has one quiz. "
                        "Add your questions to it."
                    )
                    % {"title": existing.title}
                )

    # The preview shows the quiz as learners see it; its "answer key" mode, each question's answer key
    # (the #key partial of its template, as printed in a toolkit's kit) with its explanation.
    ANSWER_KEY = "answer-key"
    preview_modes = [("", _("As learners see it")), (ANSWER_KEY, _("Answer key"))]

    def get_context(self, request, *args, **kwargs):
        """The page plus the visitor's quiz: their latest attempt, each question with their answer and
        feedback (editors see the answer key in preview)."""
        context = super().get_context(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):  # a preview shows the editor's unsaved questions
            self.share_questions()
        attempt = QuizAttempt.objects.latest_for_request(request, self)
        answers = {answer.question_id: answer for answer in attempt.answers.all()} if attempt else {}
        show_key = bool(getattr(request, "is_preview", False)) and (
            getattr(request, "preview_mode", None) == self.ANSWER_KEY
        )
        questions = question_views(self, attempt, answers, show_key)
        context.update(
            attempt=attempt,
            questions=questions,
            answered_count=len(answers),
            question_count=len(questions),
            progress_percent=round(100 * len(answers) / len(questions)) if questions else 0,
            show_key=show_key,
        )
        if attempt is None or not attempt.is_open:  # a new attempt's questions, for one started offline
            context["fresh_questions"] = questions if attempt is None else question_views(self, None, {})
        context.update(finish_line(request, attempt, context))
        if request.user.has_perm(RUN_LIVE_SESSIONS):  # the start form of a live session
            context.update(live_quiz=self, live_languages=self.room_languages())
        return context

    def serve(self, request, *args, **kwargs):
        """The page; a quiz form posted to it without JavaScript goes to its view (quizzes.views)."""
        if request.method == "POST":
            from quizzes.views import on_quiz_page  # a page's route calling its own app's view

            return on_quiz_page(request, self)
        return super().serve(request, *args, **kwargs)

    def share_questions(self):
        """Take the questions as this process converted them for this revision (learning.page_cache's
        shared_object): converting them fetches their lessons and standards, two queries per question
        type. Shared read-only: nothing here changes a question's value."""

        def convert():
            list(self.questions)  # every block converted now, not lazily by concurrent requests
            return self.questions

        parts = ("quiz-questions", *page_cache.content_version(self))
        self.questions = page_cache.shared_object(parts, convert)

    @cached_property
    def question_lessons(self):
        """{question id: the lesson its feedback sends the learner back to (QuestionBlock.lesson_for)},
        for every question at once, kept in the cache (learning.page_cache) until a page changes."""

        def find():
            return {
                question.id: question.block.lesson_for(question.value, self.locale_id)
                for question in self.questions
            }

        return page_cache.cached(("quiz-lessons", *page_cache.content_version(self)), find)

    def room_languages(self):
        """languages(), this page's language first: the default of a live session's start form."""
        return sorted(self.languages(), key=lambda item: item[0] != self.locale.language_code)

    def languages(self):
        """[(code, name)] of the languages this quiz is live in (translations and aliases), in
        settings.LANGUAGES order: the languages a live session's room may use."""
        live = set(
            QuizPage.objects.live()
            .filter(translation_key=self.translation_key)
            .values_list("locale__language_code", flat=True)
        )
        return [(code, name) for code, name in settings.LANGUAGES if code in live]

    @classmethod
    def completed_keys(cls, learner, keys):
        """The quizzes among `keys` that `learner` has passed (the best attempt counts)."""
        return set(
            QuizAttempt.objects.filter(learner=learner, quiz_key__in=keys, passed=True).values_list(
                "quiz_key", flat=True
            )
        )

    @classmethod
    def started_keys(cls, learner):
        """The quizzes that `learner` has attempted, passed or not."""
        return set(QuizAttempt.objects.filter(learner=learner).values_list("quiz_key", flat=True))

    @classmethod
    def best_results(cls, learner):
        """{quiz key: (best score %, passed)} over the learner's finished attempts, in one query."""
        return cls.best_results_among([learner.pk]).get(learner.pk, {})

    @classmethod
    def best_results_among(cls, learner_ids):
        """{learner id: {quiz key: (best score %, passed)}} over their finished attempts, in one query."""
        best = {}
        finished = QuizAttempt.objects.filter(learner_id__in=learner_ids, score__isnull=False)
        for learner_id, key, score, passed in finished.values_list(
            "learner_id", "quiz_key", "score", "passed"
        ):
            mine = best.setdefault(learner_id, {})
            best_score, ever_passed = mine.get(key, (0, False))
            mine[key] = (max(best_score, score), ever_passed or passed)
        return best

    @classmethod
    def step_events(cls, keys):
        """Each attempt is begun when started, and done when finished with a pass."""
        return QuizAttempt.objects.filter(quiz_key__in=keys).annotate(
            step_key=models.F("quiz_key"),
            begun_at=models.F("started_at"),
            done_at=models.Case(models.When(passed=True, then=models.F("finished_at")), default=None),
        )


class QuizAttemptManager(models.Manager):
    def latest_for_request(self, request, quiz):
        """The visitor's latest attempt on `quiz` (any language) in one query, without fetching the
        Learner row; None when the visitor has no learner or no attempt."""
        lookup = visitor_lookup(request)
        if lookup is None:
            return None
        return self.filter(quiz_key=quiz.translation_key, **lookup).first()


class QuizAttempt(models.Model):
    """One go at a quiz. Open while `finished_at` is empty; at most one open attempt per learner and quiz."""

    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="quiz_attempts", verbose_name=_("learner")
    )
    quiz_key = models.UUIDField(_("quiz translation key"), db_index=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        default="",
        help_text=_("The language the quiz was started in."),
    )

    objects = QuizAttemptManager()

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "quiz_key"],
                condition=models.Q(finished_at__isnull=True),
                name="one_open_attempt_per_quiz",
            )
        ]

    def __str__(self):
        return f"{self.learner} on {self.quiz_key} ({self.score if self.score is not None else '…'}%)"

    @property
    def is_open(self):
        return self.finished_at is None


class Answer(models.Model):
    """A learner's answer to one question in one attempt; the database allows one per question."""

    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.CASCADE, related_name="answers", verbose_name=_("attempt")
    )
    question_id = models.CharField(_("question id"), max_length=64)
    response = models.JSONField(_("response"))
    is_correct = models.BooleanField(_("correct"))
    answered_at = models.DateTimeField(_("answered at"), default=timezone.now)
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        default="",
        help_text=_("The language the question was read in."),
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"], name="one_answer_per_question")
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.question_id}: {'right' if self.is_correct else 'wrong'}"


# Live workshops (issue 11): a facilitator runs a quiz in the room, participants answer on their phones.
# The rules (join codes, the state machine, joining, answering, results, purge) are in quizzes/live/.

LIVE_STATES = [
    ("lobby", _("waiting for participants")),
    ("open", _("question open")),
    ("closed", _("answering closed")),
    ("revealed", _("answer revealed")),
    ("finished", _("finished")),
]


RANKINGS = [
    ("", _("no ranking")),
    ("nickname", _("by nickname")),
    ("team", _("by team")),
]


class LiveSession(models.Model):
    """A quiz run live in a room. Its state changes only through single conditional UPDATEs
    (quizzes.live.rules), so two clicks on "next" at once advance it once; `version` counts changes and
    makes the ETag of the room's screen and the phones."""

    quiz_key = models.UUIDField(_("quiz translation key"), db_index=True)
    language = models.CharField(_("room language"), max_length=8)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="live_sessions",
        verbose_name=_("facilitator"),
    )
    code = models.CharField(_("join code"), max_length=6)
    state = models.CharField(_("state"), max_length=10, choices=LIVE_STATES, default="lobby")
    current_index = models.PositiveSmallIntegerField(_("current question (from 0)"), default=0)
    question_id = models.CharField(_("current question id"), max_length=64, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    joined_count = models.PositiveIntegerField(_("participants joined"), default=0)
    answered_count = models.PositiveIntegerField(_("answers to the current question"), default=0)
    max_participants = models.PositiveIntegerField(_("maximum number of participants"))
    ranking = models.CharField(_("ranking"), max_length=10, choices=RANKINGS, blank=True, default="")
    teams = models.JSONField(_("team names"), default=list, blank=True)
    joining_locked = models.BooleanField(
        _("joining locked"), default=False, help_text=_("No one new may join; those in the room go on.")
    )
    second_step = models.BooleanField(
        _("second join step"),
        default=False,
        help_text=_(
            "Joining also asks for a short code shown on the room's screen, changing every few seconds."
        ),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    purged_at = models.DateTimeField(_("nicknames and answers deleted at"), null=True, blank=True)
    ended_idle = models.BooleanField(
        _("ended by itself"),
        default=False,
        help_text=_(
            "Nobody touched the session for its expiry time, so it finished without the facilitator."
        ),
    )

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["-created_at"]
        permissions = [("run_live_sessions", _("Can start and run live sessions of quizzes"))]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(state="finished"), name="one_open_session_per_code"
            )
        ]

    def __str__(self):
        return f"{self.code} ({self.state})"

    @property
    def is_finished(self):
        return self.state == "finished"


class LiveParticipant(models.Model):
    """Someone in the room: a nickname (and a team, in a session ranked by team), nothing else (no account,
    no email). A signed-in learner may link their learner once, to count their answers toward their own
    progress."""

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="participants", verbose_name=_("live session")
    )
    nickname = models.CharField(_("nickname"), max_length=30)
    team = models.CharField(_("team"), max_length=40, blank=True)
    learner = models.ForeignKey(
        Learner, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("learner")
    )
    created_at = models.DateTimeField(_("joined at"), default=timezone.now)
    removed_at = models.DateTimeField(
        _("removed by the facilitator at"),
        null=True,
        blank=True,
        help_text=_("A removed participant's seat is free again and their answers are deleted."),
    )

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["session", "nickname"], name="one_nickname_per_session")
        ]

    def __str__(self):
        return self.nickname


class LiveAnswer(models.Model):
    """A participant's answer to one question of the session; the database allows one per question."""

    participant = models.ForeignKey(
        LiveParticipant, on_delete=models.CASCADE, related_name="answers", verbose_name=_("participant")
    )
    question_id = models.CharField(_("question id"), max_length=64)
    response = models.JSONField(_("response"))
    is_correct = models.BooleanField(_("correct"))
    answered_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("live answer")
        verbose_name_plural = _("live answers")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "question_id"], name="one_live_answer_per_question"
            )
        ]

    def __str__(self):
        return f"{self.participant_id}/{self.question_id}: {'right' if self.is_correct else 'wrong'}"


class LiveQuestionResult(models.Model):
    """The aggregate counts of one question of a finished session: what stays once nicknames and answers
    are deleted (`manage.py purge_live_sessions`)."""

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="results", verbose_name=_("live session")
    )
    position = models.PositiveSmallIntegerField(_("position"))
    question_id = models.CharField(_("question id"), max_length=64)
    answered = models.PositiveIntegerField(_("answers"))
    correct = models.PositiveIntegerField(_("right answers"))
    counts = models.JSONField(_("answers per choice"), default=dict)

    class Meta:
        verbose_name = _("live question result")
        verbose_name_plural = _("live question results")
        ordering = ["session", "position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "question_id"], name="one_result_per_question")
        ]

    def __str__(self):
        return f"{self.session_id}/{self.position}: {self.correct} of {self.answered}"


class LiveWrongCodes(models.Model):
    """How many wrong join codes came from one address in one minute (quizzes.live.guessing). The address
    itself is never kept: `sender` is a keyed hash of it (HMAC with the SECRET_KEY), and rows older than
    the previous minute are deleted as new ones are made."""

    sender = models.CharField(_("keyed hash of the sending address"), max_length=64)
    minute = models.PositiveBigIntegerField(_("minute (since the epoch)"))
    count = models.PositiveIntegerField(_("wrong codes"), default=0)

    class Meta:
        verbose_name = _("wrong join codes")
        verbose_name_plural = _("wrong join codes")
        constraints = [
            models.UniqueConstraint(fields=["sender", "minute"], name="one_wrong_code_count_per_minute")
        ]

    def __str__(self):
        return f"{self.sender[:8]}…/{self.minute}: {self.count}"
