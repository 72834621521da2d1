import base64
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from gongkai.documents.letters import LetterKind, render
from gongkai.documents.pdf import docx_to_pdf, html_to_pdf, pdf_text, pdf_to_pngs
from tests.documents.test_letters import reply


def test_html_becomes_a_pdf_with_chinese_text():
    pdf = html_to_pdf("<html><body><p>政府信息公开</p></body></html>")
    assert "政府信息公开" in pdf_text(pdf)


def test_a_letter_in_word_prints_on_one_a4_page_with_its_seal_and_date():
    """The documented check for letters: LibreOffice prints the DOCX, pdftoppm makes page images."""
    docx = render(LetterKind.REPLY, replace(reply("granted"), letter_no="张政办公开告〔2020〕12号"), "docx")
    pdf = docx_to_pdf(docx)
    text = pdf_text(pdf).replace(" ", "")
    pages = pdf_to_pngs(pdf, dpi=20)
    assert len(pages) == 1 and pages[0].startswith(b"\x89PNG")
    assert "政府信息公开申请答复书" in text and "（印章）" in text and "2020年3月20日" in text


def test_the_closing_sentence_stays_on_the_page_of_the_signature():
    # At this length 特此答复 ended page 1 and the signature stood alone on page 2.
    context = replace(reply("partial"), reasons="该部分属于个人隐私。" + "公开后会损害第三方合法权益" * 6 + "。")
    pages = [page.replace(" ", "") for page in pdf_text(render(LetterKind.REPLY, context, "pdf")).split("\f")]
    [closing] = [number for number, page in enumerate(pages) if "特此答复" in page]
    assert "淄博市张店区人民政府办公室" in pages[closing] and "2020年3月20日" in pages[closing]


@pytest.fixture
def http_server():
    """A local HTTP server that counts the requests it receives."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


def test_pdf_rendering_does_not_fetch_http_urls(http_server):
    base, hits = http_server
    html_to_pdf(f'<html><head><link rel="stylesheet" href="{base}/s.css"></head>'
                f'<body><p>答复书</p><img src="{base}/x.png"></body></html>', base_url=base)
    assert hits == []


def test_pdf_rendering_does_not_read_local_files(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    with_file = html_to_pdf(f'<html><body><img src="{secret.as_uri()}"></body></html>')
    without = html_to_pdf("<html><body></body></html>")
    assert b"/Image" not in with_file and len(with_file) == pytest.approx(len(without), abs=200)


def test_pdf_rendering_embeds_data_urls():
    data_url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert b"/Image" in html_to_pdf(f'<html><body><img src="{data_url}"></body></html>')
