from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "yizhi.search"
    verbose_name = "搜索"
