"""Staff pages of 主动公开: a unit's items, drafting, review, publication, withdrawal and
validity decisions. Lists are narrowed with ``readable_unit_filter``; actions need a role in
the item's own unit (``object_view``)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from gongkai.catalog.downloads import attachment_response
from gongkai.catalog.forms import (
    AttachmentForm,
    DecisionForm,
    ItemForm,
    PublishForm,
    ReasonForm,
    initial_from,
)
from gongkai.catalog.models import InfoItem, Status
from gongkai.catalog.services import CatalogError
from gongkai.catalog.services import items as services
from gongkai.catalog.services.lifecycle import Decision, record_decision
from gongkai.orgs.access import can_act, object_view, readable_unit_filter, staff_view, units_where
from gongkai.orgs.models import UNIT_ROLES, Role

APPROVERS = (Role.REVIEWER, Role.UNIT_ADMIN)


@staff_view
def item_list(request):
    items = InfoItem.objects.filter(readable_unit_filter(request.user)).select_related("unit").order_by("-updated_at")
    status = request.GET.get("status")
    if status in Status.values:
        items = items.filter(status=status)
    page = Paginator(items, 30).get_page(request.GET.get("page"))
    return render(request, "catalog/item_list.html", {
        "page": page, "statuses": Status.choices, "status": status,
        "can_create": bool(units_where(request.user, UNIT_ROLES)),
    })


@staff_view
def item_create(request):
    units = units_where(request.user, UNIT_ROLES)
    if not units:
        return render(request, "403.html", status=403)
    unit = next((u for u in units if str(u.pk) == request.GET.get("unit")), units[0])
    form = ItemForm(request.POST or None, unit=unit)
    if request.method == "POST" and form.is_valid():
        try:
            item = services.create_item(unit, by=request.user, doc_number=form.cleaned_data["doc_number"],
                                        **form.service_fields())
        except CatalogError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "草稿已保存")
            return redirect("catalog:item", item.pk)
    return render(request, "catalog/item_form.html", {"form": form, "unit": unit, "units": units})


@object_view(InfoItem, kwarg="item_id")
def item_detail(request, item):
    acts = can_act(request.user, item.unit)
    approves = can_act(request.user, item.unit, APPROVERS)
    return render(request, "catalog/item_detail.html", {
        "item": item, "acts": acts, "approves": approves, "today": timezone.localdate(),
        "publish_form": PublishForm(initial={"published_on": timezone.localdate()}),
        "reason_form": ReasonForm(), "attachment_form": AttachmentForm(),
        "decision_form": DecisionForm(unit=item.unit) if item.has_lifecycle else None,
        "decisions": item.validity_decisions.all(), "attachments": item.attachments.all(),
        "interpretations": item.interpretations.all(),
    })


@object_view(InfoItem, kwarg="item_id")
def item_edit(request, item):
    form = ItemForm(request.POST or None, unit=item.unit, initial=initial_from(item))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_item(item, by=request.user, doc_number=form.cleaned_data["doc_number"],
                                 **form.service_fields())
        except CatalogError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "修改已保存")
            return redirect("catalog:item", item.pk)
    return render(request, "catalog/item_form.html", {"form": form, "unit": item.unit, "item": item})


def _act(request, item, action, done: str):
    """Run a service on POST, report its Chinese error as a message, go back to the item."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        action()
    except CatalogError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done)
    return redirect("catalog:item", item.pk)


@object_view(InfoItem, kwarg="item_id")
def item_submit(request, item):
    return _act(request, item, lambda: services.submit_for_review(item, by=request.user), "已送审")


@object_view(InfoItem, kwarg="item_id", act_roles=APPROVERS)
def item_publish(request, item):
    form = PublishForm(request.POST)

    def publish():
        if form.is_valid():
            day = form.cleaned_data["published_on"]
        elif request.POST.get("published_on", "").strip():  # a typed date that is not one: never guess
            raise CatalogError(f"发布日期“{request.POST['published_on']}”无效，应形如 2021-03-05")
        else:
            day = timezone.localdate()
        services.publish(item, by=request.user, on=day)

    return _act(request, item, publish, "已发布")


def _reason(request) -> str:
    form = ReasonForm(request.POST)
    return form.cleaned_data["reason"] if form.is_valid() else ""


@object_view(InfoItem, kwarg="item_id", act_roles=APPROVERS)
def item_return(request, item):
    return _act(request, item, lambda: services.return_to_draft(item, by=request.user, reason=_reason(request)),
                "已退回草稿")


@object_view(InfoItem, kwarg="item_id", act_roles=APPROVERS)
def item_withdraw(request, item):
    return _act(request, item, lambda: services.withdraw(item, by=request.user, reason=_reason(request)), "已撤回")


@object_view(InfoItem, kwarg="item_id")
def item_attach(request, item):
    form = AttachmentForm(request.POST, request.FILES)

    def attach():
        if not form.is_valid():
            raise CatalogError("；".join(form.errors.get("file", ["请选择要上传的文件"])))
        upload = form.cleaned_data["file"]
        services.add_attachment(item, upload.name, upload.read(), by=request.user,
                                is_illustration=form.cleaned_data["is_illustration"])

    return _act(request, item, attach, "附件已上传")


@object_view(InfoItem, kwarg="item_id")
def item_attachment_remove(request, item, attachment_id):
    """POST only; staff with a role in the item's unit, like uploading (a draft's files)."""
    attachment = get_object_or_404(item.attachments, pk=attachment_id)
    return _act(request, item, lambda: services.remove_attachment(attachment, by=request.user),
                f"附件“{attachment.name}”已删除")


@object_view(InfoItem, kwarg="item_id")
def item_attachment(request, item, attachment_id):
    """Staff of the item's unit read its attachments in every state (a reviewer checks them before
    publication)."""
    return attachment_response(get_object_or_404(item.attachments, pk=attachment_id))


@object_view(InfoItem, kwarg="item_id", act_roles=APPROVERS)
def item_decide(request, item):
    form = DecisionForm(request.POST, unit=item.unit)

    def decide():
        if not form.is_valid():
            raise CatalogError("请完整填写效力状态决定：" + "；".join(
                f"{form.fields[f].label}：{e[0]}" for f, e in form.errors.items() if f in form.fields))
        data = form.cleaned_data
        record_decision(item, Decision(kind=data["kind"], number=data["number"], title=data["title"],
                                       effective_on=data["effective_on"], new_expires_on=data["new_expires_on"],
                                       amended_by=data["amended_by"], note=data["note"]), by=request.user)

    return _act(request, item, decide, "效力状态已变更")
