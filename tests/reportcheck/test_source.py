from gongkai.reportcheck.source import Location, label_key, normalize_text
from tests.reportcheck.helpers import text_source


def test_label_key_drops_punctuation_space_and_width():
    assert label_key("（二）部分公开（区分处理的， 只计这一情 形）") == "二部分公开区分处理的只计这一情形"
    assert label_key("３.危及“三安全一稳定”") == "3危及三安全一稳定"


def test_normalize_text_makes_minus_signs_ascii():
    assert normalize_text("−73 －21") == "-73 -21"


def test_compact_positions_map_back_to_segments_and_offsets():
    source = text_source("标题\n一、本年新收 21 0\n二、上年结转")
    index = source.index
    start = index.find("一本年新收") + len("一本年新收")
    end = index.find("二上年结转")
    pieces = [(segment.where.line, piece) for segment, piece, _ in index.between(start, end)]
    assert pieces == [(2, " 21 0"), (3, "")]


def test_a_table_cell_location_names_table_row_column_and_source_line():
    where = Location(line=417, table=3, row=4, column=4)
    assert where.describe() == "第3个表格第4行第4列，源文件第417行"
    assert Location(line=12, page=3).describe() == "第3页第12行"
    assert Location(table=2, row=5, column=1).describe() == "第2个表格第5行第1列"
    assert Location(paragraph=7).describe() == "第7段"
