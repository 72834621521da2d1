"""Letters in the workflow: each letter step builds its letter from the recorded step, the preview
records nothing, and a sent letter is kept byte for byte whatever changes afterwards."""

from datetime import date

from django.db import transaction
from django.urls import reverse

import pytest

from gongkai.core.models import AuditEntry
from gongkai.foi import correspondence, services
from gongkai.foi.models import AppendOnlyLetterError, Application, SentLetter
from gongkai.foi.services import letters
from gongkai.foi.workflow import clock_for
from gongkai.orgs.models import Role, Unit
from tests.factories import staff
from tests.foi.factories import ApplicantFactory, ApplicationFactory
from tests.foi.letters import send, send_reply

pytestmark = pytest.mark.django_db
CONTACT = {"contact_person": "李明", "contact_phone": "0533-2181234"}


@pytest.fixture(autouse=True)
def today(time_machine):
    time_machine.move_to(date(2021, 5, 10), tick=False)


def preview(application, by, kind, on, params, inputs=CONTACT):
    return letters.preview(kind, application, by=by, on=on, params=params, inputs=inputs)


def test_the_correction_notice_lists_every_item_and_the_deadline(world, application):
    draft = preview(application, world.district_clerk, "correction_requested", date(2021, 3, 3),
                    {"items": "请写明文号；请写明年度", "due_on": date(2021, 3, 24)},
                    {**CONTACT, "correction_items": ("请写明文号", "请写明年度")})
    assert draft.title == "政府信息公开申请补正通知书"
    assert "1．请写明文号" in draft.html and "2．请写明年度" in draft.html and "2021年3月24日前" in draft.html


@pytest.mark.parametrize(("party", "title"), [("third_party", "政府信息公开征求第三方意见函"),
                                              ("agency", "政府信息公开征求意见函")])
def test_a_consultation_letter_goes_to_the_consulted_party_with_its_deadline(world, application, party, title):
    draft = preview(application, world.district_clerk, "consultation_started", date(2021, 3, 3),
                    {"party": party, "party_name": "淄博甲置业有限公司", "note": ""})
    assert draft.title == title and "淄博甲置业有限公司：" in draft.html
    assert "2021年3月24日前" in draft.html  # 15 working days after 3 March
    assert application.applicant_name not in draft.html


def test_the_extension_notice_gives_the_due_date_the_clock_will_have(world, application):
    services.request_extension(application, by=world.district_clerk, days=15, reason="需调取档案核实", on=date(2021, 3, 22))
    services.approve_extension(application, by=world.district_reviewer, on=date(2021, 3, 23))
    letter = send("extension_notified", application, world.district_clerk, date(2021, 3, 24), {}, CONTACT)
    assert "因需调取档案核实，本机关不能在2021年3月29日前作出答复" in letter.html
    assert f"{clock_for(application).due_on.month}月{clock_for(application).due_on.day}日前作出答复" in letter.html


def test_the_fee_notice_prints_one_line_per_band(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))
    draft = preview(application, world.district_clerk, "fee_notified", date(2021, 3, 3),
                    {"method": "per_page", "pages": 120},
                    {**CONTACT, "reasons": "所需信息共120页，超过30页", "fee_payment_method": "银行转账"})
    assert "第31至100页：70页×10元＝700元" in draft.html and "第101至120页：20页×20元＝400元" in draft.html
    assert "合计：人民币1100元" in draft.html


def test_closing_for_no_correction_sends_its_decision_letter(world, application):
    services.request_correction(application, by=world.district_clerk, items="请写明文号", on=date(2021, 3, 2),
                                due_on=date(2021, 3, 16))
    draft = preview(application, world.district_clerk, "correction_expired", date(2021, 3, 17), {})
    assert "补正期限至2021年3月16日" in draft.html and "视为放弃申请" in draft.html and "行政复议" in draft.html


def test_closing_for_an_unpaid_fee_sends_its_decision_letter(world, application):
    services.send_fee_notice(application, by=world.district_clerk, method="per_page", pages=40, on=date(2021, 3, 3))
    draft = preview(application, world.district_clerk, "fee_expired", date(2021, 4, 6), {})
    assert "信息处理费人民币100元" in draft.html and "2021年3月31日前缴纳" in draft.html


