"""Several files as one zip, written as they come: no file is held whole, nor the zip."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator


class _Chunks:
    """A write-only stream: zipfile writes into it, the caller takes what was written."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def zip_stream(files: Iterable[tuple[str, Iterable[str]]]) -> Iterator[bytes]:
    """Each (name, pieces of text) as a deflated UTF-8 member; bytes as they are made.

    zipfile writes to a stream it cannot seek (data descriptors after each member), so
    the archive goes out piece by piece."""
    sink = _Chunks()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, pieces in files:
            with archive.open(name, "w", force_zip64=True) as member:
                for piece in pieces:
                    member.write(piece.encode("utf-8"))
                    if len(sink.parts) > 16:
                        yield sink.take()
            yield sink.take()
    yield sink.take()
