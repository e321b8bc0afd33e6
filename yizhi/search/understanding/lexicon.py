"""The medical lexicon query understanding reads: names by entity type, and the
departments that symptoms and diseases point to.

This is the one place that knows where the words come from. Today it reads the
CMeKG graph that the `PyCMeKG` package ships (a pickled
`{subject: {predicate: [values]}}`) plus the team's lay terms; once the knowledge
base is imported, only `Lexicon.from_cmekg` needs a sibling that reads the
database. Everything downstream sees the frozen `Lexicon` value.
"""

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from types import MappingProxyType

import yaml

from yizhi.knowledge.curated.entries import Overlay, OverlayError
from yizhi.knowledge.curated.loading import OVERLAY_ROOT, load_overlay
from yizhi.knowledge.importers.cmekg import load_graph, package_data_path
from yizhi.search.text.normalise import normalise_aligned
from yizhi.search.understanding.departments import resolve_department

logger = logging.getLogger(__name__)

ENTITY_TYPES = ("dis", "sym", "dru", "ite")
# jieba frequency given to lexicon words so a known name is not split.
USER_WORD_FREQUENCY = 2000
# How the recognizer types short clinical words; lay terms come from the overlay.
SEARCH_TERMS_PATH = Path(__file__).with_name("data") / "search_terms.yaml"
# Overlay kinds as recognizer types; exams are typed by the form of their name.
_OVERLAY_KINDS = {"disease": "dis", "symptom": "sym", "drug": "dru"}

# Predicates that make a CMeKG subject a disease, a drug or an exam.
_DISEASE_KEYS = frozenset(
    {"常见症状", "就诊科室", "ICD10", "临床症状及体征", "并发症", "常见病因", "病因"}
    | {"多发群体", "传染性", "常见发病部位"}
)
_DRUG_KEYS = frozenset(
    {"适应症", "OTC类型", "成份", "药品类型", "用法用量", "规格", "通用名"}
    | {"商品名", "功能主治", "主治", "药品监管分级", "入药部位", "性味", "界"}
)
_EXAM_KEYS = frozenset({"所属分类", "相关症状"})
# Predicates whose values name entities of one type.
_VALUE_TYPES = {
    "常见症状": "sym",
    "临床症状及体征": "sym",
    "相关症状": "sym",
    "并发症": "dis",
    "相关疾病": "dis",
    "鉴别诊断": "dis",
    "检查": "ite",
    "影像学检查": "ite",
    "实验室检查": "ite",
    "辅助检查": "ite",
    "组织学检查": "ite",
    "相关药物": "dru",
    "药物治疗": "dru",
    "商品名": "dru",
    "通用名": "dru",
    # Body parts and patient groups are not entity types the recognizer reports,
    # but knowing them keeps 动脉 or 儿童 from being read as a symptom.
    "常见发病部位": "bod",
    "发病部位": "bod",
    "多发群体": "pop",
    # A disease's narrower and broader forms, and its pathological subtypes.
    "上位关系": "dis",
    "下位关系": "dis",
    "病理分型": "dis",
    # What a ward tests before admission or surgery: items and procedures,
    # told apart by form.
    "住院必检项目": "ite",
    "术前准备_必检项目": "ite",
}

