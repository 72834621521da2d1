"""One page per step: the form, the refusal shown on it, and for letter steps the preview first,
then sending exactly what was previewed."""

from datetime import date

from django.urls import reverse

import pytest

from gongkai.appeals.models import Appeal
from gongkai.foi import services
from gongkai.foi.models import Event, SentLetter
from tests.foi.factories import ApplicantFactory, DetailsFactory

pytestmark = pytest.mark.django_db

REPLY = {"category": "granted", "provided_how": "现将该信息随本答复书提供给您", "on": "2021-03-05",
         "contact_person": "李明", "contact_phone": "0533-2181234", "review_body": "淄博市人民政府",
         "court": "淄博市张店区人民法院"}


@pytest.fixture(autouse=True)
def today(time_machine):
    time_machine.move_to(date(2021, 3, 5), tick=False)


def url(application, kind, **query):
    base = reverse("foi:step", args=[application.pk, kind])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_confirming_receipt_records_who_confirmed_and_how(client_as, world):
    online = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                             submitted_on=date(2021, 3, 4)).application
    response = client_as(world.district_clerk).post(url(online, "received"), {"on": "2021-03-05",
                                                                              "note": "已电话与申请人确认"})
    assert response.status_code == 302
    event = online.events.get(kind="received")
    assert (event.on, event.actor, event.note) == (date(2021, 3, 5), world.district_clerk, "已电话与申请人确认")


def test_a_refused_step_shows_the_reason_on_the_form_and_records_nothing(client_as, world, application):
    response = client_as(world.district_clerk).post(url(application, "extension_requested"),
                                                    {"days": 10, "reason": "调取档案", "on": "2021-03-08"})
    assert "日期不能晚于今天（2021年3月5日）" in response.content.decode()
    assert not application.events.filter(kind="extension_requested").exists()


def test_a_letter_step_is_previewed_first_and_nothing_is_recorded(client_as, world, application):
    response = client_as(world.district_clerk).post(url(application, "replied"), REPLY)
    page = response.content.decode()
    assert "预览：政府信息公开申请答复书" in page and "现将该信息随本答复书提供给您" in page
    assert "第三十六条第（二）项" in page and "淄博市张店区人民法院" in page
    assert application.events.count() == 2 and not SentLetter.objects.exists()


def test_sending_records_the_step_and_keeps_the_letter(client_as, world, application):
    client = client_as(world.district_clerk)
    digest = client.post(url(application, "replied"), REPLY).context["draft"].digest
    response = client.post(url(application, "replied"), {**REPLY, "digest": digest, "send": "1"})
    assert response.status_code == 302
    letter = SentLetter.objects.get()
    assert (letter.event.kind, letter.kind, letter.category, letter.sent_by) == (
        "replied", "reply", "granted", world.district_clerk)
    assert letter.pdf.open("rb").read().startswith(b"%PDF") and len(letter.pdf_sha256) == 64
    application.refresh_from_db()
    assert application.outcome == "granted" and application.decision.basis.endswith("第三十六条第（二）项")


def test_a_letter_that_changed_since_its_preview_is_not_sent(client_as, world, application):
    client = client_as(world.district_clerk)
    response = client.post(url(application, "replied"), {**REPLY, "digest": "0" * 64, "send": "1"})
    assert "请重新核对后再发送" in response.content.decode() and response.context["draft"].digest != "0" * 64
    assert not Event.objects.filter(kind="replied").exists() and not SentLetter.objects.exists()


def test_going_back_from_the_preview_keeps_what_was_entered(client_as, world, application):
    response = client_as(world.district_clerk).post(url(application, "replied"), {**REPLY, "edit": "1"})
    assert response.context["form"]["provided_how"].value() == REPLY["provided_how"]
    assert "draft" not in response.context


def test_a_partial_reply_must_say_what_is_withheld(client_as, world, application):
    response = client_as(world.district_clerk).post(url(application, "replied"), {**REPLY, "category": "partial",
                                                                                  "reasons": "涉及个人隐私"})
    assert "“部分公开”的答复须填写不予公开的部分" in response.context["form"].errors["withheld_part"][0]


def test_the_reply_form_offers_the_answerable_categories_grouped_as_table_three(client_as, world, application):
    page = client_as(world.district_clerk).get(url(application, "replied")).content.decode()
    assert '<optgroup label="（三）不予公开">' in page and "逾期不补正" not in page
    assert 'data-categories="partial"' in page


def test_a_consultation_answer_names_its_consultation(client_as, world, application):
    services.start_consultation(application, by=world.district_clerk, party="agency", party_name="区自然资源局",
                                on=date(2021, 3, 2))
    client = client_as(world.district_clerk)
    assert client.get(url(application, "consultation_answered")).status_code == 404
    response = client.post(url(application, "consultation_answered", ref=1), {"opinion": "同意公开", "on": "2021-03-04"})
    assert response.status_code == 302
    assert application.events.get(kind="consultation_answered").data == {"ref": 1, "opinion": "同意公开"}


def test_an_unknown_step_is_not_found(client_as, world, application):
    assert client_as(world.district_clerk).get(url(application, "submitted")).status_code == 404


def test_an_appeal_is_recorded_against_a_replied_request_and_decided(client_as, world, application):
    services.reply(application, by=world.district_clerk, category="granted", on=date(2021, 3, 3))
    client = client_as(world.district_clerk)
    response = client.post(reverse("foi:file_appeal", args=[application.pk]), {
        "kind": "review", "filed_on": "2021-03-05", "appellant": application.applicant_name,
        "organ": "淄博市人民政府", "case_number": "淄政复决字〔2021〕1号"})
    assert response.status_code == 302
    appeal = Appeal.objects.get()
    client.post(reverse("foi:decide_appeal", args=[appeal.pk]), {"outcome": "maintained", "decided_on": "2021-03-05"})
    appeal.refresh_from_db()
    assert (appeal.application, appeal.outcome, appeal.recorded_by) == (application, "maintained",
                                                                        world.district_clerk)


def test_litigation_needs_its_route(client_as, world, application):
    services.reply(application, by=world.district_clerk, category="granted", on=date(2021, 3, 3))
    response = client_as(world.district_clerk).post(reverse("foi:file_appeal", args=[application.pk]), {
        "kind": "litigation", "filed_on": "2021-03-05", "appellant": "王芳", "organ": "淄博市张店区人民法院"})
    assert "行政诉讼应选择未经复议直接起诉或复议后起诉" in response.context["form"].errors["route"][0]


def test_asking_for_reasons_previews_the_notice_with_what_the_agency_found(client_as, world, application):
    response = client_as(world.district_clerk).post(url(application, "reasons_requested"), {
        "note": "您本月已向本机关提出申请40件", "due_on": "2021-03-12", "on": "2021-03-05", "contact_person": "李明"})
    page = response.content.decode()
    assert "预览：政府信息公开申请说明理由通知书" in page and "请您于2021年3月12日前向本机关书面说明申请理由" in page
