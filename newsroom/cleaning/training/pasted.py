"""The corpus's articles pasted as people paste copy: no OCR and no page, the headline, its
decks and the byline over the text, the paragraphs set in one of the styles text is copied
in (``STYLES``):

- ``blank``: wrapped at a column's width, a blank line between paragraphs;
- ``indent``: wrapped, each paragraph's first line indented;
- ``short``: wrapped, nothing between paragraphs (a paragraph's short last line is the
  only mark, and where it happens to fill the column there is none);
- ``line``: a paragraph to a line, blank lines between, as copied from a web page;
- ``line, no blank``: a paragraph to a line and nothing else.

The generated pages set the same articles among page furniture and OCR damage; these are
the clean end of what newsrooms paste, where a reader expects every part to come back
exactly. The corpus's training split may be tuned on; its evaluation split is the check.
The Reichsanzeiger's sections are left out: each is a gazette's run of official notices,
every one opened by its run-in title ("Aufgebot. …"), which pasted alone are items of
their own, not one article's paragraphs.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from ..model import page_as_one
from .archive import join_lines, split_title
from .cases import Case
from .corpus import Article, articles

STYLES = ("blank", "indent", "short", "line", "line, no blank")
WIDTH = 70
NOTICES = "ra-"  # the Reichsanzeiger's ids
GROUP = 3  # stories pasted together


def pasted(article: Article, style: str, width: int = WIDTH) -> str:
    lines = [article.title, *article.deck]
    if article.author:
        lines.append(f"By {article.author}")
    lines.append("")
    subheads = dict(article.subheads)
    for i, paragraph in enumerate(article.paragraphs):
        if i in subheads:
            lines += [subheads[i], ""] if style in ("blank", "line") else [subheads[i]]
        if style in ("line", "line, no blank"):
            lines += [paragraph, ""] if style == "line" else [paragraph]
            continue
        wrapped = textwrap.wrap(paragraph, width, break_on_hyphens=False)
        if style == "indent":
            wrapped[0] = f"   {wrapped[0]}"
        lines += [*wrapped, ""] if style == "blank" else wrapped
    return "\n".join(lines).rstrip() + "\n"


def expected(article: Article, style: str) -> dict:
    """The article as the evaluation kit writes its expected files (decks among the
    subheads). The corpus took an old headline's printed lines as a title and decks, so
    the lines it runs on into are the headline's (``archive.split_title``: "TWO MURDER" /
    "CHARGES" is one headline)."""
    head, decks = split_title(article)
    result = {
        "headline": join_lines(head),
        "byline": article.author,
        "captions": [],
        "subheads": [*decks, *(text for _, text in article.subheads)],
        "paragraphs": list(article.paragraphs),
        "insets": [],
    }
    if style == "short":
        result["paragraph_boundaries"] = "unknown"  # a full last line leaves no mark
    return result


def variants(split: str, count: int) -> Iterator[Case]:
    """``count`` articles of the corpus's ``split`` with two paragraphs or more, spread
    evenly over it (its sources and languages), each in every style; then the same
    articles three by three, pasted one after another in one text (``GROUP``), as a page
    of several stories."""
    pool = [a for a in articles(split) if len(a.paragraphs) >= 2 and not a.id.startswith(NOTICES)]
    chosen = pool[:: max(1, len(pool) // count)][:count]
    for style in STYLES:
        tag = style.replace(", ", "_").replace(" ", "_")
        for article in chosen:
            yield Case(f"{article.id}_{tag}", pasted(article, style), expected(article, style))
        for k in range(0, len(chosen) - GROUP + 1, GROUP):
            group = chosen[k : k + GROUP]
            raw = "\n\n".join(pasted(article, style).rstrip() for article in group) + "\n"
            stories = [expected(article, style) for article in group]
            yield Case(
                f"{group[0].id}+{GROUP - 1}_{tag}",
                raw,
                {**page_as_one(stories), "stories": stories},
            )
