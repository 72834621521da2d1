import json
from datetime import date

import pytest

from gongkai.core.imports import ImportRejected
from gongkai.core.models import AuditEntry
from gongkai.orgs import tree_io
from gongkai.orgs.models import Unit
from gongkai.orgs.services import export_tree, import_tree

CITY = "11370300004224423Q"
HEADER = "name,credit_code,level,kind,parent_credit_code\n"


def code(n: int) -> str:
    """A valid credit code in 370303 numbered by n (organisation code body = n)."""
    from gongkai.orgs import credit_code

    body = f"{n:08d}"
    first17 = f"11370303{body}{credit_code._org_code_check_digit(body)}"
    return first17 + credit_code.check_character(first17)


def csv_file(*rows: str) -> bytes:
    return (HEADER + "".join(row + "\n" for row in rows)).encode()


def test_levels_and_kinds_accept_chinese_labels():
    rows, errors = tree_io.parse(csv_file(f"淄博市人民政府,{CITY},市级,人民政府,"), "csv")
    assert errors == [] and (rows[0].level, rows[0].kind) == ("city", "government")


def test_every_bad_row_is_reported_with_its_line_number():
    data = csv_file(f"淄博市人民政府,{CITY},city,government,", f",{code(1)},county,government,{CITY}",
                    f"张店区,{CITY[:-1]}X,county,government,{CITY}", f"财政局,{code(2)},省级,department,{CITY}")
    _, errors = tree_io.parse(data, "csv")
    assert errors == ["第3行: 名称（name）不能为空", "第4行: 统一社会信用代码校验位错误",
                      "第5行: 层级“省级”无效，应为：市级、区县级、乡镇（街道）级"]


def test_missing_columns_are_named():
    with pytest.raises(tree_io.TreeFileError, match="缺少列：kind、parent_credit_code"):
        tree_io.parse(b"name,credit_code,level\n", "csv")


def test_json_errors_name_the_item():
    data = json.dumps([{"name": "市政府", "credit_code": "123", "level": "city", "kind": "government"}]).encode()
    _, errors = tree_io.parse(data, "json")
    assert errors == ["第1条: 统一社会信用代码应为18位，实际为3位"]


def test_children_may_come_before_parents():
    data = csv_file(f"张店区,{code(1)},county,government,{CITY}", f"淄博市人民政府,{CITY},city,government,")
    rows, _ = tree_io.parse(data, "csv")
    ordered, errors = tree_io.order_parents_first(rows, set())
    assert errors == [] and [r.name for r in ordered] == ["淄博市人民政府", "张店区"]


def test_a_cycle_is_reported():
    data = csv_file(f"甲,{code(1)},county,government,{code(2)}", f"乙,{code(2)},county,government,{code(1)}")
    rows, _ = tree_io.parse(data, "csv")
    _, errors = tree_io.order_parents_first(rows, set())
    assert any("循环" in e for e in errors)


@pytest.mark.django_db
def test_import_creates_the_tree_and_export_round_trips():
    data = csv_file(f"淄博市人民政府,{CITY},city,government,", f"张店区政府,{code(1)},county,government,{CITY}",
                    f"车站街道,{code(2)},town,dispatched,{code(1)}")
    result = import_tree(data, "csv")
    assert (result.created, result.updated) == (3, 0)
    town = Unit.objects.get(credit_code=code(2))
    assert [u.name for u in town.ancestors()] == ["淄博市人民政府", "张店区政府"]
    exported = export_tree("csv")
    assert import_tree(exported.encode(), "csv").updated == 3
    assert json.loads(export_tree("json"))[2]["parent_credit_code"] == code(1)


@pytest.mark.django_db
def test_a_bad_file_changes_nothing(world):
    before = list(Unit.objects.values_list("pk", "name", "path"))
    data = csv_file(f"新名称,{world.city.credit_code},city,government,", f"孤儿,{code(9)},town,government,{code(8)}")
    with pytest.raises(ImportRejected) as rejected:
        import_tree(data, "csv")
    assert rejected.value.errors == [f"第3行: 找不到上级单位（统一社会信用代码 {code(8)}）"]
    assert list(Unit.objects.values_list("pk", "name", "path")) == before


