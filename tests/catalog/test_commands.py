from gongkai.catalog import commands
from gongkai.catalog.models import DecisionRecord


class Args:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


def test_import_records_command_imports_a_file(world, tmp_path, capsys):
    path = tmp_path / "records.csv"
    path.write_text("类别,决定文书号,事项名称,行政相对人,决定日期\n行政许可,号1,施工许可,某公司,2021-03-01\n",
                    encoding="utf-8")
    assert commands.import_records(Args(file=path, unit=world.district.credit_code)) == 0
    assert DecisionRecord.objects.count() == 1
    assert "已导入 1 条" in capsys.readouterr().out


def test_import_records_command_lists_errors_and_fails(world, tmp_path, capsys):
    path = tmp_path / "records.csv"
    path.write_text("类别,决定文书号,事项名称,行政相对人,决定日期\n行政许可,号1,施工许可,某公司,2021-02-30\n",
                    encoding="utf-8")
    assert commands.import_records(Args(file=path, unit=world.district.name)) == 1
    assert "第2行：决定日期" in capsys.readouterr().err
    assert not DecisionRecord.objects.exists()


def test_search_rebuild_command_reports_the_count(world, capsys):
    from tests.catalog.factories import published_item

    published_item(world.district)
    assert commands.rebuild_index(Args()) == 0
    assert "1 条" in capsys.readouterr().out


def test_import_records_command_reports_a_missing_file_in_chinese(world, tmp_path, capsys):
    missing = tmp_path / "没有的文件.csv"
    assert commands.import_records(Args(file=missing, unit=world.district.name)) == 2
    assert "无法读取文件" in capsys.readouterr().err
