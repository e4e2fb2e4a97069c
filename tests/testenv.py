"""Development settings for the test run, set before pytest-django configures Django.

pytest-django sets Django up before any conftest.py is imported, so the environment is
prepared by this plugin, which ``addopts`` loads with ``-p`` ahead of everything else.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
# Playwright's sync API runs an event loop in the test thread, which would make Django
# refuse ORM calls made by browser tests' setup code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
