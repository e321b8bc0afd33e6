"""The dispensing mark: one label per drug, the safer one when sources disagree."""

from __future__ import annotations

import pytest

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.dispensing import (
    DispensingLabel,
    Statement,
    decide,
    dispensing_class,
    dispensing_classes,
    labels_in,
    statement_of,
)
from yizhi.knowledge.models import Entity, Fact, Source
from yizhi.knowledge.profile import EntityProfile

RX = DispensingLabel.PRESCRIPTION
OTC_A = DispensingLabel.OTC_A
OTC_B = DispensingLabel.OTC_B
UNKNOWN = DispensingLabel.UNKNOWN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲类OTC", (OTC_A,)),
        ("乙类OTC", (OTC_B,)),
        ("OTC甲类", (OTC_A,)),
        ("OTC乙类；基本药物", (OTC_B,)),
        ("otc 乙类", (OTC_B,)),  # lower case and a space
        ("处方药", (RX,)),
        ("Rx", (RX,)),
        ("非处方药", (OTC_A,)),  # OTC without its class: the stricter class
        ("OTC甲类双跨", (RX, OTC_A)),  # OTC in some forms, Rx in others
        ("工伤医保乙类双跨", ()),  # an insurance list, not a dispensing class
        ("医保工伤用药", ()),
        ("外用药", ()),
        ("", ()),
    ],
)
def test_labels_in(text: str, expected: tuple[DispensingLabel, ...]) -> None:
    assert labels_in(text) == expected


def _said(*values: tuple[str, str]) -> list[Statement]:
    return [Statement(source, text, labels_in(text)) for source, text in values]


@pytest.mark.parametrize(
    ("statements", "label", "conflicting"),
    [
        ([], UNKNOWN, False),
        ([("CMeKG", "医保工伤用药")], UNKNOWN, False),
        ([("CMeKG", "甲类OTC")], OTC_A, False),
        ([("CMeKG", "乙类OTC"), ("CMeKG", "OTC乙类")], OTC_B, False),
        ([("CMeKG", "甲类OTC"), ("CMeKG", "乙类OTC")], OTC_A, True),
        ([("CMeKG", "乙类OTC"), ("CMeKG", "处方药")], RX, True),
        ([("CMeKG", "甲类OTC"), ("CMeKG", "乙类OTC"), ("CMeKG", "处方药")], RX, True),
        ([("医知", "乙类OTC"), ("CMeKG", "处方药")], RX, True),  # safer beats preferred
        ([("医知", "Rx"), ("CMeKG", "甲类OTC")], RX, True),
        ([("医知", "处方药"), ("CMeKG", "医保工伤用药")], RX, False),
    ],
)
def test_decide_takes_the_safer_label(
    statements: list[tuple[str, str]], label: DispensingLabel, conflicting: bool
) -> None:
    found = decide(_said(*statements))
    assert (found.label, found.conflicting) == (label, conflicting)
    assert [s.text for s in found.sources] == [text for _source, text in statements]


def test_dispensing_class_reads_both_fields_preferred_source_first() -> None:
    overlay = Source(key="overlay", title="医知", priority=100)
    cmekg = Source(key="cmekg", title="CMeKG", priority=10)
    drug = Entity(kind=EntityKind.DRUG, name="示例片")
    facts = {
        Predicate.OTC: (Fact(predicate=Predicate.OTC, text="Rx", source=overlay),),
        Predicate.DRUG_TYPE: (
            Fact(predicate=Predicate.DRUG_TYPE, text="OTC甲类", source=cmekg),
        ),
    }
    profile = EntityProfile(entity=drug, aliases=(), facts=facts, red_flags=())
    found = dispensing_class(profile)
    assert found.label is RX
    assert found.is_prescription and found.conflicting
    assert [s.source for s in found.sources] == ["医知", "CMeKG"]


CMEKG = Source(key="cmekg", title="CMeKG", priority=10)
OVERLAY = Source(key="overlay", title="医知", priority=100)


@pytest.mark.parametrize(
    ("facts", "label", "conflicting"),
    [
        # CMeKG's OTC类型 alone: set aside, it calls heparin injections 甲类OTC
        ([(CMEKG, Predicate.OTC, "甲类OTC")], UNKNOWN, False),
        ([(CMEKG, Predicate.OTC, "Rx")], RX, False),  # its 处方药 still counts
        (
            [
                (CMEKG, Predicate.DRUG_TYPE, "OTC乙类"),
                (CMEKG, Predicate.OTC, "甲类OTC"),
            ],
            OTC_B,
            False,
        ),
        ([(OVERLAY, Predicate.OTC, "乙类OTC")], OTC_B, False),  # the team's word counts
    ],
)
def test_cmekg_otc_field_alone_makes_no_drug_otc(facts, label, conflicting) -> None:
    found = decide(
        [
            statement_of(Fact(predicate=predicate, text=text, source=source))
            for source, predicate, text in facts
        ]
    )
    assert (found.label, found.conflicting) == (label, conflicting)


def test_the_set_aside_value_is_kept_for_the_page_to_show() -> None:
    said = statement_of(Fact(predicate=Predicate.OTC, text="甲类OTC", source=CMEKG))
    assert (said.labels, said.set_aside) == ((), (OTC_A,))


@pytest.mark.django_db
def test_dispensing_classes_marks_many_drugs_in_one_query(
    django_assert_num_queries,
) -> None:
    source = Source.objects.create(key="dispensing-test", title="示例来源")
    noisy = Entity.objects.create(kind=EntityKind.DRUG, name="示例混标片")
    silent = Entity.objects.create(kind=EntityKind.DRUG, name="示例无标片")
    for position, text in enumerate(["甲类OTC", "乙类OTC"]):
        Fact.objects.create(
            subject=noisy,
            predicate=Predicate.OTC,
            text=text,
            source=source,
            record="示例",
            position=position,
        )
    with django_assert_num_queries(1):
        found = dispensing_classes([noisy, silent])
    assert (found[noisy.pk].label, found[noisy.pk].conflicting) == (OTC_A, True)
    assert found[silent.pk].label is UNKNOWN
    assert dispensing_classes([]) == {}
