"""Path converters for entity and department URLs."""

from __future__ import annotations

import re

from yizhi.knowledge.choices import EntityKind

_ESCAPED = re.compile(r"%(25|2F)", re.IGNORECASE)
_UNESCAPE = {"25": "%", "2F": "/"}


class EntityKindConverter:
    """Match only the kinds the knowledge base has, so /foo/面肌痉挛/ is a 404."""

    regex = "|".join(EntityKind.values)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class NameConverter:
    """Match one path segment holding any name, "/" and "%" included.

    Some CMeKG names contain "/" (阿莫西林/克拉维酸钾片) or "%"
    (硝酸毛果芸香碱滴眼液0.5%).
    `to_url` escapes both so the segment stays one segment; Django then quotes
    the "%", and the server's single decoding hands `to_python` the escaped form.
    A name typed by hand in the address bar arrives unescaped and passes through.
    """

    regex = "[^/]+"

    def to_python(self, value: str) -> str:
        return _ESCAPED.sub(lambda match: _UNESCAPE[match.group(1).upper()], value)

    def to_url(self, value: str) -> str:
        return value.replace("%", "%25").replace("/", "%2F")
