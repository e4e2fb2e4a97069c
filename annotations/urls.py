"""The reader's annotation pages (the reader UI adds its routes here)."""

from __future__ import annotations

urlpatterns: list = []
