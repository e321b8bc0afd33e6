"""Page addresses for API items, so a client can send a reader to the page."""

from __future__ import annotations

import logging

from django.db.models import Model
from django.urls import NoReverseMatch

logger = logging.getLogger(__name__)


def page_url(item: Model | None) -> str:
    """Return the item's page path, or "" while its page type is not served.

    The models name their pages by URL name; a deployment without one of those
    pages should still answer the API, only without the link.
    """
    if item is None:
        return ""
    try:
        return item.get_absolute_url()
    except NoReverseMatch:
        logger.debug("no page for %s yet", type(item).__name__)
        return ""
