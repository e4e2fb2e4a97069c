"""The in-process caches: bounded by bytes, least recently used out first, pure Python."""

from __future__ import annotations

import newsroom.speedups
from newsroom.speedups import Cache, size_of
from tests.purity import django_imports


def test_a_cache_keeps_within_its_bytes_dropping_the_least_recently_used():
    one, two, three = ("a" * 1000, "b" * 1000, "c" * 1000)
    cache = Cache("test", max_bytes=size_of("1", one) + size_of("2", two) + 10, fresh="test")
    made = []

    def make(value):
        made.append(value)
        return value

    cache.get("1", lambda: make(one))
    cache.get("2", lambda: make(two))
    assert cache.get("1", lambda: make("again")) is one  # kept, and now the most recent
    cache.get("3", lambda: make(three))  # over the bound: "2" goes
    assert made == [one, two, three]
    assert cache.get("2", lambda: make(two)) is two and made[-1] is two  # made again
    assert cache.size <= cache.max_bytes


def test_a_value_bigger_than_the_cache_is_returned_but_not_kept():
    cache = Cache("test", max_bytes=500, fresh="test")
    assert cache.get("big", lambda: "x" * 1000) == "x" * 1000
    assert len(cache) == 0 and cache.size == 0


def test_size_counts_what_keys_and_values_hold_once():
    text = "y" * 10_000
    assert size_of(text) > 10_000
    assert size_of((text, text), {"k": [text]}) < 2 * size_of(text)


def test_the_caches_module_imports_no_django():
    assert django_imports(newsroom.speedups.__file__) == []


def test_a_fingerprint_changes_with_anything_it_stands_for():
    spans = (("aaaaaaaaaaaa", 3, 20, "claim"), ("bbbbbbbbbbbb", 5, 9, None))
    same = newsroom.speedups.fingerprint("text", spans)
    assert same == newsroom.speedups.fingerprint("text", tuple(spans))
    assert same != newsroom.speedups.fingerprint("text", (spans[0], ("bbbbbbbbbbbb", 5, 10, None)))
    assert same != newsroom.speedups.fingerprint("text!", spans)
    assert len(same) == 32
