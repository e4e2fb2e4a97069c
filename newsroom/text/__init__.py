"""The article as text: pure Python, no Django import (a test holds every module to it).

``document`` compiles an article's structured content into the one text annotations point
into; ``changes`` (with ``original_page``'s types and ``textmarks``) sets a page's raw
lines beside what they became; ``story_bounds`` edits where a page's stories start;
``flags`` puts the cleaner's confidence flags into words.
"""
