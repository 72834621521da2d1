"""Template engines over ``documents/templates`` (not an installed app, so a private engine).

Letter bodies are plain-text templates (no escaping; HTML escapes them when it renders them);
the HTML wrappers are autoescaped.
"""

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.template import Context, Engine, Library

TEMPLATES_DIR = Path(__file__).parent / "templates"

register = Library()


@register.filter
def cn_date(value: date | None) -> str:
    """2020年3月5日 (GB/T 9704-2012: Arabic numerals, no leading zeros)."""
    if value is None:
        raise ValueError("cn_date needs a date; a missing date must be caught before rendering")
    return f"{value.year}年{value.month}月{value.day}日"


@register.filter
def yuan(value: Decimal | int) -> str:
    """An amount in 元: whole amounts without decimals, others with two."""
    amount = Decimal(value)
    return f"{amount:.0f}" if amount == amount.to_integral_value() else f"{amount:.2f}"


@cache
def text_engine() -> Engine:
    return Engine(dirs=[str(TEMPLATES_DIR)], builtins=["gongkai.documents.templating"], autoescape=False)


@cache
def html_engine() -> Engine:
    return Engine(dirs=[str(TEMPLATES_DIR)], builtins=["gongkai.documents.templating"], autoescape=True)


def render_text(name: str, context: dict) -> str:
    return text_engine().get_template(name).render(Context(context, autoescape=False))


def render_html(name: str, context: dict) -> str:
    return html_engine().get_template(name).render(Context(context))


def print_css() -> str:
    """The print stylesheet for PDFs (WeasyPrint): A4, 公文 margins, CJK fonts."""
    from gongkai.documents.fonts import FontRole, css_stack

    css = (TEMPLATES_DIR / "documents" / "print.css").read_text(encoding="utf-8")
    for role in FontRole:
        css = css.replace(f"var(--font-{role.value})", css_stack(role))
    return css
