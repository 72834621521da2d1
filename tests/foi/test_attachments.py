"""Attachments are judged by their bytes, not their names (foi.attachments)."""

import io
import zipfile

import pytest

from gongkai.foi import attachments, services
from gongkai.foi.models import Application
from tests.foi.factories import ApplicantFactory, DetailsFactory

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
EXE = b"MZ\x90\x00" + b"\x00" * 60


def _zip(names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def test_a_pdf_is_accepted_whatever_its_name():
    inspected = attachments.inspect("身份证.jpg", PDF)
    assert (inspected.content_type, inspected.extension) == ("application/pdf", "pdf")


def test_an_executable_renamed_to_pdf_is_refused_naming_the_file():
    with pytest.raises(attachments.AttachmentRejected, match="附件“申请书.pdf”的内容不是允许的文件类型"):
        attachments.inspect("申请书.pdf", EXE)


def test_an_ofd_document_is_recognised_inside_its_zip():
    assert attachments.inspect("公文.ofd", _zip(["OFD.xml", "Doc_0/Document.xml"])).extension == "ofd"
    with pytest.raises(attachments.AttachmentRejected):
        attachments.inspect("archive.ofd", _zip(["readme.txt"]))


def test_empty_and_oversized_files_are_refused():
    with pytest.raises(attachments.AttachmentRejected, match="是空文件"):
        attachments.inspect("a.png", b"")
    with pytest.raises(attachments.AttachmentRejected, match="超过10MB"):
        attachments.inspect("a.png", PNG + b"\x00" * attachments.MAX_FILE_BYTES)


def test_number_of_files_is_limited():
    with pytest.raises(attachments.AttachmentRejected, match="附件最多5个"):
        attachments.inspect_all([("a.png", PNG)] * 6)


@pytest.mark.django_db
def test_uploads_are_stored_under_random_names_with_their_real_type(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online", uploads=[
        services.Upload("身份证.jpg", PDF, "identity")]).application
    stored = application.attachments.get()
    assert (stored.original_name, stored.content_type, stored.purpose) == ("身份证.jpg", "application/pdf", "identity")
    assert stored.file.name.startswith(f"foi/{application.year}/") and stored.file.name.endswith(".pdf")
    assert "身份证" not in stored.file.name and stored.file.read() == PDF


@pytest.mark.django_db
def test_a_bad_upload_rejects_the_whole_submission(world):
    with pytest.raises(attachments.AttachmentRejected):
        services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                        uploads=[services.Upload("x.pdf", EXE, "request")])
    assert not Application.objects.exists()
