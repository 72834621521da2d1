"""年报核查: supervisors and evaluators upload published reports (or ZIPs of them) and see
what is wrong, cell by cell, with an XLSX of the same results.

Nothing uploaded is kept: files are read in memory (Django puts large ones in a temporary file
that is deleted with the request), and the download carries the results, signed, in the form.
"""

from urllib.parse import quote

from django.core import signing
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST

from gongkai.orgs.access import staff_view
from gongkai.reportcheck.across import check_across
from gongkai.reportcheck.batch import Batch, Limits, check_entries
from gongkai.reportcheck.checker import result_from_json
from gongkai.reportcheck.display import present
from gongkai.reportcheck.forms import UploadForm
from gongkai.reportcheck.limits import MAX_FILE_BYTES, MB, size_text
from gongkai.reportcheck.uploads import LIMITS, LimitedUploadHandler
from gongkai.reportcheck.xlsx import workbook

BATCH_LIMITS = Limits(files=200, file_bytes=MAX_FILE_BYTES, total_bytes=200 * MB, nesting=1, seconds=30.0)
REQUEST_SECONDS = 90.0  # all checks of one upload, within the server's 120 s worker timeout
SALT = "gongkai.reportcheck.results"
RESULTS_HOURS = 8  # how long a results page can still be downloaded as XLSX
XLSX_NAME = "年报核查结果.xlsx"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _form_page(request, form, refused: str | None = None, status: int = 200):
    limits = {"file": size_text(MAX_FILE_BYTES), "files": LIMITS.files, "upload": size_text(LIMITS.total_bytes),
              "unpacked": size_text(BATCH_LIMITS.total_bytes), "reports": BATCH_LIMITS.files}
    return render(request, "reportcheck/check.html", {"form": form, "refused": refused, "limits": limits},
                  status=status)


@staff_view
def check_reports(request):
    if request.method != "POST":
        return _form_page(request, UploadForm())
    if _declared_length(request) > LIMITS.total_bytes + MB:
        return _form_page(request, UploadForm(), f"上传内容超过{size_text(LIMITS.total_bytes)}上限，请分批上传",
                          status=413)
    request.upload_handlers.insert(0, LimitedUploadHandler(request))
    return _receive(request)


def _declared_length(request) -> int:
    """The request's Content-Length; a malformed one counts as none (the upload handler still
    stops the body at the limit)."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


# The CSRF check must come after the upload handlers are in place (Django reads the body for
# it), so it runs in ``_receive`` instead of the middleware.
check_reports.csrf_exempt = True


@csrf_protect
def _receive(request):
    form = UploadForm(request.POST, request.FILES)
    refused = getattr(request, "upload_refused", None)
    if refused:
        return _form_page(request, UploadForm(), refused, status=413)
    if not form.is_valid():
        return _form_page(request, form, status=400)
    batch = Batch(BATCH_LIMITS)
    for upload in form.cleaned_data["files"]:
        batch.add(upload.name, upload.read())
    results = check_entries(batch.entries, REQUEST_SECONDS)
    check_across(results)
    if form.cleaned_data["download"]:
        return _xlsx(results)
    payload = signing.dumps([r.as_json() for r in results], salt=SALT, compress=True)
    return render(request, "reportcheck/results.html", {
        "results": [present(r) for r in results], "refused": batch.refused, "payload": payload,
        "counts": {"files": len(results), "unreadable": sum(1 for r in results if r.error),
                   "with_findings": sum(1 for r in results if r.findings)},
    })


@staff_view
@require_POST
def download(request):
    try:
        data = signing.loads(request.POST.get("payload", ""), salt=SALT, max_age=RESULTS_HOURS * 3600)
    except signing.BadSignature:
        return _form_page(request, UploadForm(), "核查结果已过期或无效，请重新上传报告", status=400)
    return _xlsx([result_from_json(item) for item in data])


def _xlsx(results) -> HttpResponse:
    response = HttpResponse(workbook(results), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(XLSX_NAME)}"
    return response
