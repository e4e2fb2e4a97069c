"""No text lost without a word: every raw word of every case ends up in the cleaned result or
in a removal that says why.

Checked on every case the repository holds (the evaluation kit's, the probes, the real OCR
texts and the overProof articles, the set-aside ones included: accounting is not tuned, it
must simply hold) and on
generated pages, by a check that does not trust the cleaner's own bookkeeping: each raw
word is looked for in everything the cleaner printed.
"""

from __future__ import annotations

import pytest

from newsroom.cleaning import REMOVAL_REASONS, CleaningError, clean
from newsroom.cleaning.training.cases import KIT, PROBE, REAL_HELDOUT, REAL_TRAIN, cases
from newsroom.cleaning.training.evaluate import words_lost
from newsroom.cleaning.training.generator import generate
from newsroom.cleaning.training.overproof import cases as overproof

CASES = [case for folder in (KIT, PROBE, REAL_TRAIN, REAL_HELDOUT) for case in cases(folder)]
CASES += [case for split in ("tune", "check") for case in overproof(split)]
GENERATED = list(generate(11, 120, split="eval"))


def _check(name: str, raw: str) -> None:
    page = clean(raw)
    out = page.to_json()
    assert words_lost(raw, out) == 0, name
    assert page.flags.unaccounted_lines == (), name
    for removal in page.removed:
        assert removal.reason in REMOVAL_REASONS, (name, removal)
        assert removal.text.strip(), (name, removal)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_word_of_a_case_is_kept_or_reported(case):
    _check(case.name, case.raw)


def test_every_word_of_generated_pages_is_kept_or_reported():
    for page in GENERATED:
        _check(page.name, page.raw)


def test_the_accounting_check_catches_a_lost_word():
    """The check is not vacuous: a cleaner that drops the last paragraph is caught."""
    raw = next(c.raw for c in CASES if c.name == "seed_moscow_times")
    out = clean(raw).to_json()
    out["paragraphs"] = out["paragraphs"][:-1]
    assert words_lost(raw, out) >= 3


@pytest.mark.parametrize("raw", ["ee", ";", "ee\n;\n", "— 12 —", "Page 4"])
def test_a_text_holding_no_article_is_refused(raw):
    with pytest.raises(CleaningError, match="no article"):
        clean(raw)


def test_removals_name_their_reason_in_the_json():
    raw = next(c.raw for c in CASES if c.name == "seed_moscow_times")
    removed = clean(raw).to_json()["removed"]
    assert {"lines", "text", "reason"} <= set(removed[0])
    assert any(r["reason"] == "masthead" and "Moscow Times" in r["text"] for r in removed)


def test_words_are_read_as_the_cleaner_repairs_them():
    """The check repairs glyphs in the page's language, as clean() does: on this German page
    a noise line "-f(~ |f'f" is removed as printed, and reading its "|f" as the English "If"
    would count a word as lost that is in the removal."""
    page = next(p for p in generate(7, 13, split="eval") if p.name.endswith("00012_de"))
    out = clean(page.raw).to_json()
    assert {"lines": [5, 5], "text": "-f(~ |f'f", "reason": "scan noise"} in out["removed"]
    assert words_lost(page.raw, out) == 0


@pytest.mark.parametrize(
    "raw",
    [
        # a paragraph pasted as one line, with nothing around it, not even a line's end
        "Le directeur de la banque a parlé devant le conseil lundi matin. C'est la "
        "responsabilité des banques de protéger leurs clients contre les fraudes, a indiqué "
        "la fédération Febelfin. Il y a 261 cas de fraude selon les chiffres de la police.",
        "The director of the bank spoke to the council on Monday morning. It is the duty of "
        "the banks to protect their customers against fraud, the federation said in a "
        "statement. There were 261 cases of fraud according to the police.",
        # one sentence alone
        "However thus far, Boeing has received far more orders than Airbus in 2005.",
        "La prochaine version d’Ubuntu, la 13.04 « Raring Ringtail », sortira en avril 2013.",
    ],
)
def test_a_paragraph_pasted_alone_is_never_removed_as_furniture(raw):
    out = clean(raw).to_json()
    assert out["removed"] == []
    assert out["paragraphs"] == [clean(raw + "\n").to_json()["paragraphs"][0]]
    assert out["paragraphs"][0].startswith(raw[:30])
