from django.contrib import admin

from yizhi.content.models import (
    Answer,
    Article,
    ArticleCause,
    ArticleDoctor,
    ArticleDrug,
    ArticleExam,
    ArticleRelated,
    AuditFinding,
    Question,
)


class CauseInline(admin.StackedInline):
    model = ArticleCause
    extra = 0
    fields = ["position", "name", "link", "entity", "explanation", "treatment"]
    raw_id_fields = ["entity"]


class DrugInline(admin.TabularInline):
    model = ArticleDrug
    extra = 0
    fields = ["position", "name", "cause", "entity", "stated_indication"]
    raw_id_fields = ["entity", "cause"]


class ExamInline(admin.TabularInline):
    model = ArticleExam
    extra = 0
    raw_id_fields = ["entity"]


class DoctorInline(admin.TabularInline):
    model = ArticleDoctor
    extra = 0
    raw_id_fields = ["doctor", "hospital"]


class RelatedInline(admin.TabularInline):
    model = ArticleRelated
    extra = 0


class FindingInline(admin.TabularInline):
    model = AuditFinding
    extra = 0
    fields = ["kind", "subject", "drug", "reason"]
    readonly_fields = ["kind", "subject", "drug", "reason"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "subject", "status", "is_demo", "source", "updated"]
    list_filter = ["status", "is_demo", "source", "findings__kind"]
    search_fields = ["title", "source_key"]
    raw_id_fields = ["subject", "author", "department"]
    readonly_fields = ["source_key", "content_hash", "imported", "updated"]
    exclude = ["parsed"]
    inlines = [
        FindingInline,
        CauseInline,
        DrugInline,
        ExamInline,
        DoctorInline,
        RelatedInline,
    ]


@admin.register(AuditFinding)
class AuditFindingAdmin(admin.ModelAdmin):
    list_display = ["article", "kind", "subject", "drug"]
    list_filter = ["kind"]
    search_fields = ["subject", "drug", "reason", "article__title"]


class AnswerInline(admin.StackedInline):
    model = Answer
    extra = 0
    raw_id_fields = ["doctor"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "department", "source", "created"]
    list_filter = ["source"]
    search_fields = ["title", "body"]
    raw_id_fields = ["article", "department"]
    inlines = [AnswerInline]
