from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "yizhi.web"
    verbose_name = "网站"
