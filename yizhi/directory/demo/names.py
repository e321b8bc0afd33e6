"""Name pools for the demo directory, and the seeded generators that combine them.

Hospital names join a real city with a two-character name drawn from
uncommon scenic characters, so they read naturally without naming a real
hospital; doctor names join a common surname with given-name characters.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class City:
    name: str
    province: str


CITIES = (
    City("北京", "北京市"),
    City("上海", "上海市"),
    City("广州", "广东省"),
    City("深圳", "广东省"),
    City("成都", "四川省"),
    City("武汉", "湖北省"),
    City("杭州", "浙江省"),
    City("西安", "陕西省"),
    City("南京", "江苏省"),
    City("重庆", "重庆市"),
)

HOSPITAL_NAME_CHARS = "澄岚栖朴禾蔚棠榆桐杉泓沅湘岫屿汀芷蘅苓荇漪澹曦昀霁"

# The commonest surnames first; the generator draws the first ones more often.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
    "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
    "邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN_NAME_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玉萍红建文辉宁健晓慧志飞"
    "云鹏斌丹蕾璐颖琳博昊然浩宇欣怡晨阳思远雅楠嘉铭子涵若溪清和安康瑞泽"
)


def hospital_names(rng: random.Random, count: int) -> list[str]:
    """Return `count` distinct two-character names for hospitals."""
    names: list[str] = []
    while len(names) < count:
        first, second = rng.sample(HOSPITAL_NAME_CHARS, 2)
        if first + second not in names:
            names.append(first + second)
    return names


def person_name(rng: random.Random) -> str:
    """Return a surname and one or two given-name characters (two more often)."""
    # Triangular draw: index 0 is likeliest, as 王 and 李 are in life.
    surname = SURNAMES[int(rng.triangular(0, len(SURNAMES), 0))]
    length = 2 if rng.random() < 0.7 else 1
    return surname + "".join(rng.choice(GIVEN_NAME_CHARS) for _ in range(length))
