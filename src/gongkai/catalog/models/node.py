from django.db import models

from gongkai.orgs.models import Level, Unit


class CatalogNodeQuerySet(models.QuerySet):
    def standard(self):
        return self.filter(unit__isnull=True)

    def for_unit(self, unit: Unit):
        """A unit's 公开目录: the standard columns that apply to it plus the unit's own columns.

        The 基层政务公开标准目录 domains apply to 基层 bodies (国办发〔2019〕54号): county-level and
        township governments and their departments, not the city level.
        """
        standard = models.Q(unit__isnull=True)
        if unit.level == Level.CITY:
            standard &= models.Q(basic_only=False)
        return self.filter(standard | models.Q(unit=unit))


class CatalogNode(models.Model):
    """A column (栏目) of the 政府信息公开目录. Standard columns (``unit`` empty) come from
    ``catalog/data/standard_catalog.json`` and appear in every unit's catalog; a unit extends its
    catalog with its own columns under any column."""

    unit = models.ForeignKey("orgs.Unit", verbose_name="所属单位", null=True, blank=True, on_delete=models.CASCADE,
                             related_name="catalog_nodes", help_text="为空表示标准目录栏目")
    parent = models.ForeignKey("self", verbose_name="上级栏目", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="children")
    code = models.CharField("栏目代码", max_length=64, blank=True, db_index=True)
    name = models.CharField("栏目名称", max_length=100)
    position = models.PositiveIntegerField("排序", default=0)
    basic_only = models.BooleanField("仅基层单位", default=False, help_text="基层政务公开标准目录领域")
    description = models.CharField("说明", max_length=255, blank=True)

    objects = CatalogNodeQuerySet.as_manager()

    class Meta:
        verbose_name = "公开目录栏目"
        verbose_name_plural = "公开目录栏目"
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=models.Q(unit__isnull=True) & ~models.Q(code=""),
                                    name="catalog_node_standard_code_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_standard(self) -> bool:
        return self.unit_id is None

    @property
    def scope_unit(self) -> Unit:
        return self.unit

