"""The lexicon adapter, built from a small graph in CMeKG's shape."""

import pytest

from yizhi.search.understanding.lexicon import (
    Lexicon,
    clean_name,
    english_acronyms,
    generic_drug_name,
    read_lay_terms,
    read_search_terms,
)

# A themed mini graph in CMeKG's {subject: {predicate: [values]}} shape, written
# for these tests (stomach conditions).
GRAPH = {
    "慢性胃炎": {"常见症状": ["上腹痛", "反酸", "恶心"], "就诊科室": ["消化内科"]},
    "急性胃炎": {"常见症状": ["上腹痛", "呕吐"], "就诊科室": ["消化科"]},
    "胃炎": {"ICD10": ["K29"]},
    "胃溃疡": {"常见症状": ["上腹痛", "黑便"], "就诊科室": ["消化内科；普外科"]},
    "奥美拉唑肠溶胶囊": {"适应症": ["胃溃疡", "反流性食管炎"], "OTC类型": ["处方药"]},
    "胃镜检查": {"所属分类": ["内镜"], "相关症状": ["上腹痛"]},
}
LAY = {"胃疼": ("sym", "胃痛"), "感染": ("dis", "感染")}


def _lexicon() -> Lexicon:
    return Lexicon.from_graph(GRAPH, lay_terms=LAY)


def test_subjects_and_values_get_types() -> None:
    lexicon = _lexicon()
    assert lexicon.type_of("慢性胃炎") == "dis"
    assert lexicon.type_of("奥美拉唑肠溶胶囊") == "dru"
    assert lexicon.type_of("上腹痛") == "sym"
    assert lexicon.type_of("胃镜检查") == "pro"


def test_lay_terms_are_names_linked_to_a_standard_name() -> None:
    lexicon = _lexicon()
    assert lexicon.type_of("胃疼") == "sym"
    assert lexicon.lay_terms["胃疼"] == "胃痛"


def test_disease_departments_are_canonical_nodes() -> None:
    lexicon = _lexicon()
    assert lexicon.disease_departments["急性胃炎"] == ("消化内科",)
    assert lexicon.disease_departments["胃溃疡"] == ("消化内科", "普外科")


def test_an_unfiled_disease_borrows_its_family_departments() -> None:
    assert _lexicon().departments_for("胃炎") == {"消化内科": 1.0}


def test_symptom_departments_come_from_the_diseases_showing_it() -> None:
    evidence = _lexicon().departments_for("上腹痛")
    assert max(evidence, key=evidence.get) == "消化内科"
    assert abs(sum(evidence.values()) - 1.0) < 1e-9


def test_user_words_hold_entities_and_lay_terms() -> None:
    words = _lexicon().user_words()
    assert {"慢性胃炎", "胃疼", "上腹痛"} <= set(words)


def test_lay_terms_come_from_the_knowledge_overlay() -> None:
    terms = read_lay_terms()
    assert terms["抽筋"] == ("sym", "肌肉痉挛")
    assert terms["羊角风"] == ("dis", "癫痫")
    assert all(
        kind in {"sym", "dis", "dru", "ite", "pro", "gen"} for kind, _ in terms.values()
    )


def test_search_only_words_type_clinical_shorthand() -> None:
    terms = read_search_terms()
    assert terms["CT"][0] == "pro"
    assert terms["诊断"][0] == "gen"


def test_a_broken_overlay_leaves_the_search_only_words(tmp_path) -> None:
    (tmp_path / "lay_terms.yaml").write_text("lay_terms: [", encoding="utf-8")
    assert read_lay_terms(tmp_path) == read_search_terms()


def test_a_disease_named_with_zheng_is_known_by_its_short_form_too() -> None:
    graph = {"低血糖症": {"常见症状": ["出汗"], "就诊科室": ["内分泌科"]}}
    assert Lexicon.from_graph(graph).type_of("低血糖") == "dis"


def test_generic_words_for_findings_are_not_symptoms() -> None:
    graph = {"胃炎": {"常见症状": ["临床症状", "其他症状", "上腹痛"]}}
    lexicon = Lexicon.from_graph(graph)
    assert lexicon.type_of("临床症状") is None
    assert lexicon.type_of("上腹痛") == "sym"


def test_methods_of_examining_are_procedures() -> None:
    graph = {"肾炎": {"检查": ["产前诊断", "免疫组化", "尿常规"]}}
    lexicon = Lexicon.from_graph(graph)
    assert lexicon.type_of("产前诊断") == "pro"
    assert lexicon.type_of("尿常规") == "ite"


def test_a_short_name_seen_once_in_a_value_list_is_not_an_entity() -> None:
    graph = {
        "心肌炎": {"常见症状": ["时有", "胸闷", "心悸"], "就诊科室": ["心内科"]},
        "心包炎": {"常见症状": ["胸闷", "胸痛"], "就诊科室": ["心内科"]},
        "冠心病": {"常见症状": ["胸闷", "胸痛"], "就诊科室": ["心内科"]},
    }
    lexicon = Lexicon.from_graph(graph)
    assert lexicon.type_of("胸闷") == "sym"  # three mentions
    assert lexicon.type_of("时有") is None  # a fragment named once
    assert lexicon.type_of("心肌炎") == "dis"  # a subject page


@pytest.mark.parametrize(
    ("product", "drug"),
    [
        ("盐酸哌替啶注射液", "哌替啶"),  # salt and dosage form
        ("复方磷酸可待因溶液", "可待因"),
        ("双嘧达莫缓释胶囊", "双嘧达莫"),
        ("注射用头孢曲松钠", "头孢曲松钠"),  # the sodium salt is the drug's name
        ("感冒灵颗粒（无糖型）", "感冒灵"),
        ("阿司匹林", None),  # already the drug
    ],
)
def test_generic_drug_name_strips_salt_and_form(product: str, drug: str | None) -> None:
    assert generic_drug_name(product) == drug


def test_a_drug_named_only_inside_product_names_is_a_drug() -> None:
    graph = {
        "盐酸哌替啶注射液": {"OTC类型": ["处方药"]},
        "盐酸哌替啶片": {"OTC类型": ["处方药"]},
        "胃痛片": {"OTC类型": ["甲类OTC"]},
        "胃炎": {"常见症状": ["胃痛", "嗳气"], "就诊科室": ["消化内科"]},
    }
    lexicon = Lexicon.from_graph(graph)
    assert lexicon.type_of("哌替啶") == "dru"
    assert lexicon.type_of("胃痛") != "dru"  # a symptom a product is named for


def test_english_acronyms_are_the_abbreviations_standing_alone() -> None:
    predicates = {
        "英文名称": ["systemic lupus erythematosus, SLE"],
        "英文名": ["acute myeloid leukemia (AML)", "ACTH-dependent Cushing syndrome"],
    }
    assert english_acronyms(predicates) == {"SLE", "AML"}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("出现晕厥", "晕厥"),  # a verb quoted from the source sentence
        ("表现为高热", "高热"),
        ("伴呕吐", None),  # a phrase, not a name
        ("头痛等", None),
    ],
)
def test_clean_name(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_attributes_of_a_disease_are_not_findings() -> None:
    graph = {
        f"病{index}型肝炎": {"常见症状": ["持续时间", "遗传因素", "乏力感"]}
        for index in range(4)
    }
    lexicon = Lexicon.from_graph(graph)
    assert lexicon.type_of("乏力感") == "sym"
    assert lexicon.type_of("持续时间") is None
    assert lexicon.type_of("遗传因素") is None
