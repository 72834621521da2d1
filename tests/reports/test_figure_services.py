from decimal import Decimal

import pytest

from gongkai.core.imports import ImportRejected
from gongkai.core.models import AuditEntry
from gongkai.orgs.models import Unit
from gongkai.reports.figure_io import parse
from gongkai.reports.figure_services import figure_template, import_figures, override_figure
from gongkai.reports.models import FigureSource, ImportedFigure

pytestmark = pytest.mark.django_db
LICENSE = "第二十条第（五）项·行政许可·处理决定数量"
CELL = "t2.art20_5.admin_license.decisions"


def file_for(*rows) -> bytes:
    lines = [f"统一社会信用代码,单位名称,年度,{LICENSE}"] + [",".join(map(str, row)) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_an_import_stores_each_value_with_its_file_and_row(world):
    result = import_figures(file_for((world.town.credit_code, world.town.name, 2020, 12)), "张店.csv",
                            actor=world.town_clerk)
    figure = ImportedFigure.objects.get()
    assert (result.created, result.units) == (1, 1)
    assert (figure.unit, figure.value, figure.file_name, figure.file_row) == (world.town, 12, "张店.csv", 2)
    assert figure.provenance == "文件“张店.csv”第2行"
    assert AuditEntry.objects.get(action="reports.figures_imported").actor == world.town_clerk


def test_one_bad_row_imports_nothing_and_every_row_is_named(world):
    data = file_for((world.town.credit_code, "", 2020, 1), ("91370300MA3C00000X", "", 2020, 2),
                    (world.district.credit_code, "错误名称", 2020, 3), (world.town.credit_code, "", 2020, 4))
    with pytest.raises(ImportRejected) as rejected:
        import_figures(data, "a.csv")
    assert rejected.value.errors == [
        "第3行：统一社会信用代码“91370300MA3C00000X”不是本平台的单位",
        f"第4行：单位名称“错误名称”与统一社会信用代码对应的“{world.district.name}”不符",
        "第5行：与第2行重复（同一单位、同一年度）",
    ]
    assert not ImportedFigure.objects.exists()


def test_staff_import_only_for_their_own_units(world):
    with pytest.raises(ImportRejected, match="您没有为“淄博市淄川区人民政府”导入数据的权限"):
        import_figures(file_for((world.other_district.credit_code, "", 2020, 1)), "a.csv",
                       allowed_units=Unit.objects.filter(pk=world.town.pk))


def test_changing_an_imported_value_needs_a_reason_and_keeps_the_old_one(world):
    import_figures(file_for((world.town.credit_code, "", 2020, 12)), "first.csv")
    with pytest.raises(ImportRejected, match="已有数值12（文件“first.csv”第2行），修改须填写原因"):
        import_figures(file_for((world.town.credit_code, "", 2020, 15)), "second.csv")
    import_figures(file_for((world.town.credit_code, "", 2020, 15)), "second.csv", reason="审批系统补录")
    old, new = ImportedFigure.objects.order_by("pk")
    assert old.replaced_at is not None and new.replaced_at is None
    assert new.provenance == "文件“second.csv”第2行（修改原因：审批系统补录）"


def test_reimporting_the_same_value_changes_nothing(world):
    import_figures(file_for((world.town.credit_code, "", 2020, 12)), "a.csv")
    result = import_figures(file_for((world.town.credit_code, "", 2020, 12)), "a.csv")
    assert (result.created, result.unchanged) == (0, 1)
    assert ImportedFigure.objects.count() == 1


def test_an_override_needs_a_reason_and_is_logged(world):
    with pytest.raises(ValueError, match="人工修改数据须填写原因"):
        override_figure(world.town, 2020, CELL, "5", reason=" ", actor=world.town_clerk)
    figure = override_figure(world.town, 2020, CELL, "5", reason="按审批系统年报更正", actor=world.town_clerk)
    assert (figure.source, figure.value, figure.provenance) == (FigureSource.OVERRIDE, 5, "人工修改：按审批系统年报更正")
    entry = AuditEntry.objects.get(action="reports.figure_overridden")
    assert entry.context["reason"] == "按审批系统年报更正" and entry.unit == world.town


def test_the_template_lists_the_units_with_their_current_values(world):
    override_figure(world.town, 2020, "t2.art20_9.gov_central_procurement.procurement_amount", "1.5", reason="x")
    rows, errors = parse(figure_template(Unit.objects.filter(pk__in=[world.town.pk, world.district.pk]), 2020, "2019"),
                         "t.xlsx")
    assert errors == [] and [r.credit_code for r in rows] == [world.district.credit_code, world.town.credit_code]
    assert rows[1].values == {"t2.art20_9.gov_central_procurement.procurement_amount": Decimal("1.5")}


def test_a_file_with_a_huge_number_imports_nothing(world):
    data = file_for((world.town.credit_code, "", 2020, 12), (world.district.credit_code, "", 2020, 10 ** 19))
    with pytest.raises(ImportRejected) as rejected:
        import_figures(data, "a.csv")
    assert rejected.value.errors == [f"第3行第D列「{LICENSE}」：数值过大（应小于1万亿），实为“{10 ** 19}”"]
    assert not ImportedFigure.objects.exists()


def test_an_override_with_a_huge_number_is_refused(world):
    with pytest.raises(ValueError, match="数值过大"):
        override_figure(world.town, 2020, CELL, "99999999999999999999", reason="核对", actor=world.town_clerk)
    assert not ImportedFigure.objects.exists()


def test_an_import_racing_another_writer_is_rejected_whole(world, monkeypatch):
    override_figure(world.town, 2020, CELL, "5", reason="核对", actor=world.town_clerk)
    monkeypatch.setattr("gongkai.reports.figure_services._current", lambda pairs: {})  # read before the override
    with pytest.raises(ImportRejected, match="其他人刚刚修改了同一单位同一年度的数据"):
        import_figures(file_for((world.town.credit_code, "", 2020, 12)), "a.csv")
    assert list(ImportedFigure.objects.current().values_list("value", flat=True)) == [5]
