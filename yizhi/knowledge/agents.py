"""Tell the drugs that treat from the agents that only find or prevent a disease.

CMeKG lists imaging agents and vaccines among a disease's drugs (锝[99mTc]
甲氧异腈注射液 for 心肌梗塞, 水痘减毒活疫苗 for 带状疱疹感染), and their
indications name the disease, so an indication check alone lets them through.
A page that offers them as drugs for the disease misleads: the first finds
the disease in a scan, the second prevents another one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Entity, Fact

DIAGNOSTIC = "诊断用药"
VACCINE = "疫苗"

# CMeKG's 分类 values for them: 诊断用药, 造影剂 and its kinds (磁共振成像造影剂),
# 疫苗 and its kinds (炭疽疫苗).
_CATEGORIES = (
    (DIAGNOSTIC, re.compile(r"诊断用药|造影剂")),
    (VACCINE, re.compile("疫苗")),
)
# Names that say it without a category. The isotopes are the imaging ones
# only: 氯化锶[89Sr] and 磷[32P] treat. 牛痘疫苗接种家兔炎症皮肤提取物 is an
# analgesic made from a vaccinated animal, not a vaccine.
_NAMES = (
    (DIAGNOSTIC, re.compile(r"\[(?:99mTc|201Tl|18F|67Ga|111In|133Xe|123I)\]")),
    (VACCINE, re.compile(r"疫苗(?!接种|致炎)")),
)


def agent_kind(name: str, categories: Iterable[str] = ()) -> str | None:
    """Return DIAGNOSTIC or VACCINE when the drug is one, else None. Pure."""
    for kind, pattern in _NAMES:
        if pattern.search(name):
            return kind
    for text in categories:
        for kind, pattern in _CATEGORIES:
            if pattern.search(text):
                return kind
    return None


def non_treatments(drugs: Iterable[Entity]) -> dict[int, str]:
    """Return, by pk, the drugs that are a diagnostic agent or a vaccine, and which.

    One query for the categories of all of them.
    """
    drugs = list(drugs)
    categories: dict[int, list[str]] = defaultdict(list)
    facts = Fact.objects.filter(subject__in=drugs, predicate=Predicate.CATEGORY)
    for pk, text in facts.values_list("subject_id", "text"):
        categories[pk].append(text)
    kinds = {drug.pk: agent_kind(drug.name, categories[drug.pk]) for drug in drugs}
    return {pk: kind for pk, kind in kinds.items() if kind}