REPORTED_TYPES = frozenset((*ENTITY_TYPES, "pro"))
# Types that block a match without being reported: body parts, patient groups
# and general words.
# Being a subject is stronger evidence than being named once as a value.
_SUBJECT_WEIGHT = 4
# CMeKG's 常见症状 lists name diseases too (糖尿病 is a "symptom" of 179 other
# diseases), so a symptom vote counts for less: a name is a disease when its
# disease votes reach about a sixth of its symptom votes (肺炎, 贫血, 黄疸 stay
# diseases; 腹泻, 水肿, 昏迷 with a few disease pages stay symptoms).
_VOTE_WEIGHTS = {"sym": 0.15}
# Values are noisy fragments; names this short or this long are rarely entities.
_MIN_NAME_LENGTH = 2
_MAX_NAME_LENGTH = 20


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Entity names by type, and department evidence, from one knowledge source.

    `types` maps each known name to its entity type (dis, sym, dru, ite, or bod
    and pop for body parts and patient groups, which block matches but are not
    reported).
    `disease_departments` maps a disease to the canonical departments that treat
    it; `symptom_departments` maps a symptom to canonical departments with a
    weight: the share of diseases showing that symptom that each department treats.
    """

    types: Mapping[str, str]
    disease_departments: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    symptom_departments: Mapping[str, Mapping[str, float]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    lay_terms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    family_departments: Mapping[str, Mapping[str, float]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def type_of(self, name: str) -> str | None:
        """Return the reported entity type of `name`, or None."""
        kind = self.types.get(name)
        return kind if kind in REPORTED_TYPES else None

    def names(self, entity_type: str) -> frozenset[str]:
        """Return every name of one entity type."""
        return frozenset(
            name for name, kind in self.types.items() if kind == entity_type
        )

    def departments_for(self, name: str) -> Mapping[str, float]:
        """Return department evidence for a disease or symptom name (or lay term).

        A disease the source files under no department (胃炎, 脑膜炎) borrows
        the departments of the diseases named after it (慢性胃炎, 化脓性脑膜
        炎); one the source lacks altogether (老人脑膜炎) is read by its
        longest known ending. Only then does a disease count as a symptom.
        """
        name = self.lay_terms.get(name, name)
        if name in self.disease_departments:
            return _shares(self.disease_departments[name])
        if self.types.get(name) != "dis" and name in self.symptom_departments:
            return self.symptom_departments[name]
        for start in range(len(name) - 1):
            ending = name[start:]
            if start and ending in self.disease_departments:
                return _shares(self.disease_departments[ending])
            if ending in self.family_departments:
                return self.family_departments[ending]
        return self.symptom_departments.get(name, {})

    def user_words(self) -> dict[str, int]:
        """Return the words a `Segmenter` should keep whole, with a frequency.

        Reported entity names and lay terms; everyday words and body parts are
        left to jieba's own dictionary.
        """
        return {
            name: USER_WORD_FREQUENCY
            for name, kind in self.types.items()
            if kind in REPORTED_TYPES or name in self.lay_terms
        }

    @classmethod
    def from_cmekg(cls, path: Path | None = None) -> "Lexicon":
        """Build the lexicon from the CMeKG graph the PyCMeKG package ships."""
        graph = load_graph(path or package_data_path())
        return cls.from_graph(
            graph, lay_terms=read_lay_terms(), curated=curated_departments()
        )

    @classmethod
    def from_graph(
        cls,
        graph: Mapping[str, Mapping[str, list[str]]],
        *,
        lay_terms: Mapping[str, tuple[str, str]] = MappingProxyType({}),
        curated: Mapping[str, tuple[str, ...]] = MappingProxyType({}),
    ) -> "Lexicon":
        """Build the lexicon from `{subject: {predicate: [values]}}` plus lay terms.

        `lay_terms` maps a lay word to (entity type, standard name); `curated`
        maps a condition to its departments and wins over the graph.
        """
        types = _decide_types(_type_votes(graph))
        for word, (kind, _standard) in lay_terms.items():
            types[word] = kind
        diseases = {**_disease_departments(graph), **curated}
        symptoms = _symptom_departments(graph, diseases)
        families = _family_departments(diseases)
        return cls(
            types=MappingProxyType(types),
            disease_departments=MappingProxyType(diseases),
            symptom_departments=MappingProxyType(symptoms),
            family_departments=MappingProxyType(families),
            lay_terms=MappingProxyType(
                {word: standard for word, (_kind, standard) in lay_terms.items()}
            ),
        )


# Name endings that mark a disease whatever CMeKG's lists say (颅内高压 and 肿瘤
# are listed as symptoms of other diseases far more often than they are subjects).
_DISEASE_SUFFIX = re.compile(
    r"(炎|病|癌|瘤|综合征|综合症|畸形|不全|衰竭|缺损|梗死|梗塞|中毒|骨折|高压|血症"
    r"|[^状]症|狭窄|异物|病变|[^\W\d_]{2}疝|[^\W\d_]{2}脓肿)$"
)
# Names for "the symptoms" or "the signs" in general (临床症状, 其他症状,
# 典型特征): CMeKG lists them as symptoms, but they name no finding.
_GENERIC_FINDING = re.compile(
    r"(临床|典型|其他|主要|常见|一般|相关|有关|伴随)?(症状|体征|特征|表现)"
    r"([和及与](症状|体征))?$"
)
# Names of an attribute of a disease or a group of findings (持续时间, 严重程度,
# 遗传因素, 其他畸形), which value lists carry as if they were findings.
_GENERIC_ATTRIBUTE = re.compile(
    r"^(?:其他|其它|各种|多种|一些|某些)"
    r"|(?:情况|时间|程度|速度|因素|特点|分级|分型|事项|年龄|部位)$"
)

# Examinations a person undergoes (imaging, endoscopy, punctures, cultures) and
# treatments are procedures ("pro"); "ite" is kept for what is measured or
# tested (血糖, 肾功能, 血常规), the distinction CMeEE and the exam pages both make.
_PROCEDURE = re.compile(
    r"(检查|造影|扫描|显像|[内胃肠腹喉支气管膀胱宫腔]镜|电图|穿刺|活检|试验|培养"
    r"|超声|B超|彩超|摄片|平片|X线片|X线|CT|MRI|MR|PET|PCR|导管|影像学|电泳|涂片"
    r"|化疗|放疗|手术|术|移植|切除|疗法|治疗"
    # Ways of examining, named by method rather than by what they measure.
    r"|诊断|分析|染色|检测|成像|镜检|杂交|组化|化学|[^方]法|心动图|胸片|分离|荧光"
    r"|电镜|病理|细胞学|血清学|腰穿|体检|触诊|听诊|叩诊)$"
)
# Microbes are their own type (CMeKG lists 肺炎链球菌 as a symptom).
_MICROBE = re.compile(r"(菌|病毒|支原体|衣原体|螺旋体|原虫|立克次体)$")
# Drug and hormone names listed among symptoms (皮质激素, 美沙酮).
_DRUG_SUFFIX = re.compile(r"(激素|霉素|西林|沙星|[唑酮]|疫苗|制剂)$")
# Substances of the body that exam lists name (抗核抗体, 醛固酮, 脑脊液) are what
# a test measures, not the test: written alone they name the substance, and a
# change written after one still makes a symptom.
_SUBSTANCE = re.compile(r"(抗体|抗原|激素|酮|素|液)$")

# jieba part-of-speech tags of words that are never entities on their own
# (conjunctions, adverbs, pronouns, adjectives, numerals …), and frequencies above
# which a verb or noun is too general to be one (引起 12k, 出现 25k; the most
# frequent real symptom verb, 咳嗽, is at 1.2k).
_FUNCTION_TAGS = frozenset({"c", "d", "p", "r", "u", "f", "m", "q", "a", "ad", "t"})
_FUNCTION_MIN_FREQUENCY = 300
_GENERAL_MIN_FREQUENCY = 3000
# Between those, a word jieba sees this often needs this many CMeKG mentions to
# count as an entity.
_COMMON_MIN_FREQUENCY = 150
_STRONG_EVIDENCE = 20
# Two-character names need three mentions (or a subject page) to count: on the
# CMeEE development split this removes more wrong matches than right ones in
# both halves alike.
_SHORT_NAME_LENGTH = 2
_SHORT_NAME_MIN_EVIDENCE = 3


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """Return jieba's dictionary word frequencies (empty if jieba is missing)."""
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        return {}
    frequencies = {}
    with (Path(spec.origin).parent / "dict.txt").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                frequencies[parts[0]] = int(parts[1])
    return frequencies


