"""Requests built through the intake service, so every test starts from lawful data."""

import random
from datetime import date

import factory

from gongkai.foi import services
from gongkai.foi.models import ORGANISATION_TYPES, Application, IdKind
from gongkai.foi.rules import resident_id
from gongkai.orgs import credit_code

_rng = random.Random(11)


def _id_number(o) -> str:
    if o.type in ORGANISATION_TYPES:
        return credit_code.generate("370303", _rng, category="91")
    return resident_id.generate("370303", date(1970 + _rng.randrange(40), 1 + _rng.randrange(12), 1 + _rng.randrange(28)),
                                _rng)


class ApplicantFactory(factory.Factory):
    class Meta:
        model = services.Applicant

    type = "natural"
    name = factory.Sequence(lambda n: f"申请人{n}")
    id_kind = factory.LazyAttribute(lambda o: IdKind.CREDIT_CODE if o.type in ORGANISATION_TYPES else IdKind.RESIDENT_ID)
    id_number = factory.LazyAttribute(_id_number)
    phone = factory.Sequence(lambda n: f"1380533{n:04d}")
    contact_person = factory.LazyAttribute(lambda o: "王经理" if o.type in ORGANISATION_TYPES else "")
    email = "applicant@example.cn"
    address = "山东省淄博市张店区人民西路8号"
    postcode = "255000"


class DetailsFactory(factory.Factory):
    class Meta:
        model = services.RequestDetails

    subject = factory.Sequence(lambda n: f"2020年第{n}号征收补偿方案")
    delivery_form = "paper_post"
    description = "请提供该方案全文。"


class ApplicationFactory(factory.django.DjangoModelFactory):
    """``ApplicationFactory(unit=…, by=clerk, received_on=date(…))``: an in-person request received that day."""

    class Meta:
        model = Application

    unit = None
    by = None
    channel = "in_person"
    received_on = date(2020, 6, 1)
    submitted_on = factory.LazyAttribute(lambda o: o.received_on or date(2020, 6, 1))
    applicant = factory.SubFactory(ApplicantFactory)
    details = factory.SubFactory(DetailsFactory)

    @classmethod
    def _create(cls, model_class, *, unit, by, channel, received_on, submitted_on, applicant, details, **kwargs):
        if channel != "in_person" and "received_on" not in kwargs:
            received_on = kwargs.pop("confirmed_on", None)
        return services.submit(unit, applicant, details, channel=channel, submitted_on=submitted_on,
                               received_on=received_on, by=by, **kwargs).application
