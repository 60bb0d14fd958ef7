"""string for Tauraro: the constants, capwords and Template."""

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + "_"
_ID_CHARS = ascii_letters + digits + "_"


class Template:
    """$-substitution (PEP 292): $name, ${name}, and $$ for a literal $.
    Tauraro has no re module, so the pattern is scanned by hand; a subclass
    may change `delimiter` but not `idpattern` or `pattern`."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, name) for each delimiter: kind is
        'escaped', 'named', 'braced' or 'invalid' (start is then where the
        bad placeholder begins, just past the delimiter, as re reports it)."""
        s, delim = self.template, self.delimiter
        i = s.find(delim)
        while i >= 0:
            j = i + len(delim)
            if s.startswith(delim, j):
                yield "escaped", i, j + len(delim), None
                j += len(delim)
            elif j < len(s) and s[j] in _ID_START:
                k = j + 1
                while k < len(s) and s[k] in _ID_CHARS:
                    k += 1
                yield "named", i, k, s[j:k]
                j = k
            elif s.startswith("{", j) and j + 1 < len(s) and s[j + 1] in _ID_START:
                k = j + 2
                while k < len(s) and s[k] in _ID_CHARS:
                    k += 1
                if s.startswith("}", k):
                    yield "braced", i, k + 1, s[j + 1:k]
                    j = k + 1
                else:
                    yield "invalid", j, j, None
            else:
                yield "invalid", j, j, None
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            if kind == "invalid":
                if safe:
                    continue
                self._invalid(start)
            out.append(self.template[last:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append(str(mapping[name]))
            last = end
        out.append(self.template[last:])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != "invalid" for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, _, _, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)
