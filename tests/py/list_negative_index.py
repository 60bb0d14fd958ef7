# Negative indices for reads, writes, inserts and pops.
lst = ["a", "b", "c", "d", "e"]
for i in range(-1, -6, -1):
    print(i, lst[i], lst[i:], lst[:i], lst[i::-1])
lst[-1] = "E"
lst[-5] = "A"
print(lst)
lst.insert(-1, "ins")
lst.insert(-10, "start")
print(lst)
print(lst.pop(-1), lst.pop(-2), lst)
print(lst[-len(lst)], lst[len(lst) - 1])
try:
    print(lst[-len(lst) - 1])
except IndexError as e:
    print(type(e).__name__, e)
t = (1, 2, 3)
print(t[-1], t[-3], t[-2:], t[:-2])
s = "hello"
print(s[-1], s[-5], s[-3:-1])
m = [[1, 2], [3, 4], [5, 6]]
print(m[-1][-1], m[-2][0], m[-3][-2])
