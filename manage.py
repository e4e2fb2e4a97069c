#!/usr/bin/env python
import os
import sys
from pathlib import Path

# `make install` puts the project's packages in .venv.
VENV_PYTHON = Path(__file__).resolve().parent / ".venv" / "bin" / "python"


def main() -> None:
    try:
        import django  # noqa: F401
    except ImportError:
        # `python manage.py ...` from a shell where the virtualenv is not active: the
        # same command with the project's interpreter, when `make install` has made it.
        if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parents[1].resolve():
            os.execv(VENV_PYTHON, [str(VENV_PYTHON), *sys.argv])  # noqa: S606 - our own .venv
        raise SystemExit(
            "Django is not installed for this Python: run `make install`, then "
            "`.venv/bin/python manage.py ...`."
        ) from None
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    # A checkout's commands run in development; production exports DJANGO_DEBUG=0
    # (newsroom.wsgi and newsroom.asgi, which serve the site, start in production).
    os.environ.setdefault("DJANGO_DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
