"""The case page's explanation of how the due date was computed (rules.clock_explanation)."""

from gongkai.foi.rules.clock import compute
from gongkai.foi.rules.clock_explanation import explain
from tests.foi.calendars import d, official
from tests.foi.events import consulted_then_extended, ev, received, state_of


def explained(*events, today):
    state, calendar = state_of(*events), official()
    return explain(state, compute(state, calendar, d(today)), calendar, d(today))


def test_the_explanation_names_receipt_period_counting_and_due_date():
    lines = explained(*received("2020-09-30"), today="2020-10-09")
    assert lines[0] == "2020年9月30日收到申请（条例第三十一条）。"
    assert "答复期限为20个工作日" in lines[1] and "第三十三条" in lines[1] and "自次一工作日起算" in lines[1]
    assert lines[-1] == "据此，答复期限为2020年11月4日：自2020年9月30日起20个工作日。"


def test_the_explanation_lists_each_pause_and_the_notified_extension():
    events = consulted_then_extended()
    text = "\n".join(explained(*events, today="2020-07-01"))
    assert "征求第三方意见（条例第三十二条）：2020年6月10日至2020年6月19日，其中7个工作日不计入答复期限" in text
    assert "于2020年6月28日告知申请人延长20个工作日（条例第三十三条第二款）" in text
    assert "据此，答复期限为2020年8月6日：自2020年6月1日起20个工作日加延长20个工作日加不计入的7个工作日。" in text


def test_an_extension_approved_but_not_notified_is_said_not_to_count():
    events = [*received("2020-06-01"), ev("extension_requested", "2020-06-22", days=10),
              ev("extension_approved", "2020-06-23")]
    assert "尚未告知申请人，告知前不延长答复期限" in "".join(explained(*events, today="2020-06-23"))


def test_the_explanation_restarts_from_the_corrected_request():
    events = [*received("2021-02-03"), ev("correction_requested", "2021-02-05", due_on="2021-02-26"),
              ev("correction_received", "2021-02-22")]
    assert "2021年2月22日收到补正后的申请，答复期限自该日起重新计算（条例第三十条）" in explained(
        *events, today="2021-02-23")[0]


def test_a_delayed_deadline_under_article_35_is_explained():
    events = [*received("2020-09-30"), ev("deadline_delayed", "2020-10-20", due_on="2020-12-31")]
    lines = explained(*events, today="2020-10-21")
    assert "依条例第三十五条确定合理的延迟答复期限至2020年12月31日" in lines[-2]
    assert lines[-1] == "据此，答复期限为2020年12月31日（条例第三十五条）。"


def test_asking_for_reasons_under_article_35_is_explained_as_not_stopping_the_clock():
    events = [*received("2020-09-30"), ev("reasons_requested", "2020-10-09", due_on="2020-10-16")]
    lines = explained(*events, today="2020-10-19")
    assert "2020年10月9日依条例第三十五条要求申请人说明理由" in lines[-2] and "期限照常计算" in lines[-2]
    assert lines[-1] == "据此，答复期限为2020年11月4日：自2020年9月30日起20个工作日。"


def test_no_explanation_before_receipt():
    assert explained(ev("submitted", "2020-10-03"), today="2020-10-05") == ()


def test_the_explanation_says_time_after_the_consulted_partys_period_counts():
    events = [*received("2020-06-01"),
              ev("consultation_started", "2020-06-03", ref=1, party="agency", reply_by="2020-06-24"),
              ev("consultation_answered", "2020-07-10", ref=1)]
    text = "".join(explained(*events, today="2020-07-15"))
    assert "其中15个工作日不计入答复期限（条例第三十三条第三款），超过2020年6月24日（被征求意见方的答复期限）的时间计入" in text
