"""The tables of the seed report (淄博市2020年政府信息公开工作年度报告, shared/seed), typed by hand
from its printed tables, in printed order, independently of the spec's own fixture."""

T3_COLUMNS = ("natural", "commercial", "research", "public_interest", "legal_service", "other_org", "total")
T3_ROWS = {  # 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
    "new": (1330, 45, 17, 5, 1, 1, 1399),  # 一、本年新收
    "carried_in": (10, 8, 0, 0, 0, 0, 18),  # 二、上年结转
    "granted": (862, 27, 16, 4, 1, 0, 910),  # （一）予以公开
    "partial": (81, 1, 0, 0, 0, 0, 82),  # （二）部分公开
    "denied_state_secret": (2, 0, 0, 0, 0, 0, 2),  # （三）1.属于国家秘密
    "denied_law_prohibited": (4, 0, 0, 0, 0, 0, 4),  # 2.其他法律行政法规禁止公开
    "denied_three_security": (0, 0, 0, 0, 0, 0, 0),  # 3.危及“三安全一稳定”
    "denied_third_party": (8, 0, 0, 0, 0, 0, 8),  # 4.保护第三方合法权益
    "denied_internal_affairs": (18, 9, 0, 0, 0, 0, 27),  # 5.属于三类内部事务信息
    "denied_process_info": (13, 0, 0, 0, 0, 0, 13),  # 6.属于四类过程性信息
    "denied_enforcement_file": (8, 0, 0, 0, 0, 0, 8),  # 7.属于行政执法案卷
    "denied_admin_query": (1, 0, 0, 0, 0, 0, 1),  # 8.属于行政查询事项
    "unable_not_held": (229, 13, 1, 1, 0, 1, 245),  # （四）1.本机关不掌握相关政府信息
    "unable_need_creation": (16, 0, 0, 0, 0, 0, 16),  # 2.没有现成信息需要另行制作
    "unable_unclear": (1, 0, 0, 0, 0, 0, 1),  # 3.补正后申请内容仍不明确
    "np_petition": (2, 0, 0, 0, 0, 0, 2),  # （五）1.信访举报投诉类申请
    "np_repeat": (2, 1, 0, 0, 0, 0, 3),  # 2.重复申请
    "np_publication": (0, 0, 0, 0, 0, 0, 0),  # 3.要求提供公开出版物
    "np_massive": (3, 0, 0, 0, 0, 0, 3),  # 4.无正当理由大量反复申请
    "np_confirm": (0, 0, 0, 0, 0, 0, 0),  # 5.要求行政机关确认或重新出具已获取信息
    "other": (71, 0, 0, 0, 0, 0, 71),  # （六）其他处理
    "result_total": (1321, 51, 17, 5, 1, 1, 1396),  # （七）总计
    "carry_next": (19, 2, 0, 0, 0, 0, 21),  # 四、结转下年度继续办理
}
# 行政复议 (维持, 纠正, 其他, 未审结, 总计); 未经复议直接起诉 (…); 复议后起诉 (…)
T4 = (124, 25, 5, 13, 167, 57, 15, 14, 12, 98, 28, 2, 2, 5, 37)
T4_GROUPS = ("review", "lit_direct", "lit_after_review")
T4_STATES = ("maintained", "corrected", "other", "pending", "total")
T2 = {
    "art20_1": {"rules": {"new_made": 0, "new_published": 0, "total_published": 79},
                "normative_docs": {"new_made": 127, "new_published": 127, "total_published": 1443}},
    "art20_5": {"admin_license": {"prev_items": 347, "change": -73, "decisions": 326417},
                "other_mgmt_services": {"prev_items": 1573, "change": -179, "decisions": 3356054}},
    "art20_6": {"admin_penalty": {"prev_items": 3423, "change": -256, "decisions": 177083},
                "admin_coercion": {"prev_items": 173, "change": -21, "decisions": 5230}},
    "art20_8": {"admin_fees": {"prev_items": 100, "change": 38}},
    "art20_9": {"gov_central_procurement": {"procurement_items": 3113, "procurement_amount": "631972.7378"}},
}


def seed_report() -> dict:
    """``{"version", "t2", "t3", "t4"}`` as ``gongkai report --format json`` prints it."""
    return {
        "version": "2019",
        "t2": T2,
        "t3": {row: dict(zip(T3_COLUMNS, values, strict=True)) for row, values in T3_ROWS.items()},
        "t4": {"cases": {f"{g}_{s}": T4[i * 5 + j] for i, g in enumerate(T4_GROUPS) for j, s in enumerate(T4_STATES)}},
    }
