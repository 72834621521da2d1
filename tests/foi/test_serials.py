"""Serial numbers unique per unit and year, also under concurrent submissions (PostgreSQL)."""

import threading

from django.db import connection, connections

import pytest

from gongkai.foi import services
from gongkai.foi.models import Application
from gongkai.foi.services.serials import next_serial
from tests.factories import UnitFactory
from tests.foi.factories import ApplicantFactory, DetailsFactory


@pytest.mark.django_db(transaction=True)
def test_serial_must_be_taken_inside_the_transaction_that_stores_it():
    with pytest.raises(RuntimeError, match="inside the transaction"):
        next_serial(UnitFactory(), 2020)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_submissions_get_fifty_distinct_serials():
    unit = UnitFactory()
    barrier, errors = threading.Barrier(50), []

    def submit():
        try:
            barrier.wait()
            services.submit(unit, ApplicantFactory(), DetailsFactory(), channel="online")
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    serials = sorted(Application.objects.filter(unit=unit).values_list("serial", flat=True))
    assert serials == list(range(1, 51))
