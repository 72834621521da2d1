import io

from openpyxl import load_workbook

from gongkai.reportcheck.checker import CheckResult, check_bytes
from gongkai.reportcheck.xlsx import FILLS, workbook
from tests.reportcheck.truth import CORPUS, raw_file


def test_the_workbook_has_a_summary_the_findings_and_every_cell_with_its_source():
    results = [check_bytes((CORPUS / "raw" / "002.pdf").read_bytes(), "002.pdf"),
               check_bytes(raw_file("001").read_bytes(), "001.txt"), CheckResult(file="x.bin", error="文件是空的")]
    book = load_workbook(io.BytesIO(workbook(results)))
    summary = list(book["汇总"].iter_rows(values_only=True))
    assert summary[1][:7] == ("002.pdf", "洪泽区人民政府", 2023, "未注明", "混用两版（表二2021年版，表三2019年版）", "PDF", "有错误")
    assert summary[3][6] == "无法读取：文件是空的"
    findings = list(book["问题"].iter_rows(values_only=True))
    assert findings[1][:3] == ("002.pdf", "错误", "勾稽关系")
    assert findings[1][4].startswith("表四「行政复议 · 总计」；表四「行政复议 · 结果维持」")
    data = book["数据"]
    rows = {(r[0].value, r[2].value, r[3].value): r for r in data.iter_rows(min_row=2)}
    total = rows[("002.pdf", None, "行政复议 · 总计")]
    assert total[4].value == 0 and total[5].value == "第4页第29行"
    assert total[4].fill.fgColor.rgb.endswith(FILLS["error"].fgColor.rgb[-6:])
    procurement = rows[("001.txt", "第二十条第（九）项 政府集中采购", "采购总金额")]
    assert str(procurement[4].value) == "631972.7378"


def test_a_file_name_that_looks_like_a_formula_is_written_as_text():
    result = check_bytes("没有表格的文本".encode(), '=HYPERLINK("http://evil.example","点")')
    for name in ("+1+1", "-1+1", "@SUM(A1)"):
        assert check_bytes(b"x", name).file == name
    sheet = load_workbook(io.BytesIO(workbook([result, check_bytes(b"x", "@SUM(A1)")])))["汇总"]
    assert (sheet["A2"].value, sheet["A2"].data_type) == (result.file, "s")
    assert (sheet["A3"].value, sheet["A3"].data_type) == ("@SUM(A1)", "s")

