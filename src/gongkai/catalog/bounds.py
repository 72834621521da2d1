"""Bounds of the public query parameters (years, ids, pages), shared by the portal and the API.

Plain Python: a value outside them is a clear Chinese message for the citizen (a 404 or 422),
never a database error.
"""

from datetime import date

FIRST_YEAR = 1949  # the oldest year a filter offers (the catalog holds no older information)
MAX_ID = 2**31 - 1  # the largest key both SQLite and PostgreSQL integer columns hold


def year_problem(year: int | None, today: date) -> str:
    """Why ``year`` is not a year to filter by on ``today`` ("" when it is): years run from
    1949 to the current year; nothing is published in a future year."""
    if year is None or FIRST_YEAR <= year <= today.year:
        return ""
    return f"年份须在{FIRST_YEAR}年至{today.year}年之间，收到的是{year}"


def id_problem(value: int | None, what: str) -> str:
    """Why ``value`` cannot be the id of a ``what`` ("" when it can)."""
    if value is None or 1 <= value <= MAX_ID:
        return ""
    return f"{what}编号{value}不存在"


def filter_years(today: date, oldest: int = 2005) -> list[int]:
    """The years a list's year filter offers, newest first, up to the current year."""
    return list(range(today.year, oldest - 1, -1))
