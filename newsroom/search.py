"""Full-text search over articles: the stored vector, kept with the text it indexes, and
the ranked, highlighted query.

Each article's ``search_vector`` is written by ``article_index`` right after the article
row, inside the transaction that makes the revision (``newsroom.revisions``), so the
vector never disagrees with the text a reader sees. The article's language picks the
text-search configuration (German words are stemmed as German); accents are folded in
Python (no unaccent extension), in what is indexed and in what is asked.

A query is matched against each row with the configuration of that row's language: one
tsquery per configuration, and a row counts only when the query of its own language
matches (so ``-word`` excludes the word as that language stems it). The article index
has one part per configuration (partial GIN indexes), so each arm of the query — that
language's rows, that language's words — is answered by the index alone, without
reading a matching article's vector. Annotations (whose language is their article's)
put the union of the queries first, which their one GIN index answers, and test each
of the few rows it finds against its own language.

Articles are ranked by their lead vector: headline, deck and byline, and the body's
first ``LEAD_CHARS`` characters, weighted as in the full vector. It is small enough to
stay in the table row, where the full vector of a long article is stored out of line
(TOAST) and costs a read and a decompression for every match; a word in ten thousand
articles is ranked in about ten milliseconds. What a story is about is in its headline and
its opening; an article that mentions the words only further down ranks below those,
newest first.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import Case, F, FloatField, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Replace, Substr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from newsroom.models import SEARCH_CONFIGS as CONFIGS
from newsroom.models import Article, search_language
from newsroom.text.document import BYLINE, DATELINE, DECK, HEADLINE, KICKER
from newsroom.text.folding import fold_accents

# CONFIGS: the cleaner's language (ISO 639-1) -> PostgreSQL's text-search configuration.
SIMPLE = "simple"  # every other language: words lower-cased, not stemmed
ALL_CONFIGS = (*CONFIGS.values(), SIMPLE)

WEIGHTS = {HEADLINE: "A", KICKER: "B", DECK: "B", BYLINE: "B", DATELINE: "B"}  # the rest: C
# A tsvector holds at most 1 MB; a document's first half million characters stay well
# under it (a 20 MB page would not), and are what a search can find in it.
INDEXED_CHARS = 500_000
LEAD_CHARS = 1_000  # of the body, in the lead vector the rank is read from

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


def config_case(path: str = "language") -> Case:
    """The configuration of a row's language, in SQL."""
    return Case(
        *(When(search_language(c, path), then=Value(c)) for c in CONFIGS.values()),
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


def article_vectors(text: str, blocks: list[dict], language: str) -> dict[str, SearchVector]:
    """The article's ``search_vector`` and ``lead_vector``, as field -> expression."""
    parts: dict[str, list[str]] = {"A": [], "B": [], "C": []}
    for block in blocks:
        parts[WEIGHTS.get(block["kind"], "C")].append(text[block["start"] : block["end"]])
    body = "\n".join(parts["C"])
    config = config_for(language)
    return {
        "search_vector": weighted_vector({**parts, "C": [body[:INDEXED_CHARS]]}, config),
        "lead_vector": weighted_vector({**parts, "C": [body[:LEAD_CHARS]]}, config),
    }


def article_index(article: Article) -> None:
    """Write the article's vectors from its current text. Call it inside the transaction
    that wrote the text (``newsroom.revisions`` does)."""
    vectors = article_vectors(article.text, article.blocks, article.language)
    Article.objects.filter(pk=article.pk).update(**vectors)


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

    def matches(
        self, vector: str = "search_vector", path: str = "language", *, union: bool = False
    ) -> Q:
        """Rows whose own language's query matches: one arm per configuration, each
        answered by that configuration's part of the index. With ``union`` (the language
        is another table's, the index has no parts) the union of the queries comes
        first, for the index, and each row it finds is tested against its own."""
        own = reduce(
            or_, (search_language(c, path) & Q(**{vector: q}) for c, q in self.queries.items())
        )
        if not union:
            return own
        return Q(**{vector: reduce(or_, self.queries.values())}) & own

    def rank(self, vector: str = "search_vector", path: str = "language") -> Case:
        return Case(
            *(
                When(search_language(c, path), then=SearchRank(F(vector), q))
                for c, q in self.queries.items()
            ),
            output_field=FloatField(),
        )

    def headline(self, expression, path: str = "language", **options) -> SearchHeadline:
        """ts_headline of ``expression`` in the row's configuration, our markers taken
        out of the text first (``safe_snippet`` makes it HTML). It runs on the rows shown
        only, so the configuration is the row's, in SQL, rather than one arm per
        configuration."""
        text = expression
        for marker in (START, STOP, DELIMITER, LT):
            text = Replace(text, Value(marker), Value(""))
        text = Replace(text, Value("<"), Value(LT))
        config = config_case(path)
        # The words as typed highlight too (the stored text keeps its accents).
        query = SearchQuery(fold_accents(self.q), config=config, search_type="websearch")
        query |= SearchQuery(self.q, config=config, search_type="websearch")
        # Whole short texts (highlight_all) or fragments of long ones.
        options = options if options.get("highlight_all") else {**HEADLINE_OPTIONS, **options}
        return SearchHeadline(
            text,
            query,
            config=config,
            start_sel=START,
            stop_sel=STOP,
            fragment_delimiter=DELIMITER,
            **options,
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


def article_search(
    articles: QuerySet[Article], q: str, *, ranked: bool = True
) -> QuerySet[Article]:
    """``articles`` matching ``q``, best first, each with ``rank`` and ``snippet`` (raw
    ts_headline output: pass it to ``safe_snippet``); only those matching, unordered,
    unless ``ranked`` (to be counted)."""
    search = Search(q)
    matching = articles.filter(search.matches())
    if not ranked:
        return matching
    return matching.annotate(
        rank=search.rank("lead_vector"),
        snippet=search.headline(Substr("text", 1, INDEXED_CHARS)),
    ).order_by("-rank", "-created_at", "-id")
