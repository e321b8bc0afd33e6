"""The portal's pages. Entity and department names go in the path as they are."""

from django.urls import path, register_converter

from yizhi.web.converters import EntityKindConverter, NameConverter
from yizhi.web.views import (
    articles,
    crawlers,
    departments,
    directory,
    entities,
    home,
    questions,
    search,
)

register_converter(EntityKindConverter, "entity_kind")
register_converter(NameConverter, "entity_name")

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("about/", home.about, name="about"),
    path("search", search.search, name="search"),
    path("robots.txt", crawlers.robots, name="robots"),
    path("sitemap.xml", crawlers.sitemap_index, name="sitemap"),
    path(
        "sitemap-<slug:section>.xml", crawlers.sitemap_section, name="sitemap-section"
    ),
    path("departments/", departments.tree, name="departments"),
    path("department/<entity_name:name>/", departments.department, name="department"),
    path("article/<int:pk>/", articles.article, name="article"),
    path("doctors/", directory.doctors, name="doctors"),
    path("doctor/<int:pk>/", directory.doctor, name="doctor"),
    path("hospitals/", directory.hospitals, name="hospitals"),
    path("hospital/<int:pk>/", directory.hospital, name="hospital"),
    path("questions/", questions.questions, name="questions"),
    path("question/<int:pk>/", questions.question, name="question"),
    path("<entity_kind:kind>/<entity_name:name>/", entities.entity, name="entity"),
]
