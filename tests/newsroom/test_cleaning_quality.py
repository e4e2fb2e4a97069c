"""Quality gate: the evaluation kit's metrics over the cases in tests/fixtures/cleaning.

The scorer is the kit's own score.py, vendored unchanged and run in-process, so a
regression in any metric fails here before it reaches an editor.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsroom.cleaning import clean

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"
FIELDS = ("publication", "headline", "byline", "captions", "subheads", "paragraphs", "insets")
MINIMUM = {
    "head": 0.95,
    "capF1": 0.9,
    "credit": 0.9,
    "subF1": 0.9,
    "paraF1": 0.95,
    "insF1": 0.9,
    "quote": 0.98,
}
MAX_SYNTHETIC_CER = 0.005


def _load_scorer():
    spec = importlib.util.spec_from_file_location("cleaning_score", CASES / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _load_scorer()


def _names() -> list[str]:
    return sorted(p.name.removesuffix(".raw.txt") for p in CASES.glob("*.raw.txt"))


def _raw(name: str) -> str:
    return (CASES / f"{name}.raw.txt").read_text(encoding="utf-8")


def _expected(name: str) -> dict:
    return json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _trivial_baseline(raw: str) -> dict:
    """The kit's baseline_trivial.py: first line as headline, everything as one paragraph."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    return {
        "headline": lines[0] if lines else "",
        "byline": None,
        "captions": [],
        "subheads": [],
        "paragraphs": [" ".join(raw.split())],
        "insets": [],
    }


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    return {
        name: score.score_case(clean(_raw(name)).to_json(), _expected(name)) for name in _names()
    }


def _mean(results: dict[str, dict], metric: str, names: list[str] | None = None) -> float:
    values = [results[n][metric] for n in names or results if results[n][metric] is not None]
    return sum(values) / len(values)


def test_fixture_cases_cover_every_kind():
    names = _names()
    assert "seed_moscow_times" in names
    for kind in ("_gv_", "_op_", "_real_"):
        assert any(kind in n for n in names), kind


def test_seed_article_comes_out_exactly_as_expected():
    expected = _expected("seed_moscow_times")
    out = clean(_raw("seed_moscow_times")).to_json()
    assert {k: out[k] for k in FIELDS} == {k: expected[k] for k in FIELDS}


@pytest.mark.parametrize("metric", sorted(MINIMUM))
def test_mean_metric_meets_its_threshold(results, metric):
    assert _mean(results, metric) >= MINIMUM[metric]


def test_synthetic_cases_body_cer_is_tiny(results):
    synthetic = [n for n in results if "_real_" not in n]
    assert _mean(results, "CER", synthetic) <= MAX_SYNTHETIC_CER


@pytest.mark.parametrize("name", [n for n in _names() if "_real_" in n])
def test_real_ocr_cer_beats_the_trivial_baseline(results, name):
    baseline = score.score_case(_trivial_baseline(_raw(name)), _expected(name))
    assert results[name]["CER"] < baseline["CER"]
