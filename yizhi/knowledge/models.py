"""The knowledge base: entities, their aliases, typed facts with provenance,
the department tree and red-flag rules."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from treebeard.mp_tree import MP_Node, MP_NodeManager

from yizhi.knowledge.choices import AliasKind, EntityKind, Predicate


class Source(models.Model):
    """Where facts come from: an imported dataset or the team's curated overlay.

    `priority` settles conflicts on single-valued facts (a disease's primary
    department, a drug's OTC class): the highest wins, the others are kept.
    """

    key = models.SlugField("标识", unique=True, help_text="例如 cmekg、overlay")
    title = models.CharField("名称", max_length=200)
    url = models.URLField("网址", blank=True)
    licence = models.CharField("许可", max_length=100, blank=True)
    priority = models.PositiveSmallIntegerField("优先级", default=10)

    class Meta:
        verbose_name = verbose_name_plural = "来源"

    def __str__(self) -> str:
        return self.title

    def natural_key(self) -> tuple[str]:
        return (self.key,)


class DepartmentManager(MP_NodeManager):
    """treebeard builds its own queryset, so lookups live on the manager."""

    def named(self, name: str) -> Department | None:
        """Return the department called `name` or known by that alias."""
        matching = models.Q(name=name) | models.Q(aliases__name=name)
        return self.filter(matching).distinct().first()


class Department(MP_Node):
    """A node of the canonical department tree (内科 > 神经内科)."""

    name = models.CharField("科室", max_length=50, unique=True)
    description = models.TextField("简介", blank=True)

    # No node_order_by: siblings keep the order of data/departments.yaml,
    # which lists departments the way a registration desk does.
    objects = DepartmentManager()

    class Meta:
        verbose_name = verbose_name_plural = "科室"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("web:department", args=[self.name])

    def natural_key(self) -> tuple[str]:
        return (self.name,)


class DepartmentAlias(models.Model):
    """Another spelling of a department (心内科 for 心血管内科)."""

    department = models.ForeignKey(
        Department, models.CASCADE, related_name="aliases", verbose_name="科室"
    )
    name = models.CharField("别名", max_length=50, unique=True)

    class Meta:
        verbose_name = verbose_name_plural = "科室别名"

    def __str__(self) -> str:
        return self.name


class EntityQuerySet(models.QuerySet):
    def of_kind(self, kind: str) -> EntityQuerySet:
        return self.filter(kind=kind)

    def named(self, name: str) -> EntityQuerySet:
        """Entities whose name or one of whose aliases is exactly `name`.

        The aliases come in through a subquery, not a join: OR-ed across a
        join, SQLite scanned the whole entity table (15 ms a lookup on the
        full knowledge base, against 0.4 ms this way).
        """
        by_alias = Alias.objects.filter(name=name).values("entity_id")
        return self.filter(models.Q(name=name) | models.Q(pk__in=by_alias))

    def listing_symptom(self, symptom: Entity) -> EntityQuerySet:
        """Diseases that list `symptom` among their symptoms, best described first.

        The disease of the same name (呃逆 lists 呃逆) is the symptom itself.
        How many facts a disease has stands in for how common it is: 头痛 then
        leads with 高血压 and 鼻窦炎, not with A组链球菌感染 by code point.
        """
        listing = self.filter(
            kind=EntityKind.DISEASE,
            facts__predicate=Predicate.SYMPTOM,
            facts__target=symptom,
        ).exclude(name=symptom.name)
        return (
            self.filter(pk__in=listing.values("pk"))
            .annotate(fact_count=models.Count("facts"))
            .order_by("-fact_count", "name")
        )


class Entity(models.Model):
    """One thing medicine names: a disease, symptom, drug, exam, body part …

    Identified by (kind, name): fixtures, importers and URLs say 面肌痉挛, never a pk.
    """

    kind = models.CharField("类型", max_length=20, choices=EntityKind.choices)
    name = models.CharField("名称", max_length=200, help_text="例如 面肌痉挛")

    objects = EntityQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "实体"
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "name"], name="%(app_label)s_%(class)s_unique_kind_name"
            )
        ]
        indexes = [models.Index(fields=["name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("web:entity", args=[self.kind, self.name])

    def natural_key(self) -> tuple[str, str]:
        return (self.kind, self.name)


class Alias(models.Model):
    """Another name of an entity: 别称, 英文名, ICD-10 code, lay term, 繁体 form …"""

    entity = models.ForeignKey(
        Entity, models.CASCADE, related_name="aliases", verbose_name="实体"
    )
    name = models.CharField("别名", max_length=200, db_index=True)
    kind = models.CharField("类型", max_length=20, choices=AliasKind.choices)
    source = models.ForeignKey(Source, models.CASCADE, verbose_name="来源")

    class Meta:
        verbose_name = verbose_name_plural = "别名"
        constraints = [
            models.UniqueConstraint(
                fields=["entity", "name", "source"],
                name="%(app_label)s_%(class)s_unique_entity_name_source",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.entity}"


class FactQuerySet(models.QuerySet):
    def about(self, subject: Entity, predicate: str) -> FactQuerySet:
        """Facts of one kind about `subject`, preferred source first, in order."""
        return (
            self.filter(subject=subject, predicate=predicate)
            .select_related("source", "target", "department")
            .order_by("-source__priority", "position")
        )


class Fact(models.Model):
    """One typed statement about an entity, with the source and record it came from.

    `text` is the value as the source states it (cleaned, never reworded);
    `target` is the entity it names when it names one. `record` is the source's
    own key for the record (a CMeKG subject, an overlay file and entry) so a page
    can say where each line came from.
    """

    subject = models.ForeignKey(
        Entity, models.CASCADE, related_name="facts", verbose_name="主体"
    )
    predicate = models.CharField("关系", max_length=30, choices=Predicate.choices)
    text = models.TextField("内容")
    target = models.ForeignKey(
        Entity,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentions",
        verbose_name="指向实体",
    )
    department = models.ForeignKey(
        Department, models.SET_NULL, null=True, blank=True, verbose_name="科室"
    )
    detail = models.JSONField(
        "补充", default=dict, blank=True, help_text="可能原因的区分要点、就医时机等"
    )
    source = models.ForeignKey(Source, models.CASCADE, verbose_name="来源")
    record = models.CharField("来源记录", max_length=300)
    reference = models.CharField("参考文献", max_length=300, blank=True)
    position = models.PositiveIntegerField("顺序", default=0)

    objects = FactQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "事实"
        indexes = [
            models.Index(fields=["subject", "predicate"]),
            models.Index(fields=["target", "predicate"]),
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.get_predicate_display()} {self.text}"


class RedFlag(models.Model):
    """A pattern of symptoms that needs emergency care, and why."""

    name = models.CharField("名称", max_length=100, unique=True)
    patterns = models.JSONField(
        "症状组合", help_text="任一组内的症状同时出现即触发，例如 [[胸痛, 大汗]]"
    )
    reason = models.TextField("原因")
    action = models.TextField("应对")
    conditions = models.ManyToManyField(
        Entity, blank=True, related_name="red_flags", verbose_name="相关疾病"
    )
    source = models.ForeignKey(Source, models.CASCADE, verbose_name="来源")
    record = models.CharField("来源记录", max_length=300)
    reference = models.CharField("参考文献", max_length=300)

    class Meta:
        verbose_name = verbose_name_plural = "危险信号"

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.name,)


class BuildRun(models.Model):
    """One run of `yizhi kb build`: when, how long, and what it produced."""

    started = models.DateTimeField("开始")
    seconds = models.FloatField("耗时（秒）")
    counts = models.JSONField("统计", default=dict)

    class Meta:
        verbose_name = verbose_name_plural = "构建记录"
        get_latest_by = "started"

    def __str__(self) -> str:
        return f"{self.started:%Y-%m-%d %H:%M} ({self.seconds:.1f}s)"
