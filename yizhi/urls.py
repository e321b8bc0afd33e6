from django.contrib import admin
from django.urls import include, path

from yizhi.api import site as api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("api/docs", api.docs, name="api-docs"),
    path("", include("yizhi.web.urls")),
]
