import factory

from gongkai.reportformat import version_for_year
from gongkai.reports.models import AnnualReport, FigureSource, ImportedFigure, NamedGroup, ScopeKind
from tests.factories import UnitFactory


class AnnualReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnualReport

    unit = factory.SubFactory(UnitFactory)
    scope = ScopeKind.UNIT
    year = 2020
    template_version = factory.LazyAttribute(lambda o: version_for_year(o.year))
    narrative = factory.LazyFunction(dict)


class ImportedFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportedFigure

    unit = factory.SubFactory(UnitFactory)
    year = 2020
    cell = "t2.art20_5.admin_license.decisions"
    value = 10
    source = FigureSource.IMPORT
    file_name = "数据.xlsx"
    file_row = 2


class NamedGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NamedGroup

    owner = factory.SubFactory(UnitFactory)
    name = factory.Sequence(lambda n: f"单位组{n}")
    title = "淄博市"
