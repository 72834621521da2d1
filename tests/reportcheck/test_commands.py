import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from gongkai.cli import main
from tests.reportcheck.truth import CORPUS, raw_file

SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_clean_report_exits_zero(capsys):
    assert main(["check", str(raw_file("012"))]) == 0
    assert "未发现问题" in capsys.readouterr().out


def test_findings_exit_one_and_are_printed_with_their_place(capsys):
    assert main(["check", str(raw_file("001"))]) == 1
    out = capsys.readouterr().out
    assert "[提示] 百分比：「8件，占0.057%」：8件占1396件的0.57%，不是0.057%（第49行）" in out


def test_an_unreadable_file_exits_two_with_the_reason(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["check", str(raw_file("012")), str(empty), str(tmp_path / "absent.txt")]) == 2
    out = capsys.readouterr().out
    assert "无法作为年度报告读取：文件是空的" in out and "无法读取文件：文件不存在" in out


def test_json_lines_give_one_object_per_file(tmp_path, capsys):
    assert main(["check", "--json", str(CORPUS / "raw"), "--xlsx", str(tmp_path / "out.xlsx")]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["001.txt", "002.pdf", "002.txt", "005.txt", "007.txt",
                                                          "012.txt", "016.html"]
    assert {"file", "template", "unit", "year", "tables", "findings"} <= set(lines[0])
    assert lines[0]["tables"]["t3"]["new"]["total"] == 1399
    assert load_workbook(tmp_path / "out.xlsx")["汇总"].max_row == 8


def test_check_needs_no_settings_database_or_data_directory(tmp_path):
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-m", "gongkai", "check", str(raw_file("012"))], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_oversized_file_is_refused_without_reading_it(tmp_path, capsys):
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(300 * 1024 * 1024)
    assert main(["check", str(huge)]) == 2
    assert "超过命令行单个文件上限" in capsys.readouterr().out


def test_a_device_is_refused_instead_of_read_forever(capsys):
    assert main(["check", "/dev/zero"]) == 2
    assert "不是普通文件" in capsys.readouterr().out


def test_a_missing_file_is_reported_in_chinese(tmp_path, capsys):
    assert main(["check", str(tmp_path / "没有.txt")]) == 2
    assert "文件不存在" in capsys.readouterr().out


def test_an_unwritable_summary_path_is_reported_not_a_traceback(tmp_path, capsys):
    assert main(["check", str(raw_file("012")), "--xlsx", str(tmp_path / "没有的目录" / "汇总.xlsx")]) == 2
    assert "无法写出汇总表" in capsys.readouterr().err
