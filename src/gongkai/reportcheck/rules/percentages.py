"""Shares printed next to counts (「不予处理8件，占0.057%」) that the counts do not give.

The base of a share is a count printed earlier in the same paragraph (「办理…1396件，其中…」) or one
of the table's totals; a share is right when some base gives it, rounded to the printed decimals.
"""

import re
from decimal import Decimal

from gongkai.reportcheck.findings import Finding, Kind, Severity
from gongkai.reportcheck.rules.text import Sentence, display, quote
from gongkai.reportformat import Tables, get_cell

_SHARE = re.compile(r"(\d[\d,]*)\s*件\s*[，,、]?\s*(?:约|共)?占(?:比)?[^\d%，。；,;]{0,12}?(\d+(?:\.\d+)?)\s*%")
_COUNT = re.compile(r"(\d[\d,]*)\s*件")
_TOTALS = ("t3.result_total.total", "t3.new.total")


def percentage_findings(sentences: list[Sentence], tables: Tables) -> list[Finding]:
    findings = []
    counts: list[int] = []
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            counts, paragraph = [], sentence.paragraph
        position = 0
        for match in _SHARE.finditer(sentence.text):
            counts += [_int(m.group(1)) for m in _COUNT.finditer(sentence.text, position, match.start())]
            position = match.end()
            finding = _check(match, counts, sentence, tables)
            if finding is not None:
                findings.append(finding)
            counts.append(_int(match.group(1)))
        counts += [_int(m.group(1)) for m in _COUNT.finditer(sentence.text, position)]
    return findings


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _check(match: re.Match, counts: list[int], sentence: Sentence, tables: Tables) -> Finding | None:
    count, printed = _int(match.group(1)), Decimal(match.group(2))
    decimals = -printed.as_tuple().exponent if "." in match.group(2) else 0
    tolerance = Decimal(5) / Decimal(10) ** (decimals + 1) + Decimal("1e-9")
    bases = [c for c in counts if c >= max(count, 1)] + _table_totals(tables)
    if not bases or any(abs(Decimal(count) * 100 / base - printed) <= tolerance for base in bases if base):
        return None
    base = bases[0]
    if not base:
        return None
    right = (Decimal(count) * 100 / base).quantize(Decimal("0.01"))
    return Finding(Kind.PERCENTAGE, Severity.WARNING,
                   f"「{display(match.group(0))}」：{count}件占{base}件的{right}%，不是{match.group(2)}%",
                   rule="share", quote=quote(sentence, *match.span()), where=sentence.where)


def _table_totals(tables: Tables) -> list[int]:
    totals = []
    for address in _TOTALS:
        try:
            value = get_cell(tables, address)
        except KeyError:
            continue
        if isinstance(value, int) and value > 0:
            totals.append(value)
    return totals
