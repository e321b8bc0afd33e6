"""Entity mentions: spans into the original text, types, lay terms."""

import pytest

from yizhi.search.understanding.entities import find_entities


def _found(text: str) -> set[tuple[str, str]]:
    return {(mention.text, mention.type) for mention in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("糖尿病人能吃西瓜吗", ("糖尿病", "dis")),
        ("最近总是咳嗽", ("咳嗽", "sym")),
        ("阿莫西林胶囊怎么吃", ("阿莫西林胶囊", "dru")),
        ("拉肚子三天了", ("拉肚子", "sym")),  # lay term
        ("小孩得了慢性鼻炎", ("慢性鼻炎", "dis")),  # qualifier joined
        ("化验单上血糖增高", ("血糖增高", "sym")),  # measured item plus change
        ("查了血常规", ("血常规", "ite")),
    ],
)
def test_find_entities(text: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text)


def test_spans_point_into_the_original_traditional_text() -> None:
    text = "他有糖尿病和頭痛"
    for mention in find_entities(text):
        assert text[mention.start : mention.end] == mention.text


def test_lay_term_links_to_the_standard_name() -> None:
    (mention,) = [m for m in find_entities("拉肚子") if m.type == "sym"]
    assert mention.name == "腹泻"


def test_everyday_words_are_not_entities() -> None:
    assert not find_entities("以及不同的情况下可以出现")


def test_two_listed_diseases_stay_two_mentions() -> None:
    names = {mention.text for mention in find_entities("胃炎食管炎")}
    assert names == {"胃炎", "食管炎"}


@pytest.mark.parametrize("text", ["", "😀" * 50, "\x00\x01", "a" * 10_000])
def test_find_entities_accepts_any_text(text: str) -> None:
    assert isinstance(find_entities(text), list)


def test_abbreviation_defined_after_a_name_takes_its_type() -> None:
    text = "急性髓系白血病(AML)的患儿中，AML多见"
    found = [(m.start, m.text, m.type) for m in find_entities(text) if m.text == "AML"]
    second = text.rindex("AML")
    assert [(start, kind) for start, _, kind in found] == [(8, "dis"), (second, "dis")]


def test_a_body_part_before_a_change_word_makes_one_symptom() -> None:
    assert ("左心室壁增厚", "sym") in _found("超声见左心室壁增厚")


def test_procedures_are_not_test_items() -> None:
    kinds = {m.text: m.type for m in find_entities("做了CT和血常规")}
    assert kinds.get("CT") == "pro"
    assert kinds.get("血常规") == "ite"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("诊断为化脓性胸膜炎(purulentpleurisy)", ("purulentpleurisy", "dis")),
        ("患儿为α-珠蛋白生成障碍性贫血", ("α-珠蛋白生成障碍性贫血", "dis")),
        ("查见周围血白细胞明显升高", ("白细胞明显升高", "sym")),
        ("伴有库欣综合征中枢性性早熟", ("中枢性性早熟", "dis")),
    ],
)
def test_span_conventions_of_written_medical_text(
    text: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text)


def test_a_repeated_disease_name_is_not_one_long_name() -> None:
    names = [m.text for m in find_entities("心力衰竭心力衰竭") if m.type == "dis"]
    assert names == ["心力衰竭", "心力衰竭"]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("复查时血糖浓度明显升高", "血糖浓度明显升高", "血糖浓度"),
        ("患儿外周血白细胞计数减少", "外周血白细胞计数减少", "外周血白细胞计数"),
        ("复查血清IgG明显降低", "血清IgG明显降低", "血清IgG"),  # specimen kept
        ("测得脑脊液压力偏高", "脑脊液压力偏高", "脑脊液压力"),  # fluid + measure
    ],
)
def test_a_changed_test_item_stays_a_test_item_inside_the_symptom(
    text: str, outer: str, inner: str
) -> None:
    found = _found(text)
    assert (outer, "sym") in found
    assert (inner, "ite") in found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("这种眼药水可能造成化学性结膜炎", ("化学性结膜炎", "dis")),  # verb left out
        ("家里有人接触过开放性肺结核", ("开放性肺结核", "dis")),
        ("见表3-2先天性心脏病的分型", ("先天性心脏病", "dis")),  # table number
        ("心脏超声提示Taussig-Bing畸形", ("Taussig-Bing畸形", "dis")),
    ],
)
def test_a_disease_grows_over_its_qualifier_and_no_further(
    text: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("痰培养出流感嗜血杆菌", "流感"),  # a microbe named after a disease
        ("他在读流行病学的研究生", "流行病"),  # a field of study
    ],
)
def test_a_disease_word_inside_another_name_is_not_a_disease(
    text: str, absent: str
) -> None:
    assert (absent, "dis") not in _found(text)


def test_an_infection_with_a_named_microbe_is_one_disease() -> None:
    assert ("新生儿疱疹病毒感染", "dis") in _found("新生儿疱疹病毒感染要隔离")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("静脉注射盐酸异丙嗪", ("盐酸异丙嗪", "dru")),  # salt written before
        ("改用丙戊酸钠口服", ("丙戊酸钠", "dru")),  # sodium salt after
        ("出现严重的呼吸困难", ("严重的呼吸困难", "sym")),  # degree kept
    ],
)
def test_a_mention_keeps_the_words_clinical_text_writes_with_it(
    text: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text)


def test_an_abbreviation_after_an_english_gloss_takes_the_name_type() -> None:
    text = "社区获得性肺炎(community acquired pneumonia,CAP)多见,CAP患儿"
    found = [(m.start, m.type) for m in find_entities(text) if m.text == "CAP"]
    assert [kind for _, kind in found] == ["dis", "dis"]
    assert ("community acquired pneumonia", "dis") in _found(text)


def test_a_substance_named_alone_is_not_a_test_item() -> None:
    assert not [m for m in find_entities("查抗核抗体") if m.type == "ite"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("影像提示颅内占位性病变", ("颅内占位性病变", "dis")),  # 病变 is one word
        ("糖尿病患儿的饮食", ("糖尿病", "dis")),
        ("出现咽后壁脓肿", ("咽后壁脓肿", "dis")),  # an abscess with its site
    ],
)
def test_disease_names_fit_the_words_around_them(
    text: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text)


def test_a_short_match_cutting_a_word_in_two_is_not_a_disease() -> None:
    assert not [m for m in find_entities("这是继发性病因所致") if m.type == "dis"]


def test_a_drug_level_is_a_test_item() -> None:
    assert ("茶碱血浓度", "ite") in _found("应该测定茶碱血浓度")
