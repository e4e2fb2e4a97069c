"""Score the cleaner on each set of cases, the figures the issue tracker asks for.

    python -m newsroom.cleaning.training.evaluate
        [--sets kit,probe,real,heldout,generated,aside,overproof,overproof_check]
        [--generated 300] [--seed 7] [--widths 40,60,90] [--pasted 100] [--cases] [--errors]
        [--model PATH] [--floor]

For each set: headline right (and right where the page prints it with no misread
character, ``printed_clean``), byline right where one is printed, the first story's
dateline right where the expected file gives one, paragraph F1 (where the
print shows paragraphs), body character error rate next to the join-all-lines baseline's,
words lost (raw words found neither in the result nor in a reported removal) and, on
pages that hold several stories, how often the story count is right. Scores use the
evaluation kit's own metric functions (``tests/fixtures/cleaning/score.py``).

``heldout`` is the set-aside real OCR: report it, never tune on it. ``generated`` scores
the pages of one seed (``--seed``); the rules were written against the pages of
``TUNING_SEEDS``, so their figures flatter the cleaner. ``aside`` scores the pages of
``SET_ASIDE_SEEDS`` together, the generated pages nobody tuned on: report it as the
synthetic figure, never tune on it. ``pasted`` and ``pasted_check`` score corpus articles
pasted as clean copy in five paragraph styles (``pasted``): the training split's, which
rules may be written against, and the evaluation split's, the check. ``overproof`` and
``overproof_check`` score real library OCR of single articles against a person's correction
of it (``overproof.py``; the kit's ``*_real_*`` cases in kind): two thirds to tune on, a
third set aside. ``--floor`` records the
committed model's figures on the set-aside real texts in
``tests/fixtures/cleaning_real/floor.json`` and on ``overproof_check`` in
``tests/fixtures/cleaning_overproof/floor.json``, which a test holds every later model and
rule to: run it when a change scores better there.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..accounting import LABEL_WORDS, squash
from ..language import detect_language
from ..lines import Vocabulary
from ..model import CleaningError
from ..pipeline import clean
from ..prepare import prepare_lines
from ..structure import use_model
from ..unicode import prepare_text
from .cases import KIT, PROBE, REAL_HELDOUT, REAL_TRAIN, Case, cases

# Generated pages' seeds: those the rules were written and tuned against, and those set
# aside to report (never looked at page by page).
TUNING_SEEDS = (7, 8, 11, 12, 13, 14, 15, 23, 24, 31, 1001, 2026, 3141, 5150)
SET_ASIDE_SEEDS = (5, 42, 99)

_spec = importlib.util.spec_from_file_location("cleaning_score", KIT / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

_WORD = re.compile(r"[^\W_]+")
FLOOR = REAL_HELDOUT.parent / "floor.json"
_HIGHER = ("headline", "byline", "story_count")  # the figures where more is better
_TOP_LINES = 15  # the lines a headline is looked for in, under a masthead's


def baseline(raw: str) -> dict:
    """The kit's trivial baseline: every line joined into one paragraph."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    return {
        "headline": lines[0] if lines else "",
        "byline": None,
        "captions": [],
        "subheads": [],
        "paragraphs": [" ".join(raw.split())],
        "insets": [],
    }


def words_lost(raw: str, out: dict) -> int:
    """Raw words (after character repair) found nowhere in the output or its removals."""
    pieces = [out.get("publication") or ""]
    for story in out.get("stories") or [out]:
        for key in ("kicker", "headline", "byline", "dateline", "attribution"):
            pieces.append(story.get(key) or "")
        pieces += story.get("deck") or []
        pieces += story.get("subheads") or []
        pieces += story.get("paragraphs") or []
        pieces += story.get("insets") or []
        for caption in story.get("captions") or []:
            pieces += [caption.get("text") or "", caption.get("credit") or ""]
    pieces += [o["text"] for o in out.get("outside") or []]
    pieces += [r["text"] for r in out.get("removed") or []]
    found = squash(" ".join(pieces))
    lost = 0
    text = prepare_text(raw)
    # Repaired as clean() repairs them: the language steers which glyphs are letters.
    lines = [
        _WORD.findall(line.text)
        for line in prepare_lines(text, [], detect_language(text), Vocabulary.of(text))
    ]
    for no, words in enumerate(lines):
        for k, word in enumerate(words):
            if word.lower() in LABEL_WORDS or squash(word) in found:
                continue
            # A word hyphenated over two lines ("Photog-" / "raph: Maria Brooks") is one
            # word: a label the cleaner leaves out by design, or text it joined.
            joined = ""
            if k == len(words) - 1 and no + 1 < len(lines) and lines[no + 1]:
                joined = word + lines[no + 1][0]
            elif k == 0 and no and lines[no - 1]:
                joined = lines[no - 1][-1] + word
            if joined and (joined.lower() in LABEL_WORDS or squash(joined) in found):
                continue
            lost += 1
    return lost


