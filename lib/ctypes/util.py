"""ctypes.util.find_library for Tauraro (Linux).

CPython runs `/sbin/ldconfig -p` and returns the first library named
lib<name>.<something> for this machine's ABI ("libc6,x86-64"), falling back
to gcc and ld.  `ldconfig -p` only prints the dynamic linker's cache,
/etc/ld.so.cache, so this module reads that file directly (its glibc 2.x
"glibc-ld.so.cache1.1" format) and picks the same first entry: the same
answer, without a subprocess.  Libraries absent from the cache are found
by neither (CPython's gcc fallback aside).
"""

import sys as _sys

_CACHE = "/etc/ld.so.cache"
_MAGIC = b"glibc-ld.so.cache1.1"
# entry flags: FLAG_ELF_LIBC6 with the machine's required bits
_FLAG_TYPE_MASK = 0x00FF
_FLAG_ELF_LIBC6 = 0x0003
_FLAG_REQUIRED_MASK = 0xFF00
_FLAG_X8664_LIB64 = 0x0300
_FLAG_AARCH64_LIB64 = 0x0a00

def _u32(data, at):
    return int.from_bytes(data[at:at + 4], "little")

def _cstring(data, at):
    end = data.index(b"\0", at)
    return data[at:end].decode("utf-8", "replace")

def _machine_flag():
    import os
    machine = os.uname().machine if hasattr(os, "uname") else "x86_64"
    return _FLAG_AARCH64_LIB64 if machine == "aarch64" else _FLAG_X8664_LIB64

def _cache_names():
    """The library names in /etc/ld.so.cache for this ABI, in cache order."""
    try:
        with open(_CACHE, "rb") as f:
            data = f.read()
    except OSError:
        return []
    start = data.find(_MAGIC)
    if start < 0:
        return []
    nlibs = _u32(data, start + 20)
    entries = start + 48          # header: magic, version, nlibs, string len, flags, ...
    want = _machine_flag()
    names = []
    for i in range(nlibs):
        at = entries + i * 24     # flags, key, value, osversion (int32 each), hwcap (int64)
        flags = _u32(data, at)
        if flags & _FLAG_TYPE_MASK != _FLAG_ELF_LIBC6:
            continue
        if flags & _FLAG_REQUIRED_MASK != want:
            continue
        names.append(_cstring(data, start + _u32(data, at + 4)))
    return names

def find_library(name):
    prefix = "lib" + name + "."
    for lib in _cache_names():
        if lib.startswith(prefix) and len(lib) > len(prefix):
            return lib
    return None
