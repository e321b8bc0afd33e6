from django.contrib import admin

from yizhi.directory.models import Doctor, Hospital


@admin.register(Hospital)
class HospitalAdmin(admin.ModelAdmin):
    list_display = ["name", "city", "grade", "kind", "is_demo"]
    list_filter = ["grade", "is_demo", "city", "source"]
    search_fields = ["name", "city", "address"]
    filter_horizontal = ["departments"]
    readonly_fields = ["source", "record"]
    fieldsets = [
        (None, {"fields": ["name", "grade", "kind", "is_demo"]}),
        ("位置与联系", {"fields": ["province", "city", "address", "phone"]}),
        ("科室与简介", {"fields": ["departments", "introduction"]}),
        ("来源", {"fields": ["source", "record"]}),
    ]


@admin.register(Doctor)
class DoctorAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "academic_title", "hospital", "department"]
    list_filter = ["title", "is_demo", "hospital__city", "department"]
    list_select_related = ["hospital", "department"]
    search_fields = ["name", "hospital__name", "specialty"]
    autocomplete_fields = ["hospital", "specialties"]
    readonly_fields = ["source", "record"]
    fieldsets = [
        (None, {"fields": ["name", "title", "academic_title", "is_demo"]}),
        ("执业", {"fields": ["hospital", "department"]}),
        ("擅长与简介", {"fields": ["specialty", "specialties", "introduction"]}),
        ("来源", {"fields": ["source", "record"]}),
    ]
