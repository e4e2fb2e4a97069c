"""Full-text search over articles: the stored vector, kept with the text it indexes, and
the ranked, highlighted query.

Each article's ``search_vector`` is written by ``article_index`` right after the article
row, inside the transaction that makes the revision (``newsroom.revisions``), so the
vector never disagrees with the text a reader sees. The article's language picks the
text-search configuration (German words are stemmed as German); accents are folded in
Python (no unaccent extension), in what is indexed and in what is asked.

A query is matched against each row with the configuration of that row's language: one
tsquery per configuration, and a row counts only when the query of its own language
matches (so ``-word`` excludes the word as that language stems it). The union of those
queries comes first, a constant the GIN index answers; the per-language test is a check
on the few rows it finds.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import Case, F, FloatField, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Replace, Substr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from newsroom.models import Article
from newsroom.text.document import BYLINE, DATELINE, DECK, HEADLINE, KICKER
from newsroom.text.folding import fold_accents

# The cleaner's language (ISO 639-1) -> PostgreSQL's text-search configuration.
CONFIGS = {"en": "english", "de": "german", "fr": "french"}
SIMPLE = "simple"  # every other language: words lower-cased, not stemmed
ALL_CONFIGS = (*CONFIGS.values(), SIMPLE)

WEIGHTS = {HEADLINE: "A", KICKER: "B", DECK: "B", BYLINE: "B", DATELINE: "B"}  # the rest: C
# A tsvector holds at most 1 MB; a document's first half million characters stay well
# under it (a 20 MB page would not), and are what a search can find in it.
INDEXED_CHARS = 500_000

# ts_headline's markers: private-use characters, taken out of the text before it is
# highlighted, so in its output they can only be ours. The output is split on them and
# each piece escaped (``safe_snippet``).
START, STOP, DELIMITER = "\ue000", "\ue001", "\ue002"
# ts_headline drops what its parser reads as an HTML tag; "<" stands in as LT while it
# runs, so a text about "<script>" shows it (escaped).
LT = "\ue003"
HEADLINE_OPTIONS = {"max_words": 30, "min_words": 12, "max_fragments": 2}


def config_for(language: str | None) -> str:
    return CONFIGS.get(language or "", SIMPLE)


def language_is(config: str, path: str = "language") -> Q:
    """The rows whose language is searched with ``config``."""
    if config == SIMPLE:
        return ~Q(**{f"{path}__in": list(CONFIGS)})
    code = next(code for code, name in CONFIGS.items() if name == config)
    return Q(**{path: code})


def config_case(path: str = "language") -> Case:
    """The configuration of a row's language, in SQL."""
    return Case(
        *(When(language_is(c, path), then=Value(c)) for c in CONFIGS.values()),
        default=Value(SIMPLE),
        output_field=TextField(),
    )


def weighted_vector(parts: dict[str, list[str]], config) -> SearchVector:
    """One tsvector of weighted parts (weight -> texts), each folded."""
    vectors = [
        SearchVector(Value(fold_accents("\n".join(texts))), config=config, weight=weight)
        for weight, texts in sorted(parts.items())
    ]
    return reduce(lambda a, b: a + b, vectors)


def article_vector(text: str, blocks: list[dict], language: str) -> SearchVector:
    parts: dict[str, list[str]] = {"A": [], "B": [], "C": []}
    for block in blocks:
        parts[WEIGHTS.get(block["kind"], "C")].append(text[block["start"] : block["end"]])
    parts["C"] = ["\n".join(parts["C"])[:INDEXED_CHARS]]
    return weighted_vector(parts, config_for(language))


def article_index(article: Article) -> None:
    """Write the article's vector from its current text. Call it inside the transaction
    that wrote the text (``newsroom.revisions`` does)."""
    vector = article_vector(article.text, article.blocks, article.language)
    Article.objects.filter(pk=article.pk).update(search_vector=vector)


# --- asking -----------------------------------------------------------------------------


class Search:
    """A query as each configuration reads it (``websearch_to_tsquery``: "quoted phrases",
    OR, -exclude), with the rank and highlight that go with it."""

    def __init__(self, q: str):
        self.q = q
        folded = fold_accents(q)
        self.queries = {
            c: SearchQuery(folded, config=c, search_type="websearch") for c in ALL_CONFIGS
        }
        # The words as typed highlight too (the stored text keeps its accents).
        self.shown = {
            c: query | SearchQuery(q, config=c, search_type="websearch")
            for c, query in self.queries.items()
        }

    def matches(self, vector: str = "search_vector", path: str = "language") -> Q:
        """Rows whose own language's query matches (the union first, for the index)."""
        union = reduce(or_, self.queries.values())
        own = reduce(
            or_, (language_is(c, path) & Q(**{vector: q}) for c, q in self.queries.items())
        )
        return Q(**{vector: union}) & own

    def rank(self, vector: str = "search_vector", path: str = "language") -> Case:
        return Case(
            *(
                When(language_is(c, path), then=SearchRank(F(vector), q))
                for c, q in self.queries.items()
            ),
            output_field=FloatField(),
        )

    def headline(self, expression, path: str = "language", **options) -> Case:
        """ts_headline of ``expression`` in the row's configuration, our markers taken
        out of the text first (``safe_snippet`` makes it HTML)."""
        text = expression
        for marker in (START, STOP, DELIMITER, LT):
            text = Replace(text, Value(marker), Value(""))
        text = Replace(text, Value("<"), Value(LT))
        # Whole short texts (highlight_all) or fragments of long ones.
        options = options if options.get("highlight_all") else {**HEADLINE_OPTIONS, **options}
        return Case(
            *(
                When(
                    language_is(c, path),
                    then=SearchHeadline(
                        text,
                        q,
                        config=c,
                        start_sel=START,
                        stop_sel=STOP,
                        fragment_delimiter=DELIMITER,
                        **options,
                    ),
                )
                for c, q in self.shown.items()
            ),
            output_field=TextField(),
        )


def safe_snippet(headline: str | None) -> SafeString:
    """ts_headline's output as HTML: every piece of text escaped, our markers <mark>."""
    fragments = []
    for fragment in (headline or "").split(DELIMITER):
        html, marked = [], False
        for piece in fragment.replace(STOP, START).split(START):
            piece = escape(piece.replace(LT, "<"))
            html.append(f"<mark>{piece}</mark>" if marked and piece else piece)
            marked = not marked
        fragments.append("".join(html).strip())
    return mark_safe(" … ".join(f for f in fragments if f))  # noqa: S308 - each piece escaped


def article_search(articles: QuerySet[Article], q: str) -> QuerySet[Article]:
    """``articles`` matching ``q``, best first, each with ``rank`` and ``snippet`` (raw
    ts_headline output: pass it to ``safe_snippet``)."""
    search = Search(q)
    return (
        articles.filter(search.matches())
        .annotate(
            rank=search.rank(),
            snippet=search.headline(Substr("text", 1, INDEXED_CHARS)),
        )
        .order_by("-rank", "-created_at", "-id")
    )
