"""The permission layer: who may read and act on which unit's data.

Every view, API operation and export goes through this module, so "staff of unit A never see
unit B's data" is decided in one place:

- Clerks, reviewers and unit administrators see their own unit only.
- A supervisor (监督员) reads the whole subtree below their unit, and changes nothing.
- A system administrator reads everything and manages the system (calendar, units, people).

Views declare their policy with one of the decorators below; ``tests/test_url_access.py`` walks
the URL configuration and fails for any view that declares none.
"""

import functools
from dataclasses import dataclass

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from gongkai.orgs.models import UNIT_ROLES, Membership, Role, Unit, subtree_bounds

ACCESS_ATTR = "gongkai_access"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


# --- predicates ------------------------------------------------------------------------------


def memberships_of(user) -> list[Membership]:
    """Active memberships, cached on the user object for the request."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_gongkai_memberships", None)
    if cached is None:
        cached = list(Membership.objects.active().filter(user=user).select_related("unit"))
        user._gongkai_memberships = cached
    return cached


def is_sysadmin(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or any(m.role == Role.SYSADMIN for m in memberships_of(user))
    )


def is_staff_member(user) -> bool:
    """Anyone who works on the platform: holds a role in some unit, or administers the system."""
    return bool(memberships_of(user)) or is_sysadmin(user)


def roles_in(user, unit: Unit) -> set[str]:
    return {m.role for m in memberships_of(user) if m.unit_id == unit.pk}


def readable_unit_filter(user, prefix: str = "unit") -> Q:
    """A Q object selecting rows (of any model with a ``prefix`` FK to Unit) the user may read.

    ``prefix=""`` filters ``Unit`` itself.
    """
    if is_sysadmin(user):
        return Q()
    field = f"{prefix}__" if prefix else ""
    own = {m.unit_id for m in memberships_of(user) if m.role in UNIT_ROLES}
    condition = Q(**{f"{field}pk__in": own}) if own else Q(pk__in=[])
    for membership in memberships_of(user):
        if membership.role == Role.SUPERVISOR:
            low, high = subtree_bounds(membership.unit.path)
            condition |= Q(**{f"{field}path__gte": low, f"{field}path__lt": high})
    return condition


def units_readable_by(user):
    return Unit.objects.filter(readable_unit_filter(user, prefix=""))


def can_read_unit(user, unit: Unit) -> bool:
    if is_sysadmin(user):
        return True
    for membership in memberships_of(user):
        if membership.unit_id == unit.pk and membership.role in UNIT_ROLES:
            return True
        if membership.role == Role.SUPERVISOR and unit.path.startswith(membership.unit.path):
            return True
    return False


def can_act(user, unit: Unit, roles=UNIT_ROLES) -> bool:
    """Whether the user holds one of ``roles`` in exactly this unit (never via a subtree)."""
    return bool(roles_in(user, unit) & {str(r) for r in roles})


def can_manage_role(user, unit: Unit, role: str) -> bool:
    """Grant or revoke ``role`` in ``unit``: a unit administrator there, for roles at or below
    their own (经办人, 审核人, 单位管理员); 监督员 and 系统管理员 are for a system administrator."""
    if is_sysadmin(user):
        return True
    return role in {str(r) for r in UNIT_ROLES} and can_act(user, unit, (Role.UNIT_ADMIN,))


def units_where(user, roles) -> list[Unit]:
    wanted = {str(r) for r in roles}
    return [m.unit for m in memberships_of(user) if m.role in wanted]


# --- view policies -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AccessPolicy:
    """What a view requires; read by the URL-walking permission test."""

    kind: str  # "public" | "staff" | "object" | "sysadmin"
    model: type | None = None
    kwarg: str | None = None
    act_roles: tuple[str, ...] = ()


def _mark(view, policy: AccessPolicy):
    setattr(view, ACCESS_ATTR, policy)
    return view


def public_view(view):
    """Anyone, including anonymous visitors (the portal, the applicant's tracking page)."""
    return _mark(view, AccessPolicy(kind="public"))


def _login_or_deny(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied("您没有访问此页面的权限")


def staff_view(view):
    """Any staff member; the view must narrow its data with ``readable_unit_filter``."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_staff_member(request.user):
            return _login_or_deny(request)
        return view(request, *args, **kwargs)

    return _mark(wrapper, AccessPolicy(kind="staff"))


def sysadmin_view(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_sysadmin(request.user):
            return _login_or_deny(request)
        return view(request, *args, **kwargs)

    return _mark(wrapper, AccessPolicy(kind="sysadmin"))


def object_view(model, *, kwarg: str = "pk", act_roles=UNIT_ROLES, sysadmin_acts: bool = False):
    """A view of one object owned by a unit (``obj.scope_unit``).

    The URL keyword ``kwarg`` is replaced by the loaded object. Reading needs read access to the
    owning unit (404 otherwise, so other units' objects do not even appear to exist); unsafe
    methods (POST…) also need one of ``act_roles`` in that very unit (403 otherwise), or, with
    ``sysadmin_acts``, a system administrator (who manages people in every unit).
    """
    roles = tuple(str(r) for r in act_roles)

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not is_staff_member(request.user):
                return _login_or_deny(request)
            try:
                obj = model._default_manager.get(pk=kwargs.pop(kwarg))
            except (model.DoesNotExist, ValueError, TypeError):
                raise Http404("对象不存在") from None
            unit = obj.scope_unit
            if not can_read_unit(request.user, unit):
                raise Http404("对象不存在")
            acts = can_act(request.user, unit, roles) or (sysadmin_acts and is_sysadmin(request.user))
            if request.method not in SAFE_METHODS and not acts:
                raise PermissionDenied("您在该单位没有办理此事项的权限")
            return view(request, obj, *args, **kwargs)

        return _mark(wrapper, AccessPolicy(kind="object", model=model, kwarg=kwarg, act_roles=roles))

    return decorator