@dataclass
class Tally:
    n: int = 0
    head: list[float] = field(default_factory=list)
    near: list[float] = field(default_factory=list)  # headline within OCR noise of right
    # headline right where the page prints it with no misread character (``printed_clean``)
    clean_head: list[float] = field(default_factory=list)
    byline: list[float] = field(default_factory=list)
    dateline: list[float] = field(default_factory=list)  # where the expected file gives one
    para: list[float] = field(default_factory=list)
    bounds: list[float] = field(default_factory=list)
    edits: int = 0
    chars: int = 0
    base_edits: int = 0
    lost: int = 0
    story_count: list[float] = field(default_factory=list)
    story_heads: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def merge(self, other: Tally) -> None:
        self.n += other.n
        for name in (
            *("head", "near", "clean_head", "byline", "dateline", "para", "bounds"),
            *("story_count", "story_heads"),
        ):
            getattr(self, name).extend(getattr(other, name))
        self.edits += other.edits
        self.chars += other.chars
        self.base_edits += other.base_edits
        self.lost += other.lost
        self.errors += other.errors

    def summary(self) -> dict[str, float]:
        def mean(values: list[float]) -> float:
            return sum(values) / len(values) if values else 1.0

        base = self.base_edits / self.chars if self.chars else 0.0
        cer = self.edits / self.chars if self.chars else 0.0
        return {
            "headline": mean(self.head),
            "byline": mean(self.byline),
            "story_count": mean(self.story_count),
            "cer": cer,
            "cer_ratio": cer / base if base else 0.0,
            "words_lost": self.lost,
        }

    def row(self, name: str) -> str:
        def mean(values: list[float]) -> str:
            return f"{sum(values) / len(values):.3f}" if values else "-"

        cer = self.edits / self.chars if self.chars else 0.0
        base = self.base_edits / self.chars if self.chars else 0.0
        ratio = f"{cer / base:.2f}x" if base else "-"
        lines = [
            f"{name} ({self.n} cases)",
            f"  headline {mean(self.head)} (near {mean(self.near)}; printed clean "
            f"{mean(self.clean_head)} of {len(self.clean_head)}), "
            f"byline {mean(self.byline)} of {len(self.byline)} printed, "
            f"dateline {mean(self.dateline)} of {len(self.dateline)}, "
            f"paragraph F1 {mean(self.para)} / boundary F1 {mean(self.bounds)} "
            f"of {len(self.para)}",
            f"  CER {cer:.4f}, join-lines {base:.4f} ({ratio}); words lost {self.lost}; "
            f"story count right {mean(self.story_count)} of {len(self.story_count)} pages, "
            f"their headlines {mean(self.story_heads)} of {len(self.story_heads)}",
        ]
        if self.errors:
            lines.append(f"  refused: {len(self.errors)}")
        return "\n".join(lines)


def _story_heads(out: dict, expected: dict) -> list[float]:
    got = [score.fold(s.get("headline")) for s in out.get("stories") or [out]]
    return [float(score.fold(s.get("headline")) in got) for s in expected["stories"]]


def _dateline(fields: dict) -> str:
    """The dateline as compared: folded, without the stop that may close it."""
    return score.fold(fields.get("dateline")).rstrip(". ")


def near_headline(out: dict, expected: dict) -> bool:
    """Right but for a few characters: where the expected headline is a person's
    transcription of what the OCR misread, exact agreement cannot be had."""
    a, b = score.fold(out.get("headline")), score.fold(expected.get("headline"))
    return score.ratio(a.casefold(), b.casefold()) >= 90


