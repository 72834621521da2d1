"""Where an applicant may seek review or sue over a unit's decision: named in the letters' remedies
and proposed when an appeal is recorded. Derived from the unit tree and editable by the case worker;
"" where the tree cannot tell (the letter then says 有管辖权的行政复议机关 / 人民法院).

- 行政复议机关 (《中华人民共和国行政复议法》(2023)第二十四条): a department's or a town's review goes to
  the people's government of its county or city; a government's to the government above it.
- First-instance court: cases against a government at county level or above go to the intermediate
  court of the city (《中华人民共和国行政诉讼法》第十五条), others to the basic court of the district or county.
"""

from gongkai.orgs.models import Kind, Level

GOVERNMENT_SUFFIX = "人民政府"


def county_of(unit):
    """The district/county government above a county- or town-level unit (None at city level)."""
    for ancestor in [unit, *reversed(list(unit.ancestors()))]:
        if ancestor.level == Level.COUNTY and ancestor.kind == Kind.GOVERNMENT:
            return ancestor
    return None


def city_of(unit):
    """The city government at the top of the unit's tree (None if the top is not a government)."""
    top = unit if unit.parent_id is None else unit.ancestors().first()
    return top if top.kind == Kind.GOVERNMENT else None


def review_organ(unit) -> str:
    if unit.parent_id is None:
        return ""  # the province: not in the tree
    county = county_of(unit)
    if county is None or county.pk == unit.pk:
        city = city_of(unit)
        return city.name if city else ""
    return county.name


def court(unit) -> str:
    county = county_of(unit)
    if county is None or unit.kind == Kind.GOVERNMENT and unit.level != Level.TOWN:
        city = city_of(unit)
        return f"{city.name.removesuffix(GOVERNMENT_SUFFIX)}中级人民法院" if city else ""
    return f"{county.name.removesuffix(GOVERNMENT_SUFFIX)}人民法院"
