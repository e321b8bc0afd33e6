"""The filters of the 找医生 and 找医院 listings, read once for page and API.

A listing's query string (`?department=神经内科&title=主任医师&city=北京`) is
read here into a frozen value, so the page, the JSON API and their tests
agree on names, on blank values (ignored) and on bad ones (ValueError with
the valid choices, which the page shows and the API returns as a 4xx).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from django.db.models import QuerySet

from yizhi.directory.models import Doctor, DoctorTitle, Hospital, HospitalGrade
from yizhi.directory.queries import cities, filter_doctors, filter_hospitals


def _read(cls: type, params: Mapping[str, str]) -> dict[str, str]:
    """Return the known, non-blank parameters of `cls`, stripped."""
    names = {field.name for field in fields(cls)}
    return {
        name: str(value).strip()
        for name, value in params.items()
        if name in names and value is not None and str(value).strip()
    }


@dataclass(frozen=True, slots=True)
class DoctorFilters:
    department: str = ""
    title: str = ""
    hospital: str = ""  # a pk or an exact name
    city: str = ""
    specialty: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> DoctorFilters:
        return cls(**_read(cls, params))

    def active(self) -> dict[str, str]:
        return {name: value for name, value in asdict(self).items() if value}

    def doctors(self) -> QuerySet[Doctor]:
        """Return the matching doctors; an unknown title raises ValueError."""
        return filter_doctors(**self.active())


@dataclass(frozen=True, slots=True)
class HospitalFilters:
    city: str = ""
    grade: str = ""
    department: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> HospitalFilters:
        return cls(**_read(cls, params))

    def active(self) -> dict[str, str]:
        return {name: value for name, value in asdict(self).items() if value}

    def hospitals(self) -> QuerySet[Hospital]:
        """Return the matching hospitals; an unknown grade raises ValueError."""
        return filter_hospitals(**self.active())


def title_choices() -> list[str]:
    return list(DoctorTitle.values)


def grade_choices() -> list[str]:
    return list(HospitalGrade.values)


def city_choices() -> list[str]:
    return cities()
