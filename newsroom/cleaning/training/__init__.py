"""Training data for the cleaner's structure model: a corpus of clean, openly licensed news
articles and a seeded generator that sets them as OCR-like pages with line labels.
Pure Python; no Django."""

from __future__ import annotations

from .generator import GeneratedPage, generate

__all__ = ["GeneratedPage", "generate"]
