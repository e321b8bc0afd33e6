"""Entity names of any spelling survive the trip into a URL and back."""

from __future__ import annotations

from urllib.parse import unquote

from django.urls import resolve, reverse
from hypothesis import given
from hypothesis import strategies as st

from yizhi.web.converters import NameConverter

names = st.text(min_size=1, max_size=40).filter(lambda name: name.strip() == name)


@given(names)
def test_name_converter_round_trips(name: str) -> None:
    converter = NameConverter()
    assert converter.to_python(converter.to_url(name)) == name
    assert "/" not in converter.to_url(name)


def test_names_with_slash_and_percent_reverse_and_resolve(client) -> None:
    for name in ("阿莫西林/克拉维酸钾片", "硝酸毛果芸香碱滴眼液0.5%", "a%2Fb"):
        url = reverse("web:entity", args=["drug", name])
        assert url.count("/") == 3
        # A WSGI server decodes the path once before Django resolves it.
        match = resolve(unquote(url))
        assert match.kwargs == {"kind": "drug", "name": name}
