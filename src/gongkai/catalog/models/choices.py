"""The enumerations of 主动公开. Labels are what the portal prints."""

from django.db import models

from gongkai.reportformat import load


class DocType(models.TextChoices):
    """What kind of information an item is; the policy-documents page filters by it."""

    RULE = "rule", "政府规章"
    NORMATIVE = "normative", "行政规范性文件"
    POLICY = "policy", "其他政策文件"
    INTERPRETATION = "interpretation", "政策解读"
    GENERAL = "general", "其他政府信息"


# Items that are policy documents (政策文件 column) and carry 效力状态.
POLICY_TYPES = (DocType.RULE, DocType.NORMATIVE, DocType.POLICY)
LIFECYCLE_TYPES = (DocType.RULE, DocType.NORMATIVE)


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    REVIEW = "review", "待审核"
    PUBLISHED = "published", "已发布"
    WITHDRAWN = "withdrawn", "已撤回"


EDITABLE_STATUSES = (Status.DRAFT,)


class Validity(models.TextChoices):
    """效力状态 (spec §4.4). Changed only by a recorded ``ValidityDecision``, except that an
    item past its 有效期 shows 失效 without one (``InfoItem.validity_on``)."""

    PENDING = "pending", "尚未生效"
    VALID = "valid", "有效"
    EXPIRED = "expired", "失效"
    REPEALED = "repealed", "废止"
    AMENDED = "amended", "已修改"


# In force: 已修改 documents remain in force as amended, so they count as 现行有效.
IN_FORCE = (Validity.VALID, Validity.AMENDED)


class DecisionKind(models.TextChoices):
    """A decision that changes a normative document's 效力状态, e.g. 淄政字〔2020〕103号 继续执行."""

    CONTINUE = "continue", "继续执行"
    REPEAL = "repeal", "废止"
    AMEND = "amend", "修改"
    EXPIRE = "expire", "宣布失效"


DECISION_RESULT = {
    DecisionKind.CONTINUE: Validity.VALID,
    DecisionKind.REPEAL: Validity.REPEALED,
    DecisionKind.AMEND: Validity.AMENDED,
    DecisionKind.EXPIRE: Validity.EXPIRED,
}


class DisclosureMode(models.TextChoices):
    """公开方式."""

    PROACTIVE = "proactive", "主动公开"
    ON_REQUEST = "on_request", "依申请公开"


class Topic(models.TextChoices):
    """主题分类 (the gov.cn 主题分类 used by government information platforms)."""

    ORGANISATION = "organisation", "机构职能"
    GENERAL_AFFAIRS = "general_affairs", "综合政务"
    ECONOMY = "economy", "国民经济管理、国有资产监管"
    FINANCE = "finance", "财政、金融、审计"
    LAND = "land", "国土资源、能源"
    AGRICULTURE = "agriculture", "农业、林业、水利"
    INDUSTRY = "industry", "工业、交通"
    COMMERCE = "commerce", "商贸、海关、旅游"
    MARKET = "market", "市场监管、安全生产监管"
    CONSTRUCTION = "construction", "城乡建设、环境保护"
    EDUCATION = "education", "科技、教育"
    CULTURE = "culture", "文化、广电、新闻出版"
    HEALTH = "health", "卫生、体育"
    POPULATION = "population", "人口与计划生育、妇女儿童工作"
    LABOUR = "labour", "劳动、人事、监察"
    SECURITY = "security", "公安、安全、司法"
    CIVIL_AFFAIRS = "civil_affairs", "民政、扶贫、救灾"
    OTHER = "other", "其他"


class Genre(models.TextChoices):
    """体裁: the 15 公文种类 of 《党政机关公文处理工作条例》 plus 其他."""

    DECISION = "decision", "决定"
    ORDER = "order", "命令（令）"
    BULLETIN = "bulletin", "公报"
    ANNOUNCEMENT = "announcement", "公告"
    PUBLIC_NOTICE = "public_notice", "通告"
    OPINION = "opinion", "意见"
    NOTICE = "notice", "通知"
    CIRCULAR = "circular", "通报"
    REPORT = "report", "报告"
    REQUEST = "request", "请示"
    REPLY = "reply", "批复"
    MOTION = "motion", "议案"
    LETTER = "letter", "函"
    MINUTES = "minutes", "纪要"
    RESOLUTION = "resolution", "决议"
    OTHER = "other", "其他"


def _record_kinds() -> list[tuple[str, tuple[str, str]]]:
    """结果公开 decision kinds: the rows of the 2021 format's 第二十条第（五）（六）项 blocks."""
    t2 = load("2021").t2
    rows = [row for block in t2.blocks if block.key in ("art20_5", "art20_6") for row in block.rows]
    return [(row.key.upper(), (row.key, row.label)) for row in rows]


# One definition: admin_license 行政许可, admin_penalty 行政处罚, admin_coercion 行政强制.
RecordKind = models.TextChoices("RecordKind", _record_kinds())
