"""A NUL character in a request reads as a space, on every database.

PostgreSQL refuses U+0000 in any text, so these would be server errors there.
"""

from __future__ import annotations

import pytest
from django.http import HttpResponse

from yizhi.web.middleware import BlankNulCharacters

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/doctors/", {"city": "北\x00京"}),
        ("/hospitals/", {"\x00grade": "三甲"}),
        ("/api/v1/articles", {"subject": "\x00"}),
        ("/api/v1/suggest", {"q": "\x00"}),
        ("/api/v1/search", {"q": "头\x00痛"}),
    ],
)
def test_a_nul_character_is_answered_as_a_space(
    client, web_kb, path: str, params: dict[str, str]
) -> None:
    response = client.get(path, params)
    assert response.status_code == 200
    spaced = {k.replace("\x00", " "): v.replace("\x00", " ") for k, v in params.items()}
    assert response.content == client.get(path, spaced).content


@pytest.mark.parametrize(
    "path", ["/disease/%E9%9D%A2%00/", "/api/v1/entities/disease/%00"]
)
def test_a_nul_character_in_a_path_finds_nothing(client, web_kb, path: str) -> None:
    assert client.get(path).status_code == 404


def test_views_see_a_space_where_the_request_had_nul(rf) -> None:
    seen = {}

    def view(request):
        seen.update(path=request.path, q=request.GET["q"], keys=list(request.GET))
        return HttpResponse()

    BlankNulCharacters(view)(rf.get("/disease/面\x00/", {"q": "头\x00痛", "\x00k": ""}))
    assert seen == {"path": "/disease/面 /", "q": "头 痛", "keys": ["q", " k"]}
