"""索引号 (index number) of a piece of government information. Plain Python.

There is no national format (spec §4.1); each deployment sets one. The default is Zibo's:
``{credit_code}/{year}-{serial:05d}``, the serial unique per unit and year, e.g.
``11370300004224423Q/2021-00123``. The number is assigned when an item is published, so a
draft has none, and the portal never shows "2021-None".
"""

import string

DEFAULT_FORMAT = "{credit_code}/{year}-{serial:05d}"
FIELDS = {"credit_code", "year", "serial"}


def check_format(template: str) -> str:
    """Raise ``ValueError`` unless ``template`` uses only known fields and includes year and serial."""
    used = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    unknown = used - FIELDS
    if unknown:
        raise ValueError(f"index number format uses unknown fields {sorted(unknown)}; allowed: {sorted(FIELDS)}")
    if not {"year", "serial"} <= used:
        raise ValueError("index number format must contain {year} and {serial} to be unique")
    return template


def format_index(credit_code: str, year: int, serial: int, template: str = DEFAULT_FORMAT) -> str:
    if not credit_code or not year or not serial or serial < 1:
        raise ValueError("an index number needs a credit code, a year and a positive serial")
    return check_format(template).format(credit_code=credit_code, year=year, serial=serial)
