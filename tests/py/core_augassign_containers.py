# In-place operators on mutable containers keep identity.
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a *= 2
print(a, alias, a is alias)
a += (7, 8)
print(a)
a += "xy"
print(a)
a += range(2)
print(a)
a *= 0
print(a, alias)
b = [1, 2]
b = b + [3]
print(b)
s = {1, 2, 3}
sa = s
s |= {4, 5}
print(sorted(s), s is sa)
s &= {1, 2, 4, 9}
print(sorted(s), s is sa)
s -= {1}
print(sorted(s), s is sa)
s ^= {2, 10}
print(sorted(s), s is sa)
d = {"a": 1}
da = d
d |= {"b": 2}
print(d, d is da)
d |= [("c", 3)]
print(d)
t = (1, 2)
ta = t
t += (3,)
print(t, ta, t is ta)
fs = frozenset({1, 2})
fa = fs
fs |= {3}
print(sorted(fs), sorted(fa), fs is fa)
st = "ab"
sa2 = st
st += "c"
print(st, sa2)
x = [[1]] * 2
x[0] += [2]
print(x)
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
try:
    l2 = [1]
    l2 += 5
except TypeError as e:
    print(type(e).__name__, e)
