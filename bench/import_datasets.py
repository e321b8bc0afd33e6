"""Measure dataset import speed: Q&A CSV rows/s and QASystem records/s.

Run: .venv/bin/python bench/import_datasets.py [--rows 50000] [--records 5000]

Generates a GB18030 Q&A CSV (the encoding of the public medical dialogue
dataset; one row in ten repeats an earlier question with another answer) and
a QASystemOnMedicalKG-shaped JSON-lines file, both from fixed templates, then
imports them into a fresh SQLite database in a temporary directory: never the
project's var/. The Q&A file is imported twice, the second run measuring the
re-import path where every row is unchanged.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

DEPARTMENTS = ["神经科", "心血管科", "消化科", "小儿内科", "妇科", "男科", "皮肤科"]
DEPARTMENTS += ["内分泌科", "呼吸科", "肿瘤科", "骨科", "泌尿科", "耳鼻喉科", "某某科"]
COMPLAINTS = ["头痛", "胸闷", "胃胀", "咳嗽", "腿抽筋", "皮疹", "失眠", "腰痛"]
DURATIONS = ["两天", "一周", "半个月", "一个多月", "三个月"]


def write_qa_csv(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["department", "title", "ask", "answer"])
        for number in range(rows):
            # One row in ten repeats an earlier question with another answer.
            base = rng.randrange(number) if number and rng.random() < 0.1 else number
            complaint = COMPLAINTS[base % len(COMPLAINTS)]
            duration = DURATIONS[base % len(DURATIONS)]
            writer.writerow(
                [
                    DEPARTMENTS[base % len(DEPARTMENTS)],
                    f"示例问题{base}：{complaint}{duration}怎么办",
                    f"示例描述{base}：{complaint}已经{duration}，想知道要注意什么。",
                    f"示例回答{number}：请结合具体情况到医院面诊，遵医嘱处理。",
                ]
            )


def write_qasystem(path: Path, records: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(records):
            record = {
                "_id": {"$oid": f"{number:024x}"},
                "name": f"示例病{number}",
                "desc": f"示例描述：第{number}种示例疾病。",
                "category": ["疾病百科", "内科", "神经内科"],
                "symptom": [f"示例症状{number % 300}", "头痛"],
                "check": [f"示例检查{number % 50}"],
                "acompany": [f"示例病{(number + 1) % records}"],
                "cure_department": ["内科", "神经内科"],
                "cure_way": ["药物治疗"],
                "common_drug": [f"示例药{number % 100}"],
                "drug_detail": [f"示例厂示例药{number % 100}(示例药{number % 100})"],
                "yibao_status": "否",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def setup_django(var_dir: Path) -> None:
    os.environ["YIZHI_VAR_DIR"] = str(var_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from yizhi.knowledge.importers.tree import sync_departments

    call_command("migrate", verbosity=0, interactive=False)
    sync_departments()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--records", type=int, default=5_000)
    args = parser.parse_args(argv)
    rng = random.Random(7)  # noqa: S311 - reproducible test data
    with tempfile.TemporaryDirectory(prefix="yizhi-bench-") as temp:
        folder = Path(temp)
        qa_path, kg_path = folder / "qa.csv", folder / "medical.json"
        write_qa_csv(qa_path, args.rows, rng)
        write_qasystem(kg_path, args.records)
        setup_django(folder)
        from yizhi.content.datasets.qa_csv import QACsvImporter
        from yizhi.knowledge.importers.qasystem import QASystemImporter

        size = qa_path.stat().st_size / 1e6
        print(f"qa-csv: {args.rows} rows, {size:.1f} MB GB18030")
        for label in ("first import", "re-import"):
            started = time.perf_counter()
            report = QACsvImporter(paths=[qa_path]).run()
            seconds = time.perf_counter() - started
            print(
                f"  {label:12} {seconds:6.2f} s  {args.rows / seconds:8.0f} rows/s  "
                f"created {report.created} updated {report.updated} "
                f"unchanged {report.unchanged} failed {len(report.failures)}"
            )
        started = time.perf_counter()
        report = QASystemImporter(path=kg_path).run()
        seconds = time.perf_counter() - started
        print(
            f"qasystem: {args.records} records  {seconds:6.2f} s  "
            f"{args.records / seconds:8.0f} records/s  facts {report.facts}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
