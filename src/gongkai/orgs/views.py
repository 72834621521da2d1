"""Unit staff management for 单位管理员 (roles up to their own) and 系统管理员 (every role)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from gongkai.orgs import services
from gongkai.orgs.access import can_act, can_manage_role, is_sysadmin, object_view
from gongkai.orgs.forms import AddStaffForm
from gongkai.orgs.models import Membership, Role, Unit

ADMINS = (Role.UNIT_ADMIN,)


@object_view(Unit, kwarg="unit_id", act_roles=ADMINS, sysadmin_acts=True)
def staff_list(request, unit):
    form = AddStaffForm(request.POST or None, all_roles=is_sysadmin(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.add_staff(unit, username=data["username"], full_name=data["full_name"], email=data["email"],
                           role=data["role"], password=data["password"] if data["is_new"] else None,
                           actor=request.user)
        messages.success(request, f"已为 {data['full_name']} 设置{dict(form.fields['role'].choices)[data['role']]}角色。")
        return redirect("orgs:staff", unit_id=unit.pk)
    memberships = unit.memberships.active().select_related("user").order_by("role", "user__username")
    for membership in memberships:
        membership.revocable = can_manage_role(request.user, unit, membership.role)
    return render(request, "orgs/staff.html", {
        "unit": unit, "memberships": memberships, "form": form,
        "can_manage": can_act(request.user, unit, ADMINS) or is_sysadmin(request.user),
    })


@object_view(Membership, kwarg="membership_id", act_roles=ADMINS, sysadmin_acts=True)
@require_POST
def revoke(request, membership):
    if not can_manage_role(request.user, membership.unit, membership.role):
        raise PermissionDenied("监督员、系统管理员角色只能由系统管理员撤销")
    if membership.user_id == request.user.pk and membership.role == Role.UNIT_ADMIN:
        messages.error(request, "不能撤销自己的单位管理员角色，请由其他单位管理员操作。")
    else:
        services.revoke_role(membership, actor=request.user)
        messages.success(request, f"已撤销 {membership.user.get_full_name() or membership.user.username} 的"
                                  f"{membership.get_role_display()}角色。")
    return redirect("orgs:staff", unit_id=membership.unit_id)
