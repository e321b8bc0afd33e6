"""Unknown names and kinds get a real 404 page; server errors a plain 500 page."""

from __future__ import annotations

import pytest
from django.template import loader
from django.urls import reverse

DISCLAIMER = "本站内容仅供参考，不能替代医生诊断；如有不适请及时就医。"


@pytest.mark.parametrize(
    "path",
    [
        reverse("web:entity", args=["disease", "面肌痉孪"]),  # a typo of 面肌痉挛
        "/disease/偏侧面肌痉/",  # an alias cut short
        "/illness/面肌痉挛/",  # no such kind
        reverse("web:department", args=["神经内科室"]),
    ],
)
def test_unknown_address_gives_404_with_disclaimer_and_close_match(
    client, web_kb, text_of, path
) -> None:
    response = client.get(path)
    assert response.status_code == 404
    text = text_of(response)
    assert DISCLAIMER in text
    assert "没有找到这个页面" in text
    assert "您要找的是不是" in text
    assert any(name in text for name in ("面肌痉挛", "偏侧面肌痉挛", "神经内科"))


def test_entity_of_another_kind_is_not_found(client, web_kb) -> None:
    assert client.get("/drug/面肌痉挛/").status_code == 404


def test_404_page_renders_with_an_empty_knowledge_base(client, db, text_of) -> None:
    response = client.get("/nothing/here/")
    assert response.status_code == 404
    assert DISCLAIMER in text_of(response)


def test_500_page_renders_without_request_or_database() -> None:
    """Django renders 500.html with an empty context; it must not need more."""
    page = loader.get_template("500.html").render()
    assert "服务暂时出错" in page
    assert DISCLAIMER in page
