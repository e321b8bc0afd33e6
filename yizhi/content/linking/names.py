"""Turn the names a page writes into the names the knowledge base may know.

Pure string work, no database: the lookups in entities.py try each variant
in order. Pages write 面部肌肉痉挛 where the knowledge base says 面肌痉挛,
肌电图检查 for 肌电图, 布洛芬 for the product 布洛芬片; and they list
non-disease factors (疲劳, 遗传因素) beside diseases as causes.
"""

from __future__ import annotations

import re

from yizhi.content.parsing.drugnames import FORMS

# Causes pages list that are conditions of life or body, not diseases: they
# get LinkStatus.FACTOR instead of an "unlinked" finding. Written from the
# factor kinds the seeds and our fixture pages use.
FACTOR_WORDS = frozenset(
    {
        "生理性因素", "生理因素", "生理性", "遗传因素", "遗传", "家族遗传",
        "心理因素", "精神因素", "精神压力", "心理压力", "压力过大", "工作压力",
        "情绪波动", "情绪紧张", "精神紧张", "焦虑情绪", "疲劳", "过度疲劳", "劳累",
        "过度劳累", "肌肉疲劳", "用眼过度", "睡眠不足", "熬夜", "作息不规律",
        "外伤", "创伤", "药物副作用", "药物因素", "药物不良反应", "副作用",
        "血液循环", "血液循环不畅", "局部血液循环不畅", "饮食因素", "饮食不当",
        "饮食不规律", "营养不良", "缺乏运动", "久坐", "运动过度", "剧烈运动",
        "环境因素", "气候变化", "受凉", "寒冷刺激", "年龄因素", "年龄增长",
        "衰老", "激素变化", "妊娠", "怀孕", "生活习惯", "不良生活习惯",
        "吸烟", "饮酒", "咖啡因", "咖啡因摄入过多", "脱水", "体位因素",
        "长时间保持同一姿势", "姿势不良",
    }
)  # fmt: skip
_JOINERS = re.compile(r"[、和与及或/]|以及")
_FACTOR_SUFFIX = ("因素", "刺激", "习惯")

# Title shapes that ask about one complaint; group 1 is the complaint.
_SUBJECT_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"^(?:引起|导致|造成)(.+?)的(?:常见)?(?:原因|病因|因素).*$",
        r"^(?:什么原因|哪些原因|为什么会?|为何)(?:引起|导致|造成|会)?(.+?)[?？]?$",
        r"^(.+?)(?:是|有)?(?:什么|哪些)(?:原因|病因)",
        r"^(.+?)(?:是|会)?(?:怎样|如何|怎么)(?:引起|导致|造成|形成|发生)",
        r"^(.+?)的(?:原因|病因)",
        r"^(.+?)(?:是|的)?怎么(?:回事|办|了)",
        r"^(.+?)(?:是|属于)?什么病",
        r"^(.+?)(?:为什么|为啥|咋回事|挂什么科|吃什么药|怎么治)",
    )
)
_LEADING = re.compile(r"^(?:总是|经常|一直|老是|频繁|突然|最近|偶尔|反复)")
_TRAILING = re.compile(r"(?:了|的|呢|啊|吗|[?？!！。，,\s])+$")


def is_factor(name: str) -> bool:
    """Say whether a cause names a factor of life or body, not a disease.

    A joined name (心理因素和精神压力, 肌肉疲劳与血液循环) is a factor when every
    part is one.
    """
    parts = [part for part in _JOINERS.split(name) if part]
    return bool(parts) and all(_is_factor_word(part) for part in parts)


def _is_factor_word(word: str) -> bool:
    return word in FACTOR_WORDS or (
        word.endswith(_FACTOR_SUFFIX) and word not in ("病因素",)
    )


def subject_candidates(title: str) -> list[str]:
    """Return the complaints a title may ask about, most likely first.

    「引起面部肌肉痉挛的原因」 gives 面部肌肉痉挛; 「全身神经跳动什么原因」 gives
    全身神经跳动; a title that matches no pattern is itself a candidate.
    """
    title = _TRAILING.sub("", title.strip())
    found: list[str] = []
    for pattern in _SUBJECT_PATTERNS:
        if match := pattern.match(title):
            found.append(match.group(1))
    found.append(title)
    cleaned = [_TRAILING.sub("", _LEADING.sub("", name)).strip() for name in found]
    return _unique(name for name in cleaned if len(name) >= 2)


def name_variants(name: str) -> list[str]:
    """Return `name` and the spellings the knowledge base may use for it.

    面部肌肉痉挛 → 面肌肉痉挛, 面部肌痉挛, 面肌痉挛; 肌电图检查 → 肌电图; a name
    ending in 等 or 引起的 loses the ending.
    """
    name = re.sub(r"(?:等|引起的|导致的|所致)+$", "", name.strip())
    variants = [name]
    compact = name.replace("部肌肉", "肌").replace("肌肉", "肌")
    variants += [name.replace("部", "", 1), name.replace("肌肉", "肌"), compact]
    for suffix in ("检查", "测定", "检测"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            variants.append(name[: -len(suffix)])
    return _unique(variant for variant in variants if len(variant) >= 2)


def drug_stem(name: str) -> str:
    """Return the generic stem of a drug product name (头孢克肟分散片 → 头孢克肟).

    The knowledge base names products; a page may name the product, another
    form of it, or the bare generic. `注射用` is a prefix form (注射用头孢曲松钠).
    """
    stem = name.strip()
    if stem.startswith("注射用"):
        stem = stem[3:]
    for form in FORMS:
        if stem.endswith(form) and len(stem) > len(form) + 1:
            return stem[: -len(form)]
    return stem


def is_product_of(product: str, stem: str) -> bool:
    """Say whether `product` is `stem` in a dosage form (布洛芬片 of 布洛芬).

    Guards the stem lookup: 维生素B12片 is not a form of 维生素B1.
    """
    rest = product.removeprefix("注射用")
    return rest.startswith(stem) and rest[len(stem) :] in FORMS


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))
