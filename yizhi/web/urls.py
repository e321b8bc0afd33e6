"""The portal's pages. Entity and department names go in the path as they are."""

from django.urls import path, register_converter

from yizhi.web.converters import EntityKindConverter, NameConverter
from yizhi.web.views import departments, entities, home, search

register_converter(EntityKindConverter, "entity_kind")
register_converter(NameConverter, "entity_name")

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("about/", home.about, name="about"),
    path("search", search.search, name="search"),
    path("departments/", departments.tree, name="departments"),
    path("department/<entity_name:name>/", departments.department, name="department"),
    path("<entity_kind:kind>/<entity_name:name>/", entities.entity, name="entity"),
]
