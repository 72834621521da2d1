"""Intake forms: every error names its field, in Chinese; a valid form feeds the service."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from gongkai.foi import services
from gongkai.foi.forms import ApplicationForm, StaffIntakeForm

pytestmark = pytest.mark.django_db

VALID = {"applicant_type": "natural", "name": "王芳", "id_kind": "resident_id", "id_number": "11010519491231002X",
         "phone": "13805331234", "address": "山东省淄博市张店区人民西路8号", "postcode": "255000",
         "subject": "2020年集体土地征收补偿方案", "delivery_form": "paper_post"}
PDF = b"%PDF-1.4\n%%EOF\n"


def form(data=None, files=None, cls=ApplicationForm, **changes):
    return cls(data={**VALID, **(data or {}), **changes}, files=files)


def test_a_complete_request_is_valid_and_feeds_the_service(world):
    valid = form(files={"identity_files": [SimpleUploadedFile("身份证.pdf", PDF)]})
    assert valid.is_valid(), valid.errors
    submission = services.submit(world.district, valid.applicant(), valid.details(), channel="online",
                                 uploads=valid.uploads())
    assert submission.application.attachments.get().purpose == "identity"


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"id_number": "110105194912310021"}, "id_number", "身份证号码校验位错误"),
    ({"applicant_type": "commercial"}, "id_kind", "统一社会信用代码证明身份"),
    ({"applicant_type": "commercial", "id_kind": "credit_code", "id_number": "91370303MA3C0000X1",
      "contact_person": "李明"}, "id_number", "统一社会信用代码"),
    ({"applicant_type": "research", "id_kind": "credit_code", "id_number": "12370300004224423Q"}, "contact_person",
     "应填写联系人"),
    ({"phone": "12345"}, "phone", "11位手机号码"),
    ({"postcode": "2550"}, "postcode", "6位数字"),
    ({"delivery_form": "email"}, "email", "请填写电子邮箱"),
    ({"delivery_form": "paper_post", "address": ""}, "address", "请填写通信地址"),
    ({"subject": ""}, "subject", "这个字段是必填项"),
])
def test_errors_name_the_field(changes, field, message):
    invalid = form(**changes)
    assert not invalid.is_valid()
    assert any(message in error for error in invalid.errors[field]), invalid.errors


def test_a_renamed_executable_is_refused_on_the_files_field():
    invalid = form(files={"request_files": [SimpleUploadedFile("申请书.pdf", b"MZ" + b"\0" * 64)]})
    assert not invalid.is_valid()
    assert "内容不是允许的文件类型" in invalid.errors["identity_files"][0]


@pytest.mark.parametrize(("changes", "message"), [
    ({"channel": "in_person", "submitted_on": "2020-09-29", "received_on": "2020-09-30"}, "即提交之日"),
    ({"channel": "letter", "letter_kind": "signed", "submitted_on": "2020-09-25"}, "请填写签收日期"),
    ({"channel": "letter", "letter_kind": "signed", "submitted_on": "2020-09-25", "received_on": "2020-09-24"},
     "不能早于申请人提交"),
])
def test_staff_entry_checks_the_receipt_date_of_the_channel(changes, message):
    invalid = form(cls=StaffIntakeForm, **changes)
    assert not invalid.is_valid()
    assert message in invalid.errors["received_on"][0]


def test_staff_entry_of_an_in_person_request_takes_the_submission_date():
    valid = form(cls=StaffIntakeForm, channel="in_person", submitted_on="2020-09-30")
    assert valid.is_valid(), valid.errors
    assert valid.cleaned_data["received_on"] == date(2020, 9, 30)


def test_a_fax_may_be_entered_before_it_is_confirmed():
    valid = form(cls=StaffIntakeForm, channel="fax", submitted_on="2020-10-03")
    assert valid.is_valid(), valid.errors
    assert valid.cleaned_data["received_on"] is None


def test_a_letter_needs_its_kind():
    invalid = form(cls=StaffIntakeForm, channel="letter", submitted_on="2020-09-25", received_on="2020-09-28")
    assert not invalid.is_valid() and "平常信函" in invalid.errors["letter_kind"][0]
