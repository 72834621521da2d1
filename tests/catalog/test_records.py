import io
from datetime import date

import pytest
from openpyxl import Workbook

from gongkai.catalog.models import DecisionRecord, RecordBatch
from gongkai.catalog.services.records import import_records
from gongkai.core.imports import ImportRejected
from gongkai.core.models import AuditEntry

HEADER = "类别,决定文书号,事项名称,行政相对人,相对人统一社会信用代码,决定日期,决定内容\n"
GOOD = [
    "行政许可,淄审批许〔2020〕1号,食品经营许可,淄博张店商贸有限公司,,2020-05-06,准予许可",
    "行政处罚,淄市监罚〔2020〕2号,销售不合格产品,王某某,,2020/6/7,罚款5000元",
    "admin_coercion,淄市监强〔2020〕3号,查封涉案场所,淄博某食品有限公司,,2020年7月8日,",
]


def csv_bytes(rows, header=HEADER):
    return (header + "\n".join(rows) + "\n").encode("utf-8")


def test_a_valid_csv_is_imported_with_its_batch(world):
    batch = import_records(world.district, csv_bytes(GOOD), "2020.csv", by=world.district_clerk)
    assert batch.row_count == 3
    assert sorted(DecisionRecord.objects.values_list("kind", flat=True)) == [
        "admin_coercion", "admin_license", "admin_penalty"]
    assert DecisionRecord.objects.get(decision_no="淄市监罚〔2020〕2号").decided_on == date(2020, 6, 7)
    assert AuditEntry.objects.filter(action="catalog.records_imported").count() == 1


def test_one_bad_row_imports_nothing_and_names_the_row(world):
    rows = [*GOOD, "行政许可,淄审批许〔2020〕9号,施工许可,某公司,,2020-02-30,"]
    with pytest.raises(ImportRejected) as rejected:
        import_records(world.district, csv_bytes(rows), "bad.csv")
    assert rejected.value.errors == ["第5行：决定日期“2020-02-30”无效，应形如 2020-05-06"]
    assert not DecisionRecord.objects.exists()
    assert not RecordBatch.objects.exists()


def test_every_bad_row_is_reported(world):
    rows = ["行政奖励,号1,事项,某人,,2020-01-01,", ",,,,,,", "行政许可,,事项,某人,123,2020-01-01,"]
    with pytest.raises(ImportRejected) as rejected:
        import_records(world.district, csv_bytes(rows), "bad.csv")
    errors = rejected.value.errors
    assert errors[0].startswith("第2行：类别“行政奖励”无效")
    assert "第4行：决定文书号不能为空" in errors
    assert any(e.startswith("第4行：相对人统一社会信用代码") for e in errors)


def test_a_missing_column_is_named(world):
    with pytest.raises(ImportRejected, match="缺少列：决定日期"):
        import_records(world.district, csv_bytes(GOOD, header="类别,决定文书号,事项名称,行政相对人\n"), "x.csv")


def test_gb18030_csv_is_read(world):
    batch = import_records(world.district, (HEADER + GOOD[0] + "\n").encode("gb18030"), "gbk.csv")
    assert batch.row_count == 1


