"""What crawlers read: /robots.txt and the sitemaps."""

from __future__ import annotations

from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from yizhi.web.sitemaps import sitemaps

# Search result pages are endless variations of one page; the API and admin
# are not pages for readers.
DISALLOWED = ("/admin/", "/api/", "/search")


def robots(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('web:sitemap'))}")
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


def sitemap_index(request: HttpRequest) -> HttpResponse:
    return sitemap_views.index(
        request,
        sitemaps(),
        template_name="web/sitemap_index.xml",
        sitemap_url_name="web:sitemap-section",
    )


def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    return sitemap_views.sitemap(
        request, sitemaps(), section=section, template_name="web/sitemap.xml"
    )
