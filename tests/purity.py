"""What a module imports, read from its source: the pure cores must not import Django."""

from __future__ import annotations

import ast
from pathlib import Path


def imported_modules(source: str) -> list[str]:
    """Every module the source imports, however spelled (``import_module("...")`` too)."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
        elif isinstance(node, ast.Call) and _called(node) in ("__import__", "import_module"):
            names.extend(
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    return names


def _called(call: ast.Call) -> str | None:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", None)


def django_imports(path: str | Path) -> list[str]:
    """The Django modules the file at ``path`` imports."""
    source = Path(path).read_text(encoding="utf-8")
    return [name for name in imported_modules(source) if name.split(".")[0] == "django"]
