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
    "缓释胶囊", "肠溶胶囊", "口服溶液", "薄膜衣片", "缓释片", "控释片", "肠溶片",
    "分散片", "咀嚼片", "泡腾片", "软胶囊", "注射液", "注射剂", "口服液", "混悬液",
    "滴眼液", "滴耳液", "滴鼻液", "漱口液", "漱齿液", "喷雾剂", "气雾剂", "胶囊",
    "颗粒", "冲剂", "糖浆",
    "软膏", "乳膏", "凝胶", "眼膏", "贴剂", "贴膏", "栓剂", "搽剂", "洗剂", "合剂",
    "胶丸", "含片", "丸", "散", "片", "酊",
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
    "肉毒毒素", "肉毒素", "干扰素", "左旋多巴", "多奈哌齐", "叶酸", "多潘立酮",
    "铝碳酸镁", "益生菌", "乳果糖", "聚乙二醇", "甲硝唑", "人工泪液", "玻璃酸钠",
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
    "叶片", "鳞片", "胸片", "拍片", "平片", "底片", "牙片", "药片", "药丸", "肉丸",
    "一片", "两片", "半片", "颗粒", "胶囊", "酒精", "糖浆",
}  # fmt: skip
# Words that introduce a drug name; the name starts after the last of them.
LEAD_INS = (
    "静脉注射", "静脉滴注", "肌肉注射", "遵医嘱", "比如", "例如", "包括", "使用",
    "服用", "口服", "外用", "选用", "应用", "采用", "给予", "予以", "加用", "配合",
    "联合", "开具", "开出", "补充", "涂抹", "外涂", "局部", "常用", "可用", "可以",
    "药物", "药品", "注射", "如", "有", "用", "服", "为", "是", "及", "和", "与",
    "或", "等", "的", "在", "以", "将", "把", "给", "予", "选", "含有", "吃", "喝",
)  # fmt: skip
_LEAD_IN = re.compile("|".join(sorted(LEAD_INS, key=len, reverse=True)))
_FORM = "|".join(FORMS)
_NAME_CHAR = r"[\u4e00-\u9fffA-Za-z0-9αβγδω\-·]"
# A name ends at punctuation, a space, the end, or one of these next words.
_AFTER = (
    r"(?=$|[^\u4e00-\u9fffA-Za-z0-9]|等|和|与|及|或|来|进|治|口|外|缓|改|以|的|可"
    r"|后|时|各|均|都|也|并|配|联|合|辅|对|是|能|有|为|每|一|片刻(?!))"
)
# Two passes: names with a dosage form first, then bare generic names that do
# not overlap one (葡萄糖酸钙片 is one mention, not two).
_WITH_FORM = re.compile(
    rf"(?P<head>{_NAME_CHAR}*?)(?P<core>{_FORM}|注射用{_NAME_CHAR}{{2,15}}?){_AFTER}"
)
_GENERIC = re.compile(
    rf"(?P<head>{_NAME_CHAR}*?)(?P<core>{_VITAMIN}|{'|'.join(GENERICS)}"
    rf"|头孢[\u4e00-\u9fff]{{1,3}}?|(?<=[\u4e00-\u9fff])(?:{'|'.join(STEMS)})){_AFTER}"
)
_NOT_MENTION_AFTER = re.compile(
    r"^(?:缺乏|不足|缺少|水平|浓度|含量|过量|中毒|摄入|受体|类|代谢|依赖|过敏)"
)
_COUNTING = re.compile(r"[每次日天粒]|^\d+$")


def find_drug_names(text: str) -> tuple[str, ...]:
    """Return the drug names in `text`, in order of first mention, as written."""
    found: list[tuple[int, int, str]] = []
    for pattern in (_WITH_FORM, _GENERIC):
        for match in pattern.finditer(text):
            if _NOT_MENTION_AFTER.match(text[match.end() : match.end() + 2]):
                continue
            head = _trim_lead_in(match.group("head"))
            start = match.start("core") - len(head)
            if any(a < match.end() and start < b for a, b, _ in found):
                continue
            name = head + match.group("core")
            if _plausible(name):
                found.append((start, match.end(), name))
    return tuple(dict.fromkeys(name for _, _, name in sorted(found)))


def _trim_lead_in(head: str) -> str:
    """Cut the text before a name up to its last lead-in word (keeping 注射用)."""
    keep = [(m.start(), m.end()) for m in re.finditer("注射用", head)]
    cut = 0
    for found in _LEAD_IN.finditer(head):
        if not any(a <= found.start() < b for a, b in keep):
            cut = found.end()
    return head[cut:]


def _plausible(name: str) -> bool:
    if name in NOT_DRUGS or name in FORMS or len(name) < 2:
        return False
    if len(name) > 20 or name.endswith("类") or "菌素" in name:
        return False
    stem = re.sub(rf"(?:{_FORM})$", "", name)
    return len(stem) >= 2 and not _COUNTING.search(stem) and stem not in NOT_DRUGS


_WHOLE = re.compile(
    rf"^(?:注射用)?{_NAME_CHAR}{{2,20}}?(?:{_FORM})$|^注射用{_NAME_CHAR}{{2,20}}$"
)


def is_drug_name(text: str) -> bool:
    """Say whether a whole line is a drug name (the head of a drug card)."""
    text = text.strip()
    if _WHOLE.match(text):
        return _plausible(text)
    return text in GENERICS
