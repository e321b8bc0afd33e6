from django.contrib import admin
from treebeard.admin import TreeAdmin
from treebeard.forms import movenodeform_factory

from yizhi.knowledge.models import (
    Alias,
    BuildRun,
    Department,
    DepartmentAlias,
    Entity,
    Fact,
    RedFlag,
    Source,
)


class DepartmentAliasInline(admin.TabularInline):
    model = DepartmentAlias
    extra = 0


@admin.register(Department)
class DepartmentAdmin(TreeAdmin):
    form = movenodeform_factory(Department)
    inlines = [DepartmentAliasInline]
    search_fields = ["name", "aliases__name"]


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0
    autocomplete_fields = ["source"]


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [AliasInline]


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ["subject", "predicate", "text", "target", "source", "record"]
    list_filter = ["predicate", "source"]
    search_fields = ["subject__name", "text"]
    raw_id_fields = ["subject", "target"]
    list_select_related = ["subject", "target", "source"]


@admin.register(RedFlag)
class RedFlagAdmin(admin.ModelAdmin):
    list_display = ["name", "reason", "source"]
    filter_horizontal = ["conditions"]
    search_fields = ["name"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["key", "title", "priority", "licence"]
    search_fields = ["key", "title"]


@admin.register(BuildRun)
class BuildRunAdmin(admin.ModelAdmin):
    list_display = ["started", "seconds"]
