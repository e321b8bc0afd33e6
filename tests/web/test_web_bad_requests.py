"""A NUL character in a request is dropped: the answer is the one without it.

PostgreSQL refuses U+0000 in any text, so these would be server errors there.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/doctors/", {"city": "北\x00京"}),
        ("/hospitals/", {"\x00grade": "三甲"}),
        ("/api/v1/articles", {"subject": "\x00"}),
        ("/api/v1/search", {"q": "头\x00痛"}),
    ],
)
def test_a_nul_character_is_answered_as_if_absent(
    client, web_kb, path: str, params: dict[str, str]
) -> None:
    response = client.get(path, params)
    assert response.status_code == 200
    without = {k.replace("\x00", ""): v.replace("\x00", "") for k, v in params.items()}
    assert response.content == client.get(path, without).content


@pytest.mark.parametrize(
    "path", ["/disease/%E9%9D%A2%00/", "/api/v1/entities/disease/%00"]
)
def test_a_nul_character_in_a_path_finds_nothing(client, web_kb, path: str) -> None:
    assert client.get(path).status_code == 404
