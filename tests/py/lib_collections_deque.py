# collections.deque: bounded history with maxlen, rotate for round-robin
# and ciphers, sliding-window maxima, a palindrome checker, and the
# sequence methods, comparisons and errors.
from collections import deque

history = deque(maxlen=3)
for cmd in ["ls", "cd src", "make", "make test", "git status"]:
    history.append(cmd)
    print("history:", list(history))
print(repr(history), history.maxlen, len(history))
history.appendleft("first")
print("appendleft drops from the right:", list(history))
history.extend(["a", "b"])
print("extend:", list(history))
history.extendleft(["x", "y"])
print("extendleft reverses:", list(history))

d = deque(range(1, 8))
d.rotate(2)
print("rotate(2):", list(d))
d.rotate(-3)
print("rotate(-3):", list(d))
d.rotate(len(d) * 10 + 1)
print("big rotate:", list(d))


def caesar(text, shift):
    alphabet = deque("abcdefghijklmnopqrstuvwxyz")
    alphabet.rotate(-shift)
    table = dict(zip("abcdefghijklmnopqrstuvwxyz", alphabet))
    return "".join(table.get(c, c) for c in text)


print(caesar("hello world", 3), caesar(caesar("round trip", 5), -5))


def window_max(values, k):
    dq, out = deque(), []
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(values[dq[0]])
    return out


print("window max:", window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


def is_palindrome(s):
    chars = deque(c.lower() for c in s if c.isalnum())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True


print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "deque", "", "No 'x' in Nixon"]])

players = deque(["ann", "bob", "cy", "dee"])
order = []
for turn in range(6):
    order.append(players[0])
    players.rotate(-1)
print("turns:", order)

q = deque("abcde")
print(q[0], q[-1], q[2], "c" in q, q.index("d"), q.count("a"))
q[1] = "B"
del q[2]
q.insert(1, "ins")
q.remove("e")
print(list(q), q.pop(), q.popleft(), list(q))
q.reverse()
print("reversed:", list(q), list(reversed(deque([1, 2, 3]))))
c = q.copy()
c.append("more")
print("copy independent:", list(q), list(c))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) + deque([2]), deque("ab") * 2)
q.clear()
print("cleared:", q, bool(q))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque("ab").remove("z"),
            lambda: deque("ab")[5], lambda: deque(maxlen=-1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
