from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "yizhi.content"
    verbose_name = "内容"

    def ready(self) -> None:
        # Registers the importers `yizhi import NAME` offers.
        from yizhi.content.importers import demo, pages  # noqa: F401
