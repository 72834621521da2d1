"""Template helpers of the request pages: the staff navigation (what this person can open) and the
to-do summary on the workbench start page."""

from django import template

from gongkai.foi import worklist
from gongkai.foi.services.common import today

register = template.Library()


@register.inclusion_tag("foi/staff/_nav.html", takes_context=True)
def foi_nav(context):
    user = context["request"].user
    return {"handles": bool(worklist.own_units(user)), "supervises": worklist.supervises(user),
            "approves": bool(worklist.units_where(user, worklist.APPROVER_ROLES))}


@register.inclusion_tag("foi/staff/_todo.html", takes_context=True)
def foi_todo(context):
    """The workbench start page's to-do summary of requests."""
    return {"summary": worklist.summary(context["request"].user, today())}
