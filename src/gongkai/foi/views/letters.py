"""Sent letters: the list of a person's units' letters, and downloads (staff, and the applicant
through the tracking session). Every download is checked against the SHA-256 recorded when sent."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.utils.http import content_disposition_header

from gongkai.documents.letters import LetterKind
from gongkai.foi.models import SentLetter
from gongkai.foi.services.letters import LetterTampered, verified_content
from gongkai.foi.views.public import tracked
from gongkai.orgs.access import object_view, public_view, readable_unit_filter, staff_view

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def download(letter: SentLetter, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404("没有这种格式")
    try:
        content = verified_content(letter, fmt)
    except LetterTampered:
        return HttpResponseServerError("文书存档文件校验失败，已记录，请联系系统管理员。".encode(),
                                       content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    filename = f"{letter.title}（{letter.application.tracking_number}）.{fmt}"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


@staff_view
def letter_list(request):
    kind = request.GET.get("kind", "")
    letters = SentLetter.objects.filter(readable_unit_filter(request.user, "application__unit")).select_related(
        "application__unit").order_by("-issued_on", "-pk")
    if kind in LetterKind.values:
        letters = letters.filter(kind=kind)
    page = Paginator(letters, 50).get_page(request.GET.get("page"))
    return render(request, "foi/staff/letters.html", {"page": page, "kinds": LetterKind.choices, "kind": kind})


@object_view(SentLetter)
def staff_letter(request, letter, fmt):
    return download(letter, fmt)


@public_view
def applicant_letter(request, tracking_number, letter_id, fmt):
    """A letter addressed to the applicant of a request this browser session opened."""
    application = tracked(request, tracking_number)
    letter = application and application.letters.for_applicant().filter(pk=letter_id).first()
    if letter is None:
        raise Http404("文书不存在")
    return download(letter, fmt)
