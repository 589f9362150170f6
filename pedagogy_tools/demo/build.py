"""Build the demo toolkits from their content files (`pedagogy_tools.demo.files`) and import their
translations from the PO files.

Runs after the course and quiz builders (settings.DEMO_CONTENT_BUILDERS): a toolkit links to a module
and a quiz of the demo course. Safe to run again: pages and documents that exist are left as they are.
Each attachment is a one-page PDF made with WeasyPrint, once per language, and kept as a Wagtail
document in the Toolkits collection; the English toolkit gets the English file through a wagtail-localize
override, the way an editor would choose it in the translation editor.
"""

import json

from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from learning.demo.build import SOURCE_LANGUAGE, DemoBuilder, demo_key
from learning.models import HomePage
from pedagogy_tools.access import TOOLKITS_COLLECTION
from pedagogy_tools.bundle.pdf import render_pdf
from pedagogy_tools.demo import files
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage


def items(name, values):
    """ListBlock items with ids fixed by `name`, the same in every language."""
    return [
        {"type": "item", "value": value, "id": str(demo_key(f"{name}/item:{i}"))}
        for i, value in enumerate(values)
    ]


class ToolkitDemoBuilder(DemoBuilder):
    content_dir = files.TOOLKITS_CONTENT

    def build(self):
        self.collection = Collection.objects.get(depth=2, name=TOOLKITS_COLLECTION)
        home = HomePage.objects.get(locale=self.source_locale, depth=2)
        index = files.index(languages=())
        toolkit_index = self.page(home, ToolkitIndexPage, "toolkit-index", self.index_fields, index, "index")
        for key in files.TOOLKIT_KEYS:
            data = files.toolkit(key)  # every language: each language's attachments are made into PDFs here
            name = f"toolkit:{key}"
            documents = {
                lang: [self.document(attachment, lang, data) for attachment in data["attachments"]]
                for lang in self.languages_of(data)
            }
            fields = self.toolkit_fields(name, documents)
            page = self.page(toolkit_index, ToolkitPage, name, fields, data, key)
            self.choose_attachments_in_translations(page, name, data, documents)
        self.translate_pages()
        return self.created

    def languages_of(self, data):
        return [lang for lang in self.locales if lang in data["title"]]

    # -- fields per language --------------------------------------------------------------------------

    def toolkit_fields(self, name, documents):
        def fields(data, lang):
            return {
                "title": data["title"][lang],
                "slug": data["slug"][lang],
                "summary": data["summary"][lang],
                "audience": data["audience"][lang],
                "group_size_min": data["group_size"][0],
                "group_size_max": data["group_size"][1],
                "objectives": "<ul>"
                + "".join(f"<li>{item[lang]}</li>" for item in data["objectives"])
                + "</ul>",
                "materials": data["materials"][lang],
                "preparation": data["preparation"][lang],
                "agenda": [
                    {
                        "type": "activity",
                        "id": str(demo_key(f"{name}/activity:{i}")),
                        "value": {
                            "title": activity["title"][lang],
                            "minutes": activity["minutes"],
                            "method": activity["method"],
                            "instructions": activity["instructions"][lang],
                            "facilitator_notes": activity["notes"][lang],
                            "materials": items(
                                f"{name}/activity:{i}/materials",
                                [item[lang] for item in activity["materials"]],
                            ),
                            "handout": activity["handout"][lang],
                        },
                    }
                    for i, activity in enumerate(data["agenda"])
                ],
                "discussion_questions": [
                    {
                        "type": "question",
                        "id": str(demo_key(f"{name}/question:{i}")),
                        "value": {
                            "question": question["question"][lang],
                            "guidance": question["guidance"][lang],
                        },
                    }
                    for i, question in enumerate(data["discussion"])
                ],
                "attachments": [
                    {
                        "type": "attachment",
                        "id": self.attachment_block_id(name, i),
                        "value": {"document": document.pk, "description": attachment["description"][lang]},
                    }
                    for i, (attachment, document) in enumerate(
                        zip(data["attachments"], documents[lang], strict=True)
                    )
                ],
                "course": Page.objects.get(
                    translation_key=demo_key(data["course"]), locale=self.source_locale
                ),
                "quiz": Page.objects.get(
                    translation_key=demo_key(data["quiz"]), locale=self.source_locale
                ).specific,
            }

        return fields

    @staticmethod
    def attachment_block_id(name, position):
        return str(demo_key(f"{name}/attachment:{position}"))

    # -- attachments ----------------------------------------------------------------------------------

    def document(self, attachment, lang, toolkit):
        """The attachment's one-page PDF in `lang`, as a document of the Toolkits collection."""
        Document = get_document_model()
        title = attachment["title"][lang]
        existing = Document.objects.filter(collection=self.collection, title=title).first()
        if existing is not None:
            return existing
        with translation.override(lang):
            pdf = render_pdf(
                "pedagogy_tools/pdf/one_page.html",
                {
                    "title": title,
                    "toolkit_title": toolkit["title"][lang],
                    "toolkit": {"title": toolkit["title"][lang], "summary": attachment["description"][lang]},
                    "content_language": lang,
                    "body": attachment["body"][lang],
                },
            )
        document = Document(title=title, collection=self.collection, file_size=len(pdf))
        document.file.save(f"{attachment['file_name'][lang]}.pdf", ContentFile(pdf), save=False)
        document.file_hash = hash_filelike(ContentFile(pdf))  # what Wagtail's upload form stores
        document.save()
        self.created += 1
        return document

    def choose_attachments_in_translations(self, page, name, data, documents):
        """Before a translation is made, override each attachment's document with that language's file
        (only for translations that do not exist yet: editors' later choices are kept)."""
        for lang, language_documents in documents.items():
            if lang == SOURCE_LANGUAGE:
                continue
            locale = self.locales[lang]
            translated = Page.objects.filter(
                translation_key=page.translation_key, locale=locale, alias_of__isnull=True
            )
            if translated.exists():
                continue
            source, _ = TranslationSource.update_or_create_from_instance(page)
            for position, document in enumerate(language_documents):
                path = f"attachments.{self.attachment_block_id(name, position)}.document"
                segment = OverridableSegment.objects.filter(source=source, context__path=path).first()
                if segment is not None:
                    SegmentOverride.objects.update_or_create(
                        locale=locale,
                        context=segment.context,
                        defaults={"data_json": json.dumps(document.pk)},
                    )


def build(log=print):
    """Build the demo toolkits; return how many objects were created."""
    return ToolkitDemoBuilder(log=log).build()
