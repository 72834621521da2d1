"""Demo case workers: a 经办人 and a 审核人 in every unit that handles requests (the units' existing
demo logins are used where they exist). All share the demo password, hashed once."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from gongkai.foi.demo.people import People
from gongkai.orgs.demo import DEMO_PASSWORD
from gongkai.orgs.models import Membership, Role


class Staff:
    def __init__(self, people: People):
        self.people = people
        self.password = make_password(DEMO_PASSWORD)
        self.by_unit: dict[tuple[int, str], object] = {}
        for membership in Membership.objects.active().filter(role__in=(Role.CLERK, Role.REVIEWER)).select_related(
                "user"):
            self.by_unit.setdefault((membership.unit_id, membership.role), membership.user)

    def get(self, unit, role: str):
        key = (unit.pk, role)
        if key not in self.by_unit:
            suffix = "jingban" if role == Role.CLERK else "shenhe"
            user = get_user_model().objects.create(
                username=f"unit{unit.pk}.{suffix}", first_name=self.people.person_name(), password=self.password,
                email=f"unit{unit.pk}.{suffix}@demo.gongkai.invalid")
            Membership.objects.create(user=user, unit=unit, role=role)
            self.by_unit[key] = user
        return self.by_unit[key]

    def clerk(self, unit):
        return self.get(unit, Role.CLERK)

    def reviewer(self, unit):
        return self.get(unit, Role.REVIEWER)
