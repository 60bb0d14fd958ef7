# Chained comparisons evaluate each operand once and short-circuit.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 < 1 <= 1 < 2, 5 >= 5 > 4 >= 4, 1 < 2 < 3 < 4 < 5 < 4)
print(1 != 2 != 1, 2 == 2.0 == True + 1, "a" < "b" < "c", [1] < [2] < [3])
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 > 4, x is x is not None)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(3) == v(3), calls)
calls.clear()
print(v(1) == v(1) in [v(1)], calls)
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a < c > b, c > b > a, c >= b >= a >= 0)
print(None is None is None, 1 in [1] in [[1]], "a" in "abc" in "xabcx")
print(3 not in [1, 2] not in [[1, 2]], 1 < 2 == 2 < 3)
lst = [1, 5, 3, 7, 2]
print([n for n in lst if 2 <= n <= 5])
print(all(lst[i] < lst[i + 1] for i in range(len(lst) - 1)))
for n in range(-2, 8, 3):
    print(n, -1 < n < 5, n == n + 0 == n * 1)
