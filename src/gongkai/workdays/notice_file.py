"""Reading and writing a year's notice as a small YAML or JSON file (format: docs/calendar.md).

```yaml
year: 2026
title: 国务院办公厅关于2026年部分节假日安排的通知
number: ""            # 文号, optional
issued_on: 2025-11-04 # optional
holidays:
  - name: 春节
    from: 2026-02-15
    to: 2026-02-23
    working_days: [2026-02-14, 2026-02-28]
```

JSON uses the same keys. Errors name the line and the field (第12行 holidays 第2项 to：…).
"""

import json
from datetime import date

import yaml

from gongkai.workdays.notice import HolidayRange, Notice, parse_day

NOTICE_FIELDS = ("year", "title", "number", "issued_on", "note", "holidays")
HOLIDAY_FIELDS = ("name", "from", "to", "working_days")
_NULL_TAG = "tag:yaml.org,2002:null"


class NoticeFileError(ValueError):
    """The file cannot be read as a notice; ``errors`` lists every problem with its line."""

    def __init__(self, errors: list[str]):
        super().__init__("；".join(errors[:3]))
        self.errors = errors


def parse(data: bytes | str) -> Notice:
    root = _compose(_decode(data) if isinstance(data, bytes) else data)
    reader = _Reader()
    notice = reader.notice(root)
    if reader.errors:
        raise NoticeFileError(reader.errors)
    return notice


def to_dict(notice: Notice, *, dates_as_text: bool = True) -> dict:
    """The file form of ``notice`` (dates as ISO text for JSON and the audit trail)."""

    def day(value: date):
        return value.isoformat() if dates_as_text else value

    data: dict = {"year": notice.year}
    for key, value in (("title", notice.title), ("number", notice.number), ("issued_on", notice.issued_on),
                       ("note", notice.note)):
        if value:
            data[key] = day(value) if isinstance(value, date) else value
    data["holidays"] = [
        {"name": h.name, "from": day(h.first), "to": day(h.last),
         **({"working_days": [day(d) for d in h.working_days]} if h.working_days else {})}
        for h in notice.holidays
    ]
    return data


def dump_json(notice: Notice) -> str:
    return json.dumps(to_dict(notice), ensure_ascii=False)


def dump_yaml(notice: Notice) -> str:
    return yaml.safe_dump(to_dict(notice, dates_as_text=False), allow_unicode=True, sort_keys=False,
                          default_flow_style=False)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise NoticeFileError(["文件编码无法识别，请保存为 UTF-8 编码的文本文件"]) from None


def _compose(text: str):
    if text.lstrip().startswith(("{", "[")):
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise NoticeFileError([f"第{exc.lineno}行第{exc.colno}列：JSON 格式错误（{exc.msg}）"]) from None
        text = text.replace("\t", " ")  # valid JSON has tabs only between tokens; YAML forbids them
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"第{mark.line + 1}行第{mark.column + 1}列：" if mark else ""
        raise NoticeFileError([f"{where}YAML 格式错误（{exc.problem or exc.context}）"]) from None
    except yaml.YAMLError as exc:
        raise NoticeFileError([f"YAML 格式错误（{exc}）"]) from None
    if root is None:
        raise NoticeFileError(["文件是空的"])
    return root


def _is_null(node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG


class _Reader:
    """Walks the composed YAML nodes, so every error can name its line."""

    def __init__(self):
        self.errors: list[str] = []

    def error(self, node, field: str, message: str) -> None:
        self.errors.append(f"第{node.start_mark.line + 1}行 {field}：{message}")

    def mapping(self, node, field: str, allowed: tuple[str, ...]) -> dict | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, field, "应为“字段: 值”形式的映射")
            return None
        result = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name not in allowed:
                self.error(key, field, f"未知字段“{name}”（可用字段：{'、'.join(allowed)}）")
            elif name in result:
                self.error(key, field, f"字段“{name}”重复")
            elif not _is_null(value):
                result[name] = value
        return result

    def scalar(self, node, field: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, field, "应为单个值")
            return None
        return node.value.strip()

    def day(self, node, field: str) -> date | None:
        text = self.scalar(node, field)
        if text is None:
            return None
        try:
            return parse_day(text)
        except ValueError as exc:
            self.error(node, field, str(exc))
            return None

    def year(self, node) -> int | None:
        text = self.scalar(node, "year")
        if text is not None and not (text.isascii() and text.isdigit()):  # int("²") would raise
            self.error(node, "year", f"“{text}”不是有效年度（应为四位数字，例如 2027）")
            return None
        return None if text is None else int(text)

    def notice(self, root) -> Notice | None:
        fields = self.mapping(root, "文件", NOTICE_FIELDS)
        if fields is None:
            return None
        for required in ("year", "holidays"):
            if required not in fields:
                self.errors.append(f"缺少必填字段“{required}”")
        year = self.year(fields["year"]) if "year" in fields else None
        holidays = self.holidays(fields["holidays"]) if "holidays" in fields else ()
        texts = {key: self.scalar(fields[key], key) or "" for key in ("title", "number", "note") if key in fields}
        issued_on = self.day(fields["issued_on"], "issued_on") if "issued_on" in fields else None
        if self.errors:
            return None
        return Notice(year=year, holidays=holidays, issued_on=issued_on, **texts)

    def holidays(self, node) -> tuple[HolidayRange, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, "holidays", "应为节假日列表（每项以“- name:”开头）")
            return ()
        return tuple(h for index, item in enumerate(node.value, 1) if (h := self.holiday(item, index)))

    def holiday(self, node, index: int) -> HolidayRange | None:
        field = f"holidays 第{index}项"
        fields = self.mapping(node, field, HOLIDAY_FIELDS)
        if fields is None:
            return None
        missing = [key for key in ("name", "from", "to") if key not in fields]
        if missing:
            self.error(node, field, f"缺少字段{'、'.join(f'“{key}”' for key in missing)}")
        name = self.scalar(fields["name"], f"{field} name") if "name" in fields else None
        first = self.day(fields["from"], f"{field} from") if "from" in fields else None
        last = self.day(fields["to"], f"{field} to") if "to" in fields else None
        working = self.working_days(fields.get("working_days"), f"{field} working_days")
        if None in (name, first, last, working):
            return None
        return HolidayRange(name, first, last, working, label=f"holidays 第{index}项（第{node.start_mark.line + 1}行）")

    def working_days(self, node, field: str) -> tuple[date, ...] | None:
        if node is None:
            return ()
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        days = [self.day(item, field) for item in items]
        return None if None in days else tuple(days)
