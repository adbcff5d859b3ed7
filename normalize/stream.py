"""Normalizing a file too large to hold in memory, paragraph-aligned piece by piece.

The file is read in blocks, decoded incrementally, and cut at the last paragraph
break (a blank line) in what has been read (in text with none for a whole block, at
the start of the last sentence instead); each piece is normalized and written
out before the next is read, so memory stays near one block whatever the file's
size.  Rules see one piece at a time: a document-level context condition holds
per piece, and only the first piece is treated as the top of the document (where
a repeated headline can be).  Offsets in the results are file-wide.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import regex

from .blocks import last_sentence_start
from .errors import InputError
from .pipeline import Normalizer, Result
from .textio import encoding_hint

DEFAULT_BLOCK_BYTES = 4 * 1024 * 1024
_PARAGRAPH_BREAK = regex.compile(r"\r?\n[ \t]*\r?\n")


@dataclass(frozen=True)
class Piece:
    """One normalized piece: its offset (characters) and first line (1-based) in the whole file."""

    offset: int
    line: int
    result: Result


def iter_text_blocks(handle: BinaryIO, name: str, encoding: str, errors: str, block_bytes: int) -> Iterator[str]:
    """Decoded text blocks; binary data and undecodable bytes are refused with their file offset."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors)
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'") from None
    is_utf8 = codecs.lookup(encoding).name == "utf-8"
    consumed = 0
    while True:
        block = handle.read(block_bytes)
        final = not block
        if is_utf8 and block:
            nul = block.find(b"\x00")
            if nul != -1:
                raise InputError(f"{name}: binary file (NUL byte at offset {consumed + nul}); not processed")
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            offset = consumed - pending + exc.start
            hint = encoding_hint(block)
            raise InputError(f"{name}: not valid {encoding} (byte at offset {offset}); {hint}") from None
        consumed += len(block)
        if text:
            yield text
        if final:
            return


def _last_cut(buffer: str, limit: int) -> int | None:
    """Where to cut: after the last paragraph break; past ``limit`` characters, before the last
    sentence that begins in the buffer (so that rules still see whole sentences), or failing one
    after the last line break or space."""
    cut = None
    for match in _PARAGRAPH_BREAK.finditer(buffer):
        cut = match.end()
    if cut is None and len(buffer) > limit:
        sentence = last_sentence_start(buffer)
        if sentence is not None:
            return sentence
        for sep in ("\n", " "):
            at = buffer.rfind(sep)
            if at > 0:
                return at + 1
        return len(buffer)
    return cut


def text_pieces(blocks: Iterator[str], limit: int = DEFAULT_BLOCK_BYTES) -> Iterator[str]:
    """Paragraph-aligned pieces of the text the blocks spell, in order (at least one, perhaps empty).

    A text with no blank line for ``limit`` characters is cut at a line break or a
    space instead, so one enormous paragraph still streams in bounded memory.
    """
    buffer = ""
    first = True
    for block in blocks:
        buffer += block
        cut = _last_cut(buffer, limit)
        if cut is None:
            continue
        piece, buffer = buffer[:cut], buffer[cut:]
        yield piece
        first = False
    if buffer or first:
        yield buffer


def normalize_blocks(
    normalizer: Normalizer,
    blocks: Iterator[str],
    limit: int = DEFAULT_BLOCK_BYTES,
    verdicts: dict[str, bool] | None = None,
) -> Iterator[Piece]:
    """Normalize the pieces of ``text_pieces``, in order, each as part of one document.

    ``verdicts`` are the context conditions of the whole text (``file_verdicts``): a
    condition one paragraph meets ("popular crowd" at the top) then holds in every
    piece, as it does when the file is normalized whole.
    """
    offset = 0
    line = 1
    for number, piece in enumerate(text_pieces(blocks, limit)):
        yield Piece(offset, line, normalizer.normalize(piece, document_start=number == 0, verdicts=verdicts))
        offset += len(piece)
        line += piece.count("\n")


def file_verdicts(normalizer: Normalizer, path: Path, encoding: str, errors: str, limit: int) -> dict[str, bool]:
    """The context conditions of a whole file, judged piece by piece in a first, quick pass over it."""
    with path.open("rb") as source:
        return normalizer.context_verdicts(
            text_pieces(iter_text_blocks(source, str(path), encoding, errors, limit), limit)
        )
