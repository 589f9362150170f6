"""The discussion's template helpers: the thread a reader sees, and a post's text made safe to show."""

from django import template
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from circles import discussion

register = template.Library()


@register.simple_tag(takes_context=True)
def discussion_thread(context, meeting):
    """The thread of `meeting` as the signed-in visitor sees it (circles.discussion.Thread), or None for
    someone who may not read it."""
    try:
        person = discussion.reader(context["request"].user, meeting.circle)
    except discussion.DiscussionRefused:
        return None
    return discussion.thread(person, meeting)


@register.filter
def talk_text(text):
    """A post's plain text as HTML: everything escaped (HTML typed in a post shows as text), web addresses
    made links (Django's `urlize`: http, https and www. addresses and e-mail addresses only, so never a
    `javascript:` link) marked as links people wrote (`rel="nofollow noopener ugc"`), line breaks kept."""
    linked = urlize(text, nofollow=True, autoescape=True)
    # urlize writes its own attribute as below; a post's own text is escaped, so it cannot contain it.
    linked = linked.replace(' rel="nofollow"', ' rel="nofollow noopener ugc"')
    return mark_safe(linked.replace("\n", "<br>"))  # noqa: S308 - escaped by urlize
