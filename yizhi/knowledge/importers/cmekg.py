"""Import the CMeKG knowledge graph shipped in the PyPI package PyCMeKG.

The package holds one pickled dict, {subject: {predicate: [values]}}, with
about 27k subjects. Its values are noisy; `normalise/` cleans them and
`departments.py` maps its ~205 department spellings onto our tree.
"""

from __future__ import annotations

import importlib.util
import logging
import pickle
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from yizhi.knowledge.choices import AliasKind, EntityKind, Predicate
from yizhi.knowledge.classify import SubjectKind, classify_subject
from yizhi.knowledge.departments import DepartmentTree
from yizhi.knowledge.importers.base import Importer, ImportFailed, register_importer
from yizhi.knowledge.importers.drafts import EntityDraft, FactDraft, Rejection
from yizhi.knowledge.normalise.clean import clean_name, clean_values

logger = logging.getLogger(__name__)

Record = tuple[str, Mapping[str, Sequence[str]]]

# CMeKG predicate -> (our predicate, kind of entity the value names, create it?)
FACT_PREDICATES: dict[str, tuple[str, str | None, bool]] = {
    "常见症状": (Predicate.SYMPTOM, EntityKind.SYMPTOM, True),
    "临床症状及体征": (Predicate.SYMPTOM, EntityKind.SYMPTOM, True),
    "相关症状": (Predicate.SYMPTOM, EntityKind.SYMPTOM, True),
    "常见病因": (Predicate.CAUSE, None, False),
    "病因": (Predicate.CAUSE, None, False),
    "检查": (Predicate.EXAM, EntityKind.EXAM, True),
    "影像学检查": (Predicate.EXAM, EntityKind.EXAM, True),
    "实验室检查": (Predicate.EXAM, EntityKind.EXAM, True),
    "辅助检查": (Predicate.EXAM, EntityKind.EXAM, True),
    "组织学检查": (Predicate.EXAM, EntityKind.EXAM, True),
    "内窥镜检查": (Predicate.EXAM, EntityKind.EXAM, True),
    "治疗": (Predicate.TREATMENT, None, False),
    "药物治疗": (Predicate.TREATMENT, None, False),
    "手术治疗": (Predicate.TREATMENT, None, False),
    "辅助治疗": (Predicate.TREATMENT, None, False),
    "相关药物": (Predicate.DRUG, EntityKind.DRUG, False),
    "并发症": (Predicate.COMPLICATION, EntityKind.DISEASE, False),
    "相关疾病": (Predicate.RELATED, EntityKind.DISEASE, False),
    "鉴别诊断": (Predicate.DIFFERENTIAL, EntityKind.DISEASE, False),
    "常见发病部位": (Predicate.BODY_PART, EntityKind.BODY_PART, True),
    "发病部位": (Predicate.BODY_PART, EntityKind.BODY_PART, True),
    "多发群体": (Predicate.POPULATION, None, False),
    "传染性": (Predicate.CONTAGIOUS, None, False),
    "通用名": (Predicate.GENERIC_NAME, None, False),
    "成份": (Predicate.INGREDIENT, None, False),
    "适应症": (Predicate.INDICATION, EntityKind.DISEASE, False),
    "功能主治": (Predicate.INDICATION, EntityKind.DISEASE, False),
    "主治": (Predicate.INDICATION, EntityKind.DISEASE, False),
    "主要适用症": (Predicate.INDICATION, EntityKind.DISEASE, False),
    "OTC类型": (Predicate.OTC, None, False),
    "药品类型": (Predicate.DRUG_TYPE, None, False),
    "是否处方药": (Predicate.DRUG_TYPE, None, False),
    "不良反应": (Predicate.ADVERSE_REACTION, None, False),
    "禁忌": (Predicate.CONTRAINDICATION, None, False),
    "注意事项": (Predicate.PRECAUTION, None, False),
    "用法用量": (Predicate.DOSAGE, None, False),
    "用量": (Predicate.DOSAGE, None, False),
    "药物相互作用": (Predicate.INTERACTION, None, False),
    "规格": (Predicate.SPECIFICATION, None, False),
    "分类": (Predicate.CATEGORY, None, False),
    "用途分类": (Predicate.CATEGORY, None, False),
    "性味": (Predicate.NATURE, None, False),
    "功效": (Predicate.EFFICACY, None, False),
    "功用": (Predicate.EFFICACY, None, False),
}

