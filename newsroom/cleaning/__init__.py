"""OCR cleaning: raw text of a printed news page in, a structured, typographically clean
article and a report of every change out. Pure Python; no Django here."""

from __future__ import annotations

from .decode import decode_bytes
from .model import Block, Change, CleanedArticle, CleaningError
from .pipeline import clean

__all__ = ["Block", "Change", "CleanedArticle", "CleaningError", "clean", "decode_bytes"]
