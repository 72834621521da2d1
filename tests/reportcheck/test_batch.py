import io
import zipfile

from gongkai.reportcheck.batch import Batch, Limits, check_entries
from gongkai.reportcheck.limits import MB
from tests.reportcheck.truth import raw_file


def archive(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


def test_an_archive_of_reports_becomes_one_entry_per_report():
    batch = Batch()
    batch.add("reports.zip", archive({"a/001.txt": raw_file("001").read_bytes(), "__MACOSX/._x": b"x",
                                      "a/.DS_Store": b"x", "logo.png": b"\x89PNG"}))
    assert [(e.name, e.error is None) for e in batch.entries] == [("reports.zip/a/001.txt", True),
                                                                  ("reports.zip/logo.png", False)]


def test_member_names_from_chinese_windows_are_decoded():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        info = zipfile.ZipInfo("x.txt")
        out.writestr(info, b"text")
    data = buffer.getvalue().replace(b"x.txt", "报告.txt".encode("gbk")[:5])  # same length, GBK bytes
    batch = Batch()
    batch.add("gbk.zip", data)
    assert batch.entries[0].name.startswith("gbk.zip/报")


def test_a_zip_bomb_is_refused_without_inflating_it():
    bomb = archive({"zeros.txt": b"0" * (30 * MB)})
    batch = Batch(Limits(total_bytes=20 * MB))
    batch.add("bomb.zip", bomb)
    (entry,) = batch.entries
    assert entry.data is None and "疑似压缩炸弹" in entry.error


def test_a_member_whose_ratio_is_absurd_is_refused():
    batch = Batch()
    batch.add("bomb.zip", archive({"zeros.txt": b"0" * (8 * MB)}))
    (entry,) = batch.entries
    assert "压缩比异常" in entry.error


def test_archives_nested_deeper_than_the_limit_are_not_opened():
    inner = archive({"001.txt": raw_file("001").read_bytes()})
    batch = Batch(Limits(nesting=1))
    batch.add("outer.zip", archive({"inner.zip": inner}))
    assert batch.entries[0].error == "压缩包嵌套超过1层，未解压"


def test_more_files_than_the_limit_stops_the_batch_with_a_reason():
    batch = Batch(Limits(files=2))
    for number in range(4):
        batch.add(f"{number}.txt", b"x")
    assert len(batch.entries) == 2 and "文件数量超过上限2个" in batch.refused


def test_entries_past_the_time_limit_are_not_checked_but_listed():
    batch = Batch()
    batch.add("001.txt", raw_file("001").read_bytes())
    (result,) = check_entries(batch.entries, seconds=0)
    assert result.error == "超出本次核查的时间上限，未核查；请分批提交"
