"""Keep the index current when an article, question, doctor or hospital is saved.

Updates run after the transaction commits, so the index never holds a row the
database rolled back. An indexing error is logged and the save stands:
`yizhi search reindex` repairs the index. Nothing happens while no index
exists, and bulk imports can switch updates off with `updates_paused()` and
reindex once at the end.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from yizhi.search.index.registry import Provider, providers
from yizhi.search.index.store import live_index

logger = logging.getLogger(__name__)

_paused = threading.local()


@contextlib.contextmanager
def updates_paused() -> Iterator[None]:
    """Skip on-save index updates inside the block (this thread only)."""
    previous = getattr(_paused, "value", False)
    _paused.value = True
    try:
        yield
    finally:
        _paused.value = previous


def connect() -> None:
    """Connect save and delete handlers for every provider that names a model."""
    for provider in providers().values():
        if provider.model is None:
            continue
        uid = f"yizhi.search.{provider.kind}"
        post_save.connect(_saved, sender=provider.model, dispatch_uid=uid + ".save")
        post_delete.connect(
            _deleted, sender=provider.model, dispatch_uid=uid + ".delete"
        )


def _provider_for(sender) -> Provider | None:
    for provider in providers().values():
        if provider.model is sender:
            return provider
    return None


def _active() -> bool:
    return not getattr(_paused, "value", False) and live_index().exists()


def _saved(sender, instance, raw: bool = False, **kwargs) -> None:
    provider = _provider_for(sender)
    if raw or provider is None or not _active():
        return
    transaction.on_commit(lambda: _apply(provider, instance))


def _deleted(sender, instance, **kwargs) -> None:
    provider = _provider_for(sender)
    if provider is None or not _active():
        return
    key = provider.key_for(instance)
    transaction.on_commit(lambda: _delete(key))


def _apply(provider: Provider, instance) -> None:
    try:
        document = provider.document_for(instance)
        if document is None:
            live_index().delete([provider.key_for(instance)])
        else:
            live_index().upsert([document])
    except Exception:
        # Whatever goes wrong in the index (a writer held by a running
        # reindex, a full disk), the reader's save must stand.
        logger.exception("could not update the search index for %r", instance)


def _delete(key: str) -> None:
    try:
        live_index().delete([key])
    except Exception:
        logger.exception("could not remove %s from the search index", key)
