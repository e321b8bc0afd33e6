"""The trail of links at the top of a page: 首页 > 内科 > 神经内科 > 面肌痉挛."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse

from yizhi.knowledge.models import Department


@dataclass(frozen=True, slots=True)
class Crumb:
    """One step of the trail; the last step, the page itself, has no link."""

    title: str
    url: str = ""


def trail(*steps: Crumb, departments: Iterable[Department] = ()) -> tuple[Crumb, ...]:
    """Return 首页, then the department path, then the given steps."""
    return (
        Crumb("首页", reverse("web:home")),
        *(Crumb(node.name, node.get_absolute_url()) for node in departments),
        *steps,
    )
