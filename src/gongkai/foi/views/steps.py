"""One page per step on a request: the step's form; for a step that sends a letter, the letter's
preview and then its sending. The services decide; a refusal is shown on the form."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from gongkai.foi import correspondence
from gongkai.foi.models import Application
from gongkai.foi.rules.events import EventKind
from gongkai.foi.services import StepRefused, perform
from gongkai.foi.services import letters as letter_service
from gongkai.foi.step_forms import FORMS
from gongkai.foi.workflow import allowed_actions, clock_for
from gongkai.orgs.access import object_view

REF_STEPS = (EventKind.CONSULTATION_ANSWERED, EventKind.CONSULTATION_EXPIRED)


def _option(application, user, kind: EventKind, ref: int | None):
    """The step as ``allowed_actions`` offers it (None if it does not exist for this request)."""
    return next((o for o in allowed_actions(application, user) if o.kind == kind and o.ref == ref), None)


def _ref(request, kind: EventKind) -> int | None:
    if kind not in REF_STEPS:
        return None
    value = request.POST.get("ref") or request.GET.get("ref", "")
    if not value.isdigit():
        raise Http404("没有指定征求意见")
    return int(value)


@object_view(Application)
def step(request, application, kind):
    try:
        kind = EventKind(kind)
        form_class = FORMS[kind]
    except (ValueError, KeyError):
        raise Http404("没有这个办理环节") from None
    ref = _ref(request, kind)
    option = _option(application, request.user, kind, ref)
    form = form_class(request.POST or None, application=application, user=request.user)
    page = {"application": application, "kind": kind, "label": kind.action_label, "form": form, "ref": ref,
            "option": option, "clock": clock_for(application), "letter": correspondence.sends_letter(kind)}
    if request.method != "POST" or "edit" in request.POST or not form.is_valid():
        return render(request, "foi/staff/step.html", page)
    params = {**form.params(), **({"ref": ref} if ref else {})}
    on = form.cleaned_data["on"]
    try:
        if not page["letter"]:
            perform(kind, application, by=request.user, on=on, **params)
            messages.success(request, f"已{kind.action_label}。")
            return redirect("foi:case", pk=application.pk)
        return _letter_step(request, application, kind, form, page, on, params)
    except StepRefused as exc:
        form.add_error(None, exc.reason)
        return render(request, "foi/staff/step.html", page)


def _letter_step(request, application, kind, form, page, on, params):
    """Preview first; send only what was previewed (the digest of the previewed letter)."""
    arguments = {"by": request.user, "on": on, "params": params, "inputs": form.letter_inputs()}
    digest = request.POST.get("digest", "")
    if "send" in request.POST and digest:
        try:
            letter = letter_service.send(kind, application, digest=digest, **arguments)
        except letter_service.LetterChanged as changed:
            messages.warning(request, "申请情况已有变化，文书内容随之改变，请重新核对后再发送。")
            return render(request, "foi/staff/preview.html", {**page, "draft": changed.draft})
        messages.success(request, f"已{kind.action_label}，{letter.title}已发送并存档。")
        return redirect("foi:case", pk=application.pk)
    draft = letter_service.preview(kind, application, **arguments)
    return render(request, "foi/staff/preview.html", {**page, "draft": draft})
