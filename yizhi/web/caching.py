"""Whole-page caching for the pages that only read.

Pages are computed from the knowledge base, articles, questions and the
directory, which change only when an editor or an import writes them. A
rendered page is kept under a key that names the current `PageRevision`; any
save or delete of a row a page may show moves the revision on, so the next
request renders afresh, in every server process; so does the `rows_inserted`
signal of the importers' plain-tuple inserts, which send no post_save.
`settings.PAGE_CACHE_SECONDS` bounds how long a page may be kept in any case,
which covers the few writes that send no signal at all. A cached
page costs one query instead of the 20–60 ms of computing it, which is what
lets one laptop process serve eight readers at once (bench/pages.py).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse

from yizhi.knowledge.importers.writer import rows_inserted
from yizhi.web.models import PageRevision

logger = logging.getLogger(__name__)

View = Callable[..., HttpResponse]

# The apps whose rows pages show.
SHOWN_APPS = ("knowledge", "content", "directory")
# Big tables the knowledge build deletes by the hundred thousand. A delete
# listener would make Django fetch every row to signal it, so they have none:
# the build's BuildRun row, saved at its end, moves the revision instead.
BULK_DELETED = frozenset({("knowledge", "fact"), ("knowledge", "alias")})


def page_revision() -> int:
    return PageRevision.objects.values_list("number", flat=True).first() or 0


def bump_revision() -> None:
    """Move the revision on, so every cached page is rendered afresh."""
    if not PageRevision.objects.filter(pk=1).update(number=F("number") + 1):
        PageRevision.objects.get_or_create(pk=1, defaults={"number": 1})


def page_key(request: HttpRequest) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page:{page_revision()}:{path}"


def cached_page(view: View) -> View:
    """Serve a GET of `view` from the cache; store its successful answers."""

    @wraps(view)
    def serve(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return view(request, *args, **kwargs)
        key = page_key(request)
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    return serve


def connect() -> None:
    """Bump the revision after any save or plain-tuple insert, and after
    deletes one row at a time."""
    post_save.connect(_changed, dispatch_uid="yizhi.web.page_revision.save")
    rows_inserted.connect(_changed, dispatch_uid="yizhi.web.page_revision.insert")
    for label in SHOWN_APPS:
        for model in apps.get_app_config(label).get_models():
            if (label, model._meta.model_name) in BULK_DELETED:
                continue
            post_delete.connect(
                _changed, sender=model, dispatch_uid=f"yizhi.web.page_revision.{model}"
            )


def _changed(sender, **kwargs) -> None:
    if sender._meta.app_label not in SHOWN_APPS:
        return
    # Once per transaction, after it commits: an import that saves a thousand
    # rows moves the revision once (a bump costs a few ms of SQLite write),
    # and a rolled-back write, whose callbacks Django drops, not at all.
    pending = transaction.get_connection().run_on_commit
    if not any(entry[1] is _bump_logged for entry in pending):
        transaction.on_commit(_bump_logged)


def _bump_logged() -> None:
    try:
        bump_revision()
    except Exception:
        # The writer's change stands; pages show it once PAGE_CACHE_SECONDS pass.
        logger.exception("could not move the page revision on")
