"""Every row of the test database copied aside, and put back in about a second: the demo takes half a
minute to build, so each test process builds it once and puts it back wherever a test needs it
(`demo_rows` and the fixtures after it in tests/helpers.py).

`copy_rows()` serializes every table's rows (ids kept) but those that database triggers fill (the SQLite
full-text index follows Wagtail's index entries). `put_back(rows)` empties every table (as a
transactional test's flush does) and inserts the rows again exactly: same ids, same timestamps, same
many-to-many links. Files stay where they were written (this process's MEDIA_ROOT).
"""

from collections import defaultdict

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import QuerySet

# Filled by triggers on Wagtail's index entries (SQLite only): a copy would be inserted twice.
FILLED_BY_TRIGGERS = {"wagtailsearch.sqliteftsindexentry"}


def copied_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.can_migrate(connection) and model._meta.label_lower not in FILLED_BY_TRIGGERS
    ]


def copy_rows():
    """Every row of every table (but the trigger-filled ones), as Django's "python" serialization: its
    datetimes keep their microseconds (JSON's keep milliseconds, and drop a fraction under one)."""
    rows = (row for model in copied_models() for row in QuerySet(model).order_by("pk").iterator())
    return serializers.serialize("python", rows)


def timestamps(model):
    """The fields that a plain insert would set to now (auto_now, auto_now_add)."""
    return [
        field.attname
        for field in model._meta.local_concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]


def insert(model, objects):
    """Insert `objects` with their own ids and values."""
    if model._meta.parents:  # a multi-table child (a page type): bulk_create refuses it; raw saves its table
        for obj in objects:
            obj.save_base(raw=True, force_insert=True)
        return
    stamped = timestamps(model)
    kept = [[getattr(obj, name) for name in stamped] for obj in objects]
    QuerySet(model).bulk_create(objects)
    if stamped:  # bulk_create wrote now into them: write the copied times back
        for obj, values in zip(objects, kept, strict=True):
            for name, value in zip(stamped, values, strict=True):
                setattr(obj, name, value)
        QuerySet(model).bulk_update(objects, stamped)


def link(obj, name, ids):
    """The many-to-many rows of `obj`'s field `name` to `ids`."""
    field = obj._meta.get_field(name)
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).attname
    target = through._meta.get_field(field.m2m_reverse_field_name()).attname
    QuerySet(through).bulk_create([through(**{source: obj.pk, target: pk}) for pk in ids])


def put_back(rows):
    """Make the database hold exactly `rows` (from `copy_rows`), in one transaction."""
    objects, links = defaultdict(list), []
    for item in serializers.deserialize("python", rows):
        objects[type(item.object)].append(item.object)
        links += [(item.object, name, ids) for name, ids in (item.m2m_data or {}).items()]
    with transaction.atomic():
        connection.check_constraints()  # PostgreSQL truncates no table with checks still pending on it
        call_command(
            "flush", interactive=False, verbosity=0, reset_sequences=False, inhibit_post_migrate=True
        )
        with connection.constraint_checks_disabled():  # rows refer to rows inserted after them
            for model, group in objects.items():
                insert(model, group)
            for obj, name, ids in links:
                link(obj, name, ids)
        with connection.cursor() as cursor:  # new rows are numbered after the copied ones
            for statement in connection.ops.sequence_reset_sql(no_style(), list(objects)):
                cursor.execute(statement)
    ContentType.objects.clear_cache()  # the copied content types may have other ids than the cached ones