@lru_cache(maxsize=1)
def general_words() -> frozenset[str]:
    """Return everyday words from jieba's dictionary that are not entities.

    CMeKG's value lists carry fragments such as 引起, 以及 or 不同 as symptoms;
    this list lets the lexicon drop them without a hand-written stoplist.
    """
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset()
    words = set()
    with (Path(spec.origin).parent / "dict.txt").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, frequency, tag = parts[0], int(parts[1]), parts[2]
            if (tag in _FUNCTION_TAGS and frequency >= _FUNCTION_MIN_FREQUENCY) or (
                frequency >= _GENERAL_MIN_FREQUENCY
            ):
                words.add(word)
    return frozenset(words)


def read_search_terms(path: Path = SEARCH_TERMS_PATH) -> dict[str, tuple[str, str]]:
    """Read how the recognizer types short clinical words: {word: (type, name)}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    terms: dict[str, tuple[str, str]] = {}
    for kind, entries in data.items():
        kind = "gen" if kind == "general" else kind
        for entry in entries or ():
            for word in entry["words"]:
                terms[str(word)] = (kind, str(entry.get("standard") or word))
    return terms


def read_lay_terms(
    overlay_root: Path = OVERLAY_ROOT, search_terms: Path = SEARCH_TERMS_PATH
) -> dict[str, tuple[str, str]]:
    """Return every word the lexicon adds to CMeKG: {word: (type, standard name)}.

    Lay terms and the names and aliases of curated conditions and symptoms
    come from the knowledge overlay, so search and pages agree on what 抽筋
    means; the search-only typing words come first and the overlay wins. A
    broken overlay is logged, not raised: search keeps working on CMeKG while
    an editor fixes it (`yizhi kb check` names the problems).
    """
    terms = read_search_terms(search_terms)
    overlay = _overlay(overlay_root)
    if overlay is None:
        return terms
    named = [
        *((_OVERLAY_KINDS[c.kind], c.name, c.aliases) for c in overlay.conditions),
        *(("sym", s.name, s.aliases) for s in overlay.symptoms),
        *(("dru", d.name, d.aliases) for d in overlay.drugs),
    ]
    for kind, name, aliases in named:
        for word in (name, *aliases):
            terms[word] = (kind, name)
    for lay in overlay.lay_terms:
        terms[lay.term] = (_overlay_type(lay.kind, lay.entity), lay.entity)
    return terms


@lru_cache(maxsize=2)
def _overlay(root: Path) -> Overlay | None:
    try:
        return load_overlay(root)
    except OverlayError as error:
        logger.warning("overlay skipped, it does not load: %s", error)
        return None


def curated_departments(
    overlay_root: Path = OVERLAY_ROOT,
) -> dict[str, tuple[str, ...]]:
    """Return the departments the overlay files each curated condition under.

    CMeKG lacks some common conditions (普通感冒, 面肌痉挛) that lay terms
    point to; without this they would have no department to suggest.
    """
    overlay = _overlay(overlay_root)
    departments: dict[str, tuple[str, ...]] = {}
    for condition in overlay.conditions if overlay else ():
        nodes: list[str] = []
        for raw in (condition.department, *condition.also_departments):
            nodes.extend(n for n in resolve_department(raw) if n not in nodes)
        if nodes:
            departments[condition.name] = tuple(nodes)
    return departments


def _overlay_type(kind: str, entity: str) -> str:
    if kind in _OVERLAY_KINDS:
        return _OVERLAY_KINDS[kind]
    # An exam named for what it tests (血常规检查) is a test item, one named
    # for how it is done (心电图检查) a procedure.
    return _retype_by_form(entity.removesuffix("检查"), "ite")


_NOT_IN_A_NAME = frozenset("，,。；;：:（）()[]［］、 ")
_MAX_QUALIFIER_LENGTH = 4
# A value starting with these is a phrase (有发热, 伴呕吐, 无症状), not a name.
_NOT_A_NAME_START = frozenset("有伴无可并及和或")


# Symptom lists quote the sentence a finding came from (出现晕厥, 常有头痛,
# 表现为高热); the finding is what follows the verb.
_LEADING_VERB = re.compile(
    r"^(?:出现|表现为|合并|常有|多有|时有|偶有|偶见|引起|导致|造成|发生|减轻|呈)"
)


@lru_cache(maxsize=200_000)
def clean_name(raw: str) -> str | None:
    """Return a name usable for matching, or None for noise."""
    name = normalise_aligned(raw.strip())
    verb = _LEADING_VERB.match(name)
    if verb:
        name = name[verb.end() :]
    if not _MIN_NAME_LENGTH <= len(name) <= _MAX_NAME_LENGTH:
        return None
    if name.endswith("等") or any(mark in name for mark in _NOT_IN_A_NAME):
        return None
    if name[0] in _NOT_A_NAME_START:
        return None
    return name


def _decide_type(votes: Counter) -> str:
    return max(votes, key=lambda kind: votes[kind] * _VOTE_WEIGHTS.get(kind, 1.0))


def _is_everyday_word(name: str, evidence: int) -> bool:
    """Tell whether a CMeKG name is an everyday word rather than an entity.

    An everyday word that CMeKG names only a few times is noise (扩张, 压迫,
    性别); a subject page or many mentions outweigh it (休克, 咳嗽). A
    two-character name met once or twice in a value list is most often a
    fragment cut out of a longer phrase (时有, 性心, 起病).
    """
    if len(name) <= _SHORT_NAME_LENGTH and evidence < _SHORT_NAME_MIN_EVIDENCE:
        return True
    frequency = word_frequencies().get(name, 0)
    if frequency >= _GENERAL_MIN_FREQUENCY:
        return evidence < 2 * _SUBJECT_WEIGHT
    if frequency >= _COMMON_MIN_FREQUENCY:
        return evidence < _STRONG_EVIDENCE
    return name in general_words() and evidence < 2 * _SUBJECT_WEIGHT


def _retype_by_form(name: str, kind: str) -> str:
    """Correct a voted type from the shape of the name (its ending)."""
    if len(name) <= _MAX_QUALIFIER_LENGTH and name.endswith("性"):
        return "gen"  # a qualifier (浅表性, 急性), which the rules attach
    if _GENERIC_FINDING.fullmatch(name) or _GENERIC_ATTRIBUTE.search(name):
        return "gen"
    if kind == "sym" and _DISEASE_SUFFIX.search(name):
        return "dis"
    if kind in {"ite", "dru", "sym"} and _PROCEDURE.search(name):
        return "pro"
    if kind in {"sym", "dis", "ite"} and _MICROBE.search(name):
        return "mic"
    if kind == "sym" and _DRUG_SUFFIX.search(name):
        return "dru"
    if kind == "ite" and _SUBSTANCE.search(name):
        return "bod"
    return kind


def _decide_types(votes: Mapping[str, Counter]) -> dict[str, str]:
    """Give every voted name one type, or "gen" for everyday words."""
    return {
        name: "gen"
        if _is_everyday_word(name, counts.total())
        else _retype_by_form(name, _decide_type(counts))
        for name, counts in votes.items()
    }


def _subject_type(predicates: Iterable[str]) -> str | None:
    keys = set(predicates)
    if keys & _DRUG_KEYS:
        return "dru"
    if keys & _DISEASE_KEYS:
        return "dis"
    if keys & _EXAM_KEYS:
        return "ite"
    return None


def _type_votes(graph: Mapping[str, Mapping[str, list[str]]]) -> dict[str, Counter]:
    votes: dict[str, Counter] = defaultdict(Counter)
    generics: Counter = Counter()
    for subject, predicates in graph.items():
        kind = _subject_type(predicates)
        name = clean_name(subject)
        if kind and name:
            votes[name][kind] += _SUBJECT_WEIGHT
        for predicate, values in predicates.items():
            value_kind = _VALUE_TYPES.get(predicate)
            if value_kind is None:
                continue
            for value in values:
                value_name = clean_name(value)
                if value_name:
                    votes[value_name][value_kind] += 1
        if kind == "dis" and name:
            _vote_short_form(votes, name)
        if kind == "dru" and name:
            generics[generic_drug_name(name)] += 1
        if kind:
            for acronym in english_acronyms(predicates):
                votes[acronym][kind] += 1
    _vote_generic_names(votes, generics)
    return votes


# A disease named "X症" is written "X" as often (低血糖症 → 低血糖, 肥胖症 →
# 肥胖); the short form gets one disease vote, so a symptom list naming it
# still wins.
_SHORT_FORM_SUFFIX = "症"
_MIN_SHORT_FORM = 2


def _vote_short_form(votes: dict[str, Counter], name: str) -> None:
    if name.endswith(_SHORT_FORM_SUFFIX) and len(name) > _MIN_SHORT_FORM + 1:
        short = name[: -len(_SHORT_FORM_SUFFIX)]
        if not short.endswith(("性", "征", "综合")):
            votes[short]["dis"] += 1


# English names often carry the abbreviation clinical text uses for the name
# ("systemic lupus erythematosus, SLE"): an all-capital word of two to seven
# letters (digits and hyphens allowed after the first) standing on its own, not
# one word of a longer name (ACTH in "ACTH-dependent Cushing syndrome").
_ENGLISH_NAME_KEYS = ("英文名称", "英文名", "英文别名", "英文别称")
_ACRONYM = re.compile(
    r"(?:^|[,;(，；（]\s*)([A-Z][A-Z0-9-]{0,5}[A-Z0-9])\s*(?=$|[,;)，；）])"
)


def english_acronyms(predicates: Mapping[str, list[str]]) -> set[str]:
    """Return the abbreviations a subject's English names give for it."""
    return {
        acronym
        for key in _ENGLISH_NAME_KEYS
        for value in predicates.get(key, ())
        for acronym in _ACRONYM.findall(value.strip())
    }


