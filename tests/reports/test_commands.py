import json

import pytest

from gongkai.cli import main
from gongkai.reports.models import ImportedFigure
from tests.reports.test_figure_services import file_for
from tests.reports.test_services import complete_figures

pytestmark = pytest.mark.django_db


def test_report_prints_the_tables_of_a_unit_and_everything_below_it(world, unit_data, capsys):
    complete_figures(world)
    assert main(["report", "--org", world.district.credit_code, "--year", "2020", "--format", "json"]) == 0
    tables = json.loads(capsys.readouterr().out)
    assert set(tables) == {"version", "t2", "t3", "t4"} and tables["version"] == "2019"
    assert tables["t2"]["art20_9"]["gov_central_procurement"]["procurement_amount"] == "0"


def test_the_2021_template_can_be_asked_for_any_year(world, unit_data, capsys):
    main(["report", "--org", "张店区", "--year", "2020", "--template", "2021", "--own"])
    assert json.loads(capsys.readouterr().out)["version"] == "2021"


def test_binary_formats_need_an_output_file(world, unit_data, tmp_path, capsys):
    assert main(["report", "--org", "张店区", "--year", "2020", "--format", "docx"]) == 2
    assert "须用 -o 指定输出文件" in capsys.readouterr().err
    target = tmp_path / "report.docx"
    assert main(["report", "--org", "张店区", "--year", "2020", "--format", "docx", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"PK")


def test_an_unknown_unit_is_reported(world, capsys):
    assert main(["report", "--org", "不存在的单位", "--year", "2020"]) == 2
    assert "找不到单位“不存在的单位”" in capsys.readouterr().err


def test_all_writes_every_unit_and_every_subtree(world, unit_data, tmp_path, capsys):
    assert main(["report", "--all", "--year", "2020", "--out", str(tmp_path)]) == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    assert len(names) == 6 + 2  # six units; the city and the district have units below them
    assert f"{world.district.credit_code}-subtree.json" in names and f"{world.town.credit_code}-unit.json" in names
    assert "已生成 8 份2020年度报告" in capsys.readouterr().out


def test_import_figures_all_or_nothing_with_row_numbered_errors(world, tmp_path, capsys):
    good, bad = tmp_path / "好.csv", tmp_path / "坏.csv"
    good.write_bytes(file_for((world.town.credit_code, "", 2020, 3)))
    bad.write_bytes(file_for((world.town.credit_code, "", 2020, 4), ("X", "", 2020, 1)))
    assert main(["import", "figures", str(good)]) == 0
    assert main(["import", "figures", str(bad), "--reason", "更正"]) == 1
    err = capsys.readouterr().err
    assert "导入失败，未做任何修改。共 1 处错误" in err and "第3行：统一社会信用代码“X”不是本平台的单位" in err
    assert ImportedFigure.objects.get().value == 3


def test_import_template_writes_a_workbook(world, tmp_path):
    target = tmp_path / "模板.xlsx"
    assert main(["import", "template", "--year", "2021", "--org", "张店区", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"PK")


@pytest.mark.parametrize("command", [["report", "--org", "张店区"], ["import", "template", "-o", "x.xlsx"]])
@pytest.mark.parametrize("year", ["99999999999999999999", "1999", "abc"])
def test_an_out_of_range_year_is_refused_in_chinese(world, capsys, command, year):
    with pytest.raises(SystemExit) as exited:
        main([*command, "--year", year])
    assert exited.value.code == 2 and "年度应为2008至" in capsys.readouterr().err


def test_an_unwritable_output_file_is_reported_in_chinese(world, tmp_path, capsys):
    target = tmp_path / "missing-dir" / "模板.xlsx"
    assert main(["import", "template", "--year", "2021", "-o", str(target)]) == 2
    assert "无法写入文件" in capsys.readouterr().err


def test_all_into_an_unwritable_directory_is_reported_in_chinese(world, unit_data, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", "--all", "--year", "2020", "--out", str(blocker / "out")]) == 2
    assert "无法写入目录" in capsys.readouterr().err
