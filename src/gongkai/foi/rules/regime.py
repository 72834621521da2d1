"""Which version of the 条例 governs a request, and its time limits (in working days).

- 国务院令第711号 (the 2019 revision, in force 2019-05-15): reply in 20 working days, extension
  ≤ 20 (第33条); one consolidated 补正 notice within 7 working days of receipt (第30条); third parties
  and other agencies answer a consultation within 15 working days (第32条, 第34条).
- 国务院令第492号 (2007, in force 2008-05-01): reply in 15 working days, extension ≤ 15 (第24条);
  no time limit for the 补正 notice (第21条第(四)项) nor for a third party's answer (第23条).

A request follows the version in force on its receipt date. Plain Python, no Django.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Regime:
    name: str
    in_force_from: date
    reply_days: int
    extension_max: int
    correction_notice_within: int | None  # working days after receipt; None = no statutory limit
    consultation_reply_days: int | None  # the consulted party's period; None = none set

    @property
    def reply_article(self) -> str:
        return "第三十三条" if self.reply_days == 20 else "第二十四条"


REGIME_2007 = Regime("《中华人民共和国政府信息公开条例》（国务院令第492号）", date(2008, 5, 1),
                     reply_days=15, extension_max=15, correction_notice_within=None, consultation_reply_days=None)
REGIME_2019 = Regime("《中华人民共和国政府信息公开条例》（国务院令第711号）", date(2019, 5, 15),
                     reply_days=20, extension_max=20, correction_notice_within=7, consultation_reply_days=15)


def regime_for(received_on: date) -> Regime:
    return REGIME_2019 if received_on >= REGIME_2019.in_force_from else REGIME_2007
