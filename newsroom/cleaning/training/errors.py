"""Why the cleaner is wrong where it is: counts of error classes over a set of cases.

    python -m newsroom.cleaning.training.evaluate --sets generated --seed 5 --errors

Each wrong headline gets one cause (the kicker, a deck or a caption taken for it, its
lines split or merged with a neighbour, ...); paragraph boundaries are counted missed and
extra on a word alignment, as the kit's boundary F1 aligns them; and the body's character
edits are put down to their source: whole stretches of another story or of the header
left in the body, stretches missing from it, or small edits by the characters involved
(hyphens at joins, spaces, punctuation, letters, digits). Only for the generated set and
the training cases: the set-aside real texts are never looked at one by one.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter

from rapidfuzz.distance import Levenshtein

from .evaluate import score

LONG = 12  # characters: an edit this long is a misplaced stretch, not a misread


def _fold(text: str | None) -> str:
    return score.fold(text).casefold()


def _texts(story: dict) -> dict[str, list[str]]:
    return {
        "kicker": [story.get("kicker") or ""],
        "deck": list(story.get("deck") or []),
        "byline": [story.get("byline") or ""],
        "dateline": [story.get("dateline") or ""],
        "caption": [c.get("text") or "" for c in story.get("captions") or []],
        "credit": [c.get("credit") or "" for c in story.get("captions") or []],
        "subhead": list(story.get("subheads") or []),
        "inset": list(story.get("insets") or []),
        "paragraph": list(story.get("paragraphs") or []),
    }


def headline_cause(out: dict, expected: dict) -> str | None:
    """One word for why the output's headline is not the expected one (None: it is)."""
    got, want = _fold(out.get("headline")), _fold(expected.get("headline"))
    if got == want:
        return None
    if not got:
        return "no headline"
    if not want:
        return "headline where none is printed"
    if score.ratio(got, want) >= 90:
        return "characters differ"
    if want.startswith(got) or want.endswith(got):
        return "headline lines split (part taken)"
    if got.startswith(want):
        return "merged with the line(s) below"
    if got.endswith(want):
        return "merged with the line(s) above"
    if want in got:
        return "merged above and below"
    if got == _fold(expected.get("publication")):
        return "masthead taken"
    for kind, texts in _texts(expected).items():
        for text in texts:
            t = _fold(text)
            if t and (got == t or (len(got) > 8 and got in t)):
                if kind == "paragraph":
                    return "body text taken" if got != t else "a paragraph taken"
                return f"{kind} taken"
    for story in (expected.get("stories") or [])[1:]:
        if got == _fold(story.get("headline")):
            return "another story's headline"
    for removal in expected.get("removed") or []:
        if got and got in _fold(removal.get("text")):
            return "furniture taken"
    return "other"


def boundary_errors(out_paras: list[str], exp_paras: list[str]) -> tuple[int, int, int]:
    """Paragraph starts (after the first) missed, extra and right, on a word alignment."""

    def words_and_starts(paras: list[str]) -> tuple[list[str], set[int]]:
        words: list[str] = []
        starts: list[int] = []
        for p in paras:
            w = score.fold(p).split()
            if w:
                starts.append(len(words))
                words.extend(w)
        return words, set(starts[1:])

    ow, os_ = words_and_starts(out_paras)
    ew, es = words_and_starts(exp_paras)
    mapping: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, ow, ew, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i2 - i1):
            mapping[i1 + k] = j1 + min(k, max(0, j2 - j1 - 1)) if j2 > j1 else j1
    mapped = {mapping[s] for s in os_ if s in mapping}
    right = len(mapped & es)
    return len(es) - right, len(os_) - right, right


def _char_class(a: str, b: str) -> str:
    pair = a + b
    if not pair.strip():
        return "spaces"
    if set(pair) <= set("-­‐‑ ") or ("-" in pair and len(pair) <= 3):
        return "hyphen at a line join"
    if any(unicodedata.category(c).startswith("P") for c in pair) and not any(
        c.isalnum() for c in pair
    ):
        return "punctuation"
    if any(c.isdigit() for c in pair):
        return "digits"
    if a.casefold() == b.casefold():
        return "letter case"
    if "ſ" in pair or set(pair) <= set("sſ"):
        return "long s"
    return "letters"


