from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "yizhi.knowledge"
    verbose_name = "医学知识库"

    def ready(self) -> None:
        # Registers the importers `yizhi import NAME` offers.
        from yizhi.knowledge.importers import cmekg, overlay  # noqa: F401
