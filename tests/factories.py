"""factory_boy factories shared by the whole suite. Apps add theirs in ``tests/<app>/factories.py``."""

import random

from django.contrib.auth import get_user_model

import factory

from gongkai.orgs import credit_code
from gongkai.orgs.models import Kind, Level, Membership, Role, Unit

_rng = random.Random(7)

PASSWORD = "test-password-123"


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"测试单位{n}")
    short_name = factory.LazyAttribute(lambda o: o.name[:8])
    credit_code = factory.LazyFunction(lambda: credit_code.generate("370300", _rng))
    level = Level.CITY
    kind = Kind.DEPARTMENT


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"工作人员{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def staff(unit: Unit, role: str = Role.CLERK, **kwargs):
    """A user holding ``role`` in ``unit``."""
    user = UserFactory(**kwargs)
    Membership.objects.create(user=user, unit=unit, role=role)
    return user
