"""The only code that changes 主动公开 state. Every change is recorded in the audit trail."""


class CatalogError(Exception):
    """A change the rules do not allow; the message is Chinese and shown to the user."""
