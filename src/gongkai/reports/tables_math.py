"""Adding report tables (plain Python): a subtree's tables are the sum of its units' tables.

A blank cell (``None``, not reported) adds as nothing; a cell blank in every addend stays blank.
Amounts (decimal strings) add as ``Decimal`` and come back as strings.
"""

from decimal import Decimal

from gongkai.reportformat.tables import as_number


def _add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a, str) or isinstance(b, str):
        return amount_text(as_number(a) + as_number(b))
    return a + b


def add_into(target: dict, source: dict) -> None:
    """target += source, cell by cell, for nested dicts of the tables' shape."""
    for key, value in source.items():
        if isinstance(value, dict):
            add_into(target.setdefault(key, {}), value)
        elif key != "version":
            target[key] = _add(target.get(key), value)


def total(tables: list[dict], version: str) -> dict:
    out: dict = {"version": version}
    for item in tables:
        add_into(out, item)
    return out


def amount_text(value: Decimal) -> str:
    """An amount as report tables print it: 「4」 not 「4.0」, 「7.5」 not 「7.50」."""
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value, "f").rstrip("0")


def as_decimal_string(value) -> str:
    return format(Decimal(value), "f")
