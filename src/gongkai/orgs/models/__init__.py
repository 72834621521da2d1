from gongkai.orgs.models.login import LoginAttempt
from gongkai.orgs.models.membership import UNIT_ROLES, Membership, Role
from gongkai.orgs.models.unit import Kind, Level, Unit, subtree_bounds, subtree_filter, unit_moved

__all__ = [
    "UNIT_ROLES",
    "Kind",
    "Level",
    "LoginAttempt",
    "Membership",
    "Role",
    "Unit",
    "subtree_bounds",
    "subtree_filter",
    "unit_moved",
]
