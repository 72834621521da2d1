"""Demo step for annual reports (after the request, appeal and catalog steps): the imported
table 二 figures for 2019–2021, a named group, drafted reports, and the 2020 reports a few units
published in early 2021 — the city's on the seed report's date, one department's late."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import transaction

from gongkai.orgs.models import Unit
from gongkai.reports import services
from gongkai.reports.demo_figures import build_figures
from gongkai.reports.models import GroupMember, NamedGroup, ScopeKind
from gongkai.reports.scope import Scope

CITY = "淄博市人民政府"
HIGH_TECH_ZONE = "淄博高新技术产业开发区管理委员会"
SHANGHAI = ZoneInfo("Asia/Shanghai")

PROBLEMS_CITY = "\n".join([
    "2020年，全市政务公开工作仍存在公开意识有待增强、公开目录不够完整、依申请公开答复不够规范等问题。针对这些问题，主要采取了以下改进措施：",
    "（一）加强组织领导",
    "市政府常务会议、各部门办公会议专题研究政务公开工作，将政务公开纳入年度绩效考核。",
    "（二）完善公开目录",
    "以基层政务公开标准化规范化建设为契机，组织市、区县、镇（街道）三级单位完成公开目录梳理编制。",
    "（三）规范依申请公开",
    "引入专业律师辅助办理政府信息公开申请，开展答复质量点评，统一答复文书格式。",
])
PROBLEMS_UNIT = "\n".join([
    "本年度政府信息公开工作存在的主要问题是政策解读形式不够丰富、公开内容更新不够及时。",
    "下一步，将完善信息发布审核机制，落实专人负责，确保法定主动公开内容在形成或变更之日起20个工作日内公开。",
])
OTHER_CITY = ("本年度全市各级行政机关依申请公开政府信息未收取信息处理费。报告所列数据可能因四舍五入原因与数据直接相加之和"
              "存在尾数差异。")
OTHER_UNIT = "本年度本机关依申请公开政府信息未收取信息处理费。无其他需要报告的事项。"

# (unit name, scope, year, published at (None: draft), problems text, other text)
REPORTS = [
    (CITY, ScopeKind.SUBTREE, 2019, datetime(2020, 3, 27, 10, 0), PROBLEMS_UNIT, OTHER_CITY),  # for 同比 in 2020
    (CITY, ScopeKind.SUBTREE, 2020, datetime(2021, 3, 9, 10, 0), PROBLEMS_CITY, OTHER_CITY),
    ("淄博市张店区人民政府", ScopeKind.SUBTREE, 2020, datetime(2021, 3, 26, 15, 0), PROBLEMS_UNIT, OTHER_UNIT),
    ("淄博市财政局", ScopeKind.UNIT, 2020, datetime(2021, 1, 25, 9, 30), PROBLEMS_UNIT, OTHER_UNIT),
    ("淄博市教育局", ScopeKind.UNIT, 2020, datetime(2021, 2, 8, 16, 0), PROBLEMS_UNIT, OTHER_UNIT),
    ("淄博市淄川区人民政府", ScopeKind.SUBTREE, 2020, None, "", ""),
    (CITY, ScopeKind.SUBTREE, 2021, None, "", ""),
]


def create_group() -> NamedGroup:
    """The units on the unified platform in 2020: the city's tree without 高新区 (seed, 六(二))."""
    city, zone = Unit.objects.get(name=CITY), Unit.objects.get(name=HIGH_TECH_ZONE)
    group = NamedGroup.objects.create(owner=city, name="统一平台单位（不含高新区）", title="淄博市统一平台单位",
                                      description="2020年完成全市统一政府信息公开平台建设的单位，不含高新区管委会及其所属机构")
    GroupMember.objects.create(group=group, unit=city)
    GroupMember.objects.create(group=group, unit=zone, excluded=True)
    return group


def create_reports() -> list[str]:
    lines = []
    for name, scope_kind, year, published_at, problems, other in REPORTS:
        scope = Scope(scope_kind, Unit.objects.get(name=name))
        report = services.create_report(scope, year)
        if problems:
            services.save_narrative(report, {"problems": problems,
                                             "other": "\n".join(filter(None, [report.narrative["other"], other]))})
        if published_at:
            services.publish_report(report, when=published_at.replace(tzinfo=SHANGHAI))
        lines.append(f"  {scope.title(year)}（{'已发布' if published_at else '草稿'}）")
    return lines


def build(out=None) -> list[str]:
    with transaction.atomic():
        figure_lines = build_figures()
        group = create_group()
        services.create_report(Scope.for_group(group), 2020)
        report_lines = create_reports()
    return ["", "年度报告：导入数据", *figure_lines, "年度报告：", *report_lines,
            "  年报栏目 /annual-reports/ · 工作台 /workbench/reports/ · 监督检查 /oversight/"]
