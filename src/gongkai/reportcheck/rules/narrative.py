"""Numbers in the text that the tables contradict, e.g. 「予以公开910件」 against table 三.

Each rule is a phrase the national format's wording makes common, the count right after it, and
the table values it may mean. Phrases are tight (the count must follow the words directly) so
that a sentence about something else is not compared. Applicant counts and 「受理」 may include the
requests carried over from the previous year, so either reading is accepted.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from gongkai.reportcheck.anchors import parse_label
from gongkai.reportcheck.findings import Finding, Kind, Severity
from gongkai.reportcheck.rules.text import Sentence, display, quote
from gongkai.reportformat import Tables, derived_row, get_cell, load

_COUNT = r"(?:的)?(?:共计|共|合计|总计|为|达)?\s*(\d[\d,]*)\s*件"
_CASES = r"(?:案件)?(?:的)?(?:共计|共|合计|为)?\s*(?:[(（][^)）]{0,20}[)）])?\s*(\d[\d,]*)\s*[起件]"

Expected = Callable[[Tables], list[tuple[object, list[str]]]]  # acceptable (value, cells) pairs


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    expected: Expected
    topic: str | None = None  # "review" or "litigation": only in sentences on that subject
    table: str = "表三"


def _cell(address: str) -> Expected:
    return lambda tables: [(_value(tables, [address]), [address])]


def _sum(addresses: list[str]) -> Expected:
    return lambda tables: [(_value(tables, addresses), addresses)]


def _with_carried(columns: list[str]) -> Expected:
    """A count of requests received: this year's new ones, or new plus carried over."""
    new = [f"t3.new.{c}" for c in columns]
    both = new + [f"t3.carried_in.{c}" for c in columns]
    return lambda tables: [(_value(tables, new), new), (_value(tables, both), both)]


def _derived(key: str, fallback: str | None = None) -> Expected:
    def expected(tables):
        version = tables["version"]
        rows = load(version).t3.derived_rows.get(key)
        if rows is None:  # 2019: （六）其他处理 is a single row
            return _cell(f"t3.{fallback}.total")(tables)
        return [(derived_row(tables, version, key).get("total"), [f"t3.{r}.total" for r in rows])]

    return expected


def _value(tables: Tables, addresses: list[str]):
    try:
        values = [get_cell(tables, a) for a in addresses]
    except KeyError:
        return None
    if any(v is None for v in values):
        return None
    return sum(values)


def _phrase(words: str, count: str = _COUNT) -> re.Pattern:
    return re.compile(f"(?:{words}){count}")


@cache
def rules(version: str) -> tuple[Rule, ...]:
    t3 = load(version).t3
    found = [
        Rule("received", _phrase(r"(?:受理|收到|接收|新收)(?:了)?(?:各类)?(?:依申请(?:政府)?(?:信息)?(?:公开)?(?:申请)?"
                                 r"|(?:政府)?(?:信息)?(?:公开)?申请)(?:件)?"), _with_carried(["total"])),
        Rule("received", re.compile(r"(?:受理|收到|新收)(?:了)?\s*(\d[\d,]*)\s*件(?:政府信息公开|信息公开|依申请公开)?申请"),
             _with_carried(["total"])),
        Rule("carried_in", _phrase(r"上年(?:度)?结转(?:政府信息公开申请|申请)?"), _cell("t3.carried_in.total")),
        Rule("done", _phrase(r"(?<!继续)(?:办结|办理完毕|办理)(?:了)?(?:政府信息公开申请|申请)?"), _cell("t3.result_total.total")),
        Rule("carry_next", _phrase(r"结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?"), _cell("t3.carry_next.total")),
        Rule("granted", _phrase(r"予以公开"), _cell("t3.granted.total")),
        Rule("partial", _phrase(r"部分公开"), _cell("t3.partial.total")),
        Rule("denied", _phrase(r"不予公开"), _derived("denied_total")),
        Rule("unable", _phrase(r"无法提供"), _derived("unable_total")),
        Rule("not_processed", _phrase(r"不予处理"), _derived("not_processed_total")),
        Rule("other", _phrase(r"其他处理"), _derived("other_total", "other")),
    ]
    for row in t3.data_rows:
        body = parse_label(row.label).body
        if row.level == 2 and len(body) >= 4:  # the reasons under （三）（四）（五）（六）
            found.append(Rule(row.key, _phrase(re.escape(body)), _cell(f"t3.{row.key}.total")))
    organisations = [c.key for c in t3.columns if c.group]
    for column in t3.columns:
        if column.key == "total":
            continue
        words = "其他申请人|(?<!或)其他组织" if column.key == "other_org" else re.escape(column.label)
        found.append(Rule(f"applicant_{column.key}", _phrase(f"(?:{words})申请"), _with_carried([column.key])))
    found.append(Rule("applicant_organisations", _phrase("法人或其他组织申请"), _with_carried(organisations)))
    return tuple(found) + _appeal_rules()


