"""A report's unit, year and publication date, each with where it was read.

The title 「淄博市2020年政府信息公开工作年度报告」 gives the unit and the year; a publisher field
(「发布机构：淄博市人民政府」) gives the unit's full name when the title's is a prefix of it; a
labelled date (「发布日期」「公开日期」「发布时间」…) or a date standing alone near the start or the end
gives the publication date.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from gongkai.reportcheck.source import Source

_TITLE = re.compile(r"((?:19|20)\d{2})\s*年\s*度?\s*(?:的)?\s*(?:政府)?\s*信\s*息\s*公\s*开\s*(?:工\s*作\s*)?(?:年\s*度\s*)?(?:工作\s*)?报\s*告")
_UNIT_TAIL = re.compile(r"([\u4e00-\u9fff()（）]{2,40})$")
_PREFIX = re.compile(r"^(?:标题|名称|题目|文章标题)\s*[:：]?\s*")
_PUBLISHER = re.compile(r"(?:发布机构|发文机关|发布单位|来源单位|信息来源)\s*[:：]?\s*([\u4e00-\u9fff()（）]{2,40})")
_DATE = r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?"
_LABELLED_DATE = re.compile(r"(发布日期|公开日期|发布时间|发文日期|成文日期|印发日期|日期|时间)\s*[:：]?\s*" + _DATE)
_ALONE_DATE = re.compile(r"^[(（]?\s*" + _DATE + r"\s*[)）]?$")
_DATE_LABEL_RANK = {"发布日期": 0, "公开日期": 0, "发布时间": 1, "发文日期": 2, "成文日期": 3, "印发日期": 3}
_NOT_PUBLICATION = {"采集", "抓取", "生成", "更新", "访问", "打印"}  # 采集时间 is when a page was saved
# 二〇二〇年, also typed with a circle for the zero (二○二○, ◯)
_CHINESE_YEAR = re.compile(r"[〇○◯零一二三四五六七八九]{4}(?=\s*年)")
_CHINESE_DIGITS = str.maketrans("〇○◯零一二三四五六七八九", "0000123456789")
EDGE_SEGMENTS = 12  # a date alone on a line counts near the start or the end of the report


@dataclass
class Metadata:
    unit: str | None = None
    year: int | None = None
    published_on: str | None = None  # ISO date
    title: str | None = None
    where: dict[str, str] = field(default_factory=dict)  # field → location

    def as_dict(self) -> dict:
        return {"unit": self.unit, "year": self.year, "published_on": self.published_on, "title": self.title,
                "where": self.where}


def read_metadata(source: Source, limit_segments: int = 400) -> Metadata:
    meta = Metadata()
    segments = source.segments[:limit_segments]
    page_title = [(source.title, "网页标题")] if source.title else []
    texts = page_title + [(s.text, s.where.describe()) for s in segments]
    # a title in a link names another page (a list of other years' reports beside the article)
    _title(meta, page_title + [(s.text, s.where.describe()) for s in segments if not s.link])
    if meta.year is None:
        _title(meta, texts)
    _publisher(meta, texts)
    _published_on(meta, source)
    return meta


def _title(meta: Metadata, texts) -> None:
    previous = ""
    for text, where in texts:
        text = _CHINESE_YEAR.sub(lambda m: m.group().translate(_CHINESE_DIGITS), text)  # 二〇二〇年
        match = _TITLE.search(text)
        if match:
            before = _PREFIX.sub("", text[:match.start()].strip())
            unit = _unit(before) or (_unit(previous) if len(previous) <= 30 else None)
            meta.year = int(match.group(1))
            meta.title = ((unit or "") + text[match.start():match.end()]).replace(" ", "")
            meta.where["year"] = where
            if unit:
                meta.unit, meta.where["unit"] = unit, where
            return
        if text.strip():
            previous = text.strip()


def _unit(text: str) -> str | None:
    chunks = text.replace("\u3000", " ").split()
    if not chunks:
        return None
    match = _UNIT_TAIL.search(chunks[-1].lstrip("#").strip())
    unit = match.group(1).removeprefix("关于").removesuffix("关于") if match else ""
    return unit if len(unit) >= 2 else None


def _publisher(meta: Metadata, texts) -> None:
    for text, where in texts:
        match = _PUBLISHER.search(text)
        if match:
            name = match.group(1)
            if meta.unit is None or (name.startswith(meta.unit) and name != meta.unit):
                meta.unit, meta.where["unit"] = name, where
            return


def _published_on(meta: Metadata, source: Source) -> None:
    candidates = []
    head = source.segments[:200]
    for number, segment in enumerate(head):
        text, where = segment.text, segment.where
        following = head[number + 1] if number + 1 < len(head) else None
        if segment.cell and following is not None and following.cell and following.group == segment.group:
            text, where = f"{text} {following.text}", following.where  # 「公开日期」|「2024-01-17」
        for match in _LABELLED_DATE.finditer(text):
            if text[max(0, match.start() - 2):match.start()] in _NOT_PUBLICATION:
                continue
            rank = _DATE_LABEL_RANK.get(match.group(1), 4)
            candidates.append((rank, _iso(*match.groups()[1:]), where.describe()))
    edges = source.segments[:EDGE_SEGMENTS] + source.segments[-EDGE_SEGMENTS:]
    for segment in edges:
        match = _ALONE_DATE.match(segment.text.strip())
        if match:
            candidates.append((5, _iso(*match.groups()), segment.where.describe()))
    candidates = [c for c in candidates if c[1]]
    if candidates:
        _, meta.published_on, meta.where["published_on"] = min(candidates, key=lambda c: c[0])


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
