"""PDFs with WeasyPrint: A4 pages with margins that also print on US Letter, a running title, page
numbers, black text on white in a size a photocopier keeps readable. See templates/pedagogy_tools/pdf/."""

from django.template.loader import render_to_string


def render_pdf(template_name, context):
    """Render `template_name` (a pedagogy_tools/pdf/ template) to PDF bytes. Call it inside
    translation.override(language). Nothing is fetched while rendering, from the network or the disk:
    the stylesheet is inline and only data: URLs are allowed."""
    from weasyprint import HTML  # imported here: WeasyPrint loads Pango, which only kits need
    from weasyprint.urls import URLFetcher

    html = render_to_string(template_name, context)
    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=html, url_fetcher=fetcher).write_pdf(pdf_tags=True)
