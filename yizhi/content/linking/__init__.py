"""Link a parsed page to the knowledge base and the directory.

`link_page(page)` is the entry point; pass one `Linker` to many calls in a
batch so repeated names cost one lookup.
"""

from __future__ import annotations

from yizhi.content.linking.entities import Linker
from yizhi.content.linking.model import (
    Link,
    LinkedCause,
    LinkedDoctor,
    LinkedDrug,
    LinkedPage,
)
from yizhi.content.linking.names import subject_candidates
from yizhi.content.parsing import ParsedPage

__all__ = [
    "Link",
    "LinkedCause",
    "LinkedDoctor",
    "LinkedDrug",
    "LinkedPage",
    "Linker",
    "link_page",
]


def link_page(page: ParsedPage, *, linker: Linker | None = None) -> LinkedPage:
    """Return `page` with its subject, causes, drugs, exams and doctors linked."""
    linker = linker or Linker()
    candidates = subject_candidates(page.title)
    if page.card is not None:
        candidates.append(page.card.name)
    causes = tuple(
        LinkedCause(
            cause=cause,
            link=linker.cause(cause.name),
            drugs=tuple(
                LinkedDrug(linker.drug(name), cause=index) for name in cause.drugs
            ),
        )
        for index, cause in enumerate(page.causes)
    )
    drugs = tuple(
        LinkedDrug(
            linker.drug(item.name),
            manufacturer=item.manufacturer,
            stated_indication=item.indication,
        )
        for item in page.drugs
    )
    author = page.metadata.author
    return LinkedPage(
        page=page,
        subject=linker.subject(candidates),
        causes=causes,
        drugs=drugs,
        exams=tuple(linker.exam(exam.name) for exam in page.exams),
        doctors=tuple(linker.doctor(doctor) for doctor in page.doctors),
        author=linker.doctor(author) if author else None,
    )
