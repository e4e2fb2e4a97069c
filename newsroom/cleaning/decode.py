"""Bytes to text: UTF-8 when it is, a detected encoding when it is not, an error for binaries."""

from __future__ import annotations

import codecs
import contextlib
import re

import charset_normalizer

from .model import CleaningError

_BINARY = "This looks like a binary file, not text."
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Non-ASCII characters of French, German, Spanish, Portuguese, Italian, Dutch and the
# Nordic languages, and the typography of their newspapers.
_WESTERN = frozenset(
    "àâäáãåæçéèêëíìîïñóòôöõøœúùûüýÿßÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜÝŸ“”‘’„‚«»‹›–—…•·°€£¥§©®™ºª¿¡×\xa0"
)


def _looks_western(text: str) -> bool:
    """Only characters Western languages use, and accented letters a minority of letters
    (Cyrillic read as windows-1252 is nearly all accented Latin letters)."""
    accented = letters = 0
    for c in text:
        if c >= "\x80":
            if c not in _WESTERN:
                return False
            accented += c.isalpha()
        letters += c.isalpha()
    return accented <= letters * 0.2 and not _CONTROL.search(text)


# Python codec names as people know them.
_FRIENDLY = {"utf-16": "UTF-16", "utf-32": "UTF-32", "ascii": "ASCII"}


def _friendly(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    if name in _FRIENDLY:
        return _FRIENDLY[name]
    if m := re.fullmatch(r"cp(125\d)", name):
        return f"windows-{m.group(1)}"
    if m := re.fullmatch(r"iso8859-(\d+)", name):
        return f"ISO-8859-{m.group(1)}"
    return name


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode an uploaded file.

    Returns the text and a note for the person when it was not UTF-8 (None when it was).
    Raises CleaningError for binary content.
    """
    # UTF-16/32 files are full of NUL bytes, so their byte order mark is checked first.
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), f"Not UTF-8: decoded as {_friendly(encoding)}"
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise CleaningError(_BINARY)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Detectors guess poorly on short Western text (French read as windows-1257), so the
    # code page most Western newsrooms write in wins when it yields only characters those
    # languages use; anything else goes to the detector.
    with contextlib.suppress(UnicodeDecodeError):
        text = data.decode("cp1252")
        if _looks_western(text):
            return text, f"Not UTF-8: decoded as {_friendly('cp1252')}"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise CleaningError(_BINARY)
    text = str(best)
    if len(_CONTROL.findall(text)) > len(text) * 0.05:
        raise CleaningError(_BINARY)
    encoding = best.encoding
    # Text with few accents decodes the same under several code pages; name the common one.
    with contextlib.suppress(UnicodeDecodeError):
        if encoding != "cp1252" and data.decode("cp1252") == text:
            encoding = "cp1252"
    return text, f"Not UTF-8: decoded as {_friendly(encoding)}"
