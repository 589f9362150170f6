"""Whether a request carries a NUL character (U+0000) in any text a view may read: its path, its query,
its cookies, a form's field names and values (a POST, or a PUT, PATCH or DELETE such as
wagtail-localize's string editor sends), or a JSON body. PostgreSQL's text and JSON fields cannot hold
one, and no browser puts one in a form (issue 20). Not read: an uploaded file's name (Django drops its
non-printable characters) and the headers (gunicorn refuses a control character in them; a cookie's
octal escapes, which Django's cookie parser decodes, are read here).

Reading a form is Django's own parsing, with its limits (DATA_UPLOAD_MAX_MEMORY_SIZE,
DATA_UPLOAD_MAX_NUMBER_FIELDS, DATA_UPLOAD_MAX_NUMBER_FILES): a request past them raises Django's
exception, which Django answers with a 400."""

import re
from io import BytesIO

from django.conf import settings
from django.core.exceptions import BadRequest
from django.core.files.uploadhandler import load_handler
from django.http import QueryDict
from django.http.multipartparser import MultiPartParser

NUL = "\x00"
# `\u0000` in JSON text, unless its backslash is itself escaped (`\\u0000` is a backslash and "u0000").
JSON_NUL = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")
FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


def carries_nul(request):
    """Whether `request` holds a NUL anywhere a view may read text. Raises BadRequest for a JSON body that
    is not UTF-8, and Django's exceptions (400s) for a form past Django's limits or malformed."""
    if NUL in request.path or in_fields(request.GET.lists()):
        return True
    if in_fields((name, [value]) for name, value in request.COOKIES.items()):
        return True
    content_type = request.content_type or ""
    if content_type == "application/json" or content_type.endswith("+json"):
        return json_holds_nul(request.body)
    return content_type in FORM_TYPES and in_fields(form_fields(request).lists())


def in_fields(fields):
    """Whether a NUL is in a name or a value of `fields`, pairs of (name, [value, ...])."""
    return any(NUL in name or any(NUL in value for value in values) for name, values in fields)


def json_holds_nul(body):
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest("A JSON body must be UTF-8.") from error
    return NUL in text or JSON_NUL.search(text) is not None


def form_fields(request):
    """The fields of a form: Django's `request.POST` for a POST; for another method, which Django does not
    parse, the same parsing of the body (which stays readable for the view)."""
    if request.method == "POST":
        return request.POST
    if request.content_type == "application/x-www-form-urlencoded":
        return QueryDict(request.body, encoding=request.encoding)
    handlers = [load_handler(path, request) for path in settings.FILE_UPLOAD_HANDLERS]
    fields, _files = MultiPartParser(request.META, BytesIO(request.body), handlers, request.encoding).parse()
    return fields
