from datetime import date

from gongkai.appeals import services
from gongkai.foi import services as foi_services
from tests.foi.factories import ApplicationFactory


def replied(world, *, received_on=date(2020, 3, 2), replied_on=date(2020, 3, 16), category="unable_not_held"):
    """A request of the district government, replied."""
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=received_on)
    foi_services.reply(application, by=world.district_clerk, category=category, on=replied_on)
    return application


def appeal(world, application=None, *, kind="review", route="", filed_on=date(2020, 4, 10), review=None,
           decided_on=None, outcome="maintained"):
    application = application or replied(world)
    organ = "淄博市人民政府" if kind == "review" else "淄博市中级人民法院"
    result = services.file_appeal(world.district, kind=kind, route=route, filed_on=filed_on, appellant="张三",
                                  organ=organ, by=world.district_clerk, application=application, review=review)
    if decided_on:
        result = services.decide_appeal(result, outcome=outcome, decided_on=decided_on, by=world.district_clerk)
    return result
