"""信息处理费 (information processing fee), 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号).

Two methods, both progressive (超额累进), and a request is charged by one of them only (第3条):

- 按件计收 (第4条): by the applicant's cumulative number of requests to the agency within one
  calendar month. Requests 1–10 are free; 11–30 cost 100 元 each; from the 31st, each further band
  of 10 requests costs 100 元 more per request (31–40: 200 元, 41–50: 300 元, …).
- 按量计收 (第5条): by the pages of one request supplied on paper, by e-mail or as copied
  electronic data. Pages 1–30 are free; 31–100: 10 元/页; 101–200: 20 元/页; from 201: 40 元/页,
  each rate applying only to the pages in its band.

The measure applies from 2021-01-01; earlier requests are never charged. Plain Python, no Django.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gongkai.foi.rules.delivery import DeliveryForm

FEES_FROM = date(2021, 1, 1)
FREE_REQUESTS_PER_MONTH = 10
FREE_PAGES = 30
# (first page of the band, yuan per page); the last band is open-ended.
PAGE_BANDS = ((31, 10), (101, 20), (201, 40))
# The applicant pays within 20 working days counted from the day after receiving the notice.
PAYMENT_WORKING_DAYS = 20


class FeeMethod(StrEnum):
    PER_REQUEST = "per_request"
    PER_PAGE = "per_page"

    @property
    def label(self) -> str:
        return {"per_request": "按件计收", "per_page": "按量计收"}[self.value]


def per_request_fee(ordinal: int) -> int:
    """Fee in 元 for the applicant's ``ordinal``-th request to the agency in a calendar month."""
    if ordinal < 1:
        raise ValueError("ordinal starts at 1")
    if ordinal <= FREE_REQUESTS_PER_MONTH:
        return 0
    if ordinal <= 30:
        return 100
    return 100 * (2 + (ordinal - 31) // 10)


def per_page_fee(pages: int) -> int:
    """Fee in 元 for one request of ``pages`` pages (2219 pages → 83 460 元)."""
    if pages < 0:
        raise ValueError("pages must not be negative")
    total = 0
    for index, (first, rate) in enumerate(PAGE_BANDS):
        last = PAGE_BANDS[index + 1][0] - 1 if index + 1 < len(PAGE_BANDS) else pages
        if pages >= first:
            total += (min(pages, last) - first + 1) * rate
    return total


@dataclass(frozen=True)
class FeeQuote:
    method: FeeMethod
    amount: int  # 元
    basis: str  # what the amount is computed from, in Chinese, for the notice


class FeeRefused(ValueError):
    """No fee may be charged; the message says why, in Chinese."""


def quote(method: str, *, received_on: date, ordinal: int | None = None, pages: int | None = None,
          delivery_form: str = "") -> FeeQuote:
    """The fee for one request by one method, or ``FeeRefused`` when that method charges nothing
    or does not apply (a request is never charged by both methods: the caller picks one)."""
    if received_on < FEES_FROM:
        raise FeeRefused("信息处理费自2021年1月1日起施行，此前收到的申请不收费")
    method = FeeMethod(method)
    if method is FeeMethod.PER_REQUEST:
        if not ordinal:
            raise FeeRefused("按件计收须知道该申请人本月内向本机关提出申请的累计件数")
        amount = per_request_fee(ordinal)
        basis = f"该申请人本自然月内第{ordinal}件申请"
        if not amount:
            raise FeeRefused(f"{basis}，未超过{FREE_REQUESTS_PER_MONTH}件，不收费")
    else:
        if delivery_form not in set(DeliveryForm) or not DeliveryForm(delivery_form).chargeable_by_page:
            raise FeeRefused("按量计收仅适用于以纸质、电子邮件或复制电子数据方式提供的信息")
        if pages is None:
            raise FeeRefused("按量计收须填写页数")
        amount = per_page_fee(pages)
        basis = f"共{pages}页"
        if not amount:
            raise FeeRefused(f"{basis}，未超过{FREE_PAGES}页，不收费")
    return FeeQuote(method=method, amount=amount, basis=basis)
