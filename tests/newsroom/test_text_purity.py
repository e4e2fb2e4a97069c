"""newsroom/text/ holds the article as text, in plain Python: no module there imports
Django, nor any part of the project that does (only its own modules and the cleaner)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsroom.text
from tests.purity import imported_modules

TEXT = Path(newsroom.text.__file__).parent
PURE_PACKAGES = ("newsroom.text", "newsroom.cleaning")


@pytest.mark.parametrize("path", sorted(TEXT.glob("*.py")), ids=lambda path: path.name)
def test_text_modules_import_nothing_of_django(path: Path) -> None:
    for name in imported_modules(path.read_text(encoding="utf-8")):
        top = name.split(".")[0]
        assert top != "django", f"{path.name} imports {name}"
        if top in ("newsroom", "annotations"):
            assert name.startswith(PURE_PACKAGES), f"{path.name} imports {name}"


def test_the_folder_holds_the_text_modules() -> None:
    names = {path.stem for path in TEXT.glob("*.py")}
    assert {"document", "changes", "original_page", "textmarks", "story_bounds", "flags"} <= names
