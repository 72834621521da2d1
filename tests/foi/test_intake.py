"""Intake on every channel and the receipt date of 条例第31条 (services.intake)."""

from datetime import date

import pytest

from gongkai.foi import services
from gongkai.foi.models import Application, Event, Phase
from gongkai.foi.services import Upload
from tests.foi.access import PDF
from tests.foi.factories import ApplicantFactory, ApplicationFactory, DetailsFactory

pytestmark = pytest.mark.django_db


def submit(world, **kwargs):
    kwargs.setdefault("by", world.district_clerk)
    return services.submit(world.district, ApplicantFactory(), DetailsFactory(), **kwargs).application


def test_in_person_request_is_received_on_the_day_it_is_handed_in(world):
    application = submit(world, channel="in_person", submitted_on=date(2020, 9, 30))
    assert (application.received_on, application.phase) == (date(2020, 9, 30), Phase.RUNNING)
    assert application.due_on == date(2020, 11, 4)


def test_in_person_receipt_date_must_be_the_submission_date(world):
    with pytest.raises(services.StepRefused, match="收到申请之日即提交之日"):
        submit(world, channel="in_person", submitted_on=date(2020, 9, 29), received_on=date(2020, 9, 30))


def test_letter_is_received_on_the_day_it_is_signed_for(world):
    application = submit(world, channel="letter", letter_kind="signed", submitted_on=date(2020, 9, 25),
                         received_on=date(2020, 9, 29))
    received = application.events.get(kind="received")
    assert (received.on, received.data["article"], received.actor) == (
        date(2020, 9, 29), "第三十一条第（二）项", world.district_clerk)


def test_letter_needs_its_signing_or_confirmation_date(world):
    with pytest.raises(services.StepRefused, match="与申请人确认的日期"):
        submit(world, channel="letter", letter_kind="ordinary", submitted_on=date(2020, 9, 25))


def test_receipt_cannot_precede_submission(world):
    with pytest.raises(services.StepRefused, match="不能早于申请人提交"):
        submit(world, channel="letter", submitted_on=date(2020, 9, 25), received_on=date(2020, 9, 24))


def test_online_request_waits_for_confirmation(world):
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                                  submitted_on=date(2020, 10, 3)).application
    assert (application.phase, application.received_on, application.due_on) == (Phase.PENDING, None, None)
    assert Application.objects.pending_confirmation().get() == application


def test_online_request_submitted_on_a_holiday_is_received_on_the_confirmation_date(world):
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                                  submitted_on=date(2020, 10, 3)).application
    services.confirm_receipt(application, by=world.district_clerk, on=date(2020, 10, 9), note="电话确认")
    event = application.events.get(kind="received")
    assert (application.received_on, event.actor, event.note) == (date(2020, 10, 9), world.district_clerk, "电话确认")
    assert event.data["article"] == "第三十一条第（三）项"


def test_staff_may_enter_an_email_request_already_confirmed(world):
    application = submit(world, channel="email", submitted_on=date(2020, 10, 3), received_on=date(2020, 10, 9))
    assert application.received_on == date(2020, 10, 9)


def test_only_the_online_form_works_without_a_staff_member(world):
    with pytest.raises(services.StepRefused, match="须由工作人员登记"):
        services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="letter",
                        submitted_on=date(2020, 10, 3), received_on=date(2020, 10, 9))


@pytest.mark.parametrize("user", ["town_clerk", "city_supervisor", "outsider"])
def test_staff_of_other_units_and_supervisors_cannot_register_requests(world, user):
    with pytest.raises(services.StepRefused, match="不能为"):
        submit(world, channel="in_person", submitted_on=date(2020, 9, 30), by=getattr(world, user))


def test_an_invalid_id_number_is_refused_and_nothing_is_stored(world):
    with pytest.raises(services.StepRefused, match="身份证号码校验位错误"):
        services.submit(world.district, ApplicantFactory(id_number="110105194912310021"), DetailsFactory(),
                        channel="online")
    assert not Application.objects.exists()


def test_an_organisation_is_identified_by_a_valid_credit_code(world):
    applicant = ApplicantFactory(type="commercial", id_number="91370303MA3C0000X1")
    with pytest.raises(services.StepRefused, match="统一社会信用代码"):
        services.submit(world.district, applicant, DetailsFactory(), channel="online")


def test_an_organisation_needs_a_contact_person(world):
    with pytest.raises(services.StepRefused, match="应填写联系人"):
        services.submit(world.district, ApplicantFactory(type="research", contact_person=""), DetailsFactory(),
                        channel="online")


def test_id_and_phone_numbers_are_stored_encrypted_and_masked(world):
    applicant = ApplicantFactory(id_number="11010519491231002X", phone="13805331234")
    application = services.submit(world.district, applicant, DetailsFactory(), channel="online").application
    row = Application.objects.values().get(pk=application.pk)
    assert "11010519491231002X" not in str(row) and "13805331234" not in str(row)
    assert (row["id_number_masked"], row["phone_masked"]) == ("1101**********002X", "138****1234")


def test_serial_numbers_count_per_unit_and_year(world):
    first = submit(world, channel="in_person", submitted_on=date(2020, 12, 31))
    second = submit(world, channel="in_person", submitted_on=date(2020, 12, 31))
    next_year = submit(world, channel="in_person", submitted_on=date(2021, 1, 4))
    elsewhere = services.submit(world.town, ApplicantFactory(), DetailsFactory(), channel="in_person",
                                submitted_on=date(2020, 12, 31), by=world.town_clerk).application
    assert [(a.year, a.serial) for a in (first, second, next_year, elsewhere)] == [
        (2020, 1), (2020, 2), (2021, 1), (2020, 1)]
    assert first.number == "〔2020〕第1号"


def test_transfer_before_receipt_moves_the_request_to_the_competent_unit(world):
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                                  submitted_on=date(2020, 10, 9)).application
    moved = services.transfer(application, world.district_bureau, by=world.district_clerk, on=date(2020, 10, 9),
                              reason="属于财政局职责")
    application.refresh_from_db()
    assert (application.phase, moved.unit, moved.phase) == (Phase.TRANSFERRED, world.district_bureau, Phase.PENDING)
    assert moved.transferred_from == application and moved.tracking_secret_hash == application.tracking_secret_hash
    assert moved.events.get().data["from_unit_name"] == world.district.name



def test_a_transferred_request_takes_the_applicants_attachments_along(world):
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                                  uploads=[Upload("申请书.pdf", PDF, "request")]).application
    moved = services.transfer(application, world.district_bureau, by=world.district_clerk, reason="属于财政局职责")
    copied = moved.attachments.get()
    assert (copied.original_name, copied.sha256, copied.file.name) == (
        "申请书.pdf", application.attachments.get().sha256, application.attachments.get().file.name)
    assert copied.scope_unit == world.district_bureau

def test_a_received_request_cannot_be_transferred(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk)
    with pytest.raises(services.StepRefused, match="已收到的申请不能转送"):
        services.transfer(application, world.district_bureau, by=world.district_clerk, on=date(2020, 6, 2))


def test_events_are_append_only(world):
    from gongkai.foi.models import AppendOnlyError

    event = ApplicationFactory(unit=world.district, by=world.district_clerk).events.first()
    event.note = "改写"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert Event.objects.count() == 2
