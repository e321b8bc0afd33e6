"""Score `yizhi nlp` on every task of the evaluation sets beside the repository.

The sets live in `../shared/eval` (never in the repository); their scorer runs
the command over each set and prints one JSON line of metrics per task. Without
the sets this prints why and exits cleanly, so `make bench` works anywhere.

    .venv/bin/python bench/nlp_scores.py [TASK ...]
"""

import json
import shlex
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
TASKS = ("intent", "entities", "similar", "rank", "department")
# The targets the project set itself for unseen splits of the same sets.
TARGETS = {
    "intent": ("accuracy", 0.72),
    "entities": ("all.f1", 0.40),
    "similar": ("accuracy", 0.72),
    "rank": ("spearman", 0.62),
    "department": ("accuracy", 0.85),
}


def _metric(result: dict, path: str) -> float:
    value = result
    for key in path.split("."):
        value = value[key]
    return float(value)


def score(task: str) -> dict:
    """Run the scorer on one task and return its metrics line as a dict."""
    command = f"{shlex.quote(sys.executable)} -m yizhi nlp {task}"
    completed = subprocess.run(  # noqa: S603 - our interpreter, a fixed task name
        [sys.executable, str(EVAL_DIR / "score.py"), task, "--cmd", command],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"{task}: scorer failed\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    if not (EVAL_DIR / "score.py").is_file():
        print(f"skipped: no evaluation sets at {EVAL_DIR.name} beside the repository")
        return 0
    for task in argv or TASKS:
        started = time.perf_counter()
        result = score(task)
        metric, target = TARGETS[task]
        value = _metric(result, metric)
        print(json.dumps(result, ensure_ascii=False))
        print(
            f"  {task}: {metric} {value:.3f} (target on unseen splits {target}), "
            f"wall {time.perf_counter() - started:.1f}s"
        )
        if task == "department":
            recall = result["mean_recall"]
            print(f"  department: mean recall {recall:.3f} (target 0.60)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
