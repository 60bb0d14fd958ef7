# String indexing by code point, including non-ASCII.
s = "Hello, 世界! 😀 café"
print(len(s), s[0], s[7], s[8], s[-1], s[-6], s[11], s[-5])
for i in range(len(s)):
    print(i, repr(s[i]), ord(s[i]))
print(s[len(s) - 1] == s[-1], s[-len(s)] == s[0])
print("x"[0], "x"[-1], "ab"[1], "ab"[-2])
for i in [len(s), -len(s) - 1, 100, -100]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    ""[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False])
