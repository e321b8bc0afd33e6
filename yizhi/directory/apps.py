from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "yizhi.directory"
    verbose_name = "医生与医院"

    def ready(self) -> None:
        # Registers the importers `yizhi import NAME` offers: the directory's
        # own, the Q&A dataset (its models are content's, its rows are rows
        # like ours) and the QASystemOnMedicalKG disease records.
        from yizhi.content.datasets import qa_csv  # noqa: F401
        from yizhi.directory.importers import demo, doctors, hospitals  # noqa: F401
        from yizhi.knowledge.importers import qasystem  # noqa: F401
