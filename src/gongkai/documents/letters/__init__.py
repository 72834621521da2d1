"""Request letters (答复书/告知书, 补正通知书, 延期答复告知书, 征求意见函, 收费通知书).

``render(kind, LetterContext(...), fmt)`` gives an HTML preview fragment, print HTML, DOCX or PDF.
The reply letter has one body template per decision category of the 2021 format
(``templates/letters/reply/<category key>.txt``), each citing the article of the 条例 that applies.
The workflow (``gongkai.foi``) decides when a letter is sent and keeps the sent version.
"""

from gongkai.documents.letters.compose import LetterDocument, compose
from gongkai.documents.letters.context import LetterContext, LetterIncomplete, problems
from gongkai.documents.letters.kinds import LetterKind
from gongkai.documents.letters.render import FORMATS, render

__all__ = ["FORMATS", "LetterContext", "LetterDocument", "LetterIncomplete", "LetterKind", "compose", "problems",
           "render"]
