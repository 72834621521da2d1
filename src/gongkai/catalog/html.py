"""Rich-text helpers. Plain Python."""

import html
import re

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|tr|div|table|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(markup: str) -> str:
    """The text of sanitised HTML, block elements separated by line breaks."""
    return html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", markup or ""))).strip()
