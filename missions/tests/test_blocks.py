"""A country brief's table: an instrument at most once, a year within bounds, "not ratified" as no year."""

import pytest
from django.core.exceptions import ValidationError

from missions.blocks import RatificationsBlock


def rows(*values):
    return RatificationsBlock().to_python(
        [
            {"type": "ratification", "value": {"instrument": code, "ratified_in": year}}
            for code, year in values
        ]
    )


def test_the_table_refuses_an_instrument_twice():
    with pytest.raises(ValidationError):
        RatificationsBlock().clean(rows(("C087", 1979), ("C087", None)))


def test_the_table_takes_a_ratified_and_a_not_ratified_instrument():
    cleaned = RatificationsBlock().clean(rows(("C087", 1979), ("P029", None)))

    assert [(row.value["instrument"], row.value["ratified_in"]) for row in cleaned] == [
        ("C087", 1979),
        ("P029", None),
    ]


@pytest.mark.parametrize("year", [1900, 2101])
def test_the_table_refuses_a_year_out_of_bounds(year):
    with pytest.raises(ValidationError):
        RatificationsBlock().clean(rows(("C087", year)))


def test_the_table_refuses_an_instrument_outside_the_list():
    with pytest.raises(ValidationError):
        RatificationsBlock().clean(rows(("C190", 2020)))