def test_a_reply_after_a_third_party_refused_says_so(world, application):
    services.start_consultation(application, by=world.district_clerk, party="third_party", party_name="甲公司",
                                on=date(2021, 3, 2))
    services.answer_consultation(application, by=world.district_clerk, ref=1, opinion="不同意公开", on=date(2021, 3, 4))
    draft = preview(application, world.district_clerk, "replied", date(2021, 3, 5),
                    {"outcome": "denied_third_party", "reason": "", "citation": None, "referral": ""}, CONTACT)
    assert "第三方不同意公开且理由合理" in draft.html and "第十五条" in draft.html


def test_a_preview_records_nothing(world, application):
    before = (application.events.count(), AuditEntry.objects.count())
    preview(application, world.district_clerk, "replied", date(2021, 3, 5),
            {"outcome": "granted", "reason": "", "citation": None, "referral": ""},
            {**CONTACT, "provided_how": "随本答复书提供"})
    application.refresh_from_db()
    assert (application.events.count(), AuditEntry.objects.count()) == before and application.phase == "running"


def test_a_refused_step_has_no_preview(world, application):
    with pytest.raises(services.StepRefused, match="补正应在收到申请之日起7个工作日内告知"):
        preview(application, world.district_clerk, "correction_requested", date(2021, 3, 20),
                {"items": "请写明文号", "due_on": date(2021, 4, 9)}, {**CONTACT, "correction_items": ("请写明文号",)})


def test_an_incomplete_letter_is_refused_naming_what_is_missing(world, application):
    with pytest.raises(services.StepRefused, match="缺少提供方式"):
        preview(application, world.district_clerk, "replied", date(2021, 3, 5),
                {"outcome": "partial", "reason": "", "citation": None, "referral": ""}, CONTACT)


def test_sending_is_logged_with_the_digests(world, application):
    letter = send_reply(application, world.district_clerk, date(2021, 3, 5))
    entry = AuditEntry.objects.get(action="foi.letter_sent")
    assert (entry.actor, entry.context["sha256_pdf"]) == (world.district_clerk, letter.pdf_sha256)


def test_a_sent_letter_does_not_change_when_the_request_changes_later(world, application):
    letter = send_reply(application, world.district_clerk, date(2021, 3, 5))
    pdf, docx = letters.verified_content(letter, "pdf"), letters.verified_content(letter, "docx")
    Application.objects.filter(pk=application.pk).update(applicant_name="改名后的申请人", subject="改过的内容")
    Unit.objects.filter(pk=world.district.pk).update(name="淄博市张店区人民政府（更名）")
    changed = Application.objects.get(pk=application.pk)
    assert "改名后的申请人" in letters._draft(changed, letter.event, {**CONTACT, "provided_how": "随文提供"}).html
    stored = SentLetter.objects.get(pk=letter.pk)
    assert letters.verified_content(stored, "pdf") == pdf and letters.verified_content(stored, "docx") == docx
    assert application.applicant_name in stored.html and "改名后的申请人" not in stored.html


def test_a_sent_letter_can_be_neither_changed_nor_deleted(world, application):
    letter = send_reply(application, world.district_clerk, date(2021, 3, 5))
    letter.title = "另一个标题"
    with pytest.raises(AppendOnlyLetterError), transaction.atomic():
        letter.save()
    with pytest.raises(AppendOnlyLetterError), transaction.atomic():
        letter.delete()


