"""Models of the course tree. Each concern has its own module; other apps import from here."""

from .base import HtmxPartialMixin, SolidairePage, content_language, tabs
from .certificates import Certificate, normalize_code
from .learners import SESSION_KEY, TOO_MANY_NEW_VISITORS, Learner, LessonCompletion, visitor_lookup
from .media import CustomImage, Rendition
from .pages import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from .progress import CourseProgress
from .snippets import GlossaryTerm, LabourStandard, Theme
from .steps import CourseStep
from .translations import SourceChange, WithheldAliases

__all__ = [
    "SESSION_KEY",
    "TOO_MANY_NEW_VISITORS",
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "CourseProgress",
    "CourseStep",
    "CustomImage",
    "GlossaryTerm",
    "HomePage",
    "HtmxPartialMixin",
    "LabourStandard",
    "Learner",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "Rendition",
    "SolidairePage",
    "SourceChange",
    "StandardPage",
    "Theme",
    "WithheldAliases",
    "content_language",
    "normalize_code",
    "tabs",
    "visitor_lookup",
]
