import json

import pytest

from gongkai.cli import main
from gongkai.orgs.models import Unit


@pytest.mark.django_db
def test_export_then_import_from_the_command_line(world, tmp_path, capsys):
    target = tmp_path / "units.json"
    assert main(["orgs", "export", "--format", "json", "--root", "张店区", "-o", str(target)]) == 0
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert {row["name"] for row in rows} == {world.district.name, world.district_bureau.name, world.town.name}
    assert main(["orgs", "import", str(target)]) == 0
    assert "更新 3 个单位" in capsys.readouterr().out


@pytest.mark.django_db
def test_import_of_a_bad_file_exits_1_and_lists_the_rows(world, tmp_path, capsys):
    bad = tmp_path / "units.csv"
    bad.write_text("name,credit_code,level,kind,parent_credit_code\n坏单位,123,city,government,\n", encoding="utf-8")
    count = Unit.objects.count()
    assert main(["orgs", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "导入失败，未做任何修改" in err and "第2行: 统一社会信用代码应为18位" in err
    assert Unit.objects.count() == count


@pytest.mark.django_db
def test_import_of_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["orgs", "import", str(tmp_path / "nope.csv")]) == 2
    assert "无法读取文件" in capsys.readouterr().err


@pytest.mark.django_db
def test_export_to_an_unwritable_file_exits_2_in_chinese(world, tmp_path, capsys):
    assert main(["orgs", "export", "-o", str(tmp_path / "missing-dir" / "units.csv")]) == 2
    assert "无法写入文件" in capsys.readouterr().err
