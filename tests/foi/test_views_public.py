"""The applicant's pages: choosing a unit, applying online, the number and secret shown once,
tracking with number and secret, and nothing of another applicant reachable."""

import re
from datetime import date

from django.urls import reverse

import pytest
import time_machine

from gongkai.foi import services
from gongkai.foi.models import Application
from gongkai.foi.services import tracking
from tests.foi.factories import ApplicantFactory, ApplicationFactory, DetailsFactory
from tests.foi.letters import send, send_reply

pytestmark = pytest.mark.django_db

FORM = {"applicant_type": "natural", "name": "王芳", "id_kind": "resident_id", "id_number": "11010519491231002X",
        "phone": "13805331234", "address": "山东省淄博市张店区人民西路8号", "postcode": "255000",
        "subject": "2025年集体土地征收补偿方案", "delivery_form": "online"}


def test_the_unit_chooser_finds_units_by_part_of_their_name(client, world):
    page = client.get(reverse("foi_public:choose_unit"), {"q": "张店区财政"}).content.decode()
    assert world.district_bureau.name in page and world.other_district.name not in page


def test_the_unit_chooser_shows_the_tree_with_links_to_the_form(client, world):
    page = client.get(reverse("foi_public:choose_unit")).content.decode()
    assert reverse("foi_public:apply", args=[world.town.pk]) in page and world.town.name in page


def test_the_form_states_how_an_online_request_is_received(client, world):
    page = client.get(reverse("foi_public:apply", args=[world.district.pk])).content.decode()
    assert "第三十一条第（三）项" in page and "以双方确认之日为收到申请之日" in page


def test_the_applicant_types_are_the_report_columns(client, world):
    page = client.get(reverse("foi_public:apply", args=[world.district.pk])).content.decode()
    for label in ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"):
        assert f">{label}</option>" in page


def test_a_wrong_id_number_is_named_in_chinese(client, world):
    response = client.post(reverse("foi_public:apply", args=[world.district.pk]),
                           {**FORM, "id_number": "110105194912310021"})
    assert "身份证明号码：身份证号码校验位错误" in response.content.decode()
    assert not Application.objects.exists()


def test_an_online_request_waits_for_confirmation_and_shows_the_secret_once(client, world):
    response = client.post(reverse("foi_public:apply", args=[world.district.pk]), FORM, follow=True)
    application = Application.objects.get()
    page = response.content.decode()
    assert application.phase == "pending" and application.channel == "online"
    assert application.tracking_number in page and "查询密码只显示这一次" in page
    secret = response.context["shown"]["secret"]
    assert tracking.find(application.tracking_number, secret) == application
    again = client.get(reverse("foi_public:submitted")).content.decode()
    assert secret not in again and "已显示过" in again


@pytest.fixture
def submission(world):
    return services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online")


def track(client, number, secret):
    return client.post(reverse("foi_public:track"), {"tracking_number": number, "secret": secret}, follow=True)


def test_number_and_secret_open_the_status(client, submission):
    page = track(client, submission.application.tracking_number, submission.secret).content.decode()
    assert "待确认收到" in page and submission.application.unit.name in page


def _without_token(page: str, number: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page).replace(number, "")


def test_a_wrong_secret_and_an_unknown_number_get_the_same_answer(client, world, submission):
    wrong_secret = track(client, submission.application.tracking_number, "ABCDEFGHJK").content.decode()
    wrong_number = track(client, "20269999900001", submission.secret).content.decode()
    assert "申请编号或查询密码不正确" in wrong_secret
    assert _without_token(wrong_secret, submission.application.tracking_number) == _without_token(
        wrong_number, "20269999900001")


def test_repeated_guesses_lock_the_number(client, submission):
    for _ in range(tracking.MAX_FAILURES):
        track(client, submission.application.tracking_number, "ABCDEFGHJK")
    page = track(client, submission.application.tracking_number, submission.secret).content.decode()
    assert "查询失败次数过多" in page


