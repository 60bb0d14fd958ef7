# Augmented assignment for every operator on ints/floats/strs.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 10; print(x)
x >>= 3; print(x)
x &= 0xF0F; print(x)
x |= 0x3000; print(x)
x ^= 0xFFFF; print(x)
x /= 8; print(x)
f = 2.5
f += 1; print(f)
f -= 0.5; print(f)
f *= 4; print(f)
f /= 3; print(f)
f //= 1.5; print(f)
f %= 1.5; print(f)
f **= 2; print(f)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
b = b"x"
b += b"yz"; print(b)
b *= 2; print(b)
big = 2 ** 62
big += big; print(big)
big *= big; print(big)
big -= 1; print(big)
big //= 3; print(big)
big %= 10 ** 9; print(big)
# aug-assign on subscripts and nested subscripts
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] **= 4
print(lst)
d = {"a": 1, "b": [1]}
d["a"] -= 3
d["b"] += [2, 3]
d["b"][0] <<= 4
print(d)
m = [[1, 2], [3, 4]]
m[1][0] ^= 7
m[0][1] |= 8
m[0][0] &= 0
print(m)
counter = {}
for ch in "banana":
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
# index expression evaluated once
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 5
print(arr, calls)
t = (1,)
t += (2, 3)
t *= 2
print(t)
try:
    n = 5
    n += "x"
except TypeError as e:
    print(type(e).__name__, e)
