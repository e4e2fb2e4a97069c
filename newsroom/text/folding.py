"""Accents folded away in Python: the embedded PostgreSQL has no unaccent extension.

Search folds both what it indexes and what is asked, so "Zurich" finds "Zürich" and
"Zürich" finds "Zurich". Entity names are normalised with the same folding
(``annotations.models.normalise_name``).
"""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """``text`` in compatibility decomposition without its combining marks (é -> e, ﬁ -> fi)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_accents(text: str) -> str:
    """``text`` with its accents stripped, for full-text search (case is left to
    PostgreSQL's parser). Each distinct character is folded once, so a long document
    costs one pass of ``str.translate``."""
    if text.isascii():
        return text
    table = {ord(c): strip_accents(c) for c in set(text) if not c.isascii()}
    return text.translate(table)
