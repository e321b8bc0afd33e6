"""An article's subject: the complaint its title asks about, as a KB entity."""

from __future__ import annotations

import pytest

from yizhi.content.linking import Linker
from yizhi.content.linking.names import subject_candidates

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "subject", "matched_by"),
    [
        ("面肌痉挛是什么原因", "面肌痉挛", "名称"),
        ("晚上睡觉老抽筋是怎么回事", "肌肉痉挛", "标题中的「抽筋」"),  # a lay term
        ("左脸面肌痉挛反复发作怎么办", "面肌痉挛", "标题中的「面肌痉挛」"),
        ("眼睑痉挛和面肌痉挛哪个重", "眼睑痉挛", "标题中的「眼睑痉挛」"),  # tie: first
        ("最近心情不好是怎么回事", None, ""),
    ],
)
def test_subject_is_the_title_complaint_or_the_longest_condition_in_it(
    title: str, subject: str | None, matched_by: str
) -> None:
    link = Linker().subject(subject_candidates(title))
    assert (link.entity.name if link.entity else None) == subject
    assert link.matched_by == matched_by
