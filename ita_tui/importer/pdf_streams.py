"""How many bytes a PDF stream decodes to, found without decoding more than a limit of it (the
measure of pdf_budget, which counts a page's drawing instructions and the fonts it embeds).

A stream passes through its filters in order, as pdfminer's PDFStream.decode and pdfium's
PDF_DataDecode do; here each step stops once it has made more than the limit, and the stream
counts as the most bytes any step made (a step's output is work for the next). The steps that
grow data are Flate and LZW (a few KB of either stand for a GB), and RunLength (2 bytes for 128);
ASCIIHex and ASCII85 only shrink what they decode. Past a filter these do not know (the image
filters, or one no reader knows) the stream counts as what the steps before it made.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from typing import Any

_CHUNK = 2**16  # bytes inflated at a time


def _inflated(data: bytes, most: int) -> bytes:
    """A FlateDecode stream inflated in chunks, stopped once past `most` bytes; a damaged stream
    gives what inflated before the damage (as pdfminer and pdfium read it)."""
    inflater, parts, size = zlib.decompressobj(), [], 0
    try:
        while data and size <= most:
            part = inflater.decompress(data, _CHUNK)
            parts.append(part)
            size += len(part)
            data = inflater.unconsumed_tail
    except zlib.error:
        pass
    return b"".join(parts)


def _lzw_decoded(data: bytes, most: int, early: bool) -> bytes:
    """An LZWDecode stream decoded by pdfminer's LZWDecoder, stopped once past `most` bytes.
    pdfminer (pdfminer/lzw.py LZWDecoder.feed) always widens its codes one entry early, as
    EarlyChange 1 (the default) asks; with EarlyChange 0 they widen at 512, 1024 and 2048 entries,
    as pdfium reads them, so the count is of what pdfium will decode."""
    from pdfminer.lzw import LZWDecoder

    class Decoder(LZWDecoder):
        def feed(self, code: int) -> bytes:
            found = super().feed(code)
            if not early:
                entries = len(self.table)
                self.nbits = 9 if entries < 512 else 10 if entries < 1024 else 11 if entries < 2048 else 12
            return found

    parts, size = [], 0
    for part in Decoder(io.BytesIO(data)).run():
        parts.append(part)
        size += len(part)
        if size > most:
            break
    return b"".join(parts)


def _run_length_decoded(data: bytes, most: int) -> bytes:
    """A RunLengthDecode stream decoded, stopped once past `most` bytes: a length byte n < 128 is
    followed by n + 1 bytes to copy, n > 128 by one byte to repeat 257 - n times, 128 ends it."""
    out, at = bytearray(), 0
    while at < len(data) and len(out) <= most:
        length = data[at]
        if length == 128:
            break
        if length < 128:
            out += data[at + 1 : at + 2 + length]
            at += length + 2
        else:
            out += data[at + 1 : at + 2] * (257 - length)
            at += 2
    return bytes(out)


def _step(name: str, params: Any) -> Callable[[bytes, int], bytes] | None:
    """The decoding step of filter `name` (with its parameters), or None for one not counted."""
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.pdftypes import resolve1

    if name in ("FlateDecode", "Fl"):
        return _inflated
    if name in ("LZWDecode", "LZW"):
        early = not isinstance(params, dict) or resolve1(params.get("EarlyChange", 1)) != 0
        return lambda data, most: _lzw_decoded(data, most, early)
    if name in ("RunLengthDecode", "RL"):
        return _run_length_decoded
    if name in ("ASCII85Decode", "A85"):
        return lambda data, most: ascii85decode(data)
    if name in ("ASCIIHexDecode", "AHx"):
        return lambda data, most: asciihexdecode(data)
    return None


def decoded_size(stream: Any, most: int) -> int:
    """The most bytes any of a pdfminer stream's decoding steps makes, without any step making
    more than `most` (and a little more: past `most` is all a count needs to know)."""
    data = stream.rawdata if stream.rawdata is not None else stream.data or b""
    if stream.rawdata is None:  # pdfminer decoded it already
        return len(data)
    if stream.decipher and stream.objid is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    size = len(data)
    for name, params in stream.get_filters():
        step = _step(getattr(name, "name", ""), params)
        if step is None:
            break
        data = step(data, most)
        size = max(size, len(data))
        if size > most:
            break
    return size
