from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "yizhi.knowledge"
    verbose_name = "医学知识库"
