"""Staff pages: the clerk's list by working days left, approvals, a supervisor's subtree, staff
entry, the case page, revealing a full number (logged) and attachments."""

from datetime import date

from django.urls import reverse

import pytest

from gongkai.core.models import AuditEntry
from gongkai.foi import services
from gongkai.foi.models import Application
from gongkai.foi.services import Upload
from gongkai.workdays.rules import WorkCalendar
from tests.foi.calendars import official
from tests.foi.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture(autouse=True)
def today(time_machine):
    time_machine.move_to(date(2021, 3, 26), tick=False)


@pytest.fixture
def cases(world):
    """At the district: overdue, due in 1 and in 3 working days, due later; one at another district."""
    def received(day):
        return ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=day)
    return {"overdue": received(date(2021, 2, 22)), "one": received(date(2021, 3, 1)),
            "three": received(date(2021, 3, 3)), "later": received(date(2021, 3, 15)),
            "elsewhere": ApplicationFactory(unit=world.other_district, by=world.other_clerk,
                                            received_on=date(2021, 2, 22))}


def numbers(response):
    return [row.application.pk for row in response.context["rows"]]


def test_the_clerk_sees_the_units_open_requests_most_urgent_first(client_as, world, cases):
    response = client_as(world.district_clerk).get(reverse("foi:list"))
    assert numbers(response) == [cases[k].pk for k in ("overdue", "one", "three", "later")]
    assert [row.days_left for row in response.context["rows"]] == [-4, 1, 3, 11]


def test_overdue_rows_are_red_and_rows_due_within_three_days_highlighted(client_as, world, cases):
    page = client_as(world.district_clerk).get(reverse("foi:list")).content.decode()
    assert page.count('class="row-overdue"') == 1 and page.count('class="row-due-soon"') == 2
    assert "逾期4个工作日" in page


def test_the_case_page_of_an_overdue_request_says_by_how_many_working_days(client_as, world, cases):
    page = client_as(world.district_clerk).get(reverse("foi:case", args=[cases["overdue"].pk])).content.decode()
    assert '<span class="overdue">逾期4</span> 个工作日' in page


def test_a_due_date_in_an_unconfirmed_year_is_marked(client_as, world, monkeypatch):
    ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 22))
    unconfirmed = WorkCalendar([s for y, s in official().schedules.items() if y != 2021])
    monkeypatch.setattr("gongkai.workdays.service.current_calendar", lambda: unconfirmed)
    page = client_as(world.district_clerk).get(reverse("foi:list")).content.decode()
    assert '<span class="tag pending"' in page and "待确认" in page


def test_the_overdue_tab_lists_only_overdue_requests(client_as, world, cases):
    response = client_as(world.district_clerk).get(reverse("foi:list"), {"tab": "overdue"})
    assert numbers(response) == [cases["overdue"].pk]


def test_the_reviewer_sees_extensions_waiting_for_approval(client_as, world, cases):
    services.request_extension(cases["three"], by=world.district_clerk, days=10, reason="调取档案",
                               on=date(2021, 3, 25))
    assert numbers(client_as(world.district_reviewer).get(reverse("foi:approvals"))) == [cases["three"].pk]
    assert numbers(client_as(world.district_clerk).get(reverse("foi:approvals"))) == []


def test_the_supervisor_sees_the_subtree_read_only(client_as, world, cases):
    response = client_as(world.district_supervisor).get(reverse("foi:oversight"))
    counts = {c["unit_id"]: c for c in response.context["counts"]}
    assert set(counts) == {world.district.pk}
    assert (counts[world.district.pk]["open"], counts[world.district.pk]["overdue"]) == (4, 1)
    assert numbers(response) == [cases["overdue"].pk]


def test_the_city_supervisor_sees_every_district(client_as, world, cases):
    response = client_as(world.city_supervisor).get(reverse("foi:oversight"))
    assert {c["unit_id"] for c in response.context["counts"]} == {world.district.pk, world.other_district.pk}


def test_a_clerk_has_no_oversight_page(client_as, world):
    assert client_as(world.district_clerk).get(reverse("foi:oversight")).status_code == 403


def test_the_supervisor_lists_one_units_open_requests(client_as, world, cases):
    response = client_as(world.city_supervisor).get(reverse("foi:oversight"), {"unit": world.other_district.pk})
    assert numbers(response) == [cases["elsewhere"].pk]


def test_staff_entry_of_an_in_person_request_shows_the_secret_once(client_as, world):
    client = client_as(world.district_clerk)
    form = {"unit": world.district.pk, "channel": "in_person", "submitted_on": "2021-03-26",
            "applicant_type": "natural", "name": "王芳", "id_kind": "resident_id", "id_number": "11010519491231002X",
            "phone": "13805331234", "subject": "2020年征收补偿方案", "delivery_form": "paper_pickup"}
    response = client.post(reverse("foi:register"), form, follow=True)
    application = Application.objects.get()
    assert (application.received_on, application.registered_by) == (date(2021, 3, 26), world.district_clerk)
    assert "查询密码只显示这一次" in response.content.decode()
    assert "查询密码只显示这一次" not in client.get(reverse("foi:case", args=[application.pk])).content.decode()


