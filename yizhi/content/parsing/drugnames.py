"""Find drug names in running text, as written.

Chinese drug names end in a dosage form (盐酸舍曲林片, 加巴喷丁胶囊, 蒙脱石散)
or are generic names from a short list (布洛芬, 甲钴胺). The knowledge base
links them to drugs later; here we only find where a name starts and ends,
so 「如盐酸帕罗西汀片、…」 gives 盐酸帕罗西汀片 and 「脑血栓」 gives nothing.
"""

from __future__ import annotations

import re

# Dosage forms, longest first so 缓释片 wins over 片.
FORMS = (
    "吸入粉雾剂", "缓释胶囊", "肠溶胶囊", "口服溶液", "薄膜衣片", "缓释片", "控释片",
    "肠溶片", "粉雾剂", "吸入剂", "眼药水", "鼻喷剂",
    "分散片", "咀嚼片", "泡腾片", "软胶囊", "注射液", "注射剂", "口服液", "混悬液",
    "滴眼液", "滴耳液", "滴鼻液", "漱口液", "漱齿液", "含漱液", "喷雾剂", "气雾剂",
    "胶囊", "颗粒", "冲剂", "糖浆", "软膏", "乳膏", "凝胶", "眼膏", "贴剂", "贴膏",
    "栓剂", "搽剂", "洗剂", "合剂", "胶丸", "含片", "乳胶剂", "凝胶剂",
    "锭", "丸", "散", "片", "酊",
)  # fmt: skip
# Generic names common on consumer pages, and INN stems that mark a generic
# name however it begins (…沙星, …西林, …地平). Enough to catch the names
# pages write without a dosage form; the knowledge base does the rest.
GENERICS = (
    "布洛芬", "对乙酰氨基酚", "阿司匹林", "甲钴胺", "谷维素", "蒙脱石", "氯雷他定",
    "西替利嗪", "地西泮", "佐匹克隆", "唑吡坦", "褪黑素", "加巴喷丁", "普瑞巴林",
    "卡马西平", "奥卡西平", "巴氯芬", "乙哌立松", "氟桂利嗪", "倍他司汀", "二甲双胍",
    "胰岛素", "硝酸甘油", "布地奈德", "泼尼松", "地塞米松", "氢化可的松", "利多卡因",
    "双氯芬酸", "洛索洛芬", "碳酸钙", "葡萄糖酸钙", "氯化钾", "硫酸镁", "口服补液盐",
    "肉毒杆菌毒素", "肉毒毒素", "肉毒素", "干扰素", "左旋多巴", "多奈哌齐", "叶酸",
    "多潘立酮", "铝碳酸镁", "益生菌", "乳果糖", "聚乙二醇", "甲硝唑", "人工泪液",
    "玻璃酸钠",
)  # fmt: skip
STEMS = (
    "沙星", "西林", "霉素", "他汀", "沙坦", "普利", "地平", "洛尔", "替丁", "拉唑",
    "昔布", "洛韦", "他韦", "唑仑", "西泮", "曲坦", "格列奈",
)  # fmt: skip
_VITAMIN = r"维生素[A-EK]\d{0,2}(?![族类\w])"

