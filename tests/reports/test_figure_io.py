import io
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from gongkai.reports.cells import cells_for
from gongkai.reports.figure_io import FigureFileError, parse, template

LICENSE = "第二十条第（五）项·行政许可·处理决定数量"


def csv_bytes(*lines: str, encoding="utf-8-sig") -> bytes:
    return ("\n".join(lines) + "\n").encode(encoding)


def test_a_csv_row_gives_its_unit_year_and_values():
    rows, errors = parse(csv_bytes(f"统一社会信用代码,单位名称,年度,{LICENSE},t2.art20_8.admin_fees.change",
                                   "11370300004224423q,淄博市人民政府,2020,\"326,417\",+38"), "数据.csv")
    assert errors == []
    assert rows[0].credit_code == "11370300004224423Q" and rows[0].year == 2020 and rows[0].row == 2
    assert rows[0].values == {"t2.art20_5.admin_license.decisions": Decimal(326417),
                              "t2.art20_8.admin_fees.change": Decimal(38)}


def test_the_2021_label_of_a_shared_cell_is_accepted_too():
    rows, errors = parse(csv_bytes("统一社会信用代码,年度,第二十条第(五)项·行政许可·本年处理决定数量", "X,2021,5"), "a.csv")
    assert errors == [] and rows[0].values == {"t2.art20_5.admin_license.decisions": Decimal(5)}


def test_a_gbk_csv_from_excel_is_read():
    rows, errors = parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", "X,2020,7", encoding="gb18030"), "a.csv")
    assert errors == [] and rows[0].values["t2.art20_5.admin_license.decisions"] == 7


def test_blank_values_are_not_imported_and_blank_rows_are_skipped():
    rows, _ = parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", "X,2020,", ",,"), "a.csv")
    assert len(rows) == 1 and rows[0].values == {}


def test_every_problem_is_reported_with_its_row_and_column():
    _, errors = parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE},行政许可数", "X,20,abc", ",2020,1"), "a.csv")
    assert errors == [
        "第1行第D列：无法识别的表头“行政许可数”",
        f"第2行：年度应为2008至{date.today().year}年之间的四位数字，实为“20”",
        f"第2行第C列「{LICENSE}」：应为非负整数，实为“abc”",
        "第3行：缺少统一社会信用代码",
    ]


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "a.csv", "文件为空"),
    (csv_bytes("单位名称,年度"), "a.csv", "第1行：缺少“统一社会信用代码”列"),
    (b"PK\x03\x04 broken", "a.xlsx", "无法读取 Excel 文件"),
    (b"x", "a.txt", "只能导入 .xlsx 或 .csv 文件"),
])
def test_an_unreadable_file_is_refused_as_a_whole(data, name, message):
    with pytest.raises(FigureFileError, match=message):
        parse(data, name)


def test_the_template_round_trips_through_the_parser():
    cells = cells_for("2019")
    data = template(cells, [("11370300004224423Q", "淄博市人民政府", 2020,
                             {"t2.art20_9.gov_central_procurement.procurement_amount": Decimal("631972.7378")})])
    assert load_workbook(io.BytesIO(data)).sheetnames == ["导入数据", "填写说明"]
    rows, errors = parse(data, "模板.xlsx")
    assert errors == []
    assert rows[0].values == {"t2.art20_9.gov_central_procurement.procurement_amount": Decimal("631972.7378")}


def xlsx_bytes(*rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("value", ["1000000000000", "99999999999999999999999999", "9223372036854775808"])
def test_a_huge_number_in_a_csv_is_refused_with_its_row_and_column(value):
    _, errors = parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", f"X,2020,{value}"), "a.csv")
    assert errors == [f"第2行第C列「{LICENSE}」：数值过大（应小于1万亿），实为“{value}”"]


def test_a_huge_number_in_an_xlsx_is_refused_with_its_row_and_column():
    _, errors = parse(xlsx_bytes(["统一社会信用代码", "年度", LICENSE], ["X", 2020, 10 ** 20]), "a.xlsx")
    assert errors == [f"第2行第C列「{LICENSE}」：数值过大（应小于1万亿），实为“{10 ** 20}”"]


def test_a_huge_signed_change_is_refused_too():
    header = "统一社会信用代码,年度,t2.art20_8.admin_fees.change"
    _, errors = parse(csv_bytes(header, "X,2020,-10000000000000"), "a.csv")
    assert errors and "数值过大" in errors[0] and errors[0].startswith("第2行第C列")


def test_a_negative_count_in_an_xlsx_is_refused_with_its_row_and_column():
    _, errors = parse(xlsx_bytes(["统一社会信用代码", "年度", LICENSE], ["X", 2020, -5]), "a.xlsx")
    assert errors == [f"第2行第C列「{LICENSE}」：应为非负整数，实为“-5”"]


def test_an_xlsx_with_a_broken_sheet_is_refused_in_chinese():
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(["统一社会信用代码", "年度"], ["X", 2020])))
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<worksheet><sheetData><row>" if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(FigureFileError, match="无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式"):
        parse(broken.getvalue(), "a.xlsx")


def test_a_csv_renamed_to_xlsx_is_refused_in_chinese():
    with pytest.raises(FigureFileError, match="无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式"):
        parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", "X,2020,1"), "a.xlsx")


def test_a_csv_with_an_overlong_cell_is_refused_in_chinese():
    with pytest.raises(FigureFileError, match="无法读取 CSV 文件"):
        parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", "X,2020," + "1" * 200000), "a.csv")


def test_an_oversized_file_is_refused_as_a_whole(monkeypatch):
    monkeypatch.setattr("gongkai.reports.figure_io.MAX_FILE_BYTES", 100)
    with pytest.raises(FigureFileError, match="文件过大"):
        parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", *["X,2020,1"] * 20), "a.csv")


def test_an_xlsx_that_inflates_beyond_the_limit_is_refused_before_reading(monkeypatch):
    monkeypatch.setattr("gongkai.reports.figure_io.MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(FigureFileError, match="解压后超过"):
        parse(xlsx_bytes(["统一社会信用代码", "年度"], ["X", 2020]), "a.xlsx")


def test_a_superscript_year_is_an_error_not_a_crash():
    _, errors = parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", "X,²,1"), "a.csv")
    assert errors == [f"第2行：年度应为2008至{date.today().year}年之间的四位数字，实为“²”"]


def test_a_year_that_has_not_begun_is_refused():
    _, errors = parse(csv_bytes(f"统一社会信用代码,年度,{LICENSE}", f"X,{date.today().year + 1},1"), "a.csv")
    assert errors and errors[0].startswith("第2行：年度应为2008至")
