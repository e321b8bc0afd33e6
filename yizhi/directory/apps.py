from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "yizhi.directory"
    verbose_name = "医生与医院"
