from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "yizhi.content"
    verbose_name = "内容"