def test_the_status_of_a_request_not_opened_in_this_session_is_not_shown(client, world, submission):
    other = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online")
    track(client, submission.application.tracking_number, submission.secret)
    response = client.get(reverse("foi_public:status", args=[other.application.tracking_number]))
    assert response.status_code == 302 and response["Location"] == reverse("foi_public:track")


@time_machine.travel(date(2021, 3, 5))
def test_the_status_shows_the_due_date_and_the_letters_to_the_applicant(client, world):
    submission = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="in_person",
                                 submitted_on=date(2021, 3, 1), by=world.district_clerk)
    application = submission.application
    send("consultation_started", application, world.district_clerk, date(2021, 3, 2),
         {"party": "third_party", "party_name": "淄博甲置业有限公司", "note": ""}, {})
    services.answer_consultation(application, by=world.district_clerk, ref=1, opinion="同意", on=date(2021, 3, 3))
    letter = send_reply(application, world.district_clerk, date(2021, 3, 4))
    page = track(client, application.tracking_number, submission.secret).content.decode()
    assert "政府信息公开申请答复书" in page and "征求第三方意见函" not in page
    assert reverse("foi_public:letter", args=[application.tracking_number, letter.pk, "pdf"]) in page


@time_machine.travel(date(2021, 3, 5))
def test_the_applicant_downloads_only_letters_addressed_to_them(client, world):
    submission = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="in_person",
                                 submitted_on=date(2021, 3, 1), by=world.district_clerk)
    application = submission.application
    consultation = send("consultation_started", application, world.district_clerk, date(2021, 3, 2),
                        {"party": "third_party", "party_name": "淄博甲置业有限公司", "note": ""}, {})
    other = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))
    foreign = send_reply(other, world.district_clerk, date(2021, 3, 3))
    track(client, application.tracking_number, submission.secret)
    for letter in (consultation, foreign):
        url = reverse("foi_public:letter", args=[application.tracking_number, letter.pk, "pdf"])
        assert client.get(url).status_code == 404


@time_machine.travel(date(2021, 3, 5))
def test_the_applicant_downloads_the_stored_pdf(client, world):
    submission = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="in_person",
                                 submitted_on=date(2021, 3, 1), by=world.district_clerk)
    letter = send_reply(submission.application, world.district_clerk, date(2021, 3, 4))
    track(client, submission.application.tracking_number, submission.secret)
    response = client.get(reverse("foi_public:letter", args=[submission.application.tracking_number, letter.pk,
                                                            "pdf"]))
    assert response["Content-Type"] == "application/pdf" and response.content == letter.pdf.open("rb").read()


def test_a_transferred_request_shows_where_it_went_and_opens_there_with_the_same_secret(client, world, submission):
    moved = services.transfer(submission.application, world.district_bureau, by=world.district_clerk,
                              reason="属于区财政局职责")
    page = track(client, submission.application.tracking_number, submission.secret).content.decode()
    assert "已转送" in page and world.district_bureau.name in page and moved.tracking_number in page
    assert reverse("foi_public:status", args=[moved.tracking_number]) in page
    followed = client.get(reverse("foi_public:status", args=[moved.tracking_number]))
    assert followed.status_code == 200 and "待确认收到" in followed.content.decode()


def test_the_new_number_of_a_transferred_request_opens_with_the_original_secret(client, world, submission):
    moved = services.transfer(submission.application, world.district_bureau, by=world.district_clerk)
    page = track(client, moved.tracking_number, submission.secret).content.decode()
    assert world.district_bureau.name in page and "待确认收到" in page


def test_a_reply_naming_the_competent_agency_shows_it_on_the_status(client, world):
    submission = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="in_person",
                                 submitted_on=date(2021, 3, 1), by=world.district_clerk)
    services.reply(submission.application, by=world.district_clerk, category="unable_not_held",
                   citation="第三十六条第（五）项", referral="淄博市自然资源和规划局，0533-3111111", on=date(2021, 3, 3))
    page = track(client, submission.application.tracking_number, submission.secret).content.decode()
    assert "负责公开的机关" in page and "淄博市自然资源和规划局，0533-3111111" in page