def _appeal_rules() -> tuple[Rule, ...]:
    def both(part):
        return _sum([f"t4.cases.lit_direct_{part}", f"t4.cases.lit_after_review_{part}"])

    items = [("maintained", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结")]
    found = [
        Rule("review_total", _phrase(r"行政复议", _CASES), _cell("t4.cases.review_total"), table="表四"),
        # 「行政复议、行政诉讼案件共3起」 counts both: not the litigation total
        Rule("litigation_total", _phrase(r"(?<!复议、)(?<!复议和)(?<!复议及)(?<!复议与)行政诉讼", _CASES), both("total"),
             table="表四"),
        Rule("lit_direct_total", _phrase(r"未经复议直接起诉", _CASES), _cell("t4.cases.lit_direct_total"), table="表四"),
        Rule("lit_after_review_total", _phrase(r"复议后起诉", _CASES), _cell("t4.cases.lit_after_review_total"),
             table="表四"),
    ]
    for key, words in items:
        found.append(Rule(f"review_{key}", _phrase(words, _CASES), _cell(f"t4.cases.review_{key}"), "review", "表四"))
        found.append(Rule(f"litigation_{key}", _phrase(words, _CASES), both(key), "litigation", "表四"))
    return tuple(found)


def topic_at(text: str, position: int, inherited: str | None) -> str | None:
    """The subject (复议 or 诉讼) last named before ``position``, else the one carried over from the
    previous sentences of the paragraph."""
    review = text.rfind("行政复议", 0, position)
    litigation = max(text.rfind("诉讼", 0, position), text.rfind("起诉", 0, position))
    if review < 0 and litigation < 0:
        return inherited
    return "litigation" if litigation > review else "review"


def narrative_findings(sentences: list[Sentence], tables: Tables) -> list[Finding]:
    findings = []
    topic, paragraph = None, -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            topic, paragraph = None, sentence.paragraph
        seen: set[tuple[int, int]] = set()
        for rule in rules(tables["version"]):
            for match in rule.pattern.finditer(sentence.text):
                if match.span() in seen or (rule.topic and topic_at(sentence.text, match.start(), topic) != rule.topic):
                    continue
                finding = _compare(rule, match, sentence, tables)
                if finding is not None:
                    seen.add(match.span())
                    findings.append(finding)
        topic = topic_at(sentence.text, len(sentence.text), topic)
    return findings


def _compare(rule: Rule, match: re.Match, sentence: Sentence, tables: Tables) -> Finding | None:
    printed = int(match.group(1).replace(",", ""))
    options = [(value, cells) for value, cells in rule.expected(tables) if value is not None]
    if not options or any(value == printed for value, _ in options):
        return None
    value, cells = options[0]
    words = display(match.group(0))
    return Finding(Kind.NARRATIVE, Severity.WARNING,
                   f"正文「{words}」与{rule.table}不一致：表中相应数字为{value}",
                   rule=rule.name, cells=cells, quote=quote(sentence, *match.span()), where=sentence.where)
