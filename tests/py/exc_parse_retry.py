# Exceptions for control flow: parsing with fallbacks, retries, custom hierarchy, finally-based cleanup.
class ParseError(ValueError): pass
def parse_value(text):
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            continue
    if text in ("true", "false"): return text == "true"
    raise ParseError(f"cannot parse {text!r}")
results = []
for t in ["42", "3.5", "true", "x1", "-7", "1e3", ""]:
    try:
        results.append(parse_value(t))
    except ParseError as e:
        results.append(str(e))
print(results)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3: raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
def retry(fn, times):
    last = None
    for i in range(times):
        try:
            return fn()
        except ConnectionError as e:
            last = e
            print("retrying after:", e)
    raise RuntimeError("gave up") from last
print(retry(flaky, 5))
attempts = -10
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, "<-", e.__cause__)
class Resource:
    opened = 0
    def __enter__(self): Resource.opened += 1; return self
    def __exit__(self, *exc): Resource.opened -= 1; return False
def use(n):
    with Resource():
        if n % 2: raise KeyError(n)
        return n
out = []
for n in range(4):
    try: out.append(use(n))
    except KeyError as k: out.append(("KeyError", k.args[0]))
print(out, Resource.opened, issubclass(ConnectionError, OSError))
