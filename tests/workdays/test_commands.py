"""``gongkai calendar show`` and ``gongkai calendar import``."""

from pathlib import Path

import pytest

from gongkai.cli import main
from gongkai.core.models import AuditEntry
from gongkai.workdays import notice_file, service
from gongkai.workdays.models import CalendarYear, Source
from tests.workdays.factories import NoticeFactory

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "calendar-example.yaml"


@pytest.fixture
def notice_2027(tmp_path):
    path = tmp_path / "2027.yaml"
    path.write_text(notice_file.dump_yaml(NoticeFactory()), encoding="utf-8")
    return path


def test_show_lists_a_confirmed_years_holidays(capsys):
    assert main(["calendar", "show", "2026"]) == 0
    out = capsys.readouterr().out
    assert "2026年：已确认（chinesecalendar 官方数据）" in out
    assert "国庆节：2026年10月1日至10月7日放假，共7天；9月20日（星期日）、10月10日（星期六）上班。" in out
    assert "全年工作日248天。" in out


def test_show_says_a_year_is_pending(capsys):
    assert main(["calendar", "show", "2027"]) == 0
    assert "2027年：待确认" in capsys.readouterr().out


def test_show_without_a_year_lists_every_year(capsys):
    assert main(["calendar", "show"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "2026年  已确认  工作日248天" in lines and lines[-1] == "2004年  已确认  工作日252天"


def test_show_as_yaml_can_be_imported_again(capsys, tmp_path):
    assert main(["calendar", "show", "2026", "--yaml"]) == 0
    assert notice_file.parse(capsys.readouterr().out).special_days() == (
        CalendarYear.objects.get(year=2026).notice().special_days())


def test_import_dry_run_shows_the_changes_and_saves_nothing(capsys, notice_2027):
    assert main(["calendar", "import", str(notice_2027), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2027年：由“待确认”变为“已确认”，全年工作日 261 → 257 天。" in out
    assert "  2027-01-31 星期日  休息日 → 工作日（春节）" in out and "未保存" in out
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_import_applies_and_logs(capsys, notice_2027):
    assert main(["calendar", "import", str(notice_2027)]) == 0
    assert service.is_confirmed(2027) and CalendarYear.objects.get(year=2027).source == Source.FILE
    assert AuditEntry.objects.filter(action="workdays.notice_applied", actor=None).exists()


def test_import_of_the_documented_example_changes_nothing(capsys):
    assert main(["calendar", "import", str(EXAMPLE), "--dry-run"]) == 0
    assert "日期安排没有变化。" in capsys.readouterr().out


def test_import_reports_every_error_and_changes_nothing(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("year: 2027\nholidays:\n  - {name: 春节, from: 2027-02-06, to: 2027-02-13, "
                   "working_days: [2027-02-17]}\n", encoding="utf-8")
    assert main(["calendar", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "未导入，未做任何修改。共 1 处错误" in err and "调休上班日2027年2月17日（星期三）不是周末" in err
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_import_of_a_missing_file_fails_cleanly(capsys, tmp_path):
    assert main(["calendar", "import", str(tmp_path / "none.yaml")]) == 2
    assert "无法读取文件" in capsys.readouterr().err


@pytest.mark.parametrize("year", ["99999", "0", "²⁰²⁷"])
def test_show_refuses_a_year_that_is_not_four_digits(capsys, year):
    with pytest.raises(SystemExit) as exited:
        main(["calendar", "show", year])
    assert exited.value.code == 2 and "年度应为四位数字" in capsys.readouterr().err


@pytest.mark.parametrize("year", ["1000", "9999"])
def test_show_answers_for_the_extreme_four_digit_years(capsys, year):
    assert main(["calendar", "show", year]) == 0
