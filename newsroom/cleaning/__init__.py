"""OCR cleaning: raw text of a printed news page in, its stories structured and
typographically clean, with every removal and change reported. Pure Python; no Django."""

from __future__ import annotations

from .decode import decode_bytes
from .model import (
    REMOVAL_REASONS,
    Block,
    Change,
    CleanedArticle,
    CleanedPage,
    CleaningError,
    Flags,
    Removal,
)
from .pipeline import clean

__all__ = [
    "REMOVAL_REASONS",
    "Block",
    "Change",
    "CleanedArticle",
    "CleanedPage",
    "CleaningError",
    "Flags",
    "Removal",
    "clean",
    "decode_bytes",
]