def test_xlsx_is_read_with_real_dates(world):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(["行政处罚", "淄环罚〔2021〕5号", "超标排放大气污染物", "淄博某化工有限公司", "", date(2021, 3, 4), "罚款"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    import_records(world.district, buffer.getvalue(), "2021.xlsx")
    assert DecisionRecord.objects.get().decided_on == date(2021, 3, 4)


def test_rows_may_name_a_deciding_unit_below_the_importer(world):
    header = HEADER.strip() + ",决定机关统一社会信用代码\n"
    rows = [GOOD[0] + f",{world.town.credit_code}", GOOD[1] + ","]
    import_records(world.district, csv_bytes(rows, header=header), "city.csv")
    assert sorted(DecisionRecord.objects.values_list("unit__name", flat=True)) == sorted(
        [world.town.name, world.district.name])


def test_a_deciding_unit_outside_the_subtree_is_refused(world):
    header = HEADER.strip() + ",决定机关统一社会信用代码\n"
    with pytest.raises(ImportRejected, match="第2行：决定机关.*不是本单位或下级单位"):
        import_records(world.district, csv_bytes([GOOD[0] + f",{world.other_district.credit_code}"], header=header),
                       "x.csv")


def test_an_unknown_format_is_refused(world):
    with pytest.raises(ImportRejected, match="不支持的文件格式"):
        import_records(world.district, b"x", "records.pdf")


def test_imported_records_are_indexed(world, django_capture_on_commit_callbacks):
    from gongkai.search.service import get_backend
    from gongkai.search.text import Query

    with django_capture_on_commit_callbacks(execute=True):
        import_records(world.district, csv_bytes(GOOD), "2020.csv")
    hits = get_backend().search(Query(text="张店商贸")).hits
    assert [(h.kind, h.pk) for h in hits] == [("record", DecisionRecord.objects.get(subject__contains="张店").pk)]


def _rejected(world, data: bytes, name: str) -> str:
    with pytest.raises(ImportRejected) as rejected:
        import_records(world.district, data, name)
    assert not DecisionRecord.objects.exists() and not RecordBatch.objects.exists()
    return str(rejected.value)


def _xlsx_bytes(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_binary_bytes_named_csv_are_refused_in_chinese(world):
    assert "不是文本格式的 CSV" in _rejected(world, bytes(range(256)) * 40, "records.csv")


def test_an_xlsx_named_csv_is_refused_with_the_reason(world):
    data = _xlsx_bytes([HEADER.strip().split(","), GOOD[0].split(",")])
    assert "XLSX（压缩包）而不是 CSV" in _rejected(world, data, "records.csv")


def test_a_csv_named_xlsx_is_refused_with_the_reason(world):
    assert "不是 XLSX 工作簿" in _rejected(world, csv_bytes(GOOD), "records.xlsx")


def test_an_old_binary_excel_file_is_refused_with_the_reason(world):
    assert "旧版 Excel" in _rejected(world, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "records.xlsx")


def test_a_truncated_xlsx_is_refused_as_damaged(world):
    data = _xlsx_bytes([HEADER.strip().split(","), *(row.split(",") for row in GOOD)])
    assert "XLSX 文件已损坏" in _rejected(world, data[: len(data) // 2], "records.xlsx")


def test_a_csv_in_neither_encoding_is_refused_in_chinese(world):
    data = HEADER.encode() + "行政许可,".encode("utf-16-le").replace(b"\x00", b"\xff") + b"\x80\xff\n"
    assert "文件编码无法识别" in _rejected(world, data, "records.csv")


def test_a_csv_cell_over_the_csv_limit_is_refused_naming_the_row(world):
    data = csv_bytes([*GOOD, '行政许可,"' + "长" * 200_000])
    assert "无法按 CSV 读取" in _rejected(world, data, "records.csv")


def test_a_decision_dated_after_today_is_refused_by_row(world):
    rows = [*GOOD, "行政许可,淄审批许〔2099〕1号,施工许可,某公司,,2099-01-01,"]
    message = _rejected(world, csv_bytes(rows), "records.csv")
    assert "第5行：决定日期2099-01-01晚于今天" in message


def test_an_xlsx_zip_bomb_is_refused_without_unpacking(world):
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * (20 * 1024 * 1024))
    assert "疑似压缩炸弹" in _rejected(world, buffer.getvalue(), "records.xlsx")


def test_a_file_imported_twice_is_refused_the_second_time(world):
    import_records(world.district, csv_bytes(GOOD), "2020.csv")
    with pytest.raises(ImportRejected) as rejected:
        import_records(world.district, csv_bytes(GOOD), "2020-again.csv")
    assert "第2行：决定文书号“淄审批许〔2020〕1号”已经导入过" in rejected.value.errors[0]
    assert DecisionRecord.objects.count() == 3 and RecordBatch.objects.count() == 1


def test_a_decision_listed_twice_in_one_file_names_both_rows(world):
    message = _rejected(world, csv_bytes([*GOOD, GOOD[0]]), "records.csv")
    assert "第5行：决定文书号“淄审批许〔2020〕1号”与第2行重复" in message


def test_duplicates_across_write_batches_of_one_file_are_found(world, monkeypatch):
    from gongkai.catalog.services import records
    monkeypatch.setattr(records, "BATCH", 2)
    message = _rejected(world, csv_bytes([*GOOD, GOOD[0]]), "records.csv")
    assert "第5行：决定文书号“淄审批许〔2020〕1号”已经导入过" in message
