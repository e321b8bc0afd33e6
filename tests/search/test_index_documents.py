"""Document bodies read as sentences, however their parts end."""

from __future__ import annotations

import pytest

from yizhi.search.index.documents import join_sentences


@pytest.mark.parametrize(
    ("parts", "body"),
    [
        (["面神经受压。", "常见症状：抽动"], "面神经受压。常见症状：抽动"),
        (["多见于中年女性；", "", "可做肌电图，"], "多见于中年女性。可做肌电图"),
        (["  北京 三甲 ", "神经内科"], "北京 三甲。神经内科"),
        (["。", ""], ""),
        ([], ""),
    ],
)
def test_join_sentences(parts: list[str], body: str) -> None:
    assert join_sentences(parts) == body
