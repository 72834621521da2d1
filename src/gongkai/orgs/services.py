"""Changes to units and people. The only code that writes ``Unit`` and ``Membership`` rows."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from gongkai.core import audit
from gongkai.core.imports import ImportRejected
from gongkai.orgs import tree_io
from gongkai.orgs.models import Membership, Unit


@dataclass
class ImportResult:
    created: int
    updated: int


def import_tree(data: bytes, fmt: str, *, actor=None) -> ImportResult:
    """Create or update units from a CSV/JSON file, matched by 统一社会信用代码. All or nothing."""
    try:
        rows, errors = tree_io.parse(data, fmt)
    except tree_io.TreeFileError as exc:
        raise ImportRejected([str(exc)]) from None
    errors += _too_long(rows)
    existing = {unit.credit_code: unit for unit in Unit.objects.all()}
    rows, order_errors = tree_io.order_parents_first(rows, set(existing))
    errors += order_errors
    if errors:
        raise ImportRejected(errors)
    created = updated = 0
    changes = []
    codes = {unit.pk: code for code, unit in existing.items()}
    with transaction.atomic():
        for row in rows:
            unit = existing.get(row.credit_code) or Unit(credit_code=row.credit_code)
            created, updated = (created + 1, updated) if unit.pk is None else (created, updated + 1)
            before = _audited_fields(unit, codes) if unit.pk else {}
            unit.name, unit.level, unit.kind = row.name, row.level, row.kind
            for name in tree_io.OPTIONAL_COLUMNS:  # a column the file lacks keeps what is stored
                if name in row.given or unit.pk is None:
                    setattr(unit, name, getattr(row, name))
            unit.parent = existing.get(row.parent_credit_code) if row.parent_credit_code else None
            if unit.parent and unit.pk and _moved_below_itself(unit):
                raise ImportRejected([f"{row.row_label}: 上级单位不能是本单位的下级单位"])
            if unit.active_from and unit.active_until and unit.active_until < unit.active_from:
                raise ImportRejected([f"{row.row_label}: 撤销日期早于已有的设立日期（{unit.active_from}）"])
            unit.save()
            existing[row.credit_code], codes[unit.pk] = unit, row.credit_code
            after = _audited_fields(unit, codes)
            if changed := {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}:
                changes.append({"credit_code": row.credit_code, "new": not before, "fields": changed})
        audit.record("orgs.tree_imported", actor=actor, summary=f"导入单位：新增{created}个，更新{updated}个",
                     created=created, updated=updated, changes=changes)
    return ImportResult(created=created, updated=updated)


def _moved_below_itself(unit: Unit) -> bool:
    """Judged on the stored paths: an earlier row of the same import may have moved either unit."""
    for each in (unit, unit.parent):
        each.refresh_from_db(fields=["path", "depth"])
    return unit.parent.is_in_subtree_of(unit)


def _audited_fields(unit: Unit, codes: dict[int, str]) -> dict[str, str]:
    """What the audit entry records of a unit, as text (the parent by its credit code)."""
    values = {name: getattr(unit, name) for name in ("name", "short_name", "level", "kind", "division_code",
                                                      "active_from", "active_until")}
    values["parent"] = codes.get(unit.parent_id, "")
    return {name: "" if value is None else str(value) for name, value in values.items()}


TEXT_FIELDS = ("name", "short_name", "division_code")


def _too_long(rows) -> list[str]:
    """Texts longer than their column: PostgreSQL would refuse them half-way through the import."""
    errors = []
    for row in rows:
        for name in TEXT_FIELDS:
            field = Unit._meta.get_field(name)
            if len(getattr(row, name)) > field.max_length:
                errors.append(f"{row.row_label}: {field.verbose_name}不能超过{field.max_length}个字符")
    return errors


def export_tree(fmt: str, root: Unit | None = None) -> str:
    units = Unit.objects.in_subtree(root) if root else Unit.objects.all()
    codes = dict(Unit.objects.values_list("pk", "credit_code"))
    rows = [
        tree_io.UnitRow(
            row_label="", name=u.name, credit_code=u.credit_code, level=u.level, kind=u.kind,
            parent_credit_code=codes.get(u.parent_id, ""), short_name=u.short_name,
            division_code=u.division_code, active_from=u.active_from, active_until=u.active_until,
        )
        for u in units.order_by("path")
    ]
    return tree_io.dump(rows, fmt)


def add_staff(unit: Unit, *, username: str, full_name: str, email: str, role: str, password: str | None,
              actor=None) -> Membership:
    """Give a person a role in ``unit``, creating their account if it does not exist yet."""
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username=username, password=password, first_name=full_name, email=email)
            audit.record("orgs.user_created", actor=actor, unit=unit, target=user, summary=f"创建用户 {username}")
        return grant_role(user, unit, role, actor=actor)


def grant_role(user, unit: Unit, role: str, *, actor=None) -> Membership:
    membership, _ = Membership.objects.update_or_create(user=user, unit=unit, role=role,
                                                        defaults={"active": True})
    audit.record("orgs.role_granted", actor=actor, unit=unit, target=membership,
                 summary=f"{user.get_username()} 获得 {unit.name} {membership.get_role_display()} 角色")
    return membership


def revoke_role(membership: Membership, *, actor=None) -> None:
    """Idempotent: a role already revoked (a second click, a stale page) is left as it is."""
    membership.active = False
    with transaction.atomic():
        if not Membership.objects.filter(pk=membership.pk, active=True).update(active=False):
            return
        audit.record("orgs.role_revoked", actor=actor, unit=membership.unit, target=membership,
                     summary=f"{membership.user.get_username()} 的 {membership.get_role_display()} 角色被撤销")
