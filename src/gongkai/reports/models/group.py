from django.db import models

from gongkai.orgs.models import Unit, subtree_bounds


class NamedGroup(models.Model):
    """A named set of units one report covers: listed subtrees, minus excluded subtrees.

    E.g. the seed report's 「5区3县人民政府，高新区、经济开发区、文昌湖区管委会…，不含驻淄中央、
    省属垂直单位」: the city's subtree with the vertical units' subtrees excluded.
    """

    owner = models.ForeignKey(Unit, verbose_name="编制单位", on_delete=models.PROTECT, related_name="report_groups")
    name = models.CharField("名称", max_length=100)
    title = models.CharField("报告标题中的名称", max_length=60, help_text="如“淄博市”，用于“淄博市2020年政府信息公开工作年度报告”")
    description = models.TextField("说明", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "报告单位组"
        verbose_name_plural = "报告单位组"
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="named_group_unique_name")]

    def __str__(self) -> str:
        return self.name

    @property
    def scope_unit(self) -> Unit:
        return self.owner

    def units(self):
        """Every unit in an included subtree and in no excluded one (range scans on Unit.path)."""
        included, excluded = models.Q(pk__in=[]), models.Q(pk__in=[])
        for member in self.members.select_related("unit"):
            low, high = subtree_bounds(member.unit.path)
            condition = models.Q(path__gte=low, path__lt=high)
            if member.excluded:
                excluded |= condition
            else:
                included |= condition
        return Unit.objects.filter(included).exclude(excluded)


class GroupMember(models.Model):
    group = models.ForeignKey(NamedGroup, verbose_name="单位组", on_delete=models.CASCADE, related_name="members")
    unit = models.ForeignKey(Unit, verbose_name="单位（含下级）", on_delete=models.PROTECT, related_name="+")
    excluded = models.BooleanField("排除", default=False, help_text="排除此单位及其下级单位")

    class Meta:
        verbose_name = "单位组成员"
        verbose_name_plural = "单位组成员"
        constraints = [models.UniqueConstraint(fields=["group", "unit"], name="group_member_unique")]

    def __str__(self) -> str:
        return f"{'排除' if self.excluded else '包含'} {self.unit}"
