"""Articles imported from health pages, and doctor–patient questions and answers.

An article keeps the parsed structure of its page (causes, drugs, exams, side
blocks) as rows, each with the knowledge-base entity it was linked to, so pages
and the audit work from links rather than from names. `source_key` is where the
page came from (a path or the key an editor gives): importing the same source
again updates the article instead of adding a second one.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from yizhi.directory.models import Doctor, Hospital
from yizhi.knowledge.models import Department, Entity, Source


class ReviewStatus(models.TextChoices):
    NEEDS_REVIEW = "needs_review", "已导入，待审核"
    REVIEWED = "reviewed", "已审核"
    REJECTED = "rejected", "已退回"


class LinkStatus(models.TextChoices):
    """What a name on a page was linked to."""

    ENTITY = "entity", "知识库实体"
    FACTOR = "factor", "非疾病因素"
    UNLINKED = "unlinked", "未链接"


class Article(models.Model):
    source_key = models.CharField(
        "来源标识", max_length=500, unique=True, help_text="文件路径或编辑给出的来源"
    )
    source = models.ForeignKey(Source, models.PROTECT, verbose_name="来源")
    title = models.CharField("标题", max_length=300)
    summary = models.TextField("摘要", blank=True)
    advice = models.JSONField("建议", default=list, blank=True)
    disclaimer = models.TextField("页面免责声明", blank=True)
    site = models.CharField("原站点", max_length=100, blank=True)
    views = models.PositiveIntegerField("浏览量", null=True, blank=True)
    published = models.DateField("发布日期", null=True, blank=True)
    author_name = models.CharField("作者", max_length=50, blank=True)
    author_title = models.CharField("作者职称", max_length=50, blank=True)
    author_hospital = models.CharField("作者医院", max_length=100, blank=True)
    author = models.ForeignKey(
        Doctor,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="作者（医生库）",
    )
    department = models.ForeignKey(
        Department, models.SET_NULL, null=True, blank=True, verbose_name="科室"
    )
    subject = models.ForeignKey(
        Entity,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="主题实体",
        help_text="标题所问的疾病或症状",
    )
    status = models.CharField(
        "审核状态",
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.NEEDS_REVIEW,
    )
    reviewed = models.DateTimeField("审核时间", null=True, blank=True)
    content_hash = models.CharField("内容指纹", max_length=64, db_index=True)
    parsed = models.JSONField("解析结果", default=dict)
    is_demo = models.BooleanField(
        "示例数据", default=False, help_text="随项目附带的示例文章，不是真实来源"
    )
    imported = models.DateTimeField("首次导入", auto_now_add=True)
    updated = models.DateTimeField("最近更新", auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "科普文章"
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("web:article", args=[self.pk])


class ArticlePart(models.Model):
    """Fields every block of an article shares: its article and its place."""

    article = models.ForeignKey(Article, models.CASCADE, verbose_name="文章")
    position = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        abstract = True
        ordering = ["article", "position"]


class ArticleCause(ArticlePart):
    name = models.CharField("病因", max_length=200)
    explanation = models.TextField("说明", blank=True)
    symptoms = models.JSONField("伴随症状", default=list, blank=True)
    treatment = models.TextField("治疗", blank=True)
    link = models.CharField(
        "链接", max_length=10, choices=LinkStatus.choices, default=LinkStatus.UNLINKED
    )
    entity = models.ForeignKey(
        Entity,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="article_causes",
        verbose_name="实体",
    )

    class Meta(ArticlePart.Meta):
        default_related_name = "causes"
        verbose_name = verbose_name_plural = "文章病因"

    def __str__(self) -> str:
        return self.name


class ArticleDrug(ArticlePart):
    """A drug the page names, in a cause's text (`cause` set) or its drug block."""

    cause = models.ForeignKey(
        ArticleCause,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="drugs",
        verbose_name="所属病因",
    )
    name = models.CharField("药名", max_length=200)
    manufacturer = models.CharField("厂家", max_length=200, blank=True)
    stated_indication = models.TextField("页面所写适应症", blank=True)
    entity = models.ForeignKey(
        Entity,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="article_drugs",
        verbose_name="实体",
    )

    class Meta(ArticlePart.Meta):
        default_related_name = "drugs"
        verbose_name = verbose_name_plural = "文章药品"

    def __str__(self) -> str:
        return self.name


