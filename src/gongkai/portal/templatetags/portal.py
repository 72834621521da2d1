from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def validity(item) -> tuple[str, str]:
    """(key, label) of the 效力状态 shown today; ("", "") for items without one."""
    value = item.validity_on(timezone.localdate())
    return (value, item.validity_label_on(timezone.localdate())) if value else ("", "")


@register.filter
def marked(segments) -> str:
    """Snippet segments as HTML with the matches in <mark> (the text is escaped)."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    return mark_safe("".join(f"<mark>{escape(text)}</mark>" if hit else escape(text) for text, hit in segments))