# CMeKG's drug subjects are products (盐酸哌替啶注射液, 复方磷酸可待因溶液);
# text names the drug itself (哌替啶, 可待因). A product name without its salt,
# its dosage form and words like 复方 is the drug's name.
_DOSAGE_FORM = re.compile(
    r"(?:缓释|控释|肠溶|分散|泡腾|咀嚼|口腔崩解|薄膜衣|糖衣|软|硬|含|滴)?"
    r"(?:片|胶囊|颗粒|丸|注射液|注射剂|口服液|口服溶液|溶液|糖浆|软膏|乳膏|凝胶"
    r"|栓|滴眼液|滴耳液|滴鼻液|喷雾剂|气雾剂|搽剂|洗剂|贴剂|贴|酊|混悬液|混悬剂"
    r"|干混悬剂|乳剂|合剂|胶丸|粉|粉针剂|冻干粉)(?:[(（][^)）]*[)）])?$"
)
_PRODUCT_PREFIX = re.compile(
    r"^(?:注射用|复方|小儿|儿童|精制)?"
    r"(?:盐酸|硫酸|磷酸|枸橼酸|马来酸|酒石酸|重酒石酸|醋酸|甲磺酸|富马酸|氢溴酸"
    r"|琥珀酸|苯磺酸|硝酸)?"
)


