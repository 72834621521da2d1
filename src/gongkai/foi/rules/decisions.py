"""The legal basis cited for each decision category. Plain Python, no Django.

The categories themselves are the 2021 report format's result rows (``gongkai.reportformat``);
this module only adds, per category key, the provisions a reply letter cites (the first is the
default; the case worker may choose another listed one, e.g. 第三十六条第（一）项 when the
information was already proactively disclosed). Every category must have an entry: checked on
import, so a change of the format cannot leave a decision without its basis.
"""

from dataclasses import dataclass

from gongkai.reportformat import Category, category, decision_categories

REGULATION = "《中华人民共和国政府信息公开条例》"
FEE_MEASURE = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"


@dataclass(frozen=True)
class Basis:
    citation: str  # 第三十六条第（二）项
    summary: str  # what the provision says, in a phrase
    source: str = REGULATION
    verified: bool = True  # False: practice category without an explicit article (see docs/requests.md)

    @property
    def text(self) -> str:
        return f"{self.source}{self.citation}" if self.citation else self.source


WITHDRAWAL = Basis("", "申请人撤回申请", source="申请人书面撤回申请")

BASES: dict[str, tuple[Basis, ...]] = {
    "granted": (Basis("第三十六条第（二）项", "所申请公开信息可以公开的，向申请人提供该政府信息"),
                Basis("第三十六条第（一）项", "所申请公开信息已经主动公开的，告知获取的方式和途径")),
    "partial": (Basis("第三十七条", "可以作区分处理的，提供可以公开的部分，并说明不予公开部分的理由"),),
    "denied_state_secret": (Basis("第十四条", "依法确定为国家秘密的政府信息不予公开"),),
    "denied_law_prohibited": (Basis("第十四条", "法律、行政法规禁止公开的政府信息不予公开"),),
    "denied_three_security": (Basis("第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息不予公开"),),
    "denied_third_party": (Basis("第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息不予公开"),),
    "denied_internal_affairs": (Basis("第十六条第一款", "人事管理、后勤管理、内部工作流程等内部事务信息可以不予公开"),),
    "denied_process_info": (Basis("第十六条第二款", "讨论记录、过程稿、磋商信函、请示报告等过程性信息可以不予公开"),),
    "denied_enforcement_file": (Basis("第十六条第二款", "行政执法案卷信息可以不予公开"),),
    "denied_admin_query": (Basis("第三十六条第（三）项", "属于行政查询事项，不予公开并说明理由", verified=False),),
    "unable_not_held": (Basis("第三十六条第（四）项", "经检索没有所申请公开信息的，告知该政府信息不存在"),
                        Basis("第三十六条第（五）项", "不属于本机关负责公开的，告知申请人并说明理由；能够确定负责公开机关的，"
                                                  "告知其名称、联系方式")),
    "unable_need_creation": (Basis("第三十八条", "需要对现有政府信息进行加工、分析的，可以不予提供"),),
    "unable_unclear": (Basis("第三十条", "补正后申请内容仍不明确"),),
    "np_petition": (Basis("第三十九条第一款", "以政府信息公开申请形式进行信访、投诉、举报等活动的，告知不作为政府信息公开申请处理"),),
    "np_repeat": (Basis("第三十六条第（六）项", "行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，"
                                            "告知不予重复处理"),),
    "np_publication": (Basis("第三十九条第二款", "要求提供政府公报、报刊、书籍等公开出版物的，告知获取的途径"),),
    "np_massive": (Basis("第三十五条", "申请人申请公开政府信息的数量、频次明显超过合理范围，说明理由不合理的，告知不予处理"),),
    "np_confirm": (Basis("第二条", "要求行政机关确认或重新出具已获取信息，不属于政府信息公开申请", verified=False),),
    "other_no_correction": (Basis("第三十条", "申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理"),),
    "other_no_fee": (Basis("", "申请人逾期未按收费通知要求缴纳费用的，行政机关不再处理其政府信息公开申请",
                           source=FEE_MEASURE),),
    "other_other": (Basis("第三十六条第（七）项", "工商、不动产登记资料等信息，按照有关法律、行政法规的规定办理"),
                    WITHDRAWAL),
}


def bases(category_key: str) -> tuple[Basis, ...]:
    return BASES[category_key]


def default_basis(category_key: str) -> Basis:
    return BASES[category_key][0]


def decision(category_key: str) -> Category:
    """The report format's category (label, group, 2019 row) for a decision key."""
    return category(category_key)


def _check_complete() -> None:
    keys = {c.key for c in decision_categories()}
    if set(BASES) != keys:  # the report format changed: fail loudly rather than reply without a basis
        raise RuntimeError(f"legal bases out of step with the report format: {sorted(set(BASES) ^ keys)}")


_check_complete()