ALIAS_PREDICATES: dict[str, str] = {
    "别称": AliasKind.ALIAS,
    "又称": AliasKind.ALIAS,
    "同义词": AliasKind.SYNONYM,
    "英文名": AliasKind.ENGLISH,
    "英文名称": AliasKind.ENGLISH,
    "外文名": AliasKind.ENGLISH,
    "英文别名": AliasKind.ENGLISH,
    "英文别称": AliasKind.ENGLISH,
    "ICD10": AliasKind.ICD10,
    "商品名": AliasKind.BRAND,
}

ENTITY_KINDS: dict[str, str] = {
    SubjectKind.DISEASE: EntityKind.DISEASE,
    SubjectKind.DRUG: EntityKind.DRUG,
    SubjectKind.HERB: EntityKind.HERB,
}


def package_data_path() -> Path:
    """Return the pickle inside the installed PyCMeKG package, or say how to get it."""
    spec = importlib.util.find_spec("pyCMeKG")
    if spec is None or not spec.submodule_search_locations:
        raise ImportFailed(
            "找不到知识图谱包 PyCMeKG。请运行 `make serve` 或 "
            "`pip install PyCMeKG==0.2.5` 安装后再试。"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "cmekg.pkl"
    if not path.is_file():
        raise ImportFailed(f"PyCMeKG 包不完整：缺少数据文件 {path.name}，请重新安装。")
    return path


def load_graph(path: Path) -> dict[str, dict[str, list[str]]]:
    """Load the pickled graph, turning every way it can be broken into ImportFailed."""
    try:
        with path.open("rb") as handle:
            # The pickle is the data file of a pinned package installed from the
            # registry, so it is trusted exactly as far as the package is.
            graph = pickle.load(handle)  # noqa: S301
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
        raise ImportFailed(
            f"PyCMeKG 数据文件无法读取（{error.__class__.__name__}），"
            "请重新安装：pip install --force-reinstall PyCMeKG==0.2.5"
        ) from error
    if not isinstance(graph, dict):
        raise ImportFailed("PyCMeKG 数据文件格式不对：应为 {主体: {关系: [值]}}。")
    return graph


@register_importer
class CMeKGImporter(Importer):
    name = "cmekg"
    source = "cmekg"
    source_title = "CMeKG 中文医学知识图谱（PyCMeKG 0.2.5）"
    source_url = "https://pypi.org/project/PyCMeKG/"
    source_licence = "MIT"
    priority = 10

    def __init__(self, *, path: Path | None = None, progress: bool = False) -> None:
        super().__init__(progress=progress)
        self.path = path
        self.tree = DepartmentTree.load()
        self.unmapped_departments: set[str] = set()

    def read(self) -> Iterator[Record]:
        graph = load_graph(self.path or package_data_path())
        for subject in sorted(graph):
            record = graph[subject]
            if isinstance(subject, str) and isinstance(record, dict):
                yield subject, record

    def normalise(self, record: Record) -> EntityDraft | Rejection | None:
        subject, values = record
        kind = ENTITY_KINDS.get(classify_subject(subject, values))
        if kind is None:
            return None
        name = clean_name(subject)
        if not name:
            return Rejection(subject, "主体名称清洗后为空或不是名称")
        aliases = tuple(
            (alias, ALIAS_PREDICATES[predicate])
            for predicate, raw in values.items()
            if predicate in ALIAS_PREDICATES
            for alias in clean_values(predicate, raw)
            if alias != name
        )
        return EntityDraft(
            kind=kind,
            name=name,
            record=f"CMeKG:{subject}",
            aliases=aliases,
            facts=(*self._facts(values), *self._departments(values)),
        )

    def _facts(self, values: Mapping[str, Sequence[str]]) -> Iterator[FactDraft]:
        for predicate, raw in values.items():
            if predicate not in FACT_PREDICATES:
                continue
            ours, target_kind, create = FACT_PREDICATES[predicate]
            for text in clean_values(predicate, raw):
                yield FactDraft(
                    predicate=ours,
                    text=text,
                    target_kind=target_kind,
                    create_target=create,
                    reference=predicate,
                )

    def _departments(self, values: Mapping[str, Sequence[str]]) -> Iterator[FactDraft]:
        for raw in values.get("就诊科室", ()):
            canonical = tuple(self.tree.resolve(raw))
            if not canonical:
                self.unmapped_departments.add(raw)
            yield FactDraft(
                predicate=Predicate.DEPARTMENT,
                text=raw.strip(),
                departments=canonical,
                reference="就诊科室",
            )
