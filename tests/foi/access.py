"""Samples for the URL-walking permission test: requests and appeals owned by a unit, for the
pages that will show them with ``object_view``."""

from datetime import date

from gongkai.appeals import services as appeal_services
from gongkai.appeals.models import Appeal
from gongkai.foi import services as foi_services
from gongkai.foi.models import Application, Decision
from gongkai.orgs.models import Membership, Role
from tests.foi.factories import ApplicationFactory


def _handler(unit):
    membership = Membership.objects.filter(unit=unit, role=Role.CLERK).select_related("user").first()
    return membership.user if membership else None


def application_sample(world, unit):
    return ApplicationFactory(unit=unit, by=_handler(unit), received_on=date(2021, 3, 1))


def decision_sample(world, unit):
    application = application_sample(world, unit)
    return foi_services.reply(application, by=_handler(unit), category="granted", on=date(2021, 3, 3))


def appeal_sample(world, unit):
    decision = decision_sample(world, unit)
    return appeal_services.file_appeal(unit, kind="review", filed_on=date(2021, 4, 1), appellant="张三", organ="淄博市人民政府",
                                by=_handler(unit), application=decision.application)


OBJECT_SAMPLES = {Application: application_sample, Decision: decision_sample, Appeal: appeal_sample}
