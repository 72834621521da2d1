import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from gongkai.reportcheck import uploads, views
from gongkai.reportcheck.limits import MB
from tests.reportcheck.truth import CORPUS, raw_file

pytestmark = pytest.mark.django_db
URL = reverse("reportcheck:check")


def upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data if data is not None else (CORPUS / "raw" / name).read_bytes())


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


def test_the_form_explains_formats_and_limits(client_as, world):
    page = client_as(world.city_supervisor).get(URL).content.decode()
    assert "开始核查" in page and "单个报告不超过20.0 MB" in page and 'multiple' in page


def test_uploaded_reports_are_shown_with_findings_cells_and_sources(client_as, world):
    response = client_as(world.district_clerk).post(URL, {"files": [upload("001.txt"), upload("002.pdf")]})
    page = response.content.decode()
    assert response.status_code == 200
    assert "淄博市人民政府" in page and "洪泽区人民政府" in page
    assert "「8件，占0.057%」：8件占1396件的0.57%，不是0.057%" in page
    assert 'class="num cell-error" title="第4页第29行：原文「0」"' in page
    assert "第233行" in page


def test_an_archive_of_reports_is_checked_member_by_member(client_as, world):
    archive = zipped({"005.txt": raw_file("005").read_bytes(), "007.txt": raw_file("007").read_bytes()})
    page = client_as(world.city_supervisor).post(URL, {"files": [upload("reports.zip", archive)]}).content.decode()
    assert "reports.zip/005.txt" in page and "reports.zip/007.txt" in page and "无法唯一拆分的数字" in page


def test_a_zip_bomb_is_listed_as_refused(client_as, world):
    bomb = zipped({"zeros.txt": b"0" * (15 * MB), "more.txt": b"0" * (30 * MB)})
    page = client_as(world.city_supervisor).post(URL, {"files": [upload("bomb.zip", bomb)]}).content.decode()
    assert "压缩比异常" in page and "疑似压缩炸弹" in page
    assert "「more.txt」解压后为30.0 MB，超过上限20.0 MB" in page


def test_an_empty_submission_is_asked_again(client_as, world):
    response = client_as(world.city_supervisor).post(URL, {})
    assert response.status_code == 400 and "请选择要核查的报告文件" in response.content.decode()


def test_an_oversized_request_is_refused_before_it_is_read(client_as, world):
    response = client_as(world.city_supervisor).post(URL, {"files": [upload("001.txt")]},
                                                     CONTENT_LENGTH=str(200 * MB))
    assert response.status_code == 413 and "上传内容超过100.0 MB上限" in response.content.decode()


def test_uploads_stop_at_the_file_count_and_size_limits(client_as, world, monkeypatch):
    monkeypatch.setattr(uploads, "LIMITS", uploads.UploadLimits(total_bytes=20_000, files=2))
    monkeypatch.setattr(views, "LIMITS", uploads.LIMITS)
    client = client_as(world.city_supervisor)
    too_many = client.post(URL, {"files": [upload("005.txt"), upload("007.txt"), upload("012.txt")]})
    assert too_many.status_code == 413 and "一次最多上传2个文件" in too_many.content.decode()
    too_big = client.post(URL, {"files": [upload("001.txt")]})
    assert too_big.status_code == 413 and "上传内容超过20 KB上限" in too_big.content.decode()


def test_the_results_download_as_xlsx_and_a_tampered_payload_is_refused(client_as, world):
    client = client_as(world.city_supervisor)
    page = client.post(URL, {"files": [upload("016.html")]})
    payload = page.context["payload"]
    download = client.post(reverse("reportcheck:xlsx"), {"payload": payload})
    assert download["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in download["Content-Disposition"]
    book = load_workbook(io.BytesIO(download.content))
    assert book["汇总"]["B2"].value == "沭阳县发展和改革局"
    refused = client.post(reverse("reportcheck:xlsx"), {"payload": payload[:-3] + "abc"})
    assert refused.status_code == 400 and "核查结果已过期或无效" in refused.content.decode()


def test_results_can_be_downloaded_directly(client_as, world):
    response = client_as(world.city_supervisor).post(URL, {"files": [upload("012.txt")], "download": "on"})
    assert load_workbook(io.BytesIO(response.content))["汇总"]["G2"].value == "未发现问题"


def test_the_upload_is_protected_against_cross_site_requests(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.city_supervisor)
    assert client.post(URL, {"files": [upload("012.txt")]}).status_code == 403


def test_a_malformed_content_length_is_not_a_crash(client_as, world):
    client = client_as(world.city_supervisor)
    client.raise_request_exception = False
    response = client.post(URL, {"files": [upload("001.txt")]}, CONTENT_LENGTH="abc")
    assert response.status_code < 500
