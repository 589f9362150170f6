"""Every spreadsheet the site serves goes through here (the admin's reports by SolidaireReportView, the
live summary by `csv_response` and `xlsx_response`), so that no cell of ours runs as a formula, and a
CSV opens the same in Excel and LibreOffice whatever its language.

- CSV: a text cell starting with = + - @, a tab or a carriage return gets a single quote in front
  (OWASP, "CSV injection"): a spreadsheet shows it as text. Numbers (int, float, Decimal) stay numbers,
  so a negative discrimination is still -0.08. The file starts with UTF-8's byte-order mark, which tells
  Excel it is UTF-8 (accents, Kreyòl).
- XLSX: text is written as text (data type "s"), never as a formula, and unchanged; numbers as numbers.
  The sheet is named after what it holds, in the reader's language (`sheet_title`), never "Sheet1".
"""

import csv
import io

from django.http import HttpResponse
from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_FORBIDDEN = str.maketrans({character: " " for character in "[]:*?/\\"})
SHEET_TITLE_LENGTH = 31
CSV_BOM = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_cell(value):
    """`value` as a CSV cell: a text that a spreadsheet would read as a formula is quoted; anything
    else (a number, a harmless text, None) is returned as it is."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(filename, rows):
    """A CSV download of `rows` (lists of cells) named `filename`, its cells through `csv_cell`."""
    response = HttpResponse(content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(CSV_BOM)
    writer = csv.writer(response)
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return response


def sheet_title(text):
    """`text` as the name of a sheet, which Excel limits to 31 characters, none of [ ] : * ? / \\, and not
    starting or ending with an apostrophe: those become spaces, and the name is cut on a word when it can."""
    title = " ".join(str(text).translate(SHEET_FORBIDDEN).split()).strip("'").strip()
    if len(title) > SHEET_TITLE_LENGTH:
        cut = title[: SHEET_TITLE_LENGTH - 1]
        title = (cut.rsplit(" ", 1)[0] if " " in cut[10:] else cut).rstrip(" '") + "…"
    return title or "1"


def xlsx_cell(worksheet, value):
    """A cell of `worksheet` holding `value`; a text is a text, whatever it starts with."""
    if isinstance(value, Promise):
        value = str(value)
    cell = WriteOnlyCell(worksheet, value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def xlsx_response(filename, rows, sheet):
    """An XLSX download of `rows` (lists of cells) named `filename`, on one sheet named `sheet`."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=sheet_title(sheet))
    for row in rows:
        worksheet.append([xlsx_cell(worksheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
