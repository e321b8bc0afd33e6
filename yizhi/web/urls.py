"""The portal's pages. Entity and department names go in the path as they are.

Every page that only reads is served through the page cache (web/caching.py);
search answers differ per query and are cached by the search service instead.
"""

from django.urls import path, register_converter

from yizhi.web.caching import cached_page
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
    path("", cached_page(home.home), name="home"),
    path("about/", cached_page(home.about), name="about"),
    path("search", search.search, name="search"),
    path("robots.txt", crawlers.robots, name="robots"),
    path("sitemap.xml", crawlers.sitemap_index, name="sitemap"),
    path(
        "sitemap-<slug:section>.xml", crawlers.sitemap_section, name="sitemap-section"
    ),
    path("departments/", cached_page(departments.tree), name="departments"),
    path(
        "department/<entity_name:name>/",
        cached_page(departments.department),
        name="department",
    ),
    path("article/<int:pk>/", cached_page(articles.article), name="article"),
    path("doctors/", cached_page(directory.doctors), name="doctors"),
    path("doctor/<int:pk>/", cached_page(directory.doctor), name="doctor"),
    path("hospitals/", cached_page(directory.hospitals), name="hospitals"),
    path("hospital/<int:pk>/", cached_page(directory.hospital), name="hospital"),
    path("questions/", cached_page(questions.questions), name="questions"),
    path("question/<int:pk>/", cached_page(questions.question), name="question"),
    path(
        "<entity_kind:kind>/<entity_name:name>/",
        cached_page(entities.entity),
        name="entity",
    ),
]