# Words ending in a dosage-form character that are not drugs.
NOT_DRUGS = {
    "血栓", "睾丸", "扩散", "分散", "消散", "疏散", "发散", "松散", "涣散", "飘散",
    "切片", "照片", "图片", "芯片", "名片", "影片", "大片", "刀片", "薄片", "碎片",
    "叶片", "鳞片", "胸片", "拍片", "底片", "牙片", "药片", "药丸", "肉丸",
    "一片", "两片", "半片", "酒精", "光片", "线片", "CT片",
    "成片", "小片", "整片", "鱼丸", "弹丸", "离散", "懒散", "拆散", "冲散",
}  # fmt: skip
# Words that introduce a drug name. A run of name characters is cut at
# them, so 「可在医生指导下服用布洛芬缓释胶囊或对乙酰氨基酚片」 gives two
# candidates; single characters are the common function words.
LEAD_INS = (
    "静脉注射", "静脉滴注", "肌肉注射", "遵医嘱", "比如", "例如", "包括", "使用",
    "服用", "口服", "外用", "选用", "应用", "采用", "给予", "予以", "加用", "配合",
    "联合", "开具", "开出", "补充", "涂抹", "外涂", "局部", "常用", "可用", "可以",
    "药物", "药品", "携带", "备用", "准备", "购买", "改用", "停用", "换用", "含服",
    "嚼服", "冲服", "舌下", "长期", "短期", "按时", "必要时", "首选", "选择", "推荐",
    "还有", "以及", "或者", "搭配", "注射", "如", "有", "用", "服", "为", "是", "及",
    "和", "与", "或", "等", "的", "在", "以", "将", "把", "给", "予", "选", "吃",
    "喝", "开立", "开", "涂", "擦", "贴", "了", "处方",
)  # fmt: skip
_LEAD_IN = re.compile("|".join(sorted(LEAD_INS, key=len, reverse=True)))
# Names and forms that contain a lead-in word (口服液, 注射用X) stay whole.
_PROTECTED = re.compile(
    "|".join(
        sorted(
            (w for w in (*FORMS, *GENERICS, "注射用") if _LEAD_IN.search(w)),
            key=len,
            reverse=True,
        )
    )
)
_NAME_CHAR = r"[\u4e00-\u9fffA-Za-z0-9αβγδω\-·]"
_RUN = re.compile(f"{_NAME_CHAR}+")
_FORM_AT_END = re.compile(f"(?:{'|'.join(FORMS)})$")
# A dosage-form character followed by one of these is part of another word
# (片刻, 片状, 散步, 散发, 丸子, 胶囊内镜).
_FORM_STOP = set("刻段面区子状中上下里显内外步发开去落热在布漫光")
_PREFIXES = (
    r"(?:注射用|复方|盐酸|硫酸|甲磺酸|马来酸|枸橼酸|醋酸|富马酸|琥珀酸|酒石酸|苯磺酸)"
)
_GENERIC = re.compile(
    rf"{_PREFIXES}*[A-Za-zα-ω\-·\d]*(?:{_VITAMIN}|{'|'.join(GENERICS)}"
    r"|头孢[\u4e00-\u9fff]{2,3})"
)
_STEM = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{'|'.join(STEMS)})")
# Verbs that follow a name written without a dosage form (注射用X治疗).
_AFTER_NAME = re.compile(
    r"治疗|进行|控制|缓解|营养|帮助|改善|预防|止痛|消炎|抗炎|降压|来|可|能|后|时"
)
# A generic name followed by these words is a substance, not a drug mention
# (维生素D缺乏 is a cause; 维生素D片 is a drug).
_NOT_MENTION_AFTER = re.compile(
    r"^(?:缺乏|不足|缺少|水平|浓度|含量|过量|中毒|摄入|受体|类|代谢|依赖|过敏|分泌|合成"
    r"|生成|释放|升高|降低|减少|增加|异常|紊乱)"
)
_COUNTING = re.compile(r"[每次日天粒]|(?<![A-Za-z\d])\d+$|[两半几数多]$")
# Drug classes written with a dosage form: 「抗组织胺眼药水」 names no drug.
_CLASS_NAME = re.compile(r"^抗(?:组织胺|组胺|过敏|生素|菌|炎|真菌)")
MAX_NAME = 16


def find_drug_names(text: str) -> tuple[str, ...]:
    """Return the drug names in `text`, in order of first mention, as written."""
    names: list[str] = []
    for run in _RUN.finditer(text):
        for segment in _segments(run.group()):
            names.extend(_names_in(segment))
    return tuple(dict.fromkeys(names))


def _segments(run: str) -> list[str]:
    """Cut a run of name characters at lead-in words (keeping 注射用 whole)."""
    keep = [(m.start(), m.end()) for m in _PROTECTED.finditer(run)]
    pieces, start = [], 0
    for found in _LEAD_IN.finditer(run):
        if any(a <= found.start() < b for a, b in keep):
            continue
        pieces.append(run[start : found.start()])
        start = found.end()
    pieces.append(run[start:])
    return [piece for piece in pieces if len(piece) >= 2]


def _names_in(segment: str) -> list[str]:
    """Return the drug names one lead-in-free segment holds."""
    if name := _name_with_form(segment):
        return [name]
    names = []
    for found in _GENERIC.finditer(segment):
        if not _NOT_MENTION_AFTER.match(segment[found.end() :]):
            names.append(found.group(0))
    if not names and (found := _STEM.search(segment)) and found.end() <= 8:
        if not _NOT_MENTION_AFTER.match(segment[found.end() :]):
            names.append(segment[: found.end()])
    if not names and segment.startswith("注射用"):
        cut = _AFTER_NAME.search(segment, 5)
        names.append(segment[: cut.start()] if cut else segment)
    return [name for name in names if _plausible(name)]


def _name_with_form(segment: str) -> str:
    """Return the longest prefix of `segment` that ends in a dosage form."""
    for end in range(len(segment), 1, -1):
        if end < len(segment) and segment[end] in _FORM_STOP:
            continue
        if _FORM_AT_END.search(segment[:end]) and _plausible(segment[:end]):
            return segment[:end]
    return ""


def _plausible(name: str) -> bool:
    if name in FORMS or not 2 <= len(name) <= MAX_NAME:
        return False
    if _CLASS_NAME.match(name):
        return False
    if "类" in name or "菌素" in name:
        return False
    if any(name.endswith(word) for word in NOT_DRUGS):
        return False
    stem = _FORM_AT_END.sub("", name)
    return len(stem) >= 2 and not _COUNTING.search(stem)


_WHOLE = re.compile(
    rf"^(?:注射用)?{_NAME_CHAR}{{2,20}}?(?:{'|'.join(FORMS)})$|^注射用{_NAME_CHAR}{{2,20}}$"
)


def is_drug_name(text: str) -> bool:
    """Say whether a whole line is a drug name (the head of a drug card)."""
    text = text.strip()
    if _WHOLE.match(text):
        return _plausible(text)
    return text in GENERICS
