from django.contrib import admin
from django.urls import include, path

from yizhi.api.site import api, docs

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("api/docs", docs, name="api-docs"),
    path("", include("yizhi.web.urls")),
]
