"""Hospitals and doctors: who a reader can go to once they know which department.

Rows come from an importer (CSV the editors keep, or the demo set). Demo rows
carry `is_demo` so every page that shows them can say 示例数据 plainly.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from yizhi.knowledge.models import Department, Entity, Source


class HospitalGrade(models.TextChoices):
    """The grades of the national hospital accreditation, best first."""

    GRADE_3A = "三甲", "三级甲等"
    GRADE_3B = "三乙", "三级乙等"
    GRADE_3 = "三级", "三级"
    GRADE_2A = "二甲", "二级甲等"
    GRADE_2B = "二乙", "二级乙等"
    GRADE_2 = "二级", "二级"
    GRADE_1 = "一级", "一级"
    UNGRADED = "未定级", "未定级"


class DoctorTitle(models.TextChoices):
    """Clinical titles, most senior first."""

    CHIEF = "主任医师", "主任医师"
    ASSOCIATE_CHIEF = "副主任医师", "副主任医师"
    ATTENDING = "主治医师", "主治医师"
    RESIDENT = "住院医师", "住院医师"


# Seniority order for listings: most senior first, untitled last.
TITLE_RANK = {title: rank for rank, title in enumerate(DoctorTitle.values)}


class HospitalQuerySet(models.QuerySet):
    def in_city(self, city: str) -> HospitalQuerySet:
        return self.filter(city=city)

    def offering(self, department: Department) -> HospitalQuerySet:
        """Hospitals with `department` or one of the departments under it."""
        return self.filter(departments__path__startswith=department.path).distinct()

    def get_by_natural_key(self, name: str) -> Hospital:
        return self.get(name=name)


class Hospital(models.Model):
    """A hospital a reader can register at, with the departments it runs."""

    name = models.CharField("医院", max_length=100, unique=True)
    province = models.CharField("省份", max_length=20, blank=True)
    city = models.CharField("城市", max_length=30, db_index=True)
    grade = models.CharField(
        "等级", max_length=10, choices=HospitalGrade.choices, blank=True
    )
    kind = models.CharField("类别", max_length=30, blank=True, help_text="综合、专科…")
    address = models.CharField("地址", max_length=200, blank=True)
    phone = models.CharField("电话", max_length=50, blank=True)
    introduction = models.TextField("简介", blank=True)
    departments = models.ManyToManyField(
        Department, blank=True, related_name="hospitals", verbose_name="科室"
    )
    is_demo = models.BooleanField("示例数据", default=False)
    source = models.ForeignKey(Source, models.PROTECT, verbose_name="来源")
    record = models.CharField("来源记录", max_length=300)

    objects = HospitalQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "医院"
        ordering = ["city", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("web:hospital", args=[self.pk])

    def natural_key(self) -> tuple[str]:
        return (self.name,)


class DoctorQuerySet(models.QuerySet):
    def in_department(self, department: Department) -> DoctorQuerySet:
        """Doctors of `department` or of a department under it (内科 → 神经内科)."""
        return self.filter(department__path__startswith=department.path)

    def treating(self, disease: Entity) -> DoctorQuerySet:
        """Doctors whose 擅长 names `disease`."""
        return self.filter(specialties=disease)

    def by_seniority(self) -> DoctorQuerySet:
        """Most senior title first; real doctors before demo ones at each title."""
        rank = models.Case(
            *(models.When(title=title, then=n) for title, n in TITLE_RANK.items()),
            default=len(TITLE_RANK),
            output_field=models.IntegerField(),
        )
        return self.alias(title_rank=rank).order_by("is_demo", "title_rank", "pk")

    def get_by_natural_key(self, name: str, hospital: str, department: str) -> Doctor:
        return self.get(name=name, hospital__name=hospital, department__name=department)


class Doctor(models.Model):
    """A doctor at one hospital and department, with what they treat (擅长)."""

    name = models.CharField("姓名", max_length=50)
    title = models.CharField(
        "职称", max_length=10, choices=DoctorTitle.choices, blank=True
    )
    academic_title = models.CharField(
        "学术职称", max_length=20, blank=True, help_text="教授、副教授…"
    )
    hospital = models.ForeignKey(
        Hospital, models.CASCADE, related_name="doctors", verbose_name="医院"
    )
    department = models.ForeignKey(
        Department,
        models.PROTECT,
        related_name="doctors",
        verbose_name="科室",
    )
    specialty = models.TextField("擅长", blank=True)
    specialties = models.ManyToManyField(
        Entity,
        blank=True,
        related_name="doctors",
        verbose_name="擅长的疾病",
        help_text="擅长里能在知识库中找到的疾病",
    )
    introduction = models.TextField("简介", blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    source = models.ForeignKey(Source, models.PROTECT, verbose_name="来源")
    record = models.CharField("来源记录", max_length=300)

    objects = DoctorQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "医生"
        ordering = ["hospital__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "hospital", "department"],
                name="doctor_unique_per_hospital_department",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.hospital.name}）"

    def get_absolute_url(self) -> str:
        return reverse("web:doctor", args=[self.pk])

    def natural_key(self) -> tuple[str, str, str]:
        return (self.name, self.hospital.name, self.department.name)

    natural_key.dependencies = ["directory.hospital", "knowledge.department"]
