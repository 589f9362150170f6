"""learning.spreadsheets, cell by cell: what OWASP says could run as a formula in a CSV is quoted, and
nothing else changes; an XLSX text is a text (the downloads' tests check each endpoint)."""

from decimal import Decimal

import pytest
from openpyxl import Workbook

from learning.spreadsheets import csv_cell, xlsx_cell


@pytest.mark.parametrize("text", ["=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_a_text_that_starts_like_a_formula_gets_a_quote(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", [-0.08, -1, Decimal("-2.5"), 0, None, "", "< 5", "—", "a=b", "Leçon 1"])
def test_numbers_and_other_texts_stay_as_they_are(value):
    assert csv_cell(value) == value and type(csv_cell(value)) is type(value)


def test_an_xlsx_text_is_text_and_a_number_a_number():
    worksheet = Workbook(write_only=True).create_sheet()
    assert (xlsx_cell(worksheet, "=1+1").value, xlsx_cell(worksheet, "=1+1").data_type) == ("=1+1", "s")
    assert (xlsx_cell(worksheet, -0.08).value, xlsx_cell(worksheet, -0.08).data_type) == (-0.08, "n")
