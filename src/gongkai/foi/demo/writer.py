"""Writing the demo plan through the services: every request, step and appeal goes through the
same code (and the same checks) as a case worker's."""

from gongkai.appeals import services as appeal_services
from gongkai.appeals.models import AppealKind, AppealOutcome, LitigationRoute
from gongkai.foi import services
from gongkai.foi.demo.appeals_plan import PlannedAppeal
from gongkai.foi.demo.people import People
from gongkai.foi.demo.plan import PlannedRequest
from gongkai.foi.demo.staff import Staff
from gongkai.foi.models import ORGANISATION_TYPES, IdKind
from gongkai.orgs.models import Kind, Level
from gongkai.reportformat import category

REASONS = {
    "granted": "经审查，您申请公开的政府信息属于可以公开的范围，现予以提供。",
    "partial": "您申请公开的信息中含有第三方个人信息，已作区分处理，提供可以公开的部分。",
    "denied": "经审查，您申请公开的信息属于依法不予公开的范围。",
    "unable": "经检索，本机关未制作、获取您申请公开的政府信息。",
    "not_processed": "您的申请不属于《中华人民共和国政府信息公开条例》规定的政府信息公开申请，不作处理。",
    "other": "按照有关法律、行政法规的规定办理。",
}
PENDING_OUTCOMES = (AppealOutcome.MAINTAINED,) * 7 + (AppealOutcome.CORRECTED,) * 2 + (AppealOutcome.OTHER,)


class Builder:
    def __init__(self, units: list, people: People, staff: Staff):
        self.units, self.people, self.staff = units, people, staff
        self.case_numbers: dict[str, int] = {}

    def applicant(self, column: str) -> services.Applicant:
        if column in ORGANISATION_TYPES:
            return services.Applicant(type=column, name=self.people.organisation_name(column),
                                      id_kind=IdKind.CREDIT_CODE, id_number=self.people.credit_code(column),
                                      phone=self.people.mobile(), contact_person=self.people.person_name(),
                                      address=self.people.address())
        number, district = self.people.resident_number()
        return services.Applicant(type=column, name=self.people.person_name(), id_kind=IdKind.RESIDENT_ID,
                                  id_number=number, phone=self.people.mobile(), address=self.people.address(district))

    def request(self, plan: PlannedRequest):
        unit = self.units[plan.unit]
        clerk = self.staff.clerk(unit)
        online = plan.channel == "online"
        details = services.RequestDetails(subject=self.people.subject(plan.submitted_on.year),
                                          delivery_form="paper_post" if plan.fee_pages else self.people.rng.choice(
                                              ("paper_post", "email", "online", "paper_pickup")))
        receipt = None if plan.channel in ("online", "email", "fax") else plan.received_on
        submission = services.submit(unit, self.applicant(plan.column), details, channel=plan.channel,
                                     submitted_on=plan.submitted_on, received_on=receipt,
                                     letter_kind=plan.letter_kind, by=None if online else clerk)
        application = submission.application
        if receipt is None and plan.received_on:
            services.confirm_receipt(application, by=clerk, on=plan.received_on, note="已电话与申请人确认")
        for step in plan.steps:
            by = self.staff.reviewer(unit) if step.role == "reviewer" else clerk
            params = dict(step.data)
            if step.kind == "replied":
                params["reason"] = REASONS[category(params["outcome"]).group_key]
            services.perform(step.kind, application, by=by, on=step.on, **params)
        return submission

    # --- appeals ---------------------------------------------------------------------------------
    def appeal(self, plan: PlannedAppeal, application, reviews: dict[int, object], index: int):
        unit = application.unit
        clerk = self.staff.clerk(unit)
        kind = AppealKind.REVIEW if plan.group == "review" else AppealKind.LITIGATION
        route = {"lit_direct": LitigationRoute.DIRECT, "lit_after_review": LitigationRoute.AFTER_REVIEW}.get(
            plan.group, "")
        organ = review_organ(unit) if kind == AppealKind.REVIEW else court(unit)
        appeal = appeal_services.file_appeal(
            unit, kind=kind, route=route, filed_on=plan.filed_on, appellant=application.applicant_name, organ=organ,
            by=clerk, application=application, review=reviews.get(plan.review),
            case_number=self.case_number(unit, kind, plan.filed_on.year))
        outcome = plan.status if plan.status != "pending" else self.people.rng.choice(PENDING_OUTCOMES)
        appeal = appeal_services.decide_appeal(appeal, outcome=outcome, decided_on=plan.decided_on, by=clerk)
        reviews[index] = appeal
        return appeal

    def case_number(self, unit, kind: str, year: int) -> str:
        county = county_of(unit)
        if kind == AppealKind.REVIEW:
            key = f"{review_prefix(unit, county)}〔{year}〕"
        else:
            court_code = "03" if county is None or unit.kind == Kind.GOVERNMENT else f"03{county.division_code[4:6]}"
            key = f"（{year}）鲁{court_code}行初"
        self.case_numbers[key] = self.case_numbers.get(key, 0) + 1
        return f"{key}{self.case_numbers[key]}号"


def county_of(unit):
    """The district/county government above a county- or town-level unit (None at city level)."""
    for ancestor in [unit, *reversed(list(unit.ancestors()))]:
        if ancestor.level == Level.COUNTY and ancestor.kind == Kind.GOVERNMENT:
            return ancestor
    return None


def review_organ(unit) -> str:
    """行政复议机关: the government above (the province for the city government; 2023 行政复议法第24条)."""
    if unit.parent_id is None:
        return "山东省人民政府"
    county = county_of(unit)
    if county is None or county.pk == unit.pk:
        return "淄博市人民政府"
    return county.name


def review_prefix(unit, county) -> str:
    if unit.parent_id is None:
        return "鲁政复决字"
    if county is None or county.pk == unit.pk:
        return "淄政复决字"
    return f"{county.short_name[0]}政复决字"


def court(unit) -> str:
    """First instance: cases against a government at county level or above go to the intermediate court
    (行政诉讼法第十五条); others to the basic court of the district or county."""
    county = county_of(unit)
    if county is None or unit.kind == Kind.GOVERNMENT and unit.level != Level.TOWN:
        return "淄博市中级人民法院"
    return f"{county.name.removesuffix('人民政府')}人民法院"


def unit_weight(unit) -> float:
    """How many requests a unit gets, relatively: the city government and departments most."""
    heavy = any(word in unit.name for word in HEAVY_WORDS)
    if unit.level == Level.CITY:
        return 150 if unit.kind == Kind.GOVERNMENT else (28 if heavy else 9)
    if unit.level == Level.COUNTY:
        return {Kind.GOVERNMENT: 30, Kind.DISPATCHED: 12}.get(unit.kind, 2 if heavy else (
            0.2 if unit.kind == Kind.INSTITUTION else 0.4))
    return 1.1


HEAVY_WORDS = ("自然资源", "住房和城乡建设", "公安", "人力资源", "生态环境", "交通运输", "市场监督", "财政", "教育",
               "农业农村", "民政", "卫生健康", "应急管理")
