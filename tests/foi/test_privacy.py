"""ID and phone numbers at rest: encryption with rotation, lookup hashes, masks, logged reveals."""

from datetime import date

import pytest

from gongkai.core.models import AuditEntry
from gongkai.foi import privacy, services
from gongkai.foi.models import Application
from tests.foi.factories import ApplicantFactory, ApplicationFactory

OLD_KEY, NEW_KEY = privacy.new_key(), privacy.new_key()


def test_encryption_round_trip_hides_the_value():
    token = privacy.encrypt("11010519491231002X")
    assert "11010519491231002X" not in token and privacy.decrypt(token) == "11010519491231002X"


def test_masks_hide_the_birth_date_and_the_middle_of_a_phone_number():
    assert privacy.mask_id("11010519491231002X") == "1101**********002X"
    assert privacy.mask_phone("138 0533 1234") == "138****1234"
    assert privacy.mask_phone("0533-3183622") == "*******3622"


def test_a_short_identity_number_such_as_a_passport_keeps_only_its_last_three_characters():
    assert privacy.mask_id("E12345678") == "******678"
    assert privacy.mask_id("123456") == "******"


def test_lookup_key_ignores_spacing_and_case():
    assert privacy.lookup_key("11010519491231002x ") == privacy.lookup_key("11010519491231002X")


def test_values_under_a_rotated_out_key_cannot_be_read(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    token = privacy.encrypt("13805331234")
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]
    with pytest.raises(privacy.UnreadableValue):
        privacy.decrypt(token)


def test_production_without_keys_is_refused(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.MODE, settings.FIELD_ENCRYPTION_KEYS = "production", []
    with pytest.raises(ImproperlyConfigured, match="GONGKAI_FIELD_KEYS"):
        privacy.configured_keys()


@pytest.mark.django_db
def test_rotating_keys_re_encrypts_and_rehashes_every_request(world, settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    application = ApplicationFactory(unit=world.district, by=world.district_clerk,
                                     applicant=ApplicantFactory(id_number="11010519491231002X", phone="13805331234"))
    old_cipher = application.id_number_cipher
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    assert privacy.lookup_key("resident_id:11010519491231002X") != application.applicant_key
    assert application.applicant_key in privacy.lookup_keys("resident_id:11010519491231002X")
    assert services.rotate_keys() == 1
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]
    application = Application.objects.get()
    assert application.id_number_cipher != old_cipher
    assert privacy.decrypt(application.id_number_cipher) == "11010519491231002X"
    assert application.applicant_key == privacy.lookup_key("resident_id:11010519491231002X")
    assert application.phone_key == privacy.lookup_key("13805331234")



@pytest.mark.django_db
def test_rotating_keys_recomputes_the_masked_copy(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk,
                                     applicant=ApplicantFactory(id_number="11010519491231002X"))
    Application.objects.filter(pk=application.pk).update(id_number_masked="1101*0002X")  # an older mask
    services.rotate_keys()
    assert Application.objects.get().id_number_masked == "1101**********002X"

@pytest.mark.django_db
def test_revealing_a_full_id_number_is_logged_with_its_purpose(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1),
                                     applicant=ApplicantFactory(id_number="11010519491231002X"))
    value = services.reveal(application, "id_number", by=world.district_clerk, purpose="核对申请人身份")
    entry = AuditEntry.objects.get(action="foi.id_number_revealed")
    assert value == "11010519491231002X"
    assert (entry.actor, entry.context["purpose"], entry.target_id) == (
        world.district_clerk, "核对申请人身份", str(application.pk))
    assert "11010519491231002X" not in str(entry.context) + entry.summary


@pytest.mark.django_db
@pytest.mark.parametrize("user", ["district_supervisor", "town_clerk", "sysadmin"])
def test_only_handlers_of_the_unit_may_reveal(world, user):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk)
    with pytest.raises(services.StepRefused, match="只有淄博市张店区人民政府的经办人、审核人"):
        services.reveal(application, "phone", by=getattr(world, user), purpose="联系申请人")
    assert not AuditEntry.objects.filter(action="foi.phone_revealed").exists()


@pytest.mark.django_db
def test_a_reveal_needs_a_purpose(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk)
    with pytest.raises(services.StepRefused, match="须说明用途"):
        services.reveal(application, "id_number", by=world.district_clerk, purpose=" ")


@pytest.mark.django_db
def test_the_same_applicant_is_recognised_across_a_key_rotation(world, settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    applicant = ApplicantFactory()
    ApplicationFactory(unit=world.district, by=world.district_clerk, applicant=applicant, received_on=date(2021, 3, 1))
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    later = ApplicationFactory(unit=world.district, by=world.district_clerk, applicant=applicant,
                               received_on=date(2021, 3, 2))
    assert services.monthly_ordinal(later) == 2
