from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Concat, Substr
from django.dispatch import Signal

from gongkai.orgs import credit_code

# Sent by ``Unit.save`` after a move has rewritten the paths of ``unit`` and its subtree (args:
# ``unit``, ``old_path``, ``new_path``). Apps above ``orgs`` that store copies of unit paths (the
# search index) listen; ``orgs`` itself knows nothing of them.
unit_moved = Signal()


class Level(models.TextChoices):
    """Administrative level of a unit (层级)."""

    CITY = "city", "市级"
    COUNTY = "county", "区县级"
    TOWN = "town", "乡镇（街道）级"


class Kind(models.TextChoices):
    """What kind of body a unit is (机关类型)."""

    GOVERNMENT = "government", "人民政府"
    DEPARTMENT = "department", "政府工作部门"
    # 派出机构/派出机关: 管委会 of function zones, 街道办事处.
    DISPATCHED = "dispatched", "派出机构"
    INSTITUTION = "institution", "事业单位"


def subtree_bounds(path: str) -> tuple[str, str]:
    """Half-open range [path, upper) that contains exactly the paths starting with ``path``.

    A range on an indexed column works identically on SQLite and PostgreSQL, unlike LIKE.
    """
    return path, path[:-1] + chr(ord(path[-1]) + 1)


class UnitQuerySet(models.QuerySet):
    def in_subtree(self, unit: "Unit") -> "UnitQuerySet":
        """The unit and all units below it: one indexed range scan."""
        low, high = subtree_bounds(unit.path)
        return self.filter(path__gte=low, path__lt=high)

    def active_on(self, day) -> "UnitQuerySet":
        return self.filter(
            models.Q(active_from__isnull=True) | models.Q(active_from__lte=day),
            models.Q(active_until__isnull=True) | models.Q(active_until__gte=day),
        )

    def active_during(self, first, last) -> "UnitQuerySet":
        """Units that existed on some day of ``[first, last]`` (set up by ``last``, not abolished
        before ``first``)."""
        return self.filter(
            models.Q(active_from__isnull=True) | models.Q(active_from__lte=last),
            models.Q(active_until__isnull=True) | models.Q(active_until__gte=first),
        )

    def find(self, name_or_code: str) -> "Unit":
        """Look a unit up by 统一社会信用代码, full name or short name; raise ``Unit.DoesNotExist``."""
        key = name_or_code.strip()
        for field in ("credit_code", "name", "short_name"):
            matches = list(self.filter(**{field: key.upper() if field == "credit_code" else key})[:2])
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise Unit.MultipleObjectsReturned(f"“{key}”对应多个单位，请使用统一社会信用代码")
        raise Unit.DoesNotExist(f"找不到单位“{key}”")


def subtree_filter(unit: "Unit", prefix: str = "unit") -> models.Q:
    """A Q object selecting rows whose ``prefix`` unit lies in ``unit``'s subtree (one JOIN)."""
    low, high = subtree_bounds(unit.path)
    return models.Q(**{f"{prefix}__path__gte": low, f"{prefix}__path__lt": high})


class Unit(models.Model):
    """A 机关: a government, department or dispatched body that discloses information."""

    name = models.CharField("名称", max_length=100, db_index=True)
    short_name = models.CharField("简称", max_length=50, blank=True, db_index=True)
    credit_code = models.CharField(
        "统一社会信用代码", max_length=18, unique=True, validators=[credit_code.validate]
    )
    level = models.CharField("层级", max_length=16, choices=Level.choices)
    kind = models.CharField("类型", max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    # Materialized path of primary keys, "/1/7/42/": the subtree is a range scan (see subtree_bounds).
    path = models.CharField("路径", max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField("深度", default=0, editable=False)
    division_code = models.CharField("行政区划代码", max_length=12, blank=True)
    active_from = models.DateField("设立日期", null=True, blank=True)
    active_until = models.DateField("撤销日期", null=True, blank=True)
    synthetic = models.BooleanField("演示生成", default=False, help_text="演示数据中按命名规则生成的单位")

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(active_until__isnull=True)
                | models.Q(active_from__isnull=True)
                | models.Q(active_until__gte=models.F("active_from")),
                name="unit_active_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        """Keep ``path``; moving a unit rewrites its whole subtree's paths in one UPDATE and sends
        ``unit_moved`` (every path change goes through here).

        Paths are read from the database, not from objects loaded before an earlier move (an
        import that moves a unit and then adds one below its child would otherwise file the new
        unit under the old place, where the wrong supervisors read it)."""
        manager = type(self).objects
        stored = manager.filter(pk=self.pk).values_list("path", flat=True).first() if self.pk else None
        if stored:
            self.path, self.depth = stored, stored.count("/") - 2
        old_path = self.path
        super().save(*args, **kwargs)
        parent_path = manager.filter(pk=self.parent_id).values_list("path", flat=True).get() if self.parent_id else "/"
        new_path = parent_path + f"{self.pk}/"
        if new_path == old_path:
            return
        self.path, self.depth = new_path, new_path.count("/") - 2
        type(self).objects.filter(pk=self.pk).update(path=new_path, depth=self.depth)
        if old_path:
            low, high = subtree_bounds(old_path)
            type(self).objects.filter(path__gte=low, path__lt=high).exclude(pk=self.pk).update(
                path=Concat(models.Value(new_path), Substr("path", len(old_path) + 1)),
                depth=models.F("depth") + (self.depth - (old_path.count("/") - 2)),
            )
            unit_moved.send(sender=type(self), unit=self, old_path=old_path, new_path=new_path)

    def clean(self):
        if self.parent_id and self.pk and self.parent.path.startswith(self.path):
            raise ValidationError({"parent": "上级单位不能是本单位或其下级单位"})

    def ancestors(self) -> UnitQuerySet:
        ids = [int(part) for part in self.path.strip("/").split("/")[:-1]]
        return Unit.objects.filter(pk__in=ids).order_by("depth")

    def descendants(self) -> UnitQuerySet:
        return Unit.objects.in_subtree(self).exclude(pk=self.pk)

    def is_in_subtree_of(self, other: "Unit") -> bool:
        return self.path.startswith(other.path)

    @property
    def scope_unit(self) -> "Unit":
        return self
