"""The administrator's calendar pages: list, year, entry by form and file, preview, confirm, withdraw."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from gongkai.core.models import AuditEntry
from gongkai.workdays import notice_file, service
from gongkai.workdays.models import CalendarYear
from tests.workdays.factories import NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(world, client_as):
    return client_as(world.sysadmin)


def form_data(rows, **details):
    data = {"title": "国务院办公厅关于2027年部分节假日安排的通知", "number": "", "issued_on": "", "note": "",
            "form-TOTAL_FORMS": str(len(rows)), "form-INITIAL_FORMS": "0"}
    data.update(details)
    for index, (name, first, last, working) in enumerate(rows):
        data.update({f"form-{index}-name": name, f"form-{index}-first": first, f"form-{index}-last": last,
                     f"form-{index}-working_days": working})
    return data


ROWS_2027 = [("元旦", "2027-01-01", "2027-01-03", ""), ("春节", "2027-02-06", "2027-02-13", "2027-01-31、2027-02-20"),
             ("", "", "", "")]


def test_the_year_list_shows_confirmed_and_pending_years(admin):
    page = admin.get(reverse("workdays:years")).content.decode()
    assert "2027年" in page and "尚未录入通知，暂按仅周末休息计算" in page and "261天<br><small class=\"muted\">暂按仅周末休息</small>" in page
    assert "国务院办公厅关于2026年部分节假日安排的通知" in page and "248天" in page
    assert "None" not in page


def test_a_confirmed_year_shows_its_holidays_and_calendar(admin):
    page = admin.get(reverse("workdays:year", kwargs={"year": 2026})).content.decode()
    assert "春节：2026年2月15日至2月23日放假，共9天；2月14日（星期六）、2月28日（星期六）上班。" in page
    assert "（文号未录入）" in page and 'title="2月14日 调休上班（春节）"' in page
    assert "None" not in page


def test_a_pending_year_explains_the_weekends_only_assumption(admin):
    page = admin.get(reverse("workdays:year", kwargs={"year": 2027})).content.decode()
    assert "2027年尚无已确认的节假日安排" in page and "全年261天" in page


def test_a_year_far_in_the_future_does_not_exist(admin):
    assert admin.get(reverse("workdays:year", kwargs={"year": 2031})).status_code == 404


def test_the_form_for_a_new_year_offers_the_statutory_holidays(admin):
    page = admin.get(reverse("workdays:edit", kwargs={"year": 2027})).content.decode()
    assert 'value="清明节"' in page and 'value="国务院办公厅关于2027年部分节假日安排的通知"' in page


def test_the_form_for_a_confirmed_year_starts_from_its_schedule(admin):
    page = admin.get(reverse("workdays:edit", kwargs={"year": 2026})).content.decode()
    assert 'value="2026-02-15"' in page and 'value="2026-02-14、2026-02-28"' in page


def test_the_form_previews_without_saving(admin):
    response = admin.post(reverse("workdays:edit", kwargs={"year": 2027}), form_data(ROWS_2027))
    page = response.content.decode()
    assert "尚未保存" in page and "由“待确认”变为“已确认”" in page
    assert "<strong>261</strong> 天变为 <strong>257</strong> 天（-4）" in page
    assert "2027年1月31日" in page and "调休上班" in page
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_going_back_from_the_preview_keeps_what_was_entered(admin):
    page = admin.post(reverse("workdays:edit", kwargs={"year": 2027}), confirm_data(NoticeFactory())).content.decode()
    assert 'value="2027-01-31、2027-02-20"' in page and 'value="国办发明电〔2026〕99号"' in page
    assert "请修改以下问题" not in page and not CalendarYear.objects.filter(year=2027).exists()


def test_the_form_names_the_row_of_each_problem(admin):
    rows = [("元旦", "2027-01-01", "2027-01-03", ""), ("春节", "2027-02-06", "2027-02-13", "2027-02-17")]
    page = admin.post(reverse("workdays:edit", kwargs={"year": 2027}), form_data(rows)).content.decode()
    assert "第2行（春节）：调休上班日2027年2月17日（星期三）不是周末" in page
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_a_row_with_a_name_but_no_dates_is_refused(admin):
    rows = [("元旦", "2027-01-01", "2027-01-03", ""), ("中秋节", "", "", "")]
    page = admin.post(reverse("workdays:edit", kwargs={"year": 2027}), form_data(rows)).content.decode()
    assert "请填写放假开始和结束日期" in page and "尚未保存" not in page


def test_a_malformed_working_day_is_named(admin):
    rows = [("春节", "2027-02-06", "2027-02-13", "2027-02-31")]
    page = admin.post(reverse("workdays:edit", kwargs={"year": 2027}), form_data(rows)).content.decode()
    assert "“2027-02-31”不是有效日期（该日不存在）" in page


def confirm_data(notice, source="form"):
    preview = service.preview_notice(notice)
    return {"payload": notice_file.dump_json(notice), "source": source, "fingerprint": preview.fingerprint()}


def test_confirming_applies_the_notice_and_logs_it(admin, world):
    response = admin.post(reverse("workdays:apply"), confirm_data(NoticeFactory()))
    assert response.status_code == 302 and response["Location"] == reverse("workdays:year", kwargs={"year": 2027})
    assert CalendarYear.objects.get(year=2027).entered_by == world.sysadmin
    assert AuditEntry.objects.filter(action="workdays.notice_applied", actor=world.sysadmin).count() == 1


def test_confirming_a_stale_preview_shows_the_new_one(admin):
    stale = confirm_data(NoticeFactory())
    service.withdraw_year(2026, reason="测试")
    stale["fingerprint"] = "0" * 32
    page = admin.post(reverse("workdays:apply"), stale).content.decode()
    assert "自您预览以来日历已有变动" in page
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_a_tampered_payload_is_refused(admin):
    data = confirm_data(NoticeFactory())
    data["payload"] = data["payload"].replace("2027-02-20", "2027-02-17")
    response = admin.post(reverse("workdays:apply"), data, follow=True)
    assert "不是周末" in response.content.decode()
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_opening_the_confirm_address_directly_goes_to_the_list(admin):
    assert admin.get(reverse("workdays:apply"))["Location"] == reverse("workdays:years")


def test_uploading_a_file_previews_it(admin):
    upload = SimpleUploadedFile("2027.yaml", notice_file.dump_yaml(NoticeFactory()).encode())
    page = admin.post(reverse("workdays:upload"), {"file": upload}).content.decode()
    assert "尚未保存" in page and "文件导入" in page and "重新上传" in page


def test_a_malformed_file_is_refused_with_its_line(admin):
    upload = SimpleUploadedFile("2027.yaml", "year: 2027\nholidays:\n  - name: 春节\n    from: 2027-2-30\n    to: 2027-2-13\n".encode())
    page = admin.post(reverse("workdays:upload"), {"file": upload}).content.decode()
    assert "文件未导入" in page and "第4行 holidays 第1项 from：“2027-2-30”不是有效日期（该日不存在）" in page


def test_an_oversized_file_is_refused(admin):
    upload = SimpleUploadedFile("big.yaml", b"#" * (65 * 1024))
    assert "文件过大" in admin.post(reverse("workdays:upload"), {"file": upload}).content.decode()


def test_withdrawing_asks_for_a_reason_then_withdraws(admin):
    url = reverse("workdays:withdraw", kwargs={"year": 2026})
    page = admin.get(url).content.decode()
    assert "<strong>248</strong> 天变为 <strong>261</strong> 天" in page
    fingerprint = service.preview_withdrawal(2026).fingerprint()
    assert "这个字段是必填项" in admin.post(url, {"reason": "", "fingerprint": fingerprint}).content.decode()
    response = admin.post(url, {"reason": "录入有误", "fingerprint": fingerprint})
    assert response.status_code == 302 and not service.is_confirmed(2026)


def test_a_supervisor_cannot_confirm_a_notice(world, client_as):
    response = client_as(world.city_supervisor).post(reverse("workdays:apply"), confirm_data(NoticeFactory()))
    assert response.status_code == 403 and not CalendarYear.objects.filter(year=2027).exists()


def test_a_unit_administrator_cannot_open_the_calendar(world, client_as):
    assert client_as(world.district_admin).get(reverse("workdays:years")).status_code == 403


def test_the_confirmed_year_page_after_entry_shows_the_notice(admin):
    admin.post(reverse("workdays:apply"), confirm_data(NoticeFactory()))
    page = admin.get(reverse("workdays:year", kwargs={"year": 2027})).content.decode()
    assert "已确认" in page and "国办发明电〔2026〕99号" in page and date(2027, 2, 6).strftime("%Y") in page


@pytest.mark.parametrize("page", ["", "edit/", "withdraw/"])
def test_a_year_beyond_any_calendar_is_not_found(admin, page):
    assert admin.get(f"/system/calendar/99999999999999999999/{page}").status_code == 404
