"""Models of the course tree. Each concern has its own module; import from here."""

from .certificates import Certificate
from .media import CustomImage, Rendition
from .pages import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from .progress import Learner, LessonCompletion
from .snippets import GlossaryTerm, LabourStandard, Theme

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "CustomImage",
    "GlossaryTerm",
    "HomePage",
    "LabourStandard",
    "Learner",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "Rendition",
    "StandardPage",
    "Theme",
]
