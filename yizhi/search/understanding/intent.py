"""Tell what a health query asks: one of the 11 KUAKE-QIC intents.

Intent decides what a search shows first: a 病因分析 query wants cause content, a
就医建议 query wants departments and hospitals. The rules are ordered patterns
over the normalised query, most specific first; a few of them look at the
entities the query names, because "X是什么原因" asks for the causes of a disease
(病因分析) but for a diagnosis when X is a symptom (病情诊断).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.entities import EntityMention, find_entities

INTENTS = (
    "病情诊断",
    "病因分析",
    "治疗方案",
    "就医建议",
    "指标解读",
    "疾病表述",
    "后果表述",
    "注意事项",
    "功效作用",
    "医疗费用",
    "其他",
)
# A query with no cue at all (a bare fact, "孕21周", a half sentence) is most
# often none of the ten questions.
DEFAULT_INTENT = "其他"


@dataclass(frozen=True, slots=True)
class IntentRule:
    """A pattern that, when found, decides the intent.

    `when` optionally restricts the rule to queries whose entities pass a test.
    """

    intent: str
    pattern: re.Pattern[str]
    help: str
    when: Callable[[list[EntityMention]], bool] | None = None

    def matches(self, query: str, entities: list[EntityMention]) -> bool:
        if not self.pattern.search(query):
            return False
        return self.when is None or self.when(entities)


@dataclass(frozen=True, slots=True)
class IntentPrediction:
    """The intent of a query and the rule that decided it ("" for the default)."""

    intent: str
    rule: str


def _names_disease(entities: list[EntityMention]) -> bool:
    return any(entity.type == "dis" for entity in entities)


def _names_no_disease(entities: list[EntityMention]) -> bool:
    return not _names_disease(entities)


def _names_test_item(entities: list[EntityMention]) -> bool:
    return any(entity.type == "ite" for entity in entities)


def _rule(intent: str, pattern: str, help: str, when=None) -> IntentRule:
    return IntentRule(intent, re.compile(pattern), help, when)


RULES: tuple[IntentRule, ...] = (
    _rule(
        "医疗费用",
        r"多少钱|费用|价格|价钱|收费|花费|贵不贵|报销|医保|要花多少",
        "问花费",
    ),
    _rule(
        "就医建议",
        r"(哪个|哪家|那家|那个|什么|哪所|哪里的?)(医院|专科|诊所)|医院(好|哪|最|正规|怎么样)"
        r"|挂(什么|哪个|哪)科|看(什么|哪个)科|哪个科|什么科室|去医院|就诊吗|要不要看医生"
        r"|哪里(治|看|做|好)|那里(治|看|好)|在哪(治|看|做)|哪做|哪家|专家|名医|最专业|专业医院"
        r"|(做|查)(什么|哪些)检查|需要做的检查|检查项目|(治|治疗|医治|看)[^,.?!]{0,8}医院"
        r"|医院[?!.]*$",
        "问去哪里看、挂什么科",
    ),
    _rule(
        "指标解读",
        r"正常值|正常范围|参考值|偏高|偏低|(指标|数值|结果|报告)(高|低|异常|说明|怎么看)"
        r"|(高|低)是什么意思|多少(算|是)?正常|什么意思|代表什么|说明什么|看懂|化验单|报告单",
        "问检查结果的意思",
    ),
    _rule(
        "指标解读",
        r"(高|低|偏|异常|阳性|阴性|超标)(怎么|是|说明|代表|严重|正常)",
        "问一项检查值的意思",
        when=_names_test_item,
    ),
    _rule(
        "功效作用",
        r"功效|作用(?!.*副)|管用|有用吗|有效吗|效果(怎么样|如何|好吗)|好处|疗效"
        r"|治什么|主治|干(什么|嘛)用|是干什么的",
        "问药或食物的作用",
    ),
    _rule(
        "后果表述",
        r"危害|后果|副作用|会怎样|会怎么样|严重吗|影响(大|吗|么)|有(没有)?影响|会不会(怀孕|死|癌变|遗传|发作|恶化)"
        r"|会(怀孕|遗传|癌变)吗|能活|寿命|伤害|有害|副作|会诱",
        "问会有什么后果",
    ),
    _rule(
        "病因分析",
        r"什么原因|原因是|的原因|为什么|为何|怎么引起|如何引起|(引起|导致|造成)的|病因|诱因|由什么",
        "问一种疾病的原因",
        when=_names_disease,
    ),
    _rule(
        "病情诊断",
        r"什么原因|为什么|怎么回事|怎么会事|咋回事|是怎么了|怎么了|什么情况|是不是(得了|有)|(引起|导致|造成)的",
        "问症状说明了什么",
        when=_names_no_disease,
    ),
    # "X有哪些症状，怎么治疗" asks for the treatment: an explicit treatment
    # question outranks the other parts of the query.
    _rule(
        "治疗方案",
        r"怎么治|如何治|怎样治|咋治|怎么办|咋办|吃什么药|用什么药|吃啥药|什么药(好|管用|有效)",
        "明确问怎么治",
    ),
    _rule(
        "注意事项",
        r"注意(什么|事项|些什么|哪些)|要注意|应注意|饮食|忌口|忌讳|禁忌|护理|能不能(吃|喝|用|做|同房)"
        r"|(可以|能|可不可以)(吃|喝|用|洗|运动|同房|一起)|饭前|饭后|(吃|喝)什么(好|比较好)|不能吃|多久(可以|能)",
        "问该注意什么",
    ),
    _rule(
        "疾病表述",
        r"症状|表现|征兆|是什么病|什么病|能治愈|能治好吗|(能|可以)(自愈|根治|治好)|传染(吗|么)|会传染|怎么诊断|如何诊断|确诊|并发症|是不是.*(病|炎|癌|症)"
        r"|遗传(吗|么)|有没有遗传|特征|复发|属于|什么是|治愈|看的好吗|会引起.*吗|容易得",
        "问疾病本身",
    ),
    _rule(
        "治疗方案",
        r"怎么办|怎么治|如何治|怎样治|治疗|吃什么药|用什么药|什么药|吃点什么|调理|偏方|治好|怎么处理|如何处理|怎么样才能|怎么缓解|如何缓解|预防"
        r"|办法|方法|咋办|咋治|需要手术|做手术|特效|啥药|用药|疗法|去掉|去除|医治|求治|防治|冶疗|怎么减|怎样减"
        r"|吃(什么|啥)[?!.]*$",
        "问怎么治",
    ),
    _rule(
        "病情诊断",
        r"怎么回事|怎么会事|咋回事|咋会事|怎没回事|怎么了|是什么|正常吗|是不是|为啥|何病"
        r"|是否(得了|是)|有事没有|什么东西|什.情况",
        "问这是怎么了",
    ),
)


def question_frames(text: str) -> frozenset[str]:
    """Return every intent whose cue words appear in `text`, entities aside.

    Ranking compares what a query and a title ask: "X怎么办" and "X是什么"
    share a topic but not a question.
    """
    text = normalise_query(text)
    return frozenset(rule.intent for rule in RULES if rule.pattern.search(text))


def classify_intent(query: str) -> IntentPrediction:
    """Return the intent of a health query."""
    text = normalise_query(query)
    if not text:
        return IntentPrediction("其他", "empty")
    entities = find_entities(text)
    for rule in RULES:
        if rule.matches(text, entities):
            return IntentPrediction(rule.intent, rule.help)
    return IntentPrediction(DEFAULT_INTENT, "")
