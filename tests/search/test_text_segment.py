"""Segmentation keeps domain words whole without touching jieba's global state."""

import jieba

from yizhi.search.text.segment import Segmenter


def test_user_words_stay_whole() -> None:
    segmenter = Segmenter(["面肌痉挛"])
    assert "面肌痉挛" in segmenter.segment("面肌痉挛怎么办")


def test_user_words_do_not_leak_into_global_jieba() -> None:
    Segmenter(["眼皮肉跳症"]).segment("眼皮肉跳症")
    assert "眼皮肉跳症" not in jieba.dt.FREQ


def test_segment_drops_whitespace_and_handles_empty_text() -> None:
    segmenter = Segmenter()
    assert segmenter.segment("") == []
    assert " " not in segmenter.segment("头痛 怎么办")


def test_segment_for_search_adds_sub_words() -> None:
    words = Segmenter(["面肌痉挛"]).segment_for_search("面肌痉挛")
    assert "面肌痉挛" in words
    assert "痉挛" in words
