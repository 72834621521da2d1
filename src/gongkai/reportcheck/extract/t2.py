"""Table 二 (主动公开政府信息情况): 第二十条 blocks, each a caption, a header and data rows.

The version is told by the column headers (2019: 本年新制作数量 / 上一年项目数量 …; 2021: 本年制发
件数 / 本年处理决定数量 / 本年收费金额) and by the 第（九）项 block that only 2019 has.
"""

from gongkai.reportcheck.anchors import Label, locate, parse_label
from gongkai.reportcheck.extract.common import TableReading, region_tokens
from gongkai.reportcheck.limits import Budget
from gongkai.reportcheck.numbers import decode
from gongkai.reportcheck.source import Index, label_key
from gongkai.reportformat import VERSIONS, load

SPAN = 4000  # compact characters table 二 can take
ROW_ALTERNATES = {"normative_docs": ("行政规范性文件", "规范性文件")}  # 2019 and 2021 wordings alike
# Soft relations used only to choose among cuts of run-together digits.
_SOFT = {
    ("2019", "art20_1"): lambda v: v[1] <= v[2],  # 本年新公开 ≤ 对外公开总数
    ("2021", "art20_1"): lambda v: v[0] <= v[2],  # 本年制发 ≤ 现行有效
}


def read_t2(index: Index, end: int, year: int | None, budget: Budget) -> TableReading | None:
    """Table 二 before ``end`` (the start of table 三, or the end of the text)."""
    captions = _captions()
    start = _start(index, captions, end)
    if start is None:
        return None
    end = min(end, start + SPAN)
    version = _version(index, start, end, year)
    fmt = load(version)
    blocks = fmt.t2.blocks
    caption_anchors = locate(index, [captions[b.key] for b in blocks], start, end)
    reading = TableReading("t2", version, span=(start, end))
    for number, block in enumerate(blocks):
        low = caption_anchors[number].end if caption_anchors[number] else _previous_end(caption_anchors, number, start)
        high = next((a.start for a in caption_anchors[number + 1:] if a), end)
        _read_block(index, reading, version, block, low, high)
        budget.check()
    return reading


def _captions() -> dict[str, Label]:
    """「第二十条第（一）项」…, searched whole: the part before its parenthesis says nothing."""
    captions = {}
    for version in VERSIONS:
        for block in load(version).t2.blocks:
            key = label_key(block.caption)
            captions[block.key] = Label(number="", body=key, short=key)
    return captions


def _start(index: Index, captions: dict[str, Label], end: int) -> int | None:
    """The first 第二十条第（一）项 caption followed by its 信息内容 header (else the first at all)."""
    key = captions["art20_1"].full
    first, position = None, index.find(key, 0, end)
    while position >= 0:
        first = position if first is None else first
        if index.find("信息内容", position, position + len(key) + 40) >= 0:
            return position
        position = index.find(key, position + 1, end)
    return first


def _version(index: Index, start: int, end: int, year: int | None) -> str:
    text = index.text[start:end]
    scores = {}
    for version in VERSIONS:
        other = {label_key(c.label) for v in VERSIONS if v != version for b in load(v).t2.blocks for c in b.columns}
        own = {parse_label(c.label).short for b in load(version).t2.blocks for c in b.columns}
        scores[version] = sum(1 for key in own if key in text and not any(key in o for o in other))
    scores["2019"] += 2 * (label_key("第二十条第（九）项") in text)
    if scores["2019"] == scores["2021"]:
        return "2019" if year is not None and year <= 2020 else "2021"
    return max(scores, key=scores.get)


def _previous_end(anchors, number: int, start: int) -> int:
    return next((a.end for a in reversed(anchors[:number]) if a), start)


def _read_block(index: Index, reading: TableReading, version: str, block, low: int, high: int) -> None:
    labels = [parse_label(r.label) for r in block.rows]
    alternates = {n: ROW_ALTERNATES.get(r.key, ()) for n, r in enumerate(block.rows)}
    anchors = locate(index, labels, low, high, alternates)
    columns = [c.key for c in block.columns]
    kinds = [c.type for c in block.columns]
    for row, anchor in zip(block.rows, anchors, strict=True):
        prefix = f"t2.{block.key}.{row.key}"
        if anchor is None:
            reading.absent_rows.append(prefix)
            for column in columns:
                reading.store(f"{prefix}.{column}", None, None, "missing")
            continue
        stop = min([a.start for a in anchors if a and a.start > anchor.start] + [high])
        tokens = region_tokens(index, anchor.end, stop, len(columns))
        reading.store_row(prefix, columns, decode(tokens, kinds, soft=_SOFT.get((version, block.key))))