def _stretch(text: str, elsewhere: dict[str, str]) -> str:
    """Where a misplaced stretch of body belongs: the text holding most of its words."""
    words = text.casefold().split()
    best, name = 0.5, "unknown"
    for candidate, whole in elsewhere.items():
        vocabulary = set(whole.casefold().split())
        share = sum(w in vocabulary for w in words) / len(words) if words else 0.0
        if share > best:
            best, name = share, candidate
    return name


def _whole(stories: list[dict]) -> str:
    texts = []
    for story in stories:
        texts.append(story.get("headline") or "")
        for kind in _texts(story).values():
            texts += kind
    return score.fold(" ".join(texts))


def _removed(out: dict) -> str:
    # Expected files list outside material as strings, the cleaner as {"text": ...}.
    texts = [o if isinstance(o, str) else o.get("text") or "" for o in out.get("outside") or []]
    texts += [r.get("text") or "" for r in out.get("removed") or []]
    return score.fold(" ".join(texts))


def cer_sources(out: dict, expected: dict) -> Counter:
    """The body's character edits (as the kit's CER counts them), by source."""
    a = " ".join(score.norm(p) for p in out.get("paragraphs") or [] if score.norm(p))
    b = " ".join(score.norm(p) for p in expected.get("paragraphs") or [] if score.norm(p))
    a, b = a.translate(score.FOLD_TABLE), b.translate(score.FOLD_TABLE)
    elsewhere = {"another story": _whole((expected.get("stories") or [])[1:])}
    for kind, texts in _texts(expected).items():
        if kind != "paragraph":
            elsewhere[f"the story's {kind}"] = score.fold(" ".join(texts))
    elsewhere["the headline"] = score.fold(expected.get("headline"))
    elsewhere["removed furniture or outside"] = _removed(expected)
    out_elsewhere = {}
    for kind, texts in _texts(out).items():
        if kind != "paragraph":
            out_elsewhere[f"output's {kind}"] = score.fold(" ".join(texts))
    out_elsewhere["output's headline"] = score.fold(out.get("headline"))
    out_elsewhere["output's other stories"] = _whole((out.get("stories") or [])[1:])
    out_elsewhere["output's outside or removed"] = _removed(out)
    counts: Counter = Counter()
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        got, want = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        edits = max(len(got), len(want))
        if max(len(got), len(want)) >= LONG:
            if len(got) >= len(want):
                counts[f"extra in body: {_stretch(got, elsewhere)}"] += edits
            else:
                counts[f"missing from body: in {_stretch(want, out_elsewhere)}"] += edits
            continue
        counts[_char_class(got, want)] += edits
    return counts


class Errors:
    """Counts over many cases."""

    def __init__(self) -> None:
        self.heads: Counter = Counter()
        self.bylines: Counter = Counter()
        self.missed = self.extra = self.right = 0
        self.cer: Counter = Counter()
        self.pairs: Counter = Counter()
        self.stories: Counter = Counter()

    def add(self, out: dict, expected: dict) -> None:
        cause = headline_cause(out, expected)
        if cause:
            self.heads[cause] += 1
        want, got = expected.get("byline"), out.get("byline")
        if score.byline_norm(got) != score.byline_norm(want):
            if not want:
                self.bylines["byline where none is printed"] += 1
            elif not got:
                self.bylines["byline missed"] += 1
            else:
                self.bylines["byline differs"] += 1
        if expected.get("paragraph_boundaries") != "unknown":
            missed, extra, right = boundary_errors(
                out.get("paragraphs") or [], expected.get("paragraphs") or []
            )
            self.missed += missed
            self.extra += extra
            self.right += right
        self.cer.update(cer_sources(out, expected))
        if expected.get("stories"):
            n_out, n_exp = len(out.get("stories") or [out]), len(expected["stories"])
            key = "right" if n_out == n_exp else ("too few" if n_out < n_exp else "too many")
            self.stories[f"story count {key}"] += 1
        elif out.get("stories"):
            self.stories["one story split in several"] += 1

    def report(self) -> str:
        def block(title: str, counts: Counter) -> list[str]:
            lines = [f"  {title}: {sum(counts.values())}"]
            lines += [f"    {n:6d}  {name}" for name, n in counts.most_common()]
            return lines

        lines = block("headline wrong", self.heads)
        lines += block("byline wrong", self.bylines)
        lines.append(
            f"  paragraph starts: {self.right} right, {self.missed} missed, {self.extra} extra"
        )
        lines += block("body character edits", self.cer)
        lines += block("pages", self.stories)
        return "\n".join(lines)
