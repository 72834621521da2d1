"""Where the tables end: the landmarks between table 三, table 四 and section 五."""

import re

from gongkai.reportcheck.source import Index

_DIGIT = re.compile(r"\d")
_SECTION5 = re.compile(r"五(?:政府信息公开工作)?存在的?主要?问题|存在的主要问题及改进|六其他需要报告")
T4_HEADER_SPAN = 400  # the header words follow 「行政复议」 within this many characters
# Table 四 printed down the page: the five results one under another, each with its value(s) beside
# it (compact view, so the digits run on). Prose never puts the five labels side by side like this.
DOWN = re.compile(r"(?:结果)?维持\d*(?:结果)?纠正\d*(?:其他(?:结果)?|结果其他)\d*(?:结果)?尚未审结\d*(?:结果)?总计")


def t4_start(index: Index, start: int, end: int | None = None) -> int:
    """The 「行政复议」 that opens table 四: the first one followed by its column header, i.e. by
    「维持」 and 「纠正」 before any number (a narrative sentence has its counts there), or
    by the five result labels printed down the page with their values (``DOWN``).

    Single characters are matched: a narrow header column prints 「结/果/维/持」 one per line."""
    end = len(index.text) if end is None else end
    position = index.find("行政复议", start, end)
    while position >= 0:
        window = index.text[position:position + T4_HEADER_SPAN]
        digit = _DIGIT.search(window)
        header = window[:digit.start()] if digit else window
        if "维" in header and "纠" in header:  # in either order: a wrapped header prints 「结果纠/正」 over 「维持」
            return position
        if DOWN.search(window):
            return position
        position = index.find("行政复议", position + 1, end)
    return -1


def section5(index: Index, start: int) -> int:
    """Where section 五 (or, failing that, 六) begins after ``start``; the end of the text if neither."""
    match = _SECTION5.search(index.text, start)
    return match.start() if match else len(index.text)
