"""The providers that feed the index, one per kind of item.

A new kind of searchable thing plugs in by subclassing `Provider` and
decorating it with `@register_provider`; reindexing, on-save updates and kind
filters then know it without further changes.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar

from django.db import models
from django.urls import NoReverseMatch, reverse

from yizhi.search.index.documents import IndexDocument, document_key

_PROVIDERS: dict[str, Provider] = {}


class Provider(ABC):
    """Yield the documents of one kind; map a saved model instance to its document."""

    kind: ClassVar[str]
    label: ClassVar[str]  # the kind as readers see it: 疾病, 医生…
    # Saving or deleting an instance of this model updates the index.
    model: ClassVar[type[models.Model] | None] = None

    @abstractmethod
    def documents(self) -> Iterator[IndexDocument]:
        """Yield every document of this kind, for a full rebuild."""

    def count(self) -> int:
        """Return about how many documents `documents()` yields (progress bars)."""
        return self.model.objects.count() if self.model else 0

    def document_for(self, instance: Any) -> IndexDocument | None:
        """Return the document of one saved instance (None: not searchable)."""
        return None

    def key_for(self, instance: Any) -> str:
        return document_key(self.kind, instance.pk)


def register_provider(cls: type[Provider]) -> type[Provider]:
    """Register a provider class under its kind (a class decorator)."""
    _PROVIDERS[cls.kind] = cls()
    return cls


def providers() -> dict[str, Provider]:
    """Return the registered providers by kind, loading the built-in ones."""
    from yizhi.search.index.providers import content, directory, knowledge  # noqa: F401

    return dict(_PROVIDERS)


def kind_labels() -> dict[str, str]:
    """Return the reader's name of each kind (disease → 疾病)."""
    return {kind: provider.label for kind, provider in providers().items()}


def url_or(name: str, args: list[Any], fallback: str) -> str:
    """Reverse a URL, or return `fallback` when the page is not routed (yet).

    Pages are routed by another app; the index must build before they exist.
    """
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return fallback
