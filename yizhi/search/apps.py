from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "yizhi.search"
    verbose_name = "搜索"

    def ready(self) -> None:
        # Saves of articles, questions, doctors and hospitals update the index.
        from yizhi.search.index import updates

        updates.connect()
