"""Bytes to text: UTF-8 when it is (or mostly is), UTF-16 with or without its byte order
mark, a detected encoding otherwise, an error for binaries."""

from __future__ import annotations

import codecs
import contextlib
import re
import threading
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Replaced:
    """A run of bytes that were not UTF-8 in a mostly UTF-8 file, each now “\ufffd”."""

    line: int  # 1-based, as the cleaner numbers lines
    column: int  # 1-based, in characters of the decoded line
    raw: bytes

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "bytes": self.raw.hex(" ")}


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None = None  # for the person, when the input was not plain UTF-8
    replaced: tuple[Replaced, ...] = ()

    @property
    def replaced_bytes(self) -> int:
        return sum(len(r.raw) for r in self.replaced)


# Where a note lists the places bytes were replaced, this many are named.
PLACES_NAMED = 5
# UTF-16 without its mark, read from how NUL bytes fall: in text that is mostly ASCII,
# nearly every other byte is NUL, and almost none of the rest are.
_UTF16_NULS = 0.7
_UTF16_STRAY_NULS = 0.05
_ASCII_BYTES = bytes(range(128))


def places(replaced: tuple[Replaced, ...] | list[Replaced]) -> str:
    """ "line 4, column 12; line 9, column 1 and 3 more" """
    named = "; ".join(f"line {r.line}, column {r.column}" for r in replaced[:PLACES_NAMED])
    more = len(replaced) - PLACES_NAMED
    return f"{named} and {more} more" if more > 0 else named


_runs = threading.local()
# More places than this that are not UTF-8, and the file is not damaged UTF-8 but in
# another encoding (a file of French in windows-1252 has one at every accent).
MAX_RUNS = 10_000


class _NotMostlyUtf8(Exception):
    pass


def _note_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    # One replacement character a byte, so a reported column counts each bad byte once.
    runs = _runs.found
    if len(runs) >= MAX_RUNS:
        raise _NotMostlyUtf8
    if runs and runs[-1][1] == exc.start:
        runs[-1] = (runs[-1][0], exc.end)
    else:
        runs.append((exc.start, exc.end))
    return "\ufffd" * (exc.end - exc.start), exc.end


codecs.register_error("newsroom.note-bad-bytes", _note_bad_bytes)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes that are not (a damaged file, a pasted fragment in another
    code page): kept as UTF-8 when well-formed UTF-8 outweighs the bad bytes, with each
    bad byte replaced by U+FFFD and its place reported."""
    data = data.removeprefix(codecs.BOM_UTF8)
    _runs.found = []
    try:
        text = data.decode("utf-8", "newsroom.note-bad-bytes")
        runs = _runs.found
    except _NotMostlyUtf8:
        return None
    finally:
        del _runs.found
    bad = sum(end - start for start, end in runs)
    # Well-formed non-ASCII characters are two to four bytes each, which a legacy code
    # page would rarely have produced by chance.
    good = len(data.translate(None, _ASCII_BYTES)) - bad
    if not runs or good <= 2 * bad:
        return None
    replaced = []
    line, line_start, at, after = 1, 0, 0, 0  # ``at``: the character ``after`` became
    for start, end in runs:
        position = at + len(data[after:start].decode("utf-8"))
        line += text.count("\n", at, position)
        newline = text.rfind("\n", at, position)
        line_start = newline + 1 if newline >= 0 else line_start
        replaced.append(Replaced(line, position - line_start + 1, data[start:end]))
        at, after = position + (end - start), end
    count = sum(len(r.raw) for r in replaced)
    were = "bytes that were" if count != 1 else "byte that was"
    note = f"Mostly UTF-8: {count} {were} not UTF-8 replaced with “\ufffd” ({places(replaced)})"
    return Decoded(text, note, tuple(replaced))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    if len(data) < 4 or len(data) % 2:
        return None
    low, high = data[0::2], data[1::2]
    half = len(low)
    for nuls, others, encoding, order in (
        (high, low, "utf-16-le", "little-endian"),
        (low, high, "utf-16-be", "big-endian"),
    ):
        if nuls.count(0) >= half * _UTF16_NULS and others.count(0) <= half * _UTF16_STRAY_NULS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if len(_CONTROL.findall(text)) > len(text) * 0.05:
                return None
            return Decoded(text, f"Not UTF-8: decoded as UTF-16 ({order}, no byte order mark)")
    return None


def decode(data: bytes) -> Decoded:
    """Decode an uploaded file: the text, a note for the person when it was not UTF-8,
    and the places of bytes replaced in a mostly UTF-8 file. Raises CleaningError for
    binary content."""
    # UTF-16/32 files are full of NUL bytes, so their byte order mark is checked first.
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(
                    data.decode(encoding), f"Not UTF-8: decoded as {_friendly(encoding)}"
                )
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        decoded = _utf16_without_bom(data)
        if decoded is None:
            raise CleaningError(_BINARY)
        return decoded
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    # Detectors guess poorly on short Western text (French read as windows-1257), so the
    # code page most Western newsrooms write in wins when it yields only characters those
    # languages use; anything else goes to the detector.
    with contextlib.suppress(UnicodeDecodeError):
        text = data.decode("cp1252")
        if _looks_western(text):
            return Decoded(text, f"Not UTF-8: decoded as {_friendly('cp1252')}")
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
    return Decoded(text, f"Not UTF-8: decoded as {_friendly(encoding)}")


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """``decode`` as (text, note); the note is None when the file was UTF-8."""
    decoded = decode(data)
    return decoded.text, decoded.note
