"""What search engines read: titles, canonical addresses, JSON-LD, sitemap, robots."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from yizhi.web.templatetags.seo import json_ld

LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def _ld(response) -> dict:
    return json.loads(LD.search(response.content.decode()).group(1))


@pytest.mark.parametrize(
    ("attribute", "kind"),
    [
        ("disease", "MedicalCondition"),
        ("symptom", "MedicalCondition"),
        ("drug", "Drug"),
        ("exam", "MedicalWebPage"),
    ],
)
def test_entity_pages_carry_json_ld_of_their_type(
    client, web_kb, attribute, kind
) -> None:
    data = _ld(client.get(getattr(web_kb, attribute).get_absolute_url()))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == kind
    assert data["name"] == getattr(web_kb, attribute).name


def test_drug_json_ld_states_prescription_only(client, web_kb) -> None:
    data = _ld(client.get(web_kb.drug.get_absolute_url()))
    assert data["prescriptionStatus"] == "https://schema.org/PrescriptionOnly"


def test_pages_have_a_canonical_address_without_filters(client, web_kb) -> None:
    url = web_kb.disease.get_absolute_url()
    body = client.get(url + "?utm=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in body
    assert "<title>面肌痉挛_疾病百科_医知</title>" in body
    assert '<meta name="description" content="医知：从结构化' not in body


def test_search_pages_are_not_indexed(client, web_kb) -> None:
    body = client.get(reverse("web:search"), {"q": "面肌"}).content.decode()
    assert '<meta name="robots" content="noindex">' in body


def test_json_ld_cannot_close_its_script_block() -> None:
    written = str(json_ld({"name": "</script><script>alert(1)</script>"}))
    assert written.count("</script>") == 1
    assert json.loads(LD.search(written).group(1))["name"].startswith("</script>")


def test_robots_points_at_the_sitemap(client, web_kb) -> None:
    text = client.get(reverse("web:robots")).content.decode()
    assert "Disallow: /search" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_sitemap_lists_sections_and_leaves_demo_rows_out(client, portal) -> None:
    index = client.get(reverse("web:sitemap")).content.decode()
    assert "/sitemap-disease.xml" in index and "/sitemap-doctors.xml" in index
    diseases = client.get("/sitemap-disease.xml").content.decode()
    assert portal.kb.disease.get_absolute_url() in diseases
    doctors = client.get("/sitemap-doctors.xml").content.decode()
    assert portal.specialist.get_absolute_url() in doctors
    assert portal.demo_doctor.get_absolute_url() not in doctors
    assert client.get("/sitemap-nothing.xml").status_code == 404
