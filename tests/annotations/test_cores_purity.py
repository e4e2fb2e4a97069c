"""The anchoring and rendering cores are plain Python: no Django import, however spelled."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import annotations.anchoring
import annotations.rendering

CORES = [annotations.anchoring, annotations.rendering]


def imported_modules(source: str) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
        elif isinstance(node, ast.Call) and called(node) in ("__import__", "import_module"):
            names.extend(
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    return names


def called(call: ast.Call) -> str | None:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", None)


@pytest.mark.parametrize("module", CORES, ids=lambda module: module.__name__)
def test_core_imports_no_django(module: object) -> None:
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    django = [name for name in imported_modules(source) if name.split(".")[0] == "django"]
    assert django == []


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
