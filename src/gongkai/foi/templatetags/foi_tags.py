"""Template helpers of the request pages: the staff navigation (what this person can open)."""

from django import template

from gongkai.foi import worklist

register = template.Library()


@register.inclusion_tag("foi/staff/_nav.html", takes_context=True)
def foi_nav(context):
    user = context["request"].user
    return {"handles": bool(worklist.own_units(user)), "supervises": worklist.supervises(user),
            "approves": bool(worklist.units_where(user, worklist.APPROVER_ROLES))}
