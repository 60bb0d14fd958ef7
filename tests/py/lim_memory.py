# MemoryError (not a crash) when a program asks for more memory than any
# machine has, OverflowError when the size does not even fit an index, and
# the program carries on afterwards.  The sizes exceed the 2**47-byte address
# space, so they fail everywhere.
HUGE = 10**14


def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> ok", type(r).__name__)
    except MemoryError as e:
        print(label, "-> MemoryError", repr(e))
    except OverflowError as e:
        print(label, "-> OverflowError:", e)


attempt("[0] * HUGE", lambda: [0] * HUGE)
attempt("HUGE * [None]", lambda: HUGE * [None])
attempt("(1, 2) * HUGE", lambda: (1, 2) * HUGE)
attempt("'ab' * HUGE", lambda: "ab" * HUGE)
attempt("'x' * (2**63 - 1)", lambda: "x" * (2**63 - 1))
attempt("b'xy' * HUGE", lambda: b"xy" * HUGE)
attempt("bytes(HUGE)", lambda: bytes(HUGE))
attempt("list(range(HUGE))", lambda: list(range(HUGE)))
attempt("tuple(range(HUGE))", lambda: tuple(range(HUGE)))
attempt("sorted(range(HUGE))", lambda: sorted(range(HUGE)))
attempt("'a'.ljust(HUGE)", lambda: "a".ljust(HUGE))
attempt("'a'.rjust(HUGE, '*')", lambda: "a".rjust(HUGE, "*"))
attempt("'a'.center(HUGE)", lambda: "a".center(HUGE))
attempt("'7'.zfill(HUGE)", lambda: "7".zfill(HUGE))
attempt("format(1, width)", lambda: format(1, str(HUGE)))
attempt("'{:>N}'.format('x')", lambda: ("{:>%d}" % HUGE).format("x"))
attempt("'%Nd' % 5", lambda: ("%" + str(HUGE) + "d") % 5)
attempt("'\\t'.expandtabs(HUGE)", lambda: "\t".expandtabs(HUGE))
attempt("1 << HUGE", lambda: 1 << HUGE)

x = [1, 2, 3]
try:
    x *= HUGE
except MemoryError:
    print("x *= HUGE: MemoryError, x is still", x)
s = "abc"
try:
    s *= HUGE
except MemoryError:
    print("s *= HUGE: MemoryError, s is still", s)

# sizes that do not fit an index at all
attempt("[0] * 10**19", lambda: [0] * 10**19)
attempt("'a' * 10**30", lambda: "a" * 10**30)
attempt("list(range(10**19))", lambda: list(range(10**19)))
attempt("len(range(10**19))", lambda: len(range(10**19)))

# negative and zero counts are fine
print([1] * -3, "ab" * 0, (1,) * -1, b"z" * 0)


# MemoryError is an ordinary exception: handlers, finally, re-raise
def build(n):
    try:
        return [None] * n
    finally:
        print("finally after asking for", n)


for n in (3, HUGE):
    try:
        print(len(build(n)))
    except MemoryError:
        print("caught MemoryError from build")

# after all that, normal allocation still works
data = [i * i for i in range(100000)]
text = "-".join(str(i) for i in range(1000))
print(len(data), sum(data) % 1000, len(text))
print(isinstance(MemoryError(), Exception), MemoryError.__mro__[1].__name__)
