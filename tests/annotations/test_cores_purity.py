"""The anchoring and rendering cores are plain Python: no Django import, however spelled."""

from __future__ import annotations

import pytest

import annotations.anchoring
import annotations.rendering
from tests.purity import django_imports, imported_modules

CORES = [annotations.anchoring, annotations.rendering]


@pytest.mark.parametrize("module", CORES, ids=lambda module: module.__name__)
def test_core_imports_no_django(module: object) -> None:
    assert django_imports(module.__file__) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "source",
    [
        "import django",
        "from django.db import models",
        "import django.utils.html as h",
        "__import__('django')",
        "importlib.import_module('django.conf')",
    ],
)
def test_the_check_sees_every_spelling(source: str) -> None:
    assert any(name.split(".")[0] == "django" for name in imported_modules(source))