def generic_drug_name(product: str) -> str | None:
    """Return the drug a product name is made of, or None if it is the drug."""
    name = _DOSAGE_FORM.sub("", product)
    name = name[_PRODUCT_PREFIX.match(name).end() :]
    if name == product or len(name) < _MIN_NAME_LENGTH:
        return None
    return name


def _vote_generic_names(votes: dict[str, Counter], generics: Counter) -> None:
    """Count drugs read out of product names, where nothing else names them.

    Products are also named for what they treat (胃痛片, 感冒咳嗽颗粒) or
    for a substance of the body (乳酸钙片); a name the graph already types
    keeps its type, and one ending in a condition or an everyday word is
    left out.
    """
    for name, count in generics.items():
        # An everyday word read this way (和血 from 和血片) would only block
        # the names around it.
        if (
            name
            and name not in votes
            and not _is_everyday_word(name, count)
            and not _names_a_condition(name, votes)
        ):
            votes[name]["dru"] += count


_CONDITION_TYPES = frozenset({"dis", "sym"})


def _names_a_condition(name: str, votes: Mapping[str, Counter]) -> bool:
    """Tell whether a name ends in a disease or symptom (感冒咳嗽, 感冒药)."""
    name = name.removesuffix("药")
    for start in range(len(name) - _MIN_NAME_LENGTH + 1):
        counts = votes.get(name[start:])
        if counts and _decide_type(counts) in _CONDITION_TYPES:
            return True
    return False


