"""The model choices of the foi app, each built from its one definition: the report format
(applicant types, decision categories) or the pure rules (channels, events, phases…)."""

from django.db import models

from gongkai.foi.rules.delivery import DeliveryForm as _DeliveryForm
from gongkai.foi.rules.events import EventKind as _EventKind
from gongkai.foi.rules.events import Party as _Party
from gongkai.foi.rules.events import Phase as _Phase
from gongkai.foi.rules.receipt import Channel as _Channel
from gongkai.foi.rules.receipt import LetterKind as _LetterKind
from gongkai.reportformat import applicant_types, decision_categories


def _from_enum(name: str, enum) -> type[models.TextChoices]:
    return models.TextChoices(name, [(member.name, (member.value, member.label)) for member in enum])


ApplicantType = models.TextChoices("ApplicantType", [(t.key.upper(), (t.key, t.label)) for t in applicant_types()])
DecisionCategory = models.TextChoices(
    "DecisionCategory", [(c.key.upper(), (c.key, c.full_label)) for c in decision_categories()]
)
Channel = _from_enum("Channel", _Channel)
LetterKind = _from_enum("LetterKind", _LetterKind)
EventKind = _from_enum("EventKind", _EventKind)
Phase = _from_enum("Phase", _Phase)
Party = _from_enum("Party", _Party)
DeliveryForm = _from_enum("DeliveryForm", _DeliveryForm)


class IdKind(models.TextChoices):
    """The applicant's 身份证明 (条例第29条第(一)项)."""

    RESIDENT_ID = "resident_id", "居民身份证"
    OTHER_ID = "other_id", "其他有效身份证件"  # passport, 港澳台居民来往内地通行证, 外国人永久居留身份证…
    CREDIT_CODE = "credit_code", "统一社会信用代码"


# Applicant types that are organisations (法人或其他组织): identified by 统一社会信用代码.
ORGANISATION_TYPES = frozenset(t.key for t in applicant_types() if t.is_organisation)
