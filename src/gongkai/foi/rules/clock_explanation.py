"""How a request's due date was reached, in Chinese sentences for the case page: receipt (or the
corrected request), the period and how days are counted, each pause, the extension, a 第35条
delayed deadline, and the result. Plain Python, no Django; the same rules as ``rules.clock``.
"""

from datetime import date

from gongkai.foi.rules.clock import Clock, pause_days
from gongkai.foi.rules.events import Party, Phase
from gongkai.foi.rules.state import CaseState
from gongkai.foi.rules.transitions import cn_date
from gongkai.workdays.rules import WorkCalendar

COUNTING_PHRASES = {
    "next_day": "收到之日不计入，自次一工作日起算（民法典第二百零一条）",
    "same_day": "收到之日为工作日的，计为第1个工作日",
}
PARTY_PHRASES = {Party.THIRD_PARTY: "征求第三方意见（条例第三十二条）",
                 Party.AGENCY: "征求其他机关意见（条例第三十四条）"}


def _start(clock: Clock) -> str:
    received = f"{cn_date(clock.received_on)}收到申请（条例第三十一条）"
    if clock.start_on != clock.received_on:
        return f"{received}；{cn_date(clock.start_on)}收到补正后的申请，答复期限自该日起重新计算（条例第三十条）。"
    return f"{received}。"


def _period(clock: Clock, counting: str) -> str:
    regime = clock.regime
    return (f"答复期限为{regime.reply_days}个工作日（{regime.name}{regime.reply_article}），{COUNTING_PHRASES[counting]}，"
            f"不计暂停和延长为{cn_date(clock.plain_due_on)}。")


def _interval(begin: date, end: date | None, until: date) -> str:
    return f"{cn_date(begin)}至{cn_date(end) if end else cn_date(until) + '（仍在进行）'}"


def _pauses(state: CaseState, calendar: WorkCalendar, until: date) -> list[str]:
    lines = []
    labels = [PARTY_PHRASES.get(c.party, "征求意见") for c in state.consultations.values()]
    if state.fee:
        labels.append("收费通知至缴费（国办函〔2020〕109号）")
    for what, (begin, end, limit) in zip(labels, state.pauses(), strict=True):
        days = len(pause_days(begin, end, state.start_on, calendar, until, limit))
        capped = f"，超过{cn_date(limit)}（被征求意见方的答复期限）的时间计入" if limit and (end or until) > limit else ""
        lines.append(f"{what}：{_interval(begin, end, until)}，其中{days}个工作日不计入答复期限"
                     f"（条例第三十三条第三款）{capped}。")
    return lines


def _extension(state: CaseState, clock: Clock) -> list[str]:
    extension = state.extension
    if extension is None or extension.rejected_on:
        return []
    if clock.extension_days:
        return [f"经审核人批准，于{cn_date(extension.notified_on)}告知申请人延长{clock.extension_days}个工作日"
                f"（条例第三十三条第二款）。"]
    if extension.approved_on:
        return [f"延长{extension.days}个工作日已批准，尚未告知申请人，告知前不延长答复期限。"]
    return [f"延长{extension.days}个工作日的申请待审核人审批，批准并告知申请人前不延长答复期限。"]


def _result(clock: Clock) -> str:
    parts = [f"{clock.regime.reply_days}个工作日"]
    if clock.extension_days:
        parts.append(f"延长{clock.extension_days}个工作日")
    if clock.paused_days:
        parts.append(f"不计入的{clock.paused_days}个工作日")
    running = "（暂停仍在进行，期限随之顺延）" if clock.paused else ""
    unconfirmed = "（所涉年度节假日安排尚未公布，待确认）" if not clock.confirmed else ""
    return f"据此，答复期限为{cn_date(clock.due_on)}：自{cn_date(clock.start_on)}起{'加'.join(parts)}{running}{unconfirmed}。"


def explain(state: CaseState, clock: Clock, calendar: WorkCalendar, today: date) -> tuple[str, ...]:
    """The sentences, in order; empty while the period does not run (not received, 补正, transferred)."""
    if clock.start_on is None or clock.due_on is None or clock.phase not in (Phase.RUNNING, Phase.CLOSED):
        return ()
    until = clock.closed_on or today
    lines = [_start(clock), _period(clock, calendar.counting), *_pauses(state, calendar, until),
             *_extension(state, clock), _result(clock)]
    if state.reasons_requested_on:
        lines.insert(-1, f"{cn_date(state.reasons_requested_on)}依条例第三十五条要求申请人说明理由；"
                         "条例未规定说明理由的时间不计入答复期限，期限照常计算。")
    if state.delayed_due_on and clock.due_on == state.delayed_due_on:
        lines.insert(-1, f"依条例第三十五条确定合理的延迟答复期限至{cn_date(state.delayed_due_on)}，取代上述期限。")
        lines[-1] = f"据此，答复期限为{cn_date(clock.due_on)}（条例第三十五条）。"
    return tuple(lines)