def _disease_departments(
    graph: Mapping[str, Mapping[str, list[str]]],
) -> dict[str, tuple[str, ...]]:
    diseases: dict[str, tuple[str, ...]] = {}
    for subject, predicates in graph.items():
        departments: list[str] = []
        for raw in predicates.get("就诊科室", ()):
            for department in resolve_department(raw):
                if department not in departments:
                    departments.append(department)
        name = clean_name(subject)
        if departments and name:
            diseases[name] = tuple(departments)
    return diseases


def _shares(departments: tuple[str, ...]) -> dict[str, float]:
    return {department: 1 / len(departments) for department in departments}


def _family_departments(
    diseases: Mapping[str, tuple[str, ...]],
) -> dict[str, dict[str, float]]:
    """Pool the departments of diseases by each ending of their names.

    慢性胃炎, 急性胃炎 and 浅表性胃炎 together say where 胃炎 is treated.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for name, departments in diseases.items():
        for start in range(1, len(name) - 1):
            for department, share in _shares(departments).items():
                counts[name[start:]][department] += share
    return {
        ending: {
            department: weight / counter.total()
            for department, weight in counter.items()
        }
        for ending, counter in counts.items()
    }


def _symptom_departments(
    graph: Mapping[str, Mapping[str, list[str]]],
    diseases: Mapping[str, tuple[str, ...]],
) -> dict[str, dict[str, float]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for subject, predicates in graph.items():
        departments = diseases.get(clean_name(subject) or "")
        if not departments:
            continue
        for value in predicates.get("常见症状", ()):
            symptom = clean_name(value)
            if symptom:
                for department in departments:
                    counts[symptom][department] += 1.0 / len(departments)
    return {
        symptom: {
            department: weight / sum(counter.values())
            for department, weight in counter.items()
        }
        for symptom, counter in counts.items()
    }


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Return the lexicon of the installed knowledge source, built once."""
    lexicon = Lexicon.from_cmekg()
    logger.debug("lexicon built: %d names", len(lexicon.types))
    return lexicon