@pytest.mark.django_db
def test_import_can_move_a_unit_under_another(world):
    rows = f"{world.town.name},{world.town.credit_code},town,dispatched,{world.other_district.credit_code}"
    import_tree(csv_file(rows), "csv")
    world.town.refresh_from_db()
    assert world.town.parent == world.other_district


@pytest.mark.django_db
def test_import_refuses_to_put_a_unit_under_its_own_descendant(world):
    rows = f"{world.district.name},{world.district.credit_code},county,government,{world.town.credit_code}"
    with pytest.raises(ImportRejected, match="下级单位"):
        import_tree(csv_file(rows), "csv")
    world.district.refresh_from_db()
    assert world.district.parent == world.city


@pytest.mark.django_db
def test_an_overlong_name_is_refused_with_its_row_and_nothing_changes(world):
    before = list(Unit.objects.values_list("pk", "name", "path"))
    with pytest.raises(ImportRejected) as rejected:
        import_tree(csv_file(f"{'长' * 101},{code(9)},town,government,{world.town.credit_code}"), "csv")
    assert rejected.value.errors == ["第2行: 名称不能超过100个字符"]
    assert list(Unit.objects.values_list("pk", "name", "path")) == before


@pytest.mark.django_db
def test_a_new_unit_under_a_unit_moved_in_the_same_import_gets_the_new_path(world):
    data = csv_file(f"{world.district.name},{world.district.credit_code},county,government,"
                    f"{world.other_district.credit_code}",
                    f"新设单位,{code(9)},town,dispatched,{world.town.credit_code}")
    import_tree(data, "csv")
    world.town.refresh_from_db()
    new = Unit.objects.get(credit_code=code(9))
    assert new.path == f"{world.town.path}{new.pk}/" and new in Unit.objects.in_subtree(world.other_district)


def test_a_csv_with_an_overlong_cell_is_refused_as_a_whole():
    with pytest.raises(tree_io.TreeFileError, match="CSV 格式错误"):
        tree_io.parse(csv_file(f"{'x' * 200000},{CITY},city,government,"), "csv")


def test_deeply_nested_json_is_refused_as_a_whole():
    with pytest.raises(tree_io.TreeFileError, match="嵌套层数过多"):
        tree_io.parse(b"[" * 100000, "json")


@pytest.mark.django_db
def test_the_audit_entry_records_each_unit_s_changes(world):
    rows = f"{world.town.name},{world.town.credit_code},town,dispatched,{world.other_district.credit_code}"
    import_tree(csv_file(rows, f"新设单位,{code(9)},town,dispatched,{world.town.credit_code}"), "csv")
    changes = AuditEntry.objects.get(action="orgs.tree_imported").context["changes"]
    assert changes[0] == {"credit_code": world.town.credit_code, "new": False,
                          "fields": {"parent": [world.district.credit_code, world.other_district.credit_code]}}
    assert changes[1]["credit_code"] == code(9) and changes[1]["new"] is True
    assert changes[1]["fields"]["name"] == [None, "新设单位"]


@pytest.mark.django_db
def test_columns_the_file_lacks_keep_the_stored_values(world):
    short_name = world.town.short_name
    import_tree(csv_file(f"{world.town.name},{world.town.credit_code},town,dispatched,{world.district.credit_code}"),
                "csv")
    world.town.refresh_from_db()
    assert world.town.short_name == short_name


@pytest.mark.django_db
def test_an_end_date_before_the_stored_start_is_refused_by_row(world):
    Unit.objects.filter(pk=world.town.pk).update(active_from=date(2020, 1, 1))
    data = (f"name,credit_code,level,kind,parent_credit_code,active_until\n"
            f"{world.town.name},{world.town.credit_code},town,dispatched,{world.district.credit_code},2019-01-01\n")
    with pytest.raises(ImportRejected, match="第2行: 撤销日期早于已有的设立日期"):
        import_tree(data.encode(), "csv")
