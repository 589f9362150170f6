"""Path converters for the project's URLs, registered once (LearningConfig.ready)."""

from django.urls import register_converter

# Every id in our URLs is a page's: Wagtail's Page has an AutoField, a 32-bit integer on PostgreSQL.
MAX_ID = 2**31 - 1


class IdConverter:
    """`<id:name>`: a database id that fits the column, or no match (a 404). Django's `<int:...>` accepts
    any number of digits, and 9223372036854775808 made the database driver raise OverflowError (a 500)."""

    regex = "[0-9]{1,10}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError(f"{value} is larger than any id")  # the URL does not match: a 404
        return number

    def to_url(self, value):
        return str(value)


def register():
    register_converter(IdConverter, "id")
