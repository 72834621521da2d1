"""The kinds of event in a request's log, and the consulted parties. Plain Python, no Django;
``gongkai.foi.models`` builds its ``TextChoices`` from these (one definition)."""

from enum import StrEnum


class EventKind(StrEnum):
    SUBMITTED = "submitted"
    RECEIVED = "received"
    TRANSFERRED = "transferred"
    CORRECTION_REQUESTED = "correction_requested"  # 补正: correction of an unclear request (第30条)
    CORRECTION_RECEIVED = "correction_received"
    CORRECTION_EXPIRED = "correction_expired"
    CONSULTATION_STARTED = "consultation_started"  # 征求意见 (第32条 third party, 第34条 other agency)
    CONSULTATION_ANSWERED = "consultation_answered"
    CONSULTATION_EXPIRED = "consultation_expired"
    EXTENSION_REQUESTED = "extension_requested"  # 延期 (第33条第2款)
    EXTENSION_APPROVED = "extension_approved"
    EXTENSION_REJECTED = "extension_rejected"
    EXTENSION_NOTIFIED = "extension_notified"
    FEE_NOTIFIED = "fee_notified"  # 信息处理费 (第42条, 国办函〔2020〕109号)
    FEE_PAID = "fee_paid"
    FEE_EXPIRED = "fee_expired"
    REASONS_REQUESTED = "reasons_requested"  # 要求申请人说明理由 (第35条: many or frequent requests)
    DEADLINE_DELAYED = "deadline_delayed"  # 合理延迟答复期限 (第35条)
    REPLIED = "replied"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        """The entry as it reads in the case timeline."""
        return EVENT_LABELS[self]

    @property
    def action_label(self) -> str:
        """The step a case worker takes to record this event (buttons, refusals)."""
        return ACTION_LABELS[self]


EVENT_LABELS = {
    EventKind.SUBMITTED: "提交申请",
    EventKind.RECEIVED: "收到申请",
    EventKind.TRANSFERRED: "转送其他机关",
    EventKind.CORRECTION_REQUESTED: "告知补正",
    EventKind.CORRECTION_RECEIVED: "收到补正",
    EventKind.CORRECTION_EXPIRED: "逾期未补正",
    EventKind.CONSULTATION_STARTED: "征求意见",
    EventKind.CONSULTATION_ANSWERED: "收到意见",
    EventKind.CONSULTATION_EXPIRED: "征求意见期满未答复",
    EventKind.EXTENSION_REQUESTED: "申请延期答复",
    EventKind.EXTENSION_APPROVED: "批准延期答复",
    EventKind.EXTENSION_REJECTED: "不批准延期答复",
    EventKind.EXTENSION_NOTIFIED: "告知申请人延期答复",
    EventKind.FEE_NOTIFIED: "发出收费通知",
    EventKind.FEE_PAID: "缴纳信息处理费",
    EventKind.FEE_EXPIRED: "逾期未缴费",
    EventKind.REASONS_REQUESTED: "要求申请人说明理由",
    EventKind.DEADLINE_DELAYED: "确定合理的延迟答复期限",
    EventKind.REPLIED: "作出答复",
    EventKind.WITHDRAWN: "申请人撤回申请",
}
ACTION_LABELS = {
    EventKind.SUBMITTED: "提交申请",
    EventKind.RECEIVED: "确认收到申请",
    EventKind.TRANSFERRED: "转送其他机关",
    EventKind.CORRECTION_REQUESTED: "告知补正",
    EventKind.CORRECTION_RECEIVED: "登记收到补正",
    EventKind.CORRECTION_EXPIRED: "按逾期未补正办结",
    EventKind.CONSULTATION_STARTED: "征求第三方或其他机关意见",
    EventKind.CONSULTATION_ANSWERED: "登记收到意见",
    EventKind.CONSULTATION_EXPIRED: "登记征求意见期满未答复",
    EventKind.EXTENSION_REQUESTED: "申请延期答复",
    EventKind.EXTENSION_APPROVED: "批准延期答复",
    EventKind.EXTENSION_REJECTED: "不批准延期答复",
    EventKind.EXTENSION_NOTIFIED: "告知申请人延期答复",
    EventKind.FEE_NOTIFIED: "发出收费通知",
    EventKind.FEE_PAID: "登记已缴费",
    EventKind.FEE_EXPIRED: "按逾期未缴费办结",
    EventKind.REASONS_REQUESTED: "要求申请人说明理由（第三十五条）",
    EventKind.DEADLINE_DELAYED: "确定合理的延迟答复期限（第三十五条）",
    EventKind.REPLIED: "作出答复",
    EventKind.WITHDRAWN: "登记申请人撤回申请",
}


class Party(StrEnum):
    """Who is consulted: a third party (第32条) or another agency (第34条)."""

    THIRD_PARTY = "third_party"
    AGENCY = "agency"

    @property
    def label(self) -> str:
        return {"third_party": "第三方", "agency": "其他机关"}[self.value]


class Phase(StrEnum):
    """Where a request stands, derived from its events."""

    PENDING = "pending"  # submitted online/by fax/e-mail, receipt not yet confirmed (第31条第(三)项)
    RUNNING = "running"  # received; the reply period runs (or is paused)
    CORRECTION = "correction"  # waiting for the applicant's 补正; the period restarts on receipt
    CLOSED = "closed"
    TRANSFERRED = "transferred"  # sent on to the competent agency before receipt

    @property
    def label(self) -> str:
        return {"pending": "待确认收到", "running": "办理中", "correction": "待补正", "closed": "已办结",
                "transferred": "已转送"}[self.value]

    @property
    def is_open(self) -> bool:
        return self in (Phase.RUNNING, Phase.CORRECTION)
