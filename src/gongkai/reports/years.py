"""Report years in URLs and query strings: from the first 条例 year to the current year.

Anything else is a page that does not exist (404), never a server error: ``?year=99999999999``
would overflow the database's integer and ``date(99999, 1, 1)`` raises.
"""

import re

from django.http import Http404
from django.utils import timezone

from gongkai.reportformat import FIRST_REPORT_YEAR


def year_or_404(raw, default: int | None = None) -> int | None:
    """The year in ``raw`` (a URL ``int`` or a query-string ``str``); ``default`` when it is blank."""
    if raw is None or raw == "":
        return default
    text = str(raw).strip()
    if not re.fullmatch(r"[0-9]{4}", text) or not FIRST_REPORT_YEAR <= int(text) <= timezone.localdate().year:
        raise Http404("年度无效")
    return int(text)
