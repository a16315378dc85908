"""The throughput benchmark's stage timing: it measures the real parse path and leaves it as it was."""

from __future__ import annotations

import importlib.util

import newsstruct
import newsstruct.pipeline as pipeline_module
from newsstruct import events, link

from conftest import EXAMPLES, REPO


def _throughput():
    spec = importlib.util.spec_from_file_location("throughput", REPO / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_timed_stages_time_every_stage_and_change_no_output(pipeline):
    throughput = _throughput()
    text = (EXAMPLES / "announcement-festival.txt").read_text(encoding="utf-8")
    before = newsstruct.dumps(pipeline.parse(text))
    stages: dict[str, float] = {}
    with throughput.timed_stages(pipeline_module, stages):
        during = newsstruct.dumps(pipeline.parse(text))
    assert during == before
    expected = {field for field, _ in pipeline_module.EXTRACTORS}
    expected |= {"document (normalise, segment)", "link people", "events"}
    assert set(stages) == expected


def test_timed_stages_put_the_pipeline_back():
    throughput = _throughput()
    saved = (pipeline_module.EXTRACTORS, pipeline_module.Pipeline.document, link.link_people, events.assemble)
    stages: dict[str, float] = {}
    try:
        with throughput.timed_stages(pipeline_module, stages):
            assert link.link_people is not saved[2]
            raise RuntimeError("a failure inside the timed block")
    except RuntimeError:
        pass
    assert pipeline_module.EXTRACTORS is saved[0]
    assert pipeline_module.Pipeline.document is saved[1]
    assert link.link_people is saved[2]
    assert events.assemble is saved[3]
