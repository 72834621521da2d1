"""Composing a letter: title, addressee, body paragraphs (from the kind's template), remedies,
signature, date and contact note, as a ``LetterDocument`` every output format renders alike."""

from dataclasses import dataclass

from gongkai.documents.letters.context import LetterContext, check
from gongkai.documents.letters.kinds import ADDRESSED_TO, REPLY_TITLES, LetterKind
from gongkai.documents.letters.remedies import review_first, revised_law_applies, superior_department_too
from gongkai.documents.templating import cn_date, render_text
from gongkai.reportformat import category as decision_category

SEAL = "（印章）"


@dataclass(frozen=True)
class LetterDocument:
    kind: str
    title: str
    doc_no: str  # "" when the letter has none (then nothing is printed)
    addressee: str
    paragraphs: tuple[str, ...]
    unit_name: str
    date_text: str
    note: str  # 附注 (contact), "" when none
    seal: str = SEAL


def _paragraphs(text: str) -> tuple[str, ...]:
    """One paragraph per non-blank line of the rendered template."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _title(kind: LetterKind, context: LetterContext) -> str:
    if kind != LetterKind.REPLY:
        return kind.label
    return REPLY_TITLES[decision_category(context.category_key).group_key]


def _note(context: LetterContext) -> str:
    parts = [f"联系人：{context.contact_person}" if context.contact_person else "",
             f"联系电话：{context.contact_phone}" if context.contact_phone else "",
             f"通讯地址：{context.contact_address}" if context.contact_address else ""]
    return "，".join(part for part in parts if part)


def _body(kind: LetterKind, context: LetterContext, title: str) -> tuple[str, ...]:
    if kind != LetterKind.REPLY:
        return _paragraphs(render_text(f"letters/{kind.value}.txt", {"c": context}))
    word = "答复" if title.endswith("答复书") else "告知"
    values = {"c": context, "decision_word": word, "revised_law": revised_law_applies(context.issued_on),
              "review_first": review_first(context.category_key, context.issued_on),
              "superior_department_too": superior_department_too(context.unit_is_department, context.issued_on)}
    opening = render_text("letters/_opening.txt", values)
    decision = render_text(f"letters/reply/{context.category_key}.txt", values)
    remedies = render_text("letters/_remedies.txt", values)
    return _paragraphs(f"{opening}\n{decision}\n{remedies}\n特此{word}。")


def compose(kind: LetterKind | str, context: LetterContext) -> LetterDocument:
    """The letter's content; ``LetterIncomplete`` when a required field is missing."""
    kind = LetterKind(kind)
    check(kind, context)
    title = _title(kind, context)
    addressee = getattr(context, ADDRESSED_TO.get(kind, "applicant_name"))
    return LetterDocument(
        kind=kind.value, title=title, doc_no=context.letter_no.strip(), addressee=f"{addressee}：",
        paragraphs=_body(kind, context, title), unit_name=context.unit_name,
        date_text=cn_date(context.issued_on), note=_note(context),
    )