def printed_clean(raw: str, expected: dict) -> bool:
    """Whether the page's opening lines hold the expected headline as it stands: OCR
    misread none of its characters, so a cleaner that corrects no spelling can give it
    right (the kit's real cases: "A WOMAN FOUND DEAD.", not "TUE GOLD DEPOSITS")."""
    head = " ".join(score.fold(expected.get("headline")).split())
    top = " ".join(score.fold(" ".join(raw.splitlines()[:_TOP_LINES])).split())
    return bool(head) and head in top


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def evaluate(items: Iterable[Case], show: bool = False, errors=None) -> Tally:
    tally = Tally()
    for case in items:
        tally.n += 1
        try:
            out = clean(case.raw).to_json()
        except CleaningError as exc:
            tally.errors.append(f"{case.name}: {exc}")
            continue
        expected = case.expected
        if errors is not None:
            errors.add(out, expected)
        result = score.score_case(out, expected)
        base = score.score_case(baseline(case.raw), expected)
        tally.head.append(result["head"])
        tally.near.append(float(near_headline(out, expected)))
        if printed_clean(case.raw, expected):
            tally.clean_head.append(result["head"])
        if expected.get("byline"):
            tally.byline.append(result["byline"])
        if expected.get("dateline"):
            tally.dateline.append(float(_dateline(out) == _dateline(expected)))
        if result["paraF1"] is not None:
            tally.para.append(result["paraF1"])
            tally.bounds.append(result["bndF1"])
        tally.edits += result["cer_edits"]
        tally.base_edits += base["cer_edits"]
        tally.chars += result["cer_len"]
        lost = words_lost(case.raw, out)
        tally.lost += lost
        if expected.get("stories"):
            n_out = len(out.get("stories") or [out])
            tally.story_count.append(float(n_out == len(expected["stories"])))
            tally.story_heads += _story_heads(out, expected)
        if show:
            print(
                f"  {case.name:40s} head {result['head']:.0f} byline {result['byline']:.0f} "
                f"para {_num(result['paraF1'])} bnd {_num(result['bndF1'])} "
                f"CER {result['CER']:.3f}/{base['CER']:.3f} lost {lost}"
                + (
                    f" stories {len(out.get('stories') or [out])}/{len(expected['stories'])}"
                    if expected.get("stories")
                    else ""
                )
            )
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="kit,probe,real,heldout,generated")
    parser.add_argument("--generated", type=int, default=300, help="generated pages to score")
    parser.add_argument("--pasted", type=int, default=100, help="corpus articles to paste")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated pages")
    parser.add_argument(
        "--widths",
        type=lambda text: tuple(int(w) for w in text.split(",")),
        default=(40, 60, 90),
        help="column widths the reset set re-wraps the body at",
    )
    parser.add_argument("--cases", action="store_true", help="a line for every case")
    parser.add_argument("--model", type=Path, help="score this model file instead")
    parser.add_argument(
        "--errors", action="store_true", help="count error classes (never on heldout, aside)"
    )
    parser.add_argument(
        "--floor", action="store_true", help="record the held-out figures as the floor"
    )
    args = parser.parse_args(argv)
    if args.model:
        use_model(args.model)
    if args.floor:
        from .overproof import FLOOR as OVERPROOF_FLOOR
        from .overproof import cases as overproof

        for path, items in ((FLOOR, cases(REAL_HELDOUT)), (OVERPROOF_FLOOR, overproof("check"))):
            summary = evaluate(items).summary()
            # Three decimals, rounded towards the worse side, so float noise never fails.
            floor = {key: math.floor(summary[key] * 1000) / 1000 for key in _HIGHER}
            floor["cer_ratio"] = math.ceil(summary["cer_ratio"] * 1000) / 1000
            path.write_text(json.dumps(floor, indent=2) + "\n", encoding="utf-8")
            print(f"{path}: {floor}")
        return 0
    folders = {"kit": KIT, "probe": PROBE, "real": REAL_TRAIN, "heldout": REAL_HELDOUT}
    for name in args.sets.split(","):
        if name == "generated":
            from .generator import generate

            items: Iterable[Case] = (
                Case(p.name, p.raw, p.expected)
                for p in generate(args.seed, args.generated, split="eval")
            )
        elif name == "aside":
            from .generator import generate

            items = (
                Case(p.name, p.raw, p.expected)
                for seed in SET_ASIDE_SEEDS
                for p in generate(seed, args.generated, split="eval")
            )
        elif name in ("pasted", "pasted_check"):
            from .pasted import variants as pasted

            items = pasted("train" if name == "pasted" else "eval", args.pasted)
        elif name in ("overproof", "overproof_check"):
            from .overproof import cases as overproof

            items = overproof("tune" if name == "overproof" else "check")
        elif name == "reset":
            from .reset import variants

            items = variants(args.widths)
        elif name in folders:
            if not folders[name].exists():
                continue
            items = cases(folders[name])
        else:
            parser.error(f"unknown set {name}")
        if args.cases:
            print(f"{name}:")
        errors = None
        if args.errors and name not in ("heldout", "aside"):
            from .errors import Errors

            errors = Errors()
        tally = evaluate(items, show=args.cases, errors=errors)
        print(tally.row(name))
        if errors is not None:
            print(errors.report())
        for error in tally.errors:
            print(f"  error: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