class ArticleExam(ArticlePart):
    name = models.CharField("检查", max_length=200)
    description = models.TextField("说明", blank=True)
    entity = models.ForeignKey(
        Entity,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="article_exams",
        verbose_name="实体",
    )

    class Meta(ArticlePart.Meta):
        default_related_name = "exams"
        verbose_name = verbose_name_plural = "文章检查"

    def __str__(self) -> str:
        return self.name


class ArticleDoctor(ArticlePart):
    """A doctor the page recommends, linked to the directory when found there."""

    name = models.CharField("姓名", max_length=50)
    title = models.CharField("职称", max_length=50, blank=True)
    academic_title = models.CharField("学术职称", max_length=50, blank=True)
    hospital_name = models.CharField("医院", max_length=100, blank=True)
    department_name = models.CharField("科室", max_length=50, blank=True)
    specialty = models.TextField("擅长", blank=True)
    doctor = models.ForeignKey(
        Doctor,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="article_mentions",
        verbose_name="医生库",
    )
    hospital = models.ForeignKey(
        Hospital,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="article_mentions",
        verbose_name="医院库",
    )

    class Meta(ArticlePart.Meta):
        default_related_name = "doctors"
        verbose_name = verbose_name_plural = "文章医生"

    def __str__(self) -> str:
        return self.name


class ArticleRelated(ArticlePart):
    """A related question the page links to, after de-duplication."""

    title = models.CharField("标题", max_length=300)
    summary = models.TextField("摘要", blank=True)

    class Meta(ArticlePart.Meta):
        default_related_name = "related"
        verbose_name = verbose_name_plural = "相关推荐"

    def __str__(self) -> str:
        return self.title


class AuditKind(models.TextChoices):
    DRUG_MISMATCH = "drug_mismatch", "药品与病情不符"
    MISSING_DISCLAIMER = "missing_disclaimer", "缺少免责声明"
    DUPLICATE = "duplicate", "重复条目"
    UNLINKED_CAUSE = "unlinked_cause", "病因未链接"


class AuditFindingQuerySet(models.QuerySet):
    def unfit_drug_names(self) -> frozenset[str]:
        """Names of the drugs found unfit for their condition: pages and the
        API withhold these wherever the article lists its drugs."""
        unfit = self.filter(kind=AuditKind.DRUG_MISMATCH)
        return frozenset(unfit.values_list("drug", flat=True))


class AuditFinding(models.Model):
    """One problem the audit found in an article; recomputed on every import."""

    article = models.ForeignKey(
        Article, models.CASCADE, related_name="findings", verbose_name="文章"
    )
    kind = models.CharField("类型", max_length=30, choices=AuditKind.choices)
    subject = models.CharField(
        "对象", max_length=300, help_text="所涉病情、病因或条目，例如 面肌痉挛"
    )
    drug = models.CharField(
        "药品",
        max_length=200,
        blank=True,
        help_text="药品与病情不符时，被列出的药名，例如 阿比多尔片",
    )
    reason = models.TextField("原因")
    detail = models.JSONField("细节", default=dict, blank=True)

    objects = AuditFindingQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "审核发现"
        ordering = ["article", "kind", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.subject}"


class Question(models.Model):
    """A patient's question, from a Q&A dataset or a page's Q&A block."""

    title = models.CharField("标题", max_length=300)
    body = models.TextField("问题描述", blank=True)
    department = models.ForeignKey(
        Department,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name="科室",
    )
    department_name = models.CharField(
        "原科室名", max_length=50, blank=True, help_text="数据集里写的科室"
    )
    article = models.ForeignKey(
        Article,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name="出自文章",
    )
    source = models.ForeignKey(Source, models.PROTECT, verbose_name="来源")
    record = models.CharField("来源记录", max_length=300)
    content_hash = models.CharField("内容指纹", max_length=64, unique=True)
    created = models.DateTimeField("导入时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "问答"
        ordering = ["-created", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("web:question", args=[self.pk])


class Answer(models.Model):
    question = models.ForeignKey(
        Question, models.CASCADE, related_name="answers", verbose_name="问题"
    )
    text = models.TextField("回答")
    doctor_name = models.CharField("医生", max_length=50, blank=True)
    hospital_name = models.CharField("医院", max_length=100, blank=True)
    doctor = models.ForeignKey(
        Doctor,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="answers",
        verbose_name="医生库",
    )
    position = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "回答"
        ordering = ["question", "position"]

    def __str__(self) -> str:
        return self.text[:30]
