"""Samples for the URL-walking permission test: requests, their attachments, decisions, sent
letters and appeals, each owned by a unit."""

from datetime import date

from gongkai.appeals import services as appeal_services
from gongkai.appeals.models import Appeal
from gongkai.foi import services as foi_services
from gongkai.foi.models import Application, Attachment, Decision, SentLetter
from gongkai.foi.services import Upload
from gongkai.orgs.models import Membership, Role
from tests.foi.factories import ApplicationFactory
from tests.foi.letters import send_reply

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _handler(unit):
    membership = Membership.objects.filter(unit=unit, role=Role.CLERK).select_related("user").first()
    return membership.user if membership else None


def application_sample(world, unit):
    return ApplicationFactory(unit=unit, by=_handler(unit), received_on=date(2021, 3, 1))


def attachment_sample(world, unit):
    application = ApplicationFactory(unit=unit, by=_handler(unit), received_on=date(2021, 3, 1),
                                     uploads=[Upload("申请书.pdf", PDF, "request")])
    return application.attachments.get()


def decision_sample(world, unit):
    application = application_sample(world, unit)
    return foi_services.reply(application, by=_handler(unit), category="granted", on=date(2021, 3, 3))


def letter_sample(world, unit):
    return send_reply(application_sample(world, unit), _handler(unit), date(2021, 3, 3))


def appeal_sample(world, unit):
    decision = decision_sample(world, unit)
    return appeal_services.file_appeal(unit, kind="review", filed_on=date(2021, 4, 1), appellant="张三",
                                       organ="淄博市人民政府", by=_handler(unit), application=decision.application)


OBJECT_SAMPLES = {Application: application_sample, Attachment: attachment_sample, Decision: decision_sample,
                  SentLetter: letter_sample, Appeal: appeal_sample}
EXTRA_KWARGS = {(Application, "kind"): lambda application: "correction_requested",
                (Application, "field"): lambda application: "id_number",
                (SentLetter, "fmt"): lambda letter: "pdf"}
URL_KWARGS = {
    "foi_public:apply": lambda world: {"unit_id": world.district.pk},
    "foi_public:status": lambda world: {"tracking_number": "20260000100001"},
    "foi_public:letter": lambda world: {"tracking_number": "20260000100001", "letter_id": 1, "fmt": "pdf"},
}
