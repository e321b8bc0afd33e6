"""What the page cache needs from the database: one counter of changes."""

from __future__ import annotations

from django.db import models


class PageRevision(models.Model):
    """A counter that moves whenever anything a page shows is saved or deleted.

    It lives in the database, not in a process's memory, so every server
    process, and a command run beside them (`yizhi kb build`, `yizhi import`),
    agrees on it: a cached page names the revision it was rendered at and is
    dropped once the counter moves on. One row, pk 1.
    """

    number = models.PositiveBigIntegerField("修订号", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "页面修订号"

    def __str__(self) -> str:
        return f"修订 {self.number}"
