from __future__ import annotations

from .generate import main

main()
