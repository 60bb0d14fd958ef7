# An uncaught chained exception: traceback on stderr, exit status 1, stdout before it kept.
print("starting")
def inner():
    raise KeyError("missing key")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
outer()
print("never")
