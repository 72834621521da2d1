"""What the demo's case workers write in their letters beyond the recorded step: how information
is provided, what is withheld and why, where to turn instead, and the office's contacts. Plain Python."""

from datetime import date, timedelta

from gongkai.foi.rules.events import EventKind
from gongkai.foi.rules.transitions import cn_date

CONTACT_PHONE = "0533-2186000"
REPLY_INPUTS = {
    "granted": {"provided_how": "现将该政府信息以纸质文本形式随本答复书邮寄给您"},
    "partial": {"provided_how": "现将可以公开的部分随本答复书提供给您",
                "withheld_part": "被征收人的身份证号码、联系电话和银行账号",
                "reasons": "该部分属于个人隐私，公开后会对第三方合法权益造成损害"},
    "denied_law_prohibited": {"reasons": "依据《中华人民共和国统计法》第三十九条，统计调查中获得的能够识别或者推断单个统计调查对象"
                                         "身份的资料应当依法保密"},
    "denied_admin_query": {"channel_hint": "淄博市不动产登记中心查询窗口（张店区华光路366号）"},
    "np_publication": {"channel_hint": "淄博市人民政府网站“政府公报”栏目或淄博市图书馆政府信息公共查阅点"},
    "np_petition": {"channel_hint": "淄博市信访局或12345政务服务便民热线"},
    "np_massive": {"reasons": "您在规定期限内说明的理由不足以表明上述申请属于合理需要"},
    "other_other": {"reasons": "不动产登记资料", "special_law": "《不动产登记暂行条例》",
                    "channel_hint": "淄博市不动产登记中心"},
}


def letter_inputs(kind: str, on: date, data: dict, contact_person: str) -> dict:
    """The form's letter fields for a demo step ``kind`` on ``on`` with its planned ``data``."""
    inputs = {"contact_person": contact_person, "contact_phone": CONTACT_PHONE}
    if kind == EventKind.CORRECTION_REQUESTED:
        inputs["correction_items"] = (data["items"],)
    if kind == EventKind.FEE_NOTIFIED:
        inputs.update(reasons=f"您申请获取的信息共{data['pages']}页，超过30页",
                      fee_payment_method="通过山东省非税收入缴款平台缴纳（缴款码随本通知送达）")
    if kind == EventKind.REPLIED:
        inputs.update(REPLY_INPUTS.get(data["outcome"], {}))
        if data["outcome"] == "np_repeat":
            inputs["previous_reply"] = cn_date(on - timedelta(days=70))
    return inputs
