"""The only code that changes a request: one function per step (see docs/requests.md).

Every step raises ``StepRefused`` (with a Chinese reason) when the rules or the person's role do
not allow it, and otherwise appends one event and refreshes the request's cached fields.
"""

from gongkai.foi.services.closing import expire_correction, reply, withdraw
from gongkai.foi.services.common import StepRefused, record
from gongkai.foi.services.disclosure import open_attachment, reveal, rotate_keys
from gongkai.foi.services.fees import expire_fee, fee_quote, monthly_ordinal, record_fee_paid, send_fee_notice
from gongkai.foi.services.intake import (
    Applicant,
    RequestDetails,
    Submission,
    Upload,
    applicant_errors,
    confirm_receipt,
    submit,
    transfer,
)
from gongkai.foi.services.perform import perform
from gongkai.foi.services.steps import (
    answer_consultation,
    approve_extension,
    expire_consultation,
    notify_extension,
    receive_correction,
    reject_extension,
    request_correction,
    request_extension,
    request_reasons,
    set_delayed_deadline,
    start_consultation,
)

__all__ = [
    "Applicant", "RequestDetails", "StepRefused", "Submission", "Upload", "answer_consultation",
    "applicant_errors", "approve_extension", "confirm_receipt", "expire_consultation", "expire_correction",
    "expire_fee", "fee_quote", "monthly_ordinal", "notify_extension", "open_attachment", "perform", "receive_correction", "record",
    "record_fee_paid", "reject_extension", "reply", "request_correction", "request_extension", "request_reasons", "reveal",
    "rotate_keys", "send_fee_notice", "set_delayed_deadline", "start_consultation", "submit", "transfer",
    "withdraw",
]
