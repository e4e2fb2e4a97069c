"""Time the pure cores on an article-sized text: python bench/anchoring.py [--seed N]

Anchoring: describe + locate for 1,000 selectors on a ~50 KB news-like text, unchanged, after
an editorial revision (sentences added and removed, words changed, typos fixed), after a
re-clean that straightens every typographic quote, and on a degenerate text (one word
repeated) that would make an unbounded fuzzy search quadratic. Rendering: segments and
render_html with 1,000 overlapping spans. Worst cases on a 20 MB article (``--big``, in
characters): checking a new selection (``find``) of one letter with 1,000 characters of
context each side that read nowhere, of a word whose near matches are everywhere, and
re-anchoring (``locate``) the same, and re-anchoring 20 quoted selectors after the big
article's quotes were straightened (``locate_all``, which folds the text once, against one
``locate``). Prints plain figures (medians of ``--repeat`` runs).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.anchoring import TextQuoteSelector, describe, find, locate, locate_all
from annotations.rendering import Span, render_html, segments

VOCABULARY = """the a of to in and for on with that was is by from as at has have were would not
but after while more than two dozen countries pledged join force deploy eventual peace deal
aiming deter again attacking neighbor leaders announced reassurance key pillar security
guarantees coalition mainly European want offer war ends ceasefire however there also
growing concern now showing interest accord alarm intensifying high-profile visit this week
extent involvement backstop remains uncertain even spoke video conference following summit
so-called willing hosted attended others like premier participated remotely meeting
represented new push led show can act independently foreign policy launched direct talks
returning White House United States special envoy met separately pressure step up response
three half years full-scale invasion today formally committed some yet taken position ground
sea air reporters standing alongside hailed move think first time long serious concrete
step troops deployed front line prevent major aggression French president another
regeneration army resist attack dissuade clear willingness participate contribution unclear
divisions within German chancellor urging cautious scope decide military appropriate
framework conditions clarified government spokesman said"""
WORDS = VOCABULARY.split()
NAMES = "Zelensky Macron Putin Starmer Merz Trump Witkoff Kyiv Moscow Paris Washington Kremlin"
NAMES_LIST = NAMES.split()


def sentence(rng: random.Random) -> str:
    words = [
        rng.choice(NAMES_LIST if rng.random() < 0.15 else WORDS) for _ in range(rng.randint(6, 24))
    ]
    if rng.random() < 0.3:  # a quotation, with typographic marks
        i = rng.randrange(len(words))
        j = min(len(words), i + rng.randint(2, 8))
        words[i] = "“" + words[i]
        words[j - 1] += "”"
    if rng.random() < 0.2:
        k = rng.randrange(len(words))
        words[k] += "’s"
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + rng.choice([".", ".", ".", ",” he said.", "?"])


def article(rng: random.Random, size: int) -> str:
    blocks: list[str] = []
    length = 0
    while length < size:
        blocks.append(" ".join(sentence(rng) for _ in range(rng.randint(2, 5))))
        length += len(blocks[-1]) + 2
    return "\n\n".join(blocks)


def word_ranges(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == " "]
    ranges = []
    for _ in range(count):
        k = rng.randrange(len(starts) - 9)
        end = text.find(" ", starts[k + rng.randint(0, 7)])
        ranges.append((starts[k], end if end != -1 else len(text)))
    return ranges


def revise(rng: random.Random, text: str, edits: int) -> str:
    for _ in range(edits):
        at = rng.randrange(len(text) - 200)
        at = text.find(" ", at) + 1
        kind = rng.choice(["insert", "delete", "replace", "typo"])
        if kind == "insert":
            text = text[:at] + sentence(rng) + " " + text[at:]
        elif kind == "delete":
            end = text.find(" ", at + rng.randint(5, 60))
            text = text[:at] + text[end + 1 :] if end != -1 else text
        elif kind == "replace":
            end = text.find(" ", at)
            text = text[:at] + rng.choice(WORDS) + text[end:]
        else:
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    return text


def time_locate(label: str, old: str, new: str, ranges: list[tuple[int, int]]) -> float:
    began = time.perf_counter()
    selectors = [describe(old, start, end) for start, end in ranges]
    described = time.perf_counter()
    anchors = locate_all(new, selectors)
    located = time.perf_counter()
    methods = Counter(anchor.method for anchor in anchors)
    print(
        f"{label:<34} describe {1000 * (described - began):7.1f} ms"
        f"   locate {1000 * (located - described):7.1f} ms   "
        + " ".join(f"{m}={methods[m]}" for m in ("position", "quote", "fuzzy", "orphan"))
    )
    return located - described


def median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(1000 * (time.perf_counter() - began))
    return statistics.median(times)


def worst_cases(rng: random.Random, size: int, repeat: int) -> None:
    """The selections that cost most: the quote everywhere and its context nowhere."""
    text = article(rng, size)
    near = "The minister said “the coalition would expand its force.” "
    near_text = near * (size // len(near))
    print(f"worst cases: {len(text):,} characters of article, {len(near_text):,} of near matches")
    cases = [
        ("'e', 1,000-char contexts nowhere", text, TextQuoteSelector("e", "q" * 1000, "z" * 1000)),
        (
            "'e', 1,000-char contexts of the text",
            text,
            TextQuoteSelector("e", text[size // 2 : size // 2 + 1000], text[size // 3 :][:1000]),
        ),
        (
            "a word with near matches everywhere",
            near_text,
            TextQuoteSelector("coalition", "The minister said “thx ", " would expand its forcx.”"),
        ),
        ("a phrase nowhere in the text", text, TextQuoteSelector("was never written here")),
    ]
    at = text.index(" Zelensky ", size // 2) + 1
    cases.append(("a name, context from its place", text, describe(text, at, at + 8)[0]))
    for label, haystack, quote in cases:
        checked = median_ms(lambda h=haystack, q=quote: find(h, q), repeat)
        relocated = median_ms(lambda h=haystack, q=quote: locate(h, q), repeat)
        print(f"{label:<38} find {checked:7.1f} ms   locate {relocated:8.1f} ms")
    # A re-clean of the big article that straightens its quotes: every quoted selector must
    # be sought with typography folded. locate_all folds the text once for all of them;
    # locating each on its own folds it again every time.
    quoted = [at for at in range(0, size - 400, size // 50) if "“" in text[at : at + 400]][:20]
    selectors = [describe(text, at, at + 400) for at in quoted]
    # Double quotes only: the apostrophes left keep the text out of str.translate's fast
    # ASCII path, as a real article's accents and dashes do.
    straightened = text.replace("“", '"').replace("”", '"')
    began = time.perf_counter()
    anchors = locate_all(straightened, selectors)
    together = 1000 * (time.perf_counter() - began)
    began = time.perf_counter()
    locate(straightened, *selectors[0])
    alone = 1000 * (time.perf_counter() - began)
    methods = Counter(anchor.method for anchor in anchors)
    print(
        f"{len(selectors)} quoted selectors, quotes straightened: locate_all {together:8.1f} ms"
        f" (fuzzy={methods['fuzzy']}); one locate alone {alone:8.1f} ms,"
        f" so {len(selectors)} alone about {alone * len(selectors) / 1000:.0f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--size", type=int, default=50_000, help="characters of text")
    parser.add_argument("--count", type=int, default=1000, help="selectors and spans")
    parser.add_argument("--big", type=int, default=20_000_000, help="characters, worst cases")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each worst case")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    text = article(rng, args.size)
    ranges = word_ranges(rng, text, args.count)
    print(f"text: {len(text):,} characters, {text.count(chr(10) * 2) + 1} blocks; ", end="")
    print(f"{len(ranges)} selectors of 1-8 words")
    time_locate("unchanged", text, text, ranges)
    time_locate("revised (60 edits)", text, revise(rng, text, 60), ranges)
    straightened = text.replace("“", '"').replace("”", '"').replace("’", "'")
    time_locate("re-cleaned (quotes straightened)", text, straightened, ranges)
    degenerate = "the " * (args.size // 4)
    repeated = word_ranges(rng, degenerate, args.count)
    time_locate("degenerate, shifted by one word", degenerate, "the " + degenerate, repeated)
    accented = degenerate.replace("the", "thé")  # no exact quote left: every selector searches
    time_locate("degenerate, every word changed", degenerate, accented, repeated)

    spans = []
    for i in range(args.count):
        start, kind = rng.randrange(len(text) - 400), rng.choice(["claim", "entity", "quote"])
        spans.append(Span(f"a{i}", start, start + rng.randint(5, 400), kind))
    began = time.perf_counter()
    flat = segments(text, spans)
    cut = time.perf_counter()
    page = render_html(text, spans)
    rendered = time.perf_counter()
    print(
        f"{'segments, whole text':<34} {1000 * (cut - began):7.1f} ms   {len(flat)} segments, "
        f"max depth {max(len(s.spans) for s in flat)}"
    )
    print(f"{'render_html, whole text':<34} {1000 * (rendered - cut):7.1f} ms   {len(page):,} B")
    blocks, at = [], 0
    for block in text.split("\n\n"):
        blocks.append((at, at + len(block)))
        at += len(block) + 2
    began = time.perf_counter()
    for lo, hi in blocks:
        render_html(text, spans, lo, hi)
    took = 1000 * (time.perf_counter() - began)
    print(f"{'render_html, block by block':<34} {took:7.1f} ms   {len(blocks)} blocks")
    worst_cases(rng, args.big, args.repeat)


if __name__ == "__main__":
    main()
