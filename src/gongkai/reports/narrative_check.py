"""Checking the numbers a report's own text states against its tables, with the report checker's
rules (``gongkai.reportcheck``: counts next to their words, 「占x%」 shares against their bases),
applied to the narrative as the checker would read it from a published report (NFKC text, one
paragraph per line, sentences cut at 。；！？)."""

import re
import unicodedata
from dataclasses import dataclass

from gongkai.reportcheck.rules.narrative import narrative_findings
from gongkai.reportcheck.rules.percentages import percentage_findings
from gongkai.reportcheck.rules.text import Sentence

_SENTENCE = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
# No figure of a report has more digits; longer runs are typing slips (and Python refuses to read
# numbers over 4300 digits at all).
_OVERLONG_NUMBER = re.compile(r"\d{21,}")


@dataclass(frozen=True)
class NarrativeIssue:
    section: str  # section key
    excerpt: str  # the sentence (or its part) that carries the wrong number
    message: str  # Chinese, says what the tables say


def sentences(section: str, text: str) -> list[Sentence]:
    found = []
    for paragraph, line in enumerate(line for line in text.splitlines() if line.strip()):
        for chunk in _SENTENCE.findall(unicodedata.normalize("NFKC", line)):
            if chunk.strip():
                found.append(Sentence(chunk.strip(), section, paragraph))
    return found


def check(narrative: dict[str, str], tables: dict) -> list[NarrativeIssue]:
    """Every number in the narrative that contradicts the tables."""
    issues = []
    for section, text in narrative.items():
        found = sentences(section, text)
        overlong = [sentence for sentence in found if _OVERLONG_NUMBER.search(sentence.text)]
        issues += [NarrativeIssue(section, f"{sentence.text[:30]}…", "数字超过20位，请核对")
                   for sentence in overlong]
        found = [sentence for sentence in found if sentence not in overlong]
        issues += [NarrativeIssue(section, finding.quote or "", finding.message)
                   for finding in narrative_findings(found, tables) + percentage_findings(found, tables)]
    return issues
