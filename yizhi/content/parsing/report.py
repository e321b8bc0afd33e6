"""Render a ParsedPage as the readable summary `yizhi parse FILE` prints."""

from __future__ import annotations

from .model import Doctor, ParsedPage

PREVIEW = 60


def _short(text: str, limit: int = PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _doctor(doctor: Doctor) -> str:
    parts = [
        doctor.name,
        *doctor.titles,
        doctor.hospital,
        doctor.grade,
        doctor.department,
    ]
    return " ".join(part for part in parts if part)


def format_page(page: ParsedPage) -> str:
    """Return a plain-text overview of everything the parser found."""
    meta = page.metadata
    lines = [f"标题：{page.title}"]
    facts = [
        ("来源", meta.source or meta.site),
        ("发布", meta.published.isoformat() if meta.published else ""),
        ("浏览", str(meta.views) if meta.views is not None else ""),
        ("作者", _doctor(meta.author) if meta.author else ""),
        ("位置", " > ".join(meta.breadcrumb)),
    ]
    lines += [f"{label}：{value}" for label, value in facts if value]
    if page.summary:
        lines.append(f"摘要：{_short(page.summary, 120)}")
    lines.append(f"病因（{len(page.causes)}）：")
    for number, cause in enumerate(page.causes, start=1):
        lines.append(f"  {number}. {cause.name}")
        if cause.symptoms:
            lines.append(f"     伴随症状：{'、'.join(cause.symptoms)}")
        if cause.drugs:
            lines.append(f"     提到的药物：{'、'.join(cause.drugs)}")
    if page.advice:
        lines.append(f"建议：{_short(' '.join(page.advice), 120)}")
    lines.append(f"免责声明：{page.disclaimer or '（页面没有）'}")
    sections = [
        ("相关问题", [f"{r.title}" for r in page.related]),
        ("医生", [_doctor(d) for d in page.doctors]),
        (
            "药品",
            [
                f"{d.name}｜{d.manufacturer}｜{_short(d.indication, 40)}"
                for d in page.drugs
            ],
        ),
        ("检查", [f"{e.name}｜{_short(e.description, 40)}" for e in page.exams]),
        (
            "问答",
            [f"{q.question}｜{q.doctor.name if q.doctor else ''}" for q in page.qa],
        ),
    ]
    for label, items in sections:
        if items:
            lines.append(f"{label}（{len(items)}）：")
            lines += [f"  - {item}" for item in items]
    if page.card:
        lines.append(f"疾病卡片：{page.card.name}")
    return "\n".join(lines)
