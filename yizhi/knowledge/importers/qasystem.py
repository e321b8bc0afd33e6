"""Import the disease records of the open-source QASystemOnMedicalKG project.

Its data file (medical.json) is a MongoDB export: one JSON object per line,
each with `"_id": {"$oid": ...}`, the disease name, a description, lists
(symptoms, exams, departments, drugs, complications) and a few single values
(insurance cover, prevalence, course, cost). Lists map onto our predicates;
the single values and the diet lists have no predicate of their own and are
kept, as the source states them, in the detail of the disease's summary fact.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.departments import DepartmentTree
from yizhi.knowledge.importers.base import Importer, ImportFailed, register_importer
from yizhi.knowledge.importers.drafts import EntityDraft, FactDraft, Rejection
from yizhi.knowledge.normalise.clean import clean_name, clean_statement, clean_values

logger = logging.getLogger(__name__)

Record = tuple[int, str]  # line number, raw line

# Source list field -> (our predicate, kind of entity named, create it?, the
# CMeKG predicate whose cleaning rules fit the values).
LIST_FIELDS: dict[str, tuple[str, str | None, bool, str]] = {
    "symptom": (Predicate.SYMPTOM, EntityKind.SYMPTOM, True, "常见症状"),
    "check": (Predicate.EXAM, EntityKind.EXAM, True, "检查"),
    "acompany": (Predicate.COMPLICATION, EntityKind.DISEASE, False, "并发症"),
    "cure_way": (Predicate.TREATMENT, None, False, "治疗"),
}
# Drug lists, with the label pages can show for each.
DRUG_FIELDS = {"common_drug": "常用药品", "recommand_drug": "推荐药品"}
# Single values kept in the summary's detail, under the heading pages use.
DETAIL_FIELDS = {
    "prevent": "预防",
    "yibao_status": "医保疾病",
    "get_prob": "患病比例",
    "easy_get": "易感人群",
    "get_way": "传染方式",
    "cure_lasttime": "治疗周期",
    "cured_prob": "治愈率",
    "cost_money": "治疗费用",
}
DIET_FIELDS = {"do_eat": "宜吃", "not_eat": "忌吃", "recommand_eat": "推荐食谱"}
# 「厂家药品名(通用名)」: the product as sold, then the drug it contains.
_PRODUCT = re.compile(r"^(?P<product>.+?)\s*[（(](?P<drug>[^()（）]+)[)）]\s*$")
# category is the site's breadcrumb: 疾病百科 > 内科 > 呼吸内科.
_CATEGORY_ROOT = "疾病百科"


def products_by_drug(details: Sequence[str]) -> dict[str, list[str]]:
    """Group drug_detail entries (「厂家药名(药名)」) by the drug they contain."""
    products: dict[str, list[str]] = {}
    for detail in details:
        match = _PRODUCT.match(detail.strip())
        if match:
            drug = match["drug"].strip()
            products.setdefault(drug, []).append(match["product"].strip())
    return products


def text_list(value: Any) -> list[str]:
    """Return a field as a list of non-empty strings; a bare string is one item."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]


@register_importer
class QASystemImporter(Importer):
    name = "qasystem"
    source = "qasystem"
    source_title = "QASystemOnMedicalKG 疾病数据"
    source_url = "https://github.com/liuhuanyong/QASystemOnMedicalKG"
    source_licence = "MIT"
    # Between CMeKG (10) and the team's overlay (100): its records are
    # structured per disease, cleaner than CMeKG's extractions, but not
    # reviewed by the team.
    priority = 50

    def __init__(self, *, path: Path | None = None, progress: bool = False) -> None:
        super().__init__(progress=progress)
        if path is None:
            raise ImportFailed(
                "qasystem 需要数据文件路径，例如 yizhi import qasystem medical.json"
            )
        self.path = Path(path)
        self.tree = DepartmentTree.load()

    def read(self) -> Iterator[Record]:
        try:
            with self.path.open(encoding="utf-8-sig") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield number, line
        except UnicodeDecodeError as error:
            raise ImportFailed(
                f"{self.path} 不是 UTF-8 文本：QASystemOnMedicalKG 的 medical.json "
                "应为 UTF-8 编码的 JSON 行"
            ) from error
        except OSError as error:
            raise ImportFailed(f"无法读取 {self.path}：{error.strerror}") from error

    def normalise(self, record: Record) -> EntityDraft | Rejection:
        number, line = record
        where = f"{self.path.name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            return Rejection(where, f"不是有效的 JSON（{error.msg}）")
        if not isinstance(data, dict):
            return Rejection(where, "每行应是一个 JSON 对象")
        name = clean_name(data["name"]) if isinstance(data.get("name"), str) else None
        if not name:
            return Rejection(where, "缺少疾病名称（name）")
        facts = [
            *self._summary(data),
            *self._statement(data, "cause", Predicate.CAUSE),
            *self._departments(data),
            *self._lists(data),
            *self._drugs(data),
        ]
        return EntityDraft(
            kind=EntityKind.DISEASE,
            name=name,
            record=f"QASystemOnMedicalKG:{name}",
            facts=tuple(facts),
        )

    def _summary(self, data: Mapping[str, Any]) -> Iterator[FactDraft]:
        detail: dict[str, Any] = {}
        for field, label in DETAIL_FIELDS.items():
            value = data.get(field)
            if isinstance(value, str) and clean_statement(value):
                detail[label] = clean_statement(value)
        diet = {
            label: text_list(data.get(field)) for field, label in DIET_FIELDS.items()
        }
        if any(diet.values()):
            detail["饮食"] = {label: items for label, items in diet.items() if items}
        desc = data.get("desc")
        text = clean_statement(desc) if isinstance(desc, str) else ""
        if text:
            yield FactDraft(Predicate.SUMMARY, text, detail=detail, reference="desc")

    @staticmethod
    def _statement(
        data: Mapping[str, Any], field: str, predicate: str
    ) -> Iterator[FactDraft]:
        value = data.get(field)
        text = clean_statement(value) if isinstance(value, str) else ""
        if text:
            yield FactDraft(predicate, text, reference=field)

    def _departments(self, data: Mapping[str, Any]) -> Iterator[FactDraft]:
        """One fact for the departments, most specific node(s) of our tree.

        cure_department lists a path (["内科", "呼吸内科"]); resolving it joined
        keeps only 呼吸内科. A record without it falls back to its category.
        """
        raws = text_list(data.get("cure_department"))
        field = "cure_department"
        if not raws:
            raws = [c for c in text_list(data.get("category")) if c != _CATEGORY_ROOT]
            field = "category"
        if raws:
            yield FactDraft(
                predicate=Predicate.DEPARTMENT,
                text="、".join(raws),
                departments=tuple(self.tree.resolve("、".join(raws))),
                reference=field,
            )

    @staticmethod
    def _lists(data: Mapping[str, Any]) -> Iterator[FactDraft]:
        for field, (predicate, kind, create, rules) in LIST_FIELDS.items():
            for text in clean_values(rules, text_list(data.get(field))):
                yield FactDraft(predicate, text, kind, create, reference=field)

    @staticmethod
    def _drugs(data: Mapping[str, Any]) -> Iterator[FactDraft]:
        products = products_by_drug(text_list(data.get("drug_detail")))
        for field, label in DRUG_FIELDS.items():
            for text in clean_values("相关药物", text_list(data.get(field))):
                detail: dict[str, Any] = {"list": label}
                if products.get(text):
                    detail["products"] = products[text]
                yield FactDraft(
                    Predicate.DRUG,
                    text,
                    EntityKind.DRUG,
                    False,
                    detail=detail,
                    reference=field,
                )
