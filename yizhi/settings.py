"""Django settings for yizhi.

A few `YIZHI_*` environment variables choose between the laptop defaults
(SQLite and files under `var/`) and production. docs/settings.md lists each one,
and tests/test_docs.py fails when a variable is added here without its entry.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_seconds(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ImproperlyConfigured(
            f"{name} 应是不小于 0 的整数秒数，收到的是 {value!r}"
        )
    return int(value)


VAR_DIR = Path(os.environ.get("YIZHI_VAR_DIR", BASE_DIR / "var"))
SEARCH_INDEX_DIR = Path(os.environ.get("YIZHI_SEARCH_INDEX_DIR") or VAR_DIR / "search")
# The sentence encoder re-ranks free-text queries; off saves ~15 ms a query.
SEARCH_SEMANTIC_RERANK = _env_flag("YIZHI_SEARCH_SEMANTIC_RERANK", True)
DEBUG = _env_flag("YIZHI_DEBUG", False)
# The fallback key only ever signs cookies of a laptop install; production sets
# YIZHI_SECRET_KEY (docs/settings.md).
SECRET_KEY = os.environ.get(
    "YIZHI_SECRET_KEY", "yizhi-local-only-key-change-me-in-production"
)
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "YIZHI_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver"
    ).split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "treebeard",
    "yizhi.knowledge",
    "yizhi.directory",
    "yizhi.content",
    "yizhi.search",
    "yizhi.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "yizhi.web.middleware.BlankNulCharacters",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "yizhi.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "yizhi.wsgi.application"


def _database() -> dict:
    """Return the database settings: SQLite under var/ unless YIZHI_DATABASE_URL."""
    url = os.environ.get("YIZHI_DATABASE_URL", "")
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "yizhi.sqlite3",
            "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL;"},
        }
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured(
            f"YIZHI_DATABASE_URL 只支持 postgresql://，收到的是 {parts.scheme}://"
        )
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rendered pages are cached per process until something they show changes
# (web/caching.py), and never longer than this; 0 turns the cache off.
PAGE_CACHE_SECONDS = _env_seconds("YIZHI_PAGE_CACHE_SECONDS", 600)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 2000},  # pages of ~30 KB: about 60 MB at most
    }
}

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Only production collects static files; a laptop serves them from the apps.
STATIC_ROOT = os.environ.get("YIZHI_STATIC_ROOT") or None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve app static files straight from their folders, so a laptop install needs
# no collectstatic step.
WHITENOISE_USE_FINDERS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "yizhi": {
            "handlers": ["console"],
            "level": os.environ.get("YIZHI_LOG_LEVEL", "INFO"),
        }
    },
}
