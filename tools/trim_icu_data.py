"""Rebuild the ICU data library (libicudata.so.NN, 31 MB) with only what Qt needs for this app.

Qt Core links ICU, so ICU cannot be left out, but Qt only calls it for case mapping,
collation (QCollator), time-zone display names and legacy text codecs. This keeps the
collation, zone and locale data of root/en/ja/ru plus every non-locale table, and drops
converters (.cnv; UTF-8/16/32, Latin-1 and ASCII are built into ICU), break-iterator
dictionaries, transliteration, units, currencies, language/region display names and
spell-out rules (~24 MB). Used by build.spec on Linux; needs binutils (as, ld), which
PyInstaller needs anyway.

The common-data format (ICU's ucmndata.h): a data header, then a table of contents
(uint32 count; count x (uint32 name offset, uint32 data offset), both relative to the table),
the item names (sorted, NUL-terminated) and the items, each 16-byte aligned.

    python tools/trim_icu_data.py LIBICUDATA OUT_DIR     # writes OUT_DIR/libicudata.so.NN
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

KEEP_LOCALES = ("root", "en", "ja", "ru")
DROP_TREES = ("brkitr/", "translit/", "unit/", "curr/", "lang/", "region/", "rbnf/")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$|^root\.res$")


def keep_item(name: str) -> bool:
    """name without the package prefix, e.g. 'coll/ja.res', 'ja_JP.res', 'cnvalias.icu'."""
    if name.endswith(".cnv") or name.startswith(DROP_TREES):
        return False
    base = name.rsplit("/", 1)[-1]
    if _LOCALE.match(base):
        return base.split("_")[0].removesuffix(".res") in KEEP_LOCALES
    return True


def read_common(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        name = blob[toc + name_off:blob.index(b"\0", toc + name_off)].decode("ascii")
        items.append((name, blob[toc + data_off:toc + end]))
    return blob[:header_size], items


def write_common(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    name_start = 4 + 8 * len(items)
    data_start = -(-(name_start + len(names)) // 16) * 16
    toc, body = bytearray(struct.pack("<I", len(items))), bytearray()
    name_off = name_start
    for name, data in items:
        toc += struct.pack("<II", name_off, data_start + len(body))
        name_off += len(name) + 1
        body += data + b"\0" * (-len(data) % 16)
    toc += names + b"\0" * (data_start - name_start - len(names))
    return header + bytes(toc) + bytes(body)


def _symbol_blob(lib: Path) -> tuple[str, bytes]:
    """The exported icudtNN_dat symbol's name and bytes (read via nm's offset and size)."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(lib)], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            addr, size = int(parts[0], 16), int(parts[1], 16)
            offset = _file_offset(lib, addr)
            return parts[3], lib.read_bytes()[offset:offset + size]
    raise ValueError(f"no icudtNN_dat symbol in {lib}")


def _file_offset(lib: Path, addr: int) -> int:
    out = subprocess.run(["readelf", "-lW", str(lib)], check=True, capture_output=True,
                         text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if f and f[0] == "LOAD":
            off, vaddr, filesz = int(f[1], 16), int(f[2], 16), int(f[4], 16)
            if vaddr <= addr < vaddr + filesz:
                return addr - vaddr + off
    raise ValueError(f"address {addr:#x} not in a LOAD segment of {lib}")


def trim(lib: Path, out_dir: Path) -> Path:
    """Write out_dir/<lib.name>: the same library with a trimmed data package."""
    symbol, blob = _symbol_blob(lib)
    header, items = read_common(blob)
    prefix = items[0][0].split("/", 1)[0] + "/"
    kept = [(n, d) for n, d in items if keep_item(n.removeprefix(prefix))]
    packed = write_common(header, kept)
    if read_common(packed)[1] != kept:
        raise AssertionError("repacked ICU data does not read back")
    out_dir.mkdir(parents=True, exist_ok=True)
    dat, asm, obj = out_dir / f"{symbol}.dat", out_dir / f"{symbol}.s", out_dir / f"{symbol}.o"
    dat.write_bytes(packed)
    asm.write_text(f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
                   f'{symbol}:\n.incbin "{dat}"\n.size {symbol}, . - {symbol}\n'
                   '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    out = out_dir / lib.name
    subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
    subprocess.run(["ld", "-shared", "-soname", lib.name, "-o", str(out), str(obj)], check=True)
    print(f"trim_icu_data: {len(items)} -> {len(kept)} items, "
          f"{len(blob) / 1e6:.1f} -> {len(packed) / 1e6:.1f} MB")
    return out


def tools_available() -> bool:
    return all(shutil.which(t) for t in ("as", "ld", "nm", "readelf"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.rsplit("\n\n", 1)[-1])
    trim(Path(sys.argv[1]), Path(sys.argv[2]))
