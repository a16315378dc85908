"""Calendar eras, year reading, fiscal years and year inference."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.calendars import ERAS, era_for_marker, fiscal_year_range, nearest_year, read_year


@pytest.mark.parametrize(
    ("era", "written", "month", "gregorian"),
    [
        ("BE", 2563, None, 2020),
        ("BE", 2563, 1, 2020),  # after the 1941 reform January belongs to the same year
        ("BE", 2475, 6, 1932),  # June 1932, the revolution
        ("BE", 2475, 1, 1933),  # before 1941 the Buddhist year began in April
        ("BE", 2482, 3, 1940),
        ("BE", 2484, 1, 1941),
        ("CE", 2020, 2, 2020),
        ("RE", 124, None, 1905),
        ("RE", 124, 2, 1906),  # ร.ศ. years also began in April
    ],
)
def test_era_to_gregorian(era: str, written: int, month: int | None, gregorian: int) -> None:
    assert ERAS[era].to_gregorian(written, month) == gregorian


@pytest.mark.parametrize(
    ("marker", "era"),
    [("พ.ศ.", "BE"), ("พ.ศ", "BE"), ("พศ.", "BE"), ("พ. ศ.", "BE"), ("ค.ศ.", "CE"), ("คศ", "CE"), ("ร.ศ.", "RE")],
)
def test_markers(marker: str, era: str) -> None:
    found = era_for_marker(marker)
    assert found is not None and found.name == era


def test_unknown_marker() -> None:
    assert era_for_marker("ฮ.ศ.") is None


@given(st.sampled_from(["BE", "CE", "RE"]), st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_gregorian_round_trip(era_name: str, date: dt.date) -> None:
    era = ERAS[era_name]
    written = era.from_gregorian(date.year, date.month)
    assert era.to_gregorian(written, date.month) == date.year
    # Without a month the plain offset applies both ways.
    assert era.to_gregorian(era.from_gregorian(date.year)) == date.year


@given(st.integers(min_value=2484, max_value=2700), st.integers(min_value=1, max_value=12))
def test_buddhist_round_trip_after_reform(be_year: int, month: int) -> None:
    era = ERAS["BE"]
    assert era.from_gregorian(era.to_gregorian(be_year, month), month) == be_year


@pytest.mark.parametrize(
    ("written", "marker", "gregorian", "calendar", "source"),
    [
        ("2563", None, 2020, "BE", "year_range"),
        ("63", None, 2020, "BE", "short_year"),
        ("2021", None, 2021, "CE", "year_range"),
        ("2563", "พ.ศ.", 2020, "BE", "marker"),
        ("62", "พ.ศ.", 2019, "BE", "marker"),
        ("2020", "ค.ศ.", 2020, "CE", "marker"),
        ("124", "ร.ศ.", 1905, "RE", "marker"),
        ("2400", None, 1857, "BE", "year_range"),
        ("2399", None, 2399, "CE", "year_range"),
    ],
)
def test_read_year(written: str, marker: str | None, gregorian: int, calendar: str, source: str) -> None:
    reading = read_year(written, marker)
    assert (reading.gregorian, reading.calendar, reading.era_source) == (gregorian, calendar, source)


@pytest.mark.parametrize(
    ("be_year", "first", "last"),
    [(2563, "2019-10-01", "2020-09-30"), (2565, "2021-10-01", "2022-09-30")],
)
def test_fiscal_year(be_year: int, first: str, last: str) -> None:
    begins, ends = fiscal_year_range(be_year)
    assert (begins.isoformat(), ends.isoformat()) == (first, last)


@pytest.mark.parametrize(
    ("month", "day", "reference", "direction", "year"),
    [
        (12, 5, "2020-02-26", None, 2019),  # nearest, not 2020-12-05 ten months ahead
        (1, 5, "2020-12-28", None, 2021),  # a week ahead beats a year back
        (3, 1, "2020-02-26", None, 2020),
        (8, 1, "2020-03-01", None, 2019),  # five months ahead counts as ten
        (3, 1, "2020-02-26", "past", 2019),
        (2, 20, "2020-02-26", "future", 2021),
        (9, None, "2020-02-26", "this", 2020),  # ก.ย. นี้: the coming September
        (2, 20, "2020-02-26", "this", 2020),  # a few days back still counts as "this"
        (2, None, "2020-02-26", None, 2020),
        (2, 29, "2021-03-01", None, 2020),  # only a leap year has it
        (8, 1, "2020-03-01", "around", 2020),  # against a date in the text: five months ahead is five
        (12, 5, "2020-02-26", "around", 2019),
    ],
)
def test_nearest_year(month: int, day: int | None, reference: str, direction: str | None, year: int) -> None:
    assert nearest_year(month, day, dt.date.fromisoformat(reference), direction) == year
