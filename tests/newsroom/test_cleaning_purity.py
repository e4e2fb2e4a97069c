"""The cleaning core stays free of Django, so it can run (and be tested) anywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import newsroom.cleaning

PACKAGE = Path(newsroom.cleaning.__file__).parent


def _imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_cleaning_package_has_modules_to_check():
    assert len(list(PACKAGE.rglob("*.py"))) >= 5


def test_no_module_in_the_cleaning_package_imports_django():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name in _imported_modules(tree):
            if name == "django" or name.startswith("django."):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []
