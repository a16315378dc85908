"""Rewrite tests/fixtures/golden/*.json from the current code: ``python tests/regen_golden.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import EXAMPLES, GOLDEN  # noqa: E402
from test_golden import golden_output  # noqa: E402

GOLDEN.mkdir(parents=True, exist_ok=True)
for stale in GOLDEN.glob("*.json"):
    stale.unlink()
for path in sorted(EXAMPLES.glob("*.txt")):
    target = GOLDEN / f"{path.stem}.json"
    target.write_text(json.dumps(golden_output(path), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(target)