def test_a_stored_file_that_no_longer_matches_its_digest_is_not_served(world, application):
    letter = send_reply(application, world.district_clerk, date(2021, 3, 5))
    with open(letter.pdf.path, "ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ValueError, match="does not match its recorded SHA-256"):
        letters.verified_content(letter, "pdf")


def test_a_tampered_letter_download_is_refused_in_chinese_and_audited(world, application, client_as):
    letter = send_reply(application, world.district_clerk, date(2021, 3, 5))
    with open(letter.pdf.path, "ab") as handle:
        handle.write(b"tampered")
    response = client_as(world.district_clerk).get(reverse("foi:letter", args=[letter.pk, "pdf"]))
    assert response.status_code == 500 and "文书存档文件校验失败" in response.content.decode()
    assert AuditEntry.objects.get(action="foi.letter_tampered").target_id == str(letter.pk)


def test_only_the_consultation_letters_are_not_for_the_applicant(world, application):
    consultation = send("consultation_started", application, world.district_clerk, date(2021, 3, 2),
                        {"party": "agency", "party_name": "区自然资源局", "note": ""}, CONTACT)
    services.answer_consultation(application, by=world.district_clerk, ref=1, opinion="同意", on=date(2021, 3, 3))
    reply = send_reply(application, world.district_clerk, date(2021, 3, 5))
    assert not consultation.to_applicant and reply.to_applicant
    assert list(application.letters.for_applicant()) == [reply]
    assert correspondence.sends_letter("replied") and not correspondence.sends_letter("fee_paid")


def test_a_fee_by_request_names_the_applicants_place_in_the_month(world):
    applicant = ApplicantFactory()
    requests = [ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, day),
                                   applicant=applicant) for day in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15)]
    draft = preview(requests[-1], world.district_clerk, "fee_notified", date(2021, 3, 16),
                    {"method": "per_request", "pages": None},
                    {**CONTACT, "reasons": "您本月向本机关提出的政府信息公开申请已超过10件", "fee_payment_method": "银行转账"})
    assert "按件计收，本自然月内第11件申请，适用第11至30件：1件×100元＝100元" in draft.html


REPLY_GRANTED = {"outcome": "granted", "reason": "", "citation": None, "referral": ""}
GRANTED_INPUTS = {**CONTACT, "provided_how": "随本答复书提供"}


def test_a_department_reply_before_2024_names_the_superior_department_as_a_review_body_too(world):
    clerk = staff(world.district_bureau, Role.CLERK, username="bureau_clerk")
    application = ApplicationFactory(unit=world.district_bureau, by=clerk, received_on=date(2021, 3, 1))
    draft = preview(application, clerk, "replied", date(2021, 3, 5), REPLY_GRANTED,
                    {**GRANTED_INPUTS, "review_body": "淄博市张店区人民政府"})
    assert "向淄博市张店区人民政府或者上一级主管部门申请行政复议" in draft.html


def test_a_government_reply_before_2024_names_the_government_above_alone(world, application):
    draft = preview(application, world.district_clerk, "replied", date(2021, 3, 5), REPLY_GRANTED,
                    {**GRANTED_INPUTS, "review_body": "淄博市人民政府"})
    assert "向淄博市人民政府申请行政复议" in draft.html and "上一级主管部门" not in draft.html


def test_the_reasons_notice_carries_the_recorded_deadline_and_what_the_agency_found(world, application):
    draft = preview(application, world.district_clerk, "reasons_requested", date(2021, 3, 3),
                    {"note": "您本月已向本机关提出申请40件", "due_on": date(2021, 3, 10)})
    assert draft.title == "政府信息公开申请说明理由通知书"
    assert "您本月已向本机关提出申请40件。" in draft.html and "请您于2021年3月10日前" in draft.html


def test_a_massive_requests_reply_is_refused_until_reasons_were_asked(world, application):
    with pytest.raises(services.StepRefused, match="须先依第三十五条要求申请人说明理由"):
        services.reply(application, by=world.district_clerk, on=date(2021, 3, 5), category="np_massive")


def test_a_massive_requests_reply_after_asking_for_reasons_is_recorded(world, application):
    services.request_reasons(application, by=world.district_clerk, on=date(2021, 3, 2), note="申请40件",
                             due_on=date(2021, 3, 9))
    services.reply(application, by=world.district_clerk, on=date(2021, 3, 10), category="np_massive")
    assert application.decision.category == "np_massive"


def test_asking_for_reasons_does_not_stop_the_clock(world, application):
    before = clock_for(application, on=date(2021, 3, 2)).due_on
    services.request_reasons(application, by=world.district_clerk, on=date(2021, 3, 2), note="申请40件")
    clock = clock_for(application, on=date(2021, 3, 12))
    assert (clock.due_on, clock.paused) == (before, False)
