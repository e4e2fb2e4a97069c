"""Benchmark-only settings: the product's own settings, its own database, one extra route.

Used by bench/api_create.py; never by the product.
"""

from __future__ import annotations

from newsroom.settings import *  # noqa: F403
from newsroom.settings import DATABASES

DATABASES["default"]["NAME"] = "newsroom_bench"
ROOT_URLCONF = "bench.urls"
# Clients post as fast as answers come, with one account: far past the product's write
# limit, which stays in the path (each write is still counted) but never refuses here.
NEWSROOM_WRITE_LIMIT_ACCOUNT = (10**9, 60)
NEWSROOM_WRITE_LIMIT_SIGNED_IN_ADDRESS = (10**9, 60)
