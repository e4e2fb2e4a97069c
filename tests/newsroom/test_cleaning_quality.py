"""Quality gate: the evaluation kit's metrics over the cases in tests/fixtures/cleaning and
the probe cases in tests/fixtures/cleaning_probe.

The scorer is the kit's own score.py, vendored unchanged and run in-process, so a
regression in any metric fails here before it reaches an editor. The kit's cases alone
would let rules fitted to them pass; the probe cases, written apart from them with other
mastheads, running lines, bylines, credits and paragraph styles, hold the cleaner to the
same thresholds on layouts it was not tuned on.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsroom.cleaning.training.evaluate import baseline as join_all_lines
from tests.newsroom.cleaning_util import MODEL_MISS, clean_story

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = FIXTURES / "cleaning"
PROBES = FIXTURES / "cleaning_probe"
SETS = {"kit": CASES, "probe": PROBES}
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
# Where the structure model is still short of the targets: these must still fail
# (see MODEL_MISS), so the suite says when a model reaches them.
SHORT_OF_TARGET: set[tuple[str, str]] = set()


def _load_scorer():
    spec = importlib.util.spec_from_file_location("cleaning_score", CASES / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _load_scorer()


def _names(folder: Path = CASES) -> list[str]:
    return sorted(p.name.removesuffix(".raw.txt") for p in folder.glob("*.raw.txt"))


def _raw(name: str, folder: Path = CASES) -> str:
    return (folder / f"{name}.raw.txt").read_text(encoding="utf-8")


def _expected(name: str, folder: Path = CASES) -> dict:
    return json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))


def _ocr_like(name: str) -> bool:
    """Genuine OCR, or a probe imitating it: character errors the cleaner leaves alone."""
    return "_real_" in name or "_ocr_" in name


@pytest.fixture(scope="module")
def cleaned() -> dict[str, dict[str, dict]]:
    return {
        key: {name: clean_story(_raw(name, folder)).to_json() for name in _names(folder)}
        for key, folder in SETS.items()
    }


@pytest.fixture(scope="module")
def results(cleaned) -> dict[str, dict[str, dict]]:
    return {
        key: {
            name: score.score_case(out, _expected(name, SETS[key]))
            for name, out in cleaned[key].items()
        }
        for key in SETS
    }


def _mean(results: dict[str, dict], metric: str, names: list[str] | None = None) -> float:
    values = [results[n][metric] for n in names or results if results[n][metric] is not None]
    return sum(values) / len(values)


def test_fixture_cases_cover_every_kind():
    names = _names()
    assert "seed_moscow_times" in names
    for kind in ("_gv_", "_op_", "_real_"):
        assert any(kind in n for n in names), kind


def test_probe_set_is_large_and_says_what_each_case_is_for():
    names = _names(PROBES)
    assert len(names) >= 20
    assert any(_ocr_like(n) for n in names)
    for name in names:
        source = _expected(name, PROBES)["source"]
        assert source["kind"] == "synthetic probe written for the test suite"
        assert source["exercises"]


def test_seed_article_comes_out_exactly_as_expected():
    expected = _expected("seed_moscow_times")
    out = clean_story(_raw("seed_moscow_times")).to_json()
    assert {k: out[k] for k in FIELDS} == {k: expected[k] for k in FIELDS}


@pytest.mark.parametrize("cases", sorted(SETS))
@pytest.mark.parametrize("metric", sorted(MINIMUM))
def test_mean_metric_meets_its_threshold(request, results, cases, metric):
    if (cases, metric) in SHORT_OF_TARGET:
        request.applymarker(MODEL_MISS)
    assert _mean(results[cases], metric) >= MINIMUM[metric]


@pytest.mark.parametrize("cases", sorted(SETS))
def test_synthetic_cases_body_cer_is_tiny(request, results, cases):
    if (cases, "CER") in SHORT_OF_TARGET:
        request.applymarker(MODEL_MISS)
    synthetic = [n for n in results[cases] if not _ocr_like(n)]
    assert _mean(results[cases], "CER", synthetic) <= MAX_SYNTHETIC_CER


@pytest.mark.parametrize(
    ("cases", "name"),
    [(key, n) for key, folder in sorted(SETS.items()) for n in _names(folder) if _ocr_like(n)],
)
def test_ocr_cer_beats_the_trivial_baseline(request, results, cases, name):
    if (cases, name) in SHORT_OF_TARGET:
        request.applymarker(MODEL_MISS)
    baseline = score.score_case(
        join_all_lines(_raw(name, SETS[cases])), _expected(name, SETS[cases])
    )
    assert results[cases][name]["CER"] < baseline["CER"]


@pytest.mark.parametrize("field", ["publication", "dateline"])
def test_probe_publication_and_dateline(cleaned, field):
    # The kit's scorer does not look at these; the probe cases record them.
    names = _names(PROBES)
    right = sum(cleaned["probe"][n][field] == _expected(n, PROBES)[field] for n in names)
    assert right >= 0.95 * len(names)
