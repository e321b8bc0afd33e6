"""Reading listing filters from a query string, for page and API alike."""

from __future__ import annotations

import pytest

from yizhi.directory.filters import DoctorFilters, HospitalFilters


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"department": "神经内科", "page": "2"}, DoctorFilters(department="神经内科")),
        ({"title": " 主任医师 ", "city": ""}, DoctorFilters(title="主任医师")),
        ({}, DoctorFilters()),
    ],
)
def test_doctor_filters_keep_known_non_blank_parameters(params, expected) -> None:
    assert DoctorFilters.from_params(params) == expected


def test_active_lists_only_what_was_given() -> None:
    assert HospitalFilters(city="北京").active() == {"city": "北京"}


@pytest.mark.django_db
def test_bad_values_raise_with_the_choices() -> None:
    with pytest.raises(ValueError, match="可用：主任医师"):
        DoctorFilters(title="大夫").doctors()
    with pytest.raises(ValueError, match="可用：三甲"):
        HospitalFilters(grade="特等").hospitals()
