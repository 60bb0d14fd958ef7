# String slicing with steps, negative indices, out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[3:3])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-1::-3], s[8:2:-1], s[8:2:-2], s[2:8:-1])
print(s[-100:100], s[100:], s[:-100], s[-100:3], s[5:-100:-1], s[100::-4])
print(s[None:None:-1], s[None:4], s[4:None])
u = "añb中c😀d"
print(u[::-1], u[1:6], u[::2], u[-3:], len(u[2:5]), u[4:-1])
print(len(u), [u[i:i + 2] for i in range(0, len(u), 2)])
for start in [None, -12, -3, 0, 4, 12]:
    for stop in [None, -12, -3, 0, 4, 12]:
        for step in [None, 1, 2, -1, -3]:
            print(repr(s[start:stop:step]), end=" ")
    print()
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print("abc"[1:2] * 3, "" == "abc"[3:], "abc"[-1:] + "abc"[:-1])
