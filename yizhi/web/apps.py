from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "yizhi.web"
    verbose_name = "网站"

    def ready(self) -> None:
        # Saves and deletes of what pages show move the page cache's revision.
        from yizhi.web import caching

        caching.connect()
