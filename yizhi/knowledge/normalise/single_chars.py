"""Name the single characters that stand for a whole term.

Most one-character values CMeKG leaves are pieces of longer names (氧 of
氢氧化钠); these are the ones that are names on their own, and the heads a
、 list may share with its last item.
"""

from __future__ import annotations

_BODY_PARTS = (
    "眼耳鼻口唇舌牙齿咽喉颈肩背胸腹腰臀手足脚指趾掌踝膝髋肘腕臂腿股"
    "头面额颊颏腭颌颞枕睑龈腋脐肛"
)
_ORGANS = "心肝脾肺肾胃肠胆胰脑骨皮乳血尿便"
_LESIONS = "热肿痛痒咳喘疖疣痣癣痧疝痔瘘疹疔疮疱盲聋哑晕吐渴痢衄痫癫狂疥痹"
ELEMENTS = "钾钠钙铁锌镁铜锂汞铅镉砷铊锑锡镍铬锰铝锶碘磷氯硒氟铋银金钐"
SUBSTANCES = "水糖盐醋酒蜜烟碱苯萘酚油"
_NATURES = "甘苦辛酸咸涩淡温寒凉平"
_VECTORS = "蚊蜱虱蚤螨猫狗犬鼠蛇蝎"

# Read off CMeKG's one-character values: 肺 (a site), 疖 (a disease), 铅 (a
# cause), 苦 (a taste) are names; 氧, 梨 and 并 are pieces of longer ones.
KNOWN_SINGLE_CHAR_TERMS = frozenset(
    _BODY_PARTS + _ORGANS + _LESIONS + ELEMENTS + SUBSTANCES + _NATURES + _VECTORS
)
# Heads a list may share with its last item: 肝、肾功能检查, 胸、腰椎损伤.
SHARED_HEADS = frozenset(_BODY_PARTS + _ORGANS + ELEMENTS + "粪痰")
