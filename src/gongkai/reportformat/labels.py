"""Comparing printed labels: reports mix full- and half-width punctuation and stray spaces."""

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize_label(text: str) -> str:
    """NFKC (（）→(), full-width digits → ASCII) and no whitespace, per the spec's notes."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))
