# A handler that logs and re-raises with bare raise.
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("could not parse", repr(s))
        raise
print(parse("12"))
print(parse("-7"))
print(parse("twelve"))
print("unreachable")