def test_staff_entry_is_refused_to_a_supervisor(client_as, world):
    assert client_as(world.city_supervisor).get(reverse("foi:register")).status_code == 403


def test_the_case_page_shows_clock_timeline_steps_and_refusal_reasons(client_as, world, cases):
    page = client_as(world.district_clerk).get(reverse("foi:case", args=[cases["three"].pk])).content.decode()
    assert "2021年3月31日" in page and "17 / " in page  # due date; working days used
    assert "收到申请" in page and "依据第三十一条第（一）项确定收到申请之日" in page
    assert reverse("foi:step", args=[cases["three"].pk, "replied"]) in page
    assert "补正应在收到申请之日起7个工作日内告知" in page
    assert cases["three"].id_number_masked in page



def test_the_case_page_explains_how_the_due_date_was_computed(client_as, world, cases):
    page = client_as(world.district_clerk).get(reverse("foi:case", args=[cases["three"].pk])).content.decode()
    assert "答复期限的计算" in page and "收到申请（条例第三十一条）" in page
    assert "据此，答复期限为2021年3月31日" in page

def test_a_supervisor_reads_the_case_but_is_offered_no_step(client_as, world, cases):
    page = client_as(world.city_supervisor).get(reverse("foi:case", args=[cases["three"].pk])).content.decode()
    assert reverse("foi:step", args=[cases["three"].pk, "replied"]) not in page
    assert "须由淄博市张店区人民政府的经办人、审核人办理" in page
    assert reverse("foi:reveal", args=[cases["three"].pk, "id_number"]) not in page


def test_revealing_the_full_id_number_needs_a_purpose_and_is_logged(client_as, world, cases):
    url = reverse("foi:reveal", args=[cases["one"].pk, "id_number"])
    client = client_as(world.district_clerk)
    assert client.post(url, {"purpose": ""}).context["value"] is None
    response = client.post(url, {"purpose": "核实申请人身份"})
    assert response.context["value"].endswith(cases["one"].id_number_masked[-4:])
    assert response["Cache-Control"].startswith("max-age=0")
    entry = AuditEntry.objects.get(action="foi.id_number_revealed")
    assert (entry.actor, entry.context["purpose"]) == (world.district_clerk, "核实申请人身份")


def test_an_attachment_downloads_with_its_original_name(client_as, world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1),
                                     uploads=[Upload("申请书.pdf", PDF, "request")])
    response = client_as(world.district_clerk).get(reverse("foi:attachment", args=[application.attachments.get().pk]))
    assert b"".join(response.streaming_content) == PDF
    assert "filename*=utf-8''%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf" in response["Content-Disposition"]



def test_opening_an_attachment_is_recorded_in_the_audit_trail(client_as, world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1),
                                     uploads=[Upload("申请书.pdf", PDF, "request")])
    item = application.attachments.get()
    b"".join(client_as(world.city_supervisor).get(reverse("foi:attachment", args=[item.pk])).streaming_content)
    entry = AuditEntry.objects.get(action="foi.attachment_opened")
    assert (entry.actor, entry.unit, entry.target_id) == (world.city_supervisor, world.district, str(item.pk))
    assert entry.summary.endswith("的附件（申请材料）") and "申请书.pdf" not in entry.summary  # names may be personal


def test_an_identity_document_opens_for_the_units_handlers_only(client_as, world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1),
                                     uploads=[Upload("身份证.pdf", PDF, "identity")])
    url = reverse("foi:attachment", args=[application.attachments.get().pk])
    assert client_as(world.city_supervisor).get(url).status_code == 403
    assert client_as(world.sysadmin).get(url).status_code == 403
    assert not AuditEntry.objects.filter(action="foi.attachment_opened").exists()
    assert client_as(world.district_clerk).get(url).status_code == 200
    assert url not in client_as(world.city_supervisor).get(reverse("foi:case", args=[application.pk])).content.decode()

def test_the_workbench_start_page_shows_the_to_do_summary(client_as, world, cases):
    services.request_extension(cases["three"], by=world.district_clerk, days=10, reason="调取档案",
                               on=date(2021, 3, 25))
    page = client_as(world.district_reviewer).get(reverse("workbench:home")).content.decode()
    assert "4</strong>在办" in page and "1</strong>已逾期" in page and "1</strong>延期待审批" in page


def test_a_supervisors_start_page_counts_the_subtree(client_as, world, cases):
    page = client_as(world.city_supervisor).get(reverse("workbench:home")).content.decode()
    assert "所辖单位在办5件，其中逾期2件" in page

