"""System administration of the working-day calendar (/system/calendar/): the year list, a year's
schedule, entering a notice by form or file (always through a preview), withdrawing a year."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from gongkai.orgs.access import sysadmin_view
from gongkai.workdays import notice_file, service
from gongkai.workdays.forms import (
    ConfirmForm,
    HolidayFormSet,
    NoticeDetailsForm,
    UploadForm,
    WithdrawForm,
    holiday_initial,
    notice_from_forms,
)
from gongkai.workdays.models import CalendarYear, Source
from gongkai.workdays.notice import STATUTORY_HOLIDAYS, Notice
from gongkai.workdays.preview import Preview, month_grid, working_days_in_year


@sysadmin_view
def year_list(request):
    return render(request, "workdays/year_list.html", {"statuses": service.year_statuses()})


def _record(year: int) -> CalendarYear | None:
    if year not in service.editable_years() and not CalendarYear.objects.filter(year=year).exists():
        raise Http404("该年度不在可录入范围内")
    return CalendarYear.objects.filter(year=year).select_related("entered_by").first()


@sysadmin_view
def year_detail(request, year):
    record = _record(year)
    confirmed = record is not None and record.confirmed
    notice = record.notice() if confirmed else None
    names = record.special_days() if confirmed else {}
    calendar = service.current_calendar()
    return render(request, "workdays/year_detail.html", {
        "year": year, "record": record, "confirmed": confirmed, "notice": notice,
        "months": month_grid(calendar, year, {d: name for d, (_, name) in names.items()}),
        "working_days": working_days_in_year(calendar, year),
        "editable": year in service.editable_years(),
    })


@sysadmin_view
def notice_form(request, year):
    if year not in service.editable_years():
        raise Http404("该年度不在可录入范围内")
    record = _record(year)
    stored = record.notice() if record and record.confirmed else None
    returned = _returned_from_preview(request, year)
    data = request.POST if request.method == "POST" and returned is None else None
    start = returned or stored
    details = NoticeDetailsForm(data, initial=_details_initial(year, start))
    holidays = HolidayFormSet(data, initial=holiday_initial(start, STATUTORY_HOLIDAYS))
    errors: list[str] = []
    if data is not None and details.is_valid() and holidays.is_valid():
        notice = notice_from_forms(year, details, holidays)
        try:
            return _preview_page(request, notice, service.preview_notice(notice), Source.FORM)
        except service.NoticeRejected as exc:
            errors = exc.errors
    return render(request, "workdays/notice_form.html", {
        "year": year, "details": details, "holidays": holidays, "errors": errors,
        "names": STATUTORY_HOLIDAYS, "stored": stored,
    })


def _returned_from_preview(request, year: int) -> Notice | None:
    """The notice the preview's “返回修改” button sends back, to edit it further."""
    if request.method != "POST" or "payload" not in request.POST:
        return None
    form = ConfirmForm(request.POST)
    if form.is_valid() and form.cleaned_data["payload"].year == year:
        return form.cleaned_data["payload"]
    return None


def _details_initial(year: int, stored: Notice | None) -> dict:
    if stored is None:
        return {"title": f"国务院办公厅关于{year}年部分节假日安排的通知"}
    return {"title": stored.title, "number": stored.number, "issued_on": stored.issued_on, "note": stored.note}


@sysadmin_view
def notice_upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            return _preview_page(request, form.notice, service.preview_notice(form.notice), Source.FILE)
        except service.NoticeRejected as exc:
            errors = exc.errors
    return render(request, "workdays/notice_upload.html", {"form": form, "errors": errors})


def _preview_page(request, notice: Notice, preview: Preview, source: str, *, changed_since: bool = False):
    names = {d: name for d, (_, name) in notice.special_days().items()}
    after = service.current_calendar().replace(notice.year, notice.schedule())
    confirm = ConfirmForm(initial={"payload": notice_file.dump_json(notice), "source": source,
                                   "fingerprint": preview.fingerprint()}, auto_id=False)
    return render(request, "workdays/notice_preview.html", {
        "notice": notice, "preview": preview, "confirm": confirm, "changed_since": changed_since,
        "source_label": Source(source).label,
        "months": month_grid(after, notice.year, names, frozenset(c.day for c in preview.changes)),
    })


@sysadmin_view
def notice_apply(request):
    if request.method != "POST":
        return redirect("workdays:years")
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("payload", ["提交的内容不完整，请重新录入"]):
            messages.error(request, error)
        return redirect("workdays:years")
    notice = form.cleaned_data["payload"]
    source = form.cleaned_data["source"] if form.cleaned_data["source"] in Source.values else Source.FORM
    try:
        preview = service.apply_notice(notice, actor=request.user, source=source,
                                       expected=form.cleaned_data["fingerprint"])
    except service.CalendarChanged as exc:
        return _preview_page(request, notice, exc.preview, source, changed_since=True)
    except service.NoticeRejected as exc:
        for error in exc.errors:
            messages.error(request, error)
        return redirect("workdays:years")
    messages.success(request, f"已确认{notice.year}年节假日安排：{len(preview.became_off)}天改为休息日，"
                              f"{len(preview.became_working)}天改为工作日，全年工作日{preview.working_days_after}天。")
    return redirect("workdays:year", year=notice.year)


@sysadmin_view
def year_withdraw(request, year):
    record = _record(year)
    if record is None or not record.confirmed:
        messages.error(request, f"{year}年没有已确认的节假日安排，无需撤销。")
        return redirect("workdays:year", year=year)
    form = WithdrawForm(request.POST or None)
    preview = service.preview_withdrawal(year)
    if request.method == "POST" and form.is_valid():
        try:
            service.withdraw_year(year, reason=form.cleaned_data["reason"], actor=request.user,
                                  expected=request.POST.get("fingerprint"))
        except service.CalendarChanged as exc:
            preview = exc.preview
            messages.error(request, "自您打开本页以来日历已有变动，请重新核对以下变化后再确认。")
        else:
            messages.success(request, f"已撤销{year}年节假日安排的确认，该年按仅周末休息计算并标注“待确认”。")
            return redirect("workdays:year", year=year)
    return render(request, "workdays/year_withdraw.html", {
        "year": year, "record": record, "form": form, "preview": preview,
    })
