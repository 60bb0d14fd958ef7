"""hashlib for Tauraro: the SHA-2 hashes of the built-in _sha2 module
(sha256, sha384, sha512) under CPython's names.  MD5, SHA-1 and the others
are not there yet."""
from _sha2 import sha256, sha384, sha512

__all__ = ["sha256", "sha384", "sha512", "new", "algorithms_guaranteed", "algorithms_available"]

_constructors = {"sha256": sha256, "sha384": sha384, "sha512": sha512}
algorithms_guaranteed = frozenset(_constructors)
algorithms_available = algorithms_guaranteed


def new(name, data=b"", **kwargs):
    try:
        ctor = _constructors[name.lower()]
    except KeyError:
        raise ValueError("unsupported hash type " + name) from None
    return ctor(data, **kwargs)
