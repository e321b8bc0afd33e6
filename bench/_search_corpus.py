"""Documents and queries for the search benchmark.

The corpus is the knowledge base's own entities plus question-like documents
generated from its facts with templates written here, so the benchmark can
reach 100k documents on any machine that has run `yizhi kb build`.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Fact
from yizhi.search.index.documents import IndexDocument, document_key

# Question shapes people type, filled with a disease and one of its facts.
TITLE_TEMPLATES = (
    "{symptom}是不是{disease}",
    "经常{symptom}是怎么回事",
    "{disease}有什么症状",
    "{disease}吃什么药好",
    "{disease}挂什么科",
    "{symptom}严重吗",
    "{disease}的原因是什么",
    "{symptom}和{disease}有关系吗",
)
BODY_TEMPLATES = (
    "最近一段时间{symptom}，查了一下说可能是{disease}，想问问医生需要注意什么。",
    "{disease}一般在{department}看。常见表现有{symptom}等，具体请到医院检查。",
    "家人{symptom}好几天了，之前没有{disease}病史，需要做什么检查？",
)

# Lay, formal, traditional, pinyin and mistyped queries, and free questions.
QUERIES = (
    "全身神经跳动什么原因",
    "腿抽筋吃什么",
    "眼皮一直跳挂什么科",
    "甲钴胺是治什么的",
    "面肌痉挛",
    "面肌痙攣",
    "mianjijingluan",
    "面肌痉孪",
    "头疼怎么办",
    "拉肚子吃什么药",
    "高血压的症状",
    "糖尿病能治好吗",
    "胃痛是什么原因",
    "发烧39度怎么办",
    "失眠多梦怎么调理",
    "咳嗽有痰挂什么科",
    "孩子发烧抽搐",
    "血糖偏高说明什么",
    "阿莫西林的作用",
    "布洛芬副作用",
    "心慌胸闷气短",
    "甲状腺结节严重吗",
    "手脚发麻是什么病",
    "颈椎病怎么治疗",
    "腰椎间盘突出能自愈吗",
    "乙肝会传染吗",
    "贫血吃什么补",
    "偏头痛",
    "sjtd",
    "肌束颤动",
)


def generated_documents(count: int, *, seed: int = 7) -> Iterator[IndexDocument]:
    """Yield `count` question-like documents built from disease facts."""
    rows = Fact.objects.filter(
        subject__kind=EntityKind.DISEASE, predicate=Predicate.SYMPTOM
    ).values_list("subject__name", "text")
    symptoms: dict[str, list[str]] = {}
    for disease, symptom in rows.iterator(chunk_size=20000):
        symptoms.setdefault(disease, []).append(symptom)
    departments = dict(
        Fact.objects.filter(
            subject__kind=EntityKind.DISEASE, predicate=Predicate.DEPARTMENT
        ).values_list("subject__name", "text")
    )
    diseases = sorted(symptoms)
    rng = random.Random(seed)  # noqa: S311 -- a repeatable corpus, not a secret
    for number in itertools.islice(itertools.count(), count):
        disease = rng.choice(diseases)
        values = {
            "disease": disease,
            "symptom": rng.choice(symptoms[disease]),
            "department": departments.get(disease, "内科"),
        }
        title = rng.choice(TITLE_TEMPLATES).format(**values)
        body = rng.choice(BODY_TEMPLATES).format(**values)
        yield IndexDocument(
            key=document_key("question", f"bench{number}"),
            kind="question",
            title=title,
            url=f"/question/bench{number}/",
            body=body,
            snippet=body[:90],
            departments=(values["department"],),
        )
