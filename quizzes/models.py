"""QuizPage, and learners' attempts and answers (keyed by the quiz's translation_key and block ids)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from learning.blocks import RICH_TEXT_FEATURES
from learning.models import CourseStep, HtmxPartialMixin, Learner, tabs, visitor_lookup
from quizzes.blocks import QuestionsBlock
from quizzes.presentation import question_views


class QuizPage(HtmxPartialMixin, CourseStep):
    """A module's quiz: questions answered one by one, with feedback, a score and a pass mark."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
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

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def get_context(self, request, *args, **kwargs):
        """The page plus the visitor's quiz: their latest attempt, each question with their answer and
        feedback (editors see the answer key in preview)."""
        context = super().get_context(request, *args, **kwargs)
        attempt = QuizAttempt.objects.latest_for_request(request, self)
        answers = {answer.question_id: answer for answer in attempt.answers.all()} if attempt else {}
        show_key = bool(getattr(request, "is_preview", False))
        questions = question_views(self, attempt, answers, show_key)
        context.update(
            attempt=attempt,
            questions=questions,
            answered_count=len(answers),
            question_count=len(questions),
            progress_percent=round(100 * len(answers) / len(questions)) if questions else 0,
            show_key=show_key,
        )
        return context

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
        best = {}
        finished = QuizAttempt.objects.filter(learner=learner, score__isnull=False)
        for key, score, passed in finished.values_list("quiz_key", "score", "passed"):
            best_score, ever_passed = best.get(key, (0, False))
            best[key] = (max(best_score, score), ever_passed or passed)
        return best


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

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"], name="one_answer_per_question")
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.question_id}: {'right' if self.is_correct else 'wrong'}"
