from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import time_machine

from gongkai.catalog.models import DecisionRecord, DocType, InfoItem, Status, Validity
from tests.catalog.factories import (
    InfoItemFactory,
    attachment_on,
    doc_number_taken_after_the_check,
    published_item,
)

DRAFT = {"title": "关于做好棚户区改造工作的通知", "doc_type": "policy", "doc_number": "张政字(2021)3号",
         "topic": "construction", "genre": "notice", "written_on": "2021-03-01", "summary": "",
         "body": "<p>正文</p>", "disclosure_mode": "proactive"}


def test_a_clerk_drafts_and_submits_and_a_reviewer_publishes(world, client_as):
    client = client_as(world.district_clerk)
    response = client.post(reverse("catalog:item_create"), DRAFT)
    item = InfoItem.objects.get()
    assert response.url == reverse("catalog:item", args=[item.pk])
    assert str(item.doc_number) == "张政字〔2021〕3号"
    client.post(reverse("catalog:item_submit", args=[item.pk]))
    assert client.post(reverse("catalog:item_publish", args=[item.pk])).status_code == 403
    client = client_as(world.district_reviewer)
    client.post(reverse("catalog:item_publish", args=[item.pk]), {"published_on": "2021-03-05"})
    item.refresh_from_db()
    assert (item.status, item.published_on) == (Status.PUBLISHED, date(2021, 3, 5))


def test_a_bad_doc_number_is_shown_on_the_form(world, client_as):
    response = client_as(world.district_clerk).post(reverse("catalog:item_create"), DRAFT | {"doc_number": "张政字3号"})
    assert "缺少年份括号" in response.content.decode()
    assert not InfoItem.objects.exists()


def test_a_doc_number_taken_at_the_same_moment_is_shown_on_the_form_not_a_500(world, client_as, monkeypatch):
    doc_number_taken_after_the_check(monkeypatch, world.district)
    response = client_as(world.district_clerk).post(reverse("catalog:item_create"), DRAFT)
    assert response.status_code == 200 and "文号张政字〔2021〕3号已被本单位的《甲》" in response.content.decode()


def test_a_refused_action_is_explained(world, client_as):
    item = published_item(world.district)
    response = client_as(world.district_reviewer).post(reverse("catalog:item_withdraw", args=[item.pk]),
                                                       {"reason": ""}, follow=True)
    assert "撤回须说明理由" in response.content.decode()


def test_a_reviewer_records_a_repeal_decision(world, client_as):
    item = published_item(world.district, doc_type=DocType.NORMATIVE, title="某办法", on=date(2016, 1, 4))
    client_as(world.district_reviewer).post(reverse("catalog:item_decide", args=[item.pk]), {
        "kind": "repeal", "number": "张政字〔2021〕8号", "title": "关于废止部分文件的通知", "effective_on": "2021-06-01"})
    item.refresh_from_db()
    assert item.validity == Validity.REPEALED


def test_the_list_shows_only_readable_units(world, client_as):
    published_item(world.district, title="张店区的信息")
    published_item(world.other_district, title="淄川区的信息")
    page = client_as(world.district_clerk).get(reverse("catalog:items")).content.decode()
    assert "张店区的信息" in page and "淄川区的信息" not in page


def test_an_import_with_a_bad_row_lists_the_row(world, client_as):
    data = "类别,决定文书号,事项名称,行政相对人,决定日期\n行政许可,号1,施工许可,某公司,2021-13-01\n".encode()
    response = client_as(world.district_clerk).post(reverse("catalog:record_import"), {
        "unit": world.district.pk, "file": SimpleUploadedFile("x.csv", data)})
    assert "第2行：决定日期“2021-13-01”无效" in response.content.decode()
    assert not DecisionRecord.objects.exists()


@time_machine.travel(date(2026, 11, 28))
def test_alerts_list_expiring_documents(world, client_as):
    published_item(world.district, doc_type=DocType.NORMATIVE, title="快到期的办法", on=date(2021, 12, 1),
                   expires_on=date(2026, 12, 31))
    page = client_as(world.district_clerk).get(reverse("catalog:alerts")).content.decode()
    assert "快到期的办法" in page


def test_staff_of_the_unit_read_a_drafts_attachment(world, client_as):
    attachment = attachment_on(InfoItemFactory(unit=world.district), data=b"draft text")
    url = reverse("catalog:item_attachment", args=[attachment.item_id, attachment.pk])
    response = client_as(world.district_reviewer).get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"draft text"
    assert client_as(world.other_clerk).get(url).status_code == 404


def test_an_attachment_over_50_mb_is_refused_with_a_message(world, client_as, settings):
    from gongkai.catalog import extract
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    item = InfoItemFactory(unit=world.district)
    upload = SimpleUploadedFile("大文件.txt", b"x" * (extract.MAX_BYTES + 1))
    response = client_as(world.district_clerk).post(reverse("catalog:item_attach", args=[item.pk]),
                                                    {"file": upload}, follow=True)
    assert "附件不能超过 50 MB" in response.content.decode()
    assert not item.attachments.exists()


def test_alerts_ignore_an_impossible_since_year(world, client_as):
    response = client_as(world.district_clerk).get(reverse("catalog:alerts"), {"since": "99999999999999999999"})
    assert response.status_code == 200


def test_a_huge_doc_number_serial_is_shown_on_the_form_not_a_crash(world, client_as):
    response = client_as(world.district_clerk).post(reverse("catalog:item_create"),
                                                    {**DRAFT, "doc_number": "张政字〔2021〕99999999999999999999号"})
    assert response.status_code == 200 and "序号过大" in response.content.decode()
    assert not InfoItem.objects.exists()


def test_an_import_file_over_the_size_limit_is_refused_with_a_message(world, client_as, monkeypatch):
    from gongkai.catalog import recordfile
    monkeypatch.setattr(recordfile, "MAX_FILE_BYTES", 10)
    response = client_as(world.district_clerk).post(reverse("catalog:record_import"), {
        "unit": world.district.pk, "file": SimpleUploadedFile("x.csv", b"x" * 11)})
    assert "文件不能超过" in response.content.decode()
    assert not DecisionRecord.objects.exists()


def test_an_import_of_a_binary_file_shows_the_chinese_reason(world, client_as):
    response = client_as(world.district_clerk).post(reverse("catalog:record_import"), {
        "unit": world.district.pk, "file": SimpleUploadedFile("x.csv", bytes(range(256)) * 10)})
    assert "不是文本格式的 CSV" in response.content.decode()


def test_a_malformed_publication_date_is_refused_not_replaced_by_today(world, client_as):
    item = InfoItemFactory(unit=world.district, status=Status.REVIEW)
    response = client_as(world.district_reviewer).post(reverse("catalog:item_publish", args=[item.pk]),
                                                       {"published_on": "2021-13-01"}, follow=True)
    assert "发布日期“2021-13-01”无效" in response.content.decode()
    item.refresh_from_db()
    assert item.status == Status.REVIEW
