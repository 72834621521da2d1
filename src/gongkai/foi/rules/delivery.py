"""The form in which the applicant asks to receive the information (条例第29条第(三)项, 第40条).
Plain Python, no Django."""

from enum import StrEnum


class DeliveryForm(StrEnum):
    PAPER_POST = "paper_post"
    PAPER_PICKUP = "paper_pickup"
    EMAIL = "email"
    ELECTRONIC_COPY = "electronic_copy"
    ONLINE = "online"
    INSPECTION = "inspection"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def chargeable_by_page(self) -> bool:
        """按量计收 applies to paper copies, e-mail and copied electronic data (国办函〔2020〕109号第5条)."""
        return self in (DeliveryForm.PAPER_POST, DeliveryForm.PAPER_PICKUP, DeliveryForm.EMAIL,
                        DeliveryForm.ELECTRONIC_COPY)


LABELS = {
    DeliveryForm.PAPER_POST: "纸质文本，邮寄",
    DeliveryForm.PAPER_PICKUP: "纸质文本，当面领取",
    DeliveryForm.EMAIL: "电子邮件",
    DeliveryForm.ELECTRONIC_COPY: "电子数据，复制到光盘或移动存储介质",
    DeliveryForm.ONLINE: "在线获取（平台下载）",
    DeliveryForm.INSPECTION: "当场查阅、抄录",
}
