"""Drug names are found in running text by dosage form and generic name."""

from __future__ import annotations

import pytest

from yizhi.content.parsing.drugnames import find_drug_names, is_drug_name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "可在医生指导下服用布洛芬缓释胶囊或对乙酰氨基酚片缓解",
            ["布洛芬缓释胶囊", "对乙酰氨基酚片"],
        ),
        (
            "可服用蒙脱石散、口服补液盐等",
            ["蒙脱石散", "口服补液盐"],
        ),  # 口服 inside a name
        ("医生可能开具注射用头孢曲松钠。", ["注射用头孢曲松钠"]),
        ("使用甲钴胺片营养神经", ["甲钴胺片"]),  # a verb right after the form
        ("医生可能开乳果糖口服溶液帮助通便", ["乳果糖口服溶液"]),
        ("非甾体抗炎药如布洛芬来缓解疼痛", ["布洛芬"]),  # generic name alone
        ("补充维生素D和钙剂", ["维生素D"]),
        ("维生素B族中的维生素B12", ["维生素B12"]),
        ("随身携带硝酸甘油片", ["硝酸甘油片"]),
        ("复方片仔癀软膏外用", ["复方片仔癀软膏"]),  # 片 inside a name
        ("常用阿莫西林、左氧氟沙星等抗生素", ["阿莫西林", "左氧氟沙星"]),
        ("三七片", ["三七片"]),
        ("医生或会处方奥美拉唑等药物", ["奥美拉唑"]),  # 处方 introduces a name
        ("医生可能会开噻托溴铵吸入粉雾剂", ["噻托溴铵吸入粉雾剂"]),
        ("开立抗组织胺眼药水，例如奥洛他定眼药水", ["奥洛他定眼药水"]),  # a class
    ],
)
def test_drug_names_found_as_written(text: str, names: list[str]) -> None:
    assert list(find_drug_names(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "维生素D缺乏会引起低钙血症",  # a substance, not a drug mention
        "屏幕蓝光会抑制褪黑素分泌",
        "头孢菌素类抗生素",  # a drug class
        "抗抑郁药物、抗精神病药物",
        "每次2片，每日三次",  # a dose
        "吃了两片",
        "出现大片红斑",
        "去医院拍片检查",
        "饭后散步半小时",
        "休息片刻即可",
        "可能形成脑血栓",
        "睾丸炎",
        "胶囊内镜检查",
        "皮肤片状脱屑",
        "癌细胞扩散",
    ],
)
def test_words_that_only_look_like_drugs_are_not_found(text: str) -> None:
    assert find_drug_names(text) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("巴氯芬片", True),
        ("注射用亚胺培南西司他丁钠", True),
        ("复方两面针含片", True),
        ("布洛芬", True),
        ("面肌痉挛的检查", False),
        ("照片", False),
        ("眼震检查", False),
    ],
)
def test_is_drug_name(line: str, expected: bool) -> None:
    assert is_drug_name(line) is expected
